//! The QR path end to end, against a real hub on loopback: a USB scanner
//! types the payload (fast key events and Enter, through the same mapping
//! the kiosk's keyboard subscription uses), the review shows the forms, the
//! resident confirms, the ticket appears; the record is in the kiosk's
//! outbox and then at the hub. Taps are counted through the simulator.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::futures::executor::block_on;
use iced::keyboard::{Key, key};
use iced_test::core::{Settings, SmolStr};
use iced_test::simulator::Simulator;
use madoguchi::config::kiosk::KioskConfig;
use madoguchi::i18n::{I18n, Lang};
use madoguchi::preapp::{EncodeParams, encode};
use madoguchi::speech::queue::{Part, Recorder, Speaker};
use madoguchi::speech::spoken;
use madoguchi::ui::demo::{demo_form, demo_payload, write_demo_qr};
use madoguchi::ui::kiosk::service::TicketService;
use madoguchi::ui::kiosk::{Kiosk, KioskOptions, Message, Screen, key_message, review};

mod kiosk_support;
mod speech_support;

use kiosk_support::{Office, office};

struct Harness {
    kiosk: Kiosk,
    now: Instant,
    taps: usize,
}

impl Harness {
    fn new(office: &Office, demo_qr: Option<&Path>) -> Harness {
        Harness::speaking(office, demo_qr, Speaker::off())
    }

    fn speaking(office: &Office, demo_qr: Option<&Path>, speaker: Speaker) -> Harness {
        Harness::configured(
            office,
            KioskConfig::shipped(&office.hub.url),
            demo_qr,
            speaker,
        )
    }

    fn configured(
        office: &Office,
        config: KioskConfig,
        demo_qr: Option<&Path>,
        speaker: Speaker,
    ) -> Harness {
        let mut options =
            KioskOptions::new(config, office.service.clone() as Arc<dyn TicketService>);
        options.demo_qr = demo_qr.map(Path::to_owned);
        options.speaker = speaker;
        let now = Instant::now();
        Harness {
            kiosk: Kiosk::new(options, now),
            now,
            taps: 0,
        }
    }

    fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(Settings::default(), (1280.0, 800.0), self.kiosk.view())
    }

    fn send(&mut self, message: Message) {
        for effect in self.kiosk.update(message) {
            let reply = block_on(self.kiosk.perform(effect));
            self.send(reply);
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
        self.taps += 1;
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

    /// A USB scanner "types" `text` then Enter, 4 ms apart.
    fn scanner_types(&mut self, text: &str) {
        let mut at = self.now;
        for c in text.chars().map(Some).chain([None]) {
            at += Duration::from_millis(4);
            let (key, typed) = match c {
                Some(c) => (Key::Character(SmolStr::new(c.to_string())), Some(c)),
                None => (Key::Named(key::Named::Enter), None),
            };
            let event = kiosk_support::key_pressed(key, typed.map(|c| SmolStr::new(c.to_string())));
            let message = key_message(&event, at).expect("a key the kiosk reads");
            self.send(message);
        }
        self.now = at;
    }

    fn review(&self) -> &review::State {
        match &self.kiosk.resident().screen {
            Screen::Review(state) => state,
            other => panic!("not on the review screen: {other:?}"),
        }
    }
}

fn tr(lang: &str, key: &str) -> String {
    I18n::embedded().tr(&Lang::parse(lang).unwrap(), key)
}

fn hub_records(dir: &Path) -> Vec<(String, Option<String>)> {
    let conn = madoguchi::store::hub::open(dir).unwrap();
    let mut statement = conn.prepare("SELECT id, number FROM records").unwrap();
    statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn scanned_payload_to_ticket_with_record_in_outbox_then_at_hub() {
    let office = office();
    let mut h = Harness::new(&office, None);
    let payload = demo_payload().unwrap().parts;
    assert_eq!(payload.len(), 1);

    h.tap(&tr("ja", "kiosk-welcome-start"));
    h.tap(&tr("ja", "kiosk-choose-qr"));
    assert!(h.sees(&tr("ja", "kiosk-scan-heading")));
    h.scanner_types(&payload[0]);

    // Review: labels from the catalogue, values as written, fee, documents.
    assert!(h.sees(&tr("ja", "kiosk-review-heading")));
    assert!(h.sees("山田 花子"));
    assert!(h.sees(&tr("ja", "fields-applicant-name")));
    assert!(h.sees(&tr("ja", "fields-purpose-employment")));
    assert!(h.sees(&I18n::embedded().tr_args(
        &Lang::ja(),
        "kiosk-review-fee",
        &[("yen", 600.into())]
    )));
    assert!(h.sees(&format!("・{}", tr("ja", "procedures-doc-identity"))));
    assert!(
        h.review().problems.iter().all(|p| !p.is_error()),
        "{:?}",
        h.review().problems
    );

    h.tap(&tr("ja", "kiosk-review-confirm"));
    let Screen::Ticket(ticket) = &h.kiosk.resident().screen else {
        panic!("no ticket: {:?}", h.kiosk.resident());
    };
    let number = ticket.ticket.number.clone();
    assert!(number.starts_with('A'), "{number}");
    assert!(!ticket.ticket.offline);
    assert!(
        ticket
            .status_url
            .as_ref()
            .is_some_and(|url| url.starts_with(&office.hub.url))
    );
    assert!(h.sees(&number));

    // 0 characters typed by the resident, 3 taps from welcome to ticket.
    assert_eq!(h.taps, 3);

    // The record waits in the outbox with its number …
    let counts = office
        .hub
        .runtime
        .block_on(office.client.outbox().counts())
        .unwrap();
    assert_eq!(counts.pending, 1);
    assert!(hub_records(office.hub.data_dir.as_path()).is_empty());
    // … and is at the hub after a push, with the ticket's number.
    let settled = office
        .hub
        .runtime
        .block_on(office.client.sync_all())
        .unwrap();
    assert_eq!(settled, 1);
    let records = hub_records(office.hub.data_dir.as_path());
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].1.as_deref(), Some(number.as_str()));
    let _ = &office.kiosk_dir;
}

/// Completed CUPS jobs of `queue` (`lpstat -W completed -o QUEUE`), or
/// `None` without the queue (`scripts/cups-test-queue.sh` makes it; .ci/run
/// sets MADOGUCHI_REQUIRE_CUPS=1 after it).
fn completed_cups_jobs(queue: &str) -> Option<usize> {
    let lpstat = |args: &[&str]| std::process::Command::new("lpstat").args(args).output();
    if !lpstat(&["-p", queue]).is_ok_and(|o| o.status.success()) {
        assert!(
            std::env::var("MADOGUCHI_REQUIRE_CUPS").is_err(),
            "MADOGUCHI_REQUIRE_CUPS is set but the CUPS queue {queue} is not there"
        );
        return None;
    }
    let listing = lpstat(&["-W", "completed", "-o", queue]).unwrap();
    Some(String::from_utf8_lossy(&listing.stdout).lines().count())
}

fn copies_left_in_temp() -> usize {
    std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("madoguchi-copy-")
        })
        .count()
}

#[test]
fn a_kiosk_with_a_form_printer_prints_the_residents_copy_after_confirming() {
    let queue = "madoguchi-test";
    let Some(before) = completed_cups_jobs(queue) else {
        eprintln!("skipped: no CUPS queue {queue}; .ci/run makes one");
        return;
    };
    let office = office();
    let mut config = KioskConfig::shipped(&office.hub.url);
    config.form_printer = Some(madoguchi::config::kiosk::FormPrinter {
        queue: queue.into(),
    });
    let mut h = Harness::configured(&office, config, None, Speaker::off());
    h.tap(&tr("ja", "kiosk-welcome-start"));
    h.tap(&tr("ja", "kiosk-choose-qr"));
    h.scanner_types(&demo_payload().unwrap().parts[0]);
    h.tap(&tr("ja", "kiosk-review-confirm"));
    // The number is on screen at once; the copy follows on its own thread.
    assert!(matches!(h.kiosk.resident().screen, Screen::Ticket(_)));
    let printed = (0..300).any(|_| {
        let done = completed_cups_jobs(queue).is_some_and(|now| now > before);
        if !done {
            std::thread::sleep(Duration::from_millis(100));
        }
        done
    });
    assert!(printed, "CUPS completed no copy on {queue}");
    // The PDF held the resident's answers: gone once CUPS has it.
    let removed = (0..50).any(|_| {
        let gone = copies_left_in_temp() == 0;
        if !gone {
            std::thread::sleep(Duration::from_millis(100));
        }
        gone
    });
    assert!(removed, "the copy's PDF is still in the temporary folder");
}

#[test]
fn scan_from_file_is_four_taps_and_multi_part_shows_progress() {
    let office = office();
    let dir = tempfile::tempdir().unwrap();
    let files = write_demo_qr(dir.path()).unwrap();
    let mut h = Harness::new(&office, Some(&files[0]));
    h.tap(&tr("ja", "kiosk-welcome-start"));
    h.tap(&tr("ja", "kiosk-choose-qr"));
    h.tap(&tr("ja", "kiosk-scan-file"));
    assert!(h.sees("山田 花子"), "{:?}", h.kiosk.resident());
    h.tap(&tr("ja", "kiosk-review-confirm"));
    assert!(matches!(h.kiosk.resident().screen, Screen::Ticket(_)));
    assert_eq!(h.taps, 4, "at most 4 taps on the QR path");

    // A payload in three parts, read out of order: "2 of 3", then the review.
    h.send(Message::Home);
    let mut params = EncodeParams::now(1);
    params.max_version = 5;
    let parts = encode(&demo_form(), None, &params).unwrap().parts;
    assert!(parts.len() >= 3, "{} parts", parts.len());
    let total = parts.len();
    h.tap(&tr("ja", "kiosk-welcome-start"));
    h.tap(&tr("ja", "kiosk-choose-qr"));
    h.scanner_types(&parts[2]);
    h.scanner_types(&parts[0]);
    let progress = I18n::embedded().render(
        &Lang::ja(),
        &madoguchi::i18n::Message::new("preapp-progress")
            .arg("read", 2)
            .arg("total", total),
    );
    assert!(h.sees(&progress), "{progress}");
    for part in &parts[1..] {
        h.scanner_types(part);
    }
    assert!(h.sees("山田 花子"));

    // A code that is not ours is refused, in the resident's language.
    h.send(Message::Home);
    h.tap("English");
    h.tap("Start");
    h.tap(&tr("en", "kiosk-choose-qr"));
    h.scanner_types("HTTPS://EXAMPLE.COM/");
    let refusal = I18n::embedded().render(
        &Lang::parse("en").unwrap(),
        &madoguchi::preapp::PreappError::NotOurs.message(),
    );
    assert!(h.sees(&refusal), "{refusal}");
}

#[test]
fn language_switch_mid_review_keeps_the_answers_and_a_fix() {
    let office = office();
    let mut h = Harness::new(&office, None);
    h.tap(&tr("ja", "kiosk-welcome-start"));
    h.tap(&tr("ja", "kiosk-choose-qr"));
    h.scanner_types(&demo_payload().unwrap().parts[0]);

    // The resident wants 3 copies, not 2: two taps, no typing.
    let copies = "juminhyo-utsushi.copies".to_owned();
    h.send(Message::Review(review::Message::Edit(copies.clone())));
    h.tap("+");
    assert_eq!(h.review().answers.get(&copies), Some("3"));
    assert!(h.sees(&I18n::embedded().tr_args(
        &Lang::ja(),
        "kiosk-review-fee",
        &[("yen", 900.into())]
    )));

    h.tap(&tr("ja", "kiosk-bar-language"));
    h.tap("English");
    assert!(h.sees(&tr("en", "kiosk-review-heading")));
    assert!(h.sees(&tr("en", "fields-applicant-name")));
    assert!(h.sees("山田 花子"), "names stay as written");
    assert_eq!(h.review().answers.get(&copies), Some("3"));
    assert!(h.sees("Fee: 900 yen"));

    // A choice changed on the kiosk is recorded as such.
    let purpose = "juminhyo-utsushi.purpose".to_owned();
    h.send(Message::Review(review::Message::Edit(purpose.clone())));
    h.tap(&tr("en", "fields-purpose-pension"));
    assert_eq!(h.review().answers.get(&purpose), Some("pension"));
    let record = madoguchi::domain::record::record_of(
        &h.review().reviewed(Lang::parse("en").unwrap()),
        uuid::Uuid::new_v4(),
        chrono::Utc::now(),
    );
    assert_eq!(
        record.fields[&purpose].source,
        madoguchi::hub::api::Source::Kiosk
    );
    assert_eq!(
        record.fields["applicant.name"].source,
        madoguchi::hub::api::Source::Qr
    );
    assert_eq!(record.lang, "en");
}

#[test]
fn idle_timeout_leaves_no_personal_data() {
    let office = office();
    let mut h = Harness::new(&office, None);
    let payload = demo_payload().unwrap().parts.remove(0);
    h.tap(&tr("ja", "kiosk-welcome-start"));
    h.tap(&tr("ja", "kiosk-choose-qr"));
    h.scanner_types(&payload);
    assert!(h.sees("山田 花子"));
    // Half a second scan left hanging, as if the resident walked away mid-scan.
    let mut at = h.now;
    for c in payload.chars().take(40) {
        at += Duration::from_millis(4);
        h.send(Message::WedgeKey(c, at));
    }
    h.now = at;
    assert!(h.kiosk.scan_pending());

    h.advance(Duration::from_secs(59));
    assert!(!h.kiosk.is_fresh());
    h.advance(Duration::from_secs(1));
    assert!(h.kiosk.is_fresh());
    assert!(!h.kiosk.scan_pending());
    let state = format!("{:?}", h.kiosk);
    for trace in ["山田", "ヤマダ", "台東区", "MG1", &payload[4..20]] {
        assert!(!state.contains(trace), "{trace} left in {state}");
    }
    assert!(!h.sees("山田 花子"));
}

#[test]
fn offline_ticket_comes_from_the_lease_and_the_banner_says_so() {
    let mut office = office();
    office
        .hub
        .runtime
        .block_on(office.client.refill_leases(&["A".into()]))
        .unwrap();
    office.hub.stop();
    // Wait until the hub no longer answers.
    let health = format!("{}/healthz", office.hub.url);
    office.hub.runtime.block_on(async {
        for _ in 0..100 {
            if reqwest::get(&health).await.is_err() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        panic!("hub still up");
    });

    let mut h = Harness::new(&office, None);
    h.tap(&tr("ja", "kiosk-welcome-start"));
    h.tap(&tr("ja", "kiosk-choose-qr"));
    h.scanner_types(&demo_payload().unwrap().parts[0]);
    h.tap(&tr("ja", "kiosk-review-confirm"));
    let Screen::Ticket(ticket) = &h.kiosk.resident().screen else {
        panic!("no ticket: {:?}", h.kiosk.resident());
    };
    assert!(ticket.ticket.offline);
    assert!(ticket.ticket.number.starts_with('A'));
    h.advance(Duration::from_millis(500));
    assert!(h.kiosk.is_offline());
    assert!(h.sees(&tr("ja", "kiosk-offline-banner")));

    let counts = office
        .hub
        .runtime
        .block_on(office.client.outbox().counts())
        .unwrap();
    assert_eq!((counts.pending, counts.pending_tickets), (1, 1));
}

#[test]
fn read_aloud_says_each_screen_of_the_qr_path_and_the_ticket_number() {
    let Some(engines) = speech_support::engines("the kiosk's read-aloud") else {
        return;
    };
    let office = office();
    let recorder = Recorder::new(0.0);
    let speaker = Speaker::start(engines, Box::new(recorder.clone()), 1.0);
    let mut h = Harness::speaking(&office, None, speaker);
    let payload = demo_payload().unwrap().parts;
    let read_aloud = tr("ja", "speech-read-aloud");

    let mut expected: Vec<String> = Vec::new();
    let mut read = |h: &mut Harness| {
        expected.extend(h.kiosk.reading());
        h.tap(&read_aloud);
        expected.clone()
    };
    read(&mut h);
    h.tap(&tr("ja", "kiosk-welcome-start"));
    read(&mut h);
    h.tap(&tr("ja", "kiosk-choose-qr"));
    read(&mut h);
    h.scanner_types(&payload[0]);
    read(&mut h);
    h.tap(&tr("ja", "kiosk-review-confirm"));
    let expected = read(&mut h);
    let Screen::Ticket(ticket) = &h.kiosk.resident().screen else {
        panic!("no ticket");
    };
    let number = ticket.ticket.number.clone();

    let played = recorder.wait_for(expected.len(), Duration::from_secs(180));
    let said: Vec<String> = played
        .iter()
        .map(|p| match &p.part {
            Part::Say { text, .. } => text.clone(),
            Part::Chime => String::new(),
        })
        .collect();
    assert_eq!(said, expected);
    // Title, instruction and choices of each screen, in the resident's language.
    for key in [
        "kiosk-welcome-heading",
        "kiosk-welcome-start",
        "kiosk-choose-heading",
        "kiosk-choose-qr",
        "kiosk-scan-heading",
        "kiosk-scan-guidance",
        "kiosk-review-heading",
        "kiosk-review-confirm",
    ] {
        assert!(said.contains(&tr("ja", key)), "{key} not said: {said:?}");
    }
    let number_said = spoken::ticket_text(&I18n::embedded(), Lang::ja(), &number);
    assert!(said.contains(&number_said), "{number_said} not said");
    assert!(played.iter().all(|p| p.wav.rms() > 0.01));
}

#[test]
fn keypad_only_from_welcome_to_the_ticket_with_every_focus_spoken() {
    let Some(engines) = speech_support::engines("the kiosk's keypad path") else {
        return;
    };
    let office = office();
    let recorder = Recorder::new(0.0);
    let speaker = Speaker::start(engines, Box::new(recorder.clone()), 1.0);
    let mut h = Harness::speaking(&office, None, speaker);
    let payload = demo_payload().unwrap().parts;
    let press = |h: &mut Harness, named: key::Named| {
        h.now += Duration::from_millis(700);
        let event = kiosk_support::key_pressed(Key::Named(named), None);
        let message = key_message(&event, h.now).expect("a key the kiosk reads");
        h.send(message);
    };

    // Welcome: the first control is "start"; its focus is shown (a ring
    // around the button) and said.
    press(&mut h, key::Named::ArrowDown);
    assert_eq!(h.kiosk.focused(), Some(tr("ja", "kiosk-welcome-start")));
    assert!(kiosk_support::ring_around(
        &h.kiosk,
        &tr("ja", "kiosk-welcome-start")
    ));
    press(&mut h, key::Named::Enter);
    assert!(h.sees(&tr("ja", "kiosk-choose-heading")));
    // Choose: the QR code is the first choice.
    press(&mut h, key::Named::ArrowDown);
    press(&mut h, key::Named::Enter);
    assert!(h.sees(&tr("ja", "kiosk-scan-heading")));
    h.scanner_types(&payload[0]);
    assert!(h.sees(&tr("ja", "kiosk-review-heading")));
    // Review: backwards from the end, past the top bar's five, to
    // "confirm" (the fields' Change buttons come first, then Back and
    // Confirm, then the top bar's).
    press(&mut h, key::Named::ArrowUp);
    for _ in 0..5 {
        press(&mut h, key::Named::ArrowUp);
    }
    assert_eq!(h.kiosk.focused(), Some(tr("ja", "kiosk-review-confirm")));
    press(&mut h, key::Named::Enter);
    let Screen::Ticket(ticket) = &h.kiosk.resident().screen else {
        panic!("no ticket: {:?}", h.kiosk.resident());
    };
    let number = ticket.ticket.number.clone();
    assert_eq!(h.taps, 0, "not one touch");

    let number_said = spoken::ticket_text(&I18n::embedded(), Lang::ja(), &number);
    let said = |played: &[madoguchi::speech::queue::Played]| -> Vec<String> {
        played
            .iter()
            .filter_map(|p| match &p.part {
                Part::Say { text, .. } => Some(text.clone()),
                Part::Chime => None,
            })
            .collect()
    };
    let deadline = Instant::now() + Duration::from_secs(180);
    let mut texts = said(&recorder.played());
    while !texts.contains(&number_said) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        texts = said(&recorder.played());
    }
    // Each focus, then each new screen, in order; the ticket with its number.
    let position = |text: &str| {
        texts
            .iter()
            .position(|t| t == text)
            .unwrap_or_else(|| panic!("{text} not said: {texts:?}"))
    };
    let order = [
        position(&tr("ja", "kiosk-welcome-start")),
        position(&tr("ja", "kiosk-choose-heading")),
        position(&tr("ja", "kiosk-choose-qr")),
        position(&tr("ja", "kiosk-scan-heading")),
        position(&tr("ja", "kiosk-review-heading")),
        position(&tr("ja", "kiosk-review-confirm")),
        position(&number_said),
    ];
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "{order:?} in {texts:?}"
    );
}
