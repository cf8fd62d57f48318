//! The application form on paper: the PDF holds every value (pdftotext),
//! embeds and subsets every font (pdffonts), renders (pdftoppm) with a QR of
//! the record id that reads back, the 控え carries the resident's labels, the
//! catalogue's layout is checked, and a CUPS queue takes the PDF.
//!
//! poppler-utils and CUPS come from `scripts/setup.sh`; `.ci/run` starts
//! cupsd with the queue `madoguchi-test` and sets `MADOGUCHI_REQUIRE_CUPS=1`.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use madoguchi::domain::Catalog;
use madoguchi::i18n::{I18n, Lang};
use madoguchi::paper::{Fonts, Options, PaperForm, print, render};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/preapp")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn pdf_of(form: &PaperForm, copy: Option<Lang>) -> Vec<u8> {
    let options = Options {
        copy,
        today: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    };
    render(
        &Catalog::embedded(),
        &I18n::embedded(),
        &Fonts::load().unwrap(),
        form,
        options,
    )
    .unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} (Debian poppler-utils, scripts/setup.sh): {e}"));
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// pdftotext's text with every blank removed (it spaces runs as it likes).
fn text_of(pdf: &Path) -> String {
    let text = tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn assert_has(text: &str, wanted: &[&str]) {
    let missing: Vec<&&str> = wanted
        .iter()
        .filter(|w| !text.contains(&w.replace(' ', "")))
        .collect();
    assert!(missing.is_empty(), "missing {missing:?} in {text}");
}

/// Every value of the 転入 fixture as the office reads it: dates in 和暦,
/// choices by their Japanese label, names with their readings.
const TENNYU_VALUES: &[&str] = &[
    "佐藤 健一",
    "サトウ ケンイチ",
    "昭和59年7月21日",
    "080-2345-6789",
    "〒111-0032",
    "東京都台東区浅草二丁目14番5号 グリーンコート浅草302",
    "令和8年11月15日",
    "令和8年11月8日",
    "埼玉県さいたま市浦和区高砂三丁目5番8号",
    "さいたま市国民健康保険",
    "みどり銀行",
    "浅草支店",
    "1234567",
    "佐藤 美咲",
    "サトウ ミサキ",
    "昭和61年2月3日",
    "佐藤 陽向",
    "サトウ ヒナタ",
    "平成27年9月10日",
    "佐藤 結衣",
    "サトウ ユイ",
    "令和元年12月24日",
    "世帯主",
    "妻・夫",
    "転入届",
    "押印不要",
];

#[test]
fn the_tennyu_bundle_prints_every_value_on_a_sheet_per_procedure() {
    let dir = tempfile::tempdir().unwrap();
    let form = PaperForm::from_json(&fixture("tennyu-household-4.json")).unwrap();
    let pdf = write(dir.path(), "tennyu.pdf", &pdf_of(&form, None));
    let text = text_of(&pdf);
    assert_has(&text, TENNYU_VALUES);
    // Each procedure's title, and the sources: all read from the QR.
    let i18n = I18n::embedded();
    for key in ["procedures-kokuho-kanyu", "procedures-jido-teate"] {
        assert_has(&text, &[&i18n.tr(&Lang::ja(), key)]);
    }
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|n| n.trim().parse().unwrap())
        .unwrap();
    assert!(pages >= 3, "{pages} pages");
    assert_eq!(
        text.matches("郵便番号データ").count(),
        0,
        "a QR form has no postal data"
    );
}

#[test]
fn every_font_is_embedded_and_subset() {
    let dir = tempfile::tempdir().unwrap();
    let form = PaperForm::from_json(&fixture("tennyu-household-4.json")).unwrap();
    let pdf = write(
        dir.path(),
        "tennyu.pdf",
        &pdf_of(&form, Some(Lang::parse("ne").unwrap())),
    );
    let listing = tool("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = listing.lines().skip(2).collect();
    assert!(rows.len() >= 3, "{listing}");
    for row in &rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name, type (may hold spaces), encoding, emb, sub, uni, object, gen: counted from the end.
        let (emb, sub) = (cols[cols.len() - 5], cols[cols.len() - 4]);
        assert_eq!((emb, sub), ("yes", "yes"), "{row}");
        assert!(cols[0].contains('+'), "a subset's name has a tag: {row}");
    }
    assert!(listing.contains("NotoSansCJK"), "{listing}");
    assert!(
        listing.contains("Devanagari"),
        "the Nepali labels: {listing}"
    );
    if Path::new("/usr/share/fonts/truetype/ipamj/ipamjm.ttf").exists() {
        assert!(listing.contains("IPAmj"), "names in IPAmj明朝: {listing}");
    }
}

#[test]
fn the_copy_has_the_residents_labels_beside_the_japanese() {
    let dir = tempfile::tempdir().unwrap();
    let form = PaperForm::from_json(&fixture("juminhyo.json")).unwrap();
    let pdf = write(
        dir.path(),
        "copy.pdf",
        &pdf_of(&form, Some(Lang::parse("en").unwrap())),
    );
    let text = text_of(&pdf);
    let i18n = I18n::embedded();
    let en = Lang::parse("en").unwrap();
    assert_has(
        &text,
        &[
            "控え",
            "Your copy",
            "請求者",
            "Requester",
            &i18n.tr(&Lang::ja(), "fields-applicant-name"),
            &i18n.tr(&en, "fields-applicant-name"),
            "山田 花子",
            "ヤマダ ハナコ",
            "昭和63年4月12日",
            "ひまわりハイツ201",
        ],
    );
    let office = write(dir.path(), "office.pdf", &pdf_of(&form, None));
    assert!(!text_of(&office).contains("Yourcopy"));
}

/// A record as the hub exports it, with every kind of source and a ticket.
fn record_json(id: &str) -> String {
    serde_json::json!({
        "id": id,
        "number": "A-042",
        "day": "2026-11-20",
        "lang": "vi",
        "procedures": ["juminhyo-utsushi"],
        "fields": {
            "applicant.name": { "value": "山田 花子", "source": "clerk" },
            "applicant.reading": { "value": "ヤマダ ハナコ", "source": "qr" },
            "applicant.address.prefecture": { "value": "東京都", "source": "kiosk" },
            "applicant.address.city": { "value": "台東区", "source": "kiosk" },
            "applicant.address.town": { "value": "千束二丁目3番4号", "source": "kiosk" },
            "juminhyo-utsushi.copies": { "value": "2", "source": "kiosk" },
            "kiosk.from-postal-data": {
                "value": ["applicant.address.prefecture", "applicant.address.city"],
                "source": "kiosk"
            },
            "office.note": { "value": "本人確認済", "source": "clerk" }
        },
        "preapp": "none",
        "status": "received",
        "reject_reason": null,
        "created_at": "2026-11-20T01:00:00Z",
        "received_at": "2026-11-20T01:00:05Z",
        "changes": []
    })
    .to_string()
}

#[test]
fn a_record_prints_its_sources_ticket_and_a_qr_of_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let id = "8d4f0c2e-3b1a-4c5d-9e6f-112233445566";
    let form = PaperForm::from_json(&record_json(id)).unwrap();
    let pdf = write(dir.path(), "record.pdf", &pdf_of(&form, None));
    let text = text_of(&pdf);
    let i18n = I18n::embedded();
    let ja = Lang::ja();
    assert_has(
        &text,
        &[
            "A-042",
            &i18n.tr(&ja, "clerk-source-clerk"),
            &i18n.tr(&ja, "clerk-source-qr"),
            &i18n.tr(&ja, "clerk-source-kiosk"),
            &i18n.tr(&ja, "clerk-source-postal"),
            // A value no printed form asks is still on the paper.
            "office.note",
            "本人確認済",
            id,
        ],
    );
    // Page 1 as an image: the QR in its corner reads back as the record id.
    let prefix = dir.path().join("page");
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "150",
            "-f",
            "1",
            "-l",
            "1",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let png = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "png"))
        .expect("pdftoppm wrote page 1");
    let image = image::open(&png).unwrap().to_luma8();
    assert!(image.width() > 1000, "A4 at 150 dpi");
    let mut prepared = rqrr::PreparedImage::prepare(image);
    let grids = prepared.detect_grids();
    let decoded: Vec<String> = grids
        .iter()
        .filter_map(|g| g.decode().ok())
        .map(|(_, s)| s)
        .collect();
    assert_eq!(decoded, vec![id.to_owned()]);
}

#[test]
fn an_unknown_procedure_or_a_missing_form_is_refused() {
    let mut form = PaperForm::from_json(&fixture("juminhyo.json")).unwrap();
    form.procedures = vec!["no-such-form".into()];
    let options = Options {
        copy: None,
        today: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    };
    let error = render(
        &Catalog::embedded(),
        &I18n::embedded(),
        &Fonts::load().unwrap(),
        &form,
        options,
    )
    .unwrap_err();
    let text = I18n::embedded().render(&Lang::ja(), &error.message());
    assert!(text.contains("no-such-form"), "{text}");
    assert!(PaperForm::from_json("{\"nothing\": 1}").is_err());
}

#[test]
fn a_layout_naming_a_field_the_form_lacks_is_reported_with_file_and_line() {
    let tennyu = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("config/procedures/tennyu.toml"),
    )
    .unwrap();
    let shared = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("config/procedures/_shared.toml"),
    )
    .unwrap();
    let broken = format!(
        "{tennyu}\n[[sections]]\ntitle = \"paper-section-other\"\nfields = [\"move.nowhere\"]\n"
    );
    let problems = Catalog::from_sources([
        (PathBuf::from("_shared.toml"), shared),
        (PathBuf::from("tennyu.toml"), broken.clone()),
    ])
    .unwrap_err();
    let line = broken
        .lines()
        .position(|l| l.contains("move.nowhere"))
        .unwrap()
        + 1;
    assert!(
        problems.iter().any(|p| p.file.ends_with("tennyu.toml")
            && p.line == Some(line)
            && format!("{:?}", p.message).contains("config-procedure-unknown-field")),
        "{problems:?}"
    );
}

#[test]
fn form_render_writes_the_pdf_and_refuses_an_unknown_language() {
    let dir = tempfile::tempdir().unwrap();
    let form =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/preapp/tennyu-household-4.json");
    let out = dir.path().join("form.pdf");
    let run = |lang: &str| {
        Command::new(env!("CARGO_BIN_EXE_madoguchi"))
            .args([
                "form",
                "render",
                form.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--lang",
                lang,
            ])
            .output()
            .unwrap()
    };
    let ok = run("ko");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let line: serde_json::Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(line["copy"], "ko");
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));
    assert_has(&text_of(&out), &["보관용 사본", "佐藤 健一"]);
    let bad = run("xx");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("xx"));
}

/// The CUPS queue `madoguchi-test` (`scripts/cups-test-queue.sh`) takes the
/// PDF through `lp` and completes the job; an unknown queue is an error.
#[test]
fn cups_takes_the_pdf() {
    let queue = "madoguchi-test";
    let ready = Command::new("lpstat")
        .args(["-p", queue])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ready {
        assert!(
            std::env::var("MADOGUCHI_REQUIRE_CUPS").is_err(),
            "MADOGUCHI_REQUIRE_CUPS is set but the CUPS queue {queue} is not there"
        );
        eprintln!("skipped: no CUPS queue {queue} (lpstat -p {queue}); .ci/run makes one");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let form = PaperForm::from_json(&fixture("juminhyo.json")).unwrap();
    let pdf = write(dir.path(), "print.pdf", &pdf_of(&form, None));
    let reply = print::lp(queue, &pdf).unwrap();
    // "request id is madoguchi-test-7 (1 file(s))"
    let job = reply
        .split_whitespace()
        .find(|w| w.starts_with(queue))
        .unwrap_or_else(|| panic!("{reply}"))
        .to_owned();
    let completed = (0..100).any(|_| {
        let listing = tool("lpstat", &["-W", "completed", "-o", queue]);
        let done = listing
            .lines()
            .any(|l| l.split_whitespace().next() == Some(job.as_str()));
        if !done {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        done
    });
    assert!(completed, "CUPS did not complete {job}");
    assert!(print::lp("madoguchi-no-such-queue", &pdf).is_err());
}
