//! `kiosk.toml` loads, validates with lines, and `config check` reports
//! problems as FILE:LINE: message.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use madoguchi::config::cli::{FileKind, check_file, detect};
use madoguchi::config::kiosk::{KioskConfig, hash_pin};
use madoguchi::i18n::{I18n, Lang};

fn shipped() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("config/kiosk.toml")
}

fn shipped_text() -> String {
    std::fs::read_to_string(shipped()).unwrap()
}

fn line_containing(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn shipped_kiosk_config_loads_with_its_defaults() {
    let config: KioskConfig =
        madoguchi::config::load(&shipped()).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(config.idle_timeout_secs, 60);
    assert_eq!(config.languages.default, Lang::ja());
    assert_eq!(config.languages.offered.len(), 12);
    assert!(config.offer.bundles.contains(&"hikkoshi-tennyu".to_owned()));
    assert_eq!(config.scanner.wedge_inter_key_max_ms, 30);
    assert!(config.check_pin("2468"), "the documented demo PIN");
    assert!(!config.check_pin("0000"));
    let offered = config.offered_catalog().unwrap();
    assert_eq!(offered.bundles().len(), 4);
    assert_eq!(
        offered.procedures().len(),
        12,
        "the four bundles use every shipped form"
    );
    let catalog = config.catalog().unwrap();
    for id in &config.offer.procedures {
        assert!(catalog.procedure(id).is_some());
    }
}

#[test]
fn minimal_kiosk_config_takes_defaults() {
    let text =
        "name = \"k\"\nhub_url = \"https://hub.local:7600\"\n[offer]\nbundles = [\"shomeisho\"]\n";
    let config: KioskConfig = madoguchi::config::parse(Path::new("kiosk.toml"), text).unwrap();
    assert_eq!(config.idle_timeout_secs, 60);
    assert_eq!(config.camera.device, "auto");
    assert!(config.display.fullscreen && !config.display.large_text);
    assert!(config.admin.pin_hash.is_none() && !config.check_pin(""));
}

#[test]
fn bad_values_are_reported_at_their_lines() {
    let original = shipped_text();
    let cases = [
        (
            "idle_timeout_secs = 60",
            "idle_timeout_secs = 5",
            "config-kiosk-out-of-range",
        ),
        (
            "hub_url = \"http://127.0.0.1:7600\"",
            "hub_url = \"ftp://hub\"",
            "config-kiosk-hub-url",
        ),
        (
            "default = \"ja\"",
            "default = \"xx\"",
            "config-error-syntax",
        ),
        (
            "offered = [\"ja\",",
            "offered = [\"ko\",",
            "config-kiosk-duplicate",
        ),
        (
            "bundles = [\"shomeisho\"",
            "bundles = [\"shomei\"",
            "procedures-error-unknown-bundle",
        ),
        ("\"fuhyo-utsushi\"", "\"fuhyo\"", "procedures-error-unknown"),
        (
            "pin_hash = \"$argon2id",
            "pin_hash = \"$pbkdf2",
            "config-kiosk-pin-hash",
        ),
        (
            "wedge_inter_key_max_ms = 30",
            "wedge_inter_key_max_ms = 0",
            "config-kiosk-out-of-range",
        ),
        (
            "high_contrast = false",
            "high_contrst = false",
            "config-error-syntax",
        ),
    ];
    for (from, to, key) in cases {
        assert!(original.contains(from), "{from}");
        let text = original.replacen(from, to, 1);
        let problems =
            madoguchi::config::parse::<KioskConfig>(Path::new("kiosk.toml"), &text).unwrap_err();
        let line = line_containing(&text, to);
        assert!(
            problems
                .iter()
                .any(|p| p.line == Some(line) && p.message.key == key),
            "{to}: expected {key} at {line}, got {problems:?}"
        );
    }
    // The start language must be offered.
    let text = original
        .replace("default = \"ja\"", "default = \"en\"")
        .replace("\"ja-x-easy\", \"en\", ", "\"ja-x-easy\", ");
    let problems =
        madoguchi::config::parse::<KioskConfig>(Path::new("kiosk.toml"), &text).unwrap_err();
    assert_eq!(problems[0].message.key, "config-kiosk-default-language");
}

#[test]
fn pin_hashes_are_argon2_and_salted() {
    let a = hash_pin("1357").unwrap();
    let b = hash_pin("1357").unwrap();
    assert!(a.starts_with("$argon2id$"));
    assert_ne!(a, b, "a fresh salt each time");
}

#[test]
fn config_check_tells_files_apart() {
    let procedures = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/procedures");
    assert_eq!(detect(&shipped(), ""), Some(FileKind::Kiosk));
    assert_eq!(detect(Path::new("hub.toml"), ""), Some(FileKind::Hub));
    assert_eq!(
        detect(&procedures.join("tennyu.toml"), ""),
        Some(FileKind::Procedure)
    );
    assert_eq!(
        detect(Path::new("office.toml"), "hub_url = \"http://x\""),
        Some(FileKind::Kiosk)
    );
    assert_eq!(
        detect(Path::new("form.toml"), "id = \"x\"\nservice = \"A\""),
        Some(FileKind::Procedure)
    );
    assert_eq!(detect(Path::new("what.toml"), "a = 1"), None);
    assert_eq!(check_file(&shipped(), None), Ok(FileKind::Kiosk));
    for entry in std::fs::read_dir(&procedures).unwrap() {
        let path = entry.unwrap().path();
        assert_eq!(
            check_file(&path, None),
            Ok(FileKind::Procedure),
            "{}",
            path.display()
        );
    }
}

#[test]
fn config_check_reports_file_line_and_translated_message() {
    let dir = tempfile::tempdir().unwrap();
    let kiosk = dir.path().join("kiosk-2f.toml");
    std::fs::write(
        &kiosk,
        shipped_text().replace("idle_timeout_secs = 60", "idle_timeout_secs = 9999"),
    )
    .unwrap();
    let problems = check_file(&kiosk, None).unwrap_err();
    let i18n = I18n::embedded();
    let line = madoguchi::config::cli::render_problem(&i18n, &Lang::ja(), &problems[0]);
    let expected_line = line_containing(&std::fs::read_to_string(&kiosk).unwrap(), "9999");
    assert_eq!(
        line,
        format!(
            "{}:{}: 「idle_timeout_secs」は15から600までにしてください",
            kiosk.display(),
            expected_line
        )
    );
    let en =
        madoguchi::config::cli::render_problem(&i18n, &Lang::parse("en").unwrap(), &problems[0]);
    assert!(
        en.ends_with("\"idle_timeout_secs\" must be from 15 to 600"),
        "{en}"
    );

    // A procedure file naming a text nobody wrote.
    let form = dir.path().join("mystery.toml");
    std::fs::write(
        &form,
        "id = \"mystery\"\nservice = \"A\"\nname = \"procedures-mystery\"\n",
    )
    .unwrap();
    let problems = check_file(&form, Some(FileKind::Procedure)).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].line, Some(3));
    assert_eq!(problems[0].message.key, "config-procedure-missing-text");

    // Unknown kinds and unreadable files are reported, not panics.
    let odd = dir.path().join("odd.toml");
    std::fs::write(&odd, "a = 1\n").unwrap();
    assert_eq!(
        check_file(&odd, None).unwrap_err()[0].message.key,
        "config-check-unknown-kind"
    );
    let missing = dir.path().join("kiosk-missing.toml");
    assert_eq!(
        check_file(&missing, None).unwrap_err()[0].message.key,
        "config-error-unreadable"
    );
}

// --- Saving from the facilities panel (issue #6) ---

use madoguchi::config::kiosk::{SaveError, save, write_atomic_with};

/// A copy of the shipped file in a fresh folder.
fn copy_of_shipped() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    std::fs::write(&path, shipped_text()).unwrap();
    (dir, path)
}

fn load(path: &Path) -> KioskConfig {
    madoguchi::config::load(path).unwrap_or_else(|p| panic!("{p:?}"))
}

/// Files in `dir` other than `keep` (left-over temporary files).
fn strays(dir: &Path, keep: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p != keep)
        .collect()
}

#[test]
fn saving_rewrites_only_changed_keys_and_keeps_comments() {
    let (dir, path) = copy_of_shipped();
    let mut config = load(&path);
    config.name = "2階 受付B".into();
    config.idle_timeout_secs = 90;
    config.languages.offered.retain(|l| l.code() != "ne");
    config.languages.default = Lang::parse("en").unwrap();
    config.camera.device = "/dev/video2".into();
    config.offer.procedures.retain(|p| p != "kazei-shomei");
    save(&path, &config).unwrap();

    let before = shipped_text();
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(load(&path), config, "what was saved reads back the same");
    assert!(
        strays(dir.path(), &path).is_empty(),
        "no temporary file left"
    );

    // Every comment and blank line is where it was, in order.
    let notes = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(notes(&before), notes(&after));
    // Unchanged lines are untouched, changed ones carry the new values.
    let changed = [
        "name =",
        "idle_timeout_secs",
        "offered =",
        "default =",
        "device =",
        "procedures =",
    ];
    let before_lines: Vec<&str> = before.lines().collect();
    let after_lines: Vec<&str> = after.lines().collect();
    assert_eq!(before_lines.len(), after_lines.len());
    for (old, new) in before_lines.iter().zip(&after_lines) {
        if changed.iter().any(|c| old.starts_with(c)) {
            assert_ne!(old, new);
        } else {
            assert_eq!(old, new);
        }
    }
    assert!(after.contains("name = \"2階 受付B\""));
    assert!(after.contains("idle_timeout_secs = 90\n"));
    assert!(after.contains("device = \"/dev/video2\""));
    assert!(!after.contains("\"ne\""));
}

#[test]
fn saving_adds_missing_tables_and_removes_cleared_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.toml");
    let text = "# staff note\nname = \"k\"\nhub_url = \"https://hub.local:7600\"\n[offer]\nbundles = [\"shomeisho\"] # menu\n[admin]\npin_hash = \"$argon2id$v=19$m=19456,t=2,p=1$OTcyZvex/6dFJS8H2TzT6g$/mB1A6TRP+cDgHQw1btSTipWWI2DehNdIBhjS46GXIs\"\n";
    std::fs::write(&path, text).unwrap();
    let mut config = load(&path);
    config.camera.device = "none".into();
    config.offer.bundles.push("hikkoshi-tennyu".into());
    config.admin.pin_hash = None;
    save(&path, &config).unwrap();
    let after = std::fs::read_to_string(&path).unwrap();
    assert_eq!(load(&path), config);
    assert!(after.starts_with("# staff note\nname = \"k\"\n"), "{after}");
    assert!(
        after.contains("# menu"),
        "the end-of-line comment stays: {after}"
    );
    assert!(after.contains("[camera]"), "{after}");
    assert!(!after.contains("pin_hash"), "{after}");
    assert!(
        !after.contains("idle_timeout_secs"),
        "defaults the file left out stay out: {after}"
    );
}

#[test]
fn a_bad_value_is_refused_naming_its_field_and_the_file_is_untouched() {
    let (_dir, path) = copy_of_shipped();
    let original = std::fs::read(&path).unwrap();
    let mut config = load(&path);
    config.idle_timeout_secs = 5;
    let error = save(&path, &config).unwrap_err();
    let SaveError::Invalid { key, message } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(key, "idle_timeout_secs");
    assert_eq!(message.key, "config-kiosk-out-of-range");
    assert_eq!(
        I18n::embedded().render(&Lang::ja(), &error.message()),
        "「idle_timeout_secs」は15から600までにしてください"
    );
    config.idle_timeout_secs = 60;
    config.hub_url = "ftp://hub".into();
    assert!(matches!(
        save(&path, &config),
        Err(SaveError::Invalid { ref key, .. }) if key == "hub_url"
    ));
    assert_eq!(std::fs::read(&path).unwrap(), original);
}

#[test]
fn a_crash_before_the_rename_leaves_the_old_file_whole() {
    let (dir, path) = copy_of_shipped();
    let original = std::fs::read(&path).unwrap();
    let new_text = shipped_text().replace("idle_timeout_secs = 60", "idle_timeout_secs = 120");
    // The "crash": the temporary file is half written when the process dies.
    let result = write_atomic_with(&path, new_text.as_bytes(), |temp| {
        assert_eq!(
            temp.parent(),
            path.parent(),
            "same folder, same file system"
        );
        let half = &new_text.as_bytes()[..new_text.len() / 2];
        std::fs::write(temp, half)?;
        Err(std::io::Error::other("power cut"))
    });
    assert!(result.is_err());
    assert_eq!(std::fs::read(&path).unwrap(), original);
    assert_eq!(load(&path).idle_timeout_secs, 60);

    // A half temporary file left by a real crash does not disturb the next save.
    std::fs::write(
        dir.path().join(".kiosk.toml.0123.tmp"),
        &new_text.as_bytes()[..100],
    )
    .unwrap();
    let mut config = load(&path);
    config.idle_timeout_secs = 120;
    save(&path, &config).unwrap();
    assert_eq!(load(&path).idle_timeout_secs, 120);
}

#[test]
fn a_file_that_cannot_be_written_is_reported_and_kept() {
    let (dir, path) = copy_of_shipped();
    let original = std::fs::read(&path).unwrap();
    let mut config = load(&path);
    config.name = "別の名前".into();
    // A folder in place of the temporary file's folder: the write fails.
    let missing = dir.path().join("gone").join("kiosk.toml");
    let error = save(&missing, &config).unwrap_err();
    assert!(matches!(error, SaveError::Write { .. }), "{error:?}");
    assert_eq!(error.message().key, "kiosk-admin-save-failed");
    assert_eq!(std::fs::read(&path).unwrap(), original);
}
