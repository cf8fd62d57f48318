//! Kiosk flows through iced_test's headless simulator: every tap is a click
//! on rendered text, every time step a `Tick` with a made-up instant.

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::futures::executor::block_on;
use iced_test::core::{Event, Settings, mouse, widget};
use iced_test::simulator::Simulator;
use madoguchi::config::kiosk::hash_pin;
use madoguchi::i18n::{I18n, Lang};
use madoguchi::ui::kiosk::admin;
use madoguchi::ui::kiosk::{
    CORNER_ID, Effect, Kiosk, KioskConfig, KioskOptions, Message, Screen, choose,
};
use madoguchi::ui::service::{
    InMemoryTicketService, ServiceInfo, TicketService, UnreachableTicketService,
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
        if let Some(effect) = self.kiosk.update(message) {
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
        (calls[0].kiosk.as_str(), calls[0].lang.code()),
        ("テスト端末", "vi")
    );
}

#[test]
fn a_short_press_in_the_corner_does_not_open_facilities() {
    let mut h = Harness::new();
    h.press_corner();
    h.advance(Duration::from_millis(900));
    h.send(Message::CornerReleased);
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
    h.send(Message::Admin(admin::Message::NameChanged("  ".into())));
    h.tap("適用する");
    assert!(h.sees(&I18n::embedded().tr_args(
        &Lang::ja(),
        "config-kiosk-empty",
        &[("key", "name".into())]
    )));
    assert_eq!(h.kiosk.settings().name, "テスト端末");

    h.send(Message::Admin(admin::Message::NameChanged(
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
            &[("seconds", 60.into())],
        ))
    };
    assert!(locked(&h));
    // Even the right PIN is ignored while locked.
    h.auto = false;
    h.enter_pin(PIN);
    assert!(h.effects.is_empty());
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
