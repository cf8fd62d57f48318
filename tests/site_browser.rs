//! The resident's page in a real browser (Debian's Chromium, headless, over
//! the DevTools protocol): `node assets/web/test/browser/run.mjs` drives the
//! page's scenarios to the QR and screenshots it; here each screenshot is
//! read by the kiosk's scan pipeline (`madoguchi scan`), the parts decoded
//! with the office key, and the form compared with its fixture. No request
//! may leave the page after load, nothing may be stored, axe-core must find
//! no violation.
//!
//! Skipped (with a message) only when Chromium or assets/web/node_modules is
//! absent; `.ci/run` installs both and sets `MADOGUCHI_REQUIRE_BROWSER=1`, so
//! there a missing browser fails instead.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod browser_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use browser_support::{browser_ready, root, web};
use madoguchi::config::hub::HubConfig;
use madoguchi::domain::Catalog;
use madoguchi::i18n::Lang;
use madoguchi::preapp::{DecodeOptions, Form, SecretKey, decode_all};
use madoguchi::scan::cli::{ScanArgs, scan_to};
use madoguchi::site::{self, SiteInput};
use serde_json::Value;

fn fixture(name: &str) -> Form {
    let path = root().join(format!("tests/fixtures/preapp/{name}.json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn node(args: &[&std::ffi::OsStr], only: Option<&str>) {
    let mut command = Command::new("node");
    command.current_dir(web()).args(args);
    if let Some(names) = only {
        command.env("MADOGUCHI_SCENARIOS", names);
    }
    let output = command.output().expect("node runs");
    assert!(
        output.status.success(),
        "node {args:?}\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs the scenarios against `site_dir`; returns results.json.
/// `only`: the scenario names to run (MADOGUCHI_SCENARIOS), else all and the timings.
fn run_scenarios(site_dir: &Path, out: &Path, modules: &[&Path], only: Option<&str>) -> Value {
    let runner = web().join("test/browser/run.mjs");
    let mut args = vec![runner.as_os_str(), site_dir.as_os_str(), out.as_os_str()];
    args.extend(modules.iter().map(|m| m.as_os_str()));
    node(&args, only);
    serde_json::from_str(&std::fs::read_to_string(out.join("results.json")).unwrap()).unwrap()
}

/// QR texts in the screenshots, read by the kiosk's pipeline.
fn scan(shots: &[PathBuf]) -> Vec<String> {
    let mut out = Vec::new();
    scan_to(
        &ScanArgs {
            files: shots.to_vec(),
            lang: "en".into(),
        },
        &mut out,
    )
    .unwrap();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|line| {
            let line: Value = serde_json::from_str(line).unwrap();
            let codes = line["codes"].as_array().unwrap();
            assert_eq!(codes.len(), 1, "one QR code in {line}");
            codes[0].as_str().unwrap().to_owned()
        })
        .collect()
}

/// Every scenario's QR decodes to its fixture; no request, storage or axe finding.
fn check_results(results: &Value, key: &SecretKey, axe_clean: bool) -> usize {
    let scenarios = results["scenarios"].as_array().unwrap();
    assert!(!scenarios.is_empty(), "no scenario ran");
    for s in scenarios {
        let name = s["name"].as_str().unwrap();
        assert_eq!(s["errors"], serde_json::json!([]), "{name}");
        assert_eq!(
            s["requests_after_load"],
            serde_json::json!([]),
            "{name}: requests after load"
        );
        // The page's own postal files are the one exception: found, and each
        // prefix fetched once at most.
        let postal = s["postal_requests"].as_array().unwrap();
        for request in postal {
            assert_eq!(request["status"], 200, "{name}: {request}");
        }
        let mut urls: Vec<&str> = postal.iter().filter_map(|r| r["url"].as_str()).collect();
        urls.dedup();
        assert_eq!(urls.len(), postal.len(), "{name}: a postal file twice");
        assert_eq!(
            s["problems"],
            serde_json::json!([]),
            "{name}: page problems"
        );
        for store in ["localStorage", "sessionStorage", "cookies"] {
            assert_eq!(
                s["storage"][store],
                serde_json::json!([]),
                "{name}: {store}"
            );
        }
        if axe_clean {
            assert_eq!(s["axe"], serde_json::json!([]), "{name}: axe-core");
        }
        let shots: Vec<PathBuf> = s["shots"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| PathBuf::from(p.as_str().unwrap()))
            .collect();
        assert!(!shots.is_empty(), "{name}: no QR captured");
        let texts = scan(&shots);
        let options = DecodeOptions {
            key: Some(key.clone()),
            accept_plain: false,
            now: None,
        };
        let app =
            decode_all(&texts, &options).unwrap_or_else(|e| panic!("{name}: {e:?} from {texts:?}"));
        let expected = fixture(s["fixture"].as_str().unwrap());
        let mut got = app.form.clone();
        // The page writes the language the resident used.
        assert_eq!(
            got.language.code(),
            s["lang"].as_str().unwrap(),
            "{name}: language"
        );
        if let Some(asked) = s.get("expected_form") {
            // What the scenario answered through the page is what the QR holds.
            let asked: Form = serde_json::from_value(asked.clone()).unwrap();
            assert_eq!(app.form, asked, "{name}: the scenario's answers");
        }
        // Against the fixture: the same forms, household and values; a fixture
        // field may only be missing when the interview does not ask it (a
        // required-if whose condition the answers do not meet).
        got.language = expected.language;
        assert_eq!(got.procedures, expected.procedures, "{name}");
        assert_eq!(got.household, expected.household, "{name}");
        for (key, value) in &got.fields {
            assert_eq!(expected.fields.get(key), Some(value), "{name}: {key}");
        }
        let not_asked: Vec<&String> = expected
            .fields
            .keys()
            .filter(|k| !got.fields.contains_key(*k))
            .collect();
        if !not_asked.is_empty() {
            assert!(
                s.get("expected_form").is_some(),
                "{name}: {not_asked:?} missing"
            );
            eprintln!("{name}: fixture fields the interview does not ask: {not_asked:?}");
        }
        assert_eq!((app.expires - app.created).num_days(), 14, "{name}");
    }
    scenarios.len()
}

fn data_for(key: &SecretKey) -> String {
    let catalog = Catalog::embedded();
    let hub = HubConfig::sample();
    let languages: Vec<Lang> = Lang::all().collect();
    site::data_js(&site::site_data(&SiteInput {
        catalog: &catalog,
        offer_bundles: &["hikkoshi-tennyu".into()],
        offer_procedures: &["juminhyo-utsushi".into()],
        languages: &languages,
        default_language: Lang::ja(),
        office_name: "テスト区役所",
        services: &hub.services,
        office_key: key.public(),
    }))
}

/// A page of this test's own, on the real encoder and the real data.js:
/// proves the plumbing (server, browser, screenshots, scan, decode,
/// multi-part) independently of the resident page's screens.
const PLUMBING_MAIN: &str = r##"
import { encodePreapp, qrModules } from "ENCODER";
const site = globalThis.MADOGUCHI_SITE;
const fixtures = globalThis.PLUMBING_FIXTURES;
document.getElementById("go").addEventListener("click", async () => {
  const form = { ...fixtures[document.getElementById("form").value], language: document.documentElement.lang };
  const key = Uint8Array.from(site.office.public_key_raw.match(/../g), (h) => parseInt(h, 16));
  const { texts } = await encodePreapp(form, {
    tables: site.preapp.tables,
    officeKey: key,
    validityDays: site.preapp.validity_days,
    maxQrVersion: Number(document.getElementById("max").value),
  });
  const box = document.getElementById("qr");
  box.replaceChildren();
  texts.forEach((text, i) => {
    const m = qrModules(text);
    const n = m.length + 8;
    let d = "";
    m.forEach((row, r) => row.forEach((dark, c) => { if (dark) d += `M${c + 4} ${r + 4}h1v1h-1z`; }));
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", `0 0 ${n} ${n}`);
    svg.setAttribute("width", String(n * 5));
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", `QR ${i + 1} / ${texts.length}`);
    svg.setAttribute("data-qr-part", String(i + 1));
    svg.innerHTML = `<rect width="${n}" height="${n}" fill="#fff"/><path d="${d}" fill="#000"/>`;
    box.append(svg);
  });
});
"##;

const PLUMBING_HTML: &str = r##"<!doctype html><html lang="LANG"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; img-src 'self' data:; connect-src 'none'">
<link rel="icon" href="data:,"><title>plumbing</title></head>
<body><main><label for="form">Form</label><select id="form"><option>juminhyo</option><option>tennyu-household-4</option></select>
<label for="max">Largest QR version</label><input id="max" value="MAX">
<button id="go" type="button">Make the QR</button><div id="qr"></div></main>
<script src="data.js"></script><script src="fixtures.js"></script><script type="module" src="app.js"></script></body></html>
"##;

const PLUMBING_SCENARIOS: &str = r##"
const make = (fixture) => async (s) => {
  await s.page.select("#form", fixture);
  await s.page.click("#go");
  await s.page.waitForSelector("[data-qr-part]");
  const parts = await s.page.$$eval("[data-qr-part]", (e) => e.length);
  for (let i = 1; i <= parts; i++) await s.captureQr(`[data-qr-part="${i}"]`);
};
export default [
  { name: "plumbing-juminhyo", fixture: "juminhyo", lang: "LANG", run: make("juminhyo") },
  { name: "plumbing-tennyu", fixture: "tennyu-household-4", lang: "LANG", run: make("tennyu-household-4") },
];
"##;

fn plumbing_site(dir: &Path, key: &SecretKey, lang: &str, max_version: u8) -> (PathBuf, PathBuf) {
    let site_dir = dir.join(format!("site-{lang}"));
    std::fs::create_dir_all(&site_dir).unwrap();
    let encoder = web().join("src/payload/index.js");
    let main = dir.join(format!("main-{lang}.js"));
    std::fs::write(
        &main,
        PLUMBING_MAIN.replace("ENCODER", &encoder.display().to_string()),
    )
    .unwrap();
    let bundle = format!(
        "require('esbuild').build({{entryPoints:[{main:?}],bundle:true,format:'esm',outfile:{out:?},logLevel:'warning'}})",
        main = main.display().to_string(),
        out = site_dir.join("app.js").display().to_string(),
    );
    node(&["-e".as_ref(), bundle.as_ref()], None);
    std::fs::write(
        site_dir.join("index.html"),
        PLUMBING_HTML
            .replace("LANG", lang)
            .replace("MAX", &max_version.to_string()),
    )
    .unwrap();
    std::fs::write(site_dir.join("data.js"), data_for(key)).unwrap();
    let fixtures = serde_json::json!({
        "juminhyo": fixture("juminhyo"),
        "tennyu-household-4": fixture("tennyu-household-4"),
    });
    std::fs::write(
        site_dir.join("fixtures.js"),
        format!("globalThis.PLUMBING_FIXTURES = {fixtures};\n"),
    )
    .unwrap();
    let scenarios = dir.join(format!("scenarios-{lang}.mjs"));
    std::fs::write(&scenarios, PLUMBING_SCENARIOS.replace("LANG", lang)).unwrap();
    (site_dir, scenarios)
}

#[test]
fn plumbing_page_qr_reads_back_through_scan_and_decode() {
    if !browser_ready("browser plumbing test") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = SecretKey::generate();
    // Japanese with the default split (one code each), English split into
    // parts of version 8 at most (the household becomes several codes).
    for (lang, max_version) in [("ja", 20), ("en", 8)] {
        let (site_dir, scenarios) = plumbing_site(dir.path(), &key, lang, max_version);
        let out = dir.path().join(format!("out-{lang}"));
        let results = run_scenarios(&site_dir, &out, &[&scenarios], None);
        assert_eq!(check_results(&results, &key, true), 2);
        let parts = results["scenarios"][1]["shots"].as_array().unwrap().len();
        assert_eq!(parts > 1, max_version == 8, "{lang}: {parts} part(s)");
    }
}

/// The real page, built by `site build`, through the scenarios of
/// assets/web/test/browser/scenarios*.mjs.
#[test]
fn resident_page_scenarios_give_qr_codes_that_decode_to_the_fixtures() {
    if !browser_ready("resident page browser test") {
        return;
    }
    let has_scenarios = std::fs::read_dir(web().join("test/browser"))
        .unwrap()
        .filter_map(Result::ok)
        .any(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with("scenarios") && name.ends_with(".mjs")
        });
    if let Err(missing) = site::page::files() {
        panic!("{missing}");
    }
    if !has_scenarios {
        eprintln!(
            "skipped resident page browser test: no scenarios*.mjs in assets/web/test/browser yet"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = SecretKey::generate();
    std::fs::write(dir.path().join("office.pub"), key.public().to_text()).unwrap();
    // With the postal data set-up brings (the whole of Japan), as a ward builds it.
    let postal_dir = dir.path().join("postal");
    let postal_source = madoguchi::postal::shipped_source()
        .expect("scripts/setup.sh fetches the postal data the page's files are built from");
    madoguchi::postal::import(&postal_source, &postal_dir).unwrap();
    let site_dir = site_build(dir.path(), "site", 20, Some(&postal_dir));
    let results = run_scenarios(&site_dir, &dir.path().join("out"), &[], None);
    let ran = check_results(&results, &key, true);
    // Every scenario typed a postal code before an address: one file each,
    // for the code's prefix, and the town came from it.
    for s in results["scenarios"].as_array().unwrap() {
        let postal = s["postal_requests"].as_array().unwrap();
        assert_eq!(postal.len(), 1, "{}: {postal:?}", s["name"]);
        assert!(
            postal[0]["url"]
                .as_str()
                .unwrap()
                .ends_with("/postal/111.json"),
            "{postal:?}"
        );
        eprintln!(
            "measure: {} postal file {} bytes",
            s["name"], postal[0]["bytes"]
        );
    }
    // Both fixtures, in Japanese and in another language.
    let scenarios = results["scenarios"].as_array().unwrap();
    for fixture in ["juminhyo", "tennyu-household-4"] {
        let langs: Vec<&str> = scenarios
            .iter()
            .filter(|s| s["fixture"] == fixture)
            .filter_map(|s| s["lang"].as_str())
            .collect();
        assert!(langs.contains(&"ja"), "{fixture} in Japanese: {langs:?}");
        assert!(
            langs.iter().any(|l| *l != "ja"),
            "{fixture} in another language: {langs:?}"
        );
    }
    eprintln!("{ran} resident page scenarios passed");
    for s in scenarios {
        eprintln!(
            "measure: {} taps {} characters {} QR part(s) {}",
            s["name"],
            s["taps"],
            s["characters"],
            s["shots"].as_array().unwrap().len()
        );
    }
    eprintln!("measure: {}", results["measures"]);

    // A site that splits above QR version 8: the household comes in parts,
    // each screenshot read on its own and reassembled by the decoder.
    let split_dir = site_build(dir.path(), "site-split", 8, None);
    let results = run_scenarios(
        &split_dir,
        &dir.path().join("out-split"),
        &[],
        Some("tennyu-household-4-en"),
    );
    assert_eq!(check_results(&results, &key, true), 1);
    let parts = results["scenarios"][0]["shots"].as_array().unwrap().len();
    assert!(parts > 1, "{parts} part(s)");
}

/// `madoguchi site build` into `dir/name`, sealed to `dir/office.pub`, with
/// the postal index in `postal` (else none: the data directory is `dir`'s own).
fn site_build(dir: &Path, name: &str, max_qr_version: u8, postal: Option<&Path>) -> PathBuf {
    let out = dir.join(name);
    let mut command = Command::new(env!("CARGO_BIN_EXE_madoguchi"));
    command
        .current_dir(root())
        .args(["site", "build", "--office-key"])
        .arg(dir.join("office.pub"))
        .arg("--out")
        .arg(&out)
        .arg("--max-qr-version")
        .arg(max_qr_version.to_string())
        .arg("--data-dir")
        .arg(dir.join("data"));
    if let Some(postal) = postal {
        command.arg("--postal-data").arg(postal);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    out
}
