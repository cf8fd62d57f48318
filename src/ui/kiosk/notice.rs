//! Notice: a heading and a sentence for the resident, then back to welcome
//! (staff called, a feature this kiosk does not offer, the hub unreachable).

use std::time::Instant;

use iced::widget::{column, container};
use iced::{Alignment, Element, Length};

use crate::i18n::Message as Text;
use crate::ui::theme::{Emphasis, card};
use crate::ui::widgets::{Ctx, touch_button};

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub heading: Text,
    pub body: Text,
    pub shown_at: Instant,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Ok,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Finished,
}

impl State {
    pub fn new(heading: Text, body: Text, now: Instant) -> Self {
        State {
            heading,
            body,
            shown_at: now,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Ok => Action::Finished,
        }
    }

    pub fn view<'a>(&self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let card_content = column![
            ctx.heading(ctx.render(&self.heading)),
            ctx.body(ctx.render(&self.body))
        ]
        .spacing(ctx.sizes.spacing)
        .align_x(Alignment::Center);
        column![
            container(card_content)
                .padding(40)
                .style(card)
                .max_width(900),
            touch_button(
                ctx,
                ctx.tr("kiosk-notice-ok"),
                Emphasis::Primary,
                Some(Message::Ok),
                480
            ),
        ]
        .spacing(ctx.sizes.spacing * 1.5)
        .align_x(Alignment::Center)
        .width(Length::Fill)
        .padding(32)
        .into()
    }
}
