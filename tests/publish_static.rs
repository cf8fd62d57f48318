//! Wait anywhere through a static directory: what a hub publishing to a
//! folder leaves there, read back (docs/wait-anywhere.md).
#![allow(clippy::unwrap_used)]

mod hub_support;

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::TimeZone;
use hub_support::{TestHub, morning};
use madoguchi::config::hub::HubConfig;
use madoguchi::hub::api::Role;
use madoguchi::publish::PageFiles;
use madoguchi::queue::ManualClock;
use madoguchi::sync::{Outbox, SyncClient};
use serde_json::{Value, json};

const PUBLIC: &str = "https://wait.example.city.jp/";

fn pages() -> PageFiles {
    PageFiles::from([
        (
            "ticket.html".to_owned(),
            b"<!doctype html><p>ticket".to_vec(),
        ),
        ("index.html".to_owned(), b"<!doctype html><p>ward".to_vec()),
        ("wait.js".to_owned(), b"\"use strict\";".to_vec()),
    ])
}

async fn hub_publishing_to(dir: &Path, office: &str) -> TestHub {
    let mut config = HubConfig::sample();
    config.publish.office = office.into();
    config.publish.targets = vec![dir.display().to_string()];
    config.publish.public_url = Some(PUBLIC.into());
    config.publish.interval_seconds = 1;
    TestHub::start_publishing(
        tempfile::tempdir().unwrap(),
        config,
        ManualClock::new(morning()),
        pages(),
    )
    .await
}

fn read_json(path: &Path) -> Option<Value> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

/// Waits (up to `within`) until the JSON file at `path` satisfies `ok`.
async fn until_file(path: &Path, within: Duration, ok: impl Fn(&Value) -> bool) -> Value {
    let started = Instant::now();
    loop {
        if let Some(value) = read_json(path)
            && ok(&value)
        {
            return value;
        }
        assert!(
            started.elapsed() < within,
            "{} not as expected within {within:?}: {:?}",
            path.display(),
            read_json(path)
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn ticket_id(ticket: &Value) -> String {
    let url = ticket["page_url"].as_str().expect("page_url");
    url.split_once("?t=")
        .unwrap()
        .1
        .split('&')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn the_directory_holds_pages_office_tickets_ward_and_open_data() {
    let out = tempfile::tempdir().unwrap();
    let hub = hub_publishing_to(out.path(), "honcho").await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let mut ids = Vec::new();
    for lang in ["en", "zz", "ko"] {
        let (status, ticket) = hub
            .post(
                &kiosk,
                "/api/v1/tickets",
                json!({"service": "A", "lang": lang}),
            )
            .await;
        assert_eq!(status, 200);
        let id = ticket_id(&ticket);
        // An unknown language gives a Japanese page.
        let lang = if lang == "zz" { "ja" } else { lang };
        assert_eq!(
            ticket["page_url"],
            format!("{PUBLIC}ticket.html?t={id}&lang={lang}")
        );
        ids.push(id);
    }
    let third = out.path().join(format!("data/tickets/{}.json", ids[2]));
    let ticket = until_file(&third, Duration::from_secs(3), |_| true).await;
    assert_eq!(ticket["ticket"]["number"], "A-003");
    assert_eq!(ticket["ticket"]["ahead"], 2);
    assert_eq!(ticket["ticket"]["lang"], "ko");
    assert!(ticket.get("events").is_none(), "no stream without a relay");
    assert_eq!(
        std::fs::read(out.path().join("ticket.html")).unwrap(),
        b"<!doctype html><p>ticket"
    );
    assert!(out.path().join("wait.js").exists());
    let office = read_json(&out.path().join("data/offices/honcho.json")).unwrap();
    assert_eq!(office["services"][0]["waiting"], 3);
    assert_eq!(office["updated_at"], ticket["updated_at"]);
    let ward = until_file(
        &out.path().join("data/ward.json"),
        Duration::from_secs(3),
        |w| w["offices"][0]["services"][0]["waiting"] == 3,
    )
    .await;
    assert_eq!(ward["offices"][0]["office"], "honcho");
    // The open-data copy is written right after the ward file, not with it.
    until_file(
        &out.path().join("open/congestion.json"),
        Duration::from_secs(3),
        |open| *open == ward,
    )
    .await;

    // A second hub sharing the directory: the ward lists both offices.
    let other = hub_publishing_to(out.path(), "kita").await;
    let ward = until_file(
        &out.path().join("data/ward.json"),
        Duration::from_secs(3),
        |w| w["offices"].as_array().is_some_and(|o| o.len() == 2),
    )
    .await;
    assert_eq!(ward["offices"][1]["office"], "kita");
    other.stop().await;

    // Rewritten atomically while a reader reads: every read is whole JSON.
    let stop = Arc::new(AtomicBool::new(false));
    let reads = Arc::new(AtomicUsize::new(0));
    let reader = {
        let (stop, reads, path) = (stop.clone(), reads.clone(), third.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let bytes = std::fs::read(&path).unwrap();
                serde_json::from_slice::<Value>(&bytes).expect("a whole file");
                reads.fetch_add(1, Ordering::Relaxed);
            }
        })
    };
    let clerk = hub.clerk("c1", "1").await;
    for ahead in [1, 0] {
        let (status, called) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
        assert_eq!(status, 200);
        until_file(&third, Duration::from_secs(3), |t| {
            t["ticket"]["ahead"] == ahead
        })
        .await;
        let done = format!("/api/v1/visits/{}/done", called["visit"]["id"]);
        assert_eq!(hub.post(&clerk, &done, json!({})).await.0, 200);
    }
    let started = Instant::now();
    assert_eq!(
        hub.post(&clerk, "/api/v1/clerk/call-next", json!({}))
            .await
            .0,
        200
    );
    let called = until_file(&third, Duration::from_secs(3), |t| {
        t["ticket"]["state"] == "called"
    })
    .await;
    // Visible in the file well within the 5 s budget (the page adds its 3 s refresh).
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(called["ticket"]["counter"], "1");
    stop.store(true, Ordering::Relaxed);
    reader.join().unwrap();
    assert!(reads.load(Ordering::Relaxed) > 10);
    let leftovers: Vec<_> = std::fs::read_dir(out.path().join("data/tickets"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // Past the office's midnight the ids expire: their files go, the office stays.
    hub.clock
        .set(chrono::Utc.with_ymd_and_hms(2025, 4, 1, 15, 0, 1).unwrap());
    let started = Instant::now();
    while ids
        .iter()
        .any(|id| out.path().join(format!("data/tickets/{id}.json")).exists())
    {
        assert!(
            started.elapsed() < Duration::from_secs(4),
            "expired tickets removed"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(out.path().join("data/offices/honcho.json").exists());
    assert!(out.path().join("data/offices/kita.json").exists());
    hub.stop().await;
}

#[tokio::test]
async fn the_kiosks_ticket_has_a_page_only_when_the_hub_publishes() {
    let plain = TestHub::start().await;
    let kiosk = plain.device("kiosk-1", Role::Kiosk).await;
    let (status, ticket) = plain
        .post(
            &kiosk,
            "/api/v1/tickets",
            json!({"service": "A", "lang": "en"}),
        )
        .await;
    assert_eq!(status, 200);
    assert!(ticket.get("page_url").is_none(), "{ticket}");
    plain.stop().await;

    let out = tempfile::tempdir().unwrap();
    let publishing = hub_publishing_to(out.path(), "honcho").await;
    let kiosk = publishing.device("kiosk-1", Role::Kiosk).await;
    let (status, ticket) = publishing
        .post(&kiosk, "/api/v1/tickets", json!({"service": "B"}))
        .await;
    assert_eq!(status, 200);
    let url = ticket["page_url"].as_str().unwrap();
    assert!(url.starts_with(&format!("{PUBLIC}ticket.html?t=")), "{url}");
    assert!(url.ends_with("&lang=ja"), "{url}");
    // Through the kiosk's own client, which says the resident's language.
    let dir = tempfile::tempdir().unwrap();
    let client = SyncClient::new(
        &publishing.base,
        &kiosk,
        Outbox::open(dir.path()).unwrap(),
        chrono_tz::Asia::Tokyo,
    )
    .with_clock(Arc::new(publishing.clock.clone()));
    let ticket = client.issue_ticket_in("A", Some("pt-BR")).await.unwrap();
    let url = ticket.page_url.expect("page_url");
    assert!(url.starts_with(&format!("{PUBLIC}ticket.html?t=")), "{url}");
    assert!(url.ends_with("&lang=pt-BR"), "{url}");
    publishing.stop().await;
}
