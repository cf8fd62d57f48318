//! The hub under abuse (`cargo bench --bench hub_abuse`), as a real
//! process: `madoguchi hub` from the build, on loopback, in a temporary
//! data folder.
//!
//! 1. A parallel burst of 128 logins for one clerk, 127 wrong PINs and the
//!    right one among them: PINs actually verified (argon2 runs, from
//!    `/metrics`; budget ≤ 5) and the hub's peak resident memory (`VmHWM`
//!    of the process; budget < 200 MB).
//! 2. Ticket latency p50/p99 for one kiosk, alone and while 8 threads
//!    flood the public `/status` page.

// Bench code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use madoguchi::hub::api::Role;
use madoguchi::hub::cli;
use serde_json::{Value, json};

const BURST: usize = 128;
const TICKETS: usize = 300;
const FLOODERS: usize = 8;

fn start_hub(data_dir: &std::path::Path) -> (Child, String) {
    let config = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/hub.toml");
    let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["hub", "--listen", "127.0.0.1:0", "--config"])
        .arg(&config)
        .arg("--data-dir")
        .arg(data_dir)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run the madoguchi binary");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("first line was {line:?}"))
        .to_owned();
    (child, addr)
}

/// A `kB` line of `/proc/PID/status` (`VmHWM`, `VmRSS`), in MB.
fn proc_status_mb(pid: u32, field: &str) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

async fn pin_verifications(http: &reqwest::Client, base: &str) -> u64 {
    let text = http
        .get(format!("{base}/metrics"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("madoguchi_pin_verifications_total "))
        .and_then(|v| v.trim().parse().ok())
        // A hub without the counter verified every PIN it was sent.
        .unwrap_or(u64::MAX)
}

async fn enroll(http: &reqwest::Client, base: &str, code: &str) -> String {
    let answer: Value = http
        .post(format!("{base}/api/v1/devices/enroll"))
        .json(&json!({"code": code}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    answer["token"].as_str().unwrap().to_owned()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index]
}

/// Latencies of `TICKETS` tickets taken one after the other, sorted.
async fn ticket_latencies(http: &reqwest::Client, base: &str, kiosk: &str) -> Vec<Duration> {
    let mut took = Vec::with_capacity(TICKETS);
    for _ in 0..TICKETS {
        let started = Instant::now();
        let status = http
            .post(format!("{base}/api/v1/tickets"))
            .bearer_auth(kiosk)
            .json(&json!({"service": "A"}))
            .send()
            .await
            .unwrap()
            .status();
        took.push(started.elapsed());
        assert!(status.is_success(), "ticket: {status}");
    }
    took.sort();
    took
}

/// One flooding thread: `GET /status` over fresh connections until told to stop.
fn flood(addr: String, stop: Arc<AtomicBool>, served: Arc<AtomicU64>) {
    let request = format!("GET /status HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let mut sink = Vec::with_capacity(16 * 1024);
    while !stop.load(Ordering::Relaxed) {
        let Ok(mut stream) = std::net::TcpStream::connect(&addr) else {
            continue;
        };
        if stream.write_all(request.as_bytes()).is_ok() {
            sink.clear();
            if stream.read_to_end(&mut sink).is_ok() {
                served.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let station_code = cli::enroll_device(dir.path(), "desk", Role::ClerkStation).unwrap();
    let kiosk_code = cli::enroll_device(dir.path(), "kiosk", Role::Kiosk).unwrap();
    cli::add_clerk(dir.path(), "c1", "1357").unwrap();
    let (mut hub, addr) = start_hub(dir.path());
    let pid = hub.id();
    let base = format!("http://{addr}");
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(120))
        .build()
        .unwrap();

    println!("hub abuse (madoguchi hub as a process, pid {pid}, loopback)");
    runtime.block_on(async {
        let station = enroll(&http, &base, &station_code).await;
        let kiosk = enroll(&http, &base, &kiosk_code).await;

        // 1. The login burst.
        let rss_before = proc_status_mb(pid, "VmHWM:").unwrap_or(f64::NAN);
        let before = pin_verifications(&http, &base).await;
        let started = Instant::now();
        let logins = (0..BURST).map(|i| {
            let pin = if i == BURST / 2 { "1357" } else { "0000" };
            let (http, base, station) = (http.clone(), base.clone(), station.clone());
            tokio::spawn(async move {
                http.post(format!("{base}/api/v1/clerk/login"))
                    .bearer_auth(station)
                    .json(&json!({"id": "c1", "pin": pin, "counter": "1"}))
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
                    .unwrap_or(0)
            })
        });
        let statuses: Vec<u16> = futures_util::future::join_all(logins)
            .await
            .into_iter()
            .map(|s| s.unwrap())
            .collect();
        let burst_took = started.elapsed();
        let verified = pin_verifications(&http, &base).await.saturating_sub(before);
        let peak = proc_status_mb(pid, "VmHWM:").unwrap_or(f64::NAN);
        let count = |code: u16| statuses.iter().filter(|s| **s == code).count();
        println!(
            "login burst: {BURST} requests in {:.2} s: {} × 401, {} × 429, {} × 200 (the right PIN logged in: {})",
            burst_took.as_secs_f64(),
            count(401),
            count(429),
            count(200),
            if statuses[BURST / 2] == 200 { "yes" } else { "no" },
        );
        println!("  PINs verified:            {verified:>8}   (budget ≤ 5)");
        println!(
            "  hub peak RSS (VmHWM):     {peak:>8.1} MB (budget < 200 MB; {rss_before:.1} MB before)"
        );

        // 2. Tickets alone, then under a /status flood.
        let quiet = ticket_latencies(&http, &base, &kiosk).await;
        let stop = Arc::new(AtomicBool::new(false));
        let served = Arc::new(AtomicU64::new(0));
        let flooders: Vec<_> = (0..FLOODERS)
            .map(|_| {
                let (addr, stop, served) = (addr.clone(), stop.clone(), served.clone());
                std::thread::spawn(move || flood(addr, stop, served))
            })
            .collect();
        tokio::time::sleep(Duration::from_millis(500)).await;
        let flood_started = Instant::now();
        let served_before = served.load(Ordering::Relaxed);
        let flooded = ticket_latencies(&http, &base, &kiosk).await;
        let status_rate = (served.load(Ordering::Relaxed) - served_before) as f64
            / flood_started.elapsed().as_secs_f64();
        stop.store(true, Ordering::Relaxed);
        for f in flooders {
            f.join().unwrap();
        }
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!("ticket latency, {TICKETS} tickets one after another:");
        println!(
            "  alone:                    p50 {:>7.2} ms   p99 {:>7.2} ms",
            ms(percentile(&quiet, 0.50)),
            ms(percentile(&quiet, 0.99)),
        );
        println!(
            "  {FLOODERS} threads on /status:    p50 {:>7.2} ms   p99 {:>7.2} ms   ({status_rate:.0} status pages/s served)",
            ms(percentile(&flooded, 0.50)),
            ms(percentile(&flooded, 0.99)),
        );
    });
    let _ = hub.kill();
    let _ = hub.wait();
}
