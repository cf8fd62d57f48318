//! The queue panel: the visit at this counter with its buttons (call,
//! recall, no-show, finish, transfer, walk-in), the numbers waiting for the
//! counter's services, and the list of services a transfer or a walk-in
//! picks from.
//!
//! The visit's applications are the record panel's: when a visit comes to
//! the counter or leaves it, the panel tells the desk ([`Event`]).

use chrono::{DateTime, Utc};
use iced::widget::{Column, button, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::notice::Notice;
use crate::i18n::Message as Text;
use crate::model::{BoardService, Record, Ticket, Visit, VisitDetail};
use crate::queue::VisitState;
use crate::sync::clerk::{HubClient, VisitCommand};
use crate::ui::effect::Effects;
use crate::ui::theme::{Emphasis, button_style, card};
use crate::ui::widgets::Ctx;

/// What a picked service is for.
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
    /// Close the service list.
    Cancel,
    // Answers from the hub.
    Called(Result<Option<VisitDetail>, Text>),
    VisitChanged(VisitCommand, Result<Visit, Text>),
    Transferred(Result<Visit, Text>),
    WalkedIn(Result<Ticket, Text>),
    QueueLoaded(Result<Vec<Visit>, Text>),
    DetailLoaded(Result<VisitDetail, Text>),
}

/// Work for the hub ([`perform`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    CallNext(Vec<String>),
    Act(i64, VisitCommand),
    Transfer(i64, String),
    WalkIn(String),
    LoadQueue(Vec<String>),
    LoadVisit(i64),
}

/// What the panel tells the desk.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Hub(Effect),
    Notice(Notice),
    ClearNotice,
    /// The applications of the visit at the counter; `same` when it was
    /// already there (the record panel keeps its selection).
    Show {
        records: Vec<Record>,
        same: bool,
    },
    /// The visit left the counter: finished or no-show (`finished`), or
    /// transferred to another service.
    Left {
        finished: bool,
    },
    /// The clerk is picking a service: whatever else was in progress stops.
    Interrupt,
}

#[derive(Debug)]
pub struct State {
    counter: String,
    /// Prefixes this counter calls from.
    services: Vec<String>,
    /// The office's services (names, and the list a pick chooses from).
    offered: Vec<BoardService>,
    waiting: Vec<Visit>,
    current: Option<Visit>,
    picking: Option<Pick>,
    loading: bool,
    load_again: bool,
}

impl State {
    pub fn new(counter: String, services: Vec<String>, offered: Vec<BoardService>) -> Self {
        State {
            counter,
            services,
            offered,
            waiting: Vec::new(),
            current: None,
            picking: None,
            loading: false,
            load_again: false,
        }
    }

    pub fn counter(&self) -> &str {
        &self.counter
    }

    /// The visit being served at this counter.
    pub fn current(&self) -> Option<&Visit> {
        self.current.as_ref()
    }

    /// Open visits of this counter's services, in queue order.
    pub fn waiting(&self) -> &[Visit] {
        &self.waiting
    }

    pub fn picking(&self) -> Option<Pick> {
        self.picking
    }

    /// Asks for the queue; at most one request in flight, events during it
    /// cause one more.
    pub fn load(&mut self) -> Option<Effect> {
        if self.loading {
            self.load_again = true;
            return None;
        }
        self.loading = true;
        Some(Effect::LoadQueue(self.services.clone()))
    }

    /// Asks for the visit at the counter again (its applications may have changed).
    pub fn load_current(&self) -> Option<Effect> {
        self.current.as_ref().map(|v| Effect::LoadVisit(v.id))
    }

    pub fn cancel_pick(&mut self) {
        self.picking = None;
    }

    /// The service a digit key picks (1 is the first) while picking.
    pub fn pick_by_key(&self, digit: &str) -> Option<Message> {
        self.picking?;
        let index: usize = digit.parse().ok()?;
        let service = self.offered.get(index.checked_sub(1)?)?;
        Some(Message::PickService(service.prefix.clone()))
    }

    pub fn update(&mut self, message: Message) -> Effects<Event> {
        match message {
            Message::CallNext => self.call_next(),
            Message::Command(command) => self.command(command),
            Message::StartPick(pick) => self.start_pick(pick),
            Message::PickService(service) => self.pick_service(service),
            Message::Cancel => {
                self.cancel_pick();
                Effects::none()
            }
            Message::Called(result) => self.called(result),
            Message::VisitChanged(command, result) => self.visit_changed(command, result),
            Message::Transferred(result) => self.transferred(result),
            Message::WalkedIn(result) => self.walked_in(result),
            Message::QueueLoaded(result) => self.queue_loaded(result),
            Message::DetailLoaded(result) => self.detail_loaded(result),
        }
    }

    fn call_next(&mut self) -> Effects<Event> {
        if let Some(v) = &self.current
            && v.state.is_active()
        {
            let number = v.number.clone();
            return notice("clerk-notice-finish-first", vec![("number", number)]);
        }
        Effects::from(vec![
            Event::ClearNotice,
            Event::Hub(Effect::CallNext(self.services.clone())),
        ])
    }

    fn command(&mut self, command: VisitCommand) -> Effects<Event> {
        let act = self.current.as_ref().map(|v| Effect::Act(v.id, command));
        act.map(Event::Hub).into()
    }

    fn start_pick(&mut self, pick: Pick) -> Effects<Event> {
        if pick == Pick::Transfer && self.current.is_none() {
            return Effects::none();
        }
        self.picking = Some(pick);
        Effects::one(Event::Interrupt)
    }

    fn pick_service(&mut self, service: String) -> Effects<Event> {
        let effect = match (self.picking.take(), &self.current) {
            (Some(Pick::Transfer), Some(v)) => Effect::Transfer(v.id, service),
            (Some(Pick::WalkIn), _) => Effect::WalkIn(service),
            _ => return Effects::none(),
        };
        Effects::one(Event::Hub(effect))
    }

    fn called(&mut self, result: Result<Option<VisitDetail>, Text>) -> Effects<Event> {
        match result {
            Ok(Some(detail)) => {
                let number = detail.visit.number.clone();
                let mut events = notice("clerk-notice-called", vec![("number", number)]);
                events.extend(self.show_visit(detail));
                events.extend(self.load().map(Event::Hub));
                events
            }
            Ok(None) => notice("clerk-notice-nobody", Vec::new()),
            Err(e) => fail(e),
        }
    }

    /// Puts `detail`'s visit at the counter and its applications on the desk.
    fn show_visit(&mut self, detail: VisitDetail) -> Effects<Event> {
        let same = self.current.as_ref().map(|v| v.id) == Some(detail.visit.id);
        self.current = Some(detail.visit);
        if !same {
            self.picking = None;
        }
        Effects::one(Event::Show {
            records: detail.records,
            same,
        })
    }

    fn visit_changed(
        &mut self,
        command: VisitCommand,
        result: Result<Visit, Text>,
    ) -> Effects<Event> {
        let visit = match result {
            Ok(visit) => visit,
            Err(e) => return fail(e),
        };
        let key = match command {
            VisitCommand::Recall => "clerk-notice-recalled",
            VisitCommand::Start => "clerk-notice-started",
            VisitCommand::Done => "clerk-notice-done",
            VisitCommand::NoShow => "clerk-notice-no-show",
        };
        let mut events = notice(key, vec![("number", visit.number.clone())]);
        if matches!(visit.state, VisitState::Done | VisitState::NoShow) {
            self.current = None;
            self.picking = None;
            events.push(Event::Left { finished: true });
        } else {
            self.current = Some(visit);
        }
        events.extend(self.load().map(Event::Hub));
        events
    }

    fn transferred(&mut self, result: Result<Visit, Text>) -> Effects<Event> {
        let visit = match result {
            Ok(visit) => visit,
            Err(e) => return fail(e),
        };
        let mut events = notice(
            "clerk-notice-transferred",
            vec![("number", visit.number), ("service", visit.service)],
        );
        self.current = None;
        events.push(Event::Left { finished: false });
        events.extend(self.load().map(Event::Hub));
        events
    }

    fn walked_in(&mut self, result: Result<Ticket, Text>) -> Effects<Event> {
        match result {
            Ok(ticket) => {
                let mut events = notice("clerk-notice-walk-in", vec![("number", ticket.number)]);
                events.extend(self.load().map(Event::Hub));
                events
            }
            Err(e) => fail(e),
        }
    }

    fn queue_loaded(&mut self, result: Result<Vec<Visit>, Text>) -> Effects<Event> {
        self.loading = false;
        let mut events = Effects::none();
        match result {
            Ok(visits) => {
                // After a restart (of the hub or this console) pick up the
                // visit this counter is busy with.
                if self.current.is_none()
                    && let Some(v) = visits.iter().find(|v| {
                        v.state.is_active() && v.counter.as_deref() == Some(&self.counter)
                    })
                {
                    events.push(Event::Hub(Effect::LoadVisit(v.id)));
                }
                self.waiting = visits;
            }
            Err(e) => events.extend(fail(e)),
        }
        if std::mem::take(&mut self.load_again) {
            events.extend(self.load().map(Event::Hub));
        }
        events
    }

    fn detail_loaded(&mut self, result: Result<VisitDetail, Text>) -> Effects<Event> {
        match result {
            Ok(detail)
                if detail.visit.state.is_active()
                    || self.current.as_ref().map(|v| v.id) == Some(detail.visit.id) =>
            {
                self.show_visit(detail)
            }
            Ok(_) => Effects::none(),
            Err(e) => fail(e),
        }
    }

    /// The visit at the counter, its buttons (with their keys), or the
    /// service list while picking.
    pub fn current_view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
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
        panel = match self.picking {
            Some(pick) => panel.push(self.pick_view(ctx, pick)),
            None => self.buttons_view(ctx, panel),
        };
        container(panel).padding(14).style(card).into()
    }

    fn pick_view<'a>(&'a self, ctx: &Ctx<'_>, pick: Pick) -> Element<'a, Message> {
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
        choices
            .push(
                button(text(ctx.tr("clerk-cancel")).size(16).font(ctx.font()))
                    .style(button_style(Emphasis::Secondary))
                    .on_press(Message::Cancel),
            )
            .into()
    }

    fn buttons_view<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        panel: Column<'a, Message>,
    ) -> Column<'a, Message> {
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
        let secondary = Emphasis::Secondary;
        panel
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
                        secondary,
                        on(Message::Command(VisitCommand::Recall))
                    ),
                    key_button(
                        ctx.tr("clerk-no-show"),
                        "N",
                        secondary,
                        on(Message::Command(VisitCommand::NoShow))
                    ),
                    key_button(
                        ctx.tr("clerk-finish"),
                        "F",
                        secondary,
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
                        secondary,
                        on(Message::StartPick(Pick::Transfer))
                    ),
                    key_button(
                        ctx.tr("clerk-walk-in"),
                        "W",
                        secondary,
                        Some(Message::StartPick(Pick::WalkIn))
                    ),
                ]
                .spacing(6),
            )
    }

    /// The numbers waiting, per service of this counter (at most 12 each).
    pub fn list_view<'a>(&'a self, ctx: &Ctx<'_>, now: DateTime<Utc>) -> Element<'a, Message> {
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
}

fn notice(key: &str, args: Vec<(&str, String)>) -> Effects<Event> {
    Effects::one(Event::Notice(Notice::info(key, args)))
}

fn fail(message: Text) -> Effects<Event> {
    Effects::one(Event::Notice(Notice::error(message)))
}

/// Carries out a queue effect with the clerk's session.
pub async fn perform(session: HubClient, effect: Effect) -> Message {
    let m = super::clerk_error;
    match effect {
        Effect::CallNext(services) => {
            Message::Called(session.call_next(Some(services)).await.map_err(m))
        }
        Effect::Act(id, command) => {
            Message::VisitChanged(command, session.act(id, command).await.map_err(m))
        }
        Effect::Transfer(id, service) => {
            Message::Transferred(session.transfer(id, &service).await.map_err(m))
        }
        Effect::WalkIn(service) => Message::WalkedIn(session.walk_in(&service).await.map_err(m)),
        Effect::LoadQueue(services) => {
            Message::QueueLoaded(session.waiting(&services).await.map_err(m))
        }
        Effect::LoadVisit(id) => Message::DetailLoaded(session.visit(id).await.map_err(m)),
    }
}
