//! Building blocks shared by the screens: text in the resident's language
//! and font, big touch buttons, and a numeric keypad.

use std::any::Any;

use iced::widget::{Button, Container, Text, button, column, container, row, space, text};
use iced::{Alignment, Element, Font, Length, Padding};

use crate::i18n::{Arg, I18n, Lang, Message};
use crate::ui::fonts;
use crate::ui::theme::{BAR_PADDING, Emphasis, Sizes, focusable_button_style};

/// The widget id of a container inside the control the keypad's focus is
/// on, so the kiosk can scroll that control into view.
pub const FOCUSED_ID: &str = "keypad-focused";

/// What every view needs to draw text for the current resident.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    pub i18n: &'a I18n,
    pub lang: Lang,
    pub sizes: Sizes,
    /// The message of the control the kiosk's keypad focus is on: the
    /// button that sends it draws the focus ring.
    pub focus: Option<&'a dyn Any>,
}

impl<'a> Ctx<'a> {
    pub fn new(i18n: &'a I18n, lang: Lang, sizes: Sizes) -> Self {
        Ctx {
            i18n,
            lang,
            sizes,
            focus: None,
        }
    }

    /// The same, with the keypad's focus on the control that sends `focus`.
    pub fn with_focus(self, focus: Option<&'a dyn Any>) -> Self {
        Ctx { focus, ..self }
    }

    /// Whether the keypad's focus is on the control that sends `message`.
    pub fn is_focused<M: PartialEq + 'static>(&self, message: &M) -> bool {
        self.focus
            .and_then(|focus| focus.downcast_ref::<M>())
            .is_some_and(|focused| focused == message)
    }

    /// `content` in a container that carries [`FOCUSED_ID`] when the
    /// control it is in is `focused`.
    pub fn focus_anchor<'b, M: 'b>(
        &self,
        focused: bool,
        content: impl Into<Element<'b, M>>,
    ) -> Container<'b, M> {
        let anchor = container(content);
        if focused {
            anchor.id(FOCUSED_ID)
        } else {
            anchor
        }
    }

    /// The style of a button that sends `message`.
    pub fn button_style<M: PartialEq + 'static>(
        &self,
        emphasis: Emphasis,
        message: Option<&M>,
    ) -> impl Fn(&iced::Theme, iced::widget::button::Status) -> iced::widget::button::Style + use<M>
    {
        focusable_button_style(emphasis, message.is_some_and(|m| self.is_focused(m)))
    }

    pub fn tr(&self, key: &str) -> String {
        self.i18n.tr(&self.lang, key)
    }

    pub fn tr_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.i18n.tr_args(&self.lang, key, args)
    }

    pub fn render(&self, message: &Message) -> String {
        self.i18n.render(&self.lang, message)
    }

    pub fn font(&self) -> Font {
        fonts::font_for(self.lang)
    }

    pub fn bold(&self) -> Font {
        fonts::bold_for(self.lang)
    }

    /// The font for a label that may mix scripts ("Language / 言語"): a
    /// Latin face would draw the Han part with a fallback of other line
    /// metrics, setting the label off the baseline of its neighbours, so
    /// such labels use the Japanese face, which covers Latin too.
    pub fn font_for_label(&self, label: &str) -> Font {
        let font = self.font();
        if font == Font::with_name(fonts::LATIN) && label.chars().any(|c| c >= '\u{2E80}') {
            Font::with_name(fonts::JAPANESE)
        } else {
            font
        }
    }

    pub fn heading<'b>(&self, content: String) -> Text<'b> {
        text(content).size(self.sizes.heading).font(self.bold())
    }

    pub fn body<'b>(&self, content: String) -> Text<'b> {
        text(content).size(self.sizes.body).font(self.font())
    }

    pub fn small<'b>(&self, content: String) -> Text<'b> {
        text(content).size(self.sizes.small).font(self.font())
    }
}

/// A button at least `sizes.touch` high whose label is one line of text.
pub fn touch_button<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    label: String,
    emphasis: Emphasis,
    on_press: Option<M>,
    width: impl Into<Length>,
) -> Button<'a, M> {
    labelled_button(
        ctx,
        text(label).size(ctx.sizes.button).font(ctx.font()),
        emphasis,
        on_press,
        width,
    )
}

/// A button of the kiosk's top bar: it takes its share of the bar's width
/// (`Fill`) and a fixed height of two lines ([`Sizes::bar_height`]), so a
/// long label wraps inside it instead of squeezing its neighbours or
/// growing the bar.
pub fn bar_button<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    label: String,
    emphasis: Emphasis,
    on_press: M,
) -> Button<'a, M> {
    let font = ctx.font_for_label(&label);
    // A label with Latin letters ("भाषा / Language") is partly drawn by the
    // fallback face, whose line metrics already set it level.
    let drop = if label.chars().any(|c| c.is_ascii_alphabetic()) {
        0.0
    } else {
        2.0 * fonts::optical_drop(font) * ctx.sizes.bar
    };
    let focused = ctx.is_focused(&on_press);
    button(
        ctx.focus_anchor(
            focused,
            text(label)
                .size(ctx.sizes.bar)
                .font(font)
                .center()
                .width(Length::Fill)
                .height(Length::Fill),
        )
        .padding(Padding::ZERO.top(drop)),
    )
    .padding([BAR_PADDING, 12.0])
    .width(Length::Fill)
    .height(ctx.sizes.bar_height())
    .style(ctx.button_style(emphasis, Some(&on_press)))
    .on_press(on_press)
}

/// A touch button around any content, with the minimum height enforced by
/// a strut so large text grows the button instead of clipping. With a
/// `width` other than `Shrink` the content is centred in it.
pub fn labelled_button<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    content: impl Into<Element<'a, M>>,
    emphasis: Emphasis,
    on_press: Option<M>,
    width: impl Into<Length>,
) -> Button<'a, M> {
    let width = width.into();
    let content = row![space().height(ctx.sizes.touch), content.into()].align_y(Alignment::Center);
    let inner = if width == Length::Shrink {
        Length::Shrink
    } else {
        Length::Fill
    };
    let focused = on_press.as_ref().is_some_and(|m| ctx.is_focused(m));
    button(ctx.focus_anchor(focused, content).center_x(inner))
        .padding([8.0, 20.0])
        .width(width)
        .style(ctx.button_style(emphasis, on_press.as_ref()))
        .on_press_maybe(on_press)
}

/// A large choice: a bold title and a hint line under it.
pub fn choice_button<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    title: String,
    hint: String,
    emphasis: Emphasis,
    on_press: M,
) -> Button<'a, M> {
    let label = column![
        text(title).size(ctx.sizes.button).font(ctx.bold()),
        text(hint).size(ctx.sizes.small).font(ctx.font()),
    ]
    .spacing(6)
    .align_x(Alignment::Center);
    labelled_button(ctx, label, emphasis, Some(on_press), Length::Fill).padding([16.0, 24.0])
}

/// A key of the [`keypad`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Digit(u8),
    Backspace,
    Clear,
}

/// The keys of the [`keypad`] in the order drawn, row by row.
pub fn keypad_keys(clear: String, backspace: String) -> Vec<(String, Key)> {
    let mut keys: Vec<(String, Key)> = (1..=9).map(|d| (d.to_string(), Key::Digit(d))).collect();
    keys.push((clear, Key::Clear));
    keys.push(("0".into(), Key::Digit(0)));
    keys.push((backspace, Key::Backspace));
    keys
}

/// A phone-style 3×4 keypad. `clear` and `backspace` are translated labels.
pub fn keypad<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    clear: String,
    backspace: String,
    on_key: impl Fn(Key) -> M,
) -> Element<'a, M> {
    let side = ctx.sizes.touch * 1.35;
    let key = |(label, key): (String, Key)| -> Element<'a, M> {
        let size = if matches!(key, Key::Digit(_)) {
            ctx.sizes.heading
        } else {
            ctx.sizes.small
        };
        let label = text(label)
            .size(size)
            .font(ctx.font())
            .center()
            .width(Length::Fill);
        let focused = ctx.is_focused(&on_key(key));
        button(ctx.focus_anchor(focused, label).width(Length::Fill))
            .width(side * 1.3)
            .height(side)
            .style(ctx.button_style(Emphasis::Secondary, Some(&on_key(key))))
            .on_press(on_key(key))
            .into()
    };
    let mut rows = column![].spacing(ctx.sizes.spacing * 0.6);
    let keys = keypad_keys(clear, backspace);
    for three in keys.chunks(3) {
        rows = rows.push(row(three.iter().cloned().map(key)).spacing(ctx.sizes.spacing * 0.6));
    }
    rows.into()
}
