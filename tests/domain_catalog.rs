//! The shipped catalogue loads, bundles transcribe one set of answers into
//! every form, and bad files are reported by file and line, never a panic.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use madoguchi::domain::{Answers, Catalog, FieldKind};

const PROCEDURES: [&str; 12] = [
    "juminhyo-utsushi",
    "juminhyo-kisai-jiko",
    "inkan-shomei",
    "koseki-shomei",
    "fuhyo-utsushi",
    "kazei-shomei",
    "tennyu",
    "tenkyo",
    "tenshutsu",
    "inkan-toroku",
    "kokuho-kanyu",
    "jido-teate",
];

#[test]
fn shipped_catalogue_loads_every_procedure_and_bundle() {
    let catalog = Catalog::load(None).unwrap_or_else(|problems| panic!("{problems:?}"));
    let ids: Vec<&str> = catalog.procedures().iter().map(|p| p.id.as_str()).collect();
    for id in PROCEDURES {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    for id in [
        "hikkoshi-tennyu",
        "hikkoshi-tenkyo",
        "hikkoshi-tenshutsu",
        "shomeisho",
    ] {
        assert!(catalog.bundle(id).is_some(), "bundle {id} missing");
    }
    let tennyu: Vec<&str> = catalog
        .bundle("hikkoshi-tennyu")
        .unwrap()
        .procedures
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        tennyu,
        [
            "tennyu",
            "inkan-toroku",
            "kokuho-kanyu",
            "jido-teate",
            "juminhyo-utsushi"
        ]
    );
    // The folder in the source tree is the shipped one.
    let from_dir = Catalog::load_dir(&shipped_dir()).unwrap();
    assert_eq!(from_dir.procedures().len(), catalog.procedures().len());
}

#[test]
fn shared_fields_are_declared_once_and_keyed_once() {
    let catalog = Catalog::embedded();
    let shared = catalog.shared_fields();
    assert!(shared.contains_key("applicant.name") && shared.contains_key("move.date"));
    for procedure in catalog.procedures() {
        let name = procedure
            .field("applicant.name")
            .expect("every form names its applicant");
        assert!(name.shared);
        assert_eq!(name.key, "applicant.name");
        for field in procedure.fields.iter().filter(|f| !f.shared) {
            assert_eq!(field.key, format!("{}.{}", procedure.id, field.id));
        }
    }
}

fn moving_family() -> Answers {
    Answers::new()
        .with("applicant.name", "山田 太郎")
        .with("applicant.reading", "ヤマダ タロウ")
        .with("applicant.birth", "1985-04-12")
        .with("applicant.postal", "150-0001")
        .with("applicant.address.prefecture", "東京都")
        .with("applicant.address.city", "渋谷区")
        .with("applicant.address.town", "神宮前一丁目2番3号")
        .with("applicant.phone", "090-1234-5678")
        .with("applicant.has-mynumber-card", "yes")
        .with("move.date", "2025-06-10")
        .with("move.out-date", "2025-06-08")
        .with("move.previous-address.prefecture", "大阪府")
        .with("move.previous-address.city", "大阪市北区")
        .with("move.previous-address.town", "梅田三丁目1番1号")
        .with("move.head-name", "山田 太郎")
        .with_member([
            ("name", "山田 太郎"),
            ("reading", "ヤマダ タロウ"),
            ("birth", "1985-04-12"),
            ("relationship", "head"),
            ("sex", "male"),
        ])
        .with_member([
            ("name", "山田 花子"),
            ("reading", "ヤマダ ハナコ"),
            ("birth", "1987-09-30"),
            ("relationship", "spouse"),
            ("sex", "female"),
        ])
        .with_member([
            ("name", "山田 さくら"),
            ("reading", "ヤマダ サクラ"),
            ("birth", "2018-05-05"),
            ("relationship", "child"),
            ("sex", "female"),
        ])
        .with("inkan-toroku.has-seal", "yes")
        .with("inkan-toroku.verification", "photo-id")
        .with("jido-teate.pension", "employee")
        .with("jido-teate.has-spouse", "yes")
        .with("jido-teate.bank-name", "みずほ銀行")
        .with("jido-teate.bank-branch", "渋谷支店")
        .with("jido-teate.account-type", "ordinary")
        .with("jido-teate.account-number", "1234567")
        .with("jido-teate.account-holder", "ヤマダ タロウ")
        .with("juminhyo-utsushi.requester", "self")
        .with("juminhyo-utsushi.scope", "household-all")
        .with("juminhyo-utsushi.show-relationship", "yes")
        .with("juminhyo-utsushi.show-honseki", "no")
        .with("juminhyo-utsushi.copies", "2")
        .with("juminhyo-utsushi.purpose", "employment")
}

#[test]
fn moving_in_bundle_fills_every_form_from_one_set_of_answers() {
    let catalog = Catalog::embedded();
    let bundle = catalog.bundle("hikkoshi-tennyu").unwrap();
    let answers = moving_family();
    let forms = bundle.forms(&answers);
    assert_eq!(forms.len(), 5);
    for form in &forms {
        // Answered once, on every form.
        assert_eq!(
            form.values.get("applicant.name").map(String::as_str),
            Some("山田 太郎"),
            "{}",
            form.procedure
        );
        assert_eq!(
            form.values.get("applicant.birth").map(String::as_str),
            Some("1985-04-12"),
            "{}",
            form.procedure
        );
        assert_eq!(
            form.values
                .get("applicant.address.town")
                .map(String::as_str),
            Some("神宮前一丁目2番3号"),
            "{}",
            form.procedure
        );
    }
    let form = |id: &str| forms.iter().find(|f| f.procedure == id).unwrap();
    // The move date becomes the date of joining National Health Insurance,
    // and the reason is the move itself.
    assert_eq!(form("kokuho-kanyu").values["start-date"], "2025-06-10");
    assert_eq!(form("kokuho-kanyu").values["reason"], "moved-in");
    assert_eq!(form("jido-teate").values["reason"], "moved-in");
    assert_eq!(form("jido-teate").values["move.date"], "2025-06-10");
    // Household: everyone on the moving-in and insurance forms, children only on the allowance.
    assert_eq!(form("tennyu").household.len(), 3);
    assert_eq!(form("kokuho-kanyu").household.len(), 3);
    assert_eq!(form("jido-teate").household.len(), 1);
    assert_eq!(form("jido-teate").household[0]["name"], "山田 さくら");
    // Local answers stay on their own form.
    assert_eq!(form("juminhyo-utsushi").values["copies"], "2");
    assert!(!form("tennyu").values.contains_key("copies"));
    assert_eq!(form("juminhyo-utsushi").fee_yen, 600);
    assert_eq!(form("tennyu").fee_yen, 0);
    // A resident's own answer wins over the transcription.
    let own = answers
        .clone()
        .with("kokuho-kanyu.start-date", "2025-06-12");
    let forms = bundle.forms(&own);
    assert_eq!(
        forms
            .iter()
            .find(|f| f.procedure == "kokuho-kanyu")
            .unwrap()
            .values["start-date"],
        "2025-06-12"
    );
    // Optional forms can be left out; the mandatory one cannot.
    let fewer = bundle.forms_except(&answers, &["jido-teate", "tennyu"]);
    let ids: Vec<&str> = fewer.iter().map(|f| f.procedure.as_str()).collect();
    assert_eq!(
        ids,
        ["tennyu", "inkan-toroku", "kokuho-kanyu", "juminhyo-utsushi"]
    );
}

#[test]
fn bundle_validation_reports_shared_problems_once() {
    let catalog = Catalog::embedded();
    let today = NaiveDate::from_ymd_opt(2025, 6, 16).unwrap();
    let answers = moving_family();
    let problems = catalog.validate_bundle_on("hikkoshi-tennyu", &answers, &[], today);
    assert!(problems.is_empty(), "{problems:?}");
    let broken = answers.clone().with("applicant.name", "");
    let problems = catalog.validate_bundle_on("hikkoshi-tennyu", &broken, &[], today);
    let on_name: Vec<_> = problems
        .iter()
        .filter(|p| p.field == "applicant.name")
        .collect();
    assert_eq!(on_name.len(), 1, "{problems:?}");
    // A declined optional form is not checked.
    let no_allowance = answers.clone().with("jido-teate.account-number", "x");
    assert!(
        !catalog
            .validate_bundle_on("hikkoshi-tennyu", &no_allowance, &[], today)
            .is_empty()
    );
    assert!(
        catalog
            .validate_bundle_on("hikkoshi-tennyu", &no_allowance, &["jido-teate"], today)
            .is_empty()
    );
}

fn shipped_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("config/procedures")
}

fn shipped_text(name: &str) -> String {
    std::fs::read_to_string(shipped_dir().join(name)).unwrap()
}

fn problems_for(name: &str, text: &str) -> Vec<(String, Option<usize>, String)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), text).unwrap();
    match Catalog::load(Some(dir.path())) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .into_iter()
            .map(|p| {
                (
                    p.file.file_name().unwrap().to_string_lossy().into_owned(),
                    p.line,
                    p.message.key,
                )
            })
            .collect(),
    }
}

fn line_containing(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn malformed_files_are_reported_with_file_and_line() {
    let original = shipped_text("juminhyo-utsushi.toml");
    let cases: Vec<(String, &str, &str)> = vec![
        // TOML syntax error
        (
            original.replace("min = 1\nmax = 10", "min = 1\nmax = "),
            "max = ",
            "config-error-syntax",
        ),
        // Unknown key (typo)
        (
            original.replace("required = true\noptions", "requird = true\noptions"),
            "requird",
            "config-error-syntax",
        ),
        // Unknown shared field
        (
            original.replace("shared = \"applicant.phone\"", "shared = \"applicant.fax\""),
            "applicant.fax",
            "config-procedure-unknown-shared",
        ),
        // Choice option referenced by nothing: bad kind
        (
            original.replace(
                "kind = \"yes-no\"\nlabel = \"fields-juminhyo-show-relationship\"",
                "kind = \"yesno\"\nlabel = \"fields-juminhyo-show-relationship\"",
            ),
            "yesno",
            "config-error-syntax",
        ),
        // min above max
        (
            original.replace("min = 1\nmax = 10", "min = 5\nmax = 2"),
            "min = 5",
            "config-procedure-min-over-max",
        ),
        // Rule naming a field that does not exist
        (
            original.replace("field = \"purpose-detail\"", "field = \"purpose-details\""),
            "purpose-details",
            "config-procedure-unknown-field",
        ),
        // Duplicate option value
        (
            original.replace("value = \"school\"", "value = \"pension\""),
            "value = \"pension\", label = \"fields-purpose-school\"",
            "config-procedure-duplicate",
        ),
        // Service must be one capital letter
        (
            original.replace("service = \"A\"", "service = \"AB\""),
            "service = ",
            "config-procedure-bad-service",
        ),
        // id differs from file name
        (
            original.replace("id = \"juminhyo-utsushi\"", "id = \"juminhyo\""),
            "id = \"juminhyo\"",
            "config-procedure-id-not-file-name",
        ),
    ];
    for (text, needle, key) in cases {
        let problems = problems_for("juminhyo-utsushi.toml", &text);
        let expected_line = line_containing(&text, needle);
        assert!(
            problems
                .iter()
                .any(|(file, line, k)| file == "juminhyo-utsushi.toml"
                    && *line == Some(expected_line)
                    && k == key),
            "{key} at line {expected_line}: {problems:?}"
        );
    }
    // A broken bundles file names its own lines.
    let bundles = shipped_text("bundles.toml").replace(
        "[\"tenkyo\", \"juminhyo-utsushi\"]",
        "[\"tenkyou\", \"juminhyo-utsushi\"]",
    );
    let problems = problems_for("bundles.toml", &bundles);
    let expected_line = line_containing(&bundles, "tenkyou");
    assert_eq!(
        problems,
        [(
            "bundles.toml".to_owned(),
            Some(expected_line),
            "procedures-error-unknown".to_owned()
        )]
    );
    // Garbage is an error, not a panic.
    for garbage in ["\u{0}\u{1}binary", "[[fields]\n", "id = 3", ""] {
        let problems = problems_for("garbage.toml", garbage);
        assert!(
            !problems.is_empty() && problems.iter().all(|(f, _, _)| f == "garbage.toml"),
            "{garbage:?}: {problems:?}"
        );
    }
}

#[test]
fn the_wards_towns_are_checked_like_every_catalogue_file() {
    let text = "[[towns]]\nprefecture = \"東京都\"\ncity = \"台東区\"\ntown = \"千束\"\nchome = 4\n\n\
                [[towns]]\nprefecture = \"東京\"\ncity = \"台東区\"\ntown = \"竜泉\"\nchome = 0\n\n\
                [[towns]]\nprefecture = \"東京都\"\ncity = \"台東区\"\ntown = \"千束\"\nchome = 5\n";
    let problems = problems_for("_towns.toml", text);
    let keys: Vec<&str> = problems.iter().map(|(_, _, key)| key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "config-town-prefecture",
            "config-town-chome",
            "config-procedure-duplicate"
        ],
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .all(|(file, line, _)| file == "_towns.toml" && line.is_some())
    );
    // A ward's own list replaces the shipped one (same file name).
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("_towns.toml"),
        "[[towns]]\nprefecture = \"北海道\"\ncity = \"札幌市中央区\"\ntown = \"旭ケ丘\"\nchome = 6\n",
    )
    .unwrap();
    let catalog = Catalog::load(Some(dir.path())).unwrap();
    assert_eq!(catalog.towns().len(), 1);
    let key = (
        "北海道".to_owned(),
        "札幌市中央区".to_owned(),
        "旭ケ丘".to_owned(),
    );
    assert_eq!(catalog.towns().get(&key), Some(&6));
}

#[test]
fn a_bundle_gives_one_date_one_deadline() {
    // 児童手当 with its own 15-day window on the move date would show the
    // resident a second deadline beside the 転入届's 14 days.
    let jido = shipped_text("jido-teate.toml")
        + "\n[[rules]]\nrule = \"notify-window\"\nfield = \"move.date\"\nbefore_days = 0\nafter_days = 15\n";
    let bundles = shipped_text("bundles.toml");
    assert_eq!(
        problems_for("jido-teate.toml", &jido),
        [(
            "bundles.toml".to_owned(),
            Some(line_containing(&bundles, "procedures = [\"tennyu\"")),
            "config-procedure-bundle-two-windows".to_owned()
        )]
    );
    // The same window on both forms is one deadline, shown once.
    let same = jido.replace("after_days = 15", "after_days = 14");
    assert_eq!(problems_for("jido-teate.toml", &same), []);
}

#[test]
fn a_ward_adds_a_form_from_a_folder_without_rebuilding() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("jidosha-shomei.toml"),
        r#"
id = "jidosha-shomei"
service = "C"
name = "procedures-juminhyo-utsushi"
fee = { yen = 200, copies = "copies" }

[[fields]]
shared = "applicant.name"

[[fields]]
id = "plate"
kind = "text"
script = "any"
max_len = 20
label = "fields-purpose-vehicle"
required = true

[[fields]]
id = "copies"
kind = "count"
min = 1
max = 3
label = "fields-copies"
"#,
    )
    .unwrap();
    let catalog = Catalog::load(Some(dir.path())).unwrap_or_else(|p| panic!("{p:?}"));
    let added = catalog.procedure("jidosha-shomei").expect("added");
    assert!(
        catalog.procedure("juminhyo-utsushi").is_some(),
        "shipped forms stay"
    );
    assert_eq!(added.fields.len(), 3);
    assert!(matches!(
        added.fields[1].kind,
        FieldKind::Text { max_len: 20, .. }
    ));
    let answers = Answers::new()
        .with("applicant.name", "山田 太郎")
        .with("jidosha-shomei.copies", "4");
    let problems = catalog.validate("jidosha-shomei", &answers);
    let keys: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.field.as_str(), p.message.key.as_str()))
        .collect();
    assert_eq!(
        keys,
        [
            ("jidosha-shomei.plate", "validation-required"),
            ("jidosha-shomei.copies", "validation-count-range")
        ]
    );
    assert_eq!(
        added.fee.total(&answers.with("jidosha-shomei.copies", "2")),
        400
    );
}

#[test]
fn kiosk_offer_restricts_the_catalogue() {
    let catalog = Catalog::embedded();
    let only = catalog.restricted(&["kazei-shomei".into()], &["hikkoshi-tenkyo".into()]);
    let ids: Vec<&str> = only.procedures().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["juminhyo-utsushi", "kazei-shomei", "tenkyo"]);
    assert_eq!(only.bundles().len(), 1);
}
