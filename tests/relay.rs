//! Wait anywhere through `madoguchi relay`: a hub on loopback publishes
//! signed snapshots to a relay on loopback (docs/wait-anywhere.md).
#![allow(clippy::unwrap_used)]

mod hub_support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use hub_support::relay::{OFFICE, TestRelay, publishing};
use hub_support::{TestHub, morning, record};
use madoguchi::hub::api::{FieldValue, Role, Source};
use madoguchi::publish::{
    Names, PageFiles, PublishingKey, ServiceNow, SignedSnapshot, Snapshot, TicketNow, TicketState,
};
use madoguchi::queue::ManualClock;
use madoguchi::relay::RelayOffice;
use serde_json::{Value, json};

/// Values of a resident's application no published byte may hold.
const NAME: &str = "檜垣 蓮華";
const READING: &str = "ひがき れんげ";
const TOWN: &str = "紫苑台九丁目";
const PHONE: &str = "080-7319-2846";

fn office_of(dir: &std::path::Path) -> RelayOffice {
    RelayOffice {
        id: OFFICE.into(),
        public_key: PublishingKey::load(dir).unwrap().public_key(),
    }
}

/// A relay and a hub publishing to it, on one manual clock.
async fn hub_and_relay() -> (TestHub, TestRelay) {
    let clock = ManualClock::new(morning());
    let dir = tempfile::tempdir().unwrap();
    let key = PublishingKey::load_or_create(dir.path()).unwrap();
    let relay = TestRelay::start(
        vec![RelayOffice {
            id: OFFICE.into(),
            public_key: key.public_key(),
        }],
        &clock,
    )
    .await;
    let hub = TestHub::start_publishing(
        dir,
        publishing(vec![relay.base.clone()]),
        clock,
        PageFiles::new(),
    )
    .await;
    (hub, relay)
}

/// A ticket from the kiosk in `lang`; returns the hub's answer.
async fn take_ticket(hub: &TestHub, kiosk: &str, lang: &str) -> Value {
    let (status, ticket) = hub
        .post(
            kiosk,
            "/api/v1/tickets",
            json!({"service": "A", "lang": lang}),
        )
        .await;
    assert_eq!(status, 200, "{ticket}");
    ticket
}

/// The public id in a ticket's `page_url`.
fn ticket_id(ticket: &Value) -> String {
    let url = ticket["page_url"].as_str().expect("page_url");
    let query = url.split_once("?t=").unwrap().1;
    query.split('&').next().unwrap().to_owned()
}

async fn get(http: &reqwest::Client, url: &str) -> (u16, String) {
    let response = http.get(url).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// Polls `url` until `ok` holds for its JSON (every 10 ms, up to `within`).
async fn until_json(
    http: &reqwest::Client,
    url: &str,
    within: Duration,
    ok: impl Fn(&Value) -> bool,
) -> Value {
    let started = Instant::now();
    loop {
        let (status, body) = get(http, url).await;
        if status == 200 {
            let value: Value = serde_json::from_str(&body).unwrap();
            if ok(&value) {
                return value;
            }
        }
        assert!(
            started.elapsed() < within,
            "{url} not as expected within {within:?}: {status} {body}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Reads server-sent events from a response until one `ticket` event's
/// data satisfies `ok`; returns it.
async fn next_ticket_event(
    response: &mut reqwest::Response,
    buffer: &mut String,
    ok: impl Fn(&Value) -> bool,
) -> Value {
    loop {
        while let Some(end) = buffer.find("\n\n") {
            let block: String = buffer.drain(..end + 2).collect();
            let is_ticket = block.lines().any(|l| l == "event: ticket");
            let data: String = block
                .lines()
                .filter_map(|l| l.strip_prefix("data: "))
                .collect();
            if is_ticket {
                let value: Value = serde_json::from_str(&data).unwrap();
                if ok(&value) {
                    return value;
                }
            }
        }
        let chunk = response.chunk().await.unwrap().expect("stream open");
        buffer.push_str(&String::from_utf8_lossy(&chunk));
    }
}

#[tokio::test]
async fn a_call_at_the_hub_shows_in_the_ticket_file_and_on_its_stream_within_the_budget() {
    let (hub, relay) = hub_and_relay().await;
    let http = reqwest::Client::new();
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let first = take_ticket(&hub, &kiosk, "en").await;
    let second = take_ticket(&hub, &kiosk, "vi").await;
    let id = ticket_id(&second);
    assert_eq!(
        second["page_url"].as_str().unwrap(),
        format!("{}/ticket.html?t={id}&lang=vi", relay.base)
    );
    assert_eq!(id.len(), 22);
    assert!(!id.contains(&*second["number"].as_str().unwrap().replace('-', "")));
    assert_ne!(ticket_id(&first), id);

    let url = relay.url(&format!("/data/tickets/{id}.json"));
    let waiting = until_json(&http, &url, Duration::from_secs(3), |_| true).await;
    assert_eq!(waiting["office"], OFFICE);
    assert_eq!(waiting["office_name"]["ja"], "Madoguchi");
    assert_eq!(waiting["office_name"]["en"], "Main Office");
    assert_eq!(waiting["time_zone"], "Asia/Tokyo");
    assert_eq!(waiting["ticket"]["number"], "A-002");
    assert_eq!(waiting["ticket"]["lang"], "vi");
    assert_eq!(waiting["ticket"]["state"], "waiting");
    assert_eq!(waiting["ticket"]["ahead"], 1);
    assert!(
        waiting["ticket"]["estimated_wait_minutes"]
            .as_u64()
            .unwrap()
            > 0
    );
    assert!(waiting["ticket"]["service_name"]["ja"].is_string());
    assert_eq!(waiting["ticket"]["expires_at"], "2025-04-01T15:00:00Z");
    assert_eq!(waiting["events"], format!("events/tickets/{id}"));
    let office = until_json(
        &http,
        &relay.url(&format!("/data/offices/{OFFICE}.json")),
        Duration::from_secs(1),
        |_| true,
    )
    .await;
    assert_eq!(office["services"][0]["code"], "A");
    assert_eq!(office["services"][0]["waiting"], 2);

    let mut stream = http
        .get(relay.url(&format!("/events/tickets/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    assert!(
        stream.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let mut buffer = String::new();
    let now = next_ticket_event(&mut stream, &mut buffer, |_| true).await;
    assert_eq!(now["ticket"]["state"], "waiting");

    // A clerk at counter 2 calls twice: A-001, then this ticket.
    let clerk = hub.clerk("c1", "2").await;
    let (status, called) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
    assert_eq!((status, &called["visit"]["number"]), (200, &json!("A-001")));
    let ahead_none = until_json(&http, &url, Duration::from_secs(2), |v| {
        v["ticket"]["ahead"] == 0
    })
    .await;
    assert_eq!(ahead_none["ticket"]["state"], "waiting");
    let (status, _) = hub
        .post(
            &clerk,
            &format!("/api/v1/visits/{}/done", called["visit"]["id"]),
            json!({}),
        )
        .await;
    assert_eq!(status, 200);

    let started = Instant::now();
    let (status, _) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
    assert_eq!(status, 200);
    let shown = until_json(&http, &url, Duration::from_secs(2), |v| {
        v["ticket"]["state"] == "called"
    })
    .await;
    let file_latency = started.elapsed();
    assert_eq!(shown["ticket"]["counter"], "2");
    let event = tokio::time::timeout(
        Duration::from_secs(2),
        next_ticket_event(&mut stream, &mut buffer, |v| {
            v["ticket"]["state"] == "called"
        }),
    )
    .await
    .expect("the call arrives on the stream within 2 s");
    let stream_latency = started.elapsed();
    assert_eq!(event["ticket"]["counter"], "2");
    // Budget 2 s; a push at each change makes it a matter of milliseconds.
    assert!(
        file_latency < Duration::from_secs(1) && stream_latency < Duration::from_secs(1),
        "file {file_latency:?}, stream {stream_latency:?}"
    );
    let office = until_json(
        &http,
        &relay.url(&format!("/data/offices/{OFFICE}.json")),
        Duration::from_secs(1),
        |_| true,
    )
    .await;
    assert_eq!(
        office["services"][0]["called"][0],
        json!({"number": "A-002", "counter": "2"})
    );
    drop(stream);
    hub.stop().await;
    relay.stop().await;
}

fn snapshot_at(sequence: u64, at: DateTime<Utc>, office: &str) -> Snapshot {
    Snapshot {
        v: 1,
        office: office.into(),
        office_name: Names::from([("ja".to_owned(), "本庁舎".to_owned())]),
        time_zone: "Asia/Tokyo".into(),
        generated_at: at,
        sequence,
        stale_after_seconds: 30,
        services: vec![ServiceNow {
            code: "A".into(),
            name: Names::from([("ja".to_owned(), "証明書".to_owned())]),
            waiting: 1,
            estimated_wait_minutes: 6,
            called: Vec::new(),
        }],
        tickets: [(
            "AAAAAAAAAAAAAAAAAAAAAA".to_owned(),
            TicketNow {
                number: "A-001".into(),
                service: "A".into(),
                lang: "ja".into(),
                state: TicketState::Waiting,
                ahead: 0,
                estimated_wait_minutes: 0,
                counter: None,
                expires_at: at + chrono::Duration::hours(5),
            },
        )]
        .into(),
    }
}

async fn post(http: &reqwest::Client, relay: &TestRelay, signed: &SignedSnapshot) -> (u16, String) {
    let response = http
        .post(relay.url("/publish"))
        .json(signed)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

#[tokio::test]
async fn bad_signatures_unknown_offices_replays_and_oversized_snapshots_are_refused() {
    let clock = ManualClock::new(morning());
    let key = PublishingKey::generate();
    let relay = TestRelay::start(
        vec![RelayOffice {
            id: OFFICE.into(),
            public_key: key.public_key(),
        }],
        &clock,
    )
    .await;
    let http = reqwest::Client::new();
    let (status, body) = get(
        &http,
        &relay.url("/data/tickets/AAAAAAAAAAAAAAAAAAAAAA.json"),
    )
    .await;
    assert_eq!((status, body.as_str()), (503, "no data yet"));
    let (status, _) = get(&http, &relay.url("/data/ward.json")).await;
    assert_eq!(status, 503);

    let stranger = PublishingKey::generate();
    let (status, reason) = post(
        &http,
        &relay,
        &stranger.sign(&snapshot_at(1, morning(), OFFICE)),
    )
    .await;
    assert_eq!((status, reason.as_str()), (403, "bad signature"));
    let (status, reason) = post(&http, &relay, &key.sign(&snapshot_at(1, morning(), "kita"))).await;
    assert_eq!((status, reason.as_str()), (403, "unknown office"));
    let mut tampered = key.sign(&snapshot_at(1, morning(), OFFICE));
    tampered.snapshot = tampered.snapshot.replace("A-001", "A-009");
    let (status, reason) = post(&http, &relay, &tampered).await;
    assert_eq!((status, reason.as_str()), (403, "bad signature"));
    let (status, _) = get(
        &http,
        &relay.url("/data/tickets/AAAAAAAAAAAAAAAAAAAAAA.json"),
    )
    .await;
    assert_eq!(status, 503, "nothing refused was taken");

    let first = key.sign(&snapshot_at(10, morning(), OFFICE));
    assert_eq!(post(&http, &relay, &first).await.0, 204);
    let (status, reason) = post(&http, &relay, &first).await;
    assert_eq!(status, 409);
    assert!(reason.starts_with("replay"), "{reason}");
    let (status, _) = post(&http, &relay, &key.sign(&snapshot_at(9, morning(), OFFICE))).await;
    assert_eq!(status, 409);
    let future = morning() + chrono::Duration::minutes(10);
    let (status, reason) = post(&http, &relay, &key.sign(&snapshot_at(11, future, OFFICE))).await;
    assert_eq!(status, 409);
    assert!(reason.contains("future"), "{reason}");
    let (status, body) = get(
        &http,
        &relay.url("/data/tickets/AAAAAAAAAAAAAAAAAAAAAA.json"),
    )
    .await;
    assert_eq!(status, 200);
    let ticket: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(ticket["ticket"]["number"], "A-001");

    // Over the body limit (64 kB in this relay): refused unread.
    let mut big = snapshot_at(12, morning(), OFFICE);
    big.office_name.insert("en".into(), "x".repeat(100_000));
    let (status, _) = post(&http, &relay, &key.sign(&big)).await;
    assert_eq!(status, 413);
    let response = http
        .post(relay.url("/publish"))
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);

    // Unknown ids and names that are no ids.
    for path in [
        "/data/tickets/BBBBBBBBBBBBBBBBBBBBBB.json",
        "/data/tickets/..%2F..%2Fetc%2Fpasswd.json",
        "/events/tickets/BBBBBBBBBBBBBBBBBBBBBB",
        "/data/offices/kita.json",
        "/nothing.html",
    ] {
        assert_eq!(get(&http, &relay.url(path)).await.0, 404, "{path}");
    }
    relay.stop().await;
}

#[tokio::test]
async fn a_restarted_relay_comes_back_with_the_next_snapshot() {
    let (hub, relay) = hub_and_relay().await;
    let http = reqwest::Client::new();
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let id = ticket_id(&take_ticket(&hub, &kiosk, "ja").await);
    let url = relay.url(&format!("/data/tickets/{id}.json"));
    until_json(&http, &url, Duration::from_secs(3), |_| true).await;

    let addr = relay.addr;
    let office = office_of(hub.dir.path());
    relay.stop().await;
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    let restarted = TestRelay::start_on(listener, vec![office], &hub.clock);
    // Nothing in memory: no data until the hub's next push (every second here).
    let (status, body) = get(&http, &url).await;
    assert_eq!((status, body.as_str()), (503, "no data yet"));
    let back = until_json(&http, &url, Duration::from_secs(4), |_| true).await;
    assert_eq!(back["ticket"]["state"], "waiting");
    hub.stop().await;
    restarted.stop().await;
}

#[tokio::test]
async fn with_the_hub_gone_the_relay_keeps_the_last_numbers_with_their_time() {
    let (hub, relay) = hub_and_relay().await;
    let http = reqwest::Client::new();
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let id = ticket_id(&take_ticket(&hub, &kiosk, "en").await);
    let url = relay.url(&format!("/data/tickets/{id}.json"));
    let before = until_json(&http, &url, Duration::from_secs(3), |_| true).await;
    let clock = hub.clock.clone();
    hub.stop().await;
    // Ten minutes later, the page reads the same numbers with their old
    // time: `now - updated_at` is past `stale_after_seconds`, so it says
    // "updated at HH:MM" instead of showing them as current.
    clock.advance(chrono::Duration::minutes(10));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let after = until_json(&http, &url, Duration::from_secs(1), |_| true).await;
    assert_eq!(after, before);
    let updated: DateTime<Utc> = after["updated_at"].as_str().unwrap().parse().unwrap();
    assert_eq!(updated, morning());
    let stale = after["stale_after_seconds"].as_i64().unwrap();
    assert!((clock_now(&clock) - updated).num_seconds() > stale);
    relay.stop().await;
}

fn clock_now(clock: &ManualClock) -> DateTime<Utc> {
    use madoguchi::queue::Clock;
    clock.now()
}

/// Collects what a hub posts: a stand-in relay that keeps the bodies.
async fn capturing_target() -> (String, Arc<Mutex<Vec<Vec<u8>>>>) {
    let bodies: Arc<Mutex<Vec<Vec<u8>>>> = Arc::default();
    let kept = bodies.clone();
    let app = axum::Router::new().route(
        "/publish",
        axum::routing::post(move |body: axum::body::Bytes| {
            let kept = kept.clone();
            async move {
                kept.lock().unwrap().push(body.to_vec());
                axum::http::StatusCode::NO_CONTENT
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (base, bodies)
}

#[tokio::test]
async fn no_personal_data_in_any_snapshot_file_or_answer() {
    let clock = ManualClock::new(morning());
    let (capture, bodies) = capturing_target().await;
    let dir = tempfile::tempdir().unwrap();
    let key = PublishingKey::load_or_create(dir.path()).unwrap();
    let relay = TestRelay::start(
        vec![RelayOffice {
            id: OFFICE.into(),
            public_key: key.public_key(),
        }],
        &clock,
    )
    .await;
    let static_dir = tempfile::tempdir().unwrap();
    let targets = vec![
        relay.base.clone(),
        capture,
        static_dir.path().display().to_string(),
    ];
    let hub = TestHub::start_publishing(dir, publishing(targets), clock, PageFiles::new()).await;
    let http = reqwest::Client::new();
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let ticket = take_ticket(&hub, &kiosk, "en").await;
    let id = ticket_id(&ticket);
    let mut application = record(READING, ticket["number"].as_str());
    for (name, value) in [
        ("applicant.name", NAME),
        ("applicant.address.town", TOWN),
        ("applicant.phone", PHONE),
    ] {
        application.fields.insert(
            name.into(),
            FieldValue {
                value: json!(value),
                source: Source::Qr,
            },
        );
    }
    let (status, stored) = hub
        .post(&kiosk, "/api/v1/records", json!({"records": [application]}))
        .await;
    assert_eq!(status, 200);
    assert_eq!(stored["records"][0]["outcome"], "stored", "{stored}");
    let clerk = hub.clerk("c1", "1").await;
    let (status, _) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
    assert_eq!(status, 200);
    let url = relay.url(&format!("/data/tickets/{id}.json"));
    until_json(&http, &url, Duration::from_secs(3), |v| {
        v["ticket"]["state"] == "called"
    })
    .await;
    // Wait for the static files and a few captured snapshots after the call.
    let ticket_file = static_dir.path().join(format!("data/tickets/{id}.json"));
    let started = Instant::now();
    while !std::fs::read_to_string(&ticket_file).is_ok_and(|t| t.contains("\"called\"")) {
        assert!(started.elapsed() < Duration::from_secs(3), "static file");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    let mut haystacks: Vec<(String, Vec<u8>)> = Vec::new();
    let captured = bodies.lock().unwrap().clone();
    assert!(!captured.is_empty());
    let public = key.public_key();
    for body in captured {
        let signed: SignedSnapshot = serde_json::from_slice(&body).unwrap();
        signed.verify(&public).unwrap();
        haystacks.push(("snapshot".into(), body));
    }
    for path in [
        format!("/data/tickets/{id}.json"),
        format!("/data/offices/{OFFICE}.json"),
        "/data/ward.json".into(),
        "/open/congestion.json".into(),
    ] {
        let (status, body) = get(&http, &relay.url(&path)).await;
        assert_eq!(status, 200, "{path}");
        haystacks.push((path, body.into_bytes()));
    }
    let mut stream = http
        .get(relay.url(&format!("/events/tickets/{id}")))
        .send()
        .await
        .unwrap();
    let mut buffer = String::new();
    let event = next_ticket_event(&mut stream, &mut buffer, |_| true).await;
    haystacks.push(("event".into(), event.to_string().into_bytes()));
    let mut stack = vec![static_dir.path().to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                haystacks.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
    }
    assert!(haystacks.len() >= 9, "{}", haystacks.len());
    for (what, bytes) in &haystacks {
        for needle in [NAME, READING, TOWN, PHONE, "juminhyo", "applicant"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle} in {what}"
            );
        }
    }
    drop(stream);
    hub.stop().await;
    relay.stop().await;
}

#[tokio::test]
async fn open_data_allows_any_origin_and_pages_come_from_the_given_files() {
    let (hub, relay) = hub_and_relay().await;
    let http = reqwest::Client::new();
    let open = until_json(
        &http,
        &relay.url("/open/congestion.json"),
        Duration::from_secs(3),
        |_| true,
    )
    .await;
    assert_eq!(open["v"], 1);
    assert_eq!(open["offices"][0]["office"], OFFICE);
    let response = http
        .get(relay.url("/open/congestion.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    assert_eq!(response.headers()["referrer-policy"], "no-referrer");
    let ward: Value =
        serde_json::from_str(&get(&http, &relay.url("/data/ward.json")).await.1).unwrap();
    assert_eq!(ward, open);
    let response = http.get(relay.url("/ticket.html")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    assert_eq!(response.text().await.unwrap(), "<!doctype html><p>ticket");
    let (status, root) = get(&http, &relay.url("/")).await;
    assert_eq!((status, root.as_str()), (200, "<!doctype html><p>ward"));
    hub.stop().await;
    relay.stop().await;
}

#[tokio::test]
async fn the_hub_prints_its_publishing_key_and_the_relay_process_serves_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let exe = env!("CARGO_BIN_EXE_madoguchi");
    let print_key = || {
        let out = std::process::Command::new(exe)
            .args(["hub", "publish-key", "--data-dir"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    let printed = print_key();
    assert_eq!(printed, print_key(), "made once, then the same");
    assert_eq!(
        printed,
        PublishingKey::load(dir.path())
            .unwrap()
            .public_key()
            .to_string()
    );
    let config = dir.path().join("relay.toml");
    std::fs::write(
        &config,
        format!(
            "listen = \"127.0.0.1:0\"\n[[office]]\nid = \"{OFFICE}\"\npublic_key = \"{printed}\"\n"
        ),
    )
    .unwrap();
    let mut relay = std::process::Command::new(exe)
        .args(["relay", "--config"])
        .arg(&config)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(relay.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap()
        .to_owned();
    let key = PublishingKey::load(dir.path()).unwrap();
    let http = reqwest::Client::new();
    let signed = key.sign(&snapshot_at(1, Utc::now(), OFFICE));
    let response = http
        .post(format!("http://{addr}/publish"))
        .json(&signed)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    let (status, _) = get(
        &http,
        &format!("http://{addr}/data/tickets/AAAAAAAAAAAAAAAAAAAAAA.json"),
    )
    .await;
    assert_eq!(status, 200);
    relay.kill().unwrap();
    relay.wait().unwrap();
}
