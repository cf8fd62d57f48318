//! Ticket: the queue number, big, with the service, people ahead, the
//! estimated wait and a QR that opens the hub's status page on the phone.
//! The kiosk returns to welcome by itself after a configured time. When the
//! slip printer could not print the slip, the ticket says so and asks the
//! resident to photograph the number.

use std::time::{Duration, Instant};

use iced::font::Weight;
use iced::widget::{column, container, qr_code, row, text};
use iced::{Alignment, Color, Element, Font, Length};

use super::service::ServiceInfo;
use crate::i18n::Message as Text;
use crate::model::Ticket;
use crate::ui::fonts;
use crate::ui::theme::{Emphasis, card, danger_text};
use crate::ui::widgets::{Ctx, touch_button};

#[derive(Debug)]
pub struct State {
    pub ticket: Ticket,
    /// The service's name for the resident.
    pub service: ServiceInfo,
    /// The hub's phone status page (shown as a QR), when there is a hub.
    pub status_url: Option<String>,
    /// `None` when the URL cannot be encoded (too long): the ticket still shows.
    qr: Option<qr_code::Data>,
    pub shown_at: Instant,
    /// Why no slip came out (the printer's fault), when it did not.
    pub slip_problem: Option<Text>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Done,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Finished,
}

impl State {
    pub fn new(
        ticket: Ticket,
        service: ServiceInfo,
        status_url: Option<String>,
        now: Instant,
    ) -> Self {
        let qr = status_url
            .as_ref()
            .and_then(|url| match qr_code::Data::new(url.as_bytes()) {
                Ok(data) => Some(data),
                Err(error) => {
                    tracing::warn!(%error, "status URL does not fit a QR code");
                    None
                }
            });
        State {
            ticket,
            service,
            status_url,
            qr,
            shown_at: now,
            slip_problem: None,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Done => Action::Finished,
        }
    }

    /// Whether the ticket has been on screen for `linger`.
    pub fn expired(&self, now: Instant, linger: Duration) -> bool {
        now.saturating_duration_since(self.shown_at) >= linger
    }

    /// Beside the Done button: why no slip came out (the resident's cue to
    /// photograph the number), then when the kiosk returns to welcome.
    fn footnote<'a>(&self, ctx: &Ctx<'_>, seconds: u64) -> Element<'a, Message> {
        let returning =
            ctx.small(ctx.tr_args("kiosk-ticket-returning", &[("seconds", seconds.into())]));
        let mut note = column![].spacing(4).width(Length::Fill);
        if let Some(problem) = &self.slip_problem {
            note = note.push(ctx.small(ctx.render(problem)).style(danger_text));
        }
        note.push(returning).into()
    }

    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, remaining: Duration) -> Element<'a, Message> {
        let ticket = &self.ticket;
        // Position 1 is next; an offline number (position 0) knows of nobody ahead.
        let people_ahead = ticket.position.saturating_sub(1);
        let details = column![
            ctx.body(ctx.render(&self.service.name)),
            ctx.body(ctx.tr_args("kiosk-ticket-ahead", &[("count", people_ahead.into())])),
            ctx.body(ctx.tr_args(
                "kiosk-ticket-wait",
                &[("minutes", ticket.estimated_wait_minutes.into())]
            )),
        ]
        .spacing(ctx.sizes.spacing * 0.5);

        // Numbers are Latin ("A-004"): the Devanagari bold face has only
        // the digits of them, and the fallback drew the letter as a box.
        let number_font = if ticket.number.is_ascii() {
            Font {
                weight: Weight::Bold,
                ..Font::with_name(fonts::LATIN)
            }
        } else {
            ctx.bold()
        };
        let number = column![
            ctx.small(ctx.tr("kiosk-ticket-heading")),
            // Digits need no room for ascenders or descenders: a tight line
            // keeps the Done button on screen at large text.
            text(ticket.number.clone())
                .size(ctx.sizes.huge)
                .line_height(1.0)
                .font(number_font),
            details,
        ]
        .spacing(ctx.sizes.spacing * 0.5)
        .width(Length::Fill);

        let mut qr_column = column![]
            .spacing(ctx.sizes.spacing * 0.5)
            .align_x(Alignment::Center);
        if let Some(qr) = &self.qr {
            qr_column = qr_column
                .push(
                    // Dark on light with a quiet zone in every theme: inverted
                    // codes defeat some phone cameras.
                    container(qr_code(qr).total_size(240).style(|_| qr_code::Style {
                        cell: Color::BLACK,
                        background: Color::WHITE,
                    }))
                    .padding(16)
                    .style(|_| container::background(Color::WHITE)),
                )
                .push(
                    ctx.small(ctx.tr("kiosk-ticket-qr-hint"))
                        .center()
                        .width(300),
                );
        }

        let seconds = remaining.as_secs_f32().ceil() as u64;
        column![
            container(
                row![number, qr_column]
                    .spacing(ctx.sizes.spacing * 2.0)
                    .align_y(Alignment::Center)
            )
            .padding([24, 32])
            .style(card),
            // Side by side: one row less under the card.
            row![
                self.footnote(ctx, seconds),
                touch_button(
                    ctx,
                    ctx.tr("kiosk-ticket-done"),
                    Emphasis::Primary,
                    Some(Message::Done),
                    420
                ),
            ]
            .spacing(ctx.sizes.spacing)
            .align_y(Alignment::Center),
        ]
        .spacing(ctx.sizes.spacing)
        .align_x(Alignment::Center)
        .padding([8, 48])
        .into()
    }
}
