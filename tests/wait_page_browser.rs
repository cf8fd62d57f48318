//! The waiting pages (`site::wait_page::files()`, docs/wait-anywhere.md) in
//! headless Chromium: a folder laid out as the contract says, with data files
//! written here as the contract shows them, served over loopback HTTP by the
//! browser harness (assets/web/test/browser/wait.mjs drives the pages). The
//! texts expected are the locale files' own, rendered by the Rust i18n.
//!
//! Skipped (with a message) only when Chromium or assets/web/node_modules is
//! absent; under `.ci/run` (`MADOGUCHI_REQUIRE_BROWSER=1`) that fails.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod browser_support;

use std::path::Path;
use std::process::Command;

use browser_support::{browser_ready, web};
use chrono::{DateTime, Utc};
use madoguchi::i18n::{Arg, I18n, Lang};
use madoguchi::site::wait_page;
use serde_json::{Value, json};

const TIME_ZONE: chrono_tz::Tz = chrono_tz::Asia::Tokyo;
/// Long enough that no fresh file turns stale while the browser runs.
const FRESH_FOR_SECONDS: u64 = 3600;

/// Ticket ids as the contract makes them: 22 characters of base64url.
const WAITING: &str = "Wq3x9Lk2Pz8Rt5Vn1Bc4Dd";
const CALLED: &str = "Cc7h2Jm9Qa4Xs6Ty0Ue3Fg";
const NEAR: &str = "Nn5k8Hb1Yw3Zr7Mp2Ea6Gh";
const STALE: &str = "St0v4Ix7Ko2Lq9Aj5Wd8Fi";
const UNKNOWN: &str = "Uk1m6Og3Pr8Ts0Vy4Xb7Zc";
const ALERTS: &str = "Al9e2Rt4Sx6Yz8Qw1Ev3Bn";
const EVENTS: &str = "Ev5n7Ts2Rl4Ay6Kb8Mc0Pd";

fn names(ja: &str, en: &str) -> Value {
    json!({ "ja": ja, "en": en })
}

fn rfc3339(time: DateTime<Utc>) -> String {
    time.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// `data/offices/OFFICE.json`, as the contract shows it.
fn office(
    id: &str,
    name: Value,
    updated: DateTime<Utc>,
    stale_after: u64,
    services: Value,
) -> Value {
    json!({
        "v": 1,
        "office": id,
        "office_name": name,
        "time_zone": "Asia/Tokyo",
        "updated_at": rfc3339(updated),
        "stale_after_seconds": stale_after,
        "services": services,
    })
}

/// `data/tickets/ID.json`, as the contract shows it (a static target: no `events`).
fn ticket(
    updated: DateTime<Utc>,
    stale_after: u64,
    state: &str,
    ahead: u32,
    counter: Option<&str>,
) -> Value {
    json!({
        "v": 1,
        "office": "honcho",
        "office_name": names("本庁舎", "Main Office"),
        "time_zone": "Asia/Tokyo",
        "updated_at": rfc3339(updated),
        "stale_after_seconds": stale_after,
        "ticket": {
            "number": "A-012",
            "service": "A",
            "service_name": names("証明書", "Certificates"),
            "lang": "en",
            "state": state,
            "ahead": ahead,
            "estimated_wait_minutes": ahead * 3,
            "counter": counter,
            "expires_at": "2099-12-31T15:00:00Z",
        },
    })
}

fn write_json(path: &Path, value: &Value) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, serde_json::to_vec_pretty(value).unwrap()).unwrap();
}

fn tr(lang: &str, key: &str, args: &[(&str, Arg)]) -> String {
    I18n::embedded().tr_args(&Lang::parse(lang).unwrap(), key, args)
}

#[test]
fn waiting_pages_show_the_ticket_its_call_staleness_and_the_ward_in_chromium() {
    if !browser_ready("waiting pages browser test") {
        return;
    }
    let files = wait_page::files().unwrap_or_else(|missing| panic!("{missing}"));
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    madoguchi::site::write(&site, &files).unwrap();

    let now = Utc::now();
    let long_ago = now - chrono::Duration::minutes(10);
    let tickets = site.join("data/tickets");
    write_json(
        &tickets.join(format!("{WAITING}.json")),
        &ticket(now, FRESH_FOR_SECONDS, "waiting", 5, None),
    );
    write_json(
        &tickets.join(format!("{CALLED}.json")),
        &ticket(now, FRESH_FOR_SECONDS, "waiting", 1, None),
    );
    let called_variant = dir.path().join("variants/called.json");
    write_json(
        &called_variant,
        &ticket(now, FRESH_FOR_SECONDS, "called", 0, Some("2")),
    );
    write_json(
        &tickets.join(format!("{NEAR}.json")),
        &ticket(now, FRESH_FOR_SECONDS, "waiting", 3, None),
    );
    write_json(
        &tickets.join(format!("{STALE}.json")),
        &ticket(long_ago, 30, "waiting", 2, None),
    );
    // UNKNOWN has no file: the server answers 404, as for an expired id.
    write_json(
        &tickets.join(format!("{ALERTS}.json")),
        &ticket(now, FRESH_FOR_SECONDS, "waiting", 5, None),
    );
    let alerts_near = dir.path().join("variants/alerts-near.json");
    write_json(
        &alerts_near,
        &ticket(now, FRESH_FOR_SECONDS, "waiting", 3, None),
    );
    // As a relay serves it: the file names the ticket's event stream.
    let with_events = |mut file: Value| {
        file["events"] = json!(format!("events/tickets/{EVENTS}"));
        file
    };
    write_json(
        &tickets.join(format!("{EVENTS}.json")),
        &with_events(ticket(now, FRESH_FOR_SECONDS, "waiting", 2, None)),
    );
    let events_called = dir.path().join("variants/events-called.json");
    write_json(
        &events_called,
        &with_events(ticket(now, FRESH_FOR_SECONDS, "called", 0, Some("3"))),
    );
    let events_done = dir.path().join("variants/events-done.json");
    write_json(
        &events_done,
        &with_events(ticket(now, FRESH_FOR_SECONDS, "done", 0, None)),
    );
    let alerts_called = dir.path().join("variants/alerts-called.json");
    write_json(
        &alerts_called,
        &ticket(now, FRESH_FOR_SECONDS, "called", 0, Some("4")),
    );

    let honcho = office(
        "honcho",
        names("本庁舎", "Main Office"),
        now,
        FRESH_FOR_SECONDS,
        json!([
            {
                "code": "B",
                "name": names("転入・転出", "Moving in and out"),
                "waiting": 7,
                "estimated_wait_minutes": 25,
                "called": [],
            },
            {
                "code": "A",
                "name": names("証明書", "Certificates"),
                "waiting": 4,
                "estimated_wait_minutes": 12,
                "called": [{ "number": "A-003", "counter": "2" }, { "number": "A-002", "counter": "1" }],
            },
        ]),
    );
    let kita = office(
        "kita",
        names("北区民事務所", "Kita Branch Office"),
        long_ago,
        30,
        json!([{
            "code": "A",
            "name": names("証明書", "Certificates"),
            "waiting": 1,
            "estimated_wait_minutes": 3,
            "called": [{ "number": "A-101", "counter": "1" }],
        }]),
    );
    for o in [&honcho, &kita] {
        write_json(
            &site.join(format!(
                "data/offices/{}.json",
                o["office"].as_str().unwrap()
            )),
            o,
        );
    }
    // The newest of the offices'.
    let ward = json!({ "v": 1, "updated_at": honcho["updated_at"], "offices": [kita, honcho] });
    write_json(&site.join("data/ward.json"), &ward);
    write_json(&site.join("open/congestion.json"), &ward);

    let plan = dir.path().join("plan.json");
    write_json(
        &plan,
        &json!({
            "ids": {
                "waiting": WAITING, "called": CALLED, "near": NEAR, "stale": STALE,
                "unknown": UNKNOWN, "alerts": ALERTS, "events": EVENTS,
            },
            "events_called": events_called,
            "events_done": events_done,
            "alert_target": tickets.join(format!("{ALERTS}.json")),
            "alert_variants": [[alerts_near, "near"], [alerts_called, "called"]],
            "called_variant": called_variant,
            "called_target": tickets.join(format!("{CALLED}.json")),
            "switch_to": "ko",
            "width": 320,
        }),
    );
    let out = dir.path().join("out");
    let runner = web().join("test/browser/wait.mjs");
    let output = Command::new("node")
        .current_dir(web())
        .arg(&runner)
        .arg(&site)
        .arg(&out)
        .arg(&plan)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    // MADOGUCHI_KEEP_SHOTS=DIR keeps the screenshots and results.json, to look at.
    if let Some(keep) = std::env::var_os("MADOGUCHI_KEEP_SHOTS") {
        std::fs::create_dir_all(&keep).unwrap();
        for entry in std::fs::read_dir(&out).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "png" || e == "json") {
                std::fs::copy(&path, Path::new(&keep).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    let results: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("results.json")).unwrap()).unwrap();
    let scenarios: Vec<&Value> = results["scenarios"].as_array().unwrap().iter().collect();
    let scenario = |name: &str| -> &Value {
        scenarios
            .iter()
            .find(|s| s["name"] == name)
            .unwrap_or_else(|| panic!("no scenario {name}"))
    };

    // Every page: no error, nothing but the served origin, nothing stored, axe-core clean.
    for s in &scenarios {
        let name = s["name"].as_str().unwrap();
        assert_eq!(s["errors"], json!([]), "{name}");
        assert_eq!(s["foreign_requests"], json!([]), "{name}");
        let problems: Vec<&str> = s["problems"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            // Chromium logs the answers these scenarios provoke: the unknown
            // ticket's 404 (by contract), the refused stream's 503.
            .filter(|p| {
                !(name == "ticket-unknown" && p.contains("status of 404")
                    || name == "ticket-events" && p.contains("status of 503"))
            })
            .collect();
        assert!(problems.is_empty(), "{name}: {problems:?}");
        assert_eq!(s["axe"], json!([]), "{name}: axe-core");
        for store in ["localStorage", "sessionStorage", "cookies"] {
            assert_eq!(s["storage"][store], json!([]), "{name}: {store}");
        }
        if let Some(texts) = s.get("texts") {
            assert_eq!(
                texts["horizontal_scroll"], false,
                "{name}: scrolls sideways at 320 px"
            );
            let shown = texts["body_text"].as_str().unwrap();
            for leftover in ["null", "undefined", "wait-", "{"] {
                assert!(!shown.contains(leftover), "{name}: {leftover} in {shown}");
            }
        }
    }

    let count = |n: u32| Arg::from(i64::from(n));
    let counter = || Arg::from("2");

    // Waiting, in Japanese (the URL's language over the browser's English).
    let ja = &scenario("ticket-ja")["texts"];
    assert_eq!(ja["html_lang"], "ja");
    assert_eq!(ja["number"], "A-012");
    assert_eq!(ja["number_visible"], true, "{ja}");
    assert!(ja["number_font_px"].as_f64().unwrap() >= 48.0, "{ja}");
    assert_eq!(ja["office"], "本庁舎");
    assert_eq!(ja["ahead"], tr("ja", "wait-ahead", &[("count", count(5))]));
    assert_eq!(ja["updated"], tr("ja", "wait-live", &[]));
    assert_eq!(ja["notice"], "");
    assert_eq!(ja["old"], false);
    assert_eq!(ja["language_label"], tr("ja", "wait-language", &[]));

    // No language in the URL: the ticket's own, English.
    let en = &scenario("ticket-en")["texts"];
    assert_eq!(en["html_lang"], "en");
    assert_eq!(en["office"], "Main Office");
    assert_eq!(en["ahead"], tr("en", "wait-ahead", &[("count", count(5))]));
    assert_eq!(en["ahead"], "5 people ahead of you");
    assert_eq!(en["number_visible"], true);

    // Switched to Korean with the header's switcher; the URL keeps it.
    let ko = &scenario("ticket-switched")["texts"];
    assert_eq!(ko["html_lang"], "ko");
    assert_eq!(ko["ahead"], tr("ko", "wait-ahead", &[("count", count(5))]));
    assert_eq!(ko["language_label"], tr("ko", "wait-language", &[]));
    assert!(ko["url"].as_str().unwrap().ends_with("lang=ko"), "{ko}");

    // Called: the file changed under the open page, its polling showed the counter.
    let called = scenario("ticket-called");
    assert_eq!(called["before"]["state"], "waiting");
    assert_eq!(called["texts"]["state"], "called");
    assert_eq!(
        called["texts"]["counter"],
        tr("ja", "wait-counter", &[("counter", counter())])
    );
    // The live region says both: called, and the counter.
    assert_eq!(
        called["texts"]["notice"],
        format!(
            "{}{}",
            tr("ja", "wait-called", &[]),
            tr("ja", "wait-counter", &[("counter", counter())])
        )
    );
    assert_eq!(called["texts"]["notice_live"], "assertive");
    let shown_after = called["shown_after_ms"].as_u64().unwrap();
    // The page reloads the file every 3 s.
    assert!(shown_after <= 5000, "called shown after {shown_after} ms");
    eprintln!("measure: static file changed → called state shown after {shown_after} ms");

    // A relay's file names its event stream: the page listens there, stops
    // reloading the file while the stream is open, and shows the event's call.
    let events = scenario("ticket-events");
    assert_eq!(events["streams"], 1, "{events}");
    assert_eq!(events["file_requests"], 1, "{events}");
    assert_eq!(
        events["texts"]["counter"],
        tr("ja", "wait-counter", &[("counter", Arg::from("3"))])
    );
    let pushed = events["shown_after_ms"].as_u64().unwrap();
    assert!(pushed < 1000, "event shown after {pushed} ms");
    eprintln!("measure: event sent → called state shown after {pushed} ms");
    // The stream ended and refused (503): the page went back to the file, and
    // tried the stream once (the browser's reconnection), not at every reload.
    assert_eq!(
        events["after_refusal"]["message"],
        tr("ja", "wait-done", &[])
    );
    assert_eq!(events["stream_attempts_after_refusal"], 1, "{events}");

    // Alerts allowed: one vibration and one notification on coming within
    // three, one more when called, none for a reload that changed nothing.
    let alerts = scenario("ticket-alerts");
    assert_eq!(alerts["alert_status"], tr("en", "wait-alerts-on", &[]));
    assert_eq!(alerts["states"], json!(["near", "called"]));
    let number = || Arg::from("A-012");
    assert_eq!(
        alerts["raised"],
        json!([
            { "vibrate": true },
            { "notification": tr("en", "wait-notify-soon", &[("number", number()), ("count", count(3))]) },
            { "vibrate": true },
            { "notification": tr("en", "wait-notify-called", &[("number", number()), ("counter", Arg::from("4"))]) },
        ])
    );

    // Three ahead: the prominent notice, in the live region.
    let near = &scenario("ticket-near")["texts"];
    assert_eq!(near["notice"], tr("en", "wait-soon", &[]));
    assert_eq!(near["notice_live"], "assertive");
    assert_eq!(near["ahead"], "3 people ahead of you");

    // Stale: "updated at HH:MM" in the office's time, the numbers marked old.
    let stale = &scenario("ticket-stale")["texts"];
    let hhmm = long_ago
        .with_timezone(&TIME_ZONE)
        .format("%H:%M")
        .to_string();
    assert_eq!(
        stale["updated"],
        tr("ja", "wait-stale", &[("time", Arg::from(hhmm.as_str()))])
    );
    assert!(stale["updated"].as_str().unwrap().starts_with(&hhmm));
    assert_eq!(stale["old"], true);
    assert_eq!(stale["number"], "A-012");

    // An id with no file (expired or wrong): the unknown-ticket message.
    let unknown = &scenario("ticket-unknown")["texts"];
    assert_eq!(unknown["message"], tr("en", "wait-unknown", &[]));
    assert_eq!(unknown["number"], Value::Null);

    // The ward: both offices, the current one first, services by code.
    let ward = &scenario("ward")["ward"];
    assert_eq!(ward["html_lang"], "ja");
    assert_eq!(ward["horizontal_scroll"], false);
    assert_eq!(ward["open_data"], "open/congestion.json");
    let offices = ward["offices"].as_array().unwrap();
    assert_eq!(offices.len(), 2, "{ward}");
    assert_eq!(offices[0]["name"], "本庁舎");
    assert_eq!(offices[0]["stale"], false);
    assert_eq!(offices[1]["name"], "北区民事務所");
    assert_eq!(offices[1]["stale"], true);
    let services = offices[0]["services"].as_array().unwrap();
    assert!(
        services[0].as_str().unwrap().starts_with("A 証明書"),
        "{services:?}"
    );
    assert!(
        services[0]
            .as_str()
            .unwrap()
            .contains(&tr("ja", "wait-waiting", &[("count", count(4))])),
        "{services:?}"
    );
    assert!(services[0].as_str().unwrap().contains("A-003"));
}
