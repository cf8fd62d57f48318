//! The kiosk: the resident's fullscreen flow.
//!
//! [`Kiosk`] owns the screens (one module each, with its own `State`,
//! `Message`, `update` returning an `Action`, and `view`) and everything that
//! cuts across them: the language, the display modes, the idle timeout. The
//! kiosk as a device (camera, the hidden facilities entry and panel,
//! enrollment, its settings file, quitting) is a part of its own,
//! [`device`], with its own messages, effects and events.
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
//! [`TicketService`] and shows the [`ticket`]. The camera's texts (see
//! [`device`]) go where the USB scanner's go (the facilities panel's while
//! it is open: enrollment QR, scanner test).
//!
//! The make-it-here path: [`make`] asks the catalogue's questions one per
//! screen and opens the same [`review`] (its answers parked in
//! [`Resident::made`] so Back returns to them); the record is marked as
//! kiosk input and lists what the clerk completes
//! ([`crate::domain::record::CLERK_COMPLETES`]).
//!
//! Printing: with a `[printer]` in `kiosk.toml`, an issued ticket's slip
//! is rendered and sent off the UI thread ([`Effect::PrintSlip`], through
//! [`crate::print`]). A printer that cannot print (paper out, cover open,
//! offline, unreachable) does not stop the ticket: the ticket screen asks
//! the resident to photograph the number, and staff are called once per
//! new fault with the reason as the call's note ([`Effect::ReportPrinter`]).
//!
//! Side effects (the hub, the slow PIN check, files) are returned by
//! [`Kiosk::update`] as [`Effects`]; the iced program runs them as tasks
//! via [`Kiosk::perform`], and tests run the same futures with `block_on`.
//! The record of a confirmed review is made there too
//! ([`crate::domain::record::record_of`]), with its id and time.
//! Screenshots and demos open the kiosk on other screens from outside,
//! through these messages (`ui::demo`, which uses the kiosk; never the
//! other way round).

pub mod admin;
pub mod card;
pub mod choose;
pub mod cli;
pub mod device;
mod flow;
mod keypad;
pub mod make;
pub mod notice;
mod printing;
mod read_aloud;
pub mod review;
pub mod scan;
pub mod service;
pub mod ticket;
mod view;
pub mod welcome;

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{Subscription, Task, Theme, keyboard};

use crate::card::{BasicFour, CardError, CardReader, Pin};
use crate::domain::Catalog;
use crate::domain::record::{Reviewed, record_of};
use crate::i18n::{I18n, Lang, Message as Text};
use crate::model::{Ticket, TicketRequest};
use crate::postal::{Candidate, PostalIndex};
use crate::preapp::DecodeOptions;
use crate::print::{Answered, PrintError, Slip, SlipPrinter};
use crate::scan::wedge::{WedgeConfig, WedgeDetector};
use crate::speech::queue::Speaker;
use crate::ui::effect::Effects;
use crate::ui::theme::Look;
use service::{ServiceError, ServiceInfo, TicketService};

pub use crate::config::kiosk::KioskConfig;
pub use keypad::Move as KeypadMove;

/// The idle countdown is shown for this long before the wipe.
pub const COUNTDOWN: Duration = Duration::from_secs(10);
/// How long the kiosk waits for a card to be placed.
pub const CARD_WAIT: Duration = Duration::from_secs(30);
/// Side of the hidden corner, bottom left.
pub const CORNER_SIZE: f32 = 96.0;
/// The widget id of the hidden corner (tests press it).
pub const CORNER_ID: &str = "kiosk-admin-corner";

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
    /// The `kiosk.toml` the facilities panel saves to (`--config`); without
    /// one, changes last until the kiosk restarts.
    pub config_path: Option<PathBuf>,
    /// Where the device token from enrollment is written.
    pub data_dir: Option<PathBuf>,
    /// The cameras the scan screen and the panel's camera test use.
    pub cameras: Arc<dyn scan::Cameras>,
    /// Japan Post's data: a postal code typed on the keypad gives the
    /// address's towns. Without it the clerk writes the address.
    pub postal: Option<Arc<PostalIndex>>,
    /// The My Number card reader; without one the card button is not shown.
    pub card: Option<Arc<dyn CardReader>>,
    /// Renders and sends ticket slips (used when `[printer]` is set).
    pub printer: Arc<SlipPrinter>,
    /// Where 読み上げ reads the screens aloud; [`Speaker::off`]: silent.
    pub speaker: Speaker,
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
            config_path: None,
            data_dir: None,
            cameras: Arc::new(scan::SystemCameras),
            postal: None,
            card: None,
            printer: Arc::new(SlipPrinter::new(I18n::embedded())),
            speaker: Speaker::off(),
        }
    }

    /// The PC/SC card reader, when PC/SC lists one at start.
    pub fn with_card_reader_if_present(mut self) -> Self {
        self.card = crate::card::system_reader();
        self
    }

    /// Opens the postal index in `data_dir` (`postal import`, or the demo's
    /// first start); without one, addresses are asked as before.
    pub fn with_postal_index(mut self, data_dir: &std::path::Path) -> Self {
        self.postal = match PostalIndex::open(data_dir) {
            Ok(index) => Some(Arc::new(index)),
            Err(error) => {
                tracing::info!(%error, "no postal data: the clerk writes addresses");
                None
            }
        };
        self
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
    Card(card::State),
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
    /// An arrow key, Tab or Backspace: the keypad focus (see `keypad.rs`).
    Keypad(KeypadMove),
    Ticket(ticket::Message),
    Notice(notice::Message),
    Card(card::Message),
    /// The card's tries left, for the resident of `session`.
    CardTries(u64, Result<u8, CardError>),
    /// The card's items (or why not), for the resident of `session`.
    CardRead(u64, Result<BasicFour, CardError>),
    /// The hidden corner, the facilities panel and their effects' answers.
    Device(device::Message),
    OpenLanguages,
    Language(Lang),
    ToggleLargeText,
    ToggleHighContrast,
    /// 読み上げ: the screen read aloud.
    ReadAloud,
    /// Back to welcome, forgetting everything.
    Home,
    /// Dismisses the idle countdown.
    StillHere,
    /// `session` is the [`Kiosk::session`] that asked; late answers for a
    /// resident who has gone are dropped.
    TicketIssued(u64, Result<Ticket, ServiceError>),
    StaffCalled(u64, Result<(), ServiceError>),
    FileRead(u64, Result<Vec<String>, Text>),
    /// The towns of a postal code (none when unknown or unreadable).
    PostalFound(u64, String, Vec<Candidate>),
    /// How the slip of the ticket of `session` printed.
    SlipPrinted(u64, Result<Answered, PrintError>),
    /// The answer to [`Effect::ReportPrinter`].
    PrinterReported(Result<(), ServiceError>),
}

impl Message {
    /// A message for the facilities panel.
    pub fn admin(message: admin::Message) -> Message {
        Message::Device(device::Message::Admin(message))
    }

    /// Whether this answers an effect (not something a person did).
    fn is_answer(&self) -> bool {
        matches!(
            self,
            Message::TicketIssued(..)
                | Message::StaffCalled(..)
                | Message::FileRead(..)
                | Message::PostalFound(..)
                | Message::CardTries(..)
                | Message::CardRead(..)
                | Message::SlipPrinted(..)
                | Message::PrinterReported(..)
                | Message::Device(
                    device::Message::SettingsSaved(..) | device::Message::PrinterAnswered(..)
                )
        )
    }
}

/// Work with side effects, performed outside [`Kiosk::update`].
#[derive(Clone)]
pub enum Effect {
    IssueTicket(u64, TicketRequest),
    /// Ask for a person at the kiosk named `kiosk`.
    CallStaff {
        session: u64,
        kiosk: String,
        lang: Lang,
    },
    /// Read the QR texts of an image file (off the UI thread).
    ReadFile(u64, PathBuf),
    /// Make the record of the reviewed forms and save it in the outbox,
    /// then take a number for it.
    Submit(u64, TicketRequest, Box<Reviewed>),
    /// Look up the towns of a postal code in the postal index.
    LookupPostal(u64, String),
    /// Wait for a card and ask its PIN tries left.
    CardTries(u64),
    /// Verify the PIN and read the card's basic four items.
    CardRead(u64, Pin),
    /// Render a ticket's slip and send it to the printer.
    PrintSlip {
        session: u64,
        printer: crate::config::kiosk::Printer,
        slip: Box<Slip>,
    },
    /// Call staff to the kiosk's printer; `note` says what is wrong.
    ReportPrinter {
        kiosk: String,
        lang: Lang,
        note: String,
    },
    Device(device::Effect),
}

impl std::fmt::Debug for Effect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Effect::IssueTicket(s, r) => f.debug_tuple("IssueTicket").field(s).field(r).finish(),
            Effect::CallStaff {
                session,
                kiosk,
                lang,
            } => f
                .debug_struct("CallStaff")
                .field("session", session)
                .field("kiosk", kiosk)
                .field("lang", lang)
                .finish(),
            Effect::ReadFile(s, p) => f.debug_tuple("ReadFile").field(s).field(p).finish(),
            // A record is personal data: never in logs.
            Effect::Submit(s, r, _) => f.debug_tuple("Submit").field(s).field(r).finish(),
            // Where a resident lives is theirs too.
            Effect::LookupPostal(s, _) => f.debug_tuple("LookupPostal").field(s).finish(),
            Effect::CardTries(s) => f.debug_tuple("CardTries").field(s).finish(),
            Effect::CardRead(s, _) => f.debug_tuple("CardRead").field(s).finish(),
            Effect::PrintSlip {
                session, printer, ..
            } => f
                .debug_struct("PrintSlip")
                .field("session", session)
                .field("printer", &printer.uri)
                .finish_non_exhaustive(),
            Effect::ReportPrinter { note, .. } => {
                f.debug_tuple("ReportPrinter").field(note).finish()
            }
            Effect::Device(effect) => effect.fmt(f),
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
    catalog: Arc<Catalog>,
    decode: DecodeOptions,
    demo_qr: Option<PathBuf>,
    /// Holds a scan in progress (possibly a payload): reset by every wipe.
    wedge: WedgeDetector,
    /// The hub did not answer last time: the offline banner is up.
    offline: bool,
    device: device::State,
    postal: Option<Arc<PostalIndex>>,
    card: Option<Arc<dyn CardReader>>,
    printer: Arc<SlipPrinter>,
    speaker: Speaker,
    focus: keypad::Focus,
}

impl std::fmt::Debug for Kiosk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kiosk")
            .field("settings", &self.settings)
            .field("resident", &self.resident)
            .field("session", &self.session)
            .field("admin", &self.device.admin())
            .finish_non_exhaustive()
    }
}

impl Kiosk {
    /// A kiosk on its welcome screen at `now`.
    pub fn new(options: KioskOptions, now: Instant) -> Self {
        Kiosk {
            device: device::State::new(&options, now),
            postal: options.postal.clone(),
            card: options.card.clone(),
            printer: options.printer.clone(),
            speaker: options.speaker.clone(),
            focus: keypad::Focus::default(),
            services: options.service.services(),
            wedge: wedge_detector(&options.settings),
            offline: !options.service.online(),
            catalog: options.catalog,
            decode: options.decode,
            demo_qr: options.demo_qr,
            resident: Resident::fresh(options.settings.languages.default),
            settings: options.settings,
            service: options.service,
            i18n: options.i18n,
            now,
            last_activity: now,
            session: 0,
        }
    }

    pub fn resident(&self) -> &Resident {
        &self.resident
    }

    pub fn settings(&self) -> &KioskConfig {
        &self.settings
    }

    pub fn admin(&self) -> Option<&admin::State> {
        self.device.admin()
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
        self.device.camera()
    }

    /// Whether staff asked the kiosk program to end.
    pub fn quit_requested(&self) -> bool {
        self.device.quit_requested()
    }

    /// Whether a scanner burst is half-read (it may hold a payload).
    pub fn scan_pending(&self) -> bool {
        self.wedge.is_pending()
    }

    /// Whether nothing of any resident or staff member is held.
    pub fn is_fresh(&self) -> bool {
        self.resident.is_fresh(self.settings.languages.default) && self.device.admin().is_none()
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

    /// One line per message: the handlers are in `flow.rs`. A screen that
    /// changes while the keypad is in use is read aloud (`keypad.rs`).
    pub fn update(&mut self, message: Message) -> Effects<Effect> {
        if !message.is_answer() && !matches!(message, Message::Tick(_)) {
            self.last_activity = self.now;
        }
        let before = self.page();
        let mut effects = self.dispatch(message);
        effects.extend(self.after_update(before));
        effects
    }

    fn dispatch(&mut self, message: Message) -> Effects<Effect> {
        match message {
            Message::Tick(now) => self.tick(now),
            Message::Welcome(message) => self.on_welcome(message),
            Message::Choose(message) => self.on_choose(message),
            Message::Make(message) => self.on_make(message),
            Message::Scan(message) => self.on_scan(message),
            Message::Review(message) => self.on_review(message),
            Message::WedgeKey(key, at) => self.on_wedge_key(key, at),
            Message::Keypad(step) => self.on_keypad(step),
            Message::FileRead(session, result) => self.on_file_read(session, result),
            Message::Ticket(message) => self.on_ticket(message),
            Message::Notice(message) => self.on_notice(message),
            Message::Card(message) => self.on_card(message),
            Message::CardTries(session, result) => self.card_tries(session, result),
            Message::CardRead(session, result) => self.card_read(session, result),
            Message::Device(message) => self.on_device(message),
            Message::OpenLanguages => self.open_languages(),
            Message::Language(lang) => self.pick_language(lang),
            Message::ToggleLargeText => self.toggle_large_text(),
            Message::ToggleHighContrast => self.toggle_high_contrast(),
            Message::ReadAloud => self.read_aloud(),
            Message::Home => self.home(),
            Message::StillHere => Effects::none(),
            Message::TicketIssued(session, result) => self.ticket_issued(session, result),
            Message::StaffCalled(session, result) => self.staff_called(session, result),
            Message::PostalFound(session, code, towns) => self.postal_found(session, code, towns),
            Message::SlipPrinted(session, result) => self.slip_printed(session, result),
            Message::PrinterReported(result) => self.printer_reported(result),
        }
    }

    /// The future that carries out an effect and answers with a message.
    pub fn perform(&self, effect: Effect) -> impl Future<Output = Message> + Send + 'static {
        let service = self.service.clone();
        let postal = self.postal.clone();
        let reader = self.card.clone();
        let printer = self.printer.clone();
        let copy = self.form_copy();
        async move {
            match effect {
                Effect::IssueTicket(session, request) => {
                    Message::TicketIssued(session, service.issue_ticket(request).await)
                }
                Effect::CallStaff {
                    session,
                    kiosk,
                    lang,
                } => Message::StaffCalled(session, service.call_staff(kiosk, lang, None).await),
                Effect::ReadFile(session, path) => {
                    let result = off_thread(move || scan::read_file(&path))
                        .await
                        .unwrap_or_else(|| Err(Text::new("kiosk-scan-no-code")));
                    Message::FileRead(session, result)
                }
                Effect::Submit(session, request, reviewed) => {
                    // The record is safe in the outbox before the resident
                    // gets a number: a lost ticket answer never loses it.
                    let mut record = record_of(&reviewed, uuid::Uuid::new_v4(), chrono::Utc::now());
                    let result = async {
                        let ticket = service.issue_ticket(request).await?;
                        record.number = Some(ticket.number.clone());
                        service.submit(record.clone()).await?;
                        Ok(ticket)
                    }
                    .await;
                    if let (Ok(_), Some(copy)) = (&result, copy) {
                        copy.print(record, service);
                    }
                    Message::TicketIssued(session, result)
                }
                Effect::LookupPostal(session, code) => {
                    let looked_up = code.clone();
                    let towns = off_thread(move || match postal {
                        Some(index) => index.lookup(&looked_up).unwrap_or_else(|error| {
                            tracing::warn!(%error, "postal lookup failed");
                            Vec::new()
                        }),
                        None => Vec::new(),
                    })
                    .await
                    .unwrap_or_default();
                    Message::PostalFound(session, code, towns)
                }
                Effect::CardTries(session) => {
                    let result = off_thread(move || match reader {
                        Some(reader) => reader.tries_left(CARD_WAIT),
                        None => Err(CardError::NoReader),
                    })
                    .await
                    .unwrap_or(Err(CardError::NoReader));
                    Message::CardTries(session, result)
                }
                Effect::CardRead(session, pin) => {
                    let result = off_thread(move || match reader {
                        Some(reader) => reader.read(&pin, CARD_WAIT),
                        None => Err(CardError::NoReader),
                    })
                    .await
                    .unwrap_or(Err(CardError::NoReader));
                    Message::CardRead(session, result)
                }
                Effect::PrintSlip {
                    session,
                    printer: config,
                    slip,
                } => {
                    let result = off_thread(move || match config.address() {
                        Some(uri) => printer.print(&uri, config.paper(), &slip),
                        None => Err(PrintError::BadUri(config.uri.clone())),
                    })
                    .await
                    .unwrap_or(Err(PrintError::Interrupted));
                    Message::SlipPrinted(session, result)
                }
                Effect::ReportPrinter { kiosk, lang, note } => {
                    Message::PrinterReported(service.call_staff(kiosk, lang, Some(note)).await)
                }
                Effect::Device(effect) => Message::Device(device::perform(effect, printer).await),
            }
        }
    }

    /// `update` for the iced program: effects become tasks.
    /// A keypad focus that moved is scrolled into view.
    pub fn update_task(&mut self, message: Message) -> Task<Message> {
        let focus = self.focus;
        let task = self
            .update(message)
            .into_task(|effect| Task::future(self.perform(effect)));
        if self.device.quit_requested() {
            iced::exit()
        } else if self.focus != focus && self.focus.index.is_some() {
            Task::batch([task, view::scroll_to_focus()])
        } else {
            task
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        // Fast ticks only while the hidden corner is held, to open on time,
        // or a camera runs, for a live preview.
        let every = if self.device.wants_fast_ticks() {
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
}

/// Runs `work` on a thread of its own (slow or blocking work stays off the
/// UI thread); `None` if it panicked.
pub(crate) async fn off_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (send, receive) = iced::futures::channel::oneshot::channel();
    std::thread::spawn(move || {
        let _ = send.send(work());
    });
    receive.await.ok()
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
    use keyboard::key::Named;
    match key {
        keyboard::Key::Named(Named::Enter) => return Some(Message::WedgeKey('\n', at)),
        keyboard::Key::Named(Named::ArrowDown | Named::ArrowRight | Named::Tab) => {
            return Some(Message::Keypad(KeypadMove::Next));
        }
        keyboard::Key::Named(Named::ArrowUp | Named::ArrowLeft) => {
            return Some(Message::Keypad(KeypadMove::Previous));
        }
        keyboard::Key::Named(Named::Backspace) => return Some(Message::Keypad(KeypadMove::Back)),
        _ => {}
    }
    let mut chars = text.as_deref()?.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() => Some(Message::WedgeKey(c, at)),
        _ => None,
    }
}
