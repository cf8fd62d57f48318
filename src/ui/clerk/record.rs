//! The record panel: the applications of the visit at the counter (or one
//! opened from a search), laid out like their paper forms ([`form`]), with
//! edit, confirm and reject.
//!
//! A postal code typed in an address part fills prefecture, city and town
//! ([`Layout::fill_town`]; the clerk picks among several); one save sends all.
//!
//! Confirming the last open application of the visit also finishes the
//! visit ([`Event::FinishVisit`]), so "call, check, Enter" is the whole
//! routine.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::NaiveDate;
use iced::widget::{
    Column, button, column, container, row, rule, scrollable, space, text, text_input,
};
use iced::{Alignment, Background, Border, Element, Length, Padding, Theme};
use uuid::Uuid;

use super::form::{self, Layout, Row, town_label};
use super::notice::Notice;
use super::source_badge::source_badge;
use super::{language_name, procedure_names};
use crate::domain::{Catalog, Severity};
use crate::i18n::{I18n, Lang, Message as Text};
use crate::model::{Preapp, Record, RecordStatus, Visit};
use crate::postal::{Candidate, normalize_code};
use crate::sync::clerk::HubClient;
use crate::ui::effect::Effects;
use crate::ui::theme::{Emphasis, button_style, danger_text};
use crate::ui::widgets::Ctx;

pub const EDIT_INPUT: &str = "clerk-edit";
pub const REJECT_INPUT: &str = "clerk-reject";

/// What the clerk is doing with the record.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    Editing {
        key: String,
        text: String,
        /// Other fields the postal code filled, saved with this one.
        filled: BTreeMap<String, String>,
        /// The towns of the postal code typed, for the clerk to pick one.
        choices: Vec<Candidate>,
    },
    Rejecting {
        reason: String,
    },
}

#[derive(Debug, Clone)]
pub enum Message {
    Select(usize),
    Edit(String),
    EditText(String),
    SaveEdit,
    Confirm {
        anyway: bool,
    },
    StartReject,
    RejectText(String),
    SendReject,
    /// Close the edit box or the reason box.
    Cancel,
    // Answers from the hub.
    Saved(Result<Record, Text>),
    Opened(Result<Record, Text>),
    /// The towns of a postal code typed in an address.
    Towns(String, Result<Vec<Candidate>, Text>),
    /// The clerk picked one of the towns.
    PickTown(usize),
}

/// Work for the hub ([`perform`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Sets fields (`None` clears one).
    Edit(Uuid, BTreeMap<String, Option<String>>),
    /// Looks up a postal code's towns.
    Towns(String),
    Confirm(Uuid),
    Reject(Uuid, String),
    Load(Uuid),
}

/// What the panel tells the desk.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Hub(Effect),
    Notice(Notice),
    /// Put the keyboard in this text box.
    Focus(&'static str),
    /// Every application of the visit at the counter is confirmed: finish it.
    FinishVisit,
    /// The clerk turned to a record: whatever else was in progress stops.
    Interrupt,
}

#[derive(Debug)]
pub struct State {
    catalog: Arc<Catalog>,
    records: Vec<Record>,
    selected: usize,
    layout: Layout,
    mode: Mode,
}

impl State {
    pub fn new(catalog: Arc<Catalog>) -> Self {
        State {
            catalog,
            records: Vec::new(),
            selected: 0,
            layout: Layout::default(),
            mode: Mode::Normal,
        }
    }

    pub fn records(&self) -> &[Record] {
        &self.records
    }

    /// The record shown.
    pub fn record(&self) -> Option<&Record> {
        self.records.get(self.selected)
    }

    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// Whether a record shown here now has another status (another station
    /// closed it).
    pub fn is_stale(&self, id: Uuid, status: RecordStatus) -> bool {
        self.records
            .iter()
            .any(|r| r.id == id && r.status != status)
    }

    /// Lays out the selected record again (new data or a new language).
    pub fn relayout(&mut self, i18n: &I18n, lang: &Lang, today: NaiveDate) {
        self.layout = match self.records.get(self.selected) {
            Some(r) => form::layout(&self.catalog, i18n, lang, r, today),
            None => Layout::default(),
        };
    }

    /// The applications of the visit at the counter; `same` keeps the
    /// selection of the visit already shown, else the first open one is
    /// selected and an edit in progress stops.
    pub fn show(&mut self, records: Vec<Record>, same: bool) {
        let keep = self.record().map(|r| r.id);
        self.records = records;
        self.selected = if same {
            keep.and_then(|id| self.records.iter().position(|r| r.id == id))
                .unwrap_or(0)
        } else {
            self.first_open_record()
        };
        if !same {
            self.mode = Mode::Normal;
        }
    }

    /// The visit left the counter: its applications go, and with a finished
    /// visit an edit in progress too.
    pub fn clear(&mut self, finished: bool) {
        self.records.clear();
        if finished {
            self.selected = 0;
            self.mode = Mode::Normal;
        }
    }

    pub fn cancel(&mut self) {
        self.mode = Mode::Normal;
    }

    /// What E opens: the first editable field with a problem, else the first editable one.
    pub fn first_edit(&self) -> Option<Message> {
        let rows = self.layout.sections.iter().flat_map(|s| &s.rows);
        let mut editable = rows.filter(|r| r.editable);
        let first = editable.clone().find(|r| !r.problems.is_empty());
        first
            .or_else(|| editable.next())
            .map(|r| Message::Edit(r.key.clone()))
    }

    fn first_open_record(&self) -> usize {
        self.records
            .iter()
            .position(|r| r.status == RecordStatus::Received)
            .unwrap_or(0)
    }

    /// `serving` is the visit at the counter, if any.
    pub fn update(&mut self, message: Message, serving: Option<&Visit>) -> Effects<Event> {
        match message {
            Message::Select(i) => self.select(i),
            Message::Edit(key) => self.edit(key),
            Message::EditText(new) => self.edit_text(new),
            Message::SaveEdit => self.save_edit(),
            Message::Confirm { anyway } => self.confirm(anyway),
            Message::StartReject => self.start_reject(),
            Message::RejectText(new) => {
                if let Mode::Rejecting { reason } = &mut self.mode {
                    *reason = new.chars().take(500).collect();
                }
                Effects::none()
            }
            Message::SendReject => self.send_reject(),
            Message::Cancel => {
                self.cancel();
                Effects::none()
            }
            Message::Saved(Ok(saved)) => self.saved(saved, serving),
            Message::Opened(Ok(found)) => self.opened(found, serving),
            Message::Towns(code, Ok(towns)) => self.towns(code, towns),
            Message::PickTown(i) => self.pick_town(i),
            Message::Saved(Err(e)) | Message::Opened(Err(e)) | Message::Towns(_, Err(e)) => fail(e),
        }
    }

    fn select(&mut self, i: usize) -> Effects<Event> {
        if i >= self.records.len() {
            return Effects::none();
        }
        self.selected = i;
        self.mode = Mode::Normal;
        Effects::one(Event::Interrupt)
    }

    fn edit(&mut self, key: String) -> Effects<Event> {
        let Some(row) = self.layout.row(&key).filter(|r| r.editable) else {
            return Effects::none();
        };
        if self
            .record()
            .is_none_or(|r| r.status != RecordStatus::Received)
        {
            return fail(Text::new("clerk-error-closed"));
        }
        self.mode = Mode::Editing {
            text: row.raw.clone(),
            key,
            filled: BTreeMap::new(),
            choices: Vec::new(),
        };
        Effects::from(vec![Event::Interrupt, Event::Focus(EDIT_INPUT)])
    }

    /// Keeps what the clerk types; a postal code in an address part asks
    /// the hub for its towns.
    fn edit_text(&mut self, new: String) -> Effects<Event> {
        let Mode::Editing {
            key, text, choices, ..
        } = &mut self.mode
        else {
            return Effects::none();
        };
        *text = new;
        choices.clear();
        match self.layout.typed_code(key, text) {
            Some(code) => Effects::one(Event::Hub(Effect::Towns(code))),
            None => Effects::none(),
        }
    }

    fn towns(&mut self, code: String, towns: Vec<Candidate>) -> Effects<Event> {
        let Mode::Editing { text, choices, .. } = &mut self.mode else {
            return Effects::none();
        };
        // The clerk typed on, or left the edit, while the hub answered.
        if normalize_code(text).as_deref() != Some(code.as_str()) {
            return Effects::none();
        }
        match towns.as_slice() {
            [] => notice("clerk-postal-unknown", vec![("code", code)]),
            [town] => self.fill(town),
            _ => {
                *choices = towns;
                notice("clerk-postal-choose", vec![("code", code)])
            }
        }
    }

    fn pick_town(&mut self, i: usize) -> Effects<Event> {
        let town = match &self.mode {
            Mode::Editing { choices, .. } => choices.get(i).cloned(),
            _ => None,
        };
        town.map_or_else(Effects::none, |town| self.fill(&town))
    }

    /// Puts `town` into the address being edited ([`Layout::fill_town`]).
    fn fill(&mut self, town: &Candidate) -> Effects<Event> {
        let Mode::Editing { key, .. } = &self.mode else {
            return Effects::none();
        };
        let Some(fill) = self.layout.fill_town(key, town) else {
            return Effects::none();
        };
        self.mode = Mode::Editing {
            key: fill.key,
            text: fill.text,
            filled: fill.filled,
            choices: Vec::new(),
        };
        Effects::one(Event::Focus(EDIT_INPUT))
    }

    fn save_edit(&mut self) -> Effects<Event> {
        let Mode::Editing {
            key, text, filled, ..
        } = std::mem::replace(&mut self.mode, Mode::Normal)
        else {
            return Effects::none();
        };
        let Some(record) = self.record() else {
            return Effects::none();
        };
        let fields: BTreeMap<String, Option<String>> = filled
            .into_iter()
            .chain([(key, text)])
            .filter(|(key, text)| self.layout.row(key).map(|r| r.raw.as_str()) != Some(text.trim()))
            .map(|(key, text)| {
                let value = Some(text.trim().to_owned()).filter(|v| !v.is_empty());
                (key, value)
            })
            .collect();
        if fields.is_empty() {
            return Effects::none();
        }
        Effects::one(Event::Hub(Effect::Edit(record.id, fields)))
    }

    fn confirm(&mut self, anyway: bool) -> Effects<Event> {
        let Some(record) = self.record() else {
            return Effects::none();
        };
        if record.status != RecordStatus::Received {
            return fail(Text::new("clerk-error-closed"));
        }
        if !self.layout.is_clean() && !anyway {
            let count = self.layout.errors.to_string();
            return notice("clerk-notice-has-problems", vec![("count", count)]);
        }
        Effects::one(Event::Hub(Effect::Confirm(record.id)))
    }

    fn start_reject(&mut self) -> Effects<Event> {
        if self
            .record()
            .is_none_or(|r| r.status != RecordStatus::Received)
        {
            return Effects::none();
        }
        self.mode = Mode::Rejecting {
            reason: String::new(),
        };
        Effects::from(vec![Event::Interrupt, Event::Focus(REJECT_INPUT)])
    }

    fn send_reject(&mut self) -> Effects<Event> {
        let Mode::Rejecting { reason } = &self.mode else {
            return Effects::none();
        };
        let reason = reason.trim().to_owned();
        if reason.is_empty() {
            return notice("clerk-notice-reason-needed", Vec::new());
        }
        let Some(record) = self.record() else {
            return Effects::none();
        };
        let id = record.id;
        self.mode = Mode::Normal;
        Effects::one(Event::Hub(Effect::Reject(id, reason)))
    }

    fn saved(&mut self, saved: Record, serving: Option<&Visit>) -> Effects<Event> {
        let status = saved.status;
        let number = saved.number.clone().unwrap_or_default();
        match self.records.iter().position(|r| r.id == saved.id) {
            Some(i) => self.records[i] = saved,
            None => {
                self.records.push(saved);
                self.selected = self.records.len() - 1;
            }
        }
        let mut events = match status {
            RecordStatus::Confirmed => notice("clerk-notice-confirmed", vec![("number", number)]),
            RecordStatus::Rejected => notice("clerk-notice-rejected", vec![("number", number)]),
            RecordStatus::Received => notice("clerk-notice-edited", Vec::new()),
        };
        if status == RecordStatus::Received {
            return events;
        }
        // Next open application of the visit, or finish the visit.
        if let Some(i) = self
            .records
            .iter()
            .position(|r| r.status == RecordStatus::Received)
        {
            self.selected = i;
            return events;
        }
        if let Some(v) = serving
            && v.state.is_active()
            && status == RecordStatus::Confirmed
            && self
                .records
                .iter()
                .all(|r| r.number.as_deref() == Some(&v.number))
        {
            events.push(Event::FinishVisit);
        }
        events
    }

    fn opened(&mut self, found: Record, serving: Option<&Visit>) -> Effects<Event> {
        match self.records.iter().position(|r| r.id == found.id) {
            Some(i) => {
                self.records[i] = found;
                self.selected = i;
            }
            None => {
                if serving.is_none() {
                    self.records.clear();
                }
                self.records.push(found);
                self.selected = self.records.len() - 1;
            }
        }
        self.mode = Mode::Normal;
        Effects::one(Event::Interrupt)
    }

    /// The panel under the desk's `notice`; `serving` says whether a visit
    /// is at the counter, `others_busy` that the clerk is picking a service
    /// (no edits or confirmations meanwhile).
    pub fn view<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        notice: Option<&'a Notice>,
        serving: bool,
        others_busy: bool,
    ) -> Element<'a, Message> {
        let mut page = Column::new().spacing(10);
        if let Some(notice) = notice {
            let line = ctx.body(ctx.render(&notice.text)).size(20);
            page = page.push(if notice.error {
                line.style(danger_text)
            } else {
                line
            });
        }
        let Some(record) = self.record() else {
            let empty = if serving {
                "clerk-no-record"
            } else {
                "clerk-record-hint"
            };
            page = page.push(ctx.body(ctx.tr(empty)));
            return page.into();
        };
        let idle = self.mode == Mode::Normal && !others_busy;
        if self.records.len() > 1 {
            page = page.push(self.tabs_view(ctx));
        }
        page = page.push(self.header_view(ctx, record));
        let mut form = Column::new().spacing(4);
        for section in &self.layout.sections {
            form = form.push(
                container(text(section.title.clone()).size(20).font(ctx.bold())).padding([8, 0]),
            );
            for (severity, message) in &section.problems {
                form = form.push(problem_line(ctx, *severity, message.clone()));
            }
            for r in &section.rows {
                form = form.push(self.row_view(ctx, r, idle));
            }
            form = form.push(rule::horizontal(1));
        }
        if let Some(reason) = &record.reject_reason {
            form = form.push(
                ctx.small(ctx.tr_args("clerk-rejected-because", &[("reason", reason.into())]))
                    .style(danger_text),
            );
        }
        // Room on the right so the scrollbar never covers the edit buttons.
        page = page.push(scrollable(form.padding(Padding::ZERO.right(18))).height(Length::Fill));
        page = page.push(self.actions_view(ctx, record, idle));
        page.into()
    }

    /// One button per application of the visit.
    fn tabs_view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        row(self.records.iter().enumerate().map(|(i, r)| {
            let names = procedure_names(&self.catalog, ctx, &r.procedures);
            button(text(names).size(16).font(ctx.font()))
                .style(button_style(if i == self.selected {
                    Emphasis::Selected
                } else {
                    Emphasis::Secondary
                }))
                .on_press(Message::Select(i))
                .into()
        }))
        .spacing(8)
        .into()
    }

    fn header_view<'a>(&'a self, ctx: &Ctx<'_>, record: &'a Record) -> Element<'a, Message> {
        let arrival = match record.preapp {
            Preapp::Encrypted => "clerk-preapp-encrypted",
            Preapp::Plain => "clerk-preapp-plain",
            Preapp::None => "clerk-preapp-none",
        };
        let summary = if self.layout.is_clean() {
            ctx.tr_args(
                "clerk-record-clean",
                &[("warnings", self.layout.warnings.into())],
            )
        } else {
            ctx.tr_args(
                "clerk-record-problems",
                &[("count", self.layout.errors.into())],
            )
        };
        row![
            text(record.number.clone().unwrap_or_default())
                .size(28)
                .font(ctx.bold()),
            ctx.small(ctx.tr(arrival)).size(16),
            ctx.small(ctx.tr(&format!("clerk-status-{}", record.status.as_str())))
                .size(16),
            ctx.small(ctx.tr_args(
                "clerk-record-lang",
                &[("lang", language_name(&record.lang).into())]
            ))
            .size(16),
            space().width(Length::Fill),
            if self.layout.is_clean() {
                ctx.small(summary).size(16)
            } else {
                ctx.small(summary).size(16).style(danger_text)
            },
        ]
        .spacing(14)
        .align_y(Alignment::Center)
        .into()
    }

    fn row_view<'a>(&'a self, ctx: &Ctx<'_>, r: &'a Row, idle: bool) -> Element<'a, Message> {
        let label = text(if r.required {
            format!("{} *", r.label)
        } else {
            r.label.clone()
        })
        .size(16)
        .font(ctx.font())
        .width(300);
        let (editing, filled, choices) = match &self.mode {
            Mode::Editing {
                key,
                text,
                filled,
                choices,
            } => (
                (*key == r.key).then_some(text),
                filled.get(&r.key),
                (*key == r.key).then_some(choices.as_slice()),
            ),
            _ => (None, None, None),
        };
        let value: Element<'a, Message> = match editing {
            Some(current) => row![
                text_input("", current)
                    .id(EDIT_INPUT)
                    .on_input(Message::EditText)
                    .on_submit(Message::SaveEdit)
                    .size(18)
                    .padding(6)
                    .font(ctx.font()),
                button(text(ctx.tr("clerk-save")).size(15).font(ctx.font()))
                    .style(button_style(Emphasis::Primary))
                    .on_press(Message::SaveEdit),
                button(text(ctx.tr("clerk-cancel")).size(15).font(ctx.font()))
                    .style(button_style(Emphasis::Secondary))
                    .on_press(Message::Cancel),
            ]
            .spacing(6)
            .width(Length::Fill)
            .into(),
            None => match filled {
                Some(value) => row![
                    text(value.clone()).size(18).font(ctx.bold()),
                    ctx.small(ctx.tr("clerk-postal-filled")).size(13),
                ]
                .spacing(8)
                .align_y(Alignment::Center)
                .width(Length::Fill)
                .into(),
                None => {
                    let shown = if r.value.is_empty() {
                        ctx.tr("clerk-value-empty")
                    } else {
                        r.value.clone()
                    };
                    text(shown)
                        .size(18)
                        .font(ctx.font())
                        .width(Length::Fill)
                        .into()
                }
            },
        };
        let source: Element<'a, Message> = match r.source {
            Some(source) => source_badge(ctx, source, r.postal, r.card),
            None => space().width(0).into(),
        };
        let edit: Element<'a, Message> = if r.editable && editing.is_none() && idle {
            button(text(ctx.tr("clerk-edit")).size(14).font(ctx.font()))
                .padding([2, 10])
                .style(button_style(Emphasis::Secondary))
                .on_press(Message::Edit(r.key.clone()))
                .into()
        } else {
            space().width(0).into()
        };
        let line = row![label, value, source, edit]
            .spacing(10)
            .align_y(Alignment::Center);
        let mut block = column![line].spacing(2);
        if let Some(choices) = choices.filter(|c| !c.is_empty()) {
            block = block.push(
                row(choices.iter().enumerate().map(|(i, town)| {
                    button(text(town_label(town)).size(15).font(ctx.font()))
                        .padding([4, 10])
                        .style(button_style(Emphasis::Secondary))
                        .on_press(Message::PickTown(i))
                        .into()
                }))
                .spacing(6)
                .wrap(),
            );
        }
        for (severity, message) in &r.problems {
            block = block.push(problem_line(ctx, *severity, message.clone()));
        }
        let flagged = r.has_error();
        container(block)
            .padding([4, 8])
            .width(Length::Fill)
            .style(move |theme: &Theme| {
                let palette = theme.extended_palette();
                container::Style {
                    background: flagged
                        .then(|| Background::Color(palette.danger.weak.color.scale_alpha(0.25))),
                    border: Border {
                        radius: 6.0.into(),
                        width: if flagged { 1.0 } else { 0.0 },
                        color: palette.danger.base.color,
                    },
                    ..container::Style::default()
                }
            })
            .into()
    }

    fn actions_view<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        record: &'a Record,
        idle: bool,
    ) -> Element<'a, Message> {
        if let Mode::Rejecting { reason } = &self.mode {
            return row![
                text_input(&ctx.tr("clerk-reject-placeholder"), reason)
                    .id(REJECT_INPUT)
                    .on_input(Message::RejectText)
                    .on_submit(Message::SendReject)
                    .size(18)
                    .padding(8)
                    .font(ctx.font()),
                button(text(ctx.tr("clerk-reject-send")).size(18).font(ctx.font()))
                    .style(button_style(Emphasis::Primary))
                    .on_press(Message::SendReject),
                button(text(ctx.tr("clerk-cancel")).size(18).font(ctx.font()))
                    .style(button_style(Emphasis::Secondary))
                    .on_press(Message::Cancel),
            ]
            .spacing(8)
            .into();
        }
        let open = record.status == RecordStatus::Received && idle;
        let confirm_label = if self.layout.is_clean() {
            format!("{}  [Enter]", ctx.tr("clerk-confirm"))
        } else {
            format!("{}  [Ctrl+Enter]", ctx.tr("clerk-confirm-anyway"))
        };
        row![
            button(text(confirm_label).size(22).font(ctx.bold()))
                .padding([12, 24])
                .style(button_style(Emphasis::Primary))
                .on_press_maybe(open.then_some(Message::Confirm { anyway: true })),
            button(
                text(format!("{}  [X]", ctx.tr("clerk-reject")))
                    .size(18)
                    .font(ctx.font())
            )
            .padding([12, 18])
            .style(button_style(Emphasis::Secondary))
            .on_press_maybe(open.then_some(Message::StartReject)),
            space().width(Length::Fill),
            ctx.small(ctx.tr("clerk-keys-hint")).size(14),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
        .into()
    }
}

fn notice(key: &str, args: Vec<(&str, String)>) -> Effects<Event> {
    Effects::one(Event::Notice(Notice::info(key, args)))
}

fn fail(message: Text) -> Effects<Event> {
    Effects::one(Event::Notice(Notice::error(message)))
}

fn problem_line<'a>(ctx: &Ctx<'_>, severity: Severity, message: String) -> Element<'a, Message> {
    let mark = match severity {
        Severity::Error => "✖",
        Severity::Warning => "⚠",
    };
    let line = text(format!("{mark} {message}")).size(15).font(ctx.font());
    match severity {
        Severity::Error => line.style(danger_text).into(),
        Severity::Warning => line
            .style(|theme: &Theme| text::Style {
                color: Some(theme.extended_palette().warning.strong.color),
            })
            .into(),
    }
}

/// Carries out a record effect with the clerk's session.
pub async fn perform(session: HubClient, effect: Effect) -> Message {
    let m = super::clerk_error;
    match effect {
        Effect::Edit(id, fields) => Message::Saved(session.edit(id, fields).await.map_err(m)),
        Effect::Towns(code) => {
            let towns = session.postal(&code).await.map_err(m);
            Message::Towns(code, towns)
        }
        Effect::Confirm(id) => Message::Saved(session.confirm(id).await.map_err(m)),
        Effect::Reject(id, reason) => Message::Saved(session.reject(id, &reason).await.map_err(m)),
        Effect::Load(id) => Message::Opened(session.record(id).await.map_err(m)),
    }
}
