//! The small coloured badge beside a value that says where it came from:
//! the resident's QR, the kiosk, postal data, the My Number card, or a clerk.

use iced::widget::{container, text};
use iced::{Background, Border, Element, Theme};

use crate::model::Source;
use crate::ui::widgets::Ctx;

/// The badge of a value from `source`; `postal`, `card`: the kiosk filled
/// it from postal data, from the resident's My Number card.
pub fn source_badge<'a, M: 'a>(
    ctx: &Ctx<'_>,
    source: Source,
    postal: bool,
    card: bool,
) -> Element<'a, M> {
    let key = if card {
        Source::CARD_MESSAGE_KEY
    } else if postal {
        Source::POSTAL_MESSAGE_KEY
    } else {
        source.message_key()
    };
    container(text(ctx.tr(key)).size(13).font(ctx.font()))
        .padding([2, 8])
        .style(source_style(source))
        .into()
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
