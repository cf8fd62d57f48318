//! The staff-call panel: kiosks where a resident asked for a person, on top
//! of the queue so they are not missed, each with the resident's language,
//! how long they have waited and an Answer button. Answering is audited by
//! the hub; every console drops the call when the event stream says so.

use chrono::{DateTime, Utc};
use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Background, Border, Element, Length, Theme};

use super::language_name;
use super::notice::Notice;
use crate::i18n::Message as Text;
use crate::model::StaffCall;
use crate::sync::clerk::HubClient;
use crate::ui::effect::Effects;
use crate::ui::theme::{Emphasis, button_style};
use crate::ui::widgets::Ctx;

#[derive(Debug, Clone)]
pub enum Message {
    /// Take a kiosk's staff call (this clerk goes there).
    Answer(i64),
    // Answers from the hub.
    Loaded(Result<Vec<StaffCall>, Text>),
    Answered(Result<StaffCall, Text>),
}

/// Work for the hub ([`perform`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Load,
    Answer(i64),
}

/// What the panel tells the desk.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Hub(Effect),
    Notice(Notice),
}

#[derive(Debug, Default)]
pub struct State {
    /// Oldest first.
    calls: Vec<StaffCall>,
}

impl State {
    pub fn calls(&self) -> &[StaffCall] {
        &self.calls
    }

    pub fn update(&mut self, message: Message) -> Effects<Event> {
        match message {
            Message::Answer(id) => Effects::one(Event::Hub(Effect::Answer(id))),
            Message::Loaded(Ok(calls)) => {
                self.calls = calls;
                Effects::none()
            }
            Message::Loaded(Err(e)) => Effects::one(Event::Notice(Notice::error(e))),
            Message::Answered(result) => self.answered(result),
        }
    }

    /// The list again after an answer: another clerk may have been quicker.
    fn answered(&mut self, result: Result<StaffCall, Text>) -> Effects<Event> {
        let notice = match result {
            Ok(call) => {
                self.calls.retain(|c| c.id != call.id);
                Notice::info("clerk-staff-call-taken", vec![("kiosk", call.kiosk)])
            }
            Err(e) => Notice::error(e),
        };
        Effects::from(vec![Event::Notice(notice), Event::Hub(Effect::Load)])
    }

    /// Open staff calls; nothing when there are none.
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, now: DateTime<Utc>) -> Option<Element<'a, Message>> {
        if self.calls.is_empty() {
            return None;
        }
        let mut list = column![
            ctx.body(ctx.tr_args(
                "clerk-staff-calls-heading",
                &[("count", self.calls.len().into())]
            ))
            .font(ctx.bold())
        ]
        .spacing(6);
        for call in &self.calls {
            let minutes = (now - call.created_at).num_minutes().max(0);
            let mut who = column![
                text(call.kiosk.clone()).size(18).font(ctx.bold()),
                ctx.small(format!(
                    "{} ・ {}",
                    language_name(&call.lang),
                    ctx.tr_args("clerk-waited", &[("minutes", minutes.into())])
                ))
                .size(15),
            ]
            .spacing(2)
            .width(Length::Fill);
            // Why the kiosk itself called (its slip printer is out of paper).
            if let Some(note) = &call.note {
                who = who.push(ctx.small(note.clone()).size(15));
            }
            list = list.push(
                row![
                    who,
                    button(
                        text(ctx.tr("clerk-staff-call-answer"))
                            .size(16)
                            .font(ctx.font())
                    )
                    .style(button_style(Emphasis::Primary))
                    .on_press(Message::Answer(call.id)),
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            );
        }
        let panel = container(list)
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
            });
        Some(panel.into())
    }
}

/// Carries out a staff-call effect with the clerk's session.
pub async fn perform(session: HubClient, effect: Effect) -> Message {
    let m = super::clerk_error;
    match effect {
        Effect::Load => Message::Loaded(session.staff_calls().await.map_err(m)),
        Effect::Answer(id) => Message::Answered(session.answer_staff_call(id).await.map_err(m)),
    }
}
