//! The shared validation cases (`tests/fixtures/validation-cases.json`) give
//! the same problems through the Rust validator as through the resident's
//! page (`assets/web/test/validation.test.mjs` runs them in node).

use chrono::NaiveDate;
use madoguchi::domain::{Answers, Catalog, Problem, Severity};
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
