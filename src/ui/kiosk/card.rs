//! "マイナンバーカードで入力": the resident places their card, types its
//! 4-digit PIN (masked), and the card's name, address, birth date and sex
//! fill the forms (see [`crate::domain::card_fill`]).
//!
//! Before the PIN pad the kiosk asks the card how many tries are left: with
//! one left (or none) it does not ask at all and sends the resident to the
//! counter, where staff can help before a wrong PIN blocks the card (a
//! blocked card costs them a trip to have it reset). A wrong PIN says how
//! many tries are left.
//!
//! The card is read in the kiosk's effects ([`super::Effect::CardTries`],
//! [`super::Effect::CardRead`]), off the UI thread; this screen only draws
//! the steps. The screen it was opened from waits in [`State::back`].

use iced::widget::{Column, column, container, row};
use iced::{Alignment, Element, Length};

use crate::card::{CardError, Pin};
use crate::i18n::Message as Text;
use crate::ui::keypads::readout;
use crate::ui::theme::{Emphasis, card, danger_text};
use crate::ui::widgets::{Ctx, Key, keypad, touch_button};

use super::Screen;

/// Tries left at which the kiosk no longer asks for the PIN.
pub const LAST_TRY: u8 = 1;

#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Waiting for the card and its tries left.
    Place,
    /// The PIN pad.
    Pin { tries_left: u8 },
    /// The PIN was sent; reading.
    Reading,
    /// One try left, or none: go to the counter.
    Counter { blocked: bool },
    /// The card could not be read (no card, not a My Number card, …).
    Failed(Text),
}

#[derive(Debug)]
pub struct State {
    pub phase: Phase,
    /// The digits typed so far (shown as ●).
    pub pin: String,
    /// A wrong PIN's message, above the pad.
    pub error: Option<Text>,
    /// The make or review screen to return to.
    pub back: Box<Screen>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Digit(Key),
    Read,
    Retry,
    Cancel,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    /// Ask the card for its tries left.
    CheckCard,
    /// Verify the PIN and read the card.
    Read(Pin),
    /// Back to the screen it was opened from, nothing filled.
    Cancel,
}

impl State {
    pub fn new(back: Screen) -> Self {
        State {
            phase: Phase::Place,
            pin: String::new(),
            error: None,
            back: Box::new(back),
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Digit(key) => {
                match key {
                    Key::Digit(d) if self.pin.len() < 4 => {
                        self.pin.push(char::from(b'0' + d.min(9)))
                    }
                    Key::Digit(_) => {}
                    Key::Backspace => {
                        self.pin.pop();
                    }
                    Key::Clear => self.pin.clear(),
                }
                Action::None
            }
            Message::Read => match (&self.phase, Pin::parse(&self.pin)) {
                (Phase::Pin { .. }, Ok(pin)) => {
                    self.phase = Phase::Reading;
                    self.pin.clear();
                    self.error = None;
                    Action::Read(pin)
                }
                _ => Action::None,
            },
            Message::Retry => {
                self.phase = Phase::Place;
                self.error = None;
                Action::CheckCard
            }
            Message::Cancel => Action::Cancel,
        }
    }

    /// The card's tries left, or why it could not be asked.
    pub fn tries(&mut self, result: Result<u8, CardError>) {
        self.phase = match result {
            Ok(tries) if tries <= LAST_TRY => Phase::Counter {
                blocked: tries == 0,
            },
            Ok(tries) => Phase::Pin { tries_left: tries },
            Err(error) => failed(error),
        };
    }

    /// A read that failed (a success leaves this screen).
    pub fn read_failed(&mut self, error: CardError) {
        self.phase = match error {
            CardError::WrongPin { tries_left } if tries_left > LAST_TRY => {
                self.error = Some(error.message());
                Phase::Pin { tries_left }
            }
            CardError::WrongPin { .. } => Phase::Counter { blocked: false },
            error => failed(error),
        };
    }

    pub fn view<'a>(&self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let cancel = touch_button(
            ctx,
            ctx.tr("card-cancel"),
            Emphasis::Secondary,
            Some(Message::Cancel),
            Length::Fill,
        );
        let content: Column<'a, Message> = match &self.phase {
            Phase::Place => column![
                ctx.heading(ctx.tr("card-place-heading")),
                ctx.body(ctx.tr("card-place-body")),
                cancel,
            ],
            Phase::Pin { tries_left } => {
                // A wrong PIN's message says the tries left itself.
                let status = match &self.error {
                    Some(error) => ctx.body(ctx.render(error)).style(danger_text),
                    None => {
                        ctx.small(ctx.tr_args("card-pin-tries", &[("tries", (*tries_left).into())]))
                    }
                };
                let ready = (self.pin.len() == 4).then_some(Message::Read);
                let read = touch_button(
                    ctx,
                    ctx.tr("card-pin-read"),
                    Emphasis::Primary,
                    ready,
                    Length::Fill,
                );
                // The typed PIN and the buttons beside the pad: the whole
                // pad fits the screen.
                let side = column![
                    readout(ctx, "●".repeat(self.pin.len()), false),
                    read,
                    cancel
                ]
                .spacing(ctx.sizes.spacing)
                .width(Length::Fill);
                column![
                    ctx.heading(ctx.tr("card-pin-heading")),
                    status,
                    row![
                        keypad(
                            ctx,
                            ctx.tr("make-clear"),
                            ctx.tr("make-backspace"),
                            Message::Digit
                        ),
                        side,
                    ]
                    .spacing(ctx.sizes.spacing)
                    .align_y(Alignment::Center),
                ]
            }
            Phase::Reading => column![ctx.heading(ctx.tr("card-reading"))],
            Phase::Counter { blocked } => column![
                ctx.heading(ctx.tr("card-counter-heading")),
                ctx.body(ctx.tr(if *blocked {
                    "card-counter-blocked"
                } else {
                    "card-counter-last-try"
                })),
                cancel,
            ],
            Phase::Failed(reason) => column![
                ctx.heading(ctx.tr("card-failed-heading")),
                ctx.body(ctx.render(reason)).style(danger_text),
                row![
                    cancel,
                    touch_button(
                        ctx,
                        ctx.tr("card-retry"),
                        Emphasis::Primary,
                        Some(Message::Retry),
                        Length::Fill
                    ),
                ]
                .spacing(ctx.sizes.spacing),
            ],
        };
        container(
            content
                .spacing(ctx.sizes.spacing * 0.5)
                .align_x(Alignment::Center)
                .max_width(900),
        )
        .center_x(Length::Fill)
        .padding(16)
        .style(card)
        .into()
    }
}

fn failed(error: CardError) -> Phase {
    match error {
        CardError::PinBlocked => Phase::Counter { blocked: true },
        error => Phase::Failed(error.message()),
    }
}

/// The button that opens this screen, for the make and review screens.
pub fn use_card_button<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    on_press: M,
    width: Length,
) -> Element<'a, M> {
    touch_button(
        ctx,
        ctx.tr("card-use"),
        Emphasis::Secondary,
        Some(on_press),
        width,
    )
    .into()
}
