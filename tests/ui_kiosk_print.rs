//! The kiosk with a slip printer, through iced_test's headless simulator:
//! a ticket prints its slip on a fake ESC/POS printer on loopback; a printer
//! out of paper, with its cover open or offline still gives the number, the
//! ticket tells the resident to photograph it, and staff are called once
//! per fault with the reason; the facilities panel shows the printer and
//! prints a test slip.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod print_support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::futures::executor::block_on;
use iced_test::core::{Event, Settings, mouse, widget};
use iced_test::simulator::Simulator;
use madoguchi::config::kiosk::{Printer, hash_pin};
use madoguchi::i18n::{I18n, Lang};
use madoguchi::print::PrinterState;
use madoguchi::print::escpos::rasters_in;
use madoguchi::ui::kiosk::service::InMemoryTicketService;
use madoguchi::ui::kiosk::{
    CORNER_ID, Kiosk, KioskConfig, KioskOptions, Message, choose, device, welcome,
};
use print_support::FakePrinter;

const PIN: &str = "1357";

struct Harness {
    kiosk: Kiosk,
    service: Arc<InMemoryTicketService>,
    now: Instant,
}

impl Harness {
    fn new(printer_uri: &str) -> Self {
        let mut settings = KioskConfig::shipped("http://127.0.0.1:8750");
        settings.name = "テスト端末".into();
        settings.admin.pin_hash = Some(hash_pin(PIN).unwrap());
        settings.printer = Some(Printer {
            uri: printer_uri.into(),
            paper_mm: 58,
            office: Some("まどぐち区役所".into()),
        });
        let service = Arc::new(InMemoryTicketService::sample());
        let now = Instant::now();
        let kiosk = Kiosk::new(KioskOptions::new(settings, service.clone()), now);
        Harness {
            kiosk,
            service,
            now,
        }
    }

    fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(Settings::default(), (1280.0, 800.0), self.kiosk.view())
    }

    /// Sends `message` and performs every effect, as the iced runtime would.
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
        for message in messages {
            self.send(message);
        }
    }

    fn sees(&self, text: &str) -> bool {
        self.ui().find(text).is_ok()
    }

    fn take_number_in_english(&mut self) {
        self.send(Message::Home);
        self.tap("English");
        self.tap("Start");
        self.tap("Just a number");
        self.tap(&tr("en", "hub-service-certificates"));
        assert!(self.sees("Your number"));
    }

    fn open_panel(&mut self) {
        let messages: Vec<Message> = {
            let mut ui = self.ui();
            let corner = ui.find(widget::Id::new(CORNER_ID)).unwrap();
            ui.point_at(corner.visible_bounds().unwrap().center());
            ui.simulate([Event::Mouse(mouse::Event::ButtonPressed(
                mouse::Button::Left,
            ))]);
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
        self.now += device::LONG_PRESS + Duration::from_millis(100);
        self.send(Message::Tick(self.now));
        for digit in PIN.chars() {
            self.tap(&digit.to_string());
        }
        self.tap("決定");
    }
}

fn tr(lang: &str, key: &str) -> String {
    I18n::embedded().tr(&Lang::parse(lang).unwrap(), key)
}

#[test]
fn a_ticket_prints_its_slip() {
    let printer = FakePrinter::start(PrinterState::Online);
    let mut h = Harness::new(&printer.uri);
    h.take_number_in_english();
    assert!(h.sees("A-001"));
    let job = printer.next_job().bytes;
    assert!(!rasters_in(&job).is_empty(), "the slip's image was sent");
    assert!(!h.sees(&tr("en", "kiosk-ticket-slip-failed")));
    assert!(h.service.staff_calls().is_empty());
}

#[test]
fn paper_out_still_gives_the_number_tells_the_resident_and_calls_staff_once() {
    let printer = FakePrinter::start(PrinterState::PaperOut);
    let mut h = Harness::new(&printer.uri);
    h.take_number_in_english();
    assert!(h.sees("A-001"), "the ticket is issued");
    assert!(h.sees(
        "The printer is out of paper: please take a photo of your number. Staff have been told."
    ));
    let calls = h.service.staff_calls();
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].kiosk, "テスト端末");
    assert_eq!(
        calls[0].note.as_deref(),
        Some("番号札プリンター: 用紙がありません")
    );

    // The same fault again: the resident is told, staff are not called twice.
    h.take_number_in_english();
    assert!(h.sees("A-002"));
    assert!(h.sees(&tr("en", "kiosk-ticket-slip-paper-out")));
    assert_eq!(h.service.staff_calls().len(), 1);

    // Another fault is news.
    printer.set_state(Some(PrinterState::CoverOpen));
    h.take_number_in_english();
    assert!(h.sees(&tr("en", "kiosk-ticket-slip-cover-open")));
    assert_eq!(h.service.staff_calls().len(), 2);
    for _ in 0..3 {
        assert_eq!(
            printer.next_job().bytes.len(),
            9,
            "only asked, never sent a slip"
        );
    }
    assert!(printer.jobs_so_far().is_empty());
}

#[test]
fn an_offline_or_unreachable_printer_is_said_in_the_residents_language() {
    let printer = FakePrinter::start(PrinterState::Offline);
    let mut h = Harness::new(&printer.uri);
    h.take_number_in_english();
    assert!(h.sees(&tr("en", "kiosk-ticket-slip-failed")));
    let note = h.service.staff_calls()[0].note.clone().unwrap();
    assert_eq!(note, "番号札プリンター: プリンターがオフラインです");

    // Nobody listening at all.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut h = Harness::new(&format!("tcp://127.0.0.1:{port}"));
    h.take_number_in_english();
    assert!(h.sees("A-001"));
    assert!(h.sees(&tr("en", "kiosk-ticket-slip-failed")));
    let note = h.service.staff_calls()[0].note.clone().unwrap();
    assert!(
        note.starts_with("番号札プリンター: プリンター tcp://127.0.0.1:"),
        "{note}"
    );
}

#[test]
fn the_facilities_panel_shows_the_printer_and_prints_a_test_slip() {
    let printer = FakePrinter::start(PrinterState::PaperNearEnd);
    let mut h = Harness::new(&printer.uri);
    h.open_panel();
    assert!(h.sees("番号札プリンター"));
    // Opening the panel asked the printer how it is.
    assert!(h.sees(&tr("ja", "print-state-paper-near-end")));
    assert_eq!(
        printer.next_job().bytes.len(),
        9,
        "only the status requests"
    );

    printer.set_state(Some(PrinterState::Online));
    h.tap("テスト印刷");
    assert!(h.sees(&tr("ja", "print-state-online")));
    let job = printer.next_job().bytes;
    assert!(!rasters_in(&job).is_empty(), "the test slip was printed");
}

#[test]
fn with_large_text_the_printer_message_leaves_the_done_button_on_screen() {
    let printer = FakePrinter::start(PrinterState::PaperOut);
    let mut h = Harness::new(&printer.uri);
    h.send(Message::ToggleLargeText);
    h.send(Message::ToggleHighContrast);
    h.tap("はじめる");
    h.tap("番号札だけ受け取る");
    h.tap(&tr("ja", "hub-service-certificates"));
    assert!(h.sees(&tr("ja", "kiosk-ticket-slip-paper-out")));
    let done = h.ui().find("終わる").unwrap().visible_bounds();
    let done = done.expect("Done is not clipped");
    assert!(
        done.y + done.height <= 800.0,
        "Done is below the fold: {done:?}"
    );

    // The longest translations too.
    for code in ["ne", "pt-BR", "fil", "vi"] {
        let lang = Lang::parse(code).unwrap();
        h.send(Message::Home);
        h.send(Message::Language(lang));
        h.send(Message::ToggleLargeText);
        h.send(Message::Welcome(welcome::Message::Start));
        h.send(Message::Choose(choose::Message::JustNumber));
        h.send(Message::Choose(choose::Message::Service("A".into())));
        assert!(h.sees(&tr(code, "kiosk-ticket-slip-paper-out")), "{code}");
        let done = h.ui().find(tr(code, "kiosk-ticket-done").as_str()).unwrap();
        let done = done.visible_bounds().expect("Done is not clipped");
        assert!(
            done.y + done.height <= 800.0,
            "{code}: Done below the fold: {done:?}"
        );
    }
}
