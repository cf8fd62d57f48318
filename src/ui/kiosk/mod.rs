//! The kiosk: the resident's fullscreen flow.
//!
//! [`Kiosk`] owns the screens (one module each, with its own `State`,
//! `Message`, `update` returning an `Action`, and `view`) and everything that
//! cuts across them: the language, the display modes, the idle timeout, the
//! hidden facilities entry.
//!
//! Everything a resident leaves behind lives in [`Resident`]. Going back to
//! welcome, the idle timeout and the end of a ticket replace it with a fresh
//! one, so wiping is one assignment and cannot forget a field.
//!
//! Time is never read from the clock here: it arrives as
//! [`Message::Tick`], so tests drive the idle timeout with made-up instants.
//! The QR path: a USB scanner types the payload like a keyboard; every key
//! event goes to a [`WedgeDetector`] owned here (on any resident screen, so
//! a resident may scan straight from the welcome screen), a finished scan
//! opens [`scan`] (multi-part progress, refusals), a complete payload opens
//! [`review`], and confirming writes the record to the outbox through the
//! [`TicketService`] and shows the [`ticket`].
//!
//! The camera ([`scan::CameraFeed`], through [`KioskOptions::cameras`]) is
//! polled on every tick: its texts go where the USB scanner's go (the
//! facilities panel's while it is open: enrollment QR, scanner test), its
//! newest frame is the scan screen's preview and the panel's camera test.
//!
//! The make-it-here path: [`make`] asks the catalogue's questions one per
//! screen and opens the same [`review`] (its answers parked in
//! [`Resident::made`] so Back returns to them); the record is marked as
//! kiosk input and lists what the clerk completes ([`CLERK_COMPLETES`]).
//!
//! Side effects (the hub, the slow PIN check) are returned by
//! [`Kiosk::update`] as an [`Effect`]; the iced program runs them as tasks
//! via [`Kiosk::perform`], and tests run the same futures with `block_on`.

pub mod admin;
pub mod choose;
pub mod make;
pub mod notice;
pub mod review;
pub mod scan;
pub mod ticket;
pub mod welcome;

use std::collections::BTreeMap;
use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::widget::{column, container, mouse_area, opaque, row, scrollable, space, stack};
use iced::{Alignment, Element, Length, Subscription, Task, Theme, keyboard};

use crate::domain::Catalog;
use crate::hub::api::{FieldValue, Preapp, RecordIn, Source};
use crate::i18n::{I18n, Lang, Message as Text};
use crate::preapp::DecodeOptions;
use crate::scan::wedge::{WedgeConfig, WedgeDetector, WedgeOutput};
use crate::ui::service::{
    ServiceError, ServiceInfo, StaffCall, Ticket, TicketRequest, TicketService,
};
use crate::ui::theme::{Emphasis, Look, warning_banner};
use crate::ui::widgets::{Ctx, bar_button, touch_button};

pub use crate::config::kiosk::KioskConfig;

/// How long the hidden corner must be held to open the facilities panel.
pub const LONG_PRESS: Duration = Duration::from_secs(2);
/// The idle countdown is shown for this long before the wipe.
pub const COUNTDOWN: Duration = Duration::from_secs(10);
/// Side of the hidden corner, bottom left.
pub const CORNER_SIZE: f32 = 96.0;
/// The widget id of the hidden corner (tests press it).
pub const CORNER_ID: &str = "kiosk-admin-corner";
/// Without a camera, the kiosk looks for one again this often.
pub const CAMERA_RECHECK: Duration = Duration::from_secs(5);

/// Everything the kiosk needs to start.
#[derive(Clone)]
pub struct KioskOptions {
    pub settings: KioskConfig,
    pub service: Arc<dyn TicketService>,
    pub i18n: I18n,
    /// The procedures a pre-application may name.
    pub catalog: Arc<Catalog>,
    /// How QR payloads are read (office key, whether plain ones are accepted).
    pub decode: DecodeOptions,
    /// An image the scan screen can read instead of a camera (the demo QR).
    pub demo_qr: Option<PathBuf>,
    pub fullscreen: bool,
    /// Open on another screen (screenshots, demos).
    pub start: StartScreen,
    /// Display modes of that first screen (screenshots); a wipe resets them.
    pub start_look: Look,
    /// The `kiosk.toml` the facilities panel saves to (`--config`); without
    /// one, changes last until the kiosk restarts.
    pub config_path: Option<PathBuf>,
    /// Where the device token from enrollment is written.
    pub data_dir: Option<PathBuf>,
    /// The cameras the scan screen and the panel's camera test use.
    pub cameras: Arc<dyn scan::Cameras>,
}

impl KioskOptions {
    pub fn new(settings: KioskConfig, service: Arc<dyn TicketService>) -> Self {
        let catalog = settings.catalog().unwrap_or_else(|problems| {
            tracing::warn!(
                problems = problems.len(),
                "procedure folder unreadable; using the shipped catalogue"
            );
            Catalog::embedded()
        });
        KioskOptions {
            settings,
            service,
            i18n: I18n::embedded(),
            catalog: Arc::new(catalog),
            decode: DecodeOptions::new(None, true),
            demo_qr: None,
            fullscreen: false,
            start: StartScreen::Welcome,
            start_look: Look::default(),
            config_path: None,
            data_dir: None,
            cameras: Arc::new(scan::SystemCameras),
        }
    }
}

/// A screen to open at start, for screenshots (`MADOGUCHI_SCREEN`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StartScreen {
    #[default]
    Welcome,
    Choose,
    Services,
    Ticket,
    StaffCalled,
    Languages,
    IdleWarning,
    Pin,
    Admin,
    Scan,
    /// The review of the demo pre-application.
    Review,
    /// Make it here: the list of what can be made.
    Make,
    /// Make it here, 住民票の写し: the reading on the kana grid.
    MakeKana,
    /// Make it here, 住民票の写し: the birth date on the date pad.
    MakeDate,
}

impl StartScreen {
    pub const ALL: &[(&str, StartScreen)] = &[
        ("welcome", StartScreen::Welcome),
        ("choose", StartScreen::Choose),
        ("services", StartScreen::Services),
        ("ticket", StartScreen::Ticket),
        ("staff", StartScreen::StaffCalled),
        ("languages", StartScreen::Languages),
        ("idle", StartScreen::IdleWarning),
        ("pin", StartScreen::Pin),
        ("admin", StartScreen::Admin),
        ("scan", StartScreen::Scan),
        ("review", StartScreen::Review),
        ("make", StartScreen::Make),
        ("make-kana", StartScreen::MakeKana),
        ("make-date", StartScreen::MakeDate),
    ];

    pub fn parse(name: &str) -> Option<StartScreen> {
        StartScreen::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, s)| *s)
    }
}

/// All of one resident's traces on this kiosk.
#[derive(Debug)]
pub struct Resident {
    pub lang: Lang,
    pub look: Look,
    pub screen: Screen,
    pub picking_language: bool,
    /// A ticket or staff call is on its way.
    pub pending: bool,
    /// Answers made here, kept while the resident reviews them (Back
    /// returns to the questions).
    pub made: Option<Box<make::State>>,
}

impl Resident {
    pub fn fresh(lang: Lang) -> Self {
        Resident {
            lang,
            look: Look::default(),
            screen: Screen::Welcome,
            picking_language: false,
            pending: false,
            made: None,
        }
    }

    /// Whether nothing of a resident is left (the state after a wipe).
    pub fn is_fresh(&self, default_lang: Lang) -> bool {
        self.lang == default_lang
            && self.look == Look::default()
            && matches!(self.screen, Screen::Welcome)
            && !self.picking_language
            && !self.pending
            && self.made.is_none()
    }
}

#[derive(Debug)]
pub enum Screen {
    Welcome,
    Choose(choose::State),
    Make(Box<make::State>),
    Scan(scan::State),
    Review(Box<review::State>),
    Ticket(Box<ticket::State>),
    Notice(notice::State),
}

#[derive(Debug, Clone)]
pub enum Message {
    Tick(Instant),
    Welcome(welcome::Message),
    Choose(choose::Message),
    Make(make::Message),
    Scan(scan::Message),
    Review(review::Message),
    /// A key from the keyboard (or a USB scanner typing), with its time;
    /// `'\n'` is Enter. See [`key_message`].
    WedgeKey(char, Instant),
    Ticket(ticket::Message),
    Notice(notice::Message),
    Admin(admin::Message),
    OpenLanguages,
    Language(Lang),
    ToggleLargeText,
    ToggleHighContrast,
    /// Back to welcome, forgetting everything.
    Home,
    /// Dismisses the idle countdown.
    StillHere,
    CornerPressed,
    CornerReleased,
    /// `session` is the [`Kiosk::session`] that asked; late answers for a
    /// resident who has gone are dropped.
    TicketIssued(u64, Result<Ticket, ServiceError>),
    StaffCalled(u64, Result<(), ServiceError>),
    FileRead(u64, Result<Vec<String>, Text>),
}

/// Work with side effects, performed outside [`Kiosk::update`].
#[derive(Clone, PartialEq)]
pub enum Effect {
    IssueTicket(u64, TicketRequest),
    CallStaff(u64, StaffCall),
    VerifyPin {
        pin: String,
        hash: String,
    },
    /// Read the QR texts of an image file (off the UI thread).
    ReadFile(u64, PathBuf),
    /// Save the record in the outbox, then take a number for it.
    Submit(u64, TicketRequest, Box<RecordIn>),
    /// Exchange an enrollment code for a device token and write it to `token_file`.
    Enroll {
        hub_url: String,
        code: String,
        token_file: Option<PathBuf>,
    },
}

impl std::fmt::Debug for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Effect::IssueTicket(s, r) => f.debug_tuple("IssueTicket").field(s).field(r).finish(),
            Effect::CallStaff(s, c) => f.debug_tuple("CallStaff").field(s).field(c).finish(),
            Effect::ReadFile(s, p) => f.debug_tuple("ReadFile").field(s).field(p).finish(),
            // A record is personal data: never in logs.
            Effect::Submit(s, r, _) => f.debug_tuple("Submit").field(s).field(r).finish(),
            // Never print a PIN, even in debug logs.
            Effect::VerifyPin { .. } => f.write_str("VerifyPin { .. }"),
            // The code is a one-time secret.
            Effect::Enroll { hub_url, .. } => f
                .debug_struct("Enroll")
                .field("hub_url", hub_url)
                .finish_non_exhaustive(),
        }
    }
}

pub struct Kiosk {
    settings: KioskConfig,
    services: Vec<ServiceInfo>,
    service: Arc<dyn TicketService>,
    i18n: I18n,
    now: Instant,
    last_activity: Instant,
    resident: Resident,
    /// Counts residents; see [`Message::TicketIssued`].
    session: u64,
    admin: Option<admin::State>,
    corner_pressed_at: Option<Instant>,
    catalog: Arc<Catalog>,
    decode: DecodeOptions,
    demo_qr: Option<PathBuf>,
    /// Holds a scan in progress (possibly a payload): reset by every wipe.
    wedge: WedgeDetector,
    /// The hub did not answer last time: the offline banner is up.
    offline: bool,
    config_path: Option<PathBuf>,
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
}

impl std::fmt::Debug for Kiosk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kiosk")
            .field("settings", &self.settings)
            .field("resident", &self.resident)
            .field("session", &self.session)
            .field("admin", &self.admin)
            .finish_non_exhaustive()
    }
}

impl Kiosk {
    /// A kiosk on its welcome screen at `now`.
    pub fn new(options: KioskOptions, now: Instant) -> Self {
        let services = options.service.services();
        let wedge = wedge_detector(&options.settings);
        let token_saved = options.data_dir.as_ref().is_some_and(|dir| {
            std::fs::read_to_string(dir.join(&options.settings.device_token_file))
                .is_ok_and(|t| !t.trim().is_empty())
        });
        let enrolled = token_saved || options.service.sync_status().is_some();
        let camera = scan::CameraFeed::start(&options.settings.camera.device, &*options.cameras);
        Kiosk {
            config_path: options.config_path,
            data_dir: options.data_dir,
            cameras: options.cameras,
            camera,
            camera_checked_at: now,
            camera_test: None,
            camera_devices: Vec::new(),
            devices_listed_at: None,
            enrolled,
            quit: false,
            offline: !options.service.online(),
            catalog: options.catalog,
            decode: options.decode,
            demo_qr: options.demo_qr,
            wedge,
            resident: Resident::fresh(options.settings.languages.default),
            settings: options.settings,
            services,
            service: options.service,
            i18n: options.i18n,
            now,
            last_activity: now,
            session: 0,
            admin: None,
            corner_pressed_at: None,
        }
    }

    /// [`Kiosk::new`] moved to `options.start`, with the effect that gets it
    /// there (a real ticket from the service for [`StartScreen::Ticket`]).
    pub fn with_start(options: KioskOptions, now: Instant) -> (Self, Option<Effect>) {
        let (start, look) = (options.start, options.start_look);
        let mut kiosk = Kiosk::new(options, now);
        kiosk.resident.look = look;
        let first_service = kiosk
            .services
            .first()
            .map(|s| s.id.clone())
            .unwrap_or_default();
        let effect = match start {
            StartScreen::Welcome => None,
            StartScreen::Choose => kiosk.update(Message::Welcome(welcome::Message::Start)),
            StartScreen::Services => {
                kiosk.update(Message::Welcome(welcome::Message::Start));
                kiosk.update(Message::Choose(choose::Message::JustNumber))
            }
            StartScreen::Ticket => {
                kiosk.update(Message::Welcome(welcome::Message::Start));
                kiosk.update(Message::Choose(choose::Message::Service(first_service)))
            }
            StartScreen::StaffCalled => {
                kiosk.update(Message::Welcome(welcome::Message::Start));
                kiosk.update(Message::Choose(choose::Message::CallStaff))
            }
            StartScreen::Languages => {
                kiosk.update(Message::Welcome(welcome::Message::Start));
                kiosk.update(Message::OpenLanguages)
            }
            StartScreen::IdleWarning => {
                kiosk.update(Message::Welcome(welcome::Message::Start));
                // Pretend the resident stepped away just before the countdown.
                kiosk.last_activity = now
                    .checked_sub(kiosk.idle_timeout() - COUNTDOWN)
                    .unwrap_or(now);
                None
            }
            StartScreen::Pin => {
                kiosk.admin = Some(admin::State::new());
                None
            }
            StartScreen::Admin => {
                let mut state = admin::State::new();
                state.update(admin::Message::PinChecked(true), now, &kiosk.settings);
                kiosk.admin = Some(state);
                None
            }
            StartScreen::Scan => {
                kiosk.update(Message::Welcome(welcome::Message::Start));
                kiosk.update(Message::Choose(choose::Message::HaveQr))
            }
            StartScreen::Review => {
                kiosk.update(Message::Welcome(welcome::Message::Start));
                kiosk.update(Message::Choose(choose::Message::HaveQr));
                let texts = crate::ui::demo::demo_payload()
                    .map(|e| e.parts)
                    .unwrap_or_default();
                for text in texts {
                    kiosk.scanned(text);
                }
                // The screenshot's language, not the demo form's.
                kiosk.resident.lang = kiosk.settings.languages.default;
                None
            }
            StartScreen::Make | StartScreen::MakeKana | StartScreen::MakeDate => {
                kiosk.update(Message::Welcome(welcome::Message::Start));
                kiosk.update(Message::Choose(choose::Message::MakeHere));
                if start != StartScreen::Make {
                    let pick = make::Message::Pick(crate::domain::interview::Offer::Procedure(
                        "juminhyo-utsushi".into(),
                    ));
                    kiosk.update(Message::Make(pick));
                    for key in "ヤマダ ハナコ".chars() {
                        let key = match key {
                            ' ' => crate::ui::keypads::KanaKey::Space,
                            c => crate::ui::keypads::KanaKey::Char(c),
                        };
                        kiosk.update(Message::Make(make::Message::Kana(key)));
                    }
                }
                if start == StartScreen::MakeDate {
                    kiosk.update(Message::Make(make::Message::Next));
                    let showa = crate::ui::keypads::DateKey::Era(Some(crate::domain::Era::Showa));
                    kiosk.update(Message::Make(make::Message::Date(showa)));
                    for digit in [6, 0, 4, 1, 2] {
                        let key = crate::ui::widgets::Key::Digit(digit);
                        kiosk.update(Message::Make(make::Message::Digit(key)));
                    }
                }
                None
            }
        };
        (kiosk, effect)
    }

    pub fn resident(&self) -> &Resident {
        &self.resident
    }

    pub fn settings(&self) -> &KioskConfig {
        &self.settings
    }

    pub fn admin(&self) -> Option<&admin::State> {
        self.admin.as_ref()
    }

    pub fn session(&self) -> u64 {
        self.session
    }

    /// Whether the offline banner is up.
    pub fn is_offline(&self) -> bool {
        self.offline
    }

    /// The running camera, if any.
    pub fn camera(&self) -> Option<&scan::CameraFeed> {
        self.camera.as_ref()
    }

    /// Whether staff asked the kiosk program to end.
    pub fn quit_requested(&self) -> bool {
        self.quit
    }

    /// Whether a scanner burst is half-read (it may hold a payload).
    pub fn scan_pending(&self) -> bool {
        self.wedge.is_pending()
    }

    /// Whether nothing of any resident or staff member is held.
    pub fn is_fresh(&self) -> bool {
        self.resident.is_fresh(self.settings.languages.default) && self.admin.is_none()
    }

    pub fn idle_timeout(&self) -> Duration {
        Duration::from_secs(u64::from(self.settings.idle_timeout_secs))
    }

    /// Time left before the idle wipe, when a wipe is due at all.
    pub fn idle_remaining(&self) -> Option<Duration> {
        if self.is_fresh() {
            return None;
        }
        let idle = self.now.saturating_duration_since(self.last_activity);
        Some(self.idle_timeout().saturating_sub(idle))
    }

    pub fn title(&self) -> String {
        format!("Madoguchi — {}", self.settings.name)
    }

    pub fn theme(&self) -> Theme {
        self.resident.look.theme()
    }

    pub fn update(&mut self, message: Message) -> Option<Effect> {
        if let Message::Tick(now) = message {
            return self.tick(now);
        }
        if !matches!(
            message,
            Message::TicketIssued(..) | Message::StaffCalled(..) | Message::FileRead(..)
        ) {
            self.last_activity = self.now;
        }
        match message {
            Message::Tick(_) => None,
            Message::Welcome(message) => {
                match welcome::update(message) {
                    welcome::Action::SetLanguage(lang) => self.set_language(lang),
                    welcome::Action::Start => {
                        self.resident.screen = Screen::Choose(choose::State::default())
                    }
                }
                None
            }
            Message::Choose(message) => {
                let Screen::Choose(state) = &mut self.resident.screen else {
                    return None;
                };
                if self.resident.pending {
                    return None;
                }
                match state.update(message, &self.services) {
                    choose::Action::None => None,
                    choose::Action::Back => {
                        self.resident.screen = Screen::Welcome;
                        None
                    }
                    choose::Action::ScanQr => {
                        self.resident.screen = Screen::Scan(self.scan_state());
                        None
                    }
                    choose::Action::MakeHere => {
                        let offer = &self.settings.offer;
                        self.resident.screen = Screen::Make(Box::new(make::State::new(
                            make::offers(&offer.bundles, &offer.procedures),
                            make::western_dates(self.resident.lang),
                        )));
                        None
                    }
                    choose::Action::TakeNumber(service_id) => {
                        self.resident.pending = true;
                        Some(Effect::IssueTicket(
                            self.session,
                            TicketRequest {
                                service_id,
                                kiosk: self.settings.name.clone(),
                                lang: self.resident.lang,
                            },
                        ))
                    }
                    choose::Action::CallStaff => {
                        self.resident.pending = true;
                        Some(Effect::CallStaff(
                            self.session,
                            StaffCall {
                                kiosk: self.settings.name.clone(),
                                lang: self.resident.lang,
                            },
                        ))
                    }
                }
            }
            Message::Make(message) => {
                let Screen::Make(state) = &mut self.resident.screen else {
                    return None;
                };
                match state.update(message, &self.catalog) {
                    make::Action::None => {}
                    make::Action::Back => {
                        self.resident.screen = Screen::Choose(choose::State::default())
                    }
                    make::Action::Done => {
                        if let Some(interview) = &state.interview {
                            let review = review::State::made_here(
                                &self.catalog,
                                interview.active(),
                                interview.result(),
                                interview.clerk_keys(),
                            );
                            let Screen::Make(made) = std::mem::replace(
                                &mut self.resident.screen,
                                Screen::Review(Box::new(review)),
                            ) else {
                                return None;
                            };
                            self.resident.made = Some(made);
                        }
                    }
                }
                None
            }
            Message::Scan(message) => {
                let Screen::Scan(state) = &mut self.resident.screen else {
                    return None;
                };
                let action = state.update(message);
                self.scan_action(action)
            }
            Message::Review(message) => {
                let Screen::Review(state) = &mut self.resident.screen else {
                    return None;
                };
                if self.resident.pending {
                    return None;
                }
                match state.update(message, &self.catalog) {
                    review::Action::None => None,
                    review::Action::Back => {
                        self.resident.screen = match self.resident.made.take() {
                            Some(mut made) => {
                                made.reopen();
                                Screen::Make(made)
                            }
                            None => Screen::Scan(self.scan_state()),
                        };
                        None
                    }
                    review::Action::Confirm => {
                        // The record carries the answers from here on.
                        self.resident.made = None;
                        let record = record_of(state, self.resident.lang);
                        let request = TicketRequest {
                            service_id: state.service().to_owned(),
                            kiosk: self.settings.name.clone(),
                            lang: self.resident.lang,
                        };
                        self.resident.pending = true;
                        Some(Effect::Submit(self.session, request, Box::new(record)))
                    }
                }
            }
            Message::WedgeKey(key, at) => {
                // Key events carry their own time; the activity is now.
                self.now = self.now.max(at);
                self.last_activity = self.now;
                match self.wedge.push(key, at) {
                    Some(WedgeOutput::Scan(text)) => self.route_scan(text),
                    // A person typing on a kiosk keyboard: nothing asks for text.
                    Some(WedgeOutput::Typed(_)) | None => None,
                }
            }
            Message::FileRead(session, result) => {
                if session != self.session {
                    return None;
                }
                let Screen::Scan(state) = &mut self.resident.screen else {
                    return None;
                };
                let action = state.update(scan::Message::FileRead(result));
                self.scan_action(action)
            }
            Message::Ticket(message) => {
                if let Screen::Ticket(state) = &mut self.resident.screen {
                    match state.update(message) {
                        ticket::Action::Finished => self.wipe("ticket done"),
                    }
                }
                None
            }
            Message::Notice(message) => {
                if let Screen::Notice(state) = &mut self.resident.screen {
                    match state.update(message) {
                        notice::Action::Finished => self.wipe("notice done"),
                    }
                }
                None
            }
            Message::Admin(message) => {
                if let admin::Message::Enrolled(Ok(_)) = &message {
                    self.enrolled = true;
                }
                let state = self.admin.as_mut()?;
                match state.update(message, self.now, &self.settings) {
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
                    admin::Action::TestCamera(setting) => {
                        self.camera_test = Some(setting);
                        self.keep_camera(true);
                        None
                    }
                    admin::Action::Enroll { hub_url, code } => Some(Effect::Enroll {
                        hub_url,
                        code,
                        token_file: self
                            .data_dir
                            .as_ref()
                            .map(|dir| dir.join(&self.settings.device_token_file)),
                    }),
                    admin::Action::VerifyPin(pin) => {
                        let hash = self.settings.admin.pin_hash.clone().unwrap_or_default();
                        Some(Effect::VerifyPin { pin, hash })
                    }
                    admin::Action::Apply(settings) => {
                        let outcome = match &self.config_path {
                            None => admin::Outcome::Applied,
                            Some(path) => match crate::config::kiosk::save(path, &settings) {
                                Ok(()) => admin::Outcome::Saved(path.clone()),
                                Err(crate::config::kiosk::SaveError::Invalid { key, message }) => {
                                    admin::Outcome::Refused {
                                        key,
                                        reason: message,
                                    }
                                }
                                Err(error) => {
                                    tracing::warn!(%error, "kiosk settings not saved");
                                    admin::Outcome::Failed(error.message())
                                }
                            },
                        };
                        let applied =
                            matches!(outcome, admin::Outcome::Applied | admin::Outcome::Saved(_));
                        if let Some(state) = self.admin.as_mut() {
                            state.update(
                                admin::Message::Applied(outcome),
                                self.now,
                                &self.settings,
                            );
                        }
                        if !applied {
                            return None;
                        }
                        tracing::info!(name = %settings.name, idle = settings.idle_timeout_secs, "kiosk settings applied");
                        self.settings = *settings;
                        if !self
                            .settings
                            .languages
                            .offered
                            .contains(&self.resident.lang)
                        {
                            self.resident.lang = self.settings.languages.default;
                        }
                        None
                    }
                }
            }
            Message::OpenLanguages => {
                self.resident.picking_language = true;
                None
            }
            Message::Language(lang) => {
                self.set_language(lang);
                self.resident.picking_language = false;
                None
            }
            Message::ToggleLargeText => {
                self.resident.look.large_text = !self.resident.look.large_text;
                None
            }
            Message::ToggleHighContrast => {
                self.resident.look.high_contrast = !self.resident.look.high_contrast;
                None
            }
            Message::Home => {
                self.wipe("home");
                None
            }
            Message::StillHere => None,
            Message::CornerPressed => {
                self.corner_pressed_at = Some(self.now);
                None
            }
            Message::CornerReleased => {
                self.corner_pressed_at = None;
                None
            }
            Message::TicketIssued(session, result) => {
                if session != self.session {
                    tracing::info!("ticket answer arrived after the resident left; dropped");
                    return None;
                }
                self.resident.pending = false;
                match result {
                    Ok(ticket) => {
                        tracing::info!(number = %ticket.number, service = %ticket.service.id, "ticket issued");
                        self.resident.screen =
                            Screen::Ticket(Box::new(ticket::State::new(ticket, self.now)));
                    }
                    Err(error) => {
                        tracing::warn!(%error, "ticket not issued");
                        self.show_notice(Text::new("kiosk-error-heading"), error.message());
                    }
                }
                None
            }
            Message::StaffCalled(session, result) => {
                if session != self.session {
                    return None;
                }
                self.resident.pending = false;
                match result {
                    Ok(()) => self.show_notice(
                        Text::new("kiosk-staff-called-heading"),
                        Text::new("kiosk-staff-called-body"),
                    ),
                    Err(error) => {
                        self.show_notice(Text::new("kiosk-error-heading"), error.message())
                    }
                }
                None
            }
        }
    }

    fn tick(&mut self, now: Instant) -> Option<Effect> {
        self.now = now;
        let effect = self.poll_camera();
        self.offline = !self.service.online();
        // A burst that stopped without Enter was not a scanner.
        let _ = self.wedge.poll(now);
        if let Some(pressed) = self.corner_pressed_at
            && now.saturating_duration_since(pressed) >= LONG_PRESS
        {
            self.corner_pressed_at = None;
            if self.admin.is_none() {
                tracing::info!("facilities entry opened");
                self.admin = Some(admin::State::new());
                self.last_activity = now;
            }
        }
        if self.idle_remaining().is_some_and(|left| left.is_zero()) {
            self.wipe("idle timeout");
            return None;
        }
        let linger = Duration::from_secs(u64::from(self.settings.ticket_linger_secs));
        let done = match &self.resident.screen {
            Screen::Ticket(state) => state.expired(now, linger),
            Screen::Notice(state) => now.saturating_duration_since(state.shown_at) >= linger,
            _ => false,
        };
        if done {
            self.wipe("ticket shown");
        }
        effect
    }

    /// Takes the camera's news: starts, swaps or looks again for the camera
    /// as settings and the panel's test ask, keeps its newest picture and
    /// hands what it read on like a USB scan.
    fn poll_camera(&mut self) -> Option<Effect> {
        self.keep_camera(false);
        let list_due = self
            .devices_listed_at
            .is_none_or(|at| self.now.saturating_duration_since(at) >= CAMERA_RECHECK / 2);
        if self.admin.is_some() && list_due {
            self.camera_devices = self.cameras.devices();
            self.devices_listed_at = Some(self.now);
        }
        let texts = self.camera.as_mut().map(|c| c.poll()).unwrap_or_default();
        let mut effect = None;
        for text in texts {
            // The first effect wins; texts are rare, several at once rarer.
            effect = effect.or(self.route_scan(text));
        }
        effect
    }

    /// Keeps the camera the settings (or the panel's test) ask for running.
    /// Without one, looks again every [`CAMERA_RECHECK`] (a camera plugged
    /// in later, `auto`); `now` forces a restart of a failed start.
    fn keep_camera(&mut self, now: bool) {
        let wanted = self
            .camera_test
            .clone()
            .unwrap_or_else(|| self.settings.camera.device.clone());
        let changed = self.camera.as_ref().is_some_and(|c| c.setting != wanted);
        let look_again = self.camera.is_none()
            && self.now.saturating_duration_since(self.camera_checked_at) >= CAMERA_RECHECK;
        if changed || look_again || (now && self.camera.is_none()) {
            // Release the device before opening another (or the same) one.
            self.camera = None;
            self.camera = scan::CameraFeed::start(&wanted, &*self.cameras);
            self.camera_checked_at = self.now;
        }
    }

    /// A text from a scanner: the panel's while it is open, else the resident's.
    fn route_scan(&mut self, text: String) -> Option<Effect> {
        if self.admin.is_some() {
            return self.update(Message::Admin(admin::Message::Scanned(text)));
        }
        self.scanned(text)
    }

    fn set_language(&mut self, lang: Lang) {
        if self.settings.languages.offered.contains(&lang) {
            self.resident.lang = lang;
        }
    }

    fn show_notice(&mut self, heading: Text, body: Text) {
        self.resident.screen = Screen::Notice(notice::State::new(heading, body, self.now));
    }

    fn scan_state(&self) -> scan::State {
        scan::State::new(self.decode.clone(), self.demo_qr.clone())
    }

    /// A complete text from the scanner: opens the scan screen (from any
    /// resident screen but the review and the ticket) and reads it there.
    fn scanned(&mut self, text: String) -> Option<Effect> {
        match &self.resident.screen {
            Screen::Scan(_) => {}
            Screen::Welcome | Screen::Choose(_) | Screen::Notice(_) => {
                self.resident.picking_language = false;
                self.resident.screen = Screen::Scan(self.scan_state());
            }
            // Answers being made here are not thrown away by a stray scan.
            Screen::Review(_) | Screen::Ticket(_) | Screen::Make(_) => return None,
        }
        let Screen::Scan(state) = &mut self.resident.screen else {
            return None;
        };
        let action = state.update(scan::Message::Scanned(text));
        self.scan_action(action)
    }

    fn scan_action(&mut self, action: scan::Action) -> Option<Effect> {
        match action {
            scan::Action::None => None,
            scan::Action::Back => {
                self.resident.screen = Screen::Choose(choose::State::default());
                None
            }
            scan::Action::ReadFile(path) => Some(Effect::ReadFile(self.session, path)),
            scan::Action::Complete {
                application,
                sealed,
            } => {
                match review::State::new(&self.catalog, &application, sealed) {
                    Ok(review) => {
                        // Greet the resident in the language they used at
                        // home, unless they already chose one here.
                        if self.resident.lang == self.settings.languages.default {
                            self.set_language(application.form.language);
                        }
                        self.resident.screen = Screen::Review(Box::new(review));
                    }
                    Err(reason) => {
                        if let Screen::Scan(state) = &mut self.resident.screen {
                            state.error = Some(reason);
                        }
                    }
                }
                None
            }
        }
    }

    /// Forgets the resident (and closes the facilities panel).
    fn wipe(&mut self, why: &'static str) {
        tracing::debug!(why, "resident state wiped");
        self.wedge = wedge_detector(&self.settings);
        self.resident = Resident::fresh(self.settings.languages.default);
        self.admin = None;
        self.camera_test = None;
        self.corner_pressed_at = None;
        self.session += 1;
        self.last_activity = self.now;
    }

    /// The future that carries out an effect and answers with a message.
    pub fn perform(&self, effect: Effect) -> impl Future<Output = Message> + Send + 'static {
        let service = self.service.clone();
        async move {
            match effect {
                Effect::IssueTicket(session, request) => {
                    Message::TicketIssued(session, service.issue_ticket(request).await)
                }
                Effect::CallStaff(session, call) => {
                    Message::StaffCalled(session, service.call_staff(call).await)
                }
                Effect::ReadFile(session, path) => {
                    let (send, receive) = iced::futures::channel::oneshot::channel();
                    std::thread::spawn(move || {
                        let _ = send.send(scan::read_file(&path));
                    });
                    let result = receive
                        .await
                        .unwrap_or_else(|_| Err(Text::new("kiosk-scan-no-code")));
                    Message::FileRead(session, result)
                }
                Effect::Submit(session, request, record) => {
                    // The record is safe in the outbox before the resident
                    // gets a number: a lost ticket answer never loses it.
                    let mut record = *record;
                    let result = async {
                        let ticket = service.issue_ticket(request).await?;
                        record.number = Some(ticket.number.clone());
                        service.submit(record).await?;
                        Ok(ticket)
                    }
                    .await;
                    Message::TicketIssued(session, result)
                }
                Effect::VerifyPin { pin, hash } => {
                    // argon2 takes tens of milliseconds by design: not on the UI thread.
                    let (send, receive) = iced::futures::channel::oneshot::channel();
                    std::thread::spawn(move || {
                        let _ = send.send(crate::config::kiosk::verify_pin(&pin, &hash));
                    });
                    Message::Admin(admin::Message::PinChecked(receive.await.unwrap_or(false)))
                }
                Effect::Enroll {
                    hub_url,
                    code,
                    token_file,
                } => Message::Admin(admin::Message::Enrolled(
                    enroll(hub_url, code, token_file).await,
                )),
            }
        }
    }

    /// `update` for the iced program: effects become tasks.
    pub fn update_task(&mut self, message: Message) -> Task<Message> {
        let task = match self.update(message) {
            Some(effect) => Task::future(self.perform(effect)),
            None => Task::none(),
        };
        if self.quit { iced::exit() } else { task }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        // Fast ticks only while the hidden corner is held, to open on time,
        // or a camera runs, for a live preview.
        let every = if self.corner_pressed_at.is_some() || self.camera.is_some() {
            100
        } else {
            500
        };
        Subscription::batch([
            iced::time::every(Duration::from_millis(every)).map(Message::Tick),
            iced::event::listen_with(|event, _status, _window| match event {
                iced::Event::Keyboard(event) => key_message(&event, Instant::now()),
                _ => None,
            }),
        ])
    }

    pub fn view(&self) -> Element<'_, Message> {
        let ctx = Ctx::new(&self.i18n, self.resident.lang, self.resident.look.sizes());
        let body: Element<'_, Message> = if let Some(admin) = &self.admin {
            let info = admin::PanelInfo {
                catalog: &self.catalog,
                cameras: &self.camera_devices,
                camera: self.camera.as_ref(),
                enrolled: self.enrolled,
                sync: self.service.sync_status(),
            };
            admin.view(&ctx, self.now, &info).map(Message::Admin)
        } else if self.resident.picking_language {
            container(
                column![
                    ctx.heading(ctx.tr("kiosk-language-heading")),
                    welcome::language_grid(
                        &ctx,
                        &self.settings.languages.offered,
                        Message::Language
                    ),
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
                Screen::Scan(state) => state.view(&ctx, self.camera.as_ref()).map(Message::Scan),
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
            }
        };

        let mut page = column![].width(Length::Fill).height(Length::Fill);
        if self.admin.is_none() {
            page = page.push(self.top_bar(&ctx));
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
                .on_press(Message::CornerPressed)
                .on_release(Message::CornerReleased)
                .on_exit(Message::CornerReleased),
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

    fn top_bar<'a>(&self, ctx: &Ctx<'_>) -> Element<'a, Message> {
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
                    Message::Home,
                ))
                .push(bar_button(
                    ctx,
                    ctx.tr("kiosk-bar-language"),
                    Emphasis::Secondary,
                    Message::OpenLanguages,
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
        bar = bar
            .push(bar_button(
                ctx,
                ctx.tr(large_key),
                large_emphasis,
                Message::ToggleLargeText,
            ))
            .push(bar_button(
                ctx,
                ctx.tr(contrast_key),
                contrast_emphasis,
                Message::ToggleHighContrast,
            ));
        container(bar).padding([8, 24]).width(Length::Fill).into()
    }

    fn idle_banner<'a>(&self, ctx: &Ctx<'_>) -> Option<Element<'a, Message>> {
        if matches!(self.resident.screen, Screen::Ticket(_)) {
            return None; // the ticket shows its own countdown
        }
        let left = self.idle_remaining().filter(|left| *left <= COUNTDOWN)?;
        let seconds = left.as_secs_f32().ceil() as u64;
        let banner = row![
            ctx.body(ctx.tr_args("kiosk-idle-warning", &[("seconds", seconds.into())]))
                .width(Length::Fill),
            touch_button(
                ctx,
                ctx.tr("kiosk-idle-continue"),
                Emphasis::Primary,
                Some(Message::StillHere),
                300
            ),
        ]
        .spacing(ctx.sizes.spacing)
        .align_y(Alignment::Center);
        Some(
            container(banner)
                .padding([16.0, 24.0 + CORNER_SIZE])
                .width(Length::Fill)
                .style(warning_banner)
                .into(),
        )
    }
}

/// Enrollment: the hub's device token for `code`, written (atomically) to
/// `token_file`.
async fn enroll(
    hub_url: String,
    code: String,
    token_file: Option<PathBuf>,
) -> Result<admin::Enrolled, Text> {
    let token_file = token_file.ok_or_else(|| Text::new("kiosk-admin-enroll-no-data-dir"))?;
    let enrolled = crate::sync::enroll(&hub_url, &code)
        .await
        .map_err(|e| e.message())?;
    let write = || {
        if let Some(folder) = token_file.parent() {
            std::fs::create_dir_all(folder)?;
        }
        crate::config::kiosk::write_atomic(&token_file, enrolled.token.as_bytes())
    };
    write().map_err(|e| {
        Text::new("kiosk-admin-save-failed")
            .arg("path", token_file.display().to_string())
            .arg("reason", e.to_string())
    })?;
    tracing::info!(name = %enrolled.name, %hub_url, "kiosk enrolled");
    Ok(admin::Enrolled {
        hub_url,
        name: enrolled.name,
    })
}

fn wedge_detector(settings: &KioskConfig) -> WedgeDetector {
    WedgeDetector::new(WedgeConfig {
        max_mean_gap: Duration::from_millis(u64::from(settings.scanner.wedge_inter_key_max_ms)),
        ..WedgeConfig::default()
    })
}

/// The kiosk's message for a keyboard event at `at`: a typed character or
/// Enter, for the wedge detector. The iced subscription uses it, and tests
/// push simulated scanner events through it.
pub fn key_message(event: &keyboard::Event, at: Instant) -> Option<Message> {
    let keyboard::Event::KeyPressed { key, text, .. } = event else {
        return None;
    };
    if let keyboard::Key::Named(keyboard::key::Named::Enter) = key {
        return Some(Message::WedgeKey('\n', at));
    }
    let mut chars = text.as_deref()?.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() => Some(Message::WedgeKey(c, at)),
        _ => None,
    }
}

/// Record field listing the answer keys a kiosk-made record leaves to the
/// clerk (names and addresses in kanji), as a JSON array.
pub const CLERK_COMPLETES: &str = "clerk.to-complete";

/// The record a confirmed review sends to the hub: every answer by its key,
/// marked as read from the QR or changed on the kiosk, household members as
/// one `household` list. A record made here is all `kiosk`, and lists what
/// the clerk completes under [`CLERK_COMPLETES`].
pub fn record_of(review: &review::State, lang: Lang) -> RecordIn {
    let mut fields = BTreeMap::new();
    for (key, value) in &review.answers.values {
        let source = if review.changed.contains(key) || review.made_here {
            Source::Kiosk
        } else {
            Source::Qr
        };
        fields.insert(
            key.clone(),
            FieldValue {
                value: serde_json::Value::String(value.clone()),
                source,
            },
        );
    }
    if !review.answers.household.is_empty() {
        fields.insert(
            "household".into(),
            FieldValue {
                value: serde_json::json!(review.answers.household),
                source: if review.made_here {
                    Source::Kiosk
                } else {
                    Source::Qr
                },
            },
        );
    }
    if !review.clerk.is_empty() {
        fields.insert(
            CLERK_COMPLETES.into(),
            FieldValue {
                value: serde_json::json!(review.clerk),
                source: Source::Kiosk,
            },
        );
    }
    RecordIn {
        id: uuid::Uuid::new_v4(),
        created_at: chrono::Utc::now(),
        procedures: review.procedures.iter().map(|p| p.id.clone()).collect(),
        lang: lang.code().to_owned(),
        fields,
        number: None,
        preapp: if review.made_here {
            Preapp::None
        } else if review.sealed {
            Preapp::Encrypted
        } else {
            Preapp::Plain
        },
    }
}
