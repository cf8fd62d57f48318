//! `madoguchi catalog list|show`.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::process::ExitCode;

use madoguchi::cli::CommonArgs;
use madoguchi::domain::cli::{CatalogArgs, CatalogCommand, run_to};

fn run(command: CatalogCommand, lang: &str) -> (ExitCode, String, String) {
    let args = CatalogArgs {
        command,
        procedures: None,
        lang: lang.into(),
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = run_to(&CommonArgs::default(), args, &mut out, &mut err).unwrap();
    (
        code,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn list_prints_one_json_line_per_procedure() {
    let (code, out, err) = run(CatalogCommand::List, "ja");
    assert_eq!(code, ExitCode::SUCCESS, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 12);
    let juminhyo = lines
        .iter()
        .find(|l| l["id"] == "juminhyo-utsushi")
        .unwrap();
    assert_eq!(juminhyo["service"], "A");
    assert_eq!(juminhyo["fee"], 300);
    assert_eq!(juminhyo["name"], "住民票の写し");
    assert!(juminhyo["fields"].as_u64().unwrap() >= 10);
    let koseki = lines.iter().find(|l| l["id"] == "koseki-shomei").unwrap();
    assert_eq!(koseki["fee"], 450);
    let tennyu = lines.iter().find(|l| l["id"] == "tennyu").unwrap();
    assert_eq!(
        (tennyu["service"].as_str(), tennyu["fee"].as_u64()),
        (Some("B"), Some(0))
    );
}

#[test]
fn show_prints_a_procedure_or_bundle_as_json() {
    let (code, out, _) = run(
        CatalogCommand::Show {
            id: "koseki-shomei".into(),
        },
        "ja",
    );
    assert_eq!(code, ExitCode::SUCCESS);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["fee"]["choice"]["yen"]["joseki-zenbu"], 750);
    let certificate = json["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "certificate")
        .unwrap();
    assert_eq!(certificate["kind"], "choice");
    assert_eq!(certificate["key"], "koseki-shomei.certificate");
    let (code, out, _) = run(
        CatalogCommand::Show {
            id: "hikkoshi-tennyu".into(),
        },
        "ja",
    );
    assert_eq!(code, ExitCode::SUCCESS);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["procedures"][0], "tennyu");
}

#[test]
fn show_unknown_id_fails_with_a_translated_message() {
    let (code, out, err) = run(CatalogCommand::Show { id: "nope".into() }, "ja");
    assert_eq!(code, ExitCode::FAILURE);
    assert!(out.is_empty());
    assert_eq!(err.trim(), "「nope」という手続きはありません");
    let (_, _, err) = run(CatalogCommand::Show { id: "nope".into() }, "en");
    assert_eq!(err.trim(), "There is no procedure \"nope\"");
}
