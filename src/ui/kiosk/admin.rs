//! Facilities: a PIN pad, then the kiosk settings panel.
//!
//! The entry is hidden (a long press in a corner, handled by the kiosk) so
//! residents do not wander in. The PIN is checked against an argon2 PHC hash
//! from `kiosk.toml`; the check runs off the UI thread (the kiosk performs
//! [`Action::VerifyPin`]) because argon2 is slow on purpose. After
//! [`MAX_FAILURES`] wrong PINs in a row the pad locks for [`LOCKOUT`].
//!
//! The panel edits a copy of the kiosk's [`KioskConfig`]; "apply" validates
//! it with the config loader's own rules ([`KioskConfig::problems`]) and
//! hands it to the kiosk. The PIN check is [`crate::config::kiosk::verify_pin`],
//! the one used everywhere.

use std::time::{Duration, Instant};

use iced::widget::{checkbox, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

use crate::config::kiosk::{IDLE_TIMEOUT_RANGE, KioskConfig};
use crate::i18n::{Lang, Message as Text};
use crate::ui::fonts;
use crate::ui::theme::{Emphasis, card, danger_text};
use crate::ui::widgets::{Ctx, Key, keypad, touch_button};

pub const MAX_PIN_LEN: usize = 12;
pub const MAX_FAILURES: u32 = 5;
pub const LOCKOUT: Duration = Duration::from_secs(60);

#[derive(Debug)]
pub enum State {
    Pin(PinPad),
    Panel(Box<Panel>),
}

#[derive(Debug, Default)]
pub struct PinPad {
    entered: String,
    error: Option<Text>,
    checking: bool,
    failures: u32,
    locked_until: Option<Instant>,
}

#[derive(Debug)]
pub struct Panel {
    pub draft: KioskConfig,
    /// Applied, or why not.
    pub outcome: Option<Result<(), Text>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Key(Key),
    Submit,
    /// The result of [`Action::VerifyPin`], fed back by the kiosk.
    PinChecked(bool),
    Cancel,
    NameChanged(String),
    IdleStep(i32),
    ToggleLanguage(Lang, bool),
    Apply,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    VerifyPin(String),
    Close,
    Apply(Box<KioskConfig>),
}

impl State {
    pub fn new() -> Self {
        State::Pin(PinPad::default())
    }

    pub fn is_unlocked(&self) -> bool {
        matches!(self, State::Panel(_))
    }

    /// `current` is what the panel starts from once the PIN is right.
    pub fn update(&mut self, message: Message, now: Instant, current: &KioskConfig) -> Action {
        if message == Message::Cancel {
            return Action::Close;
        }
        match self {
            State::Pin(pad) => match message {
                Message::Key(key) if !pad.checking => {
                    pad.error = None;
                    match key {
                        Key::Digit(d) if pad.entered.len() < MAX_PIN_LEN => {
                            pad.entered.push(char::from(b'0' + d))
                        }
                        Key::Digit(_) => {}
                        Key::Backspace => {
                            pad.entered.pop();
                        }
                        Key::Clear => pad.entered.clear(),
                    }
                    Action::None
                }
                Message::Submit if !pad.checking && !pad.entered.is_empty() => {
                    if pad.locked_until.is_some_and(|until| now < until) {
                        pad.entered.clear();
                        return Action::None;
                    }
                    if current.admin.pin_hash.is_none() {
                        pad.entered.clear();
                        pad.error = Some(Text::new("kiosk-admin-pin-not-configured"));
                        return Action::None;
                    }
                    pad.checking = true;
                    Action::VerifyPin(std::mem::take(&mut pad.entered))
                }
                Message::PinChecked(true) => {
                    *self = State::Panel(Box::new(Panel {
                        draft: current.clone(),
                        outcome: None,
                    }));
                    Action::None
                }
                Message::PinChecked(false) => {
                    pad.checking = false;
                    pad.failures += 1;
                    pad.error = Some(Text::new("kiosk-admin-pin-wrong"));
                    if pad.failures >= MAX_FAILURES {
                        pad.failures = 0;
                        pad.locked_until = Some(now + LOCKOUT);
                    }
                    Action::None
                }
                _ => Action::None,
            },
            State::Panel(panel) => {
                panel.outcome = None;
                let draft = &mut panel.draft;
                match message {
                    Message::NameChanged(name) => draft.name = name,
                    Message::IdleStep(step) => {
                        let next = draft.idle_timeout_secs.saturating_add_signed(step);
                        draft.idle_timeout_secs =
                            next.clamp(*IDLE_TIMEOUT_RANGE.start(), *IDLE_TIMEOUT_RANGE.end());
                    }
                    Message::ToggleLanguage(lang, on) => {
                        let offered = &mut draft.languages.offered;
                        offered.retain(|l| *l != lang);
                        if on {
                            offered.push(lang);
                            // Keep the shipped button order.
                            offered.sort_by_key(|l| Lang::all().position(|x| x == *l));
                        }
                    }
                    Message::Apply => {
                        let problems = draft.problems();
                        if let Some(first) = problems.into_iter().next() {
                            panel.outcome = Some(Err(first));
                            return Action::None;
                        }
                        panel.outcome = Some(Ok(()));
                        return Action::Apply(Box::new(draft.clone()));
                    }
                    _ => {}
                }
                Action::None
            }
        }
    }

    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, now: Instant) -> Element<'a, Message> {
        let content: Element<'a, Message> = match self {
            State::Pin(pad) => pad.view(ctx, now),
            State::Panel(panel) => panel.view(ctx),
        };
        container(content).center_x(Length::Fill).padding(24).into()
    }
}

impl Default for State {
    fn default() -> Self {
        State::new()
    }
}

impl PinPad {
    fn view<'a>(&self, ctx: &Ctx<'_>, now: Instant) -> Element<'a, Message> {
        let dots = if self.entered.is_empty() {
            " ".to_owned()
        } else {
            "●".repeat(self.entered.len())
        };
        let status: Option<String> = match (&self.locked_until, &self.error) {
            (Some(until), _) if now < *until => {
                let seconds = until.saturating_duration_since(now).as_secs_f32().ceil() as u64;
                Some(ctx.tr_args("kiosk-admin-pin-locked", &[("seconds", seconds.into())]))
            }
            (_, Some(error)) => Some(ctx.render(error)),
            _ if self.checking => Some(ctx.tr("kiosk-admin-pin-checking")),
            _ => None,
        };
        let mut pad = column![
            ctx.heading(ctx.tr("kiosk-admin-pin-heading")),
            text(dots).size(ctx.sizes.heading).font(ctx.font()),
        ]
        .spacing(ctx.sizes.spacing)
        .align_x(Alignment::Center);
        if let Some(status) = status {
            pad = pad.push(ctx.body(status).style(danger_text));
        }
        pad.push(keypad(
            ctx,
            ctx.tr("kiosk-keypad-clear"),
            ctx.tr("kiosk-keypad-backspace"),
            Message::Key,
        ))
        .push(
            row![
                touch_button(
                    ctx,
                    ctx.tr("kiosk-admin-cancel"),
                    Emphasis::Secondary,
                    Some(Message::Cancel),
                    220
                ),
                touch_button(
                    ctx,
                    ctx.tr("kiosk-admin-ok"),
                    Emphasis::Primary,
                    (!self.checking).then_some(Message::Submit),
                    220
                ),
            ]
            .spacing(ctx.sizes.spacing),
        )
        .into()
    }
}

impl Panel {
    fn view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let draft = &self.draft;
        let idle = row![
            touch_button(
                ctx,
                "−15".into(),
                Emphasis::Secondary,
                Some(Message::IdleStep(-15)),
                120
            ),
            text(draft.idle_timeout_secs.to_string())
                .size(ctx.sizes.heading)
                .font(ctx.bold()),
            touch_button(
                ctx,
                "+15".into(),
                Emphasis::Secondary,
                Some(Message::IdleStep(15)),
                120
            ),
        ]
        .spacing(ctx.sizes.spacing)
        .align_y(Alignment::Center);

        let languages = Lang::all().collect::<Vec<_>>();
        let language_rows = languages.chunks(3).map(|chunk| {
            row(chunk.iter().map(|&lang| {
                checkbox(draft.languages.offered.contains(&lang))
                    .label(lang.native_name())
                    .font(fonts::font_for(lang))
                    .text_size(ctx.sizes.small)
                    .size(ctx.sizes.small)
                    .on_toggle(move |on| Message::ToggleLanguage(lang, on))
                    .width(Length::Fill)
                    .into()
            }))
            .spacing(ctx.sizes.spacing)
            .into()
        });

        let mut panel = column![
            ctx.heading(ctx.tr("kiosk-admin-panel-heading")),
            ctx.body(ctx.tr("kiosk-admin-name")),
            text_input("", &draft.name)
                .on_input(Message::NameChanged)
                .size(ctx.sizes.body)
                .font(ctx.font())
                .padding(12),
            ctx.body(ctx.tr("kiosk-admin-idle-timeout")),
            idle,
            ctx.body(ctx.tr("kiosk-admin-languages")),
            column(language_rows).spacing(ctx.sizes.spacing * 0.5),
        ]
        .spacing(ctx.sizes.spacing * 0.7);

        match &self.outcome {
            Some(Ok(())) => panel = panel.push(ctx.body(ctx.tr("kiosk-admin-applied"))),
            Some(Err(reason)) => {
                panel = panel.push(ctx.body(ctx.render(reason)).style(danger_text))
            }
            None => {}
        }
        panel = panel.push(
            row![
                touch_button(
                    ctx,
                    ctx.tr("kiosk-admin-close"),
                    Emphasis::Secondary,
                    Some(Message::Cancel),
                    260
                ),
                touch_button(
                    ctx,
                    ctx.tr("kiosk-admin-apply"),
                    Emphasis::Primary,
                    Some(Message::Apply),
                    260
                ),
            ]
            .spacing(ctx.sizes.spacing),
        );
        container(panel.width(Length::Fill).max_width(1100))
            .padding(32)
            .style(card)
            .into()
    }
}
