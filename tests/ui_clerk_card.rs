//! The clerk console reads a resident's My Number card into the record at
//! the counter (a fake reader behind the `CardReader` seam; tests/card.rs
//! drives the real PC/SC stack): the resident types the PIN into the masked
//! box, the card's items go to the hub as one audited edit.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod card_support;
mod hub_support;
mod ui_support;

use std::sync::Arc;

use card_support::fake::FakeCard;
use hub_support::TestHub;
use madoguchi::card::{CardError, CardReader};
use madoguchi::hub::api::Role;
use madoguchi::i18n::{I18n, Lang};
use madoguchi::ui::clerk::card_desk;
use serde_json::json;
use ui_support::{ClerkHarness, clean_record, named};

fn ja(key: &str) -> String {
    I18n::embedded().tr(&Lang::ja(), key)
}

#[test]
fn the_card_fills_the_record_at_the_counter_after_a_wrong_pin() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let (_, ticket) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let rec = clean_record(ticket["number"].as_str());
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [rec.clone()]})));

    let card = FakeCard::with_tries(3);
    let reader = card.clone() as Arc<dyn CardReader>;
    let mut clerk = ClerkHarness::start_with(&rt, &hub.base, hub.dir.path(), Some(reader));
    clerk.log_in("c1", "2468");
    clerk.key(named(iced::keyboard::key::Named::F1));
    assert!(clerk.desk().record().is_some());

    clerk.tap(&ja("card-use"));
    clerk.type_into(card_desk::PIN_INPUT, "9999");
    assert!(!clerk.sees("9999"), "the PIN is masked");
    clerk.submit(card_desk::PIN_INPUT);
    let wrong = I18n::embedded().render(
        &Lang::ja(),
        &CardError::WrongPin { tries_left: 2 }.message(),
    );
    assert!(clerk.sees_part(&wrong), "{wrong}");

    clerk.type_into(card_desk::PIN_INPUT, "1234");
    clerk.submit(card_desk::PIN_INPUT);
    let layout = clerk.desk().layout();
    assert_eq!(layout.row("applicant.name").unwrap().value, "髙﨑 𠮷子");
    assert_eq!(
        layout.row("applicant.address.city").unwrap().value,
        "台東区"
    );
    assert!(clerk.sees("髙﨑 𠮷子"));
    let stored = rt.block_on(clerk.session().record(rec.id)).unwrap();
    assert_eq!(stored.fields["applicant.birth"].value, json!("1985-04-12"));
    assert!(
        stored.changes.iter().any(|c| c.field == "applicant.name"),
        "the edit is in the record's audited changes"
    );
    rt.block_on(hub.stop());
}
