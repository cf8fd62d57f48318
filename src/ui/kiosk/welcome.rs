//! Welcome: the attract screen. Language buttons, each in its own script and
//! font, and one big start target.

use iced::widget::{column, container, row, text};
use iced::{Alignment, Element, Length, Padding};

use crate::i18n::Lang;
use crate::ui::fonts;
use crate::ui::theme::Emphasis;
use crate::ui::widgets::{Ctx, labelled_button};

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Language(Lang),
    Start,
}

/// What the kiosk should do after a welcome-screen message.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    SetLanguage(Lang),
    Start,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Language(lang) => Action::SetLanguage(lang),
        Message::Start => Action::Start,
    }
}

pub fn view<'a>(ctx: &Ctx<'_>, languages: &[Lang]) -> Element<'a, Message> {
    let start = labelled_button(
        ctx,
        text(ctx.tr("kiosk-welcome-start"))
            .size(ctx.sizes.heading)
            .font(ctx.bold()),
        Emphasis::Primary,
        Some(Message::Start),
        Length::Fill,
    )
    .padding([12.0, 48.0]);

    let content = column![
        ctx.heading(ctx.tr("kiosk-welcome-heading")),
        ctx.body(ctx.tr("kiosk-welcome-attract")),
        container(start).max_width(720),
        ctx.body(ctx.tr("kiosk-welcome-choose-language")),
        language_grid(ctx, languages, Message::Language),
    ]
    .spacing(ctx.sizes.spacing)
    .align_x(Alignment::Center)
    .max_width(1200);

    container(content)
        .center_x(Length::Fill)
        .padding([0, 32])
        .into()
}

/// Every offered language as a button labelled in its own script.
pub fn language_grid<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    languages: &[Lang],
    on_pick: impl Fn(Lang) -> M,
) -> Element<'a, M> {
    const PER_ROW: usize = 4;
    let rows = languages.chunks(PER_ROW).map(|chunk| {
        let mut buttons: Vec<Element<'a, M>> = chunk
            .iter()
            .map(|&lang| {
                let emphasis = if lang == ctx.lang {
                    Emphasis::Selected
                } else {
                    Emphasis::Secondary
                };
                let font = fonts::font_for(lang);
                // Grows with its name (a long one takes two lines at large
                // text) from a touch target up, never clipping it.
                labelled_button(
                    ctx,
                    container(
                        text(lang.native_name())
                            .size(ctx.sizes.button)
                            .font(font)
                            .center(),
                    )
                    .padding(Padding::ZERO.top(2.0 * fonts::optical_drop(font) * ctx.sizes.button)),
                    emphasis,
                    Some(on_pick(lang)),
                    Length::Fill,
                )
                .into()
            })
            .collect();
        // Keep the columns aligned on a short last row.
        while buttons.len() < PER_ROW {
            buttons.push(iced::widget::space().width(Length::Fill).into());
        }
        row(buttons)
            .spacing(ctx.sizes.spacing * 0.6)
            .align_y(Alignment::Center)
            .into()
    });
    column(rows).spacing(ctx.sizes.spacing * 0.6).into()
}
