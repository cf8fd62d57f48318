//! The ticket slip (`cargo bench --bench slip`).
//!
//! A kiosk with a `[printer]` on a fake ESC/POS printer on loopback TCP
//! (tests/print_support: records the bytes, answers `DLE EOT`), run as the
//! iced runtime runs it minus the window: the resident's tap on a service is
//! a message through [`Kiosk::update`], every effect is performed
//! ([`Kiosk::perform`]) and its answer sent back, as the runtime does.
//!
//! Printed:
//! 1. time from the tap that confirms the ticket to the slip's last byte
//!    arriving at the printer, p50/p99/max over `SLIP_BENCH_N` slips
//!    (default 200; the first slip, which reads the fonts, is timed apart);
//! 2. the bytes of one slip's job on 58 and 80 mm paper.

// Bench code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

#[path = "../tests/print_support/mod.rs"]
mod print_support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::futures::executor::block_on;
use madoguchi::config::kiosk::{KioskConfig, Printer};
use madoguchi::i18n::{I18n, Lang};
use madoguchi::print::{Paper, PrinterState, Slip, SlipPrinter};
use madoguchi::ui::kiosk::service::InMemoryTicketService;
use madoguchi::ui::kiosk::{Kiosk, KioskOptions, Message, choose, welcome};
use print_support::FakePrinter;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn send(kiosk: &mut Kiosk, message: Message) {
    for effect in kiosk.update(message) {
        let reply = block_on(kiosk.perform(effect));
        send(kiosk, reply);
    }
}

/// One resident: start, "just a number", a service; the time of the tap
/// that takes the number.
fn take_number(kiosk: &mut Kiosk) -> Instant {
    send(kiosk, Message::Home);
    send(kiosk, Message::Welcome(welcome::Message::Start));
    send(kiosk, Message::Choose(choose::Message::JustNumber));
    let confirmed = Instant::now();
    send(kiosk, Message::Choose(choose::Message::Service("A".into())));
    confirmed
}

fn main() {
    let n: usize = std::env::var("SLIP_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let printer = FakePrinter::start(PrinterState::Online);
    let mut settings = KioskConfig::shipped("http://127.0.0.1:8750");
    settings.printer = Some(Printer {
        uri: printer.uri.clone(),
        paper_mm: 58,
        office: Some("まどぐち区役所 1階".into()),
    });
    let service = Arc::new(InMemoryTicketService::sample());
    let mut kiosk = Kiosk::new(KioskOptions::new(settings, service), Instant::now());

    let first = take_number(&mut kiosk);
    let first = printer.next_job().last_byte_at - first;
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let confirmed = take_number(&mut kiosk);
        times.push(printer.next_job().last_byte_at - confirmed);
    }
    times.sort();
    println!("slip: confirm to last byte at the printer, {n} slips (58 mm, loopback TCP)");
    println!("  first slip (reads the fonts): {first:?}");
    println!(
        "  p50 {:?}  p99 {:?}  max {:?}",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times[times.len() - 1]
    );

    let slips = SlipPrinter::new(I18n::embedded());
    let sample = Slip::sample("まどぐち区役所 1階", Lang::ja(), chrono::Utc::now());
    for (paper, mm) in [(Paper::Mm58, 58), (Paper::Mm80, 80)] {
        let job = slips.job(&sample, paper);
        let image = slips.render(&sample, paper);
        println!(
            "slip bytes, {mm} mm: {} ({}×{} dots)",
            job.len(),
            image.width,
            image.height
        );
    }
}
