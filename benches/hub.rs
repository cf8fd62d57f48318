//! Hub benchmarks over loopback (`cargo bench --bench hub`).
//!
//! 1. Ticket issue, 32 concurrent kiosks: throughput, p50 and p99 (budget ≥ 500/s,
//!    p99 < 20 ms), over plain HTTP and then over HTTPS (the hub's office CA,
//!    pinned by the clients as devices pin it), in the same run.
//! 2. Sync of 10,000 records from one kiosk outbox (budget < 5 s).
//! 3. Clerk waiting list and record lookups with 1,000,000 records in the store (budget < 20 ms).
//! 4. Resident memory of the process (hub and bench client together) after that load.
//! 5. Retention of 10,000 completed records: its time, and the bytes of their
//!    names and readings left in any file of the data directory (budget 0).
//!
//! Set `HUB_BENCH_RECORDS` to change the size of step 3 (default 1,000,000).

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use madoguchi::config::hub::{HubConfig, ServiceConfig};
use madoguchi::hub::api::{FieldValue, Preapp, RecordIn, Role, Source};
use madoguchi::hub::{HubOptions, cli};
use madoguchi::queue::ManualClock;
use madoguchi::sync::pin::HubCa;
use madoguchi::sync::{Outbox, SyncClient};
use serde_json::{Value, json};

fn config() -> HubConfig {
    let mut config = HubConfig::sample();
    // The filled store spans a year: keep it all, so the lookups measure lookups
    // (retention is not measured here).
    config.retention_days = 3650;
    config.services = "ABCDEFGH"
        .chars()
        .map(|p| ServiceConfig {
            prefix: p.to_string(),
            name_key: "hub-service-certificates".into(),
            counters: vec![format!("{p}1")],
            default_service_minutes: 6,
        })
        .collect();
    config
}

struct Hub {
    base: String,
    http: reqwest::Client,
    dir: std::path::PathBuf,
}

async fn start(dir: &std::path::Path) -> Hub {
    start_with(dir, false).await
}

/// A hub on loopback; with `tls`, HTTPS only, and a client that trusts
/// only its CA (as an enrolled device does).
async fn start_with(dir: &std::path::Path, tls: bool) -> Hub {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let scheme = if tls { "https" } else { "http" };
    let base = format!("{scheme}://{}", listener.local_addr().unwrap());
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2025, 4, 1, 1, 0, 0).unwrap());
    let mut config = config();
    if tls {
        config.tls.mode = madoguchi::config::hub::TlsMode::On;
    }
    let options = HubOptions::new(config, dir).with_clock(Arc::new(clock));
    tokio::spawn(madoguchi::hub::serve_with(
        options,
        listener,
        std::future::pending(),
    ));
    // Ready once it answers (the CA is made before the first answer).
    let probe = reqwest::Client::builder()
        .tls_danger_accept_invalid_certs(true)
        .build()
        .unwrap();
    while probe.get(format!("{base}/healthz")).send().await.is_err() {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let ca = tls.then(|| {
        let pem = std::fs::read_to_string(dir.join("tls").join("ca.pem")).unwrap();
        HubCa::from_pem(&pem).unwrap()
    });
    let http = madoguchi::sync::pin::client_builder(ca.as_ref())
        .pool_max_idle_per_host(64)
        .build()
        .unwrap();
    Hub {
        base,
        http,
        dir: dir.to_owned(),
    }
}

impl Hub {
    async fn token(&self, name: &str, role: Role) -> String {
        let code = cli::enroll_device(&self.dir, name, role).unwrap();
        let v: Value = self
            .http
            .post(format!("{}/api/v1/devices/enroll", self.base))
            .json(&json!({"code": code}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v["token"].as_str().unwrap().to_owned()
    }

    async fn clerk(&self) -> String {
        cli::add_clerk(&self.dir, "bench", "2468").unwrap();
        let station = self.token("station", Role::ClerkStation).await;
        let v: Value = self
            .http
            .post(format!("{}/api/v1/clerk/login", self.base))
            .bearer_auth(station)
            .json(&json!({"id": "bench", "pin": "2468", "counter": "A1"}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v["session"].as_str().unwrap().to_owned()
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn record(i: usize) -> RecordIn {
    let mut fields = std::collections::BTreeMap::new();
    fields.insert(
        "applicant.reading".into(),
        FieldValue {
            value: json!(format!("ヤマダ タロウ{i}")),
            source: Source::Qr,
        },
    );
    fields.insert(
        "applicant.address.town".into(),
        FieldValue {
            value: json!("東京都中野区中野4-8-1"),
            source: Source::Qr,
        },
    );
    fields.insert(
        "juminhyo-utsushi.copies".into(),
        FieldValue {
            value: json!(2),
            source: Source::Kiosk,
        },
    );
    RecordIn {
        id: uuid::Uuid::new_v4(),
        created_at: Utc::now(),
        procedures: vec!["juminhyo-utsushi".into()],
        lang: "ja".into(),
        fields,
        number: None,
        preapp: Preapp::Encrypted,
    }
}

async fn bench_tickets(rows: &mut Vec<(String, String, String)>, tls: bool) {
    let dir = tempfile::tempdir().unwrap();
    let hub = start_with(dir.path(), tls).await;
    let over = if tls { "HTTPS" } else { "HTTP" };
    let token = hub.token("kiosk", Role::Kiosk).await;
    let per_client = 60;
    let started = Instant::now();
    let tasks: Vec<_> = (0..32)
        .map(|client| {
            let (http, base, token) = (hub.http.clone(), hub.base.clone(), token.clone());
            tokio::spawn(async move {
                let service = ((b'A' + (client % 8) as u8) as char).to_string();
                let mut latencies = Vec::with_capacity(per_client);
                for _ in 0..per_client {
                    let t = Instant::now();
                    let response = http
                        .post(format!("{base}/api/v1/tickets"))
                        .bearer_auth(&token)
                        .json(&json!({"service": service}))
                        .send()
                        .await
                        .unwrap();
                    assert!(
                        response.status().is_success(),
                        "{}",
                        response.text().await.unwrap()
                    );
                    response.bytes().await.unwrap();
                    latencies.push(t.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap());
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let rate = latencies.len() as f64 / elapsed.as_secs_f64();
    let p99 = percentile(&latencies, 0.99);
    rows.push((
        format!("tickets, 32 clients, {over}: throughput"),
        format!("{rate:.0} /s"),
        verdict(rate >= 500.0, "≥ 500/s"),
    ));
    rows.push((
        format!("tickets, 32 clients, {over}: p50"),
        ms(percentile(&latencies, 0.5)),
        String::new(),
    ));
    rows.push((
        format!("tickets, 32 clients, {over}: p99"),
        ms(p99),
        verdict(p99 < Duration::from_millis(20), "< 20 ms"),
    ));
}

async fn bench_sync(rows: &mut Vec<(String, String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    let hub = start(dir.path()).await;
    let token = hub.token("kiosk", Role::Kiosk).await;
    let kiosk_dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(kiosk_dir.path()).unwrap();
    let records: Vec<RecordIn> = (0..10_000).map(record).collect();
    outbox
        .run(move |c| {
            for r in &records {
                madoguchi::store::outbox::enqueue(c, r)?;
            }
            Ok(())
        })
        .await
        .unwrap();
    let client = SyncClient::new(&hub.base, &token, outbox, chrono_tz::Asia::Tokyo);
    let started = Instant::now();
    let settled = client.sync_all().await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(settled, 10_000);
    rows.push((
        "sync 10,000 records, one kiosk".into(),
        format!("{:.2} s", elapsed.as_secs_f64()),
        verdict(elapsed < Duration::from_secs(5), "< 5 s"),
    ));
}

/// Fills a store with `n` completed records spread over a year, and today's queue.
fn populate(dir: &std::path::Path, n: usize) {
    let mut conn = madoguchi::store::hub::open(dir).unwrap();
    madoguchi::store::hub::sync_services(&conn, &config()).unwrap();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO records (id, device_id, created_at, received_at, day, number, lang, procedures, fields,
                 kana, preapp, status, updated_at, completed_at)
                 VALUES (?1, NULL, ?2, ?2, ?3, ?4, 'ja', '[\"juminhyo-utsushi\"]', ?5, ?6, 'encrypted', ?7, ?2, ?8)",
            )
            .unwrap();
        let family = [
            "ヤマダ",
            "スズキ",
            "タナカ",
            "サトウ",
            "ワタナベ",
            "イトウ",
            "ナカムラ",
            "コバヤシ",
        ];
        let start = Utc.with_ymd_and_hms(2024, 4, 1, 0, 0, 0).unwrap();
        for i in 0..n {
            let at = start + chrono::Duration::seconds((i as i64 * 31_536_000) / n as i64);
            let day = at.format("%Y-%m-%d").to_string();
            let kana = format!("{}{:07}", family[i % family.len()], i);
            let fields = json!({"applicant.reading": {"value": kana, "source": "qr"}}).to_string();
            let ts = madoguchi::store::ts(at);
            let number = format!("{}-{:03}", (b'A' + (i % 8) as u8) as char, i % 900 + 1);
            let done = i + 1000 < n;
            insert
                .execute(rusqlite::params![
                    uuid::Uuid::new_v4().to_string(),
                    ts,
                    day,
                    number,
                    fields,
                    kana,
                    if done { "confirmed" } else { "received" },
                    done.then_some(ts.clone()),
                ])
                .unwrap();
        }
    }
    tx.commit().unwrap();
}

async fn bench_lookups(rows: &mut Vec<(String, String, String)>, n: usize) {
    let dir = tempfile::tempdir().unwrap();
    let t = Instant::now();
    populate(dir.path(), n);
    rows.push((
        format!("fill store with {n} records (setup)"),
        format!("{:.1} s", t.elapsed().as_secs_f64()),
        String::new(),
    ));
    let hub = start(dir.path()).await;
    let kiosk = hub.token("kiosk", Role::Kiosk).await;
    for i in 0..300 {
        let service = ((b'A' + (i % 8) as u8) as char).to_string();
        hub.http
            .post(format!("{}/api/v1/tickets", hub.base))
            .bearer_auth(&kiosk)
            .json(&json!({"service": service}))
            .send()
            .await
            .unwrap();
    }
    let clerk = hub.clerk().await;
    let queries = [
        (
            "waiting list (300 waiting)",
            "/api/v1/visits?limit=500".to_string(),
        ),
        (
            "record lookup by kana prefix",
            "/api/v1/records?kana=ナカムラ00012".to_string(),
        ),
        (
            "record lookup by number+day",
            "/api/v1/records?number=C-123&day=2024-10-01".to_string(),
        ),
        ("board", "/api/v1/board".to_string()),
    ];
    for (name, path) in queries {
        let mut latencies = Vec::new();
        for _ in 0..200 {
            let t = Instant::now();
            let response = hub
                .http
                .get(format!("{}{path}", hub.base))
                .bearer_auth(&clerk)
                .send()
                .await
                .unwrap();
            assert!(
                response.status().is_success(),
                "{path}: {}",
                response.status()
            );
            response.bytes().await.unwrap();
            latencies.push(t.elapsed());
        }
        latencies.sort();
        let p99 = percentile(&latencies, 0.99);
        rows.push((
            format!("{name}, {n} records: p50 / p99"),
            format!("{} / {}", ms(percentile(&latencies, 0.5)), ms(p99)),
            verdict(p99 < Duration::from_millis(20), "< 20 ms"),
        ));
    }
    if let Some(rss) = madoguchi::hub::resident_memory_bytes() {
        rows.push((
            "resident memory after the load (hub + bench client)".into(),
            format!("{:.0} MiB", rss as f64 / 1048576.0),
            String::new(),
        ));
    }
}

/// A name no other data holds, so every occurrence on disk is a leftover.
const RETAINED_NAME: &str = "檜垣退去";

async fn bench_retention(rows: &mut Vec<(String, String, String)>) {
    let dir = tempfile::tempdir().unwrap();
    let n = 10_000;
    {
        let mut conn = madoguchi::store::hub::open(dir.path()).unwrap();
        let tx = conn.transaction().unwrap();
        let mut insert = tx
            .prepare(
                "INSERT INTO records (id, device_id, created_at, received_at, day, number, lang, procedures, fields,
                 kana, preapp, status, updated_at, completed_at)
                 VALUES (?1, NULL, ?2, ?2, '2025-01-06', NULL, 'ja', '[\"juminhyo-utsushi\"]', ?3, ?4, 'encrypted',
                 'confirmed', ?2, ?2)",
            )
            .unwrap();
        let at = madoguchi::store::ts(Utc.with_ymd_and_hms(2025, 1, 6, 1, 0, 0).unwrap());
        for i in 0..n {
            let fields = json!({
                "applicant.name": {"value": format!("{RETAINED_NAME} {i:05}"), "source": "qr"},
                "applicant.reading": {"value": format!("ヒガキタイキョ{i:05}"), "source": "qr"},
            })
            .to_string();
            insert
                .execute(rusqlite::params![
                    uuid::Uuid::new_v4().to_string(),
                    at,
                    fields,
                    format!("ヒガキタイキョ{i:05}")
                ])
                .unwrap();
        }
        drop(insert);
        tx.commit().unwrap();
    }
    let mut config = config();
    config.retention_days = 30;
    let clock = ManualClock::new(Utc.with_ymd_and_hms(2025, 4, 1, 1, 0, 0).unwrap());
    let state = madoguchi::hub::AppState::open(
        HubOptions::new(config, dir.path()).with_clock(Arc::new(clock)),
    )
    .unwrap();
    let started = Instant::now();
    let purged = state.run_retention().await.unwrap();
    let elapsed = started.elapsed();
    assert_eq!(purged, n);
    let needles = [RETAINED_NAME, "ヒガキタイキョ"];
    let mut left = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for needle in needles {
            let needle = needle.as_bytes();
            left += bytes.windows(needle.len()).filter(|w| *w == needle).count() * needle.len();
        }
    }
    rows.push((
        format!("retention of {n} records"),
        format!("{:.2} s", elapsed.as_secs_f64()),
        String::new(),
    ));
    rows.push((
        "bytes of their names left on disk after retention".into(),
        format!("{left} B"),
        verdict(left == 0, "0"),
    ));
}

fn verdict(ok: bool, budget: &str) -> String {
    format!("{} (budget {budget})", if ok { "ok" } else { "OVER" })
}

fn main() {
    let n = std::env::var("HUB_BENCH_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut rows = Vec::new();
    runtime.block_on(async {
        bench_tickets(&mut rows, false).await;
        bench_tickets(&mut rows, true).await;
        bench_sync(&mut rows).await;
        bench_lookups(&mut rows, n).await;
        bench_retention(&mut rows).await;
    });
    let width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(10);
    println!("\n{:width$}  {:>20}  result", "measure", "value");
    for (name, value, result) in rows {
        println!("{name:width$}  {value:>20}  {result}");
    }
}
