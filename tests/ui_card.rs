//! "マイナンバーカードで入力" on the kiosk, through the iced simulator, with a
//! fake reader behind the kiosk's [`CardReader`] seam (tests/card.rs drives
//! the real PC/SC stack): the card's items fill the forms, the questions
//! they answer are skipped, the record says which answers came from the
//! card; a wrong PIN shows the tries left; with one try left the kiosk does
//! not ask; the card's data goes with the resident.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::Duration;

use madoguchi::card::{CardError, CardReader};
use madoguchi::domain::record::{CLERK_COMPLETES, FROM_CARD};
use madoguchi::i18n::{I18n, Lang};
use madoguchi::ui::kiosk::card::Phase;
use madoguchi::ui::kiosk::{Message, Screen};

mod card_support;
mod kiosk_support;

use card_support::fake::FakeCard;
use kiosk_support::{Harness, Office, Person, answer_every_question, ja, office, options};

fn harness(office: &Office, card: &Arc<FakeCard>) -> Harness {
    let mut options = options(office);
    options.card = Some(card.clone() as Arc<dyn CardReader>);
    Harness::with_options(options)
}

fn start_juminhyo(h: &mut Harness) {
    h.tap_key("kiosk-welcome-start");
    h.tap_key("kiosk-choose-make");
    h.tap(&ja("procedures-juminhyo-utsushi"));
}

fn card_phase(h: &Harness) -> Phase {
    match &h.kiosk.resident().screen {
        Screen::Card(state) => state.phase.clone(),
        other => panic!("not on the card screen: {other:?}"),
    }
}

#[test]
fn juminhyo_with_the_card_from_welcome_to_ticket() {
    let office = office();
    let card = FakeCard::with_tries(3);
    let mut h = harness(&office, &card);
    start_juminhyo(&mut h);
    assert!(h.sees("1 / 11"));

    h.tap_key("card-use");
    assert_eq!(card_phase(&h), Phase::Pin { tries_left: 3 });
    assert!(h.sees(&ja("card-pin-heading")));
    h.type_digits("12");
    assert!(h.sees("●●▏"), "the PIN is masked");
    h.type_digits("34");
    h.tap_key("card-pin-read");

    // Back on the questions, without the birth date and the prefecture.
    assert!(h.sees(&ja("fields-applicant-reading")));
    assert!(h.sees("1 / 9"));
    assert!(!h.sees(&ja("card-use")), "read once");
    let mut characters = 0;
    h.type_kana("タカサキ ヨシコ");
    characters += "タカサキ ヨシコ".chars().count();
    h.tap_key("make-next");
    h.type_digits("1110031");
    characters += 7;
    h.tap_key("make-next");
    h.type_digits("0353211111");
    characters += 10;
    h.tap_key("make-next");
    h.tap_key("fields-requester-self");
    h.tap_key("fields-juminhyo-scope-self");
    h.tap_key("fields-answer-no");
    h.tap_key("fields-answer-no");
    h.tap("+");
    h.tap_key("make-next");
    h.tap_key("fields-purpose-employment");

    assert!(h.sees(&ja("kiosk-review-heading")));
    assert!(
        h.sees("髙﨑 𠮷子"),
        "the name from the card, outside JIS X 0208"
    );
    let review = match &h.kiosk.resident().screen {
        Screen::Review(review) => review,
        other => panic!("not reviewing: {other:?}"),
    };
    assert_eq!(review.answers.get("applicant.birth"), Some("1985-04-12"));
    assert_eq!(review.answers.get("applicant.address.city"), Some("台東区"));
    assert!(!review.clerk.contains("applicant.name"));
    h.tap_key("kiosk-review-confirm");
    assert!(matches!(h.kiosk.resident().screen, Screen::Ticket(_)));
    println!(
        "measure: juminhyo made here with the card: {} taps, {} characters typed (before: 48 taps, the name left to the clerk)",
        h.taps, characters
    );
    assert_eq!(h.taps, 45);

    office
        .hub
        .runtime
        .block_on(office.client.sync_all())
        .unwrap();
    let conn = madoguchi::store::hub::open(office.hub.data_dir.as_path()).unwrap();
    let fields: String = conn
        .query_row("SELECT fields FROM records", [], |r| r.get(0))
        .unwrap();
    let fields: serde_json::Value = serde_json::from_str(&fields).unwrap();
    assert_eq!(fields["applicant.name"]["value"], "髙﨑 𠮷子");
    let from_card = fields[FROM_CARD]["value"].as_array().unwrap();
    for key in [
        "applicant.name",
        "applicant.birth",
        "applicant.address.town",
    ] {
        assert!(from_card.iter().any(|k| k == key), "{key} in {from_card:?}");
    }
    let clerk = fields[CLERK_COMPLETES]["value"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(!clerk.iter().any(|k| k == "applicant.name"), "{clerk:?}");
}

#[test]
fn a_wrong_pin_shows_the_tries_left_and_the_last_try_sends_to_the_counter() {
    let office = office();
    let card = FakeCard::with_tries(3);
    let mut h = harness(&office, &card);
    start_juminhyo(&mut h);
    h.tap_key("card-use");
    h.type_digits("9999");
    h.tap_key("card-pin-read");
    assert_eq!(card_phase(&h), Phase::Pin { tries_left: 2 });
    let wrong = I18n::embedded().render(
        &Lang::ja(),
        &CardError::WrongPin { tries_left: 2 }.message(),
    );
    assert!(h.sees(&wrong), "{wrong}");

    h.type_digits("0000");
    h.tap_key("card-pin-read");
    assert_eq!(card_phase(&h), Phase::Counter { blocked: false });
    assert!(h.sees(&ja("card-counter-last-try")));
    assert!(!h.sees(&ja("card-pin-read")), "no PIN pad");
    assert_eq!(*card.tries.lock().unwrap(), 1, "the last try is left");

    // Asked again later, the card still has one try: no pad either.
    h.tap_key("card-cancel");
    h.tap_key("card-use");
    assert_eq!(card_phase(&h), Phase::Counter { blocked: false });
    h.tap_key("card-cancel");
    assert!(
        h.sees(&ja("fields-applicant-reading")),
        "back on the questions"
    );
}

#[test]
fn the_card_data_goes_with_the_resident() {
    let office = office();
    let card = FakeCard::with_tries(3);
    let mut h = harness(&office, &card);
    start_juminhyo(&mut h);
    h.tap_key("card-use");
    h.type_digits("1234");
    h.tap_key("card-pin-read");
    assert_eq!(*card.reads.lock().unwrap(), 1);
    let filled = format!("{:?}", h.kiosk.resident());
    assert!(filled.contains("髙﨑"));

    let idle = h.kiosk.idle_timeout();
    h.advance(idle + Duration::from_secs(1));
    assert!(h.kiosk.is_fresh());
    assert!(!format!("{:?}", h.kiosk.resident()).contains("髙﨑"));
}

#[test]
fn without_a_reader_there_is_no_card_button() {
    let office = office();
    let mut h = Harness::with_options(options(&office));
    start_juminhyo(&mut h);
    assert!(h.sees(&ja("fields-applicant-reading")));
    assert!(!h.sees(&ja("card-use")));
}

#[test]
fn the_review_of_a_qr_application_takes_the_card_too() {
    let office = office();
    let card = FakeCard::with_tries(3);
    let mut h = harness(&office, &card);
    h.tap_key("kiosk-welcome-start");
    h.tap_key("kiosk-choose-qr");
    // A USB scanner types the demo payload: keys 4 ms apart, then Enter.
    let payload = madoguchi::ui::demo::demo_payload().unwrap().parts.remove(0);
    let mut at = h.now;
    for c in payload.chars().chain(['\n']) {
        at += Duration::from_millis(4);
        h.send(Message::WedgeKey(c, at));
    }
    h.now = at;
    assert!(h.sees(&ja("kiosk-review-heading")));
    assert!(h.sees("山田 花子"));

    h.tap_key("card-use");
    h.type_digits("1234");
    h.tap_key("card-pin-read");
    let Screen::Review(review) = &h.kiosk.resident().screen else {
        panic!("back on the review: {:?}", h.kiosk.resident().screen);
    };
    assert_eq!(review.answers.get("applicant.name"), Some("髙﨑 𠮷子"));
    assert!(
        review.changed.contains("applicant.name"),
        "sent as kiosk input"
    );
    assert!(review.card.contains("applicant.address.city"));
    assert!(h.sees("髙﨑 𠮷子"));
    assert!(!h.sees(&ja("card-use")), "read once");
    let record = madoguchi::domain::record::record_of(
        &review.reviewed(Lang::ja()),
        uuid::Uuid::nil(),
        chrono::Utc::now(),
    );
    let listed = &record.fields[FROM_CARD].value;
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|k| k == "applicant.birth")
    );
}

/// 転入 with a household of three, made here: the taps with the card (the
/// same household and answers as tests/ui_make_here.rs, which prints the
/// count without it).
#[test]
fn tennyu_with_a_household_of_three_and_the_card() {
    let office = office();
    let card = FakeCard::with_tries(3);
    let mut h = harness(&office, &card);
    h.tap_key("kiosk-welcome-start");
    h.tap_key("kiosk-choose-make");
    h.tap(&ja("procedures-bundle-hikkoshi-tennyu"));
    for id in ["inkan-toroku", "kokuho-kanyu", "juminhyo-utsushi"] {
        h.tap(&format!("＋ {}", ja(&format!("procedures-{id}"))));
    }
    h.tap_key("make-next");
    h.tap_key("card-use");
    h.type_digits("1234");
    h.tap_key("card-pin-read");
    let members: [Person; 3] = [
        (
            "ヤマダ タロウ",
            "560101",
            "fields-relationship-head",
            "fields-sex-male",
        ),
        (
            "ヤマダ ハナコ",
            "600412",
            "fields-relationship-spouse",
            "fields-sex-female",
        ),
        (
            "ヤマダ ジロウ",
            "220707",
            "fields-relationship-child",
            "fields-sex-male",
        ),
    ];
    let (asked, _) = answer_every_question(&mut h, &members, "1100016");
    for key in ["applicant.birth", "move.previous-address.prefecture"] {
        assert!(!asked.contains_key(key), "{key} came from the card");
    }
    assert!(
        asked.contains_key("applicant.address.prefecture"),
        "the new address is asked"
    );
    let Screen::Review(review) = &h.kiosk.resident().screen else {
        panic!("not reviewing: {:?}", h.kiosk.resident().screen);
    };
    assert_eq!(
        review.answers.get("move.previous-address.city"),
        Some("台東区")
    );
    assert!(!review.clerk.contains("applicant.name"));
    assert!(!review.clerk.contains("move.previous-address.town"));
    h.tap_key("kiosk-review-confirm");
    assert!(matches!(h.kiosk.resident().screen, Screen::Ticket(_)));
    println!(
        "measure: tennyu, household of three, with the card: {} taps",
        h.taps
    );
}

/// Names on cards hold characters outside JIS X 0208 (髙, 﨑, 𠮷, 隆 as
/// U+F9DC): the fonts the screens load draw them (Noto Sans CJK, from the
/// set-up's fonts-noto-cjk).
#[test]
fn the_screens_fonts_draw_names_outside_jis_x_0208() {
    let (loaded, missing) = madoguchi::i18n::fonts::load_font_files();
    if !missing.is_empty() {
        eprintln!("skipped: fonts missing {missing:?} (run `bash scripts/setup.sh`)");
        return;
    }
    let coverage = madoguchi::i18n::fonts::Coverage::from_bytes(
        loaded.into_iter().map(|(_, bytes)| bytes).collect(),
    );
    for ch in ['髙', '﨑', '𠮷', '\u{F9DC}', '德', '栁'] {
        assert!(
            coverage.covers(ch),
            "{ch} (U+{:04X}) not covered",
            ch as u32
        );
    }
}
