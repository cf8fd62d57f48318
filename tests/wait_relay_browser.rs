//! Wait anywhere end to end: a hub on loopback publishes to a real relay,
//! the relay serves the real waiting pages, and a resident's phone (headless
//! Chromium at 320 px) opens the ticket's `page_url`. A call at the hub must
//! show on that page within the budget (2 s for the relay).
//!
//! Skipped (with a message) only when Chromium or assets/web/node_modules is
//! missing, unless `MADOGUCHI_REQUIRE_BROWSER` is set (`.ci/run` sets it).
#![allow(clippy::unwrap_used)]

mod browser_support;
mod hub_support;

use std::process::Stdio;
use std::time::{Duration, Instant};

use chrono::Utc;
use hub_support::TestHub;
use hub_support::relay::{OFFICE, TestRelay, publishing};
use madoguchi::hub::api::Role;
use madoguchi::publish::{PageFiles, PublishingKey};
use madoguchi::queue::ManualClock;
use madoguchi::relay::RelayOffice;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

/// The next JSON line the browser script prints.
async fn next_line(lines: &mut tokio::io::Lines<BufReader<tokio::process::ChildStdout>>) -> Value {
    let line = tokio::time::timeout(Duration::from_secs(60), lines.next_line())
        .await
        .expect("the browser script answers within a minute")
        .unwrap()
        .expect("the browser script printed a line");
    serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_call_at_the_hub_shows_on_the_residents_page_served_by_the_relay() {
    if !browser_support::browser_ready("the relay's ticket page in Chromium") {
        return;
    }
    // The page judges staleness by the phone's clock: the hub's is now.
    let clock = ManualClock::new(Utc::now());
    let dir = tempfile::tempdir().unwrap();
    let key = PublishingKey::load_or_create(dir.path()).unwrap();

    let relay = TestRelay::with_pages(
        vec![RelayOffice {
            id: OFFICE.into(),
            public_key: key.public_key(),
        }],
        &clock,
    )
    .await;
    let relay_base = relay.base.clone();
    let hub = TestHub::start_publishing(
        dir,
        publishing(vec![relay_base.clone()]),
        clock,
        PageFiles::new(),
    )
    .await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let (status, ticket) = hub
        .post(
            &kiosk,
            "/api/v1/tickets",
            json!({"service": "A", "lang": "en"}),
        )
        .await;
    assert_eq!(status, 200, "{ticket}");
    let page_url = ticket["page_url"].as_str().unwrap().to_owned();
    assert!(page_url.starts_with(&format!("{relay_base}/ticket.html?t=")));

    let out = tempfile::tempdir().unwrap();
    let mut browser = tokio::process::Command::new("node")
        .arg(browser_support::web().join("test/browser/relay_live.mjs"))
        .arg(&page_url)
        .arg(out.path())
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("node runs (scripts/setup.sh installs it)");
    let mut lines = BufReader::new(browser.stdout.take().unwrap()).lines();

    let ready = next_line(&mut lines).await;
    let waiting = &ready["ready"]["shown"];
    assert_eq!(waiting["state"], "waiting", "{ready}");
    assert_eq!(waiting["html_lang"], "en", "the ticket's language: {ready}");
    assert_eq!(waiting["number"], ticket["number"], "{ready}");
    assert_eq!(waiting["horizontal_scroll"], false, "{ready}");
    assert_eq!(waiting["old"], false, "fresh numbers: {ready}");
    assert_eq!(ready["ready"]["axe"], json!([]), "{ready}");

    let clerk = hub.clerk("c1", "2").await;
    let started = Instant::now();
    let (status, called) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
    assert_eq!(
        (status, &called["visit"]["number"]),
        (200, &ticket["number"])
    );
    let shown = next_line(&mut lines).await;
    let latency = started.elapsed();
    let called = &shown["called"];
    assert_eq!(called["shown"]["state"], "called", "{shown}");
    assert!(
        called["shown"]["counter"].as_str().unwrap().contains('2'),
        "{shown}"
    );
    assert_eq!(called["axe"], json!([]), "{shown}");
    assert_eq!(called["problems"], json!([]), "{shown}");
    for request in called["requests"].as_array().unwrap() {
        assert!(
            request.as_str().unwrap().starts_with(&relay_base),
            "only the relay is asked: {request}"
        );
    }
    // Budget 2 s from the call to the page (the event stream carries it).
    assert!(latency < Duration::from_secs(2), "{latency:?}");
    assert!(browser.wait().await.unwrap().success());
    // MADOGUCHI_KEEP_SHOTS=DIR keeps the screenshot of the call, to look at.
    if let Some(keep) = std::env::var_os("MADOGUCHI_KEEP_SHOTS") {
        std::fs::create_dir_all(&keep).unwrap();
        let shot = std::path::Path::new(called["screenshot"].as_str().unwrap());
        std::fs::copy(
            shot,
            std::path::Path::new(&keep).join(shot.file_name().unwrap()),
        )
        .unwrap();
    }

    hub.stop().await;
    relay.stop().await;
}
