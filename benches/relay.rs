//! Wait anywhere (`cargo bench --bench relay`).
//!
//! 1. Call at the hub → visible to the resident's page, p50/p99/max:
//!    at the relay (`data/tickets/ID.json`, budget 2 s) and in a static
//!    directory (the file, to which the page's 3 s refresh is added;
//!    budget 5 s). The hub (on loopback, 1,000 public tickets) publishes to
//!    an in-process relay and a directory at once.
//! 2. A `madoguchi relay` process with 20 offices × 1,000 tickets: its
//!    memory (VmRSS/VmHWM) loaded, and its throughput and latency
//!    p50/p99 with 2,000 concurrent phone clients (one keep-alive
//!    connection each, the open-files limit raised to its hard limit; fewer
//!    clients when that is too low, said in the output) for a bounded time.
//! 3. Snapshot bytes per office with 1,000 tickets (signed envelope, and gzipped).
//!
//! Environment: `RELAY_BENCH_CALLS` (default 100), `RELAY_BENCH_CLIENTS`
//! (2000), `RELAY_BENCH_SECONDS` (10), `RELAY_BENCH_TICKETS` (1000 per office).

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

#[path = "../tests/hub_support/mod.rs"]
mod hub_support;

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use hub_support::{TestHub, morning};
use madoguchi::config::hub::HubConfig;
use madoguchi::hub::api::Role;
use madoguchi::i18n::{I18n, Lang};
use madoguchi::publish::{
    Called, Names, PageFiles, PublishingKey, ServiceNow, Snapshot, TicketNow, TicketState,
    new_ticket_id,
};
use madoguchi::queue::ManualClock;
use madoguchi::relay::{RelayConfig, RelayOffice, RelayOptions};
use serde_json::{Value, json};

const OFFICES: usize = 20;
/// How often a resident's page reloads a static ticket file.
const PAGE_REFRESH: Duration = Duration::from_secs(3);

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn percentile<T: Copy + Ord>(sorted: &[T], p: f64) -> T {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let calls = env("RELAY_BENCH_CALLS", 100).clamp(5, 450);
    let clients = env("RELAY_BENCH_CLIENTS", 2000).max(1);
    let seconds = env("RELAY_BENCH_SECONDS", 10).clamp(1, 120) as u64;
    let tickets = env("RELAY_BENCH_TICKETS", 1000).clamp(1, 1998);
    let clients = raise_open_files(clients);
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(call_to_page(calls, tickets));
    rt.block_on(relay_process(clients, seconds, tickets));
}

/// Part 1: a call at the hub until the relay's file and the static file show it.
async fn call_to_page(calls: usize, tickets: usize) {
    let clock = ManualClock::new(morning());
    let hub_dir = tempfile::tempdir().unwrap();
    let key = PublishingKey::load_or_create(hub_dir.path()).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let relay_base = format!("http://{}", listener.local_addr().unwrap());
    let options = RelayOptions::new(
        RelayConfig::for_offices(vec![RelayOffice {
            id: "honcho".into(),
            public_key: key.public_key(),
        }]),
        PageFiles::new(),
    )
    .with_clock(Arc::new(clock.clone()));
    let (stop_relay, relay_stopped) = tokio::sync::oneshot::channel::<()>();
    let relay = tokio::spawn(madoguchi::relay::serve_with(options, listener, async {
        let _ = relay_stopped.await;
    }));
    let out = tempfile::tempdir().unwrap();
    let mut config = HubConfig::sample();
    config.publish.office = "honcho".into();
    config.publish.targets = vec![relay_base.clone(), out.path().display().to_string()];
    let hub = TestHub::start_publishing(hub_dir, config, clock, PageFiles::new()).await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let mut ids: HashMap<String, String> = HashMap::new();
    let started = Instant::now();
    for i in 0..tickets {
        let service = if i % 2 == 0 { "A" } else { "B" };
        let (status, ticket) = hub
            .post(
                &kiosk,
                "/api/v1/tickets",
                json!({"service": service, "lang": "en"}),
            )
            .await;
        assert_eq!(status, 200, "{ticket}");
        let url = ticket["page_url"].as_str().unwrap();
        let id = url.split_once("?t=").unwrap().1.split('&').next().unwrap();
        ids.insert(ticket["number"].as_str().unwrap().to_owned(), id.to_owned());
    }
    println!(
        "hub: {tickets} tickets issued in {:.1} s (each with a public id)",
        started.elapsed().as_secs_f64()
    );
    let http = reqwest::Client::new();
    let clerk = hub.clerk("c1", "1").await;
    let mut at_relay = Vec::with_capacity(calls);
    let mut in_file = Vec::with_capacity(calls);
    for _ in 0..calls {
        let start = Instant::now();
        let (status, called) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
        assert_eq!(status, 200, "{called}");
        let id = &ids[called["visit"]["number"].as_str().unwrap()];
        let relay_url = format!("{relay_base}/data/tickets/{id}.json");
        let file = out.path().join(format!("data/tickets/{id}.json"));
        let relay_seen = async {
            loop {
                if let Ok(response) = http.get(&relay_url).send().await
                    && let Ok(value) = response.json::<Value>().await
                    && value["ticket"]["state"] == "called"
                {
                    return start.elapsed();
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
        };
        let file_seen = async {
            loop {
                if std::fs::read(&file)
                    .ok()
                    .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
                    .is_some_and(|v| v["ticket"]["state"] == "called")
                {
                    return start.elapsed();
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
        };
        let (relay_latency, file_latency) = tokio::time::timeout(Duration::from_secs(30), async {
            tokio::join!(relay_seen, file_seen)
        })
        .await
        .expect("the call shows within 30 s");
        at_relay.push(relay_latency);
        in_file.push(file_latency);
        let done = format!("/api/v1/visits/{}/done", called["visit"]["id"]);
        assert_eq!(hub.post(&clerk, &done, json!({})).await.0, 200);
    }
    at_relay.sort();
    in_file.sort();
    println!("call at the hub → visible ({calls} calls, {tickets} tickets published)");
    println!("| where | p50 ms | p99 ms | max ms | budget |");
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| relay data/tickets/ID.json | {} | {} | {} | 2000 |",
        ms(percentile(&at_relay, 0.5)),
        ms(percentile(&at_relay, 0.99)),
        ms(*at_relay.last().unwrap())
    );
    println!(
        "| static file written | {} | {} | {} | |",
        ms(percentile(&in_file, 0.5)),
        ms(percentile(&in_file, 0.99)),
        ms(*in_file.last().unwrap())
    );
    println!(
        "| static page (file + {} s refresh, worst case) | {} | {} | {} | 5000 |",
        PAGE_REFRESH.as_secs(),
        ms(percentile(&in_file, 0.5) + PAGE_REFRESH),
        ms(percentile(&in_file, 0.99) + PAGE_REFRESH),
        ms(*in_file.last().unwrap() + PAGE_REFRESH)
    );
    hub.stop().await;
    let _ = stop_relay.send(());
    let _ = tokio::time::timeout(Duration::from_secs(5), relay).await;
}

/// A snapshot of office `office` as a hub makes it: two services named
/// in every language, recent calls, `tickets` public tickets.
fn office_snapshot(office: &str, tickets: usize, sequence: u64) -> Snapshot {
    let i18n = I18n::embedded();
    let names = |key: &str| -> Names {
        Lang::all()
            .map(|lang| (lang.code().to_owned(), i18n.tr(&lang, key)))
            .collect()
    };
    let now = Utc::now();
    let services = [
        ("A", "hub-service-certificates"),
        ("B", "hub-service-moving"),
    ]
    .iter()
    .map(|(code, key)| ServiceNow {
        code: (*code).into(),
        name: names(key),
        waiting: (tickets / 2) as u32,
        estimated_wait_minutes: 90,
        called: (1..=5)
            .map(|n| Called {
                number: format!("{code}-{n:03}"),
                counter: Some(n.to_string()),
            })
            .collect(),
    })
    .collect();
    let tickets: BTreeMap<String, TicketNow> = (0..tickets)
        .map(|i| {
            let service = if i % 2 == 0 { "A" } else { "B" };
            (
                new_ticket_id(),
                TicketNow {
                    number: format!("{service}-{:03}", i / 2 + 1),
                    service: service.into(),
                    lang: "en".into(),
                    state: TicketState::Waiting,
                    ahead: (i / 2) as u32,
                    estimated_wait_minutes: (i / 2 * 6) as u32,
                    counter: None,
                    expires_at: now + chrono::Duration::hours(8),
                },
            )
        })
        .collect();
    Snapshot {
        v: 1,
        office: office.into(),
        office_name: names("hub-service-certificates"),
        time_zone: "Asia/Tokyo".into(),
        generated_at: now,
        sequence,
        stale_after_seconds: 30,
        services,
        tickets,
    }
}

fn memory(pid: u32) -> String {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    format!("VmRSS {}, VmHWM {}", field("VmRSS:"), field("VmHWM:"))
}

/// Raises the soft open-files limit to the hard one (inherited by the
/// relay process); returns how many clients fit (two descriptors each on
/// loopback, plus room).
fn raise_open_files(clients: usize) -> usize {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // Plain system calls on a local struct; no memory is shared.
    #[allow(unsafe_code)]
    let hard = unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return clients.min(400);
        }
        limit.rlim_cur = limit.rlim_max;
        libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
        limit.rlim_cur as usize
    };
    let fit = hard.saturating_sub(200) / 2;
    if fit < clients {
        println!("open-files limit {hard}: {fit} clients instead of {clients}");
        fit.max(1)
    } else {
        clients
    }
}

/// Part 2 and 3: a relay process, 20 offices, memory, many phones.
async fn relay_process(clients: usize, seconds: u64, tickets: usize) {
    let dir = tempfile::tempdir().unwrap();
    let keys: Vec<(String, PublishingKey)> = (0..OFFICES)
        .map(|i| (format!("office-{i:02}"), PublishingKey::generate()))
        .collect();
    let mut config = RelayConfig::for_offices(
        keys.iter()
            .map(|(id, key)| RelayOffice {
                id: id.clone(),
                public_key: key.public_key(),
            })
            .collect(),
    );
    config.listen = "127.0.0.1:0".into();
    config.max_event_streams = clients;
    let config_file = dir.path().join("relay.toml");
    std::fs::write(&config_file, toml::to_string(&config).unwrap()).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .arg("relay")
        .arg("--config")
        .arg(&config_file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap()
        .to_owned();
    let base = format!("http://{addr}");
    println!();
    println!("relay process ({OFFICES} offices × {tickets} tickets)");
    println!("- started: {}", memory(pid));

    let http = reqwest::Client::new();
    let mut ids: Vec<String> = Vec::new();
    let mut envelope_bytes = 0;
    let mut gzip_bytes = 0;
    for round in 1..=2u64 {
        for (office, key) in &keys {
            let snapshot = office_snapshot(office, tickets, round);
            if round == 2 {
                ids.extend(snapshot.tickets.keys().cloned());
            }
            let body = serde_json::to_vec(&key.sign(&snapshot)).unwrap();
            envelope_bytes = body.len();
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            gz.write_all(&body).unwrap();
            gzip_bytes = gz.finish().unwrap().len();
            let response = http
                .post(format!("{base}/publish"))
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 204, "{}", response.text().await.unwrap());
        }
        println!(
            "- loaded (round {round}, every office replaced): {}",
            memory(pid)
        );
    }
    println!(
        "snapshot per office ({tickets} tickets, names in 12 languages): {envelope_bytes} bytes signed, {gzip_bytes} gzipped"
    );

    let ids = Arc::new(ids);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .build()
        .unwrap();
    let mut tasks = Vec::with_capacity(clients);
    for c in 0..clients {
        let (client, ids, base) = (client.clone(), ids.clone(), base.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies: Vec<u32> = Vec::new();
            let mut errors = 0usize;
            let mut i = c;
            while Instant::now() < deadline {
                i = (i * 7919 + 13) % ids.len();
                let url = format!("{base}/data/tickets/{}.json", ids[i]);
                let start = Instant::now();
                match client.get(&url).send().await {
                    Ok(response) if response.status() == 200 => {
                        let _ = response.bytes().await;
                        latencies.push(start.elapsed().as_micros() as u32);
                    }
                    _ => errors += 1,
                }
            }
            (latencies, errors)
        }));
    }
    let mut all: Vec<u32> = Vec::new();
    let mut errors = 0;
    for task in tasks {
        let (latencies, e) = task.await.unwrap();
        all.extend(latencies);
        errors += e;
    }
    all.sort_unstable();
    let took = seconds as f64;
    println!(
        "{clients} concurrent phone clients for {seconds} s (one keep-alive connection each, GET data/tickets/ID.json, client and relay on these cores):"
    );
    if all.is_empty() {
        println!("- no answer at all ({errors} errors)");
    } else {
        println!(
            "- {:.0} requests/s, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {errors} errors",
            all.len() as f64 / took,
            percentile(&all, 0.5) as f64 / 1000.0,
            percentile(&all, 0.99) as f64 / 1000.0,
            *all.last().unwrap() as f64 / 1000.0
        );
    }
    println!("- after the load: {}", memory(pid));
    let _ = child.kill();
    let _ = child.wait();
}
