//! A kiosk's office for UI tests: a real hub on loopback and an enrolled
//! kiosk with its outbox, on the hub-backed ticket service.
#![allow(dead_code)]
// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Datelike;
use iced::futures::executor::block_on;
use iced::keyboard::{self, Key, Location, Modifiers, key};
use iced_test::core::{Settings, SmolStr};
use iced_test::simulator::Simulator;
use madoguchi::config::kiosk::KioskConfig;
use madoguchi::domain::interview::{Ask, Target};
use madoguchi::domain::postal_address::AddressPart;
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
    office_with(madoguchi::config::hub::HubConfig::sample())
}

/// [`office`] with a hub configured as `config`.
pub fn office_with(config: madoguchi::config::hub::HubConfig) -> Office {
    let hub_dir = tempfile::tempdir().unwrap();
    let kiosk_dir = tempfile::tempdir().unwrap();
    let hub = EmbeddedHub::start(config, hub_dir.path()).unwrap();
    let config = KioskConfig::shipped(&hub.url);
    let token = hub
        .enroll_kiosk("テスト端末", &config, kiosk_dir.path())
        .unwrap();
    let outbox = madoguchi::sync::Outbox::open(kiosk_dir.path()).unwrap();
    let client = SyncClient::new(&hub.url, &token, outbox, chrono_tz::Asia::Tokyo);
    let services = hub
        .runtime
        .block_on(HubTicketService::fetch_services(&hub.url, &token, None))
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

/// A key pressed on a keyboard, keypad or USB scanner, as the kiosk's
/// keyboard subscription receives it (`text`: what a character key types).
pub fn key_pressed(key: Key, text: Option<SmolStr>) -> keyboard::Event {
    keyboard::Event::KeyPressed {
        modified_key: key.clone(),
        key,
        physical_key: key::Physical::Unidentified(key::NativeCode::Unidentified),
        location: Location::Standard,
        modifiers: Modifiers::empty(),
        text,
        repeat: false,
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

/// Where the keypad's focus ring is drawn on the kiosk's screen, in the
/// screen's coordinates: the box around every pixel of the ring's colour
/// (see `theme::focusable_button_style`), or `None` when none is drawn.
pub fn focus_ring(kiosk: &Kiosk) -> Option<iced::Rectangle> {
    let ring: [u8; 3] = if kiosk.resident().look.high_contrast {
        [0x00, 0xE5, 0xFF]
    } else {
        [0xC2, 0x41, 0x0C]
    };
    let mut ui = Simulator::with_size(Settings::default(), (1280.0, 800.0), kiosk.view());
    let shot = ui.snapshot(&kiosk.theme()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("focus");
    assert!(shot.matches_image(&path).unwrap());
    // Saved as `focus-RENDERER.png`, the one file in the folder.
    let saved = std::fs::read_dir(dir.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap();
    let image = image::open(saved.path()).unwrap().to_rgba8();
    // The snapshot is drawn at twice the screen's scale.
    let scale = image.width() as f32 / 1280.0;
    let (mut left, mut top, mut right, mut bottom) = (u32::MAX, u32::MAX, 0, 0);
    for (x, y, pixel) in image.enumerate_pixels() {
        let near = pixel.0[..3]
            .iter()
            .zip(ring)
            .all(|(got, want)| got.abs_diff(want) <= 6);
        if near && pixel.0[3] == 255 {
            (left, top) = (left.min(x), top.min(y));
            (right, bottom) = (right.max(x), bottom.max(y));
        }
    }
    (right >= left && bottom >= top).then(|| iced::Rectangle {
        x: left as f32 / scale,
        y: top as f32 / scale,
        width: (right - left + 1) as f32 / scale,
        height: (bottom - top + 1) as f32 / scale,
    })
}

/// Whether the focus ring is drawn around the text `label` (the focused
/// control's) and only there: the ring's box holds the label and is no
/// larger than one control.
pub fn ring_around(kiosk: &Kiosk, label: &str) -> bool {
    let Some(ring) = focus_ring(kiosk) else {
        return false;
    };
    let mut ui = Simulator::with_size(Settings::default(), (1280.0, 800.0), kiosk.view());
    let Ok(text) = ui.find(label) else {
        return false;
    };
    let text = text.bounds();
    let inside = ring.x <= text.x
        && ring.y <= text.y
        && ring.x + ring.width >= text.x + text.width
        && ring.y + ring.height >= text.y + text.height;
    inside && ring.height < 300.0
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

/// Today in Tokyo as the 西暦 digits the pad takes (YYYYMMDD), minus `days`.
pub fn tokyo_day(days: i64) -> String {
    let day = madoguchi::domain::validate::today() - chrono::Duration::days(days);
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// A household member as the tests type them: reading, birth (和暦 digits),
/// relationship and sex keys.
pub type Person = (&'static str, &'static str, &'static str, &'static str);

/// Answers every question of the interview on screen, one tap at a time,
/// with `postal` as the postal code; returns how often each answer key was
/// asked, and the taps from the first postal digit to the last part of an
/// address made from the postal data.
pub fn answer_every_question(
    h: &mut Harness,
    members: &[Person],
    postal: &str,
) -> (BTreeMap<String, usize>, Option<usize>) {
    let mut asked: BTreeMap<String, usize> = BTreeMap::new();
    let (mut postal_from, mut address_taps) = (0, None);
    let mut guard = 0;
    while let Screen::Make(_) = &h.kiosk.resident().screen {
        guard += 1;
        assert!(guard < 200, "the interview does not end");
        let step = h.make().step().expect("a question");
        let key = match &step.target {
            Target::Key(key) => key.clone(),
            Target::Member(i, part) => format!("household[{i}].{part}"),
            Target::Household => "household".into(),
            Target::Address(key, part) => format!("{key}:{part:?}"),
        };
        let have = h.make().interview.as_ref().unwrap().answers.household.len();
        // The household list comes back after each person: count it once.
        if !(step.target == Target::Household && have > 0) {
            *asked.entry(key.clone()).or_default() += 1;
        }
        match (&step.target, &step.ask) {
            (Target::Household, _) => {
                if have < members.len() {
                    h.tap_key("make-add-person");
                } else {
                    h.tap_key("make-next");
                }
            }
            (Target::Member(i, part), _) => {
                let (reading, birth, relationship, sex) = members[*i];
                match *part {
                    "reading" => {
                        h.type_kana(reading);
                        h.tap_key("make-next");
                    }
                    "birth" => {
                        let era = if *i == 2 {
                            "fields-era-heisei"
                        } else {
                            "fields-era-showa"
                        };
                        h.type_date(Some(era), birth);
                        h.tap_key("make-next");
                    }
                    "relationship" => h.tap_key(relationship),
                    _ => h.tap_key(sex),
                }
            }
            (Target::Key(key), Some(ask)) => match (key.as_str(), ask) {
                ("applicant.reading", _) => {
                    h.type_kana("ヤマダ タロウ");
                    h.tap_key("make-next");
                }
                ("applicant.birth", _) => {
                    h.type_date(Some("fields-era-showa"), "560101");
                    h.tap_key("make-next");
                }
                ("move.date", _) => {
                    h.type_date(None, &tokyo_day(0));
                    h.tap_key("make-next");
                }
                ("move.out-date", _) => {
                    h.type_date(None, &tokyo_day(3));
                    h.tap_key("make-next");
                }
                (_, Ask::Phone) => {
                    h.type_digits("09012345678");
                    h.tap_key("make-next");
                }
                (_, Ask::Postal) => {
                    postal_from = h.taps;
                    h.type_digits(postal);
                    h.tap_key("make-next");
                }
                (_, Ask::Prefecture) => {
                    let prefecture = if key.starts_with("move.previous") {
                        "大阪府"
                    } else {
                        "東京都"
                    };
                    h.tap(prefecture);
                }
                (_, Ask::YesNo) => h.tap_key("fields-answer-yes"),
                (_, Ask::Count { .. }) => h.tap_key("make-next"),
                (_, Ask::Choice(options)) => {
                    let label = options[0].label.clone();
                    h.tap_key(&label);
                }
                (key, ask) => panic!("unexpected question {key}: {ask:?}"),
            },
            (Target::Address(_, part), Some(ask)) => match (part, ask) {
                (AddressPart::Town, Ask::Pick(options)) => {
                    let town = options
                        .iter()
                        .find(|(_, label)| label == "東京都台東区千束");
                    h.tap(&town.expect("千束 offered").1);
                }
                (AddressPart::Chome, Ask::Pick(_)) => h.tap("二丁目"),
                (AddressPart::Chome, _) => {
                    h.type_digits("2");
                    h.tap_key("make-next");
                }
                (AddressPart::Banchi, _) => {
                    h.type_digits("3");
                    h.tap_key("make-next");
                }
                (AddressPart::Go, _) => {
                    h.type_digits("4");
                    h.tap_key("make-next");
                    address_taps = Some(h.taps - postal_from);
                }
                (part, ask) => panic!("unexpected address question {part:?}: {ask:?}"),
            },
            (target, None) => panic!("no input for {target:?}"),
        }
    }

    (asked, address_taps)
}
