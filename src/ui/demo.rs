//! `madoguchi demo`: the whole office on one machine.
//!
//! [`EmbeddedHub::start`] runs a real hub ([`crate::hub::serve_with`]) on
//! `127.0.0.1:0` in a background tokio runtime, with its store in a data
//! folder (`--data-dir`, else a temporary one removed at exit). The kiosk is
//! enrolled in-process the way facilities staff would (an enrollment code
//! exchanged for a device token, saved in the kiosk's data folder), a few
//! residents are already waiting so the queue looks alive, and a demo
//! pre-application QR (plain, from `examples/preapp/demo-juminhyo.json`) is
//! written as a PNG the scan screen can read, since a demo machine has no
//! camera. The kiosk then runs on the hub-backed [`HubTicketService`], the
//! same code path as `madoguchi kiosk`.
//!
//! The demo form uses the catalogue's answer keys (`applicant.reading`,
//! `juminhyo-utsushi.copies`); see [`crate::domain::answers`].
//!
//! Screenshots and demos open the kiosk on any screen ([`StartScreen`],
//! `MADOGUCHI_SCREEN`), language (`MADOGUCHI_LANG`) and display modes
//! (`MADOGUCHI_LOOK`): [`open_kiosk`] drives a fresh kiosk there through
//! its public messages, the taps and keys a resident or staff would use.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use crate::cli::CommonArgs;
use crate::config::hub::HubConfig;
use crate::config::kiosk::KioskConfig;
use crate::domain::interview::Offer;
use crate::domain::record::record_of;
use crate::hub::HubOptions;
use crate::i18n::Lang;
use crate::model::{RecordIn, Role};
use crate::preapp::{EncodeParams, Encoding, Form, PreappError};
use crate::ui::effect::Effects;
use crate::ui::keypads::{DateKey, KanaKey};
use crate::ui::kiosk::device::{self, LONG_PRESS};
use crate::ui::kiosk::service::HubTicketService;
use crate::ui::kiosk::{
    COUNTDOWN, Effect, Kiosk, KioskOptions, Message, admin, choose, make, review, scan, welcome,
};
use crate::ui::theme::Look;
use crate::ui::widgets::Key;

/// The demo pre-application (compiled in).
pub const DEMO_FORM: &str = include_str!("../../examples/preapp/demo-juminhyo.json");

/// Residents already waiting when the demo opens: (queue, how many).
pub const SAMPLE_WAITING: &[(&str, usize)] = &[("A", 3), ("B", 2)];

pub fn demo_form() -> Form {
    serde_json::from_str(DEMO_FORM).expect("the demo form is valid (tested)")
}

/// The demo form as QR texts, plain, valid for 30 days from now.
pub fn demo_payload() -> Result<Encoding, PreappError> {
    crate::preapp::encode(&demo_form(), None, &EncodeParams::now(30))
}

/// The demo pre-application as the kiosk would send it after an English
/// resident scanned and confirmed it.
fn sample_record(config: &KioskConfig) -> anyhow::Result<RecordIn> {
    let catalog = config
        .catalog()
        .unwrap_or_else(|_| crate::domain::Catalog::embedded());
    let mut form = demo_form();
    form.language = crate::i18n::Lang::parse("en").expect("a shipped language");
    let application = crate::preapp::PreApplication {
        form,
        created: chrono::Utc::now(),
        expires: chrono::Utc::now() + chrono::Duration::days(30),
    };
    let review = review::State::new(&catalog, &application, false)
        .map_err(|e| anyhow::anyhow!("demo form: {e:?}"))?;
    Ok(record_of(
        &review.reviewed(application.form.language),
        uuid::Uuid::new_v4(),
        chrono::Utc::now(),
    ))
}

/// Writes the demo QR as PNG files in `dir` (one per part); returns their paths.
pub fn write_demo_qr(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let parts = demo_payload()
        .map_err(|e| anyhow::anyhow!("demo payload: {e:?}"))?
        .parts;
    let count = parts.len();
    let mut paths = Vec::new();
    for (i, text) in parts.iter().enumerate() {
        let name = if count == 1 {
            "demo-preapp-qr.png".to_owned()
        } else {
            format!("demo-preapp-qr-{}-of-{count}.png", i + 1)
        };
        let image = crate::preapp::qr::render(text)
            .ok_or_else(|| anyhow::anyhow!("demo payload does not fit a QR code"))?;
        let path = dir.join(name);
        image.save(&path)?;
        paths.push(path);
    }
    Ok(paths)
}

/// A hub serving on loopback from a background runtime.
pub struct EmbeddedHub {
    pub url: String,
    pub data_dir: PathBuf,
    pub runtime: tokio::runtime::Runtime,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl EmbeddedHub {
    /// Starts a hub with `config` on `127.0.0.1:0`, its store in `data_dir`,
    /// and waits until it answers `/healthz`.
    pub fn start(config: HubConfig, data_dir: &Path) -> anyhow::Result<EmbeddedHub> {
        EmbeddedHub::start_with(HubOptions::new(config, data_dir))
    }

    /// [`EmbeddedHub::start`] with every option of the hub.
    pub fn start_with(options: HubOptions) -> anyhow::Result<EmbeddedHub> {
        let data_dir = options.data_dir.clone();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("madoguchi-hub")
            .enable_all()
            .build()?;
        std::fs::create_dir_all(&data_dir)?;
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
        let url = format!("http://{}", listener.local_addr()?);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        runtime.spawn(async move {
            let shutdown = async {
                let _ = stopped.await;
            };
            if let Err(error) = crate::hub::serve_with(options, listener, shutdown).await {
                tracing::error!(%error, "embedded hub stopped");
            }
        });
        let health = format!("{url}/healthz");
        let up = runtime.block_on(async {
            let http = reqwest::Client::new();
            for _ in 0..200 {
                if http.get(&health).send().await.is_ok() {
                    return true;
                }
                tokio::time::sleep(std::time::Duration::from_millis(25)).await;
            }
            false
        });
        anyhow::ensure!(up, "the embedded hub did not start");
        Ok(EmbeddedHub {
            url,
            data_dir,
            runtime,
            stop: Some(stop),
        })
    }

    /// Enrolls a kiosk the way staff do (code → token) and writes the
    /// token where `config.device_token_file` says, under `kiosk_dir`.
    pub fn enroll_kiosk(
        &self,
        name: &str,
        config: &KioskConfig,
        kiosk_dir: &Path,
    ) -> anyhow::Result<String> {
        let code = crate::hub::cli::enroll_device(&self.data_dir, name, Role::Kiosk)
            .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
        let enrolled = self
            .runtime
            .block_on(crate::sync::enroll(&self.url, &code, None))
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        crate::cli::create_private_dir(kiosk_dir)?;
        crate::config::kiosk::write_atomic_private(
            &kiosk_dir.join(&config.device_token_file),
            enrolled.token.as_bytes(),
        )?;
        Ok(enrolled.token)
    }

    /// Stops serving (the store stays on disk).
    pub fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl Drop for EmbeddedHub {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Everything `madoguchi demo` starts before the window opens.
pub struct Demo {
    pub hub: EmbeddedHub,
    /// The demo's wait-anywhere relay, where each ticket's QR leads (none
    /// in a build without the waiting pages).
    pub relay_url: Option<String>,
    pub config: KioskConfig,
    pub service: Arc<HubTicketService>,
    pub qr_files: Vec<PathBuf>,
    /// The throwaway office key: the hub's `/preapp/` page seals to it, the kiosk opens with it.
    pub office_key: crate::preapp::SecretKey,
    /// The demo's data folder (hub, kiosk, stations).
    pub root: PathBuf,
    /// Removes the temporary data folder at exit when no `--data-dir` was given.
    _temp: Option<TempRoot>,
}

/// The demo office's id on its relay.
const DEMO_OFFICE: &str = "demo";

/// A relay on loopback for the demo's hub to publish to, as a ward runs one
/// outside the office: the ticket's QR then opens the resident's own page.
struct DemoRelay {
    listener: std::net::TcpListener,
    url: String,
    options: crate::relay::RelayOptions,
}

impl DemoRelay {
    /// Binds the relay's port and trusts the key the hub will publish with
    /// (made here in the hub's folder, where the hub finds it).
    fn bind(hub_dir: &Path) -> anyhow::Result<Option<DemoRelay>> {
        let pages = match crate::site::wait_page::files() {
            Ok(pages) => pages,
            Err(missing) => {
                tracing::warn!(%missing, "the demo runs without its wait-anywhere relay");
                return Ok(None);
            }
        };
        crate::cli::create_private_dir(hub_dir)?;
        let key = crate::publish::PublishingKey::load_or_create(hub_dir)?;
        let config = crate::relay::RelayConfig::for_offices(vec![crate::relay::RelayOffice {
            id: DEMO_OFFICE.into(),
            public_key: key.public_key(),
        }]);
        let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let url = format!("http://{}", listener.local_addr()?);
        Ok(Some(DemoRelay {
            listener,
            url,
            options: crate::relay::RelayOptions::new(config, pages),
        }))
    }

    /// Serves on the hub's runtime for as long as the demo runs.
    fn serve(self, hub: &EmbeddedHub) -> String {
        let _entered = hub.runtime.enter();
        match tokio::net::TcpListener::from_std(self.listener) {
            Ok(listener) => {
                hub.runtime.spawn(crate::relay::serve_with(
                    self.options,
                    listener,
                    std::future::pending(),
                ));
            }
            Err(error) => tracing::error!(%error, "the demo's relay did not start"),
        }
        self.url
    }
}

/// A folder removed when dropped (the demo's throwaway office).
pub struct TempRoot(PathBuf);

impl Drop for TempRoot {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Demo {
    /// Hub, enrolled kiosk, waiting residents and the demo QR, in `data_dir`
    /// (or a temporary folder); the hub looks postal codes up in `postal_dir`.
    pub fn start(data_dir: Option<&Path>, postal_dir: &Path) -> anyhow::Result<Demo> {
        let (temp, root) = match data_dir {
            Some(dir) => (None, dir.to_owned()),
            None => {
                let root =
                    std::env::temp_dir().join(format!("madoguchi-demo-{}", uuid::Uuid::new_v4()));
                std::fs::create_dir_all(&root)?;
                (Some(TempRoot(root.clone())), root)
            }
        };
        let mut hub_config = HubConfig {
            office_name: "まどぐち区役所（デモ）".into(),
            ..HubConfig::sample()
        };
        let office_key = crate::site::serve::throwaway_office_key(&root.join("hub"))?;
        let relay = DemoRelay::bind(&root.join("hub"))?;
        if let Some(relay) = &relay {
            hub_config.publish.office = DEMO_OFFICE.into();
            hub_config.publish.targets = vec![relay.url.clone()];
            hub_config.publish.interval_seconds = 2;
        }
        let hub = EmbeddedHub::start_with(
            HubOptions::new(hub_config, root.join("hub")).with_postal_dir(postal_dir),
        )?;
        let relay_url = relay.map(|relay| relay.serve(&hub));
        let kiosk_dir = root.join("kiosk");
        let mut config = KioskConfig::shipped(&hub.url);
        config.name = "デモ キオスク 1".into();
        hub.enroll_kiosk(&config.name, &config, &kiosk_dir)?;
        let service = Arc::new(HubTicketService::start(
            &config,
            &kiosk_dir,
            hub.runtime.handle().clone(),
        )?);
        let mut first = true;
        for (queue, count) in SAMPLE_WAITING {
            for _ in 0..*count {
                let ticket = hub
                    .runtime
                    .block_on(service.client().issue_ticket(queue))
                    .map_err(|e| anyhow::anyhow!("sample ticket: {e}"))?;
                // The first resident came with the demo QR, in English, so
                // the clerk's first call shows an application.
                if std::mem::take(&mut first) {
                    let mut record = sample_record(&config)?;
                    record.number = Some(ticket.number);
                    hub.runtime
                        .block_on(service.client().submit(record))
                        .map_err(|e| anyhow::anyhow!("sample record: {e}"))?;
                }
            }
        }
        if let Err(error) = hub.runtime.block_on(service.client().push_once()) {
            tracing::warn!(%error, "sample record not yet at the hub");
        }
        let qr_files = write_demo_qr(&root)?;
        for file in &qr_files {
            tracing::info!(path = %file.display(), "demo pre-application QR written");
        }
        Ok(Demo {
            hub,
            relay_url,
            config,
            service,
            qr_files,
            office_key,
            root,
            _temp: temp,
        })
    }
}

/// `madoguchi demo` (and `madoguchi` alone): embedded hub, enrolled kiosk,
/// waiting residents, a demo QR to scan from a file; unless `kiosk_only`,
/// the clerk console and the board in windows of their own.
pub fn run(common: &CommonArgs, fullscreen: bool, kiosk_only: bool) -> anyhow::Result<ExitCode> {
    let postal_dir = common.data_dir(crate::postal::cli::ROLE);
    crate::postal::import_shipped_if_missing(&postal_dir);
    let demo = Demo::start(common.data_dir.as_deref(), &postal_dir)?;
    let stations = if kiosk_only {
        None
    } else {
        let (id, pin) = DEMO_CLERK;
        eprintln!("madoguchi demo: clerk console login {id} / PIN {pin}");
        Some(Stations::spawn(&demo.hub, &demo.root)?)
    };
    eprintln!("madoguchi demo: hub at {}", demo.hub.url);
    if let Some(relay) = &demo.relay_url {
        eprintln!("madoguchi demo: wait anywhere (the ward's congestion page) at {relay}/");
    }
    eprintln!(
        "madoguchi demo: residents' page at {}/preapp/",
        demo.hub.url
    );
    for file in &demo.qr_files {
        eprintln!(
            "madoguchi demo: pre-application QR to scan: {}",
            file.display()
        );
    }
    eprintln!(
        "madoguchi demo: facilities PIN {} (long press bottom-left corner)",
        crate::ui::DEMO_PIN
    );
    let mut options = KioskOptions::new(demo.config.clone(), demo.service.clone())
        .with_postal_index(&postal_dir)
        .with_card_reader_if_present();
    options.demo_qr = demo.qr_files.first().cloned();
    options.decode.key = Some(demo.office_key.clone());
    options.fullscreen = fullscreen;
    options.speaker =
        crate::speech::queue::Speaker::on_device(crate::speech::Engines::installed(), 1.0);
    crate::ui::run_kiosk(options)?;
    drop(stations);
    drop(demo);
    Ok(ExitCode::SUCCESS)
}

/// The demo clerk's id and PIN (printed at start; a throwaway office).
pub const DEMO_CLERK: (&str, &str) = ("demo", "2468");

/// The clerk console and the waiting-room board, each a process of its own
/// (as on an office's machines), enrolled at the demo hub. Dropping this
/// closes their windows.
pub struct Stations(Vec<std::process::Child>);

impl Stations {
    /// Enrolls a clerk station and a board, adds [`DEMO_CLERK`], and starts
    /// `madoguchi clerk` and `madoguchi board --windowed` against the hub,
    /// with data folders under `root`.
    pub fn spawn(hub: &EmbeddedHub, root: &Path) -> anyhow::Result<Stations> {
        let exe = std::env::current_exe()?;
        let (clerk_id, clerk_pin) = DEMO_CLERK;
        crate::hub::cli::add_clerk(&hub.data_dir, clerk_id, clerk_pin)
            .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
        let mut children = Vec::new();
        for (role, subcommand, extra) in [
            (Role::ClerkStation, "clerk", &[][..]),
            (Role::Board, "board", &["--windowed"][..]),
        ] {
            let code = crate::hub::cli::enroll_device(&hub.data_dir, subcommand, role)
                .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
            let child = std::process::Command::new(&exe)
                .arg("--data-dir")
                .arg(root.join(subcommand))
                .args([subcommand, "--hub", &hub.url, "--enroll", &code])
                .args(extra)
                .spawn()?;
            children.push(child);
        }
        Ok(Stations(children))
    }
}

impl Drop for Stations {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
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

/// Where the kiosk window opens: a screen, a language and display modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Start {
    pub screen: StartScreen,
    /// The kiosk's default language instead of the configured one.
    pub lang: Option<Lang>,
    /// Display modes of the first screen; a wipe resets them.
    pub look: Look,
}

impl Start {
    /// `MADOGUCHI_SCREEN`, `MADOGUCHI_LANG` (a language tag) and
    /// `MADOGUCHI_LOOK=large,contrast`, when set; an unknown value is a
    /// warning, not an error, so a demo still starts.
    pub fn from_env() -> Start {
        let mut start = Start::default();
        if let Ok(name) = std::env::var("MADOGUCHI_SCREEN") {
            match StartScreen::parse(&name) {
                Some(screen) => start.screen = screen,
                None => tracing::warn!(screen = %name, "unknown MADOGUCHI_SCREEN; opening welcome"),
            }
        }
        if let Ok(look) = std::env::var("MADOGUCHI_LOOK") {
            start.look.large_text = look.split(',').any(|m| m == "large");
            start.look.high_contrast = look.split(',').any(|m| m == "contrast");
        }
        if let Ok(code) = std::env::var("MADOGUCHI_LANG") {
            start.lang = Lang::parse(&code);
            if start.lang.is_none() {
                tracing::warn!(lang = %code, "MADOGUCHI_LANG is not a language");
            }
        }
        start
    }
}

/// A kiosk opened on `start` at `now`, driven there through its public
/// messages; the effects of the way there are for the caller to run (a real
/// ticket from the service for [`StartScreen::Ticket`]).
pub fn open_kiosk(
    mut options: KioskOptions,
    start: Start,
    now: Instant,
) -> (Kiosk, Effects<Effect>) {
    if let Some(lang) = start.lang {
        if options.settings.languages.offered.contains(&lang) {
            options.settings.languages.default = lang;
        } else {
            tracing::warn!(lang = %lang.code(), "MADOGUCHI_LANG is not an offered language");
        }
    }
    // Screens that take time (the idle countdown, the long press) start
    // that long ago and get there with one tick at `now`.
    let idle = std::time::Duration::from_secs(u64::from(options.settings.idle_timeout_secs));
    let wait = match start.screen {
        StartScreen::IdleWarning => idle.saturating_sub(COUNTDOWN),
        StartScreen::Pin | StartScreen::Admin => LONG_PRESS,
        _ => std::time::Duration::ZERO,
    };
    let then = now.checked_sub(wait).unwrap_or(now);
    let first_service = options
        .service
        .services()
        .first()
        .map(|s| s.id.clone())
        .unwrap_or_default();
    let lang = options.settings.languages.default;
    let mut kiosk = Kiosk::new(options, then);
    let mut effects = Effects::none();
    let mut steps = Vec::new();
    if start.look.large_text {
        steps.push(Message::ToggleLargeText);
    }
    if start.look.high_contrast {
        steps.push(Message::ToggleHighContrast);
    }
    let begin = Message::Welcome(welcome::Message::Start);
    match start.screen {
        StartScreen::Welcome => {}
        StartScreen::Choose => steps.push(begin),
        StartScreen::Services => {
            steps.extend([begin, Message::Choose(choose::Message::JustNumber)])
        }
        StartScreen::Ticket => steps.extend([
            begin,
            Message::Choose(choose::Message::Service(first_service)),
        ]),
        StartScreen::StaffCalled => {
            steps.extend([begin, Message::Choose(choose::Message::CallStaff)])
        }
        StartScreen::Languages => steps.extend([begin, Message::OpenLanguages]),
        // The resident stepped away just before the countdown.
        StartScreen::IdleWarning => steps.extend([begin, Message::Tick(then + wait)]),
        StartScreen::Pin => steps.extend(hold_corner(then + wait)),
        StartScreen::Admin => {
            steps.extend(hold_corner(then + wait));
            steps.push(Message::admin(admin::Message::PinChecked(true)));
        }
        StartScreen::Scan => steps.extend([begin, Message::Choose(choose::Message::HaveQr)]),
        StartScreen::Review => {
            steps.extend([begin, Message::Choose(choose::Message::HaveQr)]);
            let texts = demo_payload().map(|e| e.parts).unwrap_or_default();
            steps.extend(
                texts
                    .into_iter()
                    .map(|text| Message::Scan(scan::Message::Scanned(text))),
            );
            // The screenshot's language, not the demo form's.
            steps.push(Message::Language(lang));
        }
        StartScreen::Make | StartScreen::MakeKana | StartScreen::MakeDate => {
            steps.extend([begin, Message::Choose(choose::Message::MakeHere)]);
            if start.screen != StartScreen::Make {
                steps.extend(type_reading("ヤマダ ハナコ"));
            }
            if start.screen == StartScreen::MakeDate {
                steps.extend(type_birth_date());
            }
        }
    }
    for step in steps {
        effects.extend(kiosk.update(step));
    }
    (kiosk, effects)
}

/// Presses the hidden corner and holds it until `until`.
fn hold_corner(until: Instant) -> [Message; 2] {
    [
        Message::Device(device::Message::CornerPressed),
        Message::Tick(until),
    ]
}

/// 住民票の写し made here, the reading typed key by key on the kana grid.
fn type_reading(reading: &str) -> Vec<Message> {
    let pick = make::Message::Pick(Offer::Procedure("juminhyo-utsushi".into()));
    let keys = reading.chars().map(|key| match key {
        ' ' => KanaKey::Space,
        c => KanaKey::Char(c),
    });
    std::iter::once(pick)
        .chain(keys.map(make::Message::Kana))
        .map(Message::Make)
        .collect()
}

/// On to the birth date: 昭和 and its digits typed on the date pad.
fn type_birth_date() -> Vec<Message> {
    let showa = make::Message::Date(DateKey::Era(Some(crate::domain::Era::Showa)));
    let digits = [6, 0, 4, 1, 2].map(|d| make::Message::Digit(Key::Digit(d)));
    [make::Message::Next, showa]
        .into_iter()
        .chain(digits)
        .map(Message::Make)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalog;

    #[test]
    fn demo_form_is_complete_for_the_shipped_catalogue_and_fits_one_qr() {
        let form = demo_form();
        let catalog = Catalog::embedded();
        let mut answers = crate::domain::Answers::new();
        answers.values = form.fields.clone();
        for id in &form.procedures {
            let problems = catalog.validate(id, &answers);
            assert!(problems.iter().all(|p| !p.is_error()), "{id}: {problems:?}");
        }
        assert_eq!(demo_payload().unwrap().parts.len(), 1);
    }

    #[test]
    fn every_start_screen_is_reached_through_the_kiosks_messages() {
        use crate::ui::kiosk::{Effect, Screen, make::Input};
        let now = Instant::now();
        let open = |screen| {
            let start = Start {
                screen,
                lang: Lang::parse("en"),
                look: Look {
                    large_text: true,
                    high_contrast: false,
                },
            };
            open_kiosk(KioskOptions::offline_preview(), start, now)
        };
        for (name, screen) in StartScreen::ALL {
            let (kiosk, effects) = open(*screen);
            let resident = kiosk.resident();
            assert_eq!(resident.lang.code(), "en", "{name}");
            assert!(
                resident.look.large_text && !resident.look.high_contrast,
                "{name}"
            );
            let reached = match screen {
                StartScreen::Welcome => matches!(resident.screen, Screen::Welcome),
                StartScreen::Choose | StartScreen::Services | StartScreen::IdleWarning => {
                    matches!(resident.screen, Screen::Choose(_))
                }
                StartScreen::Ticket => matches!(
                    effects.first(),
                    Some(Effect::IssueTicket(_, request)) if request.service == "A"
                ),
                StartScreen::StaffCalled => {
                    matches!(effects.first(), Some(Effect::CallStaff { .. }))
                }
                StartScreen::Languages => resident.picking_language,
                StartScreen::Pin => kiosk.admin().is_some_and(|a| !a.is_unlocked()),
                StartScreen::Admin => kiosk.admin().is_some_and(|a| a.is_unlocked()),
                StartScreen::Scan => matches!(resident.screen, Screen::Scan(_)),
                StartScreen::Review => matches!(resident.screen, Screen::Review(_)),
                StartScreen::Make => matches!(resident.screen, Screen::Make(_)),
                StartScreen::MakeKana => matches!(
                    &resident.screen,
                    Screen::Make(state) if state.input == Input::Text("ヤマダ ハナコ".into())
                ),
                StartScreen::MakeDate => matches!(
                    &resident.screen,
                    Screen::Make(state) if matches!(state.input, Input::Date(_))
                ),
            };
            assert!(reached, "{name}: {resident:?}");
        }
        let (idle, _) = open(StartScreen::IdleWarning);
        assert_eq!(idle.idle_remaining(), Some(COUNTDOWN));
    }

    #[test]
    fn demo_qr_png_reads_back_to_the_payload() {
        let dir = std::env::temp_dir().join(format!("madoguchi-qr-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let _cleanup = TempRoot(dir.clone());
        let files = write_demo_qr(&dir).unwrap();
        let texts = crate::ui::kiosk::scan::read_file(&files[0]).unwrap();
        let app = crate::preapp::decode(&texts[0], &crate::preapp::DecodeOptions::new(None, true))
            .unwrap();
        assert_eq!(app.form, demo_form());
    }
}
