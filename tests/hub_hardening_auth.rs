//! The hub's locks and small hardening over loopback (issue 16): PIN
//! lockouts that hold under a parallel burst, per clerk and per station;
//! enrollment codes that cannot be guessed; the status page cheap and
//! framed by security headers; the smaller findings one by one.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod hub_support;

use std::time::{Duration, Instant};

use hub_support::{TestHub, record};
use madoguchi::hub::api::Role;
use madoguchi::hub::cli;
use madoguchi::queue::Clock;
use madoguchi::store::hub as store;
use serde_json::{Value, json};

/// The hub's count of argon2 PIN verifications, from `/metrics`.
async fn pin_verifications(hub: &TestHub) -> u64 {
    hub.metrics()
        .await
        .lines()
        .find_map(|l| l.strip_prefix("madoguchi_pin_verifications_total "))
        .expect("the hub counts PIN verifications")
        .trim()
        .parse()
        .unwrap()
}

async fn login(hub: &TestHub, station: &str, id: &str, pin: &str) -> (u16, Value) {
    hub.post(
        station,
        "/api/v1/clerk/login",
        json!({"id": id, "pin": pin, "counter": "1"}),
    )
    .await
}

#[tokio::test]
async fn a_parallel_burst_of_wrong_pins_gets_five_checks_and_no_login() {
    let hub = TestHub::start().await;
    cli::add_clerk(hub.dir.path(), "c1", "1357").unwrap();
    let station = hub.device("desk", Role::ClerkStation).await;
    let before = pin_verifications(&hub).await;
    // 127 wrong PINs at once, and the right one 20 ms into the burst
    // (while the wrong ones are still being answered).
    let wrong =
        futures_util::future::join_all((0..127).map(|_| login(&hub, &station, "c1", "0000")));
    let right = async {
        tokio::time::sleep(Duration::from_millis(20)).await;
        login(&hub, &station, "c1", "1357").await
    };
    let (mut answers, right) = futures_util::future::join(wrong, right).await;
    answers.push(right);
    let verified = pin_verifications(&hub).await - before;
    assert!(
        verified <= store::MAX_FAILED_LOGINS as u64,
        "{verified} PINs verified"
    );
    let count = |status: u16| answers.iter().filter(|(s, _)| *s == status).count();
    assert!(count(401) <= store::MAX_FAILED_LOGINS as usize);
    assert_eq!(count(429) + count(401), 128, "nothing else, no login");
    let (status, body) = &answers[127];
    assert_eq!(*status, 429, "the right PIN inside the burst: {body}");
    assert_eq!(body["error"]["key"], "hub-error-login-locked");
    // The lock holds after the burst, then expires.
    let (status, _) = login(&hub, &station, "c1", "1357").await;
    assert_eq!(status, 429);
    hub.clock
        .advance(chrono::Duration::minutes(store::LOCKOUT_MINUTES + 1));
    let (status, body) = login(&hub, &station, "c1", "1357").await;
    assert_eq!(status, 200, "{body}");
    hub.stop().await;
}

#[tokio::test]
async fn a_station_guessing_across_clerk_ids_is_locked_out() {
    let hub = TestHub::start().await;
    let station = hub.device("desk", Role::ClerkStation).await;
    let other = hub.device("desk-2", Role::ClerkStation).await;
    cli::add_clerk(hub.dir.path(), "c1", "1357").unwrap();
    // One wrong PIN per clerk id (known or not): no clerk is locked, the station is.
    for n in 0..store::MAX_STATION_FAILED_LOGINS {
        let id = format!("guess{n}");
        if n % 2 == 0 {
            cli::add_clerk(hub.dir.path(), &id, "2468").unwrap();
        }
        let (status, _) = login(&hub, &station, &id, "0000").await;
        assert_eq!(status, 401);
    }
    let before = pin_verifications(&hub).await;
    let (status, body) = login(&hub, &station, "c1", "1357").await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(body["error"]["key"], "hub-error-login-station-locked");
    assert!(body["message"].as_str().unwrap().contains("端末"), "{body}");
    assert_eq!(pin_verifications(&hub).await, before, "refused unchecked");
    // The clerk is not locked: another station logs them in.
    let (status, body) = login(&hub, &other, "c1", "1357").await;
    assert_eq!(status, 200, "{body}");
    hub.stop().await;
}

#[tokio::test]
async fn an_unknown_clerk_id_costs_a_pin_check_like_a_known_one() {
    let hub = TestHub::start().await;
    let station = hub.device("desk", Role::ClerkStation).await;
    cli::add_clerk(hub.dir.path(), "c1", "1357").unwrap();
    let timed = async |id: &str| {
        let before = pin_verifications(&hub).await;
        let started = Instant::now();
        let (status, body) = login(&hub, &station, id, "0000").await;
        let took = started.elapsed();
        assert_eq!(status, 401, "{body}");
        assert_eq!(body["error"]["key"], "hub-error-login", "the same answer");
        assert_eq!(pin_verifications(&hub).await, before + 1, "one check");
        took
    };
    // Warm up (the dummy hash is made on first use), then compare.
    timed("nobody").await;
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for _ in 0..3 {
        known.push(timed("c1").await);
        unknown.push(timed("nobody").await);
    }
    known.sort();
    unknown.sort();
    assert!(
        unknown[1] * 4 >= known[1],
        "unknown {:?} vs known {:?}",
        unknown,
        known
    );
    hub.stop().await;
}

#[tokio::test]
async fn wrong_enrollment_codes_stop_enrollment_for_a_while() {
    let hub = TestHub::start().await;
    let code = cli::enroll_device(hub.dir.path(), "k1", Role::Kiosk).unwrap();
    for n in 0..store::MAX_ENROLL_FAILURES {
        let (status, body) = hub
            .post(
                "",
                "/api/v1/devices/enroll",
                json!({"code": format!("WRONG{n:05}")}),
            )
            .await;
        assert_eq!(status, 404, "{body}");
    }
    // Even the right code is refused now, unread.
    let (status, body) = hub
        .post("", "/api/v1/devices/enroll", json!({"code": code}))
        .await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(body["error"]["key"], "hub-error-enroll-throttled");
    assert!(body["message"].as_str().unwrap().contains("登録"), "{body}");
    hub.clock
        .advance(chrono::Duration::minutes(store::ENROLL_WINDOW_MINUTES + 1));
    let (status, body) = hub
        .post("", "/api/v1/devices/enroll", json!({"code": code}))
        .await;
    assert_eq!(status, 200, "{body}");
    hub.stop().await;
}

#[tokio::test]
async fn call_next_calls_to_the_sessions_counter_and_refuses_repeated_services() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("k1", Role::Kiosk).await;
    let clerk = hub.clerk("c1", "1").await;
    hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"}))
        .await;
    let (status, body) = hub
        .post(&clerk, "/api/v1/clerk/call-next", json!({"counter": "2"}))
        .await;
    assert_eq!(status, 403, "another desk's counter: {body}");
    let (status, body) = hub
        .post(
            &clerk,
            "/api/v1/clerk/call-next",
            json!({"services": ["A", "A"]}),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"]["key"], "hub-error-repeated-service");
    let (status, _) = hub.get(&clerk, "/api/v1/visits?services=A,B,A").await;
    assert_eq!(status, 400);
    let (status, called) = hub
        .post(&clerk, "/api/v1/clerk/call-next", json!({"counter": "1"}))
        .await;
    assert_eq!(status, 200, "{called}");
    assert_eq!(called["visit"]["counter"], "1");
    hub.stop().await;
}

#[tokio::test]
async fn database_errors_are_logged_not_answered() {
    let hub = TestHub::start().await;
    let clerk = hub.clerk("c1", "1").await;
    let conn = store::open(hub.dir.path()).unwrap();
    conn.execute_batch("DROP TABLE staff_calls").unwrap();
    let response = hub
        .http
        .get(hub.url("/api/v1/staff-calls"))
        .bearer_auth(&clerk)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 500);
    let text = response.text().await.unwrap();
    let body: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(body["error"]["key"], "hub-error-internal");
    assert!(
        !text.contains("staff_calls") && !text.contains("no such table"),
        "{text}"
    );
    hub.stop().await;
}

#[tokio::test]
async fn a_new_pin_or_disabling_ends_the_clerks_sessions() {
    let hub = TestHub::start().await;
    let session = hub.clerk("c1", "1").await;
    assert_eq!(hub.get(&session, "/api/v1/visits").await.0, 200);
    cli::add_clerk(hub.dir.path(), "c1", "9753").unwrap();
    assert_eq!(hub.get(&session, "/api/v1/visits").await.0, 401);

    let station = hub.device("desk", Role::ClerkStation).await;
    let (status, body) = login(&hub, &station, "c1", "9753").await;
    assert_eq!(status, 200, "{body}");
    let session = body["session"].as_str().unwrap().to_owned();
    let common = madoguchi::cli::CommonArgs {
        config: Some(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/hub.toml")),
        data_dir: Some(hub.dir.path().to_owned()),
    };
    let disable = cli::HubCommand {
        listen: None,
        insecure: false,
        publish: Vec::new(),
        action: Some(cli::HubAction::Clerk {
            action: cli::ClerkAction::Disable { id: "c1".into() },
        }),
    };
    assert_eq!(
        cli::run(&common, disable).unwrap(),
        std::process::ExitCode::SUCCESS
    );
    assert_eq!(hub.get(&session, "/api/v1/visits").await.0, 401);
    let (status, body) = login(&hub, &station, "c1", "9753").await;
    assert_eq!(status, 401, "{body}");
    hub.stop().await;
}

#[tokio::test]
async fn a_kiosk_cannot_post_a_record_on_another_kiosks_ticket() {
    let hub = TestHub::start().await;
    let mine = hub.device("k1", Role::Kiosk).await;
    let other = hub.device("k2", Role::Kiosk).await;
    let (_, ticket) = hub
        .post(&mine, "/api/v1/tickets", json!({"service": "A"}))
        .await;
    let number = ticket["number"].as_str().unwrap();
    let push = |rec| json!({"records": [rec], "tickets": []});
    let (status, answer) = hub
        .post(
            &other,
            "/api/v1/records",
            push(record("ヤマダ", Some(number))),
        )
        .await;
    assert_eq!(status, 200, "{answer}");
    assert_eq!(answer["records"][0]["outcome"], "refused");
    assert_eq!(
        answer["records"][0]["error"]["key"],
        "hub-error-record-other-ticket"
    );
    let (_, answer) = hub
        .post(
            &mine,
            "/api/v1/records",
            push(record("ヤマダ", Some(number))),
        )
        .await;
    assert_eq!(answer["records"][0]["outcome"], "stored", "{answer}");
    hub.stop().await;
}

#[tokio::test]
async fn the_status_page_is_framed_by_security_headers() {
    let hub = TestHub::start().await;
    let response = hub.http.get(hub.url("/status")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    let csp = header("content-security-policy");
    assert!(csp.contains("default-src 'none'"), "{csp}");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("x-frame-options"), "DENY");
    hub.stop().await;
}

#[tokio::test]
async fn the_status_page_reads_the_board_once_a_second_or_on_a_change() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("k1", Role::Kiosk).await;
    // The hub's clock stands still: the page changes only with the queue.
    let waiting = async || -> String {
        hub.http
            .get(hub.url("/status?lang=en"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    };
    hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"}))
        .await;
    let read = Instant::now();
    let first = waiting().await;
    // A change behind the hub's back (no event): the page keeps its
    // snapshot for a second instead of reading the store per request.
    let conn = store::open(hub.dir.path()).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
    store::issue_ticket(&conn, day, "A", "hub", None, hub.clock.now(), "test").unwrap();
    let again = waiting().await;
    // (A machine that stalled for a second may rightly have read again.)
    if read.elapsed() < Duration::from_millis(900) {
        assert_eq!(again, first, "served from the snapshot");
    }
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let later = waiting().await;
    assert_ne!(later, first, "read again after a second");
    // A change through the hub (an event) is shown at once.
    hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"}))
        .await;
    assert_ne!(waiting().await, later, "a change shows at once");
    hub.stop().await;
}

#[test]
fn data_directories_are_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let common = madoguchi::cli::CommonArgs {
        config: None,
        data_dir: Some(dir.path().join("new/kiosk")),
    };
    let made = common.data_dir("kiosk");
    let mode = std::fs::metadata(&made).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700);
}
