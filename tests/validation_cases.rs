//! The resident's page and the Rust domain agree:
//!
//! - the shared validation cases (`tests/fixtures/validation-cases.json`) give
//!   the same problems through the Rust validator as through the page's
//!   (`assets/web/test/validation.test.mjs` runs them in node);
//! - the page's interview (`tests/fixtures/interview-cases.json`, checked
//!   against the page by `assets/web/test/interview.test.mjs`) asks what the
//!   kiosk's make-it-here interview asks, in the same order, plus what the
//!   kiosk leaves to the clerk (a phone's keyboard types kanji).

use chrono::NaiveDate;
use madoguchi::domain::interview::{Ask, Interview, Offer, Target};
use madoguchi::domain::model::Script;
use madoguchi::domain::{Answers, Catalog, FieldKind, Problem, Severity};
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    today: NaiveDate,
    procedure: Option<String>,
    bundle: Option<String>,
    #[serde(default)]
    skip: Vec<String>,
    answers: Answers,
    expected: Vec<String>,
}

fn line(problem: &Problem) -> String {
    let severity = match problem.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    format!("{severity} {} {}", problem.field, problem.message.key)
}

#[test]
fn the_rust_validator_gives_the_expected_problems() {
    let text = std::fs::read_to_string("tests/fixtures/validation-cases.json").unwrap();
    let cases: Cases = serde_json::from_str(&text).unwrap();
    assert!(cases.cases.len() > 100, "the shared cases are all there");
    let catalog = Catalog::embedded();
    let mut wrong = Vec::new();
    for case in &cases.cases {
        let problems = match (&case.procedure, &case.bundle) {
            (Some(id), None) => catalog.validate_on(id, &case.answers, case.today),
            (None, Some(id)) => {
                let skip: Vec<&str> = case.skip.iter().map(String::as_str).collect();
                catalog.validate_bundle_on(id, &case.answers, &skip, case.today)
            }
            _ => panic!("{}: a case names a procedure or a bundle", case.name),
        };
        let found: Vec<String> = problems.iter().map(line).collect();
        if found != case.expected {
            wrong.push(format!(
                "{}:\n  expected {:?}\n  found    {:?}",
                case.name, case.expected, found
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[derive(Deserialize)]
struct InterviewCases {
    cases: Vec<InterviewCase>,
}

#[derive(Deserialize)]
struct InterviewCase {
    name: String,
    procedure: Option<String>,
    bundle: Option<String>,
    include: Vec<String>,
    answers: Answers,
    steps: Vec<String>,
}

/// The kiosk's steps named as the page names its screens: an address is one
/// screen (the kiosk asks its prefecture), a member is one screen.
fn kiosk_steps(interview: &Interview) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for step in interview.steps() {
        let name = match (&step.target, &step.ask) {
            (Target::Key(key), Some(Ask::Prefecture)) => {
                format!("address:{}", key.trim_end_matches(".prefecture"))
            }
            (Target::Key(key), _) => format!("key:{key}"),
            (Target::Member(index, _), _) => format!("member:{index}"),
            (Target::Household, _) => "household".to_owned(),
            (Target::Address(key, part), _) => format!("address:{key}:{part:?}"),
        };
        let name = format!("{name}{}", if step.required { "" } else { "?" });
        if out.last() != Some(&name) {
            out.push(name);
        }
    }
    out
}

#[test]
fn the_page_asks_what_the_kiosk_asks_and_what_it_leaves_to_the_clerk() {
    let text = std::fs::read_to_string("tests/fixtures/interview-cases.json").unwrap();
    let cases: InterviewCases = serde_json::from_str(&text).unwrap();
    let catalog = Catalog::embedded();
    let mut wrong = Vec::new();
    for case in cases.cases {
        let offer = match (case.procedure, case.bundle) {
            (Some(id), None) => Offer::Procedure(id),
            (None, Some(id)) => Offer::Bundle(id),
            _ => panic!("{}: a case names a procedure or a bundle", case.name),
        };
        let mut interview = Interview::new(&catalog, offer).expect("the offer exists");
        for id in &case.include {
            interview.toggle(id);
        }
        interview.answers = case.answers;
        // What the kiosk does not ask: required text it leaves to the clerk
        // (clerk_keys), and optional text it leaves out.
        let clerk = interview.clerk_keys();
        let free_text = |key: &str| {
            interview.active().iter().any(|p| {
                p.fields.iter().any(|f| {
                    f.key == key
                        && matches!(f.kind, FieldKind::Text { script, .. }
                            if !matches!(script, Script::Digits | Script::Kana))
                })
            })
        };
        let page_without_clerk: Vec<String> = case
            .steps
            .iter()
            .filter(|s| {
                let key = s.trim_start_matches("key:").trim_end_matches('?');
                !(s.starts_with("key:") && (clerk.contains(key) || free_text(key)))
            })
            .cloned()
            .collect();
        let kiosk = kiosk_steps(&interview);
        if page_without_clerk != kiosk {
            wrong.push(format!(
                "{}:\n  page  {:?}\n  kiosk {:?}",
                case.name, page_without_clerk, kiosk
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
