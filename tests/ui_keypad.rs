//! Without touching the screen, on the make-it-here path: a 住民票 for
//! oneself made with keys only (arrow keys, Enter, Backspace, and typing on
//! the keyboard into the answer fields), the review's fields changed by
//! keys, every focus drawn as a ring around its control and spoken, and
//! 読み上げ on a question saying the question, its hint and its choices.
//! Against a real hub on loopback; speech through the real engines
//! (skipped with the reason when they are absent, except under
//! `MADOGUCHI_REQUIRE_SPEECH`).

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use iced::keyboard::{Key, key};
use madoguchi::i18n::{I18n, Lang};
use madoguchi::speech::queue::{Part, Recorder, Speaker};
use madoguchi::speech::spoken;
use madoguchi::ui::kiosk::{Message, Screen, key_message};

mod kiosk_support;
mod speech_support;

use kiosk_support::{Harness, focus_ring, ja, office, options, ring_around};

/// A kiosk whose speech is recorded.
fn speaking(office: &kiosk_support::Office) -> Option<(Harness, Recorder)> {
    let engines = speech_support::engines("the kiosk's keypad on the make-it-here path")?;
    let recorder = Recorder::new(0.0);
    let mut options = options(office);
    options.speaker = Speaker::start(engines, Box::new(recorder.clone()), 1.0);
    Some((Harness::with_options(options), recorder))
}

/// A named key pressed, as the kiosk's keyboard subscription reads it.
fn press(h: &mut Harness, named: key::Named) {
    h.now += Duration::from_millis(700);
    let event = kiosk_support::key_pressed(Key::Named(named), None);
    let message = key_message(&event, h.now).expect("a key the kiosk reads");
    h.send(message);
}

/// Text typed on a keyboard at a person's pace, then a tick so the last
/// key is taken as typing.
fn type_text(h: &mut Harness, text: &str) {
    for c in text.chars() {
        h.now += Duration::from_millis(400);
        h.send(Message::WedgeKey(c, h.now));
    }
    h.advance(Duration::from_millis(400));
}

/// Arrow down until the focus is on the control `wanted` says; each step
/// is a key, never a touch.
fn focus_on(h: &mut Harness, wanted: impl Fn(&str) -> bool) -> String {
    for _ in 0..80 {
        press(h, key::Named::ArrowDown);
        if let Some(label) = h.kiosk.focused().filter(|l| wanted(l)) {
            return label;
        }
    }
    panic!(
        "no such control among {:?}",
        h.kiosk
            .controls()
            .into_iter()
            .map(|(l, _)| l)
            .collect::<Vec<_>>()
    );
}

fn focus_and_enter(h: &mut Harness, label: &str) {
    focus_on(h, |l| l == label);
    press(h, key::Named::Enter);
}

/// What the speaker said, in order, once `last` has been said.
fn said_until(recorder: &Recorder, last: &str) -> Vec<String> {
    let said = || -> Vec<String> {
        recorder
            .played()
            .iter()
            .filter_map(|p| match &p.part {
                Part::Say { text, .. } => Some(text.clone()),
                Part::Chime => None,
            })
            .collect()
    };
    let deadline = Instant::now() + Duration::from_secs(300);
    let mut texts = said();
    while !texts.iter().any(|t| t == last) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        texts = said();
    }
    texts
}

#[test]
fn juminhyo_for_oneself_by_keys_only_with_every_focus_ringed_and_spoken() {
    let office = office();
    let Some((mut h, recorder)) = speaking(&office) else {
        return;
    };
    assert_eq!(
        focus_ring(&h.kiosk),
        None,
        "no ring before the keypad is used"
    );

    // Welcome → make it here → 住民票の写し.
    focus_on(&mut h, |l| l == ja("kiosk-welcome-start"));
    assert!(ring_around(&h.kiosk, &ja("kiosk-welcome-start")));
    press(&mut h, key::Named::Enter);
    focus_and_enter(&mut h, &ja("kiosk-choose-make"));
    assert!(h.sees(&ja("make-pick-heading")));
    focus_and_enter(&mut h, &ja("procedures-juminhyo-utsushi"));

    // 1: the reading, typed on the keyboard into the answer field.
    assert!(h.sees("1 / 11"));
    focus_and_enter(&mut h, &ja("fields-applicant-reading"));
    assert!(
        h.sees(&format!("⚠ {}", ja("validation-required"))),
        "Enter on the empty field answers it, and is refused"
    );
    type_text(&mut h, "ヤマダ ハナコ");
    assert!(h.sees("ヤマダ ハナコ▏"));
    assert!(
        ring_around(&h.kiosk, "ヤマダ ハナコ▏"),
        "the field is ringed"
    );
    // Backspace in the field takes a character off, not the question.
    press(&mut h, key::Named::Backspace);
    assert!(h.sees("ヤマダ ハナ▏"));
    type_text(&mut h, "コ");
    press(&mut h, key::Named::Enter);

    // 2: birth date: 昭和, then the digits typed into the year.
    assert!(h.sees("2 / 11"));
    focus_and_enter(&mut h, &ja("fields-era-showa"));
    focus_on(&mut h, |l| l.ends_with(&ja("make-date-year")));
    type_text(&mut h, "600412");
    assert!(h.sees("60 年"));
    focus_and_enter(&mut h, &ja("make-next"));

    // 3: postal code, 4: prefecture, 5: phone.
    assert!(h.sees("3 / 11"));
    focus_on(&mut h, |l| l == ja("fields-applicant-postal"));
    type_text(&mut h, "1600023");
    assert!(h.sees("〒160-0023▏"));
    press(&mut h, key::Named::Enter);
    assert!(h.sees("4 / 11"));
    focus_and_enter(&mut h, "東京都");
    focus_on(&mut h, |l| l == ja("fields-applicant-phone"));
    type_text(&mut h, "0353211111");
    press(&mut h, key::Named::Enter);

    // 6–9: choices; Backspace goes back a question with the answer kept.
    assert!(h.sees("6 / 11"));
    focus_on(&mut h, |l| l == ja("fields-requester-self"));
    assert!(ring_around(&h.kiosk, &ja("fields-requester-self")));
    press(&mut h, key::Named::Backspace);
    assert!(h.sees("0353211111▏"), "back on the phone number");
    focus_and_enter(&mut h, &ja("make-next"));
    focus_and_enter(&mut h, &ja("fields-requester-self"));
    focus_and_enter(&mut h, &ja("fields-juminhyo-scope-self"));
    focus_and_enter(&mut h, &ja("fields-answer-no"));
    focus_and_enter(&mut h, &ja("fields-answer-no"));
    // 10: copies: + twice, then Next; 11: purpose.
    assert!(h.sees("10 / 11"));
    focus_and_enter(&mut h, "+");
    press(&mut h, key::Named::Enter);
    assert_eq!(h.make().input_text().as_deref(), Some("3"));
    focus_and_enter(&mut h, &ja("make-next"));
    focus_and_enter(&mut h, &ja("fields-purpose-employment"));

    // The review: copies changed by keys (−, then Backspace closes it),
    // the purpose by choosing another option.
    assert!(h.sees(&ja("kiosk-review-heading")));
    let copies = ja("fields-copies");
    let purpose = ja("fields-purpose");
    focus_on(&mut h, |l| l.starts_with(&format!("{copies}: ")));
    press(&mut h, key::Named::Enter);
    assert_eq!(h.kiosk.focused().as_deref(), Some("−"), "into the choices");
    assert!(ring_around(&h.kiosk, "−"));
    press(&mut h, key::Named::Enter);
    press(&mut h, key::Named::Backspace);
    assert!(h.review().editing.is_none(), "Backspace closed the field");
    assert!(
        h.sees(&ja("kiosk-review-heading")),
        "and stayed on the review"
    );
    focus_on(&mut h, |l| l.starts_with(&format!("{purpose}: ")));
    press(&mut h, key::Named::Enter);
    focus_and_enter(&mut h, &ja("fields-purpose-pension"));
    let review = h.review();
    assert_eq!(review.answers.get("juminhyo-utsushi.copies"), Some("2"));
    assert_eq!(
        review.answers.get("juminhyo-utsushi.purpose"),
        Some("pension")
    );
    assert!(review.changed.contains("juminhyo-utsushi.copies"));
    assert_eq!(
        review.answers.get("applicant.reading"),
        Some("ヤマダ ハナコ")
    );
    assert_eq!(review.answers.get("applicant.birth"), Some("1985-04-12"));
    assert_eq!(review.answers.get("applicant.postal"), Some("160-0023"));
    let confirm = ja("kiosk-review-confirm");
    focus_on(&mut h, |l| l == confirm);
    assert!(ring_around(&h.kiosk, &confirm));
    press(&mut h, key::Named::Enter);

    let Screen::Ticket(ticket) = &h.kiosk.resident().screen else {
        panic!("no ticket: {:?}", h.kiosk.resident());
    };
    let number = ticket.ticket.number.clone();
    assert_eq!(h.taps, 0, "not one touch");

    // Each focus and each new question said, in order, then the number.
    let number_said = spoken::ticket_text(&I18n::embedded(), Lang::ja(), &number);
    let texts = said_until(&recorder, &number_said);
    let mut from = 0;
    for text in [
        ja("kiosk-welcome-start"),
        ja("kiosk-choose-make"),
        ja("make-pick-heading"),
        ja("procedures-juminhyo-utsushi"),
        ja("fields-applicant-reading"),
        ja("validation-required"),
        "ヤマダ ハナコ".to_owned(),
        ja("fields-applicant-birth"),
        ja("fields-era-showa"),
        ja("fields-applicant-postal"),
        "1600023".to_owned(),
        "東京都".to_owned(),
        ja("fields-requester-self"),
        ja("fields-purpose-employment"),
        ja("kiosk-review-heading"),
        "−".to_owned(),
        confirm.clone(),
        number_said,
    ] {
        let at = texts[from..]
            .iter()
            .position(|t| t.contains(&text))
            .unwrap_or_else(|| panic!("{text:?} not said after {:?}", &texts[..from]));
        from += at + 1;
    }
}

#[test]
fn read_aloud_on_a_question_says_the_question_its_hint_and_its_choices() {
    let office = office();
    let Some((mut h, recorder)) = speaking(&office) else {
        return;
    };
    h.tap_key("kiosk-welcome-start");
    h.tap_key("kiosk-choose-make");
    // The pick screen: its heading and every offer.
    let reading = h.kiosk.reading();
    assert!(reading.contains(&ja("make-pick-heading")));
    assert!(reading.contains(&ja("make-pick-certificates")));
    assert!(reading.contains(&ja("procedures-juminhyo-utsushi")));
    // A life event's forms: the required ones and each optional one.
    h.tap(&ja("procedures-bundle-hikkoshi-tennyu"));
    let reading = h.kiosk.reading();
    assert!(reading.contains(&ja("make-forms-heading")), "{reading:?}");
    let toggles: Vec<String> = h
        .kiosk
        .controls()
        .into_iter()
        .map(|(label, _)| label)
        .filter(|label| label.starts_with('✓') || label.starts_with('＋'))
        .collect();
    assert!(!toggles.is_empty());
    for toggle in &toggles {
        assert!(reading.contains(toggle), "{toggle} not in {reading:?}");
    }
    h.tap_key("make-back");
    h.tap(&ja("procedures-juminhyo-utsushi"));
    // A reading question: its form, question, progress and why no kanji.
    let reading = h.kiosk.reading();
    for text in [
        ja("procedures-juminhyo-utsushi"),
        ja("fields-applicant-reading"),
        "1 / 11".to_owned(),
        ja("make-clerk-note"),
    ] {
        assert!(reading.contains(&text), "{text} not in {reading:?}");
    }
    // Through to the first choice question.
    h.type_kana("ヤマダ");
    h.tap_key("make-next");
    h.type_date(Some("fields-era-showa"), "600412");
    h.tap_key("make-next");
    h.type_digits("1600023");
    h.tap_key("make-next");
    h.tap("東京都");
    h.type_digits("0353211111");
    h.tap_key("make-next");
    h.tap_key("fields-requester-self");
    h.tap_key("fields-juminhyo-scope-self");
    h.tap_key("fields-answer-no");
    // 本籍: a yes/no question with a hint.
    let reading = h.kiosk.reading();
    let expected = [
        ja("fields-juminhyo-show-honseki"),
        "9 / 11".to_owned(),
        ja("fields-juminhyo-show-honseki-help"),
        ja("fields-answer-yes"),
        ja("fields-answer-no"),
    ];
    for text in &expected {
        assert!(reading.contains(text), "{text} not in {reading:?}");
    }
    h.tap_key("speech-read-aloud");
    let said: Vec<String> = recorder
        .wait_for(reading.len(), Duration::from_secs(120))
        .iter()
        .filter_map(|p| match &p.part {
            Part::Say { text, .. } => Some(text.clone()),
            Part::Chime => None,
        })
        .collect();
    assert_eq!(said, reading, "the whole screen is said, in order");
}

#[test]
fn the_address_from_postal_data_by_keys_its_town_and_chome_read_once_known() {
    let office = office();
    let Some(engines) = speech_support::engines("the keypad on the postal path") else {
        return;
    };
    let postal_dir = tempfile::tempdir().unwrap();
    let excerpt = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/postal/utf_ken_all_excerpt.csv");
    madoguchi::postal::import(&excerpt, postal_dir.path()).unwrap();
    let recorder = Recorder::new(0.0);
    let mut options = options(&office).with_postal_index(postal_dir.path());
    options.speaker = Speaker::start(engines, Box::new(recorder.clone()), 1.0);
    let mut h = Harness::with_options(options);

    focus_and_enter(&mut h, &ja("kiosk-welcome-start"));
    focus_and_enter(&mut h, &ja("kiosk-choose-make"));
    focus_and_enter(&mut h, &ja("procedures-juminhyo-utsushi"));
    // Each answer field is the question's first control.
    let answer = |h: &mut Harness, typed: &str| {
        press(h, key::Named::ArrowDown);
        type_text(h, typed);
        press(h, key::Named::Enter);
    };
    answer(&mut h, "ヤマダ");
    focus_and_enter(&mut h, &ja("make-date-western"));
    focus_on(&mut h, |l| l.ends_with(&ja("make-date-year")));
    type_text(&mut h, "19880412");
    focus_and_enter(&mut h, &ja("make-next"));
    // 〒111-0031: one town, 千束, chosen already; its question is read
    // once the towns are known, with the town among its choices.
    answer(&mut h, "1110031");
    let town = "東京都台東区千束".to_owned();
    assert!(h.sees(&town));
    let question = h.kiosk.reading();
    assert!(question.contains(&town), "{question:?}");
    focus_and_enter(&mut h, &ja("make-next"));
    // The 丁目 are buttons too.
    focus_and_enter(&mut h, "二丁目");
    answer(&mut h, "3");
    answer(&mut h, "4");
    assert_eq!(
        h.make()
            .interview
            .as_ref()
            .unwrap()
            .answers
            .get("applicant.address.town"),
        Some("千束二丁目3番4号")
    );
    assert_eq!(h.taps, 0, "not one touch");

    // The town question was said whole, with its town among the choices
    // (not the question as it stood before the towns were known).
    let texts = said_until(&recorder, "二丁目");
    assert!(
        texts.windows(question.len()).any(|said| said == question),
        "{question:?} not said as a whole: {texts:?}"
    );
}
