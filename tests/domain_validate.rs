//! Every shipped procedure accepts a realistic resident and refuses a broken
//! one; field kinds and cross-field rules behave as documented.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::Path;

use chrono::NaiveDate;
use madoguchi::domain::validate::has_errors;
use madoguchi::domain::{Answers, Catalog, Problem, Severity};
use madoguchi::i18n::{I18n, Lang};

#[derive(serde::Deserialize)]
struct Fixture {
    procedure: String,
    today: NaiveDate,
    answers: Answers,
    broken: Broken,
}

#[derive(serde::Deserialize)]
struct Broken {
    values: std::collections::BTreeMap<String, String>,
    error_on: String,
}

fn fixtures() -> Vec<Fixture> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/answers");
    let mut out: Vec<Fixture> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            serde_json::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()).unwrap()
        })
        .collect();
    out.sort_by(|a, b| a.procedure.cmp(&b.procedure));
    out
}

fn errors(problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .filter(|p| p.is_error())
        .map(|p| format!("{} {}", p.field, p.message.key))
        .collect()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn every_shipped_procedure_has_a_sample_that_validates() {
    let catalog = Catalog::embedded();
    let fixtures = fixtures();
    for procedure in catalog.procedures() {
        let fixture = fixtures
            .iter()
            .find(|f| f.procedure == procedure.id)
            .unwrap_or_else(|| panic!("no fixture for {}", procedure.id));
        let problems = catalog.validate_on(&procedure.id, &fixture.answers, fixture.today);
        assert!(problems.is_empty(), "{}: {problems:?}", procedure.id);
    }
}

#[test]
fn every_shipped_procedure_rejects_its_broken_sample() {
    let catalog = Catalog::embedded();
    for fixture in fixtures() {
        let mut answers = fixture.answers.clone();
        for (key, value) in &fixture.broken.values {
            answers.set(key.clone(), value.clone());
        }
        let problems = catalog.validate_on(&fixture.procedure, &answers, fixture.today);
        let errors = errors(&problems);
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(&format!("{} ", fixture.broken.error_on))),
            "{}: expected an error on {}, got {errors:?}",
            fixture.procedure,
            fixture.broken.error_on
        );
    }
}

#[test]
fn empty_answers_report_every_required_field() {
    let catalog = Catalog::embedded();
    let problems = catalog.validate_on("juminhyo-utsushi", &Answers::new(), day("2025-06-16"));
    let errors = errors(&problems);
    for key in [
        "applicant.name validation-required",
        "applicant.address.prefecture validation-required",
        "applicant.address.town validation-required",
        "juminhyo-utsushi.copies validation-required",
        "juminhyo-utsushi.purpose validation-required",
    ] {
        assert!(
            errors.contains(&key.to_owned()),
            "{key} missing in {errors:?}"
        );
    }
    assert!(
        !errors
            .iter()
            .any(|e| e.starts_with("applicant.address.building")),
        "building is optional"
    );
    assert!(
        !errors.iter().any(|e| e.starts_with("applicant.postal")),
        "postal is optional"
    );
}

#[test]
fn unknown_procedure_is_an_error_not_a_panic() {
    let problems = Catalog::embedded().validate("no-such-form", &Answers::new());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].field, "procedure");
    assert_eq!(problems[0].message.key, "procedures-error-unknown");
    assert!(has_errors(&problems));
}

fn tennyu_fixture() -> (Answers, NaiveDate) {
    let f = fixtures()
        .into_iter()
        .find(|f| f.procedure == "tennyu")
        .unwrap();
    (f.answers, f.today)
}

#[test]
fn late_or_early_move_notification_is_a_warning_not_a_refusal() {
    let catalog = Catalog::embedded();
    let (answers, today) = tennyu_fixture();
    // 20 days after moving in: late, still accepted.
    let late = answers
        .clone()
        .with("move.date", "2025-05-27")
        .with("move.out-date", "2025-05-20");
    let problems = catalog.validate_on("tennyu", &late, today);
    assert!(!has_errors(&problems), "{problems:?}");
    let warning = problems
        .iter()
        .find(|p| p.message.key == "validation-notify-late")
        .expect("late warning");
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(warning.field, "move.date");
    assert!(
        warning
            .message
            .args
            .iter()
            .any(|(k, v)| k == "days" && *v == 20.into())
    );
    // Day 14 is still inside the window.
    let due = answers
        .clone()
        .with("move.date", "2025-06-02")
        .with("move.out-date", "2025-06-01");
    assert!(catalog.validate_on("tennyu", &due, today).is_empty());
    // 転入 cannot precede the move.
    let future = answers.clone().with("move.date", "2025-06-20");
    let problems = catalog.validate_on("tennyu", &future, today);
    assert!(
        problems
            .iter()
            .any(|p| p.message.key == "validation-notify-future" && !p.is_error())
    );
    // 転出 may be notified up to 14 days ahead, not 30.
    let f = fixtures()
        .into_iter()
        .find(|f| f.procedure == "tenshutsu")
        .unwrap();
    let ahead = f.answers.clone().with("move.date", "2025-07-16");
    let problems = catalog.validate_on("tenshutsu", &ahead, f.today);
    assert!(
        problems
            .iter()
            .any(|p| p.message.key == "validation-notify-early" && !p.is_error())
    );
    assert!(
        catalog
            .validate_on("tenshutsu", &f.answers, f.today)
            .is_empty()
    );
}

/// The problems the kiosk's review shows for `procedures` answered together:
/// each form's answers normalised and checked, each problem once.
fn reviewed(
    catalog: &Catalog,
    procedures: &[String],
    answers: &Answers,
    today: NaiveDate,
) -> Vec<Problem> {
    let mut out: Vec<Problem> = Vec::new();
    for id in procedures {
        let procedure = catalog.procedure(id).unwrap();
        let normalized = madoguchi::domain::present::normalize(procedure, answers);
        for problem in catalog.validate_on(id, &normalized, today) {
            if !out.contains(&problem) {
                out.push(problem);
            }
        }
    }
    out
}

#[test]
fn a_late_move_in_shows_one_deadline_of_fourteen_days() {
    #[derive(serde::Deserialize)]
    struct PreApplication {
        procedures: Vec<String>,
        fields: std::collections::BTreeMap<String, String>,
        household: Vec<madoguchi::domain::Member>,
    }
    let catalog = Catalog::embedded();
    let i18n = I18n::embedded();
    // The 転入 fixture as the moving-in visit, reviewed 21 days after the move.
    let (answers, _) = tennyu_fixture();
    let visit: Vec<String> = catalog
        .bundle("hikkoshi-tennyu")
        .unwrap()
        .procedures
        .iter()
        .map(|p| p.id.clone())
        .collect();
    // The household of four's pre-application (転入, 国保, 児童手当), likewise.
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/preapp/tennyu-household-4.json");
    let preapp: PreApplication =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let household = Answers {
        values: preapp.fields,
        household: preapp.household,
    };
    for (procedures, answers, today) in [
        (visit, answers, day("2025-07-01")),
        (preapp.procedures, household, day("2026-12-06")),
    ] {
        let on_move_date: Vec<Problem> = reviewed(&catalog, &procedures, &answers, today)
            .into_iter()
            .filter(|p| p.field == "move.date")
            .collect();
        assert_eq!(on_move_date.len(), 1, "{procedures:?}: {on_move_date:?}");
        let warning = &on_move_date[0];
        assert_eq!(warning.severity, Severity::Warning);
        assert_eq!(warning.message.key, "validation-notify-late");
        let text = i18n.render(&Lang::ja(), &warning.message);
        assert!(text.contains("届出の期限（14日以内）"), "{text}");
    }
}

#[test]
fn moving_in_before_moving_out_is_an_error() {
    let catalog = Catalog::embedded();
    let (answers, today) = tennyu_fixture();
    let answers = answers
        .with("move.out-date", "2025-06-11")
        .with("move.date", "2025-06-10");
    let problems = catalog.validate_on("tennyu", &answers, today);
    assert!(problems.iter().any(|p| p.field == "move.date"
        && p.message.key == "validation-date-order"
        && p.is_error()));
}

#[test]
fn birth_dates_in_the_future_or_impossible_are_refused() {
    let catalog = Catalog::embedded();
    let (answers, today) = tennyu_fixture();
    let cases = [
        ("2025-06-17", "validation-date-future"),
        ("2025-02-29", "validation-date-no-such-day"),
        ("昭和65年1月1日", "validation-date-outside-era"),
        ("明治5年1月1日", "validation-date-too-early"),
        ("いつか", "validation-date-syntax"),
    ];
    for (birth, key) in cases {
        let problems = catalog.validate_on(
            "tennyu",
            &answers.clone().with("applicant.birth", birth),
            today,
        );
        assert!(
            problems
                .iter()
                .any(|p| p.field == "applicant.birth" && p.message.key == key),
            "{birth}: {problems:?}"
        );
    }
    assert!(
        catalog
            .validate_on(
                "tennyu",
                &answers.clone().with("applicant.birth", "Ｓ６０．４．１２"),
                today
            )
            .is_empty()
    );
}

#[test]
fn household_members_are_checked_part_by_part() {
    let catalog = Catalog::embedded();
    let (mut answers, today) = tennyu_fixture();
    answers.household[1].insert("relationship".into(), "cousin".into());
    answers.household[2].insert("birth".into(), "2030-01-01".into());
    answers.household[2].insert("reading".into(), "Sakura".into());
    answers.household[0].remove("sex");
    let errors = errors(&catalog.validate_on("tennyu", &answers, today));
    for expected in [
        "household[1].relationship validation-relationship",
        "household[2].birth validation-date-future",
        "household[2].reading validation-reading-kana",
        "household[0].sex validation-required",
    ] {
        assert!(
            errors.contains(&expected.to_owned()),
            "{expected} missing in {errors:?}"
        );
    }
    answers.household.clear();
    let errors = super_errors(&catalog, &answers, today);
    assert!(
        errors.contains(&"household validation-household-too-few".to_owned()),
        "{errors:?}"
    );
}

fn super_errors(catalog: &Catalog, answers: &Answers, today: NaiveDate) -> Vec<String> {
    errors(&catalog.validate_on("tennyu", answers, today))
}

#[test]
fn child_allowance_needs_an_eligible_child() {
    let catalog = Catalog::embedded();
    let f = fixtures()
        .into_iter()
        .find(|f| f.procedure == "jido-teate")
        .unwrap();
    let mut answers = f.answers.clone();
    answers.household.retain(|m| m["relationship"] != "child");
    let problems = catalog.validate_on("jido-teate", &answers, f.today);
    assert!(
        problems
            .iter()
            .any(|p| p.message.key == "validation-household-needs" && p.is_error())
    );
    // Born 2007-04-02: 18 on 1 April 2025 is not yet reached (birthday counts the
    // day before), so eligible through March 2026; born 2007-04-01 is not.
    for (birth, eligible) in [("2007-04-02", true), ("2007-04-01", false)] {
        let mut answers = answers.clone();
        answers.household.push(
            [
                ("name", "山田 一郎"),
                ("reading", "ヤマダ イチロウ"),
                ("birth", birth),
                ("relationship", "child"),
                ("sex", "male"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
        );
        let problems = catalog.validate_on("jido-teate", &answers, f.today);
        assert_eq!(!has_errors(&problems), eligible, "{birth}: {problems:?}");
    }
    // Public servants are warned, not refused.
    let problems = catalog.validate_on(
        "jido-teate",
        &f.answers.clone().with("jido-teate.pension", "mutual-aid"),
        f.today,
    );
    assert!(!has_errors(&problems));
    assert!(
        problems
            .iter()
            .any(|p| p.message.key == "validation-warn-jido-public-servant")
    );
}

#[test]
fn required_if_and_choice_rules() {
    let catalog = Catalog::embedded();
    let f = fixtures()
        .into_iter()
        .find(|f| f.procedure == "juminhyo-utsushi")
        .unwrap();
    let some = f
        .answers
        .clone()
        .with("juminhyo-utsushi.scope", "household-some");
    let found = errors(&catalog.validate_on("juminhyo-utsushi", &some, f.today));
    assert!(
        found.contains(&"household validation-required".to_owned()),
        "{found:?}"
    );
    let proxy = f
        .answers
        .clone()
        .with("juminhyo-utsushi.requester", "proxy");
    let problems = catalog.validate_on("juminhyo-utsushi", &proxy, f.today);
    let found = errors(&problems);
    assert!(found.contains(&"juminhyo-utsushi.subject-name validation-required".to_owned()));
    assert!(
        problems
            .iter()
            .any(|p| p.message.key == "validation-warn-proxy-letter" && !p.is_error())
    );
    let bad_count = f.answers.clone().with("juminhyo-utsushi.copies", "11");
    let problems = catalog.validate_on("juminhyo-utsushi", &bad_count, f.today);
    let p = problems
        .iter()
        .find(|p| p.field == "juminhyo-utsushi.copies")
        .unwrap();
    assert_eq!(p.message.key, "validation-count-range");
}

#[test]
fn fees_follow_copies_and_choices() {
    let catalog = Catalog::embedded();
    let juminhyo = catalog.procedure("juminhyo-utsushi").unwrap();
    let answers = Answers::new().with("juminhyo-utsushi.copies", "3");
    assert_eq!(juminhyo.fee.total(&answers), 900);
    let koseki = catalog.procedure("koseki-shomei").unwrap();
    let zenbu = Answers::new()
        .with("koseki-shomei.certificate", "zenbu")
        .with("koseki-shomei.copies", "2");
    assert_eq!(koseki.fee.total(&zenbu), 900);
    let joseki = zenbu
        .clone()
        .with("koseki-shomei.certificate", "joseki-zenbu");
    assert_eq!(koseki.fee.total(&joseki), 1500);
    for (id, fee) in [
        ("inkan-shomei", 300),
        ("fuhyo-utsushi", 300),
        ("kazei-shomei", 300),
        ("juminhyo-kisai-jiko", 300),
    ] {
        assert_eq!(
            catalog.procedure(id).unwrap().fee.total(&Answers::new()),
            fee,
            "{id}"
        );
    }
    for id in [
        "tennyu",
        "tenkyo",
        "tenshutsu",
        "inkan-toroku",
        "kokuho-kanyu",
        "jido-teate",
    ] {
        assert_eq!(
            catalog.procedure(id).unwrap().fee.total(&Answers::new()),
            0,
            "{id}"
        );
    }
}

#[test]
fn every_message_a_validation_can_produce_exists_in_japanese_and_english() {
    let i18n = I18n::embedded();
    let en = Lang::parse("en").unwrap();
    let catalog = Catalog::embedded();
    let mut keys = catalog.message_keys();
    // Keys the validator and date parser produce, from the source itself.
    let sources = [
        "src/domain/validate.rs",
        "src/domain/date.rs",
        "src/domain/catalog/mod.rs",
        "src/domain/catalog/check.rs",
        "src/domain/catalog/load.rs",
        "src/domain/catalog/resolve.rs",
        "src/config/kiosk.rs",
        "src/config/cli.rs",
    ];
    for file in sources {
        let text =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        for piece in text.split('"').skip(1).step_by(2) {
            let known = ["validation-", "procedures-", "fields-", "config-"];
            if known.iter().any(|p| piece.starts_with(p))
                && !piece.contains('{')
                && !piece.ends_with('-')
            {
                keys.push(piece.to_owned());
            }
        }
    }
    assert!(keys.len() > 150, "only {} keys found", keys.len());
    let missing: Vec<&String> = keys
        .iter()
        .filter(|k| !i18n.has(&Lang::ja(), k) || !i18n.has(&en, k))
        .collect();
    assert!(missing.is_empty(), "missing texts: {missing:?}");
    for part in madoguchi::domain::answers::MEMBER_PARTS {
        assert!(i18n.has(
            &Lang::ja(),
            &madoguchi::domain::model::member_part_label(part)
        ));
    }
    for value in madoguchi::domain::validate::RELATIONSHIPS {
        assert!(i18n.has(&en, &madoguchi::domain::model::relationship_label(value)));
    }
}

#[test]
fn no_form_asks_for_the_individual_number() {
    for procedure in Catalog::embedded().procedures() {
        for field in &procedure.fields {
            let id = field.id.to_lowercase();
            assert!(
                !(id.contains("mynumber") || id.contains("kojin-bango")) || id.ends_with("card"),
                "{}",
                field.id
            );
        }
    }
}

#[test]
fn normalize_makes_canonical_answers_that_still_validate() {
    use madoguchi::domain::present::{display_member_part, display_value, normalize};
    let catalog = Catalog::embedded();
    let f = fixtures()
        .into_iter()
        .find(|f| f.procedure == "tennyu")
        .unwrap();
    let procedure = catalog.procedure("tennyu").unwrap();
    let typed = f
        .answers
        .clone()
        .with("applicant.reading", "やまだ たろう")
        .with("applicant.postal", "〒１５００００１")
        .with("move.date", "令和7年6月10日");
    let mut typed = typed;
    typed.household[2].insert("reading".into(), "やまだ さくら".into());
    // Hiragana fails a katakana field before normalising, passes after.
    assert!(has_errors(&catalog.validate_on("tennyu", &typed, f.today)));
    let canonical = normalize(procedure, &typed);
    assert_eq!(canonical.get("applicant.reading"), Some("ヤマダ タロウ"));
    assert_eq!(canonical.get("applicant.postal"), Some("150-0001"));
    assert_eq!(canonical.get("move.date"), Some("2025-06-10"));
    assert_eq!(canonical.get("applicant.birth"), Some("1985-04-12"));
    assert_eq!(canonical.household[2]["birth"], "2018-05-05");
    assert_eq!(canonical.household[2]["reading"], "ヤマダ サクラ");
    assert!(
        catalog
            .validate_on("tennyu", &canonical, f.today)
            .is_empty()
    );
    // Unreadable values are left for validation to report.
    let bad = normalize(
        procedure,
        &f.answers.clone().with("move.date", "昭和65年1月1日"),
    );
    assert_eq!(bad.get("move.date"), Some("昭和65年1月1日"));

    let i18n = I18n::embedded();
    let en = Lang::parse("en").unwrap();
    let birth = procedure.field("applicant.birth").unwrap();
    assert_eq!(
        display_value(&i18n, &Lang::ja(), birth, "1985-04-12"),
        "昭和60年4月12日（1985年）"
    );
    assert_eq!(
        display_value(&i18n, &en, birth, "1985-04-12"),
        "April 12, 1985"
    );
    let pt = Lang::parse("pt-BR").unwrap();
    assert_eq!(
        display_value(&i18n, &pt, birth, "1985-04-12"),
        "12 de abril de 1985"
    );
    let ko = Lang::parse("ko").unwrap();
    assert_eq!(
        display_value(&i18n, &ko, birth, "1985-04-12"),
        "1985년 4월 12일"
    );
    let card = procedure.field("applicant.has-mynumber-card").unwrap();
    assert_eq!(display_value(&i18n, &Lang::ja(), card, "yes"), "はい");
    assert_eq!(
        display_member_part(&i18n, &en, "relationship", "child"),
        "Child"
    );
    assert_eq!(
        display_member_part(&i18n, &Lang::ja(), "sex", "female"),
        "女"
    );
    let purpose = catalog
        .procedure("juminhyo-utsushi")
        .unwrap()
        .field("purpose")
        .unwrap();
    assert_eq!(
        display_value(&i18n, &Lang::ja(), purpose, "pension"),
        "年金の手続き"
    );
}
