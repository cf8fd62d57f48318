//! The working screen: queue panel on the left, record panel on the right.
//!
//! Clerks work with keyboards, so the frequent actions have keys (shown on
//! their buttons): F1 or Space call the next visit, Enter confirms the
//! current application when nothing blocks it (受付完了: one keystroke for a
//! clean QR application), Ctrl+Enter confirms despite problems, R recalls,
//! N marks no-show, F finishes, T transfers, W adds a walk-in, E edits the
//! first field with a problem, X rejects, S or / searches, Tab moves between
//! text boxes, Esc cancels. Typing in a text box
//! never triggers a shortcut (iced delivers only keys no widget took).
//!
//! Confirming the last open application of a visit also finishes the visit,
//! so "call, check, Enter" is the whole routine.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{
    Column, button, column, container, row, rule, scrollable, space, text, text_input,
};
use iced::{Alignment, Background, Border, Element, Length, Padding, Theme};
use uuid::Uuid;

use super::export;
use super::record::{self, Layout, Row};
use crate::domain::{Catalog, Severity};
use crate::hub::api::{
    BoardService, Preapp, Record, RecordStatus, RecordSummary, Source, StaffCall, Ticket, Visit,
    VisitDetail,
};
use crate::i18n::{I18n, Lang, Message as Text};
use crate::queue::{TicketNumber, VisitState};
use crate::sync::clerk::VisitCommand;
use crate::ui::theme::{Emphasis, button_style, card, danger_text};
use crate::ui::widgets::Ctx;

pub const EDIT_INPUT: &str = "clerk-edit";
pub const REJECT_INPUT: &str = "clerk-reject";
pub const SEARCH_INPUT: &str = "clerk-search";

/// What the clerk is in the middle of.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    Editing { key: String, text: String },
    Rejecting { reason: String },
    Picking(Pick),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Transfer,
    WalkIn,
}

#[derive(Debug, Clone)]
pub enum Message {
    CallNext,
    Command(VisitCommand),
    StartPick(Pick),
    PickService(String),
    Cancel,
    SelectRecord(usize),
    Edit(String),
    EditText(String),
    SaveEdit,
    Confirm {
        anyway: bool,
    },
    StartReject,
    RejectText(String),
    SendReject,
    SearchText(String),
    Search,
    FocusSearch,
    OpenRecord(Uuid),
    /// Take a kiosk's staff call (this clerk goes there).
    AnswerStaffCall(i64),
    Export(export::Message),
    // Answers from the hub.
    Called(Result<Option<VisitDetail>, Text>),
    VisitChanged(VisitCommand, Result<Visit, Text>),
    Transferred(Result<Visit, Text>),
    WalkedIn(Result<Ticket, Text>),
    QueueLoaded(Result<Vec<Visit>, Text>),
    DetailLoaded(Result<VisitDetail, Text>),
    RecordSaved(Result<Record, Text>),
    RecordOpened(Result<Record, Text>),
    SearchResults(Result<Vec<RecordSummary>, Text>),
    StaffCallsLoaded(Result<Vec<StaffCall>, Text>),
    StaffCallAnswered(Result<StaffCall, Text>),
}

/// Work for the hub, carried out by [`super::Clerk::perform`].
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    CallNext(Vec<String>),
    Act(i64, VisitCommand),
    Transfer(i64, String),
    WalkIn(String),
    LoadQueue(Vec<String>),
    LoadVisit(i64),
    Edit(Uuid, String, Option<String>),
    Confirm(Uuid),
    Reject(Uuid, String),
    SearchNumber(String),
    SearchKana(String),
    LoadRecord(Uuid),
    LoadStaffCalls,
    AnswerStaffCall(i64),
    Export(export::Effect),
    /// Put the keyboard in this text box (edit, reject reason, search).
    Focus(&'static str),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: Text,
    pub error: bool,
}

#[derive(Debug)]
pub struct Desk {
    pub clerk: String,
    pub counter: String,
    pub services: Vec<String>,
    pub offered: Vec<BoardService>,
    pub waiting: Vec<Visit>,
    pub current: Option<Visit>,
    pub records: Vec<Record>,
    pub selected: usize,
    pub layout: Layout,
    pub mode: Mode,
    pub search: String,
    pub results: Vec<RecordSummary>,
    pub notice: Option<Notice>,
    pub online: bool,
    /// Kiosks where a resident asked for a person, oldest first.
    pub staff_calls: Vec<StaffCall>,
    /// The export and statistics panel, when open (in place of the record).
    pub export: Option<export::State>,
    catalog: Arc<Catalog>,
    queue_loading: bool,
    queue_again: bool,
}

impl Desk {
    pub fn new(
        clerk: String,
        counter: String,
        services: Vec<String>,
        offered: Vec<BoardService>,
        catalog: Arc<Catalog>,
    ) -> Self {
        Desk {
            clerk,
            counter,
            services,
            offered,
            waiting: Vec::new(),
            current: None,
            records: Vec::new(),
            selected: 0,
            layout: Layout::default(),
            mode: Mode::Normal,
            search: String::new(),
            results: Vec::new(),
            notice: None,
            online: true,
            staff_calls: Vec::new(),
            export: None,
            catalog,
            queue_loading: false,
            queue_again: false,
        }
    }

    pub fn record(&self) -> Option<&Record> {
        self.records.get(self.selected)
    }

    /// Lays out the selected record again (new data or a new language).
    pub fn relayout(&mut self, i18n: &I18n, lang: &Lang, today: NaiveDate) {
        self.layout = match self.records.get(self.selected) {
            Some(r) => record::layout(&self.catalog, i18n, lang, r, today),
            None => Layout::default(),
        };
    }

    pub fn load_queue(&mut self) -> Vec<Effect> {
        if self.queue_loading {
            self.queue_again = true;
            return Vec::new();
        }
        self.queue_loading = true;
        vec![Effect::LoadQueue(self.services.clone())]
    }

    /// Opens the export panel on `today`, or closes it.
    pub fn toggle_export(&mut self, today: NaiveDate) -> Vec<Effect> {
        if self.export.take().is_some() {
            return Vec::new();
        }
        let (state, effect) = export::State::new(today);
        self.export = Some(state);
        vec![Effect::Export(effect)]
    }

    pub fn load_staff_calls(&self) -> Vec<Effect> {
        vec![Effect::LoadStaffCalls]
    }

    /// What a key press means here, if anything.
    pub fn shortcut(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        if let Key::Named(Named::Escape) = key {
            return (self.mode != Mode::Normal).then_some(Message::Cancel);
        }
        if let Mode::Picking(_) = self.mode {
            if let Key::Character(c) = key {
                let index: usize = c.parse().ok()?;
                let service = self.offered.get(index.checked_sub(1)?)?;
                return Some(Message::PickService(service.prefix.clone()));
            }
            return None;
        }
        if self.mode != Mode::Normal {
            return None;
        }
        let active = self.current.is_some();
        match key {
            Key::Named(Named::F1 | Named::Space) => Some(Message::CallNext),
            Key::Named(Named::Enter) => Some(Message::Confirm {
                anyway: modifiers.control(),
            }),
            Key::Named(Named::F2) if active => Some(Message::Command(VisitCommand::Recall)),
            Key::Character(c) if modifiers.is_empty() || modifiers == Modifiers::SHIFT => {
                match c.to_lowercase().as_str() {
                    "r" if active => Some(Message::Command(VisitCommand::Recall)),
                    "n" if active => Some(Message::Command(VisitCommand::NoShow)),
                    "f" if active => Some(Message::Command(VisitCommand::Done)),
                    "t" if active => Some(Message::StartPick(Pick::Transfer)),
                    "w" => Some(Message::StartPick(Pick::WalkIn)),
                    "x" if self.record().is_some() => Some(Message::StartReject),
                    "/" | "s" => Some(Message::FocusSearch),
                    "e" => {
                        let rows = self.layout.sections.iter().flat_map(|s| &s.rows);
                        let mut editable = rows.filter(|r| r.editable);
                        let first = editable.clone().find(|r| !r.problems.is_empty());
                        first
                            .or_else(|| editable.next())
                            .map(|r| Message::Edit(r.key.clone()))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn fail(&mut self, message: Text) -> Vec<Effect> {
        tracing::warn!(reason = %message, "clerk action failed");
        self.notice = Some(Notice {
            text: message,
            error: true,
        });
        Vec::new()
    }

    fn tell(&mut self, key: &str, args: Vec<(&str, String)>) {
        let mut text = Text::new(key);
        for (name, value) in args {
            text = text.arg(name, value);
        }
        self.notice = Some(Notice { text, error: false });
    }

    fn show_visit(&mut self, detail: VisitDetail) {
        let same = self.current.as_ref().map(|v| v.id) == Some(detail.visit.id);
        let keep = self.record().map(|r| r.id);
        self.current = Some(detail.visit);
        self.records = detail.records;
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

    fn first_open_record(&self) -> usize {
        self.records
            .iter()
            .position(|r| r.status == RecordStatus::Received)
            .unwrap_or(0)
    }

    pub fn update(&mut self, message: Message) -> Vec<Effect> {
        match message {
            Message::CallNext => {
                if let Some(v) = &self.current
                    && v.state.is_active()
                {
                    self.tell(
                        "clerk-notice-finish-first",
                        vec![("number", v.number.clone())],
                    );
                    return Vec::new();
                }
                self.notice = None;
                vec![Effect::CallNext(self.services.clone())]
            }
            Message::Command(command) => match &self.current {
                Some(v) => vec![Effect::Act(v.id, command)],
                None => Vec::new(),
            },
            Message::StartPick(pick) => {
                if pick == Pick::Transfer && self.current.is_none() {
                    return Vec::new();
                }
                self.mode = Mode::Picking(pick);
                Vec::new()
            }
            Message::PickService(service) => {
                let Mode::Picking(pick) = std::mem::replace(&mut self.mode, Mode::Normal) else {
                    return Vec::new();
                };
                match (pick, &self.current) {
                    (Pick::Transfer, Some(v)) => vec![Effect::Transfer(v.id, service)],
                    (Pick::WalkIn, _) => vec![Effect::WalkIn(service)],
                    _ => Vec::new(),
                }
            }
            Message::Cancel => {
                self.mode = Mode::Normal;
                Vec::new()
            }
            Message::SelectRecord(i) => {
                if i < self.records.len() {
                    self.selected = i;
                    self.mode = Mode::Normal;
                }
                Vec::new()
            }
            Message::Edit(key) => {
                let Some(row) = self.layout.row(&key).filter(|r| r.editable) else {
                    return Vec::new();
                };
                if self
                    .record()
                    .is_none_or(|r| r.status != RecordStatus::Received)
                {
                    return self.fail(Text::new("clerk-error-closed"));
                }
                self.mode = Mode::Editing {
                    text: row.raw.clone(),
                    key,
                };
                vec![Effect::Focus(EDIT_INPUT)]
            }
            Message::EditText(new) => {
                if let Mode::Editing { text, .. } = &mut self.mode {
                    *text = new;
                }
                Vec::new()
            }
            Message::SaveEdit => {
                let Mode::Editing { key, text } = std::mem::replace(&mut self.mode, Mode::Normal)
                else {
                    return Vec::new();
                };
                let Some(record) = self.record() else {
                    return Vec::new();
                };
                let old = self.layout.row(&key).map(|r| r.raw.clone());
                if old.as_deref() == Some(text.trim()) {
                    return Vec::new();
                }
                let value = Some(text.trim().to_owned()).filter(|v| !v.is_empty());
                vec![Effect::Edit(record.id, key, value)]
            }
            Message::Confirm { anyway } => {
                let Some(record) = self.record() else {
                    return Vec::new();
                };
                if record.status != RecordStatus::Received {
                    return self.fail(Text::new("clerk-error-closed"));
                }
                if !self.layout.is_clean() && !anyway {
                    self.tell(
                        "clerk-notice-has-problems",
                        vec![("count", self.layout.errors.to_string())],
                    );
                    return Vec::new();
                }
                vec![Effect::Confirm(record.id)]
            }
            Message::StartReject => {
                if self
                    .record()
                    .is_some_and(|r| r.status == RecordStatus::Received)
                {
                    self.mode = Mode::Rejecting {
                        reason: String::new(),
                    };
                    return vec![Effect::Focus(REJECT_INPUT)];
                }
                Vec::new()
            }
            Message::RejectText(new) => {
                if let Mode::Rejecting { reason } = &mut self.mode {
                    *reason = new.chars().take(500).collect();
                }
                Vec::new()
            }
            Message::SendReject => {
                let Mode::Rejecting { reason } = &self.mode else {
                    return Vec::new();
                };
                let reason = reason.trim().to_owned();
                if reason.is_empty() {
                    self.tell("clerk-notice-reason-needed", Vec::new());
                    return Vec::new();
                }
                let Some(record) = self.record() else {
                    return Vec::new();
                };
                let id = record.id;
                self.mode = Mode::Normal;
                vec![Effect::Reject(id, reason)]
            }
            Message::SearchText(text) => {
                self.search = text.chars().take(40).collect();
                Vec::new()
            }
            Message::Search => {
                let query = self.search.trim().to_owned();
                if query.is_empty() {
                    self.results.clear();
                    return Vec::new();
                }
                match TicketNumber::parse(&query) {
                    Some(number) => vec![Effect::SearchNumber(number.to_string())],
                    None => vec![Effect::SearchKana(query)],
                }
            }
            Message::FocusSearch => vec![Effect::Focus(SEARCH_INPUT)],
            Message::OpenRecord(id) => vec![Effect::LoadRecord(id)],
            Message::AnswerStaffCall(id) => vec![Effect::AnswerStaffCall(id)],
            Message::Export(message) => match &mut self.export {
                Some(state) => state
                    .update(message)
                    .into_iter()
                    .map(Effect::Export)
                    .collect(),
                None => Vec::new(),
            },
            Message::StaffCallsLoaded(Ok(calls)) => {
                self.staff_calls = calls;
                Vec::new()
            }
            Message::StaffCallsLoaded(Err(e)) => self.fail(e),
            Message::StaffCallAnswered(Ok(call)) => {
                self.staff_calls.retain(|c| c.id != call.id);
                self.tell("clerk-staff-call-taken", vec![("kiosk", call.kiosk)]);
                self.load_staff_calls()
            }
            Message::StaffCallAnswered(Err(e)) => {
                // Most likely another clerk was quicker: show the list as it is now.
                self.fail(e);
                self.load_staff_calls()
            }
            Message::Called(Ok(Some(detail))) => {
                self.tell(
                    "clerk-notice-called",
                    vec![("number", detail.visit.number.clone())],
                );
                self.show_visit(detail);
                self.load_queue()
            }
            Message::Called(Ok(None)) => {
                self.tell("clerk-notice-nobody", Vec::new());
                Vec::new()
            }
            Message::Called(Err(e)) => self.fail(e),
            Message::VisitChanged(command, Ok(visit)) => {
                let key = match command {
                    VisitCommand::Recall => "clerk-notice-recalled",
                    VisitCommand::Start => "clerk-notice-started",
                    VisitCommand::Done => "clerk-notice-done",
                    VisitCommand::NoShow => "clerk-notice-no-show",
                };
                self.tell(key, vec![("number", visit.number.clone())]);
                if matches!(visit.state, VisitState::Done | VisitState::NoShow) {
                    self.current = None;
                    self.records.clear();
                    self.selected = 0;
                    self.mode = Mode::Normal;
                } else {
                    self.current = Some(visit);
                }
                self.load_queue()
            }
            Message::VisitChanged(_, Err(e)) => self.fail(e),
            Message::Transferred(Ok(visit)) => {
                self.tell(
                    "clerk-notice-transferred",
                    vec![
                        ("number", visit.number.clone()),
                        ("service", visit.service.clone()),
                    ],
                );
                self.current = None;
                self.records.clear();
                self.load_queue()
            }
            Message::Transferred(Err(e)) => self.fail(e),
            Message::WalkedIn(Ok(ticket)) => {
                self.tell("clerk-notice-walk-in", vec![("number", ticket.number)]);
                self.load_queue()
            }
            Message::WalkedIn(Err(e)) => self.fail(e),
            Message::QueueLoaded(result) => {
                self.queue_loading = false;
                let mut effects = Vec::new();
                match result {
                    Ok(visits) => {
                        // After a restart (of the hub or this console) pick up
                        // the visit this counter is busy with.
                        if self.current.is_none()
                            && let Some(v) = visits.iter().find(|v| {
                                v.state.is_active() && v.counter.as_deref() == Some(&self.counter)
                            })
                        {
                            effects.push(Effect::LoadVisit(v.id));
                        }
                        self.waiting = visits;
                    }
                    Err(e) => {
                        self.fail(e);
                    }
                }
                if std::mem::take(&mut self.queue_again) {
                    effects.extend(self.load_queue());
                }
                effects
            }
            Message::DetailLoaded(Ok(detail)) => {
                if detail.visit.state.is_active()
                    || self.current.as_ref().map(|v| v.id) == Some(detail.visit.id)
                {
                    self.show_visit(detail);
                }
                Vec::new()
            }
            Message::DetailLoaded(Err(e)) => self.fail(e),
            Message::RecordSaved(Ok(saved)) => {
                let status = saved.status;
                let number = saved.number.clone().unwrap_or_default();
                match self.records.iter().position(|r| r.id == saved.id) {
                    Some(i) => self.records[i] = saved,
                    None => {
                        self.records.push(saved);
                        self.selected = self.records.len() - 1;
                    }
                }
                match status {
                    RecordStatus::Confirmed => {
                        self.tell("clerk-notice-confirmed", vec![("number", number)])
                    }
                    RecordStatus::Rejected => {
                        self.tell("clerk-notice-rejected", vec![("number", number)])
                    }
                    RecordStatus::Received => self.tell("clerk-notice-edited", Vec::new()),
                }
                if status == RecordStatus::Received {
                    return Vec::new();
                }
                // Next open application of the visit, or finish the visit.
                if let Some(i) = self
                    .records
                    .iter()
                    .position(|r| r.status == RecordStatus::Received)
                {
                    self.selected = i;
                    return Vec::new();
                }
                match &self.current {
                    Some(v)
                        if v.state.is_active()
                            && status == RecordStatus::Confirmed
                            && self
                                .records
                                .iter()
                                .all(|r| r.number.as_deref() == Some(&v.number)) =>
                    {
                        vec![Effect::Act(v.id, VisitCommand::Done)]
                    }
                    _ => Vec::new(),
                }
            }
            Message::RecordSaved(Err(e)) => self.fail(e),
            Message::RecordOpened(Ok(found)) => {
                match self.records.iter().position(|r| r.id == found.id) {
                    Some(i) => {
                        self.records[i] = found;
                        self.selected = i;
                    }
                    None => {
                        if self.current.is_none() {
                            self.records.clear();
                        }
                        self.records.push(found);
                        self.selected = self.records.len() - 1;
                    }
                }
                self.mode = Mode::Normal;
                Vec::new()
            }
            Message::RecordOpened(Err(e)) => self.fail(e),
            Message::SearchResults(Ok(found)) => {
                if found.is_empty() {
                    self.tell("clerk-notice-not-found", Vec::new());
                }
                self.results = found;
                Vec::new()
            }
            Message::SearchResults(Err(e)) => self.fail(e),
        }
    }

    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, now: DateTime<Utc>) -> Element<'a, Message> {
        let mut left = Column::new().spacing(14).width(430);
        if !self.staff_calls.is_empty() {
            left = left.push(self.staff_calls_view(ctx, now));
        }
        let left = left
            .push(self.current_view(ctx))
            .push(self.queue_view(ctx, now))
            .push(self.search_view(ctx));
        let content = match &self.export {
            Some(state) => state.view(ctx).map(Message::Export),
            None => self.record_view(ctx),
        };
        let right = container(content)
            .padding(18)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(card);
        row![scrollable(left).height(Length::Fill), right]
            .spacing(14)
            .height(Length::Fill)
            .into()
    }

    fn current_view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let key_button = |label: String, keys: &str, emphasis, message: Option<Message>| {
            button(
                column![
                    text(label).size(18).font(ctx.bold()),
                    text(keys.to_owned()).size(13),
                ]
                .align_x(Alignment::Center)
                .width(Length::Fill),
            )
            .padding([6, 6])
            .width(Length::Fill)
            .style(button_style(emphasis))
            .on_press_maybe(message)
        };
        let active = self.current.as_ref().is_some_and(|v| v.state.is_active());
        let on = |m: Message| active.then_some(m);
        let mut panel = Column::new().spacing(10);
        match &self.current {
            Some(v) => {
                let state = ctx.tr(&format!("clerk-state-{}", v.state.as_str()));
                panel = panel.push(
                    row![
                        text(v.number.clone()).size(56).font(ctx.bold()),
                        column![
                            ctx.small(state),
                            ctx.small(ctx.tr_args("clerk-recalls", &[("count", v.recalls.into())])),
                        ]
                        .spacing(2)
                    ]
                    .spacing(16)
                    .align_y(Alignment::Center),
                );
            }
            None => panel = panel.push(ctx.body(ctx.tr("clerk-no-current"))),
        }
        if let Mode::Picking(pick) = self.mode {
            let heading = match pick {
                Pick::Transfer => ctx.tr("clerk-pick-transfer"),
                Pick::WalkIn => ctx.tr("clerk-pick-walk-in"),
            };
            let mut choices = column![ctx.small(heading)].spacing(6);
            for (i, s) in self.offered.iter().enumerate() {
                choices = choices.push(
                    button(
                        text(format!("{}  {} {}", i + 1, s.prefix, ctx.tr(&s.name_key)))
                            .size(18)
                            .font(ctx.font()),
                    )
                    .width(Length::Fill)
                    .style(button_style(Emphasis::Secondary))
                    .on_press(Message::PickService(s.prefix.clone())),
                );
            }
            choices = choices.push(
                button(text(ctx.tr("clerk-cancel")).size(16).font(ctx.font()))
                    .style(button_style(Emphasis::Secondary))
                    .on_press(Message::Cancel),
            );
            panel = panel.push(choices);
        } else {
            panel = panel
                .push(key_button(
                    ctx.tr("clerk-call-next"),
                    "F1 / Space",
                    Emphasis::Primary,
                    (!active).then_some(Message::CallNext),
                ))
                .push(
                    row![
                        key_button(
                            ctx.tr("clerk-recall"),
                            "R",
                            Emphasis::Secondary,
                            on(Message::Command(VisitCommand::Recall))
                        ),
                        key_button(
                            ctx.tr("clerk-no-show"),
                            "N",
                            Emphasis::Secondary,
                            on(Message::Command(VisitCommand::NoShow))
                        ),
                        key_button(
                            ctx.tr("clerk-finish"),
                            "F",
                            Emphasis::Secondary,
                            on(Message::Command(VisitCommand::Done))
                        ),
                    ]
                    .spacing(6),
                )
                .push(
                    row![
                        key_button(
                            ctx.tr("clerk-transfer"),
                            "T",
                            Emphasis::Secondary,
                            on(Message::StartPick(Pick::Transfer))
                        ),
                        key_button(
                            ctx.tr("clerk-walk-in"),
                            "W",
                            Emphasis::Secondary,
                            Some(Message::StartPick(Pick::WalkIn))
                        ),
                    ]
                    .spacing(6),
                );
        }
        container(panel).padding(14).style(card).into()
    }

    fn queue_view<'a>(&'a self, ctx: &Ctx<'_>, now: DateTime<Utc>) -> Element<'a, Message> {
        let mut list = column![ctx.body(ctx.tr("clerk-queue-heading")).font(ctx.bold())].spacing(6);
        for prefix in &self.services {
            let name = self
                .offered
                .iter()
                .find(|s| &s.prefix == prefix)
                .map(|s| ctx.tr(&s.name_key))
                .unwrap_or_default();
            let visits: Vec<&Visit> = self
                .waiting
                .iter()
                .filter(|v| &v.service == prefix && v.state == VisitState::Waiting)
                .collect();
            list = list.push(
                text(format!(
                    "{prefix} {name} — {}",
                    ctx.tr_args("clerk-queue-count", &[("count", visits.len().into())])
                ))
                .size(18)
                .font(ctx.bold()),
            );
            for v in visits.iter().take(12) {
                let minutes = (now - v.issued_at).num_minutes().max(0);
                let origin = if v.origin == "walk_in" {
                    ctx.tr("clerk-origin-walk-in")
                } else {
                    String::new()
                };
                list = list.push(
                    row![
                        text(v.number.clone()).size(18).width(90),
                        text(ctx.tr_args("clerk-waited", &[("minutes", minutes.into())]))
                            .size(16)
                            .font(ctx.font())
                            .width(Length::Fill),
                        text(origin).size(14).font(ctx.font()),
                    ]
                    .align_y(Alignment::Center),
                );
            }
            if visits.len() > 12 {
                list = list.push(ctx.small(
                    ctx.tr_args("clerk-queue-more", &[("count", (visits.len() - 12).into())]),
                ));
            }
        }
        container(list)
            .padding(14)
            .width(Length::Fill)
            .style(card)
            .into()
    }

    /// Open staff calls, on top of the queue so they are not missed.
    fn staff_calls_view<'a>(&'a self, ctx: &Ctx<'_>, now: DateTime<Utc>) -> Element<'a, Message> {
        let mut list = column![
            ctx.body(ctx.tr_args(
                "clerk-staff-calls-heading",
                &[("count", self.staff_calls.len().into())]
            ))
            .font(ctx.bold())
        ]
        .spacing(6);
        for call in &self.staff_calls {
            let minutes = (now - call.created_at).num_minutes().max(0);
            list = list.push(
                row![
                    column![
                        text(call.kiosk.clone()).size(18).font(ctx.bold()),
                        ctx.small(format!(
                            "{} ・ {}",
                            language_name(&call.lang),
                            ctx.tr_args("clerk-waited", &[("minutes", minutes.into())])
                        ))
                        .size(15),
                    ]
                    .spacing(2)
                    .width(Length::Fill),
                    button(
                        text(ctx.tr("clerk-staff-call-answer"))
                            .size(16)
                            .font(ctx.font())
                    )
                    .style(button_style(Emphasis::Primary))
                    .on_press(Message::AnswerStaffCall(call.id)),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            );
        }
        container(list)
            .padding(14)
            .width(Length::Fill)
            .style(|theme: &Theme| {
                let palette = theme.extended_palette();
                container::Style {
                    background: Some(Background::Color(palette.warning.weak.color)),
                    text_color: Some(palette.warning.weak.text),
                    border: Border {
                        radius: 8.0.into(),
                        width: 2.0,
                        color: palette.warning.strong.color,
                    },
                    ..container::Style::default()
                }
            })
            .into()
    }

    fn search_view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let mut panel = column![
            text_input(&ctx.tr("clerk-search-placeholder"), &self.search)
                .id(SEARCH_INPUT)
                .on_input(Message::SearchText)
                .on_submit(Message::Search)
                .size(18)
                .padding(8)
                .font(ctx.font()),
        ]
        .spacing(6);
        for r in &self.results {
            // The reading when the hub indexed one, else what was applied for.
            let what = if r.kana.is_empty() {
                r.procedures
                    .iter()
                    .map(|p| {
                        self.catalog
                            .procedure(p)
                            .map(|p| ctx.tr(&p.name))
                            .unwrap_or_else(|| p.clone())
                    })
                    .collect::<Vec<_>>()
                    .join("・")
            } else {
                r.kana.clone()
            };
            let label = format!(
                "{} {}  {}  {}",
                r.number.clone().unwrap_or_else(|| "—".into()),
                r.day.format("%m/%d"),
                what,
                ctx.tr(&format!("clerk-status-{}", r.status.as_str()))
            );
            panel = panel.push(
                button(text(label).size(16).font(ctx.font()))
                    .width(Length::Fill)
                    .style(button_style(Emphasis::Secondary))
                    .on_press(Message::OpenRecord(r.id)),
            );
        }
        container(panel)
            .padding(14)
            .width(Length::Fill)
            .style(card)
            .into()
    }

    fn record_view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let mut page = Column::new().spacing(10);
        if let Some(notice) = &self.notice {
            let line = ctx.body(ctx.render(&notice.text)).size(20);
            page = page.push(if notice.error {
                line.style(danger_text)
            } else {
                line
            });
        }
        let Some(record) = self.record() else {
            let empty = if self.current.is_some() {
                "clerk-no-record"
            } else {
                "clerk-record-hint"
            };
            page = page.push(ctx.body(ctx.tr(empty)));
            return page.into();
        };
        if self.records.len() > 1 {
            page = page.push(
                row(self.records.iter().enumerate().map(|(i, r)| {
                    let names: Vec<String> = r
                        .procedures
                        .iter()
                        .map(|p| {
                            self.catalog
                                .procedure(p)
                                .map(|p| ctx.tr(&p.name))
                                .unwrap_or_else(|| p.clone())
                        })
                        .collect();
                    button(text(names.join("・")).size(16).font(ctx.font()))
                        .style(button_style(if i == self.selected {
                            Emphasis::Selected
                        } else {
                            Emphasis::Secondary
                        }))
                        .on_press(Message::SelectRecord(i))
                        .into()
                }))
                .spacing(8),
            );
        }
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
        page = page.push(
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
            .align_y(Alignment::Center),
        );
        let mut form = Column::new().spacing(4);
        for section in &self.layout.sections {
            form = form.push(
                container(text(section.title.clone()).size(20).font(ctx.bold())).padding([8, 0]),
            );
            for (severity, message) in &section.problems {
                form = form.push(problem_line(ctx, *severity, message.clone()));
            }
            for r in &section.rows {
                form = form.push(self.row_view(ctx, r));
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
        page = page.push(self.actions_view(ctx, record));
        page.into()
    }

    fn row_view<'a>(&'a self, ctx: &Ctx<'_>, r: &'a Row) -> Element<'a, Message> {
        let label = text(if r.required {
            format!("{} *", r.label)
        } else {
            r.label.clone()
        })
        .size(16)
        .font(ctx.font())
        .width(300);
        let editing = match &self.mode {
            Mode::Editing { key, text } if *key == r.key => Some(text),
            _ => None,
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
        };
        let source: Element<'a, Message> = match r.source {
            Some(source) => container(text(ctx.tr(source_key(source))).size(13).font(ctx.font()))
                .padding([2, 8])
                .style(source_style(source))
                .into(),
            None => space().width(0).into(),
        };
        let edit: Element<'a, Message> =
            if r.editable && editing.is_none() && self.mode == Mode::Normal {
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

    fn actions_view<'a>(&'a self, ctx: &Ctx<'_>, record: &'a Record) -> Element<'a, Message> {
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
        let open = record.status == RecordStatus::Received && self.mode == Mode::Normal;
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

/// A language tag as its own name (`ja` → 日本語); unknown tags as given.
fn language_name(code: &str) -> String {
    Lang::parse(code)
        .map(|l| l.native_name().to_owned())
        .unwrap_or_else(|| code.to_owned())
}

/// Fluent key of a value's source.
pub fn source_key(source: Source) -> &'static str {
    match source {
        Source::Qr => "clerk-source-qr",
        Source::Kiosk => "clerk-source-kiosk",
        Source::Clerk => "clerk-source-clerk",
    }
}

fn source_style(source: Source) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let palette = theme.extended_palette();
        let pair = match source {
            Source::Qr => palette.success.base,
            Source::Kiosk => palette.primary.base,
            Source::Clerk => palette.warning.base,
        };
        container::Style {
            background: Some(Background::Color(pair.color)),
            text_color: Some(pair.text),
            border: Border {
                radius: 8.0.into(),
                ..Border::default()
            },
            ..container::Style::default()
        }
    }
}
