//! Kiosk outbox → hub over loopback: push, acknowledgement, offline leases.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod hub_support;

use std::collections::HashSet;
use std::sync::Arc;

use hub_support::{TestHub, morning, record};
use madoguchi::hub::api::Role;
use madoguchi::queue::ManualClock;
use madoguchi::store::outbox;
use madoguchi::sync::{Outbox, SyncClient, SyncError};

/// An address where nothing listens.
async fn dead_url() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    url
}

fn kiosk(url: &str, token: &str, outbox: &Outbox, clock: &ManualClock) -> SyncClient {
    SyncClient::new(url, token, outbox.clone(), chrono_tz::Asia::Tokyo)
        .with_clock(Arc::new(clock.clone()))
}

#[tokio::test]
async fn outbox_pushes_and_forgets_personal_data_on_ack() {
    let hub = TestHub::start().await;
    let token = hub.device("kiosk-1", Role::Kiosk).await;
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();

    // The hub is away: records wait, the kiosk knows it is offline.
    let away = kiosk(&dead_url().await, &token, &outbox, &hub.clock);
    let records: Vec<_> = (0..1200)
        .map(|i| record(&format!("カナ{i}"), None))
        .collect();
    for r in &records {
        away.submit(r.clone()).await.unwrap();
    }
    assert!(matches!(away.sync_all().await, Err(SyncError::Offline(_))));
    let status = away.status().borrow().clone();
    assert!(!status.online);
    assert_eq!(status.pending_records, 1200);
    assert!(status.last_error.is_some());

    // Back: everything goes in batches, is acknowledged, and leaves the kiosk.
    let client = kiosk(&hub.base, &token, &outbox, &hub.clock);
    assert_eq!(client.sync_all().await.unwrap(), 1200);
    let status = client.status().borrow().clone();
    assert!(status.online && status.pending_records == 0 && status.last_sync.is_some());
    let dir_path = dir.path().to_owned();
    let held = tokio::task::spawn_blocking(move || {
        let conn = outbox::open(&dir_path).unwrap();
        conn.query_row(
            "SELECT count(*) FROM outbox WHERE body IS NOT NULL",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(held, 0, "no personal data left on the kiosk");

    // A retry of something already stored is a duplicate, never a copy.
    let again = &records[0];
    let (_, answer) = hub
        .post(
            &token,
            "/api/v1/records",
            serde_json::json!({"records": [again]}),
        )
        .await;
    assert_eq!(answer["records"][0]["outcome"], "duplicate");
    let conn = madoguchi::store::hub::open(hub.dir.path()).unwrap();
    let stored: i64 = conn
        .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 1200);
    hub.stop().await;
}

#[tokio::test]
async fn two_offline_kiosks_and_one_online_never_share_a_number() {
    let hub = TestHub::start().await;
    let clock = ManualClock::new(morning());
    let services = vec!["A".to_string(), "B".to_string()];
    let mut offline_kiosks = Vec::new();
    let mut dirs = Vec::new();
    for name in ["kiosk-2", "kiosk-3"] {
        let token = hub.device(name, Role::Kiosk).await;
        let dir = tempfile::tempdir().unwrap();
        let outbox = Outbox::open(dir.path()).unwrap();
        // While online, each kiosk takes its leases for today and tomorrow.
        kiosk(&hub.base, &token, &outbox, &clock)
            .refill_leases(&services)
            .await
            .unwrap();
        offline_kiosks.push((token, outbox));
        dirs.push(dir);
    }
    let online = hub.device("kiosk-1", Role::Kiosk).await;
    let online_dir = tempfile::tempdir().unwrap();
    let online_client = kiosk(
        &hub.base,
        &online,
        &Outbox::open(online_dir.path()).unwrap(),
        &clock,
    );

    let dead = dead_url().await;
    let mut numbers = HashSet::new();
    for round in 0..45 {
        for (token, outbox) in &offline_kiosks {
            let ticket = kiosk(&dead, token, outbox, &clock)
                .issue_ticket("A")
                .await
                .unwrap();
            assert!(ticket.offline);
            assert!(
                numbers.insert(ticket.number.clone()),
                "duplicate {} in round {round}",
                ticket.number
            );
        }
        let ticket = online_client.issue_ticket("A").await.unwrap();
        assert!(!ticket.offline);
        assert!(
            numbers.insert(ticket.number.clone()),
            "duplicate {}",
            ticket.number
        );
    }
    assert_eq!(numbers.len(), 135);
    // Back online: the offline numbers reach the hub, which accepts every one.
    for (token, outbox) in &offline_kiosks {
        let client = kiosk(&hub.base, token, outbox, &clock);
        assert_eq!(client.sync_all().await.unwrap(), 45);
        assert_eq!(client.status().borrow().pending_tickets, 0);
    }
    let clerk = hub.clerk("c1", "1").await;
    let (_, list) = hub
        .get(&clerk, "/api/v1/visits?services=A&limit=1000")
        .await;
    let listed: HashSet<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["number"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        listed, numbers,
        "the hub's queue holds exactly the numbers issued"
    );

    // A lease runs out: offline with no number left is a clear error.
    let (token, outbox) = &offline_kiosks[0];
    let away = kiosk(&dead, token, outbox, &clock);
    for _ in 45..50 {
        away.issue_ticket("A").await.unwrap();
    }
    assert!(matches!(
        away.issue_ticket("A").await,
        Err(SyncError::NoLease)
    ));
    // Tomorrow's lease works tomorrow, without the hub.
    clock.advance(chrono::Duration::days(1));
    let tomorrow = away.issue_ticket("B").await.unwrap();
    assert!(tomorrow.offline);
    assert_eq!(tomorrow.day.to_string(), "2025-04-02");
    hub.stop().await;
}

#[tokio::test]
async fn enrolled_kiosk_syncs_in_the_background_and_keeps_leases() {
    let hub = TestHub::start().await;
    let code = madoguchi::hub::cli::enroll_device(hub.dir.path(), "kiosk-9", Role::Kiosk).unwrap();
    let qr = madoguchi::hub::cli::enrollment_qr_text(&madoguchi::hub::cli::Enrollment {
        hub_url: hub.base.clone(),
        code: code.clone(),
        ca_fingerprint: None,
    });
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let client = madoguchi::sync::enroll_from_qr(&qr, outbox.clone(), chrono_tz::Asia::Tokyo)
        .await
        .unwrap();
    // The same code does not work twice.
    assert!(
        madoguchi::sync::enroll_from_qr(&qr, outbox.clone(), chrono_tz::Asia::Tokyo)
            .await
            .is_err()
    );
    // After a restart the kiosk finds its credentials again.
    let restored = madoguchi::sync::client_from_saved(outbox.clone(), chrono_tz::Asia::Tokyo)
        .await
        .unwrap();
    assert!(restored.is_some());

    let client = client.with_clock(Arc::new(hub.clock.clone()));
    let mut status = client.status();
    let background = tokio::spawn(client.clone().run(vec!["A".into()]));
    for i in 0..20 {
        client
            .submit(record(&format!("カナ{i}"), None))
            .await
            .unwrap();
    }
    let settled = tokio::time::timeout(std::time::Duration::from_secs(20), async {
        loop {
            {
                let s = status.borrow_and_update();
                if s.online && s.pending_records == 0 && s.last_sync.is_some() {
                    break;
                }
            }
            status.changed().await.unwrap();
        }
    })
    .await;
    assert!(
        settled.is_ok(),
        "background sync did not finish: {:?}",
        *status.borrow()
    );
    // Leases for today and tomorrow were taken while online.
    let day = madoguchi::queue::local_day(
        madoguchi::queue::Clock::now(&hub.clock),
        chrono_tz::Asia::Tokyo,
    );
    let mut remaining = 0;
    for _ in 0..200 {
        let ob = outbox.clone();
        remaining = ob
            .run(move |c| outbox::lease_remaining(c, day, "A"))
            .await
            .unwrap();
        if remaining > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(remaining, 50);
    background.abort();
    let conn = madoguchi::store::hub::open(hub.dir.path()).unwrap();
    let stored: i64 = conn
        .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 20);
    hub.stop().await;
}
