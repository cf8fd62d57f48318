//! The kiosk's look: a calm normal palette, a high-contrast palette, and
//! text sizes for normal and large-text mode.
//!
//! Residents switch both modes themselves; the choice belongs to the resident
//! and is wiped with the rest of their session. Sizes follow the kiosk issue:
//! touch targets of at least 64 px and body text of at least 24 px.

use std::sync::LazyLock;

use iced::theme::Palette;
use iced::widget::{button, container};
use iced::{Background, Border, Color, Theme, color};

/// Which of the resident-selectable display modes are on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub high_contrast: bool,
    pub large_text: bool,
}

const NORMAL: Palette = Palette {
    background: color!(0xF6F4EF),
    text: color!(0x1A1A1A),
    primary: color!(0x1B4F9C),
    success: color!(0x1E7A46),
    warning: color!(0x9A5B00),
    danger: color!(0xB3261E),
};

const HIGH_CONTRAST: Palette = Palette {
    background: Color::BLACK,
    text: Color::WHITE,
    primary: color!(0xFFD400),
    success: color!(0x7CFC9A),
    warning: color!(0xFFB300),
    danger: color!(0xFF8A80),
};

static NORMAL_THEME: LazyLock<Theme> = LazyLock::new(|| Theme::custom("Madoguchi", NORMAL));
static HIGH_CONTRAST_THEME: LazyLock<Theme> =
    LazyLock::new(|| Theme::custom("Madoguchi high contrast", HIGH_CONTRAST));

impl Look {
    pub fn theme(&self) -> Theme {
        if self.high_contrast {
            HIGH_CONTRAST_THEME.clone()
        } else {
            NORMAL_THEME.clone()
        }
    }

    pub fn sizes(&self) -> Sizes {
        if self.large_text {
            Sizes::LARGE
        } else {
            Sizes::NORMAL
        }
    }
}

/// Text and target sizes in logical pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    /// Hints under a choice; never below 24.
    pub small: f32,
    pub body: f32,
    pub button: f32,
    pub heading: f32,
    /// The queue number on the ticket.
    pub huge: f32,
    /// Minimum height of anything a resident taps.
    pub touch: f32,
    pub spacing: f32,
    /// Labels of the kiosk's top bar: smaller than other buttons so the
    /// bar stays one row in every language (labels may take two lines).
    pub bar: f32,
}

impl Sizes {
    /// Height of a top-bar button: two lines of [`Sizes::bar`] text (the
    /// default line height is 1.3) and padding, never below a touch target.
    pub fn bar_height(&self) -> f32 {
        (self.bar * 1.3 * 2.0 + 2.0 * BAR_PADDING).max(self.touch)
    }

    pub const NORMAL: Sizes = Sizes {
        small: 24.0,
        body: 28.0,
        button: 30.0,
        heading: 44.0,
        huge: 160.0,
        touch: 72.0,
        spacing: 20.0,
        bar: 24.0,
    };
    pub const LARGE: Sizes = Sizes {
        small: 32.0,
        body: 38.0,
        button: 40.0,
        heading: 56.0,
        huge: 200.0,
        touch: 96.0,
        spacing: 24.0,
        bar: 30.0,
    };
}

/// Vertical padding inside a top-bar button.
pub const BAR_PADDING: f32 = 6.0;

/// How prominent a button is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    /// The one thing to do next.
    Primary,
    /// Alternatives and navigation.
    Secondary,
    /// Currently selected (a chosen language, a mode that is on).
    Selected,
}

/// Rounded, bordered buttons; in high contrast every button gets a thick
/// outline so its edge is visible without relying on colour.
pub fn button_style(emphasis: Emphasis) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let palette = theme.extended_palette();
        let strong_edges = palette.is_dark;
        let (background, text) = match emphasis {
            Emphasis::Primary => (palette.primary.base.color, palette.primary.base.text),
            Emphasis::Selected => (palette.primary.weak.color, palette.primary.weak.text),
            Emphasis::Secondary => (palette.background.base.color, palette.background.base.text),
        };
        let background = match status {
            button::Status::Pressed => iced::theme::palette::deviate(background, 0.15),
            button::Status::Hovered => iced::theme::palette::deviate(background, 0.05),
            _ => background,
        };
        let border_color = match emphasis {
            _ if strong_edges => palette.background.base.text,
            Emphasis::Primary => background,
            _ => palette.primary.base.color,
        };
        let disabled = status == button::Status::Disabled;
        button::Style {
            background: Some(Background::Color(if disabled {
                palette.background.weak.color
            } else {
                background
            })),
            text_color: if disabled {
                palette.background.strong.color
            } else {
                text
            },
            border: Border {
                color: border_color,
                width: match emphasis {
                    Emphasis::Selected => 4.0,
                    _ if strong_edges => 3.0,
                    _ => 2.0,
                },
                radius: 14.0.into(),
            },
            ..button::Style::default()
        }
    }
}

/// [`button_style`] with, when `focused`, the keypad's focus ring: a thick
/// border in a colour that is none of the buttons' own (orange on the light
/// palette, cyan on the dark one), so the focus shows on the control itself
/// whatever its emphasis. Inside the button's bounds: a glow outside them
/// would be left behind on screen when the focus moves on.
pub fn focusable_button_style(
    emphasis: Emphasis,
    focused: bool,
) -> impl Fn(&Theme, button::Status) -> button::Style {
    let base = button_style(emphasis);
    move |theme, status| {
        let style = base(theme, status);
        if !focused {
            return style;
        }
        button::Style {
            border: focus_border(theme, style.border.radius),
            ..style
        }
    }
}

/// The colour of the keypad's focus ring.
fn focus_colour(theme: &Theme) -> Color {
    if theme.extended_palette().is_dark {
        color!(0x00E5FF)
    } else {
        color!(0xC2410C)
    }
}

fn focus_border(theme: &Theme, radius: iced::border::Radius) -> Border {
    Border {
        color: focus_colour(theme),
        width: 6.0,
        radius,
    }
}

/// [`card`] with the keypad's focus ring (a text field in focus).
pub fn focused_card(theme: &Theme) -> container::Style {
    let style = card(theme);
    container::Style {
        border: focus_border(theme, style.border.radius),
        ..style
    }
}

/// A panel that stands out from the background (ticket card, banners).
pub fn card(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(Background::Color(if palette.is_dark {
            Color::BLACK
        } else {
            Color::WHITE
        })),
        border: Border {
            color: palette.background.strong.color,
            width: if palette.is_dark { 3.0 } else { 1.0 },
            radius: 18.0.into(),
        },
        text_color: Some(palette.background.base.text),
        ..container::Style::default()
    }
}

/// The idle-timeout banner: impossible to miss in either palette.
pub fn warning_banner(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style {
        background: Some(Background::Color(palette.warning.strong.color)),
        text_color: Some(palette.warning.strong.text),
        border: Border {
            color: palette.background.base.text,
            width: 2.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// Error text colour with enough contrast on the background.
pub fn danger_text(theme: &Theme) -> iced::widget::text::Style {
    iced::widget::text::Style {
        color: Some(theme.palette().danger),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_meet_the_touch_and_text_minimums() {
        for sizes in [Sizes::NORMAL, Sizes::LARGE] {
            assert!(sizes.touch >= 64.0 && sizes.small >= 24.0 && sizes.bar >= 24.0);
            assert!(sizes.bar_height() >= sizes.touch);
        }
        const { assert!(Sizes::LARGE.body > Sizes::NORMAL.body) };
    }

    #[test]
    fn high_contrast_is_a_dark_theme() {
        let look = Look {
            high_contrast: true,
            large_text: false,
        };
        assert!(look.theme().extended_palette().is_dark);
        assert!(!Look::default().theme().extended_palette().is_dark);
    }
}
