//! The shipped locales pass `madoguchi i18n check`: complete, consistent,
//! used, drawable with the fonts the windows load, translated from the
//! current Japanese source, and rendering cleanly with counts 0, 1, 2, 5, 11,
//! 21 and a date.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::Path;

use madoguchi::i18n::check::{CheckInput, SOURCE_HASHES_FILE, check, stamp};
use madoguchi::i18n::{Arg, I18n, Lang, Message};

#[test]
fn shipped_locales_pass_the_check() {
    let problems = check(&CheckInput::source_tree());
    let i18n = I18n::embedded();
    let report: Vec<String> = problems
        .iter()
        .map(|m| i18n.render(&Lang::parse("en").unwrap(), m))
        .collect();
    assert!(problems.is_empty(), "{}", report.join("\n"));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

#[test]
fn an_edited_japanese_string_makes_every_translation_of_it_stale() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = CheckInput::source_tree();
    copy_dir(&input.locales_dir, dir.path());
    input.locales_dir = dir.path().to_path_buf();

    let status = dir.path().join("ja/status.ftl");
    let text = std::fs::read_to_string(&status).unwrap();
    let edited = text.replace(
        "status-estimated-wait = 待ち時間の目安: 約 { $minutes } 分",
        "status-estimated-wait = お待ちいただく時間の目安: 約 { $minutes } 分",
    );
    assert_ne!(text, edited, "the test edits a message that exists");
    std::fs::write(&status, edited).unwrap();

    let problems = check(&input);
    let stale: Vec<&Message> = problems
        .iter()
        .filter(|m| m.key == "i18n-check-stale")
        .collect();
    let translated = Lang::all().count() - 1;
    assert_eq!(stale.len(), translated, "{problems:?}");
    assert!(stale.iter().all(|m| {
        m.args
            .contains(&("key".to_owned(), Arg::Text("status-estimated-wait".into())))
    }));
    assert_eq!(problems.len(), stale.len(), "{problems:?}");

    // A translator redoes the English text and records it: only English clears.
    assert_eq!(
        stamp(
            dir.path(),
            "en",
            &["status-estimated-wait".to_owned()],
            false
        )
        .unwrap(),
        1
    );
    assert_eq!(check(&input).len(), translated - 1);
    assert!(dir.path().join("en").join(SOURCE_HASHES_FILE).is_file());
}

#[test]
fn nobody_waiting_reads_as_nobody_in_portuguese() {
    let i18n = I18n::embedded();
    let pt = Lang::parse("pt-BR").unwrap();
    for key in ["status-waiting", "board-waiting"] {
        assert_eq!(
            i18n.render(&pt, &Message::new(key).arg("count", 0)),
            "Ninguém aguardando"
        );
        assert_eq!(
            i18n.render(&pt, &Message::new(key).arg("count", 1)),
            "1 pessoa aguardando"
        );
    }
}

#[test]
fn a_household_rule_without_an_age_limit_shows_no_age() {
    // The validator passes age -1 when the procedure sets no max_age.
    let i18n = I18n::embedded();
    for lang in Lang::all() {
        let text = i18n.render(
            &lang,
            &Message::new("validation-household-needs")
                .arg("relationship", "child")
                .arg("min", 1)
                .arg("age", -1),
        );
        assert!(!text.contains("-1"), "{lang}: {text}");
    }
}
