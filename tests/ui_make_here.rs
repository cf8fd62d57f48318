//! "Make it here" (書かない入力) end to end, against a real hub on loopback:
//! the resident picks what to make, answers one question per screen with
//! taps only (kana grid, date pad, numeric keypad, choice buttons), reviews
//! and confirms; the ticket appears and the record is in the kiosk's outbox
//! and then at the hub, every answer marked as kiosk input. Every tap goes
//! through the iced simulator and is counted.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::Duration;

use madoguchi::domain::interview::Ask;
use madoguchi::i18n::{I18n, Lang};
use madoguchi::ui::kiosk::Screen;

mod kiosk_support;

use kiosk_support::{Harness, answer_every_question, ja, office, options, tr};

/// `(fields JSON, preapp)` of every record at the hub.
fn hub_records(dir: &Path) -> Vec<(serde_json::Value, String, Option<String>)> {
    let conn = madoguchi::store::hub::open(dir).unwrap();
    let mut statement = conn
        .prepare("SELECT fields, preapp, number FROM records")
        .unwrap();
    statement
        .query_map([], |r| {
            let fields: String = r.get(0)?;
            Ok((serde_json::from_str(&fields).unwrap(), r.get(1)?, r.get(2)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Start → make it here → pick `offer_label`.
fn start_making(h: &mut Harness, offer_label: &str) {
    h.tap_key("kiosk-welcome-start");
    h.tap_key("kiosk-choose-make");
    assert!(h.sees(&ja("make-pick-heading")));
    h.tap(offer_label);
}

#[test]
fn juminhyo_made_here_to_a_ticket_with_the_record_at_the_hub() {
    let office = office();
    let mut h = Harness::new(&office);
    start_making(&mut h, &ja("procedures-juminhyo-utsushi"));

    // 1: the reading, on the katakana grid; the name in kanji is the clerk's.
    assert!(h.sees(&ja("fields-applicant-reading")));
    assert!(h.sees("1 / 11"));
    assert!(h.sees(&ja("make-clerk-note")));
    h.tap_key("make-next");
    assert!(
        h.sees(&format!("⚠ {}", ja("validation-required"))),
        "an empty required answer is refused with the validation message"
    );
    h.type_kana("ヤマダ ハナコ");
    assert!(h.sees("ヤマダ ハナコ▏"));
    h.tap_key("make-next");

    // 2: birth date in 和暦 on the date pad.
    assert!(h.sees(&ja("fields-applicant-birth")));
    h.type_date(Some("fields-era-showa"), "600412");
    assert!(h.sees("60 年"));
    h.tap_key("make-next");
    // 3: postal code, 4: prefecture, 5: phone.
    h.type_digits("1600023");
    assert!(h.sees("〒160-0023▏"));
    h.tap_key("make-next");
    h.tap("東京都");
    h.type_digits("035321111");
    h.tap_key("make-next");
    assert!(
        h.sees(&format!("⚠ {}", ja("validation-phone"))),
        "nine digits are not a phone number"
    );
    h.type_digits("1");
    h.tap_key("make-next");
    // Back on any step, then forward again with the answer kept.
    h.tap_key("make-back");
    assert!(h.sees("0353211111▏"));
    h.tap_key("make-next");
    assert!(h.sees("6 / 11"));

    // Choices are one tap each.
    h.tap_key("fields-requester-self");
    h.tap_key("fields-juminhyo-scope-self");
    h.tap_key("fields-answer-no");
    h.tap_key("fields-answer-no");
    h.tap("+");
    h.tap_key("make-next");
    h.tap_key("fields-purpose-employment");

    // The same review as the QR path, with what the clerk completes marked.
    assert!(h.sees(&ja("kiosk-review-heading")));
    assert!(h.sees("ヤマダ ハナコ"));
    assert!(h.sees(&I18n::embedded().tr_args(
        &Lang::ja(),
        "kiosk-review-fee",
        &[("yen", 600.into())]
    )));
    assert!(h.sees(&format!("ⓘ {}", ja("make-clerk-completes"))));
    let review = h.review();
    assert_eq!(review.answers.get("applicant.birth"), Some("1985-04-12"));
    assert_eq!(review.answers.get("applicant.postal"), Some("160-0023"));
    assert_eq!(review.answers.get("applicant.phone"), Some("0353211111"));
    assert_eq!(review.answers.get("juminhyo-utsushi.copies"), Some("2"));
    assert!(review.clerk.contains("applicant.name"));
    let errors: Vec<_> = review
        .problems
        .iter()
        .filter(|p| p.is_error() && !review.clerk.contains(&p.field))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");

    h.tap_key("kiosk-review-confirm");
    let Screen::Ticket(ticket) = &h.kiosk.resident().screen else {
        panic!("no ticket: {:?}", h.kiosk.resident());
    };
    let number = ticket.ticket.number.clone();
    assert!(number.starts_with('A'), "{number}");
    assert!(
        h.kiosk.resident().made.is_none(),
        "answers gone with the ticket"
    );

    // Taps from the welcome screen to the ticket, every key counted, less
    // the four spent above on showing refusals and Back: 3 to start, 8 kana
    // keys + Next, 昭和 + 6 digits + Next, 7 digits + Next, 1 prefecture,
    // 10 digits + Next, 4 choices, + and Next, 1 purpose, Confirm.
    let detours = 4;
    println!("juminhyo made here: {} taps", h.taps - detours);
    assert_eq!(h.taps - detours, 48);

    let counts = office
        .hub
        .runtime
        .block_on(office.client.outbox().counts())
        .unwrap();
    assert_eq!(counts.pending, 1);
    let settled = office
        .hub
        .runtime
        .block_on(office.client.sync_all())
        .unwrap();
    assert_eq!(settled, 1);
    let records = hub_records(office.hub.data_dir.as_path());
    assert_eq!(records.len(), 1);
    let (fields, preapp, at_hub) = &records[0];
    assert_eq!(at_hub.as_deref(), Some(number.as_str()));
    assert_eq!(preapp, "none");
    let reading = &fields["applicant.reading"];
    assert_eq!(reading["value"], "ヤマダ ハナコ");
    assert_eq!(reading["source"], "kiosk");
    assert_eq!(fields["juminhyo-utsushi.purpose"]["source"], "kiosk");
    let clerk = fields[madoguchi::domain::record::CLERK_COMPLETES]["value"]
        .as_array()
        .unwrap();
    assert!(clerk.iter().any(|k| k == "applicant.name"), "{clerk:?}");
    assert!(clerk.iter().any(|k| k == "applicant.address.town"));
}

#[test]
fn tennyu_with_a_household_of_three_asks_shared_answers_once_for_every_form() {
    let office = office();
    let mut h = Harness::new(&office);
    start_making(&mut h, &ja("procedures-bundle-hikkoshi-tennyu"));

    // Optional forms: add the ones that apply.
    assert!(h.sees(&ja("make-forms-heading")));
    for id in ["inkan-toroku", "kokuho-kanyu", "juminhyo-utsushi"] {
        h.tap(&format!("＋ {}", ja(&format!("procedures-{id}"))));
    }
    h.tap_key("make-next");

    let members = [
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

    // Shared answers were asked once; presets and transcribed ones never.
    for key in [
        "applicant.reading",
        "applicant.birth",
        "applicant.phone",
        "applicant.address.prefecture",
        "move.date",
        "household",
    ] {
        assert_eq!(asked.get(key), Some(&1), "{key} in {asked:?}");
    }
    for key in [
        "kokuho-kanyu.reason",
        "kokuho-kanyu.start-date",
        "jido-teate.reason",
    ] {
        assert!(!asked.contains_key(key), "{key} was asked");
    }
    for i in 0..3 {
        assert_eq!(asked.get(&format!("household[{i}].reading")), Some(&1));
    }

    // Every form of the bundle carries them (自動転記).
    let review = h.review();
    let ids: Vec<&str> = review.procedures.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        ["tennyu", "inkan-toroku", "kokuho-kanyu", "juminhyo-utsushi"]
    );
    assert_eq!(review.answers.household.len(), 3);
    assert_eq!(
        review.answers.get("kokuho-kanyu.start-date"),
        review.answers.get("move.date"),
        "transcribed"
    );
    assert_eq!(review.answers.get("kokuho-kanyu.reason"), Some("moved-in"));
    for procedure in &review.procedures {
        let form = madoguchi::domain::model::fill(procedure, &review.answers);
        assert_eq!(
            form.values.get("applicant.reading").map(String::as_str),
            Some("ヤマダ タロウ"),
            "{}",
            procedure.id
        );
        assert_eq!(
            form.values.get("applicant.birth").map(String::as_str),
            Some("1981-01-01"),
            "{}",
            procedure.id
        );
    }
    let tennyu = madoguchi::domain::model::fill(&review.procedures[0], &review.answers);
    assert_eq!(tennyu.household.len(), 3);
    assert_eq!(
        tennyu.household[2].get("birth").map(String::as_str),
        Some("2010-07-07")
    );
    assert!(review.clerk.contains("household[2].name"));
    assert!(review.clerk.contains("move.head-name"));
    let errors: Vec<_> = review
        .problems
        .iter()
        .filter(|p| p.is_error() && !review.clerk.contains(&p.field))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");

    h.tap_key("kiosk-review-confirm");
    let Screen::Ticket(ticket) = &h.kiosk.resident().screen else {
        panic!("no ticket: {:?}", h.kiosk.resident());
    };
    assert!(ticket.ticket.number.starts_with('B'));
    println!("tennyu, household of three: {} taps", h.taps);
    let settled = office
        .hub
        .runtime
        .block_on(office.client.sync_all())
        .unwrap();
    let counts = office
        .hub
        .runtime
        .block_on(office.client.outbox().counts())
        .unwrap();
    assert_eq!(settled, 1, "{counts:?}");
    let records = hub_records(office.hub.data_dir.as_path());
    assert_eq!(records.len(), 1);
    let household = &records[0].0["household"];
    assert_eq!(household["source"], "kiosk");
    assert_eq!(household["value"].as_array().unwrap().len(), 3);
}

#[test]
fn language_switch_mid_flow_keeps_the_answers_and_the_typing() {
    let office = office();
    let mut h = Harness::new(&office);
    start_making(&mut h, &ja("procedures-juminhyo-utsushi"));
    h.type_kana("ヤマダ");
    h.tap_key("make-next");
    h.type_date(Some("fields-era-showa"), "600412");
    h.tap_key("make-next");
    h.type_digits("160");

    h.tap_key("kiosk-bar-language");
    h.tap("English");
    h.lang = Lang::parse("en").unwrap();
    assert!(h.sees(&tr(h.lang, "fields-applicant-postal")));
    assert!(h.sees("〒160▏"), "half-typed postal code kept");
    assert!(h.sees("3 / 11"));
    h.type_digits("0023");
    h.tap_key("make-next");
    h.tap_key("make-back");
    h.tap_key("make-back");
    // The date, entered in 和暦, is still there (shown on the Japanese era pad).
    assert!(h.sees(&tr(h.lang, "fields-applicant-birth")));
    assert!(h.sees("60 year"), "{:?}", h.make().input);
    let answers = &h.make().interview.as_ref().unwrap().answers;
    assert_eq!(answers.get("applicant.reading"), Some("ヤマダ"));
    assert_eq!(answers.get("applicant.birth"), Some("1985-04-12"));
    assert_eq!(answers.get("applicant.postal"), Some("160-0023"));

    // Switching to 西暦 shows the same day.
    h.tap_key("make-date-western");
    assert!(h.sees("1985 year"));
}

#[test]
fn idle_timeout_mid_flow_leaves_no_answers() {
    let office = office();
    let mut h = Harness::new(&office);
    start_making(&mut h, &ja("procedures-juminhyo-utsushi"));
    h.type_kana("ヤマダ ハナコ");
    h.tap_key("make-next");
    h.type_date(Some("fields-era-showa"), "600412");
    h.tap_key("make-next");
    h.type_digits("16000");
    assert!(!h.kiosk.is_fresh());

    h.advance(Duration::from_secs(59));
    assert!(!h.kiosk.is_fresh());
    h.advance(Duration::from_secs(1));
    assert!(h.kiosk.is_fresh());
    let state = format!("{:?}", h.kiosk);
    for trace in ["ヤマダ", "1985-04-12", "16000"] {
        assert!(!state.contains(trace), "{trace} left in {state}");
    }
    assert!(h.sees(&ja("kiosk-welcome-start")));
}

#[test]
fn back_from_the_review_returns_to_the_questions_with_the_answers() {
    let office = office();
    let mut h = Harness::new(&office);
    start_making(&mut h, &ja("procedures-fuhyo-utsushi"));
    let mut guard = 0;
    while let Screen::Make(state) = &h.kiosk.resident().screen {
        guard += 1;
        assert!(guard < 60);
        let step = state.step().unwrap();
        match step.ask.unwrap() {
            Ask::Kana { .. } => {
                h.type_kana("スズキ");
                h.tap_key("make-next");
            }
            Ask::Date { .. } => {
                h.type_date(Some("fields-era-heisei"), "020304");
                h.tap_key("make-next");
            }
            Ask::Prefecture => h.tap("東京都"),
            Ask::Choice(options) => h.tap_key(&options[0].label.clone()),
            Ask::YesNo => h.tap_key("fields-answer-no"),
            Ask::Phone => {
                h.type_digits("0312345678");
                h.tap_key("make-next");
            }
            _ if !step.required => h.tap_key("make-skip"),
            _ => h.tap_key("make-next"),
        }
    }
    assert!(h.sees(&ja("kiosk-review-heading")));
    h.tap_key("kiosk-review-back");
    let state = h.make();
    assert_eq!(
        state
            .interview
            .as_ref()
            .unwrap()
            .answers
            .get("applicant.reading"),
        Some("スズキ")
    );
    assert!(!state.interview.as_ref().unwrap().finished());
}

#[test]
fn tennyu_with_postal_data_ends_with_a_complete_new_address_without_the_clerk() {
    let office = office();
    let postal_dir = tempfile::tempdir().unwrap();
    let excerpt =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/postal/utf_ken_all_excerpt.csv");
    madoguchi::postal::import(&excerpt, postal_dir.path()).unwrap();
    let mut h = Harness::with_options(options(&office).with_postal_index(postal_dir.path()));
    start_making(&mut h, &ja("procedures-bundle-hikkoshi-tennyu"));
    h.tap_key("make-next");

    let me = [(
        "ヤマダ タロウ",
        "560101",
        "fields-relationship-head",
        "fields-sex-male",
    )];
    // 〒111-0031 (one town, 千束, chosen already) → 千束 → 二丁目 (the
    // catalogue's _towns.toml knows 千束 has four) → 3 (番) → 4 (号).
    let (asked, address_taps) = answer_every_question(&mut h, &me, "1110031");
    assert!(
        !asked.contains_key("applicant.address.prefecture"),
        "the prefecture comes from the postal data: {asked:?}"
    );
    assert_eq!(asked.get("move.previous-address.prefecture"), Some(&1));

    let review = h.review();
    assert_eq!(
        review.answers.get("applicant.address.prefecture"),
        Some("東京都")
    );
    assert_eq!(review.answers.get("applicant.address.city"), Some("台東区"));
    assert_eq!(
        review.answers.get("applicant.address.town"),
        Some("千束二丁目3番4号")
    );
    for part in ["prefecture", "city", "town"] {
        let key = format!("applicant.address.{part}");
        assert!(!review.clerk.contains(&key), "{key} left to the clerk");
        assert!(review.postal.contains(&key), "{key} not marked postal data");
    }
    assert!(review.clerk.contains("applicant.address.building"));
    assert!(review.clerk.contains("move.previous-address.town"));

    // Taps from the first digit of the postal code to the complete address:
    // 7 digits + Next, 千束, 二丁目, 3 + Next, 4 + Next.
    let address_taps = address_taps.expect("the address was made from the postal data");
    println!("tennyu, postal code to complete address: {address_taps} taps");
    assert_eq!(address_taps, 14);

    h.tap_key("kiosk-review-confirm");
    assert!(matches!(h.kiosk.resident().screen, Screen::Ticket(_)));
    let settled = office
        .hub
        .runtime
        .block_on(office.client.sync_all())
        .unwrap();
    assert_eq!(settled, 1);
    let records = hub_records(office.hub.data_dir.as_path());
    let fields = &records[0].0;
    assert_eq!(
        fields["applicant.address.town"]["value"],
        "千束二丁目3番4号"
    );
    assert_eq!(fields["applicant.address.town"]["source"], "kiosk");
    let postal = fields[madoguchi::domain::record::FROM_POSTAL_DATA]["value"]
        .as_array()
        .unwrap();
    assert!(
        postal.iter().any(|k| k == "applicant.address.town"),
        "{postal:?}"
    );
    let clerk = fields[madoguchi::domain::record::CLERK_COMPLETES]["value"]
        .as_array()
        .unwrap();
    assert!(
        !clerk.iter().any(|k| k == "applicant.address.town"),
        "{clerk:?}"
    );
}
