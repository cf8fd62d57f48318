//! A kiosk's office for UI tests: a real hub on loopback and an enrolled
//! kiosk with its outbox, on the hub-backed ticket service.
#![allow(dead_code)]
// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::futures::executor::block_on;
use iced_test::core::Settings;
use iced_test::simulator::Simulator;
use madoguchi::config::kiosk::KioskConfig;
use madoguchi::i18n::{I18n, Lang};
use madoguchi::sync::SyncClient;
use madoguchi::ui::demo::EmbeddedHub;
use madoguchi::ui::kiosk::service::HubTicketService;
use madoguchi::ui::kiosk::service::TicketService;
use madoguchi::ui::kiosk::{Kiosk, KioskOptions, Message, Screen, make, review};

pub struct Office {
    pub hub: EmbeddedHub,
    pub client: SyncClient,
    pub service: Arc<HubTicketService>,
    pub kiosk_dir: tempfile::TempDir,
    _hub_dir: tempfile::TempDir,
}

/// A hub on 127.0.0.1:0 and an enrolled kiosk. The background push is not
/// started, so a test sees the record wait in the outbox before it syncs.
pub fn office() -> Office {
    let hub_dir = tempfile::tempdir().unwrap();
    let kiosk_dir = tempfile::tempdir().unwrap();
    let hub =
        EmbeddedHub::start(madoguchi::config::hub::HubConfig::sample(), hub_dir.path()).unwrap();
    let config = KioskConfig::shipped(&hub.url);
    let token = hub
        .enroll_kiosk("テスト端末", &config, kiosk_dir.path())
        .unwrap();
    let outbox = madoguchi::sync::Outbox::open(kiosk_dir.path()).unwrap();
    let client = SyncClient::new(&hub.url, &token, outbox, chrono_tz::Asia::Tokyo);
    let services = hub
        .runtime
        .block_on(HubTicketService::fetch_services(&hub.url, &token))
        .unwrap();
    let service = Arc::new(HubTicketService::new(
        client.clone(),
        hub.runtime.handle().clone(),
        &hub.url,
        services,
    ));
    Office {
        hub,
        client,
        service,
        kiosk_dir,
        _hub_dir: hub_dir,
    }
}

/// A kiosk driven through the iced simulator: every tap is counted.
pub struct Harness {
    pub kiosk: Kiosk,
    pub now: Instant,
    pub taps: usize,
    pub lang: Lang,
}

impl Harness {
    pub fn new(office: &Office) -> Harness {
        Harness::with_options(options(office))
    }

    pub fn with_options(options: KioskOptions) -> Harness {
        let now = Instant::now();
        Harness {
            kiosk: Kiosk::new(options, now),
            now,
            taps: 0,
            lang: Lang::ja(),
        }
    }

    pub fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(Settings::default(), (1280.0, 800.0), self.kiosk.view())
    }

    pub fn send(&mut self, message: Message) {
        for effect in self.kiosk.update(message) {
            let reply = block_on(self.kiosk.perform(effect));
            self.send(reply);
        }
    }

    pub fn tap(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.ui();
            ui.click(label)
                .unwrap_or_else(|e| panic!("cannot tap {label:?}: {e}"));
            ui.into_messages().collect()
        };
        if messages.is_empty() {
            self.snap("failed-tap");
        }
        assert!(
            !messages.is_empty(),
            "tapping {label:?} did nothing: {:?}",
            self.ui().find(label).map(|t| format!("{t:?}"))
        );
        self.taps += 1;
        for message in messages {
            self.send(message);
        }
    }

    pub fn tap_key(&mut self, key: &str) {
        let label = tr(self.lang, key);
        self.tap(&label);
    }

    /// The screen as a PNG in the temp folder, to see why a tap missed.
    pub fn snap(&self, name: &str) {
        let mut ui = self.ui();
        let Ok(shot) = ui.snapshot(&self.kiosk.theme()) else {
            return;
        };
        let path = std::env::temp_dir().join(format!("madoguchi-make-{name}"));
        let _ = std::fs::remove_file(path.with_extension("png"));
        let _ = shot.matches_image(&path);
        eprintln!("screen saved under {}", path.display());
    }

    pub fn sees(&self, text: &str) -> bool {
        self.ui().find(text).is_ok()
    }

    pub fn advance(&mut self, by: Duration) {
        self.now += by;
        self.send(Message::Tick(self.now));
    }

    pub fn make(&self) -> &make::State {
        match &self.kiosk.resident().screen {
            Screen::Make(state) => state,
            other => panic!("not making: {other:?}"),
        }
    }

    pub fn review(&self) -> &review::State {
        match &self.kiosk.resident().screen {
            Screen::Review(state) => state,
            other => panic!("not on the review screen: {other:?}"),
        }
    }

    /// Types katakana on the grid: a voiced kana is its base then ゛,
    /// a small one its base then the small key.
    pub fn type_kana(&mut self, text: &str) {
        for c in text.chars() {
            let code = c as u32;
            let (base, mark) = match c {
                ' ' => {
                    self.tap_key("make-kana-space");
                    continue;
                }
                'ガ' | 'ギ' | 'グ' | 'ゲ' | 'ゴ' | 'ザ' | 'ジ' | 'ズ' | 'ゼ' | 'ゾ' | 'ダ'
                | 'ヂ' | 'ヅ' | 'デ' | 'ド' | 'バ' | 'ビ' | 'ブ' | 'ベ' | 'ボ' => {
                    (char::from_u32(code - 1).unwrap(), Some("゛"))
                }
                'パ' | 'ピ' | 'プ' | 'ペ' | 'ポ' => {
                    (char::from_u32(code - 2).unwrap(), Some("゜"))
                }
                'ァ' | 'ィ' | 'ゥ' | 'ェ' | 'ォ' | 'ッ' | 'ャ' | 'ュ' | 'ョ' => {
                    (char::from_u32(code + 1).unwrap(), Some("ツ→ッ"))
                }
                c => (c, None),
            };
            self.tap(&base.to_string());
            if let Some(mark) = mark {
                self.tap(mark);
            }
        }
    }

    pub fn type_digits(&mut self, digits: &str) {
        for d in digits.chars() {
            self.tap(&d.to_string());
        }
    }

    /// A date on the pad: 和暦 era and two-digit year, or `None` for 西暦.
    pub fn type_date(&mut self, era: Option<&str>, digits: &str) {
        match era {
            Some(era_key) => self.tap_key(era_key),
            None => self.tap_key("make-date-western"),
        }
        self.type_digits(digits);
    }
}

pub fn options(office: &Office) -> KioskOptions {
    KioskOptions::new(
        KioskConfig::shipped(&office.hub.url),
        office.service.clone() as Arc<dyn TicketService>,
    )
}

pub fn tr(lang: Lang, key: &str) -> String {
    I18n::embedded().tr(&lang, key)
}

pub fn ja(key: &str) -> String {
    tr(Lang::ja(), key)
}
