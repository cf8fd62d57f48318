//! Kiosk flows through iced_test's headless simulator: every tap is a click
//! on rendered text, every time step a `Tick` with a made-up instant.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::futures::executor::block_on;
use iced_test::core::{Event, Settings, mouse, widget};
use iced_test::simulator::Simulator;
use madoguchi::config::kiosk::hash_pin;
use madoguchi::i18n::{I18n, Lang};
use madoguchi::ui::kiosk::admin;
use madoguchi::ui::kiosk::service::{
    InMemoryTicketService, ServiceInfo, TicketService, UnreachableTicketService,
};
use madoguchi::ui::kiosk::{
    CORNER_ID, Effect, Kiosk, KioskConfig, KioskOptions, Message, Screen, choose, device,
};

const PIN: &str = "2468";

struct Harness {
    kiosk: Kiosk,
    now: Instant,
    effects: Vec<Effect>,
    /// Run effects as soon as they appear (as the iced runtime would).
    auto: bool,
}

fn settings() -> KioskConfig {
    let mut config = KioskConfig::shipped("http://127.0.0.1:8750");
    config.name = "テスト端末".into();
    config.admin.pin_hash = Some(hash_pin(PIN).unwrap());
    config
}

impl Harness {
    fn new() -> Self {
        Harness::with_service(Arc::new(InMemoryTicketService::sample()))
    }

    fn with_service(service: Arc<dyn TicketService>) -> Self {
        let now = Instant::now();
        let options = KioskOptions::new(settings(), service);
        Harness {
            kiosk: Kiosk::new(options, now),
            now,
            effects: Vec::new(),
            auto: true,
        }
    }

    fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(Settings::default(), (1280.0, 800.0), self.kiosk.view())
    }

    fn send(&mut self, message: Message) {
        for effect in self.kiosk.update(message) {
            if self.auto {
                let reply = block_on(self.kiosk.perform(effect));
                self.send(reply);
            } else {
                self.effects.push(effect);
            }
        }
    }

    fn tap(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.ui();
            ui.click(label)
                .unwrap_or_else(|e| panic!("cannot tap {label:?}: {e}"));
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "tapping {label:?} did nothing");
        for message in messages {
            self.send(message);
        }
    }

    fn sees(&self, text: &str) -> bool {
        self.ui().find(text).is_ok()
    }

    fn advance(&mut self, by: Duration) {
        self.now += by;
        self.send(Message::Tick(self.now));
    }

    fn tr(&self, lang: &str, key: &str) -> String {
        I18n::embedded().tr(&Lang::parse(lang).unwrap(), key)
    }

    /// Presses (and holds) the hidden corner through the rendered widget.
    fn press_corner(&mut self) {
        let messages: Vec<Message> = {
            let mut ui = self.ui();
            let corner = ui
                .find(widget::Id::new(CORNER_ID))
                .expect("corner is rendered");
            ui.point_at(corner.visible_bounds().expect("corner visible").center());
            ui.simulate([Event::Mouse(mouse::Event::ButtonPressed(
                mouse::Button::Left,
            ))]);
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
    }

    fn enter_pin(&mut self, pin: &str) {
        for digit in pin.chars() {
            self.tap(&digit.to_string());
        }
        self.tap("決定");
    }
}

#[test]
fn welcome_to_a_number_in_english() {
    let mut h = Harness::new();
    assert!(h.sees("ようこそ"));
    assert!(h.sees("繁體中文") && h.sees("नेपाली") && h.sees("Tiếng Việt"));

    h.tap("English");
    assert!(h.sees("Welcome"), "welcome re-rendered in English");
    h.tap("Start");
    h.tap("Just a number");
    assert!(h.sees("Which counter is your number for?"));
    h.tap(&h.tr("en", "hub-service-certificates"));

    assert!(h.sees("Your number"));
    assert!(h.sees("A-001"));
    assert!(h.sees("No one is waiting ahead of you"));

    // The next resident is behind the first.
    h.tap("Done");
    assert!(h.sees("ようこそ"), "done wipes back to Japanese welcome");
    h.tap("はじめる");
    h.tap("番号札だけ受け取る");
    h.tap(&h.tr("ja", "hub-service-certificates"));
    assert!(h.sees("A-002"));
    assert!(h.sees("前に 1 人お待ちです"));
    assert!(h.sees("待ち時間の目安:約 4 分"));
}

#[test]
fn language_switch_mid_flow_keeps_the_step_and_display_modes() {
    let mut h = Harness::new();
    h.tap("はじめる");
    h.tap("文字を大きく");
    h.tap("番号札だけ受け取る");
    assert!(h.sees("どの窓口の番号札ですか"));

    h.tap("言語 / Language");
    assert!(h.sees("言語を選んでください"));
    h.tap("English");

    assert!(
        h.sees("Which counter is your number for?"),
        "still choosing the counter"
    );
    assert!(h.sees("Normal text"), "large text is still on");
    let resident = h.kiosk.resident();
    assert_eq!(resident.lang.code(), "en");
    assert!(resident.look.large_text);
    assert!(matches!(&resident.screen, Screen::Choose(s) if s.step == choose::Step::Services));

    h.tap("Language / 言語");
    h.tap("한국어");
    assert_eq!(h.kiosk.resident().lang.code(), "ko");
    assert!(
        matches!(&h.kiosk.resident().screen, Screen::Choose(s) if s.step == choose::Step::Services)
    );
}

#[test]
fn idle_timeout_counts_down_then_wipes_everything() {
    let mut h = Harness::new();
    h.tap("English");
    h.tap("Start");
    h.tap("High contrast");
    h.tap("Just a number");
    assert!(!h.kiosk.is_fresh());

    h.advance(Duration::from_secs(45));
    assert!(!h.sees("Continue"), "no countdown before the last 10 s");
    h.advance(Duration::from_secs(6));
    let warning = I18n::embedded().tr_args(
        &Lang::parse("en").unwrap(),
        "kiosk-idle-warning",
        &[("seconds", 9.into())],
    );
    assert!(h.sees(&warning), "countdown visible: {warning}");

    // A tap keeps the resident's session and hides the countdown.
    h.tap("Continue");
    h.advance(Duration::from_millis(500));
    assert!(!h.sees("Continue"));
    assert!(h.sees("Which counter is your number for?"));

    h.advance(Duration::from_secs(59));
    assert!(!h.kiosk.is_fresh());
    h.advance(Duration::from_secs(1));
    assert!(h.kiosk.is_fresh(), "wiped: {:?}", h.kiosk.resident());
    assert!(h.sees("ようこそ"));
    assert!(!h.kiosk.resident().look.high_contrast);
    assert!(!format!("{:?}", h.kiosk.resident()).contains("Choose"));
}

#[test]
fn ticket_returns_to_welcome_by_itself_and_forgets_the_number() {
    let mut h = Harness::new();
    h.tap("はじめる");
    h.tap("番号札だけ受け取る");
    h.tap(&h.tr("ja", "hub-service-moving"));
    assert!(h.sees("B-001"));
    assert!(h.sees(&I18n::embedded().tr_args(
        &Lang::ja(),
        "kiosk-ticket-returning",
        &[("seconds", 20.into())]
    )));

    h.advance(Duration::from_secs(19));
    assert!(h.sees("B-001"));
    h.advance(Duration::from_secs(1));
    assert!(h.kiosk.is_fresh());
    assert!(
        !format!("{:?}", h.kiosk).contains("B-001"),
        "no trace of the ticket"
    );
    assert!(!h.sees("B-001"));
}

#[test]
fn a_double_tap_takes_one_number() {
    let mut h = Harness::new();
    h.auto = false;
    h.tap("はじめる");
    h.tap("番号札だけ受け取る");
    let service = Message::Choose(choose::Message::Service("A".into()));
    h.send(service.clone());
    h.send(service);
    assert_eq!(h.effects.len(), 1, "{:?}", h.effects);
    assert!(h.sees(&h.tr("ja", "kiosk-issuing")));
}

#[test]
fn hub_unreachable_is_said_in_the_residents_language() {
    let services = vec![ServiceInfo {
        id: "A".into(),
        name: madoguchi::i18n::Message::new("hub-service-certificates"),
    }];
    let mut h = Harness::with_service(Arc::new(UnreachableTicketService(services)));
    h.tap("English");
    h.tap("Start");
    // One service: "just a number" needs no second tap.
    h.tap("Just a number");
    assert!(h.sees("Something went wrong"));
    assert!(h.sees("The queue system cannot be reached. Please ask a staff member nearby."));
}

#[test]
fn calling_staff_reaches_the_service() {
    let service = Arc::new(InMemoryTicketService::sample());
    let mut h = Harness::with_service(service.clone());
    h.tap("Tiếng Việt");
    h.tap(&h.tr("vi", "kiosk-welcome-start"));
    h.tap(&h.tr("vi", "kiosk-choose-staff"));
    assert!(h.sees(&h.tr("vi", "kiosk-staff-called-heading")));
    let calls = service.staff_calls();
    assert_eq!(calls.len(), 1);
    assert_eq!(
        (calls[0].kiosk.as_str(), calls[0].lang.as_str()),
        ("テスト端末", "vi")
    );
}

#[test]
fn a_short_press_in_the_corner_does_not_open_facilities() {
    let mut h = Harness::new();
    h.press_corner();
    h.advance(Duration::from_millis(900));
    h.send(Message::Device(device::Message::CornerReleased));
    h.advance(Duration::from_secs(3));
    assert!(h.kiosk.admin().is_none());
    assert!(h.kiosk.is_fresh());
}

#[test]
fn wrong_then_right_admin_pin() {
    let mut h = Harness::new();
    h.press_corner();
    h.advance(Duration::from_millis(1000));
    assert!(h.kiosk.admin().is_none(), "1 s is not a long press");
    h.advance(Duration::from_millis(1100));
    assert!(h.sees("管理用の暗証番号を入力してください"));

    h.enter_pin("1111");
    assert!(h.sees("暗証番号が違います"));
    assert!(!h.kiosk.admin().unwrap().is_unlocked());

    h.enter_pin(PIN);
    assert!(h.kiosk.admin().unwrap().is_unlocked());
    assert!(h.sees("施設管理"));
    assert!(
        h.sees("テスト端末"),
        "the kiosk name is editable in the panel"
    );

    // A bad value is refused with its reason; a good one is applied.
    h.send(Message::admin(admin::Message::NameChanged("  ".into())));
    h.tap("適用する");
    let i18n = I18n::embedded();
    let reason = i18n.tr_args(&Lang::ja(), "config-kiosk-empty", &[("key", "name".into())]);
    assert!(h.sees(&i18n.tr_args(
        &Lang::ja(),
        "kiosk-admin-refused",
        &[("key", "name".into()), ("reason", reason.into())]
    )));
    assert_eq!(h.kiosk.settings().name, "テスト端末");

    h.send(Message::admin(admin::Message::NameChanged(
        "2階 受付B".into(),
    )));
    h.tap("+15");
    h.tap("適用する");
    assert!(h.sees("適用しました(この端末を再起動するまで有効です)"));
    assert_eq!(h.kiosk.settings().name, "2階 受付B");
    assert_eq!(h.kiosk.settings().idle_timeout_secs, 75);
}

#[test]
fn five_wrong_pins_lock_the_pad() {
    let mut h = Harness::new();
    h.press_corner();
    h.advance(Duration::from_millis(2100));
    for _ in 0..admin::MAX_FAILURES {
        h.enter_pin("0000");
    }
    let locked = |h: &Harness| {
        h.sees(&I18n::embedded().tr_args(
            &Lang::ja(),
            "kiosk-admin-pin-locked",
            &[("seconds", admin::LOCKOUT.as_secs().into())],
        ))
    };
    assert!(locked(&h));
    // Even the right PIN is ignored while locked.
    h.auto = false;
    h.enter_pin(PIN);
    assert!(h.effects.is_empty());
}

#[test]
fn closing_the_pad_does_not_reset_the_admin_pin_count() {
    let mut h = Harness::new();
    let open = |h: &mut Harness| {
        h.press_corner();
        h.advance(Duration::from_millis(2100));
        assert!(h.kiosk.admin().is_some());
    };
    open(&mut h);
    for _ in 1..admin::MAX_FAILURES {
        h.enter_pin("0000");
    }
    h.tap(&I18n::embedded().tr(&Lang::ja(), "kiosk-admin-cancel"));
    assert!(h.kiosk.admin().is_none());
    // Opened again: the count goes on, and the attempt that reaches the
    // limit locks the pad when it is submitted, before its check answers.
    open(&mut h);
    h.auto = false;
    h.enter_pin("0000");
    assert_eq!(
        h.effects.len(),
        1,
        "the attempt within the limit is checked"
    );
    let locked = I18n::embedded().tr_args(
        &Lang::ja(),
        "kiosk-admin-pin-locked",
        &[("seconds", admin::LOCKOUT.as_secs().into())],
    );
    assert!(h.sees(&locked));
    let check = h.effects.pop().unwrap();
    let answer = block_on(h.kiosk.perform(check));
    h.send(answer);
    h.enter_pin(PIN);
    assert!(h.effects.is_empty(), "no check while locked");
    assert!(!h.kiosk.admin().unwrap().is_unlocked());
    // After the lockout (the idle timeout has closed the pad by then) the
    // right PIN opens the panel.
    h.auto = true;
    h.advance(admin::LOCKOUT);
    open(&mut h);
    h.enter_pin(PIN);
    assert!(h.kiosk.admin().is_some_and(|a| a.is_unlocked()));
}

#[test]
fn the_idle_timeout_also_closes_the_facilities_panel() {
    let mut h = Harness::new();
    h.press_corner();
    h.advance(Duration::from_millis(2100));
    h.enter_pin(PIN);
    assert!(h.kiosk.admin().is_some_and(|a| a.is_unlocked()));
    h.advance(Duration::from_secs(61));
    assert!(h.kiosk.admin().is_none());
    assert!(h.kiosk.is_fresh());
}

// --- Facilities panel: saving, enrollment, devices; camera on the scan screen (issue #6) ---

#[path = "hub_support/mod.rs"]
mod hub_support;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{SyncSender, sync_channel};

use madoguchi::hub::api::Role;
use madoguchi::scan::camera::CaptureEvent;
use madoguchi::scan::decode::Pipeline;
use madoguchi::scan::scanner::Scanner;
use madoguchi::scan::{DeviceStatus, Frame};
use madoguchi::ui::kiosk::scan::{CAMERA_HOLD, Cameras};
use madoguchi::ui::kiosk::service::HubTicketService;

/// Cameras that exist only in the test: each `open` hands the test the
/// sending end of the capture channel, so it plays the device (frames,
/// unplug, replug).
#[derive(Default)]
struct FakeCameras {
    devices: Vec<String>,
    feeds: Mutex<Vec<(String, SyncSender<CaptureEvent>)>>,
}

impl FakeCameras {
    fn with(devices: &[&str]) -> Arc<FakeCameras> {
        Arc::new(FakeCameras {
            devices: devices.iter().map(|d| d.to_string()).collect(),
            feeds: Mutex::default(),
        })
    }

    /// The capture channel of the camera opened last.
    fn feed(&self) -> (String, SyncSender<CaptureEvent>) {
        self.feeds
            .lock()
            .unwrap()
            .last()
            .cloned()
            .expect("a camera was opened")
    }
}

impl Cameras for FakeCameras {
    fn devices(&self) -> Vec<String> {
        self.devices.clone()
    }

    fn open(&self, device: &str) -> Option<Scanner> {
        let (send, receive) = sync_channel(4);
        self.feeds.lock().unwrap().push((device.to_owned(), send));
        Some(Scanner::with_frames(
            receive,
            Pipeline::standard(),
            CAMERA_HOLD,
        ))
    }
}

impl Harness {
    fn with_options(options: KioskOptions) -> Self {
        let now = Instant::now();
        Harness {
            kiosk: Kiosk::new(options, now),
            now,
            effects: Vec::new(),
            auto: true,
        }
    }

    fn open_panel(&mut self) {
        self.press_corner();
        self.advance(Duration::from_millis(2100));
        self.enter_pin(PIN);
        assert!(self.kiosk.admin().is_some_and(|a| a.is_unlocked()));
    }

    /// A USB scanner typing `text` and Enter, 4 ms a key.
    fn scanner_types(&mut self, text: &str) {
        for c in text.chars().chain(['\n']) {
            self.now += Duration::from_millis(4);
            self.send(Message::WedgeKey(c, self.now));
        }
    }

    /// Ticks (real time passes: the decoder is a thread) until `done`.
    fn tick_until(&mut self, what: &str, done: impl Fn(&Harness) -> bool) {
        for _ in 0..250 {
            if done(self) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
            self.advance(Duration::from_millis(100));
        }
        panic!("gave up waiting for {what}");
    }

    fn panel(&self) -> &admin::Panel {
        self.kiosk
            .admin()
            .and_then(|a| a.panel())
            .expect("panel open")
    }
}

fn ja(key: &str) -> String {
    I18n::embedded().tr(&Lang::ja(), key)
}

fn options_with_files(dir: &Path) -> (KioskOptions, PathBuf) {
    // The shipped file: its PIN hash is of the test PIN too.
    let path = dir.join("kiosk.toml");
    std::fs::write(
        &path,
        madoguchi::config::kiosk::SHIPPED.replace("device = \"auto\"", "device = \"none\""),
    )
    .unwrap();
    let mut options = KioskOptions::new(
        madoguchi::config::load(&path).unwrap(),
        Arc::new(InMemoryTicketService::sample()),
    );
    options.config_path = Some(path.clone());
    options.data_dir = Some(dir.join("data"));
    options.cameras = FakeCameras::with(&[]);
    (options, path)
}

#[test]
fn the_panel_saves_to_kiosk_toml_and_refuses_a_bad_value_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let (options, path) = options_with_files(dir.path());
    let mut h = Harness::with_options(options);
    h.open_panel();
    let original = std::fs::read_to_string(&path).unwrap();

    // A bad hub address: refused with its field, nothing written, nothing applied.
    h.send(Message::admin(admin::Message::HubChanged(
        "ftp://hub".into(),
    )));
    h.tap(&ja("kiosk-admin-apply"));
    let reason = I18n::embedded().tr_args(
        &Lang::ja(),
        "config-kiosk-hub-url",
        &[("url", "ftp://hub".into())],
    );
    assert!(h.sees(&I18n::embedded().tr_args(
        &Lang::ja(),
        "kiosk-admin-refused",
        &[("key", "hub_url".into()), ("reason", reason.into())],
    )));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
    assert_eq!(h.kiosk.settings().hub_url, "http://127.0.0.1:7600");

    // Good values: applied, written, comments kept, the file reads back equal.
    h.send(Message::admin(admin::Message::HubChanged(
        "http://10.0.0.5:7600".into(),
    )));
    h.send(Message::admin(admin::Message::NameChanged(
        "2階 受付B".into(),
    )));
    h.send(Message::admin(admin::Message::DefaultLanguage(
        Lang::parse("en").unwrap(),
    )));
    h.send(Message::admin(admin::Message::ToggleBundle(
        "hikkoshi-tenshutsu".into(),
        false,
    )));
    h.tap("+15");
    h.tap(&ja("kiosk-admin-apply"));
    assert!(h.sees(&I18n::embedded().tr_args(
        &Lang::ja(),
        "kiosk-admin-saved",
        &[("path", path.display().to_string().into())],
    )));
    let saved: KioskConfig = madoguchi::config::load(&path).unwrap();
    assert_eq!(&saved, h.kiosk.settings());
    assert_eq!(saved.name, "2階 受付B");
    assert_eq!(saved.idle_timeout_secs, 75);
    assert_eq!(saved.languages.default.code(), "en");
    assert!(
        !saved
            .offer
            .bundles
            .contains(&"hikkoshi-tenshutsu".to_owned())
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("# Madoguchi kiosk (counter tablet) settings."));
    assert!(
        text.contains("# Seconds without a touch before a resident's answers are erased (15-600).")
    );
}

#[test]
fn enrollment_by_scanning_the_hubs_qr_against_a_real_hub() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(hub_support::TestHub::start());
    let dir = tempfile::tempdir().unwrap();
    let (options, path) = options_with_files(dir.path());
    let mut h = Harness::with_options(options);
    h.open_panel();
    assert!(h.sees(&ja("kiosk-admin-not-enrolled")));
    h.auto = false;

    // A wrong code typed by hand: the hub's refusal, in Japanese.
    h.send(Message::admin(admin::Message::HubChanged(hub.base.clone())));
    h.send(Message::admin(admin::Message::EnrollCodeChanged(
        "WRONGCODE1".into(),
    )));
    h.tap(&ja("kiosk-admin-enroll"));
    let effect = h.effects.pop().expect("an enrollment request");
    let reply = rt.block_on(h.kiosk.perform(effect));
    h.send(reply);
    assert!(matches!(h.panel().outcome, Some(admin::Outcome::Failed(_))));
    assert!(
        h.sees(&ja("hub-error-enroll-code")),
        "the hub's reason is shown"
    );

    // The enrollment QR, read by the USB scanner like a resident's QR.
    let code =
        madoguchi::hub::cli::enroll_device(hub.dir.path(), "2階 キオスク", Role::Kiosk).unwrap();
    let qr = madoguchi::hub::cli::enrollment_qr_text(&madoguchi::hub::cli::Enrollment {
        hub_url: hub.base.clone(),
        code: code.clone(),
        ca_fingerprint: None,
    });
    h.scanner_types(&qr);
    assert_eq!(h.panel().last_scan.as_deref(), Some(qr.as_str()));
    let effect = h.effects.pop().expect("scanning the QR enrolls");
    let reply = rt.block_on(h.kiosk.perform(effect));
    h.send(reply);
    // Then the hub address is saved, as the runtime would do it.
    let effect = h.effects.pop().expect("the hub address is saved");
    let reply = rt.block_on(h.kiosk.perform(effect));
    h.send(reply);
    assert!(h.sees(&I18n::embedded().tr_args(
        &Lang::ja(),
        "kiosk-admin-enrolled-as",
        &[
            ("name", "2階 キオスク".into()),
            ("hub", hub.base.as_str().into())
        ],
    )));
    assert!(h.sees(&ja("kiosk-admin-enrolled")));

    // The token is in device_token_file under the data folder, the hub
    // address in kiosk.toml, and the hub accepts the token.
    let data = dir.path().join("data");
    let token = std::fs::read_to_string(data.join("device-token")).unwrap();
    // Readable by the kiosk's user only: the token is the kiosk's identity.
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data.join("device-token")), 0o600);
        assert_eq!(mode(&data), 0o700);
    }
    let saved: KioskConfig = madoguchi::config::load(&path).unwrap();
    assert_eq!(saved.hub_url, hub.base);
    let (status, _) = rt.block_on(hub.get(&token, "/api/v1/board"));
    assert_eq!(status, 200);

    // A kiosk started from those files syncs, and its panel says how.
    let service = HubTicketService::start(&saved, &data, rt.handle().clone()).unwrap();
    let mut options = KioskOptions::new(saved, Arc::new(service));
    options.cameras = FakeCameras::with(&[]);
    let mut h = Harness::with_options(options);
    h.open_panel();
    assert!(h.sees(&I18n::embedded().tr_args(
        &Lang::ja(),
        "kiosk-admin-sync-pending",
        &[("records", 0.into()), ("tickets", 0.into())],
    )));
    rt.block_on(hub.stop());
}

#[test]
fn scanner_test_camera_test_and_quit_in_the_panel() {
    let cameras = FakeCameras::with(&["/dev/video0", "/dev/video2"]);
    let mut options = KioskOptions::new(settings(), Arc::new(InMemoryTicketService::sample()));
    options.settings.camera.device = "none".into();
    options.cameras = cameras.clone();
    let mut h = Harness::with_options(options);
    assert!(h.kiosk.camera().is_none());
    h.open_panel();
    assert!(h.sees(&ja("kiosk-admin-scanner-nothing")));
    assert!(h.sees(&ja("kiosk-admin-sync-none")));

    // Scanner test: a text that is not an enrollment QR is shown, nothing else.
    h.scanner_types("HELLO-SCANNER-42");
    assert!(h.sees("HELLO-SCANNER-42"));
    assert!(
        h.kiosk.admin().is_some(),
        "a scan in the panel is not a resident's"
    );

    // Camera choice from the devices found, then a live test.
    h.advance(Duration::from_secs(3));
    assert!(h.sees("/dev/video2"));
    h.tap("/dev/video2");
    h.tap(&ja("kiosk-admin-camera-test"));
    let (device, feed) = cameras.feed();
    assert_eq!(device, "/dev/video2");
    feed.send(CaptureEvent::Status(DeviceStatus::Opened {
        device: device.clone(),
    }))
    .unwrap();
    feed.send(CaptureEvent::Frame(Frame::filled(320, 240, 128)))
        .unwrap();
    h.tick_until("a preview frame", |h| {
        h.kiosk.camera().is_some_and(|c| c.frames > 0)
    });
    assert!(h.sees(&I18n::embedded().tr_args(
        &Lang::ja(),
        "kiosk-admin-camera-showing",
        &[("device", "/dev/video2".into()), ("frames", 1.into())],
    )));

    // Closing the panel goes back to the configured camera (none). The
    // fake device goes away first: its scanner ends when its channel closes.
    drop(feed);
    cameras.feeds.lock().unwrap().clear();
    h.tap(&ja("kiosk-admin-close"));
    h.advance(Duration::from_millis(100));
    assert!(h.kiosk.camera().is_none());

    h.open_panel();
    h.tap(&ja("kiosk-admin-quit"));
    assert!(h.kiosk.quit_requested());
}

#[test]
fn the_scan_screen_shows_the_camera_reads_from_it_and_survives_unplug() {
    let cameras = FakeCameras::with(&["/dev/video0"]);
    let mut options = KioskOptions::new(settings(), Arc::new(InMemoryTicketService::sample()));
    options.cameras = cameras.clone();
    let mut h = Harness::with_options(options);
    let (device, feed) = cameras.feed();
    assert_eq!(device, "/dev/video0", "auto takes the first camera");

    h.tap(&ja("kiosk-welcome-start"));
    h.tap(&ja("kiosk-choose-qr"));
    assert!(h.sees(&ja("kiosk-scan-camera-starting")));
    feed.send(CaptureEvent::Status(DeviceStatus::Opened {
        device: device.clone(),
    }))
    .unwrap();
    feed.send(CaptureEvent::Frame(Frame::filled(640, 480, 200)))
        .unwrap();
    h.tick_until("the preview", |h| {
        h.kiosk.camera().is_some_and(|c| c.frames > 0)
    });
    assert!(h.sees(&ja("kiosk-scan-camera-guidance")));
    assert!(!h.sees(&ja("kiosk-scan-camera-starting")));

    // Unplugged: said so, the USB scanner still works meanwhile.
    feed.send(CaptureEvent::Status(DeviceStatus::Lost {
        device: device.clone(),
        reason: "No such device".into(),
    }))
    .unwrap();
    h.tick_until("the unplug", |h| h.sees(&ja("kiosk-scan-camera-lost")));
    assert!(h.sees(&ja("kiosk-scan-guidance")));

    // Plugged back in: a QR in front of the camera opens the review.
    feed.send(CaptureEvent::Status(DeviceStatus::Opened { device }))
        .unwrap();
    let payload = madoguchi::ui::demo::demo_payload().unwrap().parts.remove(0);
    let picture = madoguchi::scan::synth::render_qr(&payload, 4).unwrap();
    feed.send(CaptureEvent::Frame(picture)).unwrap();
    h.tick_until("the review", |h| {
        matches!(h.kiosk.resident().screen, Screen::Review(_))
    });
    assert!(h.sees("山田 花子"));
    // Unplugged for good: the scanner thread ends with the kiosk.
    drop(feed);
    cameras.feeds.lock().unwrap().clear();
}

#[test]
fn without_a_camera_the_scan_screen_says_so_and_the_usb_scanner_works() {
    let mut options = KioskOptions::new(settings(), Arc::new(InMemoryTicketService::sample()));
    options.cameras = FakeCameras::with(&[]);
    let mut h = Harness::with_options(options);
    assert!(h.kiosk.camera().is_none(), "auto finds nothing");
    h.tap(&ja("kiosk-welcome-start"));
    h.tap(&ja("kiosk-choose-qr"));
    assert!(h.sees(&ja("kiosk-scan-no-camera")));
    assert!(h.sees(&ja("kiosk-scan-guidance")));
    let payload = madoguchi::ui::demo::demo_payload().unwrap().parts.remove(0);
    h.scanner_types(&payload);
    assert!(matches!(h.kiosk.resident().screen, Screen::Review(_)));
}

#[test]
fn a_kiosk_without_a_token_is_told_apart_so_it_can_start_for_enrollment() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let error = HubTicketService::start(&settings(), dir.path(), rt.handle().clone())
        .err()
        .expect("no token, no service");
    let not_enrolled = error
        .downcast_ref::<madoguchi::ui::kiosk::service::NotEnrolled>()
        .expect("a NotEnrolled error");
    assert_eq!(not_enrolled.token_file, dir.path().join("device-token"));
}

/// The visible bounds of the text `label` on screen.
fn bounds_of(h: &Harness, label: &str) -> iced::Rectangle {
    let found = h
        .ui()
        .find(label)
        .unwrap_or_else(|e| panic!("{label:?} not on screen: {e}"));
    found
        .visible_bounds()
        .unwrap_or_else(|| panic!("{label:?} is scrolled or clipped out of view"))
}

/// The top bar is one row of fixed height in every language and look: a
/// long label once squeezed its neighbour into a sliver with one character
/// per line, and the bar grew to 650 px and pushed the page off screen.
#[test]
fn the_top_bar_stays_one_compact_row_in_every_language_and_look() {
    let mut h = Harness::new();
    h.tap("はじめる");
    let offered = settings().languages.offered.clone();
    for (large, contrast) in [(false, false), (true, false), (true, true)] {
        if large != h.kiosk.resident().look.large_text {
            h.send(Message::ToggleLargeText);
        }
        if contrast != h.kiosk.resident().look.high_contrast {
            h.send(Message::ToggleHighContrast);
        }
        let sizes = h.kiosk.resident().look.sizes();
        for &lang in &offered {
            h.send(Message::Language(lang));
            let code = lang.code();
            let large_key = if large {
                "kiosk-bar-normal-text"
            } else {
                "kiosk-bar-large-text"
            };
            let contrast_key = if contrast {
                "kiosk-bar-normal-contrast"
            } else {
                "kiosk-bar-high-contrast"
            };
            for key in [
                "kiosk-bar-home",
                "kiosk-bar-language",
                large_key,
                contrast_key,
            ] {
                let label = h.tr(code, key);
                let bounds = bounds_of(&h, &label);
                assert!(
                    bounds.y + bounds.height <= 8.0 + sizes.bar_height() + 1.0,
                    "{code} large={large}: {label:?} reaches below the bar: {bounds:?}"
                );
                assert!(
                    bounds.width >= 2.0 * sizes.bar && bounds.x + bounds.width <= 1280.0,
                    "{code} large={large}: {label:?} squeezed: {bounds:?}"
                );
            }
        }
    }
}

/// With large text and high contrast the ticket, its countdown and the
/// Done button all fit a 1280×800 screen without scrolling.
#[test]
fn the_done_button_of_a_large_contrast_ticket_is_on_screen() {
    let mut h = Harness::new();
    h.send(Message::ToggleLargeText);
    h.send(Message::ToggleHighContrast);
    h.tap("はじめる");
    h.tap("番号札だけ受け取る");
    h.tap(&h.tr("ja", "hub-service-certificates"));
    let done = bounds_of(&h, "終わる");
    assert!(
        done.y + done.height <= 800.0,
        "Done is below the fold: {done:?}"
    );
    h.tap("終わる");
    assert!(h.sees("ようこそ"));
}
