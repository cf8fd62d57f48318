//! kill -9 of the real hub process in the middle of record pushes, then a
//! restart: every acknowledged record is there exactly once, and the kiosk's
//! retry of everything duplicates nothing.
//!
//! NOTE: runs the `madoguchi` binary (`madoguchi hub --listen 127.0.0.1:0
//! --data-dir D`), so it needs `Hub(madoguchi::hub::cli::HubCommand)` wired
//! in src/main.rs.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod hub_support;

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use hub_support::record;
use madoguchi::hub::api::{Outcome, PushResponse, Role};

fn start_hub(data_dir: &std::path::Path) -> (Child, String) {
    let config = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/hub.toml");
    let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["hub", "--listen", "127.0.0.1:0", "--config"])
        .arg(&config)
        .arg("--data-dir")
        .arg(data_dir)
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
        .unwrap_or_else(|| panic!("first line was {line:?}: is `Hub(madoguchi::hub::cli::HubCommand)` wired in src/main.rs?"));
    (child, format!("http://{addr}"))
}

fn kill9(child: &mut Child) {
    // SIGKILL: no destructor, no flush, no graceful anything.
    let status = Command::new("kill")
        .args(["-9", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    child.wait().unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_records_survive_kill_9_once() {
    let dir = tempfile::tempdir().unwrap();
    let code = madoguchi::hub::cli::enroll_device(dir.path(), "kiosk-1", Role::Kiosk).unwrap();
    let (mut hub, base) = start_hub(dir.path());
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let enrolled: serde_json::Value = http
        .post(format!("{base}/api/v1/devices/enroll"))
        .json(&serde_json::json!({"code": code}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = enrolled["token"].as_str().unwrap().to_owned();

    // Four kiosks' worth of concurrent pushes of 100 records each, until killed.
    let all: Vec<_> = (0..4000)
        .map(|i| record(&format!("カナ{i}"), None))
        .collect();
    let acked = std::sync::Arc::new(std::sync::Mutex::new(HashSet::new()));
    let mut pushers = Vec::new();
    for part in all.chunks(1000).map(|c| c.to_vec()) {
        let (http, base, token, acked) = (http.clone(), base.clone(), token.clone(), acked.clone());
        pushers.push(tokio::spawn(async move {
            for batch in part.chunks(100) {
                let sent = http
                    .post(format!("{base}/api/v1/records"))
                    .bearer_auth(&token)
                    .json(&serde_json::json!({"records": batch}))
                    .send()
                    .await;
                let Ok(response) = sent else { return };
                let Ok(answer) = response.json::<PushResponse>().await else {
                    return;
                };
                let mut acked = acked.lock().unwrap();
                for item in answer.records {
                    assert_ne!(item.outcome, Outcome::Refused);
                    acked.insert(item.id);
                }
            }
        }));
    }
    // Kill once some batches were acknowledged and others are in flight.
    let deadline = Instant::now() + Duration::from_secs(60);
    while acked.lock().unwrap().len() < 800 {
        assert!(Instant::now() < deadline, "hub too slow to acknowledge");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    kill9(&mut hub);
    for p in pushers {
        p.await.unwrap();
    }
    let acknowledged = acked.lock().unwrap().clone();
    assert!(
        acknowledged.len() < all.len(),
        "the kill came too late to be mid-batch"
    );

    // Restart on the same data: every acknowledged record is there.
    let (mut hub, base) = start_hub(dir.path());
    let conn = madoguchi::store::hub::open(dir.path()).unwrap();
    let stored: HashSet<String> = conn
        .prepare("SELECT id FROM records")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    eprintln!(
        "acknowledged before kill: {}, stored after restart: {}",
        acknowledged.len(),
        stored.len()
    );
    let missing: Vec<_> = acknowledged.difference(&stored).collect();
    assert!(
        missing.is_empty(),
        "{} acknowledged records lost",
        missing.len()
    );

    // The kiosk retries everything it has: duplicates for what is stored, the rest stored.
    let mut duplicates = 0;
    for batch in all.chunks(500) {
        let answer: PushResponse = http
            .post(format!("{base}/api/v1/records"))
            .bearer_auth(&token)
            .json(&serde_json::json!({"records": batch}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        for item in answer.records {
            match item.outcome {
                Outcome::Duplicate => {
                    duplicates += 1;
                    assert!(stored.contains(&item.id));
                }
                Outcome::Stored => assert!(!stored.contains(&item.id)),
                Outcome::Refused => panic!("refused {item:?}"),
            }
        }
    }
    assert_eq!(duplicates, stored.len());
    let count: i64 = conn
        .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, all.len() as i64, "each record exactly once");
    assert!(matches!(
        madoguchi::store::audit::verify(&conn).unwrap(),
        madoguchi::store::audit::Verification::Intact { .. }
    ));
    kill9(&mut hub);
}
