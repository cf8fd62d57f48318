//! The ticket slip end to end: rendered with the kiosk's fonts, encoded as
//! ESC/POS, sent to a fake printer on loopback TCP (or a device file), the
//! `GS v 0` raster decoded back into an image, its QR read by the kiosk's
//! own scan pipeline and its number found in it.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod print_support;

use chrono::{TimeZone, Utc};
use madoguchi::config::kiosk::{KioskConfig, Printer};
use madoguchi::i18n::{I18n, Lang, Message};
use madoguchi::model::Ticket;
use madoguchi::print::escpos::{STATUS_KINDS, rasters_in, status_request};
use madoguchi::print::{
    Paper, PrintError, PrinterState, PrinterUri, Raster, Slip, SlipPrinter, SlipRenderer,
};
use madoguchi::scan::Frame;
use madoguchi::scan::decode::Pipeline;
use print_support::FakePrinter;

const URL: &str = "http://192.0.2.7:8750/status?lang=vi";

fn slip(number: &str) -> Slip {
    let ticket = Ticket {
        number: number.into(),
        service: "A".into(),
        position: 4,
        estimated_wait_minutes: 12,
        day: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
        issued_at: Utc.with_ymd_and_hms(2026, 12, 7, 0, 31, 0).unwrap(),
        offline: false,
        page_url: None,
    };
    Slip::of_ticket(
        "まどぐち区役所 1階",
        &ticket,
        Message::new("hub-service-certificates"),
        Some(URL.into()),
        Lang::parse("vi").unwrap(),
    )
}

/// The status requests every job starts with.
fn status_requests() -> Vec<u8> {
    STATUS_KINDS
        .iter()
        .flat_map(|k| status_request(*k))
        .collect()
}

/// The image a job prints, from its `GS v 0` bands.
fn printed(job: &[u8]) -> Raster {
    Raster::stack(&rasters_in(job))
}

fn qr_texts(raster: &Raster) -> Vec<String> {
    let image = image::DynamicImage::ImageLuma8(raster.to_image());
    Pipeline::standard()
        .decode(&Frame::from_image(&image))
        .codes
}

/// The first row where `part` is printed `x` dots from the left, if any.
fn find_rows(slip: &Raster, part: &Raster, x: u32) -> Option<u32> {
    (0..slip.height.saturating_sub(part.height)).find(|&top| {
        (0..part.height).all(|y| {
            (0..part.width).all(|dx| slip.is_black(x + dx, top + y) == part.is_black(dx, y))
        })
    })
}

#[test]
fn a_slip_sent_over_tcp_prints_its_status_qr_and_its_number() {
    let printer = FakePrinter::start(PrinterState::Online);
    let slips = SlipPrinter::new(I18n::embedded());
    let uri = PrinterUri::parse(&printer.uri).unwrap();
    assert_eq!(
        slips.print(&uri, Paper::Mm58, &slip("A-012")),
        Ok(Some(PrinterState::Online))
    );
    let job = printer.next_job().bytes;
    assert!(job.starts_with(&status_requests()), "status asked first");

    let image = printed(&job);
    assert_eq!(image.width, 384);
    assert_eq!(qr_texts(&image), [URL]);

    let mut renderer = SlipRenderer::new(I18n::embedded());
    let number = renderer.render_number("A-012", Paper::Mm58);
    assert!(
        number.ink_in_rows(0..number.height) > 2000,
        "the number is large and inked"
    );
    let row = find_rows(&image, &number, Paper::Mm58.margin());
    assert!(
        row.is_some(),
        "A-012 is printed as the renderer draws it alone"
    );
    let other = renderer.render_number("B-777", Paper::Mm58);
    assert_eq!(find_rows(&image, &other, Paper::Mm58.margin()), None);
}

#[test]
fn on_80_mm_paper_the_slip_is_576_dots_and_still_reads() {
    let slips = SlipPrinter::new(I18n::embedded());
    let job = slips.job(&slip("C-101"), Paper::Mm80);
    let image = printed(&job);
    assert_eq!(image.width, 576);
    assert_eq!(qr_texts(&image), [URL]);
}

#[test]
fn a_printer_without_paper_or_offline_gets_no_slip() {
    let printer = FakePrinter::start(PrinterState::PaperOut);
    let slips = SlipPrinter::new(I18n::embedded());
    let uri = PrinterUri::parse(&printer.uri).unwrap();
    for state in [
        PrinterState::PaperOut,
        PrinterState::CoverOpen,
        PrinterState::Offline,
    ] {
        printer.set_state(Some(state));
        assert_eq!(
            slips.print(&uri, Paper::Mm58, &slip("A-013")),
            Err(PrintError::NotReady(state))
        );
        assert_eq!(
            printer.next_job().bytes,
            status_requests(),
            "{state:?}: only asked"
        );
    }
    // Nearly out of paper still prints, and says so.
    printer.set_state(Some(PrinterState::PaperNearEnd));
    assert_eq!(
        slips.print(&uri, Paper::Mm58, &slip("A-014")),
        Ok(Some(PrinterState::PaperNearEnd))
    );
    assert!(printer.next_job().bytes.len() > 1000);
    // Every failure has its own translated words.
    let paper_out = PrintError::NotReady(PrinterState::PaperOut).message();
    assert_eq!(
        I18n::embedded().render(&Lang::ja(), &paper_out),
        "用紙がありません"
    );
}

#[test]
fn an_unreachable_printer_is_a_connect_error() {
    // A port nobody listens on: bound, then closed.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let uri = PrinterUri::parse(&format!("tcp://127.0.0.1:{port}")).unwrap();
    let error = SlipPrinter::new(I18n::embedded())
        .print(&uri, Paper::Mm58, &slip("A-015"))
        .unwrap_err();
    assert!(matches!(error, PrintError::Connect { .. }), "{error:?}");
    assert_eq!(error.state(), PrinterState::Offline);
    assert_eq!(error.message().key, "print-error-connect");
}

#[test]
fn a_usb_device_file_gets_the_same_bytes_as_the_network_printer() {
    let slips = SlipPrinter::new(I18n::embedded());
    let printer = FakePrinter::start(PrinterState::Online);
    let tcp = PrinterUri::parse(&printer.uri).unwrap();
    slips.print(&tcp, Paper::Mm58, &slip("A-016")).unwrap();
    let over_tcp = printer.next_job().bytes;

    let dir = tempfile::tempdir().unwrap();
    let device = dir.path().join("lp0");
    std::fs::write(&device, b"").unwrap();
    let usb = PrinterUri::parse(&format!("usb:{}", device.display())).unwrap();
    // A device file that gives no status answer still gets the slip.
    assert_eq!(slips.print(&usb, Paper::Mm58, &slip("A-016")), Ok(None));
    let over_usb = std::fs::read(&device).unwrap();
    assert!(
        over_usb == over_tcp,
        "{} bytes to the device file, {} over TCP",
        over_usb.len(),
        over_tcp.len()
    );

    let missing = PrinterUri::parse("usb:/nonexistent/usb/lp9").unwrap();
    assert!(matches!(
        slips.print(&missing, Paper::Mm58, &slip("A-016")),
        Err(PrintError::Connect { .. })
    ));
}

#[test]
fn print_slip_writes_an_image_without_a_printer() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("slip.png");
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["print", "slip", "--lang", "ne", "--paper", "80", "--out"])
        .arg(&out)
        .status()
        .unwrap();
    assert!(status.success());
    let image = image::open(&out).unwrap();
    assert_eq!(image.width(), 576);
    let codes = Pipeline::standard()
        .decode(&Frame::from_image(&image))
        .codes;
    assert_eq!(codes, ["http://127.0.0.1:8750/status?lang=ne"]);

    // Without --printer or --out there is nothing to do: clap says so.
    let refused = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["print", "slip"])
        .output()
        .unwrap();
    assert!(!refused.status.success());
}

#[test]
fn print_slip_sends_the_sample_to_a_printer() {
    let printer = FakePrinter::start(PrinterState::Online);
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["print", "slip", "--lang", "ko", "--printer", &printer.uri])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let image = printed(&printer.next_job().bytes);
    assert_eq!(qr_texts(&image), ["http://127.0.0.1:8750/status?lang=ko"]);
}

#[test]
fn the_printer_table_of_kiosk_toml_is_checked() {
    let mut config = KioskConfig::shipped("http://127.0.0.1:8750");
    assert!(config.printer.is_none(), "no printer unless configured");
    config.printer = Some(Printer {
        uri: "lp0".into(),
        paper_mm: 57,
        office: None,
    });
    let keys: Vec<String> = config
        .problems_by_key()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(keys, ["printer.uri", "printer.paper_mm"]);
    let text: KioskConfig = toml::from_str(&format!(
        "{}\n[printer]\nuri = \"tcp://10.0.0.9:9100\"\npaper_mm = 80\n",
        madoguchi::config::kiosk::SHIPPED
    ))
    .unwrap();
    let printer = text.printer.as_ref().unwrap();
    assert_eq!(printer.paper(), Paper::Mm80);
    assert!(text.problems().is_empty());

    // The copy printer (`[form_printer]`): a CUPS queue, never empty.
    let mut config = KioskConfig::shipped("http://127.0.0.1:8750");
    assert!(config.form_printer.is_none());
    config.form_printer = Some(madoguchi::config::kiosk::FormPrinter { queue: " ".into() });
    let keys: Vec<String> = config
        .problems_by_key()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(keys, ["form_printer.queue"]);
    let text: KioskConfig = toml::from_str(&format!(
        "{}\n[form_printer]\nqueue = \"kiosk-a4\"\n",
        madoguchi::config::kiosk::SHIPPED
    ))
    .unwrap();
    assert_eq!(text.form_printer.unwrap().queue, "kiosk-a4");
}
