//! Log-in: clerk id, PIN, the counter (desk) of this station and the
//! services it calls from. The services come from the hub's board (the
//! station's device token may read it), so the list is the office's.

use iced::widget::{button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

use crate::i18n::Message as Text;
use crate::model::BoardService;
use crate::ui::theme::{Emphasis, button_style, card, danger_text};
use crate::ui::widgets::Ctx;

pub const ID_INPUT: &str = "clerk-login-id";
pub const PIN_INPUT: &str = "clerk-login-pin";

#[derive(Debug, Clone, Default)]
pub struct State {
    pub id: String,
    pub pin: String,
    pub counter: String,
    /// The office's services (from the hub).
    pub offered: Vec<BoardService>,
    /// Prefixes chosen for this counter.
    pub chosen: Vec<String>,
    pub error: Option<Text>,
    pub pending: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Id(String),
    Pin(String),
    Counter(String),
    Toggle(String),
    Submit,
}

pub enum Action {
    None,
    Login {
        id: String,
        pin: String,
        counter: String,
        services: Vec<String>,
    },
}

impl State {
    pub fn new(counter: Option<String>) -> Self {
        State {
            counter: counter.unwrap_or_default(),
            ..State::default()
        }
    }

    /// The office's services arrived; choose all by default.
    pub fn set_services(&mut self, services: Vec<BoardService>) {
        if self.chosen.is_empty() {
            self.chosen = services.iter().map(|s| s.prefix.clone()).collect();
        }
        self.offered = services;
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Id(id) => self.id = id.chars().take(64).collect(),
            Message::Pin(pin) => {
                self.pin = pin.chars().filter(char::is_ascii_digit).take(12).collect()
            }
            Message::Counter(c) => self.counter = c.chars().take(16).collect(),
            Message::Toggle(prefix) => self.toggle(prefix),
            Message::Submit => return self.submit(),
        }
        Action::None
    }

    /// Chooses a service or leaves it out; chosen ones keep the office's order.
    fn toggle(&mut self, prefix: String) {
        if let Some(i) = self.chosen.iter().position(|p| *p == prefix) {
            self.chosen.remove(i);
        } else {
            self.chosen.push(prefix);
            let order: Vec<&String> = self.offered.iter().map(|s| &s.prefix).collect();
            self.chosen
                .sort_by_key(|p| order.iter().position(|o| *o == p).unwrap_or(usize::MAX));
        }
    }

    /// Logs in when everything is filled in, else says what is missing.
    fn submit(&mut self) -> Action {
        if self.pending {
            return Action::None;
        }
        let missing = if self.id.trim().is_empty() || self.pin.is_empty() {
            Some("clerk-login-missing")
        } else if self.counter.trim().is_empty() {
            Some("clerk-login-no-counter")
        } else if self.offered.is_empty() {
            Some("clerk-login-no-hub")
        } else if self.chosen.is_empty() {
            Some("clerk-login-no-service")
        } else {
            None
        };
        if let Some(key) = missing {
            self.error = Some(Text::new(key));
            return Action::None;
        }
        self.pending = true;
        self.error = None;
        Action::Login {
            id: self.id.trim().to_owned(),
            pin: std::mem::take(&mut self.pin),
            counter: self.counter.trim().to_owned(),
            services: self.chosen.clone(),
        }
    }

    pub fn view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let field = |label: String, input: Element<'a, Message>| {
            column![ctx.small(label), input].spacing(6)
        };
        let services = row(self.offered.iter().map(|s| {
            let on = self.chosen.contains(&s.prefix);
            let label = format!("{}  {}", s.prefix, ctx.tr(&s.name_key));
            button(text(label).size(20).font(ctx.font()))
                .padding([10, 16])
                .style(button_style(if on {
                    Emphasis::Selected
                } else {
                    Emphasis::Secondary
                }))
                .on_press(Message::Toggle(s.prefix.clone()))
                .into()
        }))
        .spacing(10)
        .wrap();
        let mut form = column![
            ctx.heading(ctx.tr("clerk-login-heading")),
            field(
                ctx.tr("clerk-login-id"),
                text_input("", &self.id)
                    .id(ID_INPUT)
                    .on_input(Message::Id)
                    .on_submit(Message::Submit)
                    .size(22)
                    .padding(10)
                    .font(ctx.font())
                    .into()
            ),
            field(
                ctx.tr("clerk-login-pin"),
                text_input("", &self.pin)
                    .id(PIN_INPUT)
                    .secure(true)
                    .on_input(Message::Pin)
                    .on_submit(Message::Submit)
                    .size(22)
                    .padding(10)
                    .into()
            ),
            field(
                ctx.tr("clerk-login-counter"),
                text_input("", &self.counter)
                    .on_input(Message::Counter)
                    .on_submit(Message::Submit)
                    .size(22)
                    .padding(10)
                    .into()
            ),
            field(ctx.tr("clerk-login-services"), services.into()),
        ]
        .spacing(18)
        .width(560);
        if let Some(error) = &self.error {
            form = form.push(ctx.body(ctx.render(error)).style(danger_text));
        }
        let label = if self.pending {
            ctx.tr("clerk-login-pending")
        } else {
            ctx.tr("clerk-login-submit")
        };
        form = form.push(
            button(
                text(label)
                    .size(24)
                    .font(ctx.bold())
                    .width(Length::Fill)
                    .center(),
            )
            .padding(14)
            .width(Length::Fill)
            .style(button_style(Emphasis::Primary))
            .on_press_maybe((!self.pending).then_some(Message::Submit)),
        );
        container(container(form).padding(36).style(card))
            .center(Length::Fill)
            .align_y(Alignment::Center)
            .into()
    }
}
