//! What the kiosk draws: the top bar, the screen of the moment (or the
//! facilities panel), the idle countdown and the hidden corner.

use std::time::Duration;

use iced::advanced::widget::Id;
use iced::advanced::widget::operation::{Operation, Outcome, Scrollable};
use iced::widget::scrollable::AbsoluteOffset;
use iced::widget::{column, container, mouse_area, opaque, row, scrollable, space, stack};
use iced::{Alignment, Element, Length, Rectangle, Task, Vector};

use super::{CORNER_ID, CORNER_SIZE, COUNTDOWN, Kiosk, Message, Screen, device, welcome};
use crate::i18n::Lang;
use crate::ui::theme::{Emphasis, Look, warning_banner};
use crate::ui::widgets::{Ctx, FOCUSED_ID, bar_button, touch_button};

/// The kiosk's own controls around the screens (the top bar, the language
/// picker, the idle banner), as a message a button can be compared by: the
/// keypad's focus ring finds its button that way.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Chrome {
    Home,
    OpenLanguages,
    Language(Lang),
    ReadAloud,
    ToggleLargeText,
    ToggleHighContrast,
    StillHere,
}

impl From<Chrome> for Message {
    fn from(chrome: Chrome) -> Message {
        match chrome {
            Chrome::Home => Message::Home,
            Chrome::OpenLanguages => Message::OpenLanguages,
            Chrome::Language(lang) => Message::Language(lang),
            Chrome::ReadAloud => Message::ReadAloud,
            Chrome::ToggleLargeText => Message::ToggleLargeText,
            Chrome::ToggleHighContrast => Message::ToggleHighContrast,
            Chrome::StillHere => Message::StillHere,
        }
    }
}

/// The top bar's buttons on every screen, after home and language: 読み上げ
/// and the display modes (each labelled with what it turns it to, selected
/// while on), as (label key, emphasis, control).
pub(super) fn bar_end(look: Look) -> [(&'static str, Emphasis, Chrome); 3] {
    let (large_key, large_emphasis) = if look.large_text {
        ("kiosk-bar-normal-text", Emphasis::Selected)
    } else {
        ("kiosk-bar-large-text", Emphasis::Secondary)
    };
    let (contrast_key, contrast_emphasis) = if look.high_contrast {
        ("kiosk-bar-normal-contrast", Emphasis::Selected)
    } else {
        ("kiosk-bar-high-contrast", Emphasis::Secondary)
    };
    [
        ("speech-read-aloud", Emphasis::Secondary, Chrome::ReadAloud),
        (large_key, large_emphasis, Chrome::ToggleLargeText),
        (contrast_key, contrast_emphasis, Chrome::ToggleHighContrast),
    ]
}

impl Message {
    /// What the button that sends this message is compared by for the
    /// focus ring (see [`Ctx::is_focused`]): a screen's own message, or the
    /// kiosk's [`Chrome`].
    fn focus_target(&self) -> Option<Box<dyn std::any::Any>> {
        Some(match self {
            Message::Welcome(m) => Box::new(m.clone()),
            Message::Choose(m) => Box::new(m.clone()),
            Message::Make(m) => Box::new(m.clone()),
            Message::Scan(m) => Box::new(m.clone()),
            Message::Review(m) => Box::new(m.clone()),
            Message::Ticket(m) => Box::new(m.clone()),
            Message::Notice(m) => Box::new(m.clone()),
            Message::Card(m) => Box::new(m.clone()),
            Message::Home => Box::new(Chrome::Home),
            Message::OpenLanguages => Box::new(Chrome::OpenLanguages),
            Message::Language(lang) => Box::new(Chrome::Language(*lang)),
            Message::ReadAloud => Box::new(Chrome::ReadAloud),
            Message::ToggleLargeText => Box::new(Chrome::ToggleLargeText),
            Message::ToggleHighContrast => Box::new(Chrome::ToggleHighContrast),
            Message::StillHere => Box::new(Chrome::StillHere),
            _ => return None,
        })
    }
}

impl Kiosk {
    /// What the views draw with: the resident's language and sizes.
    pub(super) fn ctx(&self) -> Ctx<'_> {
        Ctx::new(&self.i18n, self.resident.lang, self.resident.look.sizes())
    }

    pub fn view(&self) -> Element<'_, Message> {
        let focus = self.focused_control().and_then(|(_, m)| m.focus_target());
        let ctx = self.ctx().with_focus(focus.as_deref());
        let panel = self.device.view(
            &ctx,
            self.now,
            &self.catalog,
            &self.settings,
            self.service.sync_status(),
        );
        let body: Element<'_, Message> = if let Some(panel) = panel {
            panel.map(Message::Device)
        } else if self.resident.picking_language {
            container(
                column![
                    ctx.heading(ctx.tr("kiosk-language-heading")),
                    welcome::language_grid(&ctx, &self.settings.languages.offered, |lang| {
                        Chrome::Language(lang)
                    })
                    .map(Message::from),
                ]
                .spacing(ctx.sizes.spacing * 1.5)
                .align_x(Alignment::Center)
                .max_width(1200),
            )
            .center_x(Length::Fill)
            .padding(32)
            .into()
        } else {
            match &self.resident.screen {
                Screen::Welcome => {
                    welcome::view(&ctx, &self.settings.languages.offered).map(Message::Welcome)
                }
                Screen::Choose(state) => state
                    .view(
                        &ctx,
                        &self.services,
                        self.resident.pending,
                        self.service.can_call_staff(),
                    )
                    .map(Message::Choose),
                Screen::Make(state) => state.view(&ctx, &self.catalog).map(Message::Make),
                Screen::Scan(state) => state.view(&ctx, self.device.camera()).map(Message::Scan),
                Screen::Review(state) => {
                    let view = state.view(&ctx).map(Message::Review);
                    if self.resident.pending {
                        column![view, ctx.body(ctx.tr("kiosk-issuing"))]
                            .align_x(Alignment::Center)
                            .into()
                    } else {
                        view
                    }
                }
                Screen::Ticket(state) => {
                    let linger = Duration::from_secs(u64::from(self.settings.ticket_linger_secs));
                    let left =
                        linger.saturating_sub(self.now.saturating_duration_since(state.shown_at));
                    state.view(&ctx, left).map(Message::Ticket)
                }
                Screen::Notice(state) => state.view(&ctx).map(Message::Notice),
                Screen::Card(state) => state.view(&ctx).map(Message::Card),
            }
        };

        let mut page = column![].width(Length::Fill).height(Length::Fill);
        if self.device.admin().is_none() {
            page = page.push(self.top_bar(&ctx).map(Message::from));
            if self.offline {
                page = page.push(
                    container(ctx.body(ctx.tr("kiosk-offline-banner")))
                        .padding([10, 24])
                        .width(Length::Fill)
                        .style(warning_banner),
                );
            }
        }
        // Large text may not fit one screen: scroll then, centre otherwise.
        page = if self.resident.look.large_text {
            page.push(scrollable(container(body).width(Length::Fill)).height(Length::Fill))
        } else {
            page.push(
                container(body)
                    .width(Length::Fill)
                    .height(Length::Fill)
                    .center_y(Length::Fill),
            )
        };

        let corner = container(
            mouse_area(space().width(CORNER_SIZE).height(CORNER_SIZE))
                .on_press(Message::Device(device::Message::CornerPressed))
                .on_release(Message::Device(device::Message::CornerReleased))
                .on_exit(Message::Device(device::Message::CornerReleased)),
        )
        .id(CORNER_ID);
        let mut layers = stack![page];
        // Over the content, not beside it: the page must not reflow when it appears.
        if let Some(banner) = self.idle_banner(&ctx) {
            layers = layers.push(container(opaque(banner)).align_bottom(Length::Fill));
        }
        layers
            .push(
                container(corner)
                    .align_bottom(Length::Fill)
                    .align_left(Length::Fill),
            )
            .into()
    }

    fn top_bar<'a>(&self, ctx: &Ctx<'_>) -> Element<'a, Chrome> {
        let look = self.resident.look;
        let on_welcome =
            matches!(self.resident.screen, Screen::Welcome) && !self.resident.picking_language;
        // One row of equal shares at a fixed height in every language and
        // look: long labels wrap inside their button (see `bar_button`).
        let mut bar = row![]
            .spacing(ctx.sizes.spacing * 0.6)
            .align_y(Alignment::Center);
        if !on_welcome {
            bar = bar
                .push(bar_button(
                    ctx,
                    ctx.tr("kiosk-bar-home"),
                    Emphasis::Secondary,
                    Chrome::Home,
                ))
                .push(bar_button(
                    ctx,
                    ctx.tr("kiosk-bar-language"),
                    Emphasis::Secondary,
                    Chrome::OpenLanguages,
                ));
        } else {
            // Staff and residents can tell kiosks apart; nothing to tap here.
            // It takes the place of the two buttons, so the display toggles
            // stay where they are on every screen.
            bar = bar.push(
                ctx.small(self.settings.name.clone())
                    .width(Length::FillPortion(2)),
            );
        }
        for (key, emphasis, chrome) in bar_end(look) {
            bar = bar.push(bar_button(ctx, ctx.tr(key), emphasis, chrome));
        }
        container(bar).padding([8, 24]).width(Length::Fill).into()
    }

    fn idle_banner<'a>(&self, ctx: &Ctx<'_>) -> Option<Element<'a, Message>> {
        if matches!(self.resident.screen, Screen::Ticket(_)) {
            return None; // the ticket shows its own countdown
        }
        let left = self.idle_remaining().filter(|left| *left <= COUNTDOWN)?;
        let seconds = left.as_secs_f32().ceil() as u64;
        let banner: iced::widget::Row<'a, Chrome> = row![
            ctx.body(ctx.tr_args("kiosk-idle-warning", &[("seconds", seconds.into())]))
                .width(Length::Fill),
            touch_button(
                ctx,
                ctx.tr("kiosk-idle-continue"),
                Emphasis::Primary,
                Some(Chrome::StillHere),
                300
            ),
        ]
        .spacing(ctx.sizes.spacing)
        .align_y(Alignment::Center);
        Some(
            Element::from(
                container(banner)
                    .padding([16.0, 24.0 + CORNER_SIZE])
                    .width(Length::Fill)
                    .style(warning_banner),
            )
            .map(Message::from),
        )
    }
}

/// Scrolls each scrollable that holds the keypad's focused control (the
/// container [`FOCUSED_ID`] marks) so the control is in view: the review's
/// list of fields, a large-text screen. A first pass finds the control and
/// the scrollables around it, a second (chained, on the same tree) scrolls.
pub(super) fn scroll_to_focus() -> Task<Message> {
    iced::advanced::widget::operate(FindFocus::default())
}

/// Room left between a focused control's label and the scrollable's edge.
const SCROLL_MARGIN: f32 = 48.0;

#[derive(Default)]
struct FindFocus {
    focus: Option<Rectangle>,
    /// Every scrollable in tree order: its bounds, its content's, how far
    /// it is scrolled.
    scrollables: Vec<(Rectangle, Rectangle, Vector)>,
}

impl Operation<Message> for FindFocus {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<Message>)) {
        operate(self);
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if id == Some(&Id::new(FOCUSED_ID)) {
            self.focus = Some(bounds);
        }
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn Scrollable,
    ) {
        self.scrollables.push((bounds, content_bounds, translation));
    }

    fn finish(&self) -> Outcome<Message> {
        let Some(focus) = self.focus else {
            return Outcome::None;
        };
        let offsets = self
            .scrollables
            .iter()
            .map(|(bounds, content, translation)| {
                if !content.contains(focus.center()) {
                    return None;
                }
                // In the content's layout: what is in view now.
                let top = bounds.y + translation.y;
                if focus.y < top + SCROLL_MARGIN {
                    Some((focus.y - bounds.y - SCROLL_MARGIN).max(0.0))
                } else if focus.y + focus.height > top + bounds.height - SCROLL_MARGIN {
                    Some(focus.y + focus.height - bounds.y - bounds.height + SCROLL_MARGIN)
                } else {
                    None
                }
            })
            .collect();
        Outcome::Chain(Box::new(ScrollTo { offsets, next: 0 }))
    }
}

/// Scrolls the scrollables, in tree order, to the offsets found.
struct ScrollTo {
    offsets: Vec<Option<f32>>,
    next: usize,
}

impl Operation<Message> for ScrollTo {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<Message>)) {
        operate(self);
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        _bounds: Rectangle,
        _content_bounds: Rectangle,
        _translation: Vector,
        state: &mut dyn Scrollable,
    ) {
        if let Some(Some(y)) = self.offsets.get(self.next) {
            state.scroll_to(AbsoluteOffset {
                x: None,
                y: Some(*y),
            });
        }
        self.next += 1;
    }
}
