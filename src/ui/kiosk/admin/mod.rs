//! Facilities: a PIN pad, then the kiosk settings panel.
//!
//! The entry is hidden (a long press in a corner, handled by the kiosk) so
//! residents do not wander in. The PIN is checked against an argon2 PHC hash
//! from `kiosk.toml`; the check runs off the UI thread (the kiosk performs
//! [`Action::VerifyPin`]) because argon2 is slow on purpose. Every PIN is
//! counted when it is submitted, before it is verified, in [`PinAttempts`]
//! that the kiosk keeps while the pad is closed and opened again; the
//! [`MAX_FAILURES`]th attempt without a right PIN locks the pad for
//! [`LOCKOUT`].
//!
//! The panel edits a copy of the kiosk's [`KioskConfig`]: name, hub
//! address, procedures and bundles offered (from the catalogue), languages
//! and the default one, idle timeout, camera. "Apply" validates the copy
//! with the config loader's own rules ([`KioskConfig::problems_by_key`]),
//! refusing a bad value with its field and reason, and hands it to the
//! kiosk, whose device part saves it to its `kiosk.toml` as an effect
//! ([`crate::config::kiosk::save`]: only changed keys, atomically) and
//! answers with [`Message::Applied`].
//!
//! Enrollment: staff scan the hub's enrollment QR
//! (`madoguchi-enroll:1?hub=URL&code=CODE`) with the same scanners residents
//! use (the kiosk routes scans here while the panel is open), or type the
//! code; the kiosk exchanges it for a device token ([`Action::Enroll`]) and
//! the panel then saves the hub address. The panel also shows the last
//! scanned text (scanner test), the camera's pictures (camera test) and the
//! outbox and sync state, and the slip printer's state with a test print
//! (the sample slip of `madoguchi print slip`). The PIN check is
//! [`crate::config::kiosk::verify_pin`], the one used everywhere.

mod panel_view;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use iced::widget::{column, container, row, text};
use iced::{Alignment, Element, Length};

use super::scan::CameraFeed;
use crate::config::kiosk::{IDLE_TIMEOUT_RANGE, KioskConfig, Printer};
use crate::domain::Catalog;
use crate::hub::cli::Enrollment;
use crate::i18n::{Lang, Message as Text};
use crate::print::{Answered, PrintError};
use crate::sync::SyncStatus;
use crate::ui::theme::{Emphasis, danger_text};
use crate::ui::widgets::{Ctx, Key, keypad, touch_button};

pub const MAX_PIN_LEN: usize = 12;
pub const MAX_FAILURES: u32 = 5;
pub const LOCKOUT: Duration = Duration::from_secs(5 * 60);

/// The admin PIN's attempts since the last right one. The kiosk owns them
/// (not the pad), so closing the pad and opening it again does not start
/// the count again.
#[derive(Debug, Default, Clone)]
pub struct PinAttempts {
    failures: u32,
    locked_until: Option<Instant>,
}

impl PinAttempts {
    /// The lock still on at `now`, if any: when it ends.
    pub fn locked_until(&self, now: Instant) -> Option<Instant> {
        self.locked_until.filter(|until| now < *until)
    }

    /// Counts an attempt about to be verified; `false` while locked (not
    /// verified then). The attempt that reaches the limit locks the pad.
    fn begin(&mut self, now: Instant) -> bool {
        if self.locked_until(now).is_some() {
            return false;
        }
        self.failures += 1;
        if self.failures >= MAX_FAILURES {
            self.failures = 0;
            self.locked_until = Some(now + LOCKOUT);
        }
        true
    }

    fn right(&mut self) {
        *self = PinAttempts::default();
    }
}

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
    /// Print the sample slip on the configured printer.
    TestPrint,
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
    /// Exchange the code for a device token at the hub (pinning its CA
    /// when the enrollment names one).
    Enroll(Enrollment),
    /// Show this `[camera] device` setting's pictures in the panel.
    TestCamera(String),
    /// Print the sample slip on the printer in use.
    TestPrint,
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
    /// The slip printer in use, if any.
    pub printer: Option<&'a Printer>,
    /// What the printer last said (a slip, a test print, a status check).
    pub printer_report: Option<&'a Result<Answered, PrintError>>,
    /// A test print or status check is under way.
    pub printer_busy: bool,
}

impl State {
    pub fn new() -> Self {
        State::Pin(PinPad::default())
    }

    pub fn is_unlocked(&self) -> bool {
        matches!(self, State::Panel(_))
    }

    /// `current` is what the panel starts from once the PIN is right;
    /// `attempts` are the kiosk's count of PIN attempts.
    pub fn update(
        &mut self,
        message: Message,
        now: Instant,
        current: &KioskConfig,
        attempts: &mut PinAttempts,
    ) -> Action {
        match (&mut *self, message) {
            (_, Message::Cancel) => Action::Close,
            (State::Pin(_), Message::PinChecked(true)) => {
                attempts.right();
                *self = State::Panel(Box::new(Panel::new(current.clone())));
                Action::None
            }
            (State::Pin(pad), message) => pad.update(message, now, current, attempts),
            (State::Panel(panel), message) => panel.update(message),
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
        attempts: &PinAttempts,
    ) -> Element<'a, Message> {
        let content: Element<'a, Message> = match self {
            State::Pin(pad) => pad.view(ctx, now, attempts),
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
    fn update(
        &mut self,
        message: Message,
        now: Instant,
        current: &KioskConfig,
        attempts: &mut PinAttempts,
    ) -> Action {
        match message {
            Message::Key(key) if !self.checking => self.key(key),
            Message::Submit if !self.checking && !self.entered.is_empty() => {
                self.submit(now, current, attempts)
            }
            Message::PinChecked(false) => self.wrong(),
            _ => Action::None,
        }
    }

    fn key(&mut self, key: Key) -> Action {
        self.error = None;
        match key {
            Key::Digit(d) if self.entered.len() < MAX_PIN_LEN => {
                self.entered.push(char::from(b'0' + d))
            }
            Key::Digit(_) => {}
            Key::Backspace => {
                self.entered.pop();
            }
            Key::Clear => self.entered.clear(),
        }
        Action::None
    }

    fn submit(
        &mut self,
        now: Instant,
        current: &KioskConfig,
        attempts: &mut PinAttempts,
    ) -> Action {
        if current.admin.pin_hash.is_none() {
            self.entered.clear();
            self.error = Some(Text::new("kiosk-admin-pin-not-configured"));
            return Action::None;
        }
        if !attempts.begin(now) {
            self.entered.clear();
            return Action::None;
        }
        self.checking = true;
        Action::VerifyPin(std::mem::take(&mut self.entered))
    }

    /// A wrong PIN: it was counted when it was submitted.
    fn wrong(&mut self) -> Action {
        self.checking = false;
        self.error = Some(Text::new("kiosk-admin-pin-wrong"));
        Action::None
    }

    fn view<'a>(
        &self,
        ctx: &Ctx<'_>,
        now: Instant,
        attempts: &PinAttempts,
    ) -> Element<'a, Message> {
        let dots = if self.entered.is_empty() {
            " ".to_owned()
        } else {
            "●".repeat(self.entered.len())
        };
        let status: Option<String> = match (attempts.locked_until(now), &self.error) {
            (Some(until), _) => {
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
    fn new(draft: KioskConfig) -> Self {
        Panel {
            draft,
            outcome: None,
            enroll_code: String::new(),
            enrolling: false,
            last_scan: None,
        }
    }

    fn update(&mut self, message: Message) -> Action {
        match message {
            Message::NameChanged(name) => self.edit(|p| p.draft.name = name),
            Message::HubChanged(url) => self.edit(|p| p.draft.hub_url = url),
            Message::IdleStep(step) => self.edit(|p| p.step_idle_timeout(step)),
            Message::ToggleLanguage(lang, on) => self.edit(|p| p.toggle_language(lang, on)),
            Message::DefaultLanguage(lang) => self.edit(|p| p.draft.languages.default = lang),
            Message::ToggleBundle(id, on) => {
                self.edit(|p| toggle(&mut p.draft.offer.bundles, id, on))
            }
            Message::ToggleProcedure(id, on) => {
                self.edit(|p| toggle(&mut p.draft.offer.procedures, id, on))
            }
            Message::Camera(setting) => self.edit(|p| p.draft.camera.device = setting),
            Message::TestCamera => Action::TestCamera(self.draft.camera.device.clone()),
            Message::TestPrint => Action::TestPrint,
            Message::Scanned(text) => self.scanned(text),
            Message::EnrollCodeChanged(code) => self.edit(|p| p.enroll_code = code),
            Message::Enroll => self.enroll_typed(),
            Message::Enrolled(result) => self.enrolled(result),
            Message::Apply => self.apply_clicked(),
            Message::Applied(outcome) => self.applied(outcome),
            Message::Quit => Action::Quit,
            Message::Key(_) | Message::Submit | Message::PinChecked(_) | Message::Cancel => {
                self.edit(|_| {})
            }
        }
    }

    /// A change to the draft: the last outcome no longer applies.
    fn edit(&mut self, change: impl FnOnce(&mut Panel)) -> Action {
        change(self);
        self.outcome = None;
        Action::None
    }

    fn step_idle_timeout(&mut self, step: i32) {
        let next = self.draft.idle_timeout_secs.saturating_add_signed(step);
        self.draft.idle_timeout_secs =
            next.clamp(*IDLE_TIMEOUT_RANGE.start(), *IDLE_TIMEOUT_RANGE.end());
    }

    fn toggle_language(&mut self, lang: Lang, on: bool) {
        let offered = &mut self.draft.languages.offered;
        offered.retain(|l| *l != lang);
        if on {
            offered.push(lang);
            // Keep the shipped button order.
            offered.sort_by_key(|l| Lang::all().position(|x| x == *l));
        }
    }

    fn scanned(&mut self, text: String) -> Action {
        self.last_scan = Some(text.clone());
        match crate::hub::cli::parse_enrollment_qr(&text) {
            Some(enrollment) => self.enroll(enrollment),
            None => Action::None,
        }
    }

    fn enroll_typed(&mut self) -> Action {
        // The whole QR text pasted or typed, or just the code for the hub
        // address above.
        let typed = self.enroll_code.trim().to_owned();
        let enrollment =
            crate::hub::cli::parse_enrollment_qr(&typed).unwrap_or_else(|| Enrollment {
                hub_url: self.draft.hub_url.clone(),
                code: typed,
                ca_fingerprint: None,
            });
        if enrollment.code.is_empty() {
            return Action::None;
        }
        self.enroll(enrollment)
    }

    fn enrolled(&mut self, result: Result<Enrolled, Text>) -> Action {
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
                self.apply()
            }
            Err(reason) => {
                self.outcome = Some(Outcome::Failed(reason));
                Action::None
            }
        }
    }

    fn apply_clicked(&mut self) -> Action {
        self.outcome = None;
        self.apply()
    }

    fn applied(&mut self, outcome: Outcome) -> Action {
        // Keep "enrolled" on screen when the save that follows went well.
        let enrolled = matches!(self.outcome, Some(Outcome::Enrolled { .. }));
        if !(enrolled && matches!(outcome, Outcome::Saved(_) | Outcome::Applied)) {
            self.outcome = Some(outcome);
        }
        Action::None
    }

    fn enroll(&mut self, enrollment: Enrollment) -> Action {
        if self.enrolling {
            return Action::None;
        }
        self.enrolling = true;
        self.outcome = None;
        Action::Enroll(enrollment)
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
}

fn toggle(list: &mut Vec<String>, id: String, on: bool) {
    list.retain(|x| *x != id);
    if on {
        list.push(id);
    }
}
