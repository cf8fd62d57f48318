//! The kiosk's ticket when the hub publishes (wait anywhere): its QR opens
//! the ticket's own page outside the office, in the resident's language.
// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod kiosk_support;

use kiosk_support::{Harness, office, office_with};
use madoguchi::config::hub::HubConfig;
use madoguchi::i18n::Lang;
use madoguchi::ui::kiosk::Screen;

const PUBLIC: &str = "https://wait.example.city.jp/";

/// Takes a number for certificates in English; returns the ticket screen's QR address.
fn number_in_english(h: &mut Harness) -> (Option<String>, Option<String>) {
    h.tap("English");
    h.tap("Start");
    h.tap("Just a number");
    h.tap(&kiosk_support::tr(
        Lang::parse("en").unwrap(),
        "hub-service-certificates",
    ));
    let Screen::Ticket(ticket) = &h.kiosk.resident().screen else {
        panic!("no ticket: {:?}", h.kiosk.resident());
    };
    (ticket.status_url.clone(), ticket.ticket.page_url.clone())
}

#[test]
fn the_ticket_qr_opens_its_own_page_when_the_hub_publishes() {
    let out = tempfile::tempdir().unwrap();
    let mut config = HubConfig::sample();
    config.publish.office = "honcho".into();
    config.publish.targets = vec![out.path().display().to_string()];
    config.publish.public_url = Some(PUBLIC.into());
    let publishing = office_with(config);
    let mut h = Harness::new(&publishing);
    let (qr, page) = number_in_english(&mut h);
    let page = page.expect("the hub gives the ticket a page");
    assert!(
        page.starts_with(&format!("{PUBLIC}ticket.html?t=")),
        "{page}"
    );
    assert!(page.ends_with("&lang=en"), "{page}");
    assert_eq!(qr.as_deref(), Some(page.as_str()));

    // Without publishing, the office's own /status as before.
    let plain = office();
    let mut h = Harness::new(&plain);
    let (qr, page) = number_in_english(&mut h);
    assert_eq!(page, None);
    assert!(
        qr.unwrap()
            .starts_with(&format!("{}/status", plain.hub.url))
    );
}
