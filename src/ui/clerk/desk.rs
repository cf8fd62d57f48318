//! The working screen: on the left the staff calls (when there are any),
//! the visit at the counter and the queue ([`queue`]), and the search
//! ([`search`]); on the right the record panel ([`record`]), or the export
//! panel ([`export`]) in its place. Each panel is a part with its own
//! state, messages and events; the desk passes the events between them
//! (a called visit's applications go to the record panel, confirming the
//! last one finishes the visit) and keeps the one notice line.
//!
//! Clerks work with keyboards, so the frequent actions have keys (shown on
//! their buttons): F1 or Space call the next visit, Enter confirms the
//! current application when nothing blocks it (受付完了: one keystroke for a
//! clean QR application), Ctrl+Enter confirms despite problems, R recalls,
//! N marks no-show, F finishes, T transfers, W adds a walk-in, E edits the
//! first field with a problem, X rejects, S or / searches, Tab moves between
//! text boxes, Esc cancels. Typing in a text box
//! never triggers a shortcut (iced delivers only keys no widget took).
//! One thing at a time: picking a service, editing a field or writing a
//! reason stops whichever of the others was in progress.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{Column, column, container, row, scrollable};
use iced::{Element, Length};

use super::form::Layout;
use super::notice::Notice;
use super::queue::Pick;
use super::{card_desk, export, paper, queue, record, search, staff_calls};
use crate::card::{BasicFour, CardReader};
use crate::domain::Catalog;
use crate::domain::card_fill::card_answers;
use crate::hub::api::HubEvent;
use crate::i18n::{I18n, Lang};
use crate::model::{BoardService, Record, RecordSummary, StaffCall, Visit};
use crate::sync::clerk::{HubClient, VisitCommand};
use crate::ui::effect::Effects;
use crate::ui::theme::card;
use crate::ui::widgets::Ctx;

#[derive(Debug, Clone)]
pub enum Message {
    Queue(queue::Message),
    Record(record::Message),
    Search(search::Message),
    StaffCalls(staff_calls::Message),
    Export(export::Message),
    Card(card_desk::Message),
    Paper(paper::Message),
    /// Esc: stop picking a service, editing a field or writing a reason.
    Cancel,
}

/// Work for the hub and the export folder, carried out by [`perform`].
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Queue(queue::Effect),
    Record(record::Effect),
    Search(search::Effect),
    StaffCalls(staff_calls::Effect),
    Export(export::Effect),
    Card(card_desk::Effect),
    Paper(paper::Effect),
    /// Put the keyboard in this text box (edit, reject reason, search, PIN).
    Focus(&'static str),
}

#[derive(Debug)]
pub struct Desk {
    clerk: String,
    notice: Option<Notice>,
    queue: queue::State,
    record: record::State,
    search: search::State,
    staff_calls: staff_calls::State,
    /// The export and statistics panel, when open (in place of the record).
    export: Option<export::State>,
    /// Reading a My Number card into the record shown.
    card: card_desk::State,
    catalog: Arc<Catalog>,
}

impl Desk {
    pub fn new(
        clerk: String,
        counter: String,
        services: Vec<String>,
        offered: Vec<BoardService>,
        catalog: Arc<Catalog>,
    ) -> Self {
        let numbers_low = offered
            .iter()
            .find(|s| s.numbers_low)
            .map(|s| Notice::numbers_low(&s.prefix, s.numbers_left));
        Desk {
            clerk,
            notice: numbers_low,
            queue: queue::State::new(counter, services, offered),
            record: record::State::new(catalog.clone()),
            search: search::State::new(catalog.clone()),
            staff_calls: staff_calls::State::default(),
            export: None,
            card: card_desk::State::default(),
            catalog,
        }
    }

    pub fn clerk(&self) -> &str {
        &self.clerk
    }

    pub fn counter(&self) -> &str {
        self.queue.counter()
    }

    /// The visit being served at this counter.
    pub fn current(&self) -> Option<&Visit> {
        self.queue.current()
    }

    /// Open visits of this counter's services, in queue order.
    pub fn waiting(&self) -> &[Visit] {
        self.queue.waiting()
    }

    /// The applications in the record panel.
    pub fn records(&self) -> &[Record] {
        self.record.records()
    }

    /// The application shown.
    pub fn record(&self) -> Option<&Record> {
        self.record.record()
    }

    /// The shown application laid out as its form.
    pub fn layout(&self) -> &Layout {
        self.record.layout()
    }

    /// What the clerk is doing with the application (editing, rejecting).
    pub fn mode(&self) -> &record::Mode {
        self.record.mode()
    }

    pub fn results(&self) -> &[RecordSummary] {
        self.search.results()
    }

    /// Kiosks where a resident asked for a person, oldest first.
    pub fn staff_calls(&self) -> &[StaffCall] {
        self.staff_calls.calls()
    }

    pub fn export(&self) -> Option<&export::State> {
        self.export.as_ref()
    }

    /// The hub refused the clerk's session (expired or revoked).
    pub fn session_expired(&self) -> bool {
        self.notice
            .as_ref()
            .is_some_and(|n| n.error && n.text.key == "hub-error-unauthorized")
    }

    /// Lays out the shown application again (new data or a new language).
    pub fn relayout(&mut self, i18n: &I18n, lang: &Lang, today: NaiveDate) {
        self.record.relayout(i18n, lang, today);
    }

    /// The queue and the staff calls, as at log-in.
    pub fn load(&mut self) -> Effects<Effect> {
        let mut effects: Effects<Effect> = self.queue.load().map(Effect::Queue).into();
        effects.push(Effect::StaffCalls(staff_calls::Effect::Load));
        effects
    }

    /// Everything again after the event stream reconnected (events may have
    /// been missed): the queue, the staff calls and the visit at the counter.
    pub fn reload(&mut self) -> Effects<Effect> {
        let mut effects = self.load();
        effects.extend(self.queue.load_current().map(Effect::Queue));
        effects
    }

    /// What a hub event asks for here: staff calls reload their list, a
    /// service running low on numbers is said in the notice line, any other
    /// event reloads the queue, and with it what the event may have changed.
    pub fn follow(&mut self, event: HubEvent) -> Effects<Effect> {
        if let HubEvent::StaffCall { .. } | HubEvent::StaffCallAnswered { .. } = event {
            return Effects::one(Effect::StaffCalls(staff_calls::Effect::Load));
        }
        if let HubEvent::NumbersLow { service, left } = &event {
            self.notice = Some(Notice::numbers_low(service, *left));
            return Effects::none();
        }
        let mut effects: Effects<Effect> = self.queue.load().map(Effect::Queue).into();
        match event {
            // A kiosk's push may bring the application of the visit being
            // served (it can arrive after the call).
            HubEvent::Records { .. } => {
                effects.extend(self.queue.load_current().map(Effect::Queue));
            }
            // Another station closed a record shown here.
            HubEvent::Record { id, status } if self.record.is_stale(id, status) => {
                effects.push(Effect::Record(record::Effect::Load(id)));
            }
            _ => {}
        }
        effects
    }

    /// Opens the export panel on `today`, or closes it.
    pub fn toggle_export(&mut self, today: NaiveDate) -> Effects<Effect> {
        if self.export.take().is_some() {
            return Effects::none();
        }
        let (state, effect) = export::State::new(today);
        self.export = Some(state);
        Effects::one(Effect::Export(effect))
    }

    /// What a key press means here, if anything.
    pub fn shortcut(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        let busy = self.queue.picking().is_some() || *self.record.mode() != record::Mode::Normal;
        if let Key::Named(Named::Escape) = key {
            return busy.then_some(Message::Cancel);
        }
        if self.queue.picking().is_some() {
            let Key::Character(c) = key else {
                return None;
            };
            return self.queue.pick_by_key(c).map(Message::Queue);
        }
        if busy {
            return None;
        }
        self.idle_shortcut(key, modifiers)
    }

    /// The keys of the desk when nothing is in progress.
    fn idle_shortcut(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        let active = self.queue.current().is_some();
        let queue = |message| Some(Message::Queue(message));
        match key {
            Key::Named(Named::F1 | Named::Space) => queue(queue::Message::CallNext),
            Key::Named(Named::Enter) => Some(Message::Record(record::Message::Confirm {
                anyway: modifiers.control(),
            })),
            Key::Named(Named::F2) if active => queue(queue::Message::Command(VisitCommand::Recall)),
            Key::Character(c) if modifiers.is_empty() || modifiers == Modifiers::SHIFT => {
                match c.to_lowercase().as_str() {
                    "r" if active => queue(queue::Message::Command(VisitCommand::Recall)),
                    "n" if active => queue(queue::Message::Command(VisitCommand::NoShow)),
                    "f" if active => queue(queue::Message::Command(VisitCommand::Done)),
                    "t" if active => queue(queue::Message::StartPick(Pick::Transfer)),
                    "w" => queue(queue::Message::StartPick(Pick::WalkIn)),
                    "x" if self.record.record().is_some() => {
                        Some(Message::Record(record::Message::StartReject))
                    }
                    "/" | "s" => Some(Message::Search(search::Message::Focus)),
                    "e" => self.record.first_edit().map(Message::Record),
                    "p" if self.record.record().is_some() => {
                        Some(Message::Paper(paper::Message::Print { copy: false }))
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    pub fn update(&mut self, message: Message) -> Effects<Effect> {
        match message {
            Message::Queue(message) => self.on_queue(message),
            Message::Record(message) => self.on_record(message),
            Message::Search(message) => self.on_search(message),
            Message::StaffCalls(message) => self.on_staff_calls(message),
            Message::Export(message) => self.on_export(message),
            Message::Card(message) => self.on_card(message),
            Message::Paper(message) => self.on_paper(message),
            Message::Cancel => self.cancel(),
        }
    }

    fn on_card(&mut self, message: card_desk::Message) -> Effects<Effect> {
        let mut effects = Effects::none();
        for event in self.card.update(message) {
            match event {
                card_desk::Event::Card(effect) => effects.push(Effect::Card(effect)),
                card_desk::Event::Focus(id) => effects.push(Effect::Focus(id)),
                card_desk::Event::Notice(notice) => self.notify(notice),
                card_desk::Event::Read(four) => effects.extend(self.fill_from_card(&four)),
            }
        }
        effects
    }

    /// The card's items into the record shown, as one audited edit.
    fn fill_from_card(&mut self, four: &BasicFour) -> Effects<Effect> {
        let Some(record) = self.record.record() else {
            return Effects::none();
        };
        let procedures: Vec<_> = record
            .procedures
            .iter()
            .filter_map(|id| self.catalog.procedure(id).cloned())
            .collect();
        let fields = card_answers(&procedures, four)
            .into_iter()
            .map(|(key, value)| (key, Some(value)))
            .collect();
        Effects::one(Effect::Record(record::Effect::Edit(record.id, fields)))
    }

    fn on_queue(&mut self, message: queue::Message) -> Effects<Effect> {
        let mut effects = Effects::none();
        for event in self.queue.update(message) {
            match event {
                queue::Event::Hub(effect) => effects.push(Effect::Queue(effect)),
                queue::Event::Notice(notice) => self.notify(notice),
                queue::Event::ClearNotice => self.notice = None,
                queue::Event::Show { records, same } => self.record.show(records, same),
                queue::Event::Left { finished } => self.record.clear(finished),
                queue::Event::Interrupt => self.record.cancel(),
            }
        }
        effects
    }

    fn on_record(&mut self, message: record::Message) -> Effects<Effect> {
        let mut effects = Effects::none();
        for event in self.record.update(message, self.queue.current()) {
            match event {
                record::Event::Hub(effect) => effects.push(Effect::Record(effect)),
                record::Event::Notice(notice) => self.notify(notice),
                record::Event::Focus(id) => effects.push(Effect::Focus(id)),
                record::Event::FinishVisit => {
                    effects.extend(self.on_queue(queue::Message::Command(VisitCommand::Done)));
                }
                record::Event::Interrupt => self.queue.cancel_pick(),
            }
        }
        effects
    }

    fn on_search(&mut self, message: search::Message) -> Effects<Effect> {
        let mut effects = Effects::none();
        for event in self.search.update(message) {
            match event {
                search::Event::Hub(effect) => effects.push(Effect::Search(effect)),
                search::Event::Notice(notice) => self.notify(notice),
                search::Event::Focus(id) => effects.push(Effect::Focus(id)),
                search::Event::Open(id) => effects.push(Effect::Record(record::Effect::Load(id))),
            }
        }
        effects
    }

    fn on_staff_calls(&mut self, message: staff_calls::Message) -> Effects<Effect> {
        let mut effects = Effects::none();
        for event in self.staff_calls.update(message) {
            match event {
                staff_calls::Event::Hub(effect) => effects.push(Effect::StaffCalls(effect)),
                staff_calls::Event::Notice(notice) => self.notify(notice),
            }
        }
        effects
    }

    fn on_export(&mut self, message: export::Message) -> Effects<Effect> {
        match &mut self.export {
            Some(state) => state.update(message).map(Effect::Export),
            None => Effects::none(),
        }
    }

    fn on_paper(&mut self, message: paper::Message) -> Effects<Effect> {
        if let paper::Message::Done(done) = message {
            self.notify(done.unwrap_or_else(Notice::error));
            return Effects::none();
        }
        match self.record.record() {
            Some(record) => paper::request(&message, record)
                .map_or_else(Effects::none, |effect| Effects::one(Effect::Paper(effect))),
            None => Effects::none(),
        }
    }

    fn cancel(&mut self) -> Effects<Effect> {
        self.queue.cancel_pick();
        self.record.cancel();
        self.card = card_desk::State::Idle;
        Effects::none()
    }

    fn notify(&mut self, notice: Notice) {
        if notice.error {
            tracing::warn!(reason = %notice.text, "clerk action failed");
        }
        self.notice = Some(notice);
    }

    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, now: DateTime<Utc>) -> Element<'a, Message> {
        let mut left = Column::new().spacing(14).width(430);
        if let Some(calls) = self.staff_calls.view(ctx, now) {
            left = left.push(calls.map(Message::StaffCalls));
        }
        let left = left
            .push(self.queue.current_view(ctx).map(Message::Queue))
            .push(self.queue.list_view(ctx, now).map(Message::Queue))
            .push(self.search.view(ctx).map(Message::Search));
        let content = match &self.export {
            Some(state) => state.view(ctx).map(Message::Export),
            None => {
                let record = self
                    .record
                    .view(
                        ctx,
                        self.notice.as_ref(),
                        self.queue.current().is_some(),
                        self.queue.picking().is_some(),
                    )
                    .map(Message::Record);
                match self.record.record() {
                    Some(_) => column![paper::bar(ctx).map(Message::Paper), record]
                        .spacing(10)
                        .into(),
                    None => record,
                }
            }
        };
        // The card reader's button (or PIN box) above the record shown.
        let open = self
            .record
            .record()
            .is_some_and(|r| r.status == crate::model::RecordStatus::Received);
        let content = match &self.export {
            None if self.record.record().is_some() => {
                iced::widget::column![self.card.view(ctx, open).map(Message::Card), content]
                    .spacing(10)
                    .into()
            }
            _ => content,
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
}

/// Carries out a desk effect with the clerk's session (exports are saved in
/// `export_dir`, forms printed or saved as `paper` says); `None` for a
/// focus, which is a widget operation the console's `update_task` runs.
pub async fn perform(
    session: HubClient,
    export_dir: PathBuf,
    card: Option<Arc<dyn CardReader>>,
    paper: paper::Settings,
    effect: Effect,
) -> Option<Message> {
    Some(match effect {
        Effect::Queue(effect) => Message::Queue(queue::perform(session, effect).await),
        Effect::Record(effect) => Message::Record(record::perform(session, effect).await),
        Effect::Search(effect) => Message::Search(search::perform(session, effect).await),
        Effect::StaffCalls(effect) => {
            Message::StaffCalls(staff_calls::perform(session, effect).await)
        }
        Effect::Export(effect) => {
            Message::Export(export::perform(session, export_dir, effect).await)
        }
        Effect::Card(effect) => Message::Card(card_desk::perform(card, effect).await),
        Effect::Paper(effect) => Message::Paper(paper::perform(paper, effect).await),
        Effect::Focus(_) => return None,
    })
}
