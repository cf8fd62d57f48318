//! `madoguchi site build` and `/preapp/` on the hub: the folder a ward
//! hosts, the data exported from Rust into it, and the page's encoder
//! reproducing the pre-application vectors (node's test runner).
//!
//! `MADOGUCHI_BLESS_VECTORS=1` rewrites `tests/fixtures/preapp/tables.json`
//! (the code tables the node tests read) from the Rust export.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use madoguchi::config::hub::HubConfig;
use madoguchi::domain::Catalog;
use madoguchi::i18n::Lang;
use madoguchi::preapp::SecretKey;
use madoguchi::site::{self, SiteInput};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn web_tools_present() -> bool {
    root().join("assets/web/node_modules/esbuild").is_dir()
        && Command::new("node").arg("--version").output().is_ok()
}

fn skip_or_fail(what: &str) {
    let message =
        format!("{what}: node or assets/web/node_modules missing (run `bash scripts/setup.sh`)");
    if std::env::var_os("MADOGUCHI_REQUIRE_BROWSER").is_some() {
        panic!("{message}");
    }
    eprintln!("skipped: {message}");
}

fn sample_data(key: &SecretKey) -> site::SiteData {
    let catalog = Catalog::embedded();
    let hub = HubConfig::sample();
    let languages: Vec<Lang> = Lang::all().collect();
    site::site_data(&SiteInput {
        catalog: &catalog,
        offer_bundles: &["hikkoshi-tennyu".into(), "shomeisho".into()],
        offer_procedures: &["juminhyo-utsushi".into(), "no-such-procedure".into()],
        languages: &languages,
        default_language: Lang::ja(),
        office_name: "テスト区役所",
        services: &hub.services,
        office_key: key.public(),
    })
}

/// The JSON object of a `data.js`.
fn data_of(js: &str) -> Value {
    let json = js
        .strip_prefix("globalThis.MADOGUCHI_SITE = ")
        .and_then(|rest| rest.strip_suffix(";\n"))
        .expect("data.js is one assignment");
    serde_json::from_str(json).expect("data.js holds JSON")
}

#[test]
fn tables_fixture_is_the_rust_export() {
    let path = root().join("tests/fixtures/preapp/tables.json");
    let text = format!(
        "{}\n",
        serde_json::to_string_pretty(&madoguchi::preapp::cbor::code_tables()).unwrap()
    );
    if std::env::var_os("MADOGUCHI_BLESS_VECTORS").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "tables.json differs from preapp::cbor::code_tables() (MADOGUCHI_BLESS_VECTORS=1 rewrites it)"
    );
}

/// The catalogue the page's node tests read (tests/fixtures/site-catalog.json)
/// is the export of the shipped kiosk's offer, never an edited copy.
#[test]
fn site_catalog_fixture_is_the_rust_export() {
    let path = root().join("tests/fixtures/site-catalog.json");
    let kiosk = madoguchi::config::kiosk::KioskConfig::shipped("");
    let export = site::catalog_export(
        &kiosk.catalog().unwrap(),
        &kiosk.offer.bundles,
        &kiosk.offer.procedures,
    );
    let exported = serde_json::to_value(&export).unwrap();
    if std::env::var_os("MADOGUCHI_BLESS_VECTORS").is_some() {
        // One-space indent, as the file was first written.
        let mut text = Vec::new();
        let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
        serde::Serialize::serialize(
            &export,
            &mut serde_json::Serializer::with_formatter(&mut text, formatter),
        )
        .unwrap();
        text.push(b'\n');
        std::fs::write(&path, text).unwrap();
    }
    let stored: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(
        stored == exported,
        "site-catalog.json differs from site::catalog_export (MADOGUCHI_BLESS_VECTORS=1 rewrites it)"
    );
}

#[test]
fn data_js_exports_catalogue_tables_key_and_messages() {
    let key = SecretKey::derive(&[3; 32]);
    let data = data_of(&site::data_js(&sample_data(&key)));
    assert_eq!(data["schema"], 1);
    assert_eq!(data["office"]["name"], "テスト区役所");
    assert_eq!(data["office"]["public_key"], key.public().to_text());
    let raw: String = key
        .public()
        .to_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(data["office"]["public_key_raw"], raw);
    assert_eq!(data["preapp"]["format_version"], 1);
    assert_eq!(
        data["preapp"]["max_qr_version"],
        madoguchi::preapp::limits::DEFAULT_MAX_QR_VERSION
    );
    assert_eq!(
        data["preapp"]["tables"],
        serde_json::to_value(madoguchi::preapp::cbor::code_tables()).unwrap()
    );

    // Every language, in its own script, with the page's messages.
    let languages = data["languages"].as_array().unwrap();
    assert_eq!(languages.len(), 12);
    assert_eq!(languages[2]["native_name"], "English");
    for lang in Lang::all() {
        let ftl = data["messages"][lang.code()].as_str().unwrap();
        assert!(
            ftl.contains("procedures-juminhyo-utsushi ="),
            "{}",
            lang.code()
        );
        assert!(ftl.contains("fields-requester ="), "{}", lang.code());
    }
    assert_eq!(data["services"][0]["prefix"], "A");
    assert_eq!(data["services"][0]["titles"]["ja"], "証明書");
    assert_eq!(data["services"][0]["counters"][0], "1");

    // The offer as the kiosk's: unknown ids left out, the bundles' forms reachable.
    let catalog = &data["catalog"];
    assert_eq!(
        catalog["offer"]["procedures"],
        serde_json::json!(["juminhyo-utsushi"])
    );
    assert_eq!(
        catalog["offer"]["bundles"],
        serde_json::json!(["hikkoshi-tennyu", "shomeisho"])
    );
    let procedure = |id: &str| {
        catalog["procedures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap_or_else(|| panic!("{id} exported"))
            .clone()
    };
    let juminhyo = procedure("juminhyo-utsushi");
    assert_eq!(juminhyo["service"], "A");
    assert_eq!(juminhyo["fee"]["yen"], 300);
    assert_eq!(juminhyo["fee"]["copies"], "juminhyo-utsushi.copies");
    assert!(
        juminhyo["documents"]
            .as_array()
            .unwrap()
            .contains(&"procedures-doc-identity".into())
    );
    let requester = juminhyo["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "requester")
        .unwrap();
    assert_eq!(requester["kind"], "choice");
    assert_eq!(requester["key"], "juminhyo-utsushi.requester");
    assert_eq!(requester["options"][0]["value"], "self");
    let name = juminhyo["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == "applicant.name")
        .unwrap();
    assert_eq!(name["shared"], true);
    assert_eq!(name["kind"], "text");
    assert!(
        juminhyo["rules"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["rule"] == "required-if")
    );
    let tennyu = procedure("tennyu");
    assert!(
        tennyu["fields"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "household" && f["relationships"].is_array())
    );
    let bundle = &catalog["bundles"][0];
    assert_eq!(bundle["id"], "hikkoshi-tennyu");
    assert_eq!(bundle["procedures"][0], "tennyu");
    assert_eq!(bundle["transcribe"][0]["from"], "move.date");
    assert_eq!(bundle["preset"]["kokuho-kanyu.reason"], "moved-in");
    assert_eq!(catalog["prefectures"].as_array().unwrap().len(), 47);
    assert_eq!(catalog["member_parts"][0], "name");

    // Nothing in the data can close the script element it is loaded by.
    let mut hostile = sample_data(&key);
    hostile.office.name = "</script><script>alert(1)</script>".into();
    let js = site::data_js(&hostile);
    assert!(!js.contains("</script>"));
    assert_eq!(data_of(&js)["office"]["name"], hostile.office.name);
}

fn keygen(dir: &Path) -> SecretKey {
    let key = SecretKey::generate();
    std::fs::write(dir.join("office.pub"), key.public().to_text()).unwrap();
    key
}

/// `madoguchi site build`, with a data directory of its own (no postal
/// index unless `extra` names one with `--postal-data`).
fn site_build(out: &Path, key_file: &Path, extra: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .current_dir(root())
        .args(["site", "build", "--office-key"])
        .arg(key_file)
        .arg("--out")
        .arg(out)
        .arg("--data-dir")
        .arg(out.with_extension("data"))
        .args(extra)
        .output()
        .unwrap()
}

/// The shipped excerpt of Japan Post's file, imported into `dir/postal`.
fn postal_excerpt(dir: &Path) -> PathBuf {
    let postal = dir.join("postal");
    postal_excerpt_into(&postal);
    postal
}

fn postal_excerpt_into(dir: &Path) {
    madoguchi::postal::import(
        &root().join("tests/fixtures/postal/utf_ken_all_excerpt.csv"),
        dir,
    )
    .unwrap();
}

#[test]
fn site_build_writes_a_folder_to_host_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let key = keygen(dir.path());
    let out = dir.path().join("site");
    let result = site_build(&out, &dir.path().join("office.pub"), &[]);
    let stderr = String::from_utf8_lossy(&result.stderr);
    if let Err(missing) = site::page::files() {
        // A binary built without node says how to get the page.
        assert!(!result.status.success());
        assert!(stderr.contains("scripts/setup.sh"), "{stderr}");
        skip_or_fail(&format!("site build ({missing})"));
        return;
    }
    assert!(result.status.success(), "{stderr}");
    let report: Value = serde_json::from_slice(&result.stdout).unwrap();
    assert_eq!(
        report["files"],
        serde_json::json!(["app.css", "app.js", "data.js", "index.html"])
    );
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    let policy = html
        .split("http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a Content-Security-Policy meta element");
    for directive in [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
    ] {
        assert!(policy.contains(directive), "{policy}");
    }
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(html.contains("data.js"));
    let data = data_of(&std::fs::read_to_string(out.join("data.js")).unwrap());
    assert_eq!(data["office"]["public_key"], key.public().to_text());
    // The shipped kiosk's offer and the shipped hub's office.
    assert_eq!(data["office"]["name"], "まどぐち区役所 1階");
    assert_eq!(data["catalog"]["offer"]["bundles"][0], "shomeisho");
    // No postal index: no postal files, and the page does not look codes up.
    assert_eq!(data["postal"], false);
    assert_eq!(report["postal_files"], 0);
    assert!(!out.join("postal").exists());
    assert!(policy.contains("connect-src 'self'"), "{policy}");

    // With one: a file per three-digit prefix, in the layout src/site/postal.rs documents.
    let postal = postal_excerpt(dir.path());
    let with_postal = dir.path().join("site-postal");
    let result = site_build(
        &with_postal,
        &dir.path().join("office.pub"),
        &["--postal-data".as_ref(), postal.as_os_str()],
    );
    assert!(result.status.success());
    let report: Value = serde_json::from_slice(&result.stdout).unwrap();
    let data = data_of(&std::fs::read_to_string(with_postal.join("data.js")).unwrap());
    assert_eq!(data["postal"], true);
    let written = std::fs::read_dir(with_postal.join("postal"))
        .unwrap()
        .count();
    assert_eq!(report["postal_files"], written);
    let file: Value =
        serde_json::from_slice(&std::fs::read(with_postal.join("postal/111.json")).unwrap())
            .unwrap();
    let towns = file["codes"]["0031"].as_array().unwrap();
    assert_eq!(towns.len(), 1);
    let area = towns[0][0].as_u64().unwrap() as usize;
    assert_eq!(file["areas"][area], serde_json::json!(["東京都", "台東区"]));
    assert_eq!(towns[0][1], "千束");
    // Asked for by name, a missing index is an error, not a page without postal data.
    let result = site_build(
        &dir.path().join("site-missing"),
        &dir.path().join("office.pub"),
        &[
            "--postal-data".as_ref(),
            dir.path().join("nowhere").as_os_str(),
        ],
    );
    assert!(!result.status.success());
}

#[test]
fn site_build_refuses_a_secret_key_file() {
    let dir = tempfile::tempdir().unwrap();
    let key = SecretKey::generate();
    let file = dir.path().join("office.key");
    std::fs::write(&file, key.to_text()).unwrap();
    let result = site_build(&dir.path().join("site"), &file, &[]);
    assert!(!result.status.success());
    assert!(!dir.path().join("site/data.js").exists());
}

#[test]
fn hub_serves_the_page_at_preapp() {
    let dir = tempfile::tempdir().unwrap();
    let key = madoguchi::site::serve::throwaway_office_key(dir.path()).unwrap();
    let hub = madoguchi::ui::demo::EmbeddedHub::start(HubConfig::sample(), dir.path()).unwrap();
    let get = |path: &str| {
        hub.runtime.block_on(async {
            let response = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap()
                .get(format!("{}{path}", hub.url))
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let policy = response
                .headers()
                .get("content-security-policy")
                .map(|v| v.to_str().unwrap().to_owned());
            (status, policy, response.text().await.unwrap())
        })
    };
    assert_eq!(get("/preapp").0, 308);
    let (status, policy, body) = get("/preapp/");
    if site::page::files().is_err() {
        assert_eq!(status, 503);
        assert!(body.contains("scripts/setup.sh"), "{body}");
        skip_or_fail("/preapp/ on the hub");
        return;
    }
    assert_eq!(status, 200);
    assert!(policy.unwrap().contains("connect-src 'self'"));
    assert!(body.contains("Content-Security-Policy"));
    let (status, _, js) = get("/preapp/data.js");
    assert_eq!(status, 200);
    assert_eq!(data_of(&js)["office"]["public_key"], key.public().to_text());
    assert_eq!(get("/preapp/nothing.js").0, 404);
    // The page's postal files come from the hub's index as it stands: none
    // yet, then the excerpt imported while the hub runs.
    assert_eq!(get("/preapp/postal/111.json").0, 404);
    postal_excerpt_into(dir.path());
    let (status, _, body) = get("/preapp/postal/111.json");
    assert_eq!(status, 200);
    let file: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(file["codes"]["0031"][0][1], "千束");
    assert_eq!(get("/preapp/postal/000.json").0, 404);
    assert_eq!(get("/preapp/postal/1.json").0, 404);
    assert_eq!(data_of(&js)["postal"], true);
    // The hub's API is unchanged beside it.
    assert_eq!(get("/healthz").2, "ok");
}

#[test]
fn hub_without_an_office_key_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    let hub = madoguchi::ui::demo::EmbeddedHub::start(HubConfig::sample(), dir.path()).unwrap();
    let (status, body) = hub.runtime.block_on(async {
        let response = reqwest::get(format!("{}/preapp/", hub.url)).await.unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    });
    assert_eq!(status, 503);
    assert!(body.contains("madoguchi keygen"), "{body}");
}

/// The page's node tests (assets/web/test/*.test.mjs): the encoder against
/// every vector, the shared validation cases, the interview against the
/// kiosk's. Run here so the README's one test command runs them all.
#[test]
fn page_node_tests_pass() {
    if !web_tools_present() {
        skip_or_fail("node tests of the page");
        return;
    }
    let web: PathBuf = root().join("assets/web");
    let mut files: Vec<String> = std::fs::read_dir(web.join("test"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".test.mjs"))
        .map(|name| format!("test/{name}"))
        .collect();
    files.sort();
    assert!(
        files.iter().any(|f| f.ends_with("vectors.test.mjs")),
        "{files:?}"
    );
    let output = Command::new("node")
        .current_dir(&web)
        .arg("--test")
        .args(&files)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
