//! Reading a resident's My Number card at the desk (a walk-in, or a kiosk
//! record whose name was left to the clerk): the resident places the card
//! on the desk's reader and types its 4-digit PIN into the masked box; the
//! card's name, address, birth date and sex go into the record shown, where
//! the catalogue says ([`crate::domain::card_fill`]), as one audited edit.
//!
//! The card is read in [`perform`], off the UI thread, through the same
//! [`CardReader`] seam as the kiosk. Nothing from the card is kept here:
//! the desk sends it to the hub and forgets it.

use std::sync::Arc;
use std::time::Duration;

use iced::widget::{button, row, text, text_input};
use iced::{Alignment, Element, Length};

use super::notice::Notice;
use crate::card::{BasicFour, CardError, CardReader, Pin};
use crate::ui::effect::Effects;
use crate::ui::theme::{Emphasis, button_style};
use crate::ui::widgets::Ctx;

/// The PIN box (focused when the reading starts).
pub const PIN_INPUT: &str = "clerk-card-pin";

/// How long the desk waits for the card to be placed.
pub const CARD_WAIT: Duration = Duration::from_secs(20);

#[derive(Debug, Clone, Default, PartialEq)]
pub enum State {
    #[default]
    Idle,
    /// The PIN being typed.
    Pin(String),
    Reading,
}

#[derive(Debug, Clone)]
pub enum Message {
    Start,
    PinText(String),
    Read,
    Cancel,
    Done(Result<BasicFour, CardError>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Read(Pin),
}

/// What the card tells the desk.
#[derive(Debug)]
pub enum Event {
    Card(Effect),
    Focus(&'static str),
    Notice(Notice),
    /// The card's items, for the record shown.
    Read(BasicFour),
}

impl State {
    pub fn update(&mut self, message: Message) -> Effects<Event> {
        match message {
            Message::Start => {
                *self = State::Pin(String::new());
                Effects::one(Event::Focus(PIN_INPUT))
            }
            Message::PinText(text) => {
                if let State::Pin(pin) = self {
                    *pin = text.chars().filter(char::is_ascii_digit).take(4).collect();
                }
                Effects::none()
            }
            Message::Read => {
                let State::Pin(typed) = self else {
                    return Effects::none();
                };
                match Pin::parse(typed) {
                    Ok(pin) => {
                        *self = State::Reading;
                        Effects::one(Event::Card(Effect::Read(pin)))
                    }
                    Err(error) => Effects::one(Event::Notice(Notice::error(error.message()))),
                }
            }
            Message::Cancel => {
                *self = State::Idle;
                Effects::none()
            }
            Message::Done(Ok(four)) => {
                *self = State::Idle;
                Effects::one(Event::Read(four))
            }
            Message::Done(Err(error)) => {
                // A wrong PIN: the resident types it again (the message
                // says the tries left).
                *self = match error {
                    CardError::WrongPin { .. } => State::Pin(String::new()),
                    _ => State::Idle,
                };
                Effects::one(Event::Notice(Notice::error(error.message())))
            }
        }
    }

    /// The button, or the PIN box; `open`: a record that can still change.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, open: bool) -> Element<'a, Message> {
        let action = |label: String, message: Option<Message>, emphasis| {
            button(text(label).size(16).font(ctx.font()))
                .padding([10, 16])
                .style(button_style(emphasis))
                .on_press_maybe(message)
        };
        match self {
            State::Idle => action(
                ctx.tr("card-use"),
                open.then_some(Message::Start),
                Emphasis::Secondary,
            )
            .into(),
            State::Pin(pin) => row![
                text(ctx.tr("card-pin-heading")).size(16).font(ctx.font()),
                text_input("", pin)
                    .id(PIN_INPUT)
                    .secure(true)
                    .on_input(Message::PinText)
                    .on_submit(Message::Read)
                    .size(18)
                    .width(Length::Fixed(120.0)),
                action(
                    ctx.tr("card-pin-read"),
                    (pin.len() == 4).then_some(Message::Read),
                    Emphasis::Primary
                ),
                action(
                    ctx.tr("card-cancel"),
                    Some(Message::Cancel),
                    Emphasis::Secondary
                ),
            ]
            .spacing(10)
            .align_y(Alignment::Center)
            .into(),
            State::Reading => text(ctx.tr("card-reading"))
                .size(16)
                .font(ctx.font())
                .into(),
        }
    }
}

/// Reads the card placed on the desk's reader.
pub async fn perform(reader: Option<Arc<dyn CardReader>>, effect: Effect) -> Message {
    let Effect::Read(pin) = effect;
    let result = crate::ui::kiosk::off_thread(move || match reader {
        Some(reader) => reader.read(&pin, CARD_WAIT),
        None => Err(CardError::NoReader),
    })
    .await
    .unwrap_or(Err(CardError::NoReader));
    Message::Done(result)
}
