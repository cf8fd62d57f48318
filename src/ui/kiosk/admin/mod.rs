//! Facilities: a PIN pad, then the kiosk settings panel.
//!
//! The entry is hidden (a long press in a corner, handled by the kiosk) so
//! residents do not wander in. The PIN is checked against an argon2 PHC hash
//! from `kiosk.toml`; the check runs off the UI thread (the kiosk performs
//! [`Action::VerifyPin`]) because argon2 is slow on purpose. After
//! [`MAX_FAILURES`] wrong PINs in a row the pad locks for [`LOCKOUT`].
//!
//! The panel edits a copy of the kiosk's [`KioskConfig`]: name, hub
//! address, procedures and bundles offered (from the catalogue), languages
//! and the default one, idle timeout, camera. "Apply" validates the copy
//! with the config loader's own rules ([`KioskConfig::problems_by_key`]),
//! refusing a bad value with its field and reason, and hands it to the
//! kiosk, which saves it to its `kiosk.toml` ([`crate::config::kiosk::save`]:
//! only changed keys, atomically) and answers with [`Message::Applied`].
//!
//! Enrollment: staff scan the hub's enrollment QR
//! (`madoguchi-enroll:1?hub=URL&code=CODE`) with the same scanners residents
//! use (the kiosk routes scans here while the panel is open), or type the
//! code; the kiosk exchanges it for a device token ([`Action::Enroll`]) and
//! the panel then saves the hub address. The panel also shows the last
//! scanned text (scanner test), the camera's pictures (camera test) and the
//! outbox and sync state. The PIN check is
//! [`crate::config::kiosk::verify_pin`], the one used everywhere.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use iced::widget::{checkbox, column, container, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length};

use super::scan::CameraFeed;
use crate::config::kiosk::{IDLE_TIMEOUT_RANGE, KioskConfig};
use crate::domain::Catalog;
use crate::i18n::{Lang, Message as Text};
use crate::sync::SyncStatus;
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
    /// What the last apply, save or enrollment came to.
    pub outcome: Option<Outcome>,
    /// The enrollment code typed by hand (when the QR cannot be scanned).
    pub enroll_code: String,
    pub enrolling: bool,
    /// The last text a scanner (USB or camera) read here: the scanner test.
    pub last_scan: Option<String>,
}

/// The answer to "apply", "enroll".
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// In use until the kiosk restarts (no config file to write).
    Applied,
    /// In use and written to the config file.
    Saved(PathBuf),
    /// A value is not allowed: the key path and why.
    Refused { key: String, reason: Text },
    /// Not applied: the file could not be written, or the hub said no.
    Failed(Text),
    /// Enrolled with the hub under this device name.
    Enrolled { name: String, hub_url: String },
}

/// A successful enrollment, fed back by the kiosk.
#[derive(Debug, Clone, PartialEq)]
pub struct Enrolled {
    pub hub_url: String,
    /// The device name the hub knows this kiosk by.
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Key(Key),
    Submit,
    /// The result of [`Action::VerifyPin`], fed back by the kiosk.
    PinChecked(bool),
    Cancel,
    NameChanged(String),
    HubChanged(String),
    IdleStep(i32),
    ToggleLanguage(Lang, bool),
    DefaultLanguage(Lang),
    ToggleBundle(String, bool),
    ToggleProcedure(String, bool),
    /// `auto`, `none` or a device path.
    Camera(String),
    /// Show the chosen camera's pictures here.
    TestCamera,
    /// A text from a scanner (USB wedge or camera) while the panel is open.
    Scanned(String),
    EnrollCodeChanged(String),
    Enroll,
    /// The result of [`Action::Enroll`], fed back by the kiosk.
    Enrolled(Result<Enrolled, Text>),
    Apply,
    /// The kiosk's answer to [`Action::Apply`].
    Applied(Outcome),
    Quit,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    VerifyPin(String),
    Close,
    /// Use (and save, when the kiosk has a config file) these settings.
    Apply(Box<KioskConfig>),
    /// Exchange `code` for a device token at `hub_url`.
    Enroll {
        hub_url: String,
        code: String,
    },
    /// Show this `[camera] device` setting's pictures in the panel.
    TestCamera(String),
    /// Close the kiosk program.
    Quit,
}

/// What the panel shows but does not own: the kiosk's live state.
pub struct PanelInfo<'a> {
    pub catalog: &'a Catalog,
    /// `/dev/video*` found now.
    pub cameras: &'a [String],
    /// The running camera, if any (its preview is the camera test).
    pub camera: Option<&'a CameraFeed>,
    /// Whether a device token is saved.
    pub enrolled: bool,
    /// Outbox and hub state, when this kiosk syncs with a hub.
    pub sync: Option<SyncStatus>,
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
                        enroll_code: String::new(),
                        enrolling: false,
                        last_scan: None,
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
            State::Panel(panel) => panel.update(message),
        }
    }

    /// The unlocked panel, if open.
    pub fn panel(&self) -> Option<&Panel> {
        match self {
            State::Panel(panel) => Some(panel),
            State::Pin(_) => None,
        }
    }

    pub fn view<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        now: Instant,
        info: &PanelInfo<'_>,
    ) -> Element<'a, Message> {
        let content: Element<'a, Message> = match self {
            State::Pin(pad) => pad.view(ctx, now),
            State::Panel(panel) => panel.view(ctx, info),
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

/// The `[camera] device` choices besides the devices found.
const CAMERA_SETTINGS: [&str; 2] = ["auto", "none"];

impl Panel {
    fn update(&mut self, message: Message) -> Action {
        let draft = &mut self.draft;
        match message {
            Message::NameChanged(name) => draft.name = name,
            Message::HubChanged(url) => draft.hub_url = url,
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
            Message::DefaultLanguage(lang) => draft.languages.default = lang,
            Message::ToggleBundle(id, on) => toggle(&mut draft.offer.bundles, id, on),
            Message::ToggleProcedure(id, on) => toggle(&mut draft.offer.procedures, id, on),
            Message::Camera(setting) => draft.camera.device = setting,
            Message::TestCamera => return Action::TestCamera(draft.camera.device.clone()),
            Message::Scanned(text) => {
                self.last_scan = Some(text.clone());
                if let Some((hub_url, code)) = crate::hub::cli::parse_enrollment_qr(&text) {
                    return self.enroll(hub_url, code);
                }
                return Action::None;
            }
            Message::EnrollCodeChanged(code) => self.enroll_code = code,
            Message::Enroll => {
                // The whole QR text pasted or typed, or just the code for
                // the hub address above.
                let typed = self.enroll_code.trim().to_owned();
                let (hub_url, code) = crate::hub::cli::parse_enrollment_qr(&typed)
                    .unwrap_or_else(|| (draft.hub_url.clone(), typed));
                if code.is_empty() {
                    return Action::None;
                }
                return self.enroll(hub_url, code);
            }
            Message::Enrolled(result) => {
                self.enrolling = false;
                match result {
                    Ok(enrolled) => {
                        self.enroll_code.clear();
                        self.draft.hub_url = enrolled.hub_url.clone();
                        self.outcome = Some(Outcome::Enrolled {
                            name: enrolled.name,
                            hub_url: enrolled.hub_url,
                        });
                        // The hub address goes into the file with the token.
                        return self.apply();
                    }
                    Err(reason) => self.outcome = Some(Outcome::Failed(reason)),
                }
                return Action::None;
            }
            Message::Apply => {
                self.outcome = None;
                return self.apply();
            }
            Message::Applied(outcome) => {
                // Keep "enrolled" on screen when the save that follows went well.
                let enrolled = matches!(self.outcome, Some(Outcome::Enrolled { .. }));
                if !(enrolled && matches!(outcome, Outcome::Saved(_) | Outcome::Applied)) {
                    self.outcome = Some(outcome);
                }
                return Action::None;
            }
            Message::Quit => return Action::Quit,
            Message::Key(_) | Message::Submit | Message::PinChecked(_) | Message::Cancel => {}
        }
        self.outcome = None;
        Action::None
    }

    fn enroll(&mut self, hub_url: String, code: String) -> Action {
        if self.enrolling {
            return Action::None;
        }
        self.enrolling = true;
        self.outcome = None;
        Action::Enroll { hub_url, code }
    }

    fn apply(&mut self) -> Action {
        match self.draft.problems_by_key().into_iter().next() {
            Some((key, reason)) => {
                self.outcome = Some(Outcome::Refused { key, reason });
                Action::None
            }
            None => Action::Apply(Box::new(self.draft.clone())),
        }
    }

    fn view<'a>(&'a self, ctx: &Ctx<'_>, info: &PanelInfo<'_>) -> Element<'a, Message> {
        let draft = &self.draft;
        let label = |key: &str| ctx.small(ctx.tr(key)).font(ctx.bold());
        let input = |value: &'a str, on_input: fn(String) -> Message| {
            text_input("", value)
                .on_input(on_input)
                .size(ctx.sizes.small)
                .font(ctx.font())
                .padding(10)
        };
        let small_button = |key: String, emphasis, message: Option<Message>| {
            touch_button(ctx, key, emphasis, message, Length::Shrink)
        };

        // Left: who this kiosk is and what it offers.
        let enrolled = if info.enrolled {
            "kiosk-admin-enrolled"
        } else {
            "kiosk-admin-not-enrolled"
        };
        let enrollment = column![
            label("kiosk-admin-enrollment"),
            ctx.small(ctx.tr(enrolled)),
            ctx.small(ctx.tr("kiosk-admin-enroll-hint")),
            row![
                input(&self.enroll_code, Message::EnrollCodeChanged)
                    .on_submit(Message::Enroll)
                    .width(Length::Fill),
                small_button(
                    ctx.tr(if self.enrolling {
                        "kiosk-admin-enrolling"
                    } else {
                        "kiosk-admin-enroll"
                    }),
                    Emphasis::Secondary,
                    (!self.enrolling).then_some(Message::Enroll)
                ),
            ]
            .spacing(ctx.sizes.spacing * 0.5)
            .align_y(Alignment::Center),
        ]
        .spacing(6);

        let idle = row![
            small_button(
                "−15".into(),
                Emphasis::Secondary,
                Some(Message::IdleStep(-15))
            ),
            text(draft.idle_timeout_secs.to_string())
                .size(ctx.sizes.body)
                .font(ctx.bold()),
            small_button(
                "+15".into(),
                Emphasis::Secondary,
                Some(Message::IdleStep(15))
            ),
        ]
        .spacing(ctx.sizes.spacing * 0.5)
        .align_y(Alignment::Center);

        let check = |on: bool, name: String, message: Box<dyn Fn(bool) -> Message>| {
            checkbox(on)
                .label(name)
                .font(ctx.font())
                .text_size(ctx.sizes.small)
                .size(ctx.sizes.small)
                .on_toggle(message)
                .width(Length::Fill)
        };
        let mut offer = column![label("kiosk-admin-bundles")].spacing(4);
        for bundle in info.catalog.bundles() {
            let id = bundle.id.clone();
            offer = offer.push(check(
                draft.offer.bundles.contains(&bundle.id),
                ctx.tr(&bundle.name),
                Box::new(move |on| Message::ToggleBundle(id.clone(), on)),
            ));
        }
        offer = offer.push(label("kiosk-admin-procedures"));
        for procedure in info.catalog.procedures() {
            let id = procedure.id.clone();
            offer = offer.push(check(
                draft.offer.procedures.contains(&procedure.id),
                ctx.tr(&procedure.name),
                Box::new(move |on| Message::ToggleProcedure(id.clone(), on)),
            ));
        }

        let languages = Lang::all().collect::<Vec<_>>();
        let language_rows = languages.chunks(4).map(|chunk| {
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
            .spacing(ctx.sizes.spacing * 0.5)
            .into()
        });
        let default_language = row(draft.languages.offered.iter().map(|&lang| {
            let emphasis = if lang == draft.languages.default {
                Emphasis::Selected
            } else {
                Emphasis::Secondary
            };
            touch_button(
                ctx,
                lang.code().to_owned(),
                emphasis,
                Some(Message::DefaultLanguage(lang)),
                Length::Shrink,
            )
            .into()
        }))
        .spacing(6)
        .wrap();

        let left = column![
            label("kiosk-admin-name"),
            input(&draft.name, Message::NameChanged),
            label("kiosk-admin-hub"),
            input(&draft.hub_url, Message::HubChanged),
            label("kiosk-admin-idle-timeout"),
            idle,
            enrollment,
            label("kiosk-admin-languages"),
            column(language_rows).spacing(4),
            label("kiosk-admin-default-language"),
            default_language,
            offer,
        ]
        .spacing(ctx.sizes.spacing * 0.5)
        .width(Length::FillPortion(3));

        // Right: devices and health.
        let settings = CAMERA_SETTINGS
            .iter()
            .map(|s| (*s).to_owned())
            .chain(info.cameras.iter().cloned());
        let camera_choices = row(settings.map(|setting| {
            let name = match setting.as_str() {
                "auto" => ctx.tr("kiosk-admin-camera-auto"),
                "none" => ctx.tr("kiosk-admin-camera-none"),
                device => device.to_owned(),
            };
            let emphasis = if setting == draft.camera.device {
                Emphasis::Selected
            } else {
                Emphasis::Secondary
            };
            touch_button(
                ctx,
                name,
                emphasis,
                Some(Message::Camera(setting)),
                Length::Shrink,
            )
            .into()
        }))
        .spacing(6)
        .wrap();
        let found = if info.cameras.is_empty() {
            ctx.tr("kiosk-admin-camera-none-found")
        } else {
            ctx.tr_args(
                "kiosk-admin-camera-found",
                &[("count", info.cameras.len().into())],
            )
        };
        let mut camera = column![
            label("kiosk-admin-camera"),
            ctx.small(found),
            camera_choices,
            small_button(
                ctx.tr("kiosk-admin-camera-test"),
                Emphasis::Secondary,
                Some(Message::TestCamera)
            ),
        ]
        .spacing(6);
        if let Some(feed) = info.camera {
            camera = camera.push(ctx.small(ctx.tr_args(
                "kiosk-admin-camera-showing",
                &[
                    ("device", feed.device.as_str().into()),
                    ("frames", feed.frames.into()),
                ],
            )));
        }
        let camera = camera.push(CameraFeed::view(info.camera, ctx, 180.0));

        let scanner = column![
            label("kiosk-admin-scanner-test"),
            ctx.small(match &self.last_scan {
                Some(text) => shorten(text, 120),
                None => ctx.tr("kiosk-admin-scanner-nothing"),
            }),
        ]
        .spacing(6);

        let sync = match &info.sync {
            None => column![ctx.small(ctx.tr("kiosk-admin-sync-none"))],
            Some(status) => {
                let last = status
                    .last_sync
                    .map(|t| {
                        t.with_timezone(&chrono_tz::Asia::Tokyo)
                            .format("%Y-%m-%d %H:%M:%S")
                            .to_string()
                    })
                    .unwrap_or_else(|| ctx.tr("kiosk-admin-sync-never"));
                let mut lines = column![
                    ctx.small(ctx.tr(if status.online {
                        "kiosk-admin-sync-online"
                    } else {
                        "kiosk-admin-sync-offline"
                    })),
                    ctx.small(ctx.tr_args(
                        "kiosk-admin-sync-pending",
                        &[
                            ("records", status.pending_records.into()),
                            ("tickets", status.pending_tickets.into()),
                        ],
                    )),
                    ctx.small(ctx.tr_args("kiosk-admin-sync-last", &[("time", last.into())])),
                ];
                if status.refused_records > 0 {
                    lines = lines.push(
                        ctx.small(ctx.tr_args(
                            "kiosk-admin-sync-refused",
                            &[("count", status.refused_records.into())],
                        ))
                        .style(danger_text),
                    );
                }
                if let Some(error) = &status.last_error {
                    lines = lines.push(ctx.small(ctx.render(error)).style(danger_text));
                }
                lines
            }
        };
        let right = column![
            camera,
            scanner,
            column![label("kiosk-admin-sync"), sync.spacing(4)].spacing(6),
        ]
        .spacing(ctx.sizes.spacing)
        .width(Length::FillPortion(2));

        let settings_area = scrollable(
            row![left, right]
                .spacing(ctx.sizes.spacing * 1.5)
                .padding([0, 16]),
        )
        .height(Length::Fill);
        // The outcome and the buttons stay in view below the scrolled settings.
        let mut panel = column![
            ctx.heading(ctx.tr("kiosk-admin-panel-heading")),
            settings_area,
        ]
        .spacing(ctx.sizes.spacing * 0.7);

        if let Some(outcome) = &self.outcome {
            let (line, bad) = match outcome {
                Outcome::Applied => (ctx.tr("kiosk-admin-applied"), false),
                Outcome::Saved(path) => (
                    ctx.tr_args(
                        "kiosk-admin-saved",
                        &[("path", path.display().to_string().into())],
                    ),
                    false,
                ),
                Outcome::Refused { key, reason } => (
                    ctx.tr_args(
                        "kiosk-admin-refused",
                        &[
                            ("key", key.as_str().into()),
                            ("reason", ctx.render(reason).into()),
                        ],
                    ),
                    true,
                ),
                Outcome::Failed(reason) => (ctx.render(reason), true),
                Outcome::Enrolled { name, hub_url } => (
                    ctx.tr_args(
                        "kiosk-admin-enrolled-as",
                        &[
                            ("name", name.as_str().into()),
                            ("hub", hub_url.as_str().into()),
                        ],
                    ),
                    false,
                ),
            };
            let line = ctx.body(line);
            panel = panel.push(if bad { line.style(danger_text) } else { line });
        }
        panel = panel.push(
            row![
                touch_button(
                    ctx,
                    ctx.tr("kiosk-admin-quit"),
                    Emphasis::Secondary,
                    Some(Message::Quit),
                    Length::Shrink
                ),
                iced::widget::space().width(Length::Fill),
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
        container(panel.width(Length::Fill).max_width(1200))
            .padding(24)
            .style(card)
            .into()
    }
}

fn toggle(list: &mut Vec<String>, id: String, on: bool) {
    list.retain(|x| *x != id);
    if on {
        list.push(id);
    }
}

/// A scanned text cut to `max` characters for the scanner test line.
fn shorten(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
