//! The kiosk as a device: its camera, the hidden facilities entry and
//! panel, enrollment with a hub, its settings file and quitting.
//!
//! None of this belongs to a resident, so a wipe only closes the panel
//! ([`State::close`]). The parent [`super::Kiosk`] routes [`Message`]s
//! here and hears back through an [`Event`] (new settings are in use); side
//! effects (the PIN check, enrollment, writing `kiosk.toml`) are
//! [`Effect`]s that [`perform`] carries out, answering with a [`Message`].
//! On every tick the parent asks whether the held corner opens the panel
//! ([`State::corner_held`]) and polls the camera ([`State::poll_camera`]),
//! whose texts it routes where the USB scanner's go; the camera's newest
//! frame is the scan screen's preview and the panel's camera test. The slip
//! printer's last word (from a ticket's slip, the panel's test print or the
//! status check when the panel opens) is kept here for the panel.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::Element;

use super::{KioskOptions, admin, off_thread, scan};
use crate::config::kiosk::{KioskConfig, Printer};
use crate::domain::Catalog;
use crate::hub::cli::Enrollment;
use crate::i18n::Message as Text;
use crate::print::{Answered, PrintError, Slip, SlipPrinter};
use crate::sync::SyncStatus;
use crate::sync::pin::HubCa;
use crate::ui::effect::Effects;
use crate::ui::widgets::Ctx;

/// How long the hidden corner must be held to open the facilities panel.
pub const LONG_PRESS: Duration = Duration::from_secs(2);
/// Without a camera, the kiosk looks for one again this often.
pub const CAMERA_RECHECK: Duration = Duration::from_secs(5);

pub struct State {
    admin: Option<admin::State>,
    /// The admin PIN's attempts: kept while the pad is closed, so closing
    /// and opening it again does not lift a lockout.
    pin_attempts: admin::PinAttempts,
    corner_pressed_at: Option<Instant>,
    /// The `kiosk.toml` the panel saves to; without one, changes last until
    /// the kiosk restarts.
    config_path: Option<PathBuf>,
    /// Where the device token from enrollment is written.
    data_dir: Option<PathBuf>,
    cameras: Arc<dyn scan::Cameras>,
    /// The running camera (configured, or under test in the panel).
    camera: Option<scan::CameraFeed>,
    /// When the camera was last (re)started or looked for.
    camera_checked_at: Instant,
    /// The camera setting the panel is testing, while it is open.
    camera_test: Option<String>,
    /// `/dev/video*` as last listed for the panel, and when.
    camera_devices: Vec<String>,
    devices_listed_at: Option<Instant>,
    /// A device token is saved (or the service syncs with a hub).
    enrolled: bool,
    /// Staff chose "quit" in the panel.
    quit: bool,
    /// What the slip printer last said.
    printer_report: Option<Result<Answered, PrintError>>,
    /// A test print or status check is under way.
    printer_busy: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    CornerPressed,
    CornerReleased,
    Admin(admin::Message),
    /// The answer to [`Effect::SaveSettings`].
    SettingsSaved(Box<KioskConfig>, admin::Outcome),
    /// The answer to [`Effect::TestPrint`] and [`Effect::CheckPrinter`].
    PrinterAnswered(Result<Answered, PrintError>),
}

/// Work with side effects, carried out by [`perform`].
#[derive(Clone)]
pub enum Effect {
    VerifyPin {
        pin: String,
        hash: String,
    },
    /// Exchange an enrollment code for a device token and write it to
    /// `token_file` (the pinned CA beside it).
    Enroll {
        enrollment: Enrollment,
        token_file: Option<PathBuf>,
    },
    /// Write these settings to the kiosk's `kiosk.toml`.
    SaveSettings {
        path: PathBuf,
        settings: Box<KioskConfig>,
    },
    /// Print the sample slip (the one `madoguchi print slip` prints).
    TestPrint {
        printer: Printer,
        office: String,
    },
    /// Ask the printer's status (the panel opened).
    CheckPrinter(Printer),
}

impl std::fmt::Debug for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // Never print a PIN, even in debug logs.
            Effect::VerifyPin { .. } => f.write_str("VerifyPin { .. }"),
            // The code is a one-time secret.
            Effect::Enroll { enrollment, .. } => f
                .debug_struct("Enroll")
                .field("hub_url", &enrollment.hub_url)
                .finish_non_exhaustive(),
            Effect::SaveSettings { path, .. } => f
                .debug_struct("SaveSettings")
                .field("path", path)
                .finish_non_exhaustive(),
            Effect::TestPrint { printer, .. } => {
                f.debug_tuple("TestPrint").field(&printer.uri).finish()
            }
            Effect::CheckPrinter(printer) => {
                f.debug_tuple("CheckPrinter").field(&printer.uri).finish()
            }
        }
    }
}

/// What the parent kiosk hears from its device part.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// These settings are in use from now on.
    SettingsApplied(Box<KioskConfig>),
}

impl State {
    pub fn new(options: &KioskOptions, now: Instant) -> Self {
        let token_saved = options.data_dir.as_ref().is_some_and(|dir| {
            std::fs::read_to_string(dir.join(&options.settings.device_token_file))
                .is_ok_and(|t| !t.trim().is_empty())
        });
        State {
            admin: None,
            pin_attempts: admin::PinAttempts::default(),
            corner_pressed_at: None,
            config_path: options.config_path.clone(),
            data_dir: options.data_dir.clone(),
            cameras: options.cameras.clone(),
            camera: scan::CameraFeed::start(&options.settings.camera.device, &*options.cameras),
            camera_checked_at: now,
            camera_test: None,
            camera_devices: Vec::new(),
            devices_listed_at: None,
            enrolled: token_saved || options.service.sync_status().is_some(),
            quit: false,
            printer_report: None,
            printer_busy: false,
        }
    }

    pub fn admin(&self) -> Option<&admin::State> {
        self.admin.as_ref()
    }

    pub fn camera(&self) -> Option<&scan::CameraFeed> {
        self.camera.as_ref()
    }

    pub fn quit_requested(&self) -> bool {
        self.quit
    }

    pub fn printer_report(&self) -> Option<&Result<Answered, PrintError>> {
        self.printer_report.as_ref()
    }

    pub fn set_printer_report(&mut self, report: Result<Answered, PrintError>) {
        self.printer_report = Some(report);
    }

    /// Whether ticks should come fast: the corner is held (to open on
    /// time) or a camera runs (for a live preview).
    pub fn wants_fast_ticks(&self) -> bool {
        self.corner_pressed_at.is_some() || self.camera.is_some()
    }

    /// Closes the panel and forgets a half press (a wipe).
    pub fn close(&mut self) {
        self.admin = None;
        self.camera_test = None;
        self.corner_pressed_at = None;
    }

    /// `settings` are the ones in use; `now` the kiosk's time.
    pub fn update(
        &mut self,
        message: Message,
        now: Instant,
        settings: &KioskConfig,
    ) -> (Effects<Effect>, Option<Event>) {
        match message {
            Message::CornerPressed => self.corner_pressed_at = Some(now),
            Message::CornerReleased => self.corner_pressed_at = None,
            Message::Admin(message) => return self.admin_message(message, now, settings),
            Message::SettingsSaved(settings, outcome) => {
                return (Effects::none(), self.settings_saved(settings, outcome, now));
            }
            Message::PrinterAnswered(report) => {
                self.printer_busy = false;
                self.printer_report = Some(report);
            }
        }
        (Effects::none(), None)
    }

    fn admin_message(
        &mut self,
        message: admin::Message,
        now: Instant,
        settings: &KioskConfig,
    ) -> (Effects<Effect>, Option<Event>) {
        if let admin::Message::Enrolled(Ok(_)) = &message {
            self.enrolled = true;
        }
        let Some(state) = self.admin.as_mut() else {
            return (Effects::none(), None);
        };
        let was_unlocked = state.is_unlocked();
        let action = state.update(message, now, settings, &mut self.pin_attempts);
        if !was_unlocked && state.is_unlocked() {
            return (
                self.printer_effect(settings, Effect::CheckPrinter).into(),
                None,
            );
        }
        let effect = match action {
            admin::Action::None => None,
            admin::Action::Close => {
                self.admin = None;
                self.camera_test = None;
                None
            }
            admin::Action::Quit => {
                tracing::info!("quit from the facilities panel");
                self.quit = true;
                None
            }
            admin::Action::TestPrint => {
                let office =
                    |p: &Printer| p.office.clone().unwrap_or_else(|| settings.name.clone());
                self.printer_effect(settings, |printer| Effect::TestPrint {
                    office: office(&printer),
                    printer,
                })
            }
            admin::Action::TestCamera(setting) => {
                self.camera_test = Some(setting);
                self.keep_camera(now, settings, true);
                None
            }
            admin::Action::Enroll(enrollment) => Some(Effect::Enroll {
                enrollment,
                token_file: self
                    .data_dir
                    .as_ref()
                    .map(|dir| dir.join(&settings.device_token_file)),
            }),
            admin::Action::VerifyPin(pin) => {
                let hash = settings.admin.pin_hash.clone().unwrap_or_default();
                Some(Effect::VerifyPin { pin, hash })
            }
            admin::Action::Apply(draft) => match &self.config_path {
                Some(path) => Some(Effect::SaveSettings {
                    path: path.clone(),
                    settings: draft,
                }),
                // No file to write: in use until the kiosk restarts.
                None => {
                    return (
                        Effects::none(),
                        self.settings_saved(draft, admin::Outcome::Applied, now),
                    );
                }
            },
        };
        (effect.into(), None)
    }

    /// `make`'s effect for the printer in use (none without one, or while
    /// another is under way).
    fn printer_effect(
        &mut self,
        settings: &KioskConfig,
        make: impl FnOnce(Printer) -> Effect,
    ) -> Option<Effect> {
        let printer = settings.printer.clone().filter(|_| !self.printer_busy)?;
        self.printer_busy = true;
        Some(make(printer))
    }

    /// Tells the panel how "apply" went; the settings are in use when they
    /// were saved (or there is no file to save them to).
    fn settings_saved(
        &mut self,
        settings: Box<KioskConfig>,
        outcome: admin::Outcome,
        now: Instant,
    ) -> Option<Event> {
        let applied = matches!(outcome, admin::Outcome::Applied | admin::Outcome::Saved(_));
        if let Some(state) = self.admin.as_mut() {
            state.update(
                admin::Message::Applied(outcome),
                now,
                &settings,
                &mut self.pin_attempts,
            );
        }
        if !applied {
            return None;
        }
        tracing::info!(name = %settings.name, idle = settings.idle_timeout_secs, "kiosk settings applied");
        Some(Event::SettingsApplied(settings))
    }

    /// Whether the corner has been held long enough at `now`: the panel
    /// opens (`true` when it was not open yet).
    pub fn corner_held(&mut self, now: Instant) -> bool {
        let Some(pressed) = self.corner_pressed_at else {
            return false;
        };
        if now.saturating_duration_since(pressed) < LONG_PRESS {
            return false;
        }
        self.corner_pressed_at = None;
        if self.admin.is_some() {
            return false;
        }
        tracing::info!("facilities entry opened");
        self.admin = Some(admin::State::new());
        true
    }

    /// Takes the camera's news at a tick: starts, swaps or looks again for
    /// the camera as settings and the panel's test ask, keeps its newest
    /// picture and returns what it read (the parent routes it like a USB
    /// scan).
    pub fn poll_camera(&mut self, now: Instant, settings: &KioskConfig) -> Vec<String> {
        self.keep_camera(now, settings, false);
        let list_due = self
            .devices_listed_at
            .is_none_or(|at| now.saturating_duration_since(at) >= CAMERA_RECHECK / 2);
        if self.admin.is_some() && list_due {
            self.camera_devices = self.cameras.devices();
            self.devices_listed_at = Some(now);
        }
        self.camera.as_mut().map(|c| c.poll()).unwrap_or_default()
    }

    /// Keeps the camera the settings (or the panel's test) ask for running.
    /// Without one, looks again every [`CAMERA_RECHECK`] (a camera plugged
    /// in later, `auto`); `force` restarts a failed start.
    fn keep_camera(&mut self, now: Instant, settings: &KioskConfig, force: bool) {
        let wanted = self
            .camera_test
            .clone()
            .unwrap_or_else(|| settings.camera.device.clone());
        let changed = self.camera.as_ref().is_some_and(|c| c.setting != wanted);
        let look_again = self.camera.is_none()
            && now.saturating_duration_since(self.camera_checked_at) >= CAMERA_RECHECK;
        if changed || look_again || (force && self.camera.is_none()) {
            // Release the device before opening another (or the same) one.
            self.camera = None;
            self.camera = scan::CameraFeed::start(&wanted, &*self.cameras);
            self.camera_checked_at = now;
        }
    }

    /// The PIN pad or the panel, while open.
    pub fn view<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        now: Instant,
        catalog: &'a Catalog,
        settings: &'a KioskConfig,
        sync: Option<SyncStatus>,
    ) -> Option<Element<'a, Message>> {
        let admin = self.admin.as_ref()?;
        let info = admin::PanelInfo {
            catalog,
            cameras: &self.camera_devices,
            camera: self.camera.as_ref(),
            enrolled: self.enrolled,
            sync,
            printer: settings.printer.as_ref(),
            printer_report: self.printer_report.as_ref(),
            printer_busy: self.printer_busy,
        };
        Some(
            admin
                .view(ctx, now, &info, &self.pin_attempts)
                .map(Message::Admin),
        )
    }
}

/// The future that carries out a device effect and answers with a message.
pub async fn perform(effect: Effect, slips: Arc<SlipPrinter>) -> Message {
    match effect {
        Effect::TestPrint { printer, office } => {
            let report = off_thread(move || {
                let uri = printer
                    .address()
                    .ok_or_else(|| PrintError::BadUri(printer.uri.clone()))?;
                let slip = Slip::sample(&office, crate::i18n::Lang::ja(), chrono::Utc::now());
                slips.print(&uri, printer.paper(), &slip)
            })
            .await;
            Message::PrinterAnswered(report.unwrap_or(Err(PrintError::Interrupted)))
        }
        Effect::CheckPrinter(printer) => {
            let report = off_thread(move || match printer.address() {
                Some(uri) => crate::print::transport::status(&uri),
                None => Err(PrintError::BadUri(printer.uri.clone())),
            })
            .await;
            Message::PrinterAnswered(report.unwrap_or(Err(PrintError::Interrupted)))
        }
        Effect::VerifyPin { pin, hash } => {
            // argon2 takes tens of milliseconds by design: not on the UI thread.
            let right = off_thread(move || crate::config::kiosk::verify_pin(&pin, &hash)).await;
            Message::Admin(admin::Message::PinChecked(right.unwrap_or(false)))
        }
        Effect::SaveSettings { path, settings } => {
            let outcome = save(&path, &settings);
            Message::SettingsSaved(settings, outcome)
        }
        Effect::Enroll {
            enrollment,
            token_file,
        } => Message::Admin(admin::Message::Enrolled(
            enroll(enrollment, token_file).await,
        )),
    }
}

/// Writes `settings` to `path` (only changed keys, atomically).
fn save(path: &std::path::Path, settings: &KioskConfig) -> admin::Outcome {
    match crate::config::kiosk::save(path, settings) {
        Ok(()) => admin::Outcome::Saved(path.to_owned()),
        Err(crate::config::kiosk::SaveError::Invalid { key, message }) => admin::Outcome::Refused {
            key,
            reason: message,
        },
        Err(error) => {
            tracing::warn!(%error, "kiosk settings not saved");
            admin::Outcome::Failed(error.message())
        }
    }
}

/// Enrollment: the hub's device token for the code, written (atomically)
/// to `token_file`, and the hub's CA, pinned, beside it.
async fn enroll(
    enrollment: Enrollment,
    token_file: Option<PathBuf>,
) -> Result<admin::Enrolled, Text> {
    let token_file = token_file.ok_or_else(|| Text::new("kiosk-admin-enroll-no-data-dir"))?;
    let Enrollment {
        hub_url,
        code,
        ca_fingerprint,
    } = enrollment;
    let enrolled = crate::sync::enroll(&hub_url, &code, ca_fingerprint.as_deref())
        .await
        .map_err(|e| e.message())?;
    let ca_file = HubCa::file_beside(&token_file);
    let write = || {
        if let Some(folder) = token_file.parent() {
            crate::cli::create_private_dir(folder)?;
        }
        HubCa::store(enrolled.ca.as_ref(), &ca_file)?;
        crate::config::kiosk::write_atomic_private(&token_file, enrolled.token.as_bytes())
    };
    write().map_err(|e| {
        Text::new("kiosk-admin-save-failed")
            .arg("path", token_file.display().to_string())
            .arg("reason", e.to_string())
    })?;
    tracing::info!(name = %enrolled.name, %hub_url, pinned = enrolled.ca.is_some(), "kiosk enrolled");
    Ok(admin::Enrolled {
        hub_url,
        name: enrolled.name,
    })
}
