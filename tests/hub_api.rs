//! The hub over loopback: tickets, records, auth, bad input, clerks, day change, audit.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod hub_support;

use std::collections::HashSet;

use chrono::Duration;
use futures_util::StreamExt;
use hub_support::{TestHub, record};
use madoguchi::hub::api::Role;
use madoguchi::store::{self, audit};
use madoguchi::sync::clerk::{Feed, HubClient, feed};
use serde_json::{Value, json};

#[tokio::test]
async fn tickets_have_numbers_positions_and_waits() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let (status, first) = hub
        .post(&kiosk, "/api/v1/tickets", json!({"service": "A"}))
        .await;
    assert_eq!(status, 200, "{first}");
    assert_eq!(first["number"], "A-001");
    assert_eq!(first["position"], 1);
    assert_eq!(first["estimated_wait_minutes"], 0);
    let (_, second) = hub
        .post(&kiosk, "/api/v1/tickets", json!({"service": "A"}))
        .await;
    assert_eq!(
        (second["number"].as_str(), second["position"].as_u64()),
        (Some("A-002"), Some(2))
    );
    // Default 6 minutes per resident, one counter assumed.
    assert_eq!(second["estimated_wait_minutes"], 6);
    let (_, b) = hub
        .post(&kiosk, "/api/v1/tickets", json!({"service": "B"}))
        .await;
    assert_eq!(b["number"], "B-001");
    let (status, unknown) = hub
        .post(&kiosk, "/api/v1/tickets", json!({"service": "Z"}))
        .await;
    assert_eq!(status, 422);
    assert_eq!(unknown["error"]["key"], "hub-error-unknown-service");
    hub.stop().await;
}

#[tokio::test]
async fn thirty_two_concurrent_tickets_are_unique_and_consecutive() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let requests = (0..32).map(|_| hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let answers = futures_util::future::join_all(requests).await;
    let mut numbers: Vec<String> = answers
        .iter()
        .map(|(status, body)| {
            assert_eq!(*status, 200, "{body}");
            body["number"].as_str().unwrap().to_owned()
        })
        .collect();
    numbers.sort();
    let expected: Vec<String> = (1..=32).map(|n| format!("A-{n:03}")).collect();
    assert_eq!(numbers, expected);
    let positions: HashSet<u64> = answers
        .iter()
        .map(|(_, b)| b["position"].as_u64().unwrap())
        .collect();
    assert_eq!(
        positions.len(),
        32,
        "each ticket has its own place in the queue"
    );
    hub.stop().await;
}

#[tokio::test]
async fn record_push_is_idempotent() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let records: Vec<_> = (0..5)
        .map(|i| record(&format!("ヤマダ タロウ{i}"), Some("A-001")))
        .collect();
    let body = json!({"records": records});
    let (status, first) = hub.post(&kiosk, "/api/v1/records", body.clone()).await;
    assert_eq!(status, 200, "{first}");
    assert!(
        first["records"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["outcome"] == "stored")
    );
    let (_, again) = hub.post(&kiosk, "/api/v1/records", body).await;
    assert!(
        again["records"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["outcome"] == "duplicate")
    );
    let clerk = hub.clerk("c1", "1").await;
    let (_, found) = hub
        .get(&clerk, "/api/v1/records?number=A-001&day=2025-04-01")
        .await;
    assert_eq!(found.as_array().unwrap().len(), 5);
    hub.stop().await;
}

#[tokio::test]
async fn malformed_bodies_get_4xx_with_a_reason_and_the_hub_stays_up() {
    let mut config = madoguchi::config::hub::HubConfig::sample();
    config.body_limit_bytes = 4096;
    let hub = TestHub::start_with(config).await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let send = |body: String, content_type: &'static str| {
        hub.http
            .post(hub.url("/api/v1/tickets"))
            .bearer_auth(&kiosk)
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    // Each refusal has a stable key a client translates; no parser prose.
    let cases = [
        (
            "{\"service\": ",
            "application/json",
            400,
            "hub-error-body-syntax",
        ),
        (
            "{\"service\": 7}",
            "application/json",
            422,
            "hub-error-body-data",
        ),
        (
            "{\"service\": \"A\", \"extra\": 1}",
            "application/json",
            422,
            "hub-error-body-data",
        ),
        ("[]", "application/json", 422, "hub-error-body-data"),
        (
            "{\"service\": \"A\"}",
            "text/plain",
            415,
            "hub-error-body-type",
        ),
    ];
    for (body, content_type, expected, key) in cases {
        let response = send(body.to_owned(), content_type).await.unwrap();
        assert_eq!(response.status().as_u16(), expected, "{body}");
        let answer: Value = response.json().await.unwrap();
        assert_eq!(answer["error"]["key"], key, "{body}");
        let message = answer["message"].as_str().unwrap();
        assert!(!message.is_empty());
        for english in [
            "invalid type",
            "expected",
            "unknown field",
            "EOF",
            "Content-Type",
        ] {
            assert!(!message.contains(english), "{body}: {message}");
            assert!(
                !answer["error"].to_string().contains(english),
                "{body}: {answer}"
            );
        }
    }
    // A wrong type names the field (a path, not prose).
    let response = send("{\"service\": 7}".into(), "application/json")
        .await
        .unwrap();
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["error"]["args"], json!([["path", "service"]]));
    let huge = format!("{{\"service\": \"{}\"}}", "A".repeat(10_000));
    let response = send(huge, "application/json").await.unwrap();
    assert_eq!(response.status().as_u16(), 413);
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["error"]["key"], "hub-error-body-too-large");
    // Records with a hostile field are refused one by one, the rest stored.
    let mut bad = record("ア", None);
    bad.lang = "xx".into();
    let good = record("イ", None);
    let (status, answer) = hub
        .post(&kiosk, "/api/v1/records", json!({"records": [bad, good]}))
        .await;
    assert_eq!(status, 200);
    assert_eq!(answer["records"][0]["outcome"], "refused");
    assert_eq!(
        answer["records"][0]["error"]["key"],
        "hub-error-record-lang"
    );
    assert_eq!(answer["records"][1]["outcome"], "stored");
    let (status, _) = hub.get(&kiosk, "/api/v1/nowhere").await;
    assert_eq!(status, 404);
    let alive = hub.http.get(hub.url("/healthz")).send().await.unwrap();
    assert_eq!(alive.text().await.unwrap(), "ok");
    let metrics = hub.metrics().await;
    assert!(
        metrics.contains("madoguchi_http_client_errors_total 8"),
        "{metrics}"
    );
    hub.stop().await;
}

#[tokio::test]
async fn missing_or_wrong_tokens_get_401_and_wrong_roles_403() {
    let hub = TestHub::start().await;
    let board = hub.device("board-1", Role::Board).await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let response = hub
        .http
        .post(hub.url("/api/v1/tickets"))
        .json(&json!({"service": "A"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 401);
    let (status, body) = hub
        .post("not-a-token", "/api/v1/tickets", json!({"service": "A"}))
        .await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["key"], "hub-error-unauthorized");
    let (status, body) = hub
        .post(&board, "/api/v1/tickets", json!({"service": "A"}))
        .await;
    assert_eq!(status, 403);
    assert_eq!(body["error"]["key"], "hub-error-forbidden");
    let (status, _) = hub.post(&kiosk, "/api/v1/clerk/call-next", json!({})).await;
    assert_eq!(status, 403);
    let (status, _) = hub
        .post(
            &kiosk,
            "/api/v1/clerk/login",
            json!({"id": "x", "pin": "1234"}),
        )
        .await;
    assert_eq!(status, 403);
    let (status, _) = hub.get(&kiosk, "/api/v1/records?kana=ア").await;
    assert_eq!(status, 403);
    let (status, _) = hub.get(&board, "/api/v1/board").await;
    assert_eq!(status, 200);
    // Enrollment codes work once.
    let code = madoguchi::hub::cli::enroll_device(hub.dir.path(), "k2", Role::Kiosk).unwrap();
    let (status, _) = hub
        .post("", "/api/v1/devices/enroll", json!({"code": code}))
        .await;
    assert_eq!(status, 200);
    let (status, body) = hub
        .post("", "/api/v1/devices/enroll", json!({"code": code}))
        .await;
    assert_eq!(status, 404);
    assert_eq!(body["error"]["key"], "hub-error-enroll-code");
    // Wrong PINs are refused, and lock the clerk out after five.
    madoguchi::hub::cli::add_clerk(hub.dir.path(), "c9", "1357").unwrap();
    let station = hub.device("station", Role::ClerkStation).await;
    for _ in 0..5 {
        let (status, _) = hub
            .post(
                &station,
                "/api/v1/clerk/login",
                json!({"id": "c9", "pin": "0000"}),
            )
            .await;
        assert_eq!(status, 401);
    }
    let (status, body) = hub
        .post(
            &station,
            "/api/v1/clerk/login",
            json!({"id": "c9", "pin": "1357"}),
        )
        .await;
    assert_eq!(status, 429, "{body}");
    hub.stop().await;
}

#[tokio::test]
async fn leases_and_hub_numbers_never_collide_in_a_day() {
    let hub = TestHub::start().await;
    let online = hub.device("kiosk-online", Role::Kiosk).await;
    let offline_a = hub.device("kiosk-2", Role::Kiosk).await;
    let offline_b = hub.device("kiosk-3", Role::Kiosk).await;
    let (_, lease_a) = hub
        .post(&offline_a, "/api/v1/leases", json!({"service": "A"}))
        .await;
    let (_, lease_b) = hub
        .post(&offline_b, "/api/v1/leases", json!({"service": "A"}))
        .await;
    assert_eq!(
        (lease_a["first"].as_u64(), lease_a["last"].as_u64()),
        (Some(950), Some(999))
    );
    assert_eq!(
        (lease_b["first"].as_u64(), lease_b["last"].as_u64()),
        (Some(900), Some(949))
    );
    let mut seen = HashSet::new();
    for _ in 0..40 {
        let (_, t) = hub
            .post(&online, "/api/v1/tickets", json!({"service": "A"}))
            .await;
        assert!(seen.insert(t["number"].as_str().unwrap().to_owned()));
    }
    // The offline kiosks issued numbers from their blocks and sync them later.
    for (token, lease) in [(&offline_a, &lease_a), (&offline_b, &lease_b)] {
        let first = lease["first"].as_u64().unwrap();
        let tickets: Vec<Value> = (first..first + 10)
            .map(|n| json!({"number": format!("A-{n:03}"), "day": "2025-04-01", "issued_at": "2025-04-01T01:30:00Z"}))
            .collect();
        let (status, answer) = hub
            .post(token, "/api/v1/records", json!({"tickets": tickets}))
            .await;
        assert_eq!(status, 200, "{answer}");
        for t in answer["tickets"].as_array().unwrap() {
            assert_eq!(t["outcome"], "stored");
            assert!(
                seen.insert(t["id"].as_str().unwrap().to_owned()),
                "duplicate {t}"
            );
        }
    }
    // A kiosk cannot register a number from another kiosk's block.
    let stolen = json!({"tickets": [{"number": "A-901", "day": "2025-04-01", "issued_at": "2025-04-01T01:30:00Z"}]});
    let (_, answer) = hub.post(&offline_a, "/api/v1/records", stolen).await;
    assert_eq!(answer["tickets"][0]["outcome"], "refused");
    // Leases are only for today or tomorrow.
    let (status, _) = hub
        .post(
            &offline_a,
            "/api/v1/leases",
            json!({"service": "A", "day": "2025-04-05"}),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(seen.len(), 60);
    hub.stop().await;
}

#[tokio::test]
async fn day_change_restarts_numbers_and_closes_yesterday() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    // 23:58 in Tokyo.
    hub.clock
        .set(chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2025, 4, 1, 14, 58, 0).unwrap());
    let clerk = hub.clerk("c1", "1").await;
    for expected in ["A-001", "A-002"] {
        let (_, t) = hub
            .post(&kiosk, "/api/v1/tickets", json!({"service": "A"}))
            .await;
        assert_eq!(t["number"], expected);
    }
    let (_, called) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
    let yesterday_visit = called["visit"]["id"].as_i64().unwrap();
    hub.clock.advance(Duration::minutes(3));
    let (_, t) = hub
        .post(&kiosk, "/api/v1/tickets", json!({"service": "A"}))
        .await;
    assert_eq!(t["number"], "A-001");
    assert_eq!(t["day"], "2025-04-02");
    assert_eq!(t["position"], 1, "yesterday's residents are not ahead");
    let (_, detail) = hub
        .get(&clerk, &format!("/api/v1/visits/{yesterday_visit}"))
        .await;
    assert_eq!(detail["visit"]["state"], "no_show");
    assert_eq!(
        detail["history"].as_array().unwrap().last().unwrap()["event"],
        "close_day"
    );
    // The counter is free again today.
    let (status, called) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
    assert_eq!(status, 200);
    assert_eq!(called["visit"]["number"], "A-001");
    hub.stop().await;
}

#[tokio::test]
async fn clerk_flow_board_status_page_and_events() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let board = hub.device("board-1", Role::Board).await;
    let clerk = hub.clerk("c1", "1").await;
    let mut events = hub
        .http
        .get(hub.url("/api/v1/events"))
        .bearer_auth(&board)
        .send()
        .await
        .unwrap();

    let (_, ticket) = hub
        .post(&kiosk, "/api/v1/tickets", json!({"service": "A"}))
        .await;
    let rec = record("やまだ はなこ", ticket["number"].as_str());
    hub.post(&kiosk, "/api/v1/records", json!({"records": [rec.clone()]}))
        .await;
    let (_, second) = hub
        .post(&kiosk, "/api/v1/tickets", json!({"service": "A"}))
        .await;

    let (_, list) = hub.get(&clerk, "/api/v1/visits?services=A").await;
    assert_eq!(list.as_array().unwrap().len(), 2);
    let (status, called) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
    assert_eq!(status, 200, "{called}");
    assert_eq!(called["visit"]["number"], "A-001");
    assert_eq!(
        called["records"][0]["fields"]["applicant.reading"]["source"],
        "qr"
    );
    let visit = called["visit"]["id"].as_i64().unwrap();
    let (status, busy) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
    assert_eq!(status, 409, "counter busy");
    assert_eq!(busy["error"]["key"], "hub-error-counter-busy");
    // A waiting visit cannot be started before it is called.
    let waiting_id = list
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["number"] == second["number"])
        .unwrap()["id"]
        .clone();
    let (status, refused) = hub
        .post(
            &clerk,
            &format!("/api/v1/visits/{waiting_id}/start"),
            json!({}),
        )
        .await;
    assert_eq!(status, 409, "{refused}");
    assert_eq!(refused["error"]["key"], "hub-error-bad-transition");
    let (_, recalled) = hub
        .post(&clerk, &format!("/api/v1/visits/{visit}/recall"), json!({}))
        .await;
    assert_eq!(recalled["recalls"], 1);
    let (_, started) = hub
        .post(&clerk, &format!("/api/v1/visits/{visit}/start"), json!({}))
        .await;
    assert_eq!(started["state"], "serving");

    // Lookup by reading, edit (logged with the old value), confirm.
    let (_, found) = hub.get(&clerk, "/api/v1/records?kana=ヤマダ").await;
    assert_eq!(found[0]["id"], rec.id.to_string());
    let path = format!("/api/v1/records/{}", rec.id);
    let edited: Value = hub
        .http
        .patch(hub.url(&path))
        .bearer_auth(&clerk)
        .json(&json!({"fields": {"applicant.reading": "ヤマダ ハナエ"}}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(edited["fields"]["applicant.reading"]["source"], "clerk");
    assert_eq!(edited["changes"][0]["old"]["value"], "やまだ はなこ");
    let (_, confirmed) = hub
        .post(&clerk, &format!("{path}/confirm"), json!({}))
        .await;
    assert_eq!(confirmed["status"], "confirmed");
    let (status, _) = hub
        .post(&clerk, &format!("{path}/reject"), json!({"reason": "x"}))
        .await;
    assert_eq!(status, 409);

    // Transfer to B keeps the number and the history.
    let (_, moved) = hub
        .post(
            &clerk,
            &format!("/api/v1/visits/{visit}/transfer"),
            json!({"service": "B"}),
        )
        .await;
    assert_eq!(
        (moved["number"].as_str(), moved["service"].as_str()),
        (Some("A-001"), Some("B"))
    );
    let (_, detail) = hub
        .get(&clerk, &format!("/api/v1/visits/{}", moved["id"]))
        .await;
    let events_seen: Vec<&str> = detail["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        events_seen,
        ["hub", "call", "recall", "start", "transfer", "transfer"]
    );

    // Walk-in, then no-show of the second ticket.
    let (_, walk_in) = hub
        .post(&clerk, "/api/v1/visits/walk-in", json!({"service": "A"}))
        .await;
    assert_eq!(walk_in["number"], "A-003");
    let (_, next) = hub.post(&clerk, "/api/v1/clerk/call-next", json!({})).await;
    assert_eq!(next["visit"]["number"], second["number"]);
    let (_, absent) = hub
        .post(
            &clerk,
            &format!("/api/v1/visits/{}/no-show", next["visit"]["id"]),
            json!({}),
        )
        .await;
    assert_eq!(absent["state"], "no_show");

    // Reject with a reason on another record.
    let other = record("スズキ", None);
    hub.post(
        &kiosk,
        "/api/v1/records",
        json!({"records": [other.clone()]}),
    )
    .await;
    let (_, rejected) = hub
        .post(
            &clerk,
            &format!("/api/v1/records/{}/reject", other.id),
            json!({"reason": "本人確認書類なし"}),
        )
        .await;
    assert_eq!(rejected["status"], "rejected");

    let (_, state) = hub.get(&board, "/api/v1/board").await;
    assert_eq!(state["services"][0]["prefix"], "A");
    assert_eq!(state["services"][0]["waiting"], 1);
    assert_eq!(state["services"][1]["waiting"], 1);

    // The phone page: resident's language, switcher, refresh, no personal data.
    let page = hub
        .http
        .get(hub.url("/status"))
        .header("accept-language", "en-US,en;q=0.9")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("<html lang=\"en\">"), "{page}");
    assert!(
        page.contains("Certificates") && page.contains("1 person waiting"),
        "{page}"
    );
    assert!(page.contains("http-equiv=\"refresh\""));
    assert!(page.contains("?lang=ja"));
    assert!(!page.contains("ヤマダ") && !page.contains("スズキ") && !page.contains("やまだ"));
    let ja = hub
        .http
        .get(hub.url("/status?lang=ja"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        ja.contains("証明書") && ja.contains("待っている人: 1 人"),
        "{ja}"
    );

    // The event stream saw the tickets and the calls.
    let mut text = String::new();
    while !text.contains("event: called") {
        let chunk = tokio::time::timeout(std::time::Duration::from_secs(5), events.chunk())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        text.push_str(&String::from_utf8_lossy(&chunk));
    }
    assert!(
        text.contains("event: ticket") && text.contains("\"number\":\"A-001\""),
        "{text}"
    );
    hub.stop().await;
}

#[tokio::test]
async fn audit_log_detects_tampering() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let clerk = hub.clerk("c1", "1").await;
    let rec = record("タナカ", None);
    hub.post(&kiosk, "/api/v1/records", json!({"records": [rec.clone()]}))
        .await;
    hub.post(
        &clerk,
        &format!("/api/v1/records/{}/confirm", rec.id),
        json!({}),
    )
    .await;
    let dir = hub.dir.path().to_owned();
    let check = |dir: &std::path::Path| {
        let conn = store::hub::open(dir).unwrap();
        audit::verify(&conn).unwrap()
    };
    let audit::Verification::Intact { entries, .. } = check(&dir) else {
        panic!("intact expected")
    };
    assert!(entries >= 6, "{entries}");
    let conn = store::hub::open(&dir).unwrap();
    conn.execute_batch("DROP TRIGGER audit_log_no_update")
        .unwrap();
    conn.execute(
        "UPDATE audit_log SET actor = 'clerk:someone-else' WHERE action = 'record.confirmed'",
        [],
    )
    .unwrap();
    assert!(matches!(check(&dir), audit::Verification::Broken { .. }));
    hub.stop().await;
}

#[tokio::test]
async fn retention_deletes_old_completed_records_and_audit_remembers() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let clerk = hub.clerk("c1", "1").await;
    let done = record("ア", None);
    let open = record("イ", None);
    hub.post(
        &kiosk,
        "/api/v1/records",
        json!({"records": [done.clone(), open.clone()]}),
    )
    .await;
    hub.post(
        &clerk,
        &format!("/api/v1/records/{}/confirm", done.id),
        json!({}),
    )
    .await;
    // Thirty-one days later (the sample keeps 30), the daily job runs; run it
    // now rather than waiting for the maintenance tick.
    hub.clock.advance(Duration::days(31));
    let state = hub.state();
    assert_eq!(state.run_retention().await.unwrap(), 1);
    assert_eq!(state.run_retention().await.unwrap(), 0);
    let conn = store::hub::open(hub.dir.path()).unwrap();
    let purged: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'record.purged'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(purged, 1);
    let ids: Vec<String> = conn
        .prepare("SELECT id FROM records")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(ids, vec![open.id.to_string()]);
    hub.stop().await;
}

#[tokio::test]
async fn status_page_speaks_every_language_by_accept_language() {
    let hub = TestHub::start().await;
    let i18n = madoguchi::i18n::I18n::embedded();
    for lang in madoguchi::i18n::Lang::all() {
        let page = hub
            .http
            .get(hub.url("/status"))
            .header(
                "accept-language",
                format!("{};q=0.9, fr;q=0.5", lang.code()),
            )
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains(&format!("<html lang=\"{}\">", lang.code())),
            "{lang}: {page}"
        );
        let heading = i18n.tr(&lang, "status-heading");
        assert!(page.contains(&heading), "{lang}: no «{heading}» in {page}");
    }
    hub.stop().await;
}

#[tokio::test]
async fn staff_calls_are_created_listed_answered_and_audited() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-entrance", Role::Kiosk).await;
    let board = hub.device("board-1", Role::Board).await;
    let clerk = hub.clerk("c1", "1").await;

    // Only a kiosk may call; only a clerk may list or answer.
    let (status, _) = hub
        .post("nonsense", "/api/v1/staff-calls", json!({"lang": "en"}))
        .await;
    assert_eq!(status, 401);
    let (status, _) = hub
        .post(&board, "/api/v1/staff-calls", json!({"lang": "en"}))
        .await;
    assert_eq!(status, 403);
    let (status, body) = hub
        .post(&kiosk, "/api/v1/staff-calls", json!({"lang": "xx"}))
        .await;
    assert_eq!(status, 422, "{body}");
    let (status, body) = hub
        .post(
            &kiosk,
            "/api/v1/staff-calls",
            json!({"lang": "en", "note": "x".repeat(201)}),
        )
        .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(body["error"]["key"], "hub-error-staff-call-note");

    let mut events = events_for(&hub, &clerk).await;
    let (status, created) = hub
        .post(
            &kiosk,
            "/api/v1/staff-calls",
            json!({"lang": "en", "note": "wheelchair"}),
        )
        .await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["created_at"], "2025-04-01T01:00:00Z");
    let event = next_sse(&mut events, "staff_call").await;
    assert_eq!(event["kiosk"], "kiosk-entrance");
    assert_eq!(event["lang"], "en");

    let (status, _) = hub.get(&kiosk, "/api/v1/staff-calls").await;
    assert_eq!(status, 403);
    let (status, _) = hub.get("", "/api/v1/staff-calls").await;
    assert_eq!(status, 401);
    hub.clock.advance(Duration::minutes(3));
    let (status, open) = hub.get(&clerk, "/api/v1/staff-calls").await;
    assert_eq!(status, 200);
    let open = open.as_array().unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["id"], id);
    assert_eq!(open[0]["kiosk"], "kiosk-entrance");
    assert_eq!(open[0]["lang"], "en");
    assert_eq!(open[0]["note"], "wheelchair");

    let (status, _) = hub
        .post(
            &kiosk,
            &format!("/api/v1/staff-calls/{id}/answer"),
            json!({}),
        )
        .await;
    assert_eq!(status, 403);
    let (status, answered) = hub
        .post(
            &clerk,
            &format!("/api/v1/staff-calls/{id}/answer"),
            json!({}),
        )
        .await;
    assert_eq!(status, 200, "{answered}");
    assert_eq!(answered["answered_by"], "clerk:c1@station-c1");
    let event = next_sse(&mut events, "staff_call_answered").await;
    assert_eq!(event["id"], id);
    let (status, again) = hub
        .post(
            &clerk,
            &format!("/api/v1/staff-calls/{id}/answer"),
            json!({}),
        )
        .await;
    assert_eq!(status, 409, "{again}");
    let (status, _) = hub
        .post(&clerk, "/api/v1/staff-calls/999/answer", json!({}))
        .await;
    assert_eq!(status, 404);
    let (_, open) = hub.get(&clerk, "/api/v1/staff-calls").await;
    assert!(open.as_array().unwrap().is_empty());

    let conn = store::hub::open(hub.dir.path()).unwrap();
    let (actor, detail): (String, String) = conn
        .query_row(
            "SELECT actor, detail FROM audit_log WHERE action = 'staff_call.answer'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(actor, "clerk:c1@station-c1");
    assert!(detail.contains("\"waited_seconds\":180"), "{detail}");
    let created_detail: String = conn
        .query_row(
            "SELECT detail FROM audit_log WHERE action = 'staff_call.create'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(!created_detail.contains("wheelchair"), "no note in the log");
    assert!(matches!(
        audit::verify(&conn).unwrap(),
        audit::Verification::Intact { .. }
    ));

    // Retention deletes old calls like records (the sample keeps 30 days).
    hub.clock.advance(Duration::days(31));
    let state = hub.state();
    state.run_retention().await.unwrap();
    let left: i64 = conn
        .query_row("SELECT count(*) FROM staff_calls", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0);
    hub.stop().await;
}

/// The hub's event stream as a clerk console follows it.
async fn events_for(
    hub: &TestHub,
    token: &str,
) -> std::pin::Pin<Box<dyn futures_util::Stream<Item = Feed> + Send>> {
    let mut stream = Box::pin(feed(HubClient::new(&hub.base, token)));
    let first = tokio::time::timeout(std::time::Duration::from_secs(5), stream.next())
        .await
        .unwrap();
    assert_eq!(first, Some(Feed::Connected));
    stream
}

/// The next event of type `name`, as JSON.
async fn next_sse(
    events: &mut std::pin::Pin<Box<dyn futures_util::Stream<Item = Feed> + Send>>,
    name: &str,
) -> Value {
    loop {
        let item = tokio::time::timeout(std::time::Duration::from_secs(5), events.next())
            .await
            .unwrap_or_else(|_| panic!("no {name} event"));
        if let Some(Feed::Event(event)) = item
            && event.name() == name
        {
            return serde_json::to_value(event).unwrap();
        }
    }
}

/// Splits an RFC 4180 text into rows of fields (quotes, doubled quotes,
/// CRLF line ends), so the tests read the export back as Excel would.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CRLF line ends");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the last line ends with CRLF"
    );
    rows
}

/// A day at the office: three residents, two called by clerk c1 and one by
/// c2, applications in two languages, two of them confirmed.
async fn a_day_of_visits(hub: &TestHub) -> (String, Vec<madoguchi::hub::api::RecordIn>) {
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let c1 = hub.clerk("c1", "1").await;
    let c2 = hub.clerk("c2", "3").await;
    for service in ["A", "A", "B"] {
        let (status, _) = hub
            .post(&kiosk, "/api/v1/tickets", json!({"service": service}))
            .await;
        assert_eq!(status, 200);
    }
    let mut first = record("ヤマダ タロウ", Some("A-001"));
    first.fields.insert(
        "applicant.address.town".into(),
        madoguchi::hub::api::FieldValue {
            value: json!("新宿区西新宿2-8-1, \"都庁\" 第一本庁舎"),
            source: madoguchi::hub::api::Source::Qr,
        },
    );
    first.fields.insert(
        "juminhyo-utsushi.purpose-detail".into(),
        madoguchi::hub::api::FieldValue {
            value: json!("=HYPERLINK(\"http://x\")"),
            source: madoguchi::hub::api::Source::Kiosk,
        },
    );
    let mut second = record("スズキ", Some("A-002"));
    second.lang = "en".into();
    second.preapp = madoguchi::hub::api::Preapp::None;
    let mut third = record("サトウ", Some("B-001"));
    third.lang = "en".into();
    third.procedures = vec!["tennyu".into(), "inkan-toroku".into()];
    let records = vec![first, second, third];
    let (status, _) = hub
        .post(&kiosk, "/api/v1/records", json!({"records": records}))
        .await;
    assert_eq!(status, 200);
    // A-001 waits 4 minutes, A-002 10, B-001 20.
    let call = |token: &str, minutes: i64| {
        hub.clock
            .set(hub_support::morning() + Duration::minutes(minutes));
        let token = token.to_owned();
        async move {
            let (status, v) = hub.post(&token, "/api/v1/clerk/call-next", json!({})).await;
            assert_eq!(status, 200, "{v}");
            v["visit"]["id"].as_i64().unwrap()
        }
    };
    let a1 = call(&c1, 4).await;
    hub.post(
        &c1,
        &format!("/api/v1/records/{}/confirm", records[0].id),
        json!({}),
    )
    .await;
    hub.post(&c1, &format!("/api/v1/visits/{a1}/done"), json!({}))
        .await;
    call(&c1, 10).await;
    call(&c2, 20).await;
    // No individual number gets in, not even through a clerk's edit.
    let response = hub
        .http
        .patch(hub.url(&format!("/api/v1/records/{}", records[1].id)))
        .bearer_auth(&c2)
        .json(&json!({"fields": {"applicant.my_number": "123456789012"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let (status, _) = hub
        .post(
            &c2,
            &format!("/api/v1/records/{}/confirm", records[1].id),
            json!({}),
        )
        .await;
    assert_eq!(status, 200);
    (c1, records)
}

#[tokio::test]
async fn records_csv_has_the_days_confirmed_records_for_excel() {
    let hub = TestHub::start().await;
    let (clerk, records) = a_day_of_visits(&hub).await;
    let response = hub
        .http
        .get(hub.url("/api/v1/export/records.csv?date=2025-04-01"))
        .bearer_auth(&clerk)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let bytes = response.bytes().await.unwrap();
    assert_eq!(
        &bytes[..3],
        b"\xEF\xBB\xBF",
        "UTF-8 byte-order mark for Excel"
    );
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let rows = parse_csv(text);
    assert_eq!(
        rows[0],
        [
            "number",
            "service",
            "procedures",
            "confirmed_at",
            "clerk",
            "applicant.address.town",
            "applicant.reading",
            "juminhyo-utsushi.copies",
            "juminhyo-utsushi.purpose-detail"
        ]
    );
    assert_eq!(
        rows.len(),
        3,
        "two confirmed records, the third is open: {rows:?}"
    );
    assert_eq!(
        rows[1],
        [
            "A-001",
            "A",
            "juminhyo-utsushi",
            "2025-04-01 10:04:00",
            "c1",
            "新宿区西新宿2-8-1, \"都庁\" 第一本庁舎",
            "ヤマダ タロウ",
            "1",
            "'=HYPERLINK(\"http://x\")"
        ]
    );
    assert_eq!(
        rows[2],
        [
            "A-002",
            "A",
            "juminhyo-utsushi",
            "2025-04-01 10:20:00",
            "c2",
            "",
            "スズキ",
            "1",
            ""
        ]
    );
    assert!(!text.contains(&records[2].id.to_string()));
    assert!(!text.contains("my_number") && !text.contains("123456789012"));

    // Another day has only the header; bad dates and callers are refused.
    let (status, _) = hub
        .get(&clerk, "/api/v1/export/records.csv?date=2025-03-31")
        .await;
    assert_eq!(status, 200);
    let (status, body) = hub
        .get(&clerk, "/api/v1/export/records.csv?date=2025-13-01")
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["error"]["key"], "hub-error-bad-date");
    let kiosk = hub.device("kiosk-2", Role::Kiosk).await;
    let (status, _) = hub
        .get(&kiosk, "/api/v1/export/records.csv?date=2025-04-01")
        .await;
    assert_eq!(status, 403);
    let (status, _) = hub.get("", "/api/v1/stats/daily").await;
    assert_eq!(status, 401);
    hub.stop().await;
}

#[tokio::test]
async fn daily_stats_count_visits_waits_qr_and_languages() {
    let hub = TestHub::start().await;
    let (clerk, _) = a_day_of_visits(&hub).await;
    let (status, stats) = hub.get(&clerk, "/api/v1/stats/daily?date=2025-04-01").await;
    assert_eq!(status, 200, "{stats}");
    assert_eq!(stats["total_visits"], 3);
    assert_eq!(
        stats["visits"][0],
        json!({"service": "A", "name_key": stats["visits"][0]["name_key"], "visits": 2})
    );
    assert_eq!(stats["visits"][1]["visits"], 1);
    assert_eq!(stats["called"], 3);
    // Waits 4, 10 and 20 minutes: mean 11.3, 90th percentile (nearest rank) 20.
    assert_eq!(stats["wait_average_minutes"], 11.3);
    assert_eq!(stats["wait_p90_minutes"], 20.0);
    // A-001 and B-001 came with a QR; A-002 was made at the kiosk.
    assert_eq!(stats["qr_visits"], 2);
    assert!((stats["qr_share"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(
        stats["languages"],
        json!([{"lang": "en", "count": 2}, {"lang": "ja", "count": 1}])
    );

    let response = hub
        .http
        .get(hub.url("/api/v1/stats/daily.csv?date=2025-04-01"))
        .bearer_auth(&clerk)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    let rows = parse_csv(text.strip_prefix('\u{feff}').expect("BOM"));
    let value = |metric: &str, key: &str| {
        rows.iter()
            .find(|r| r[0] == metric && r[1] == key)
            .unwrap_or_else(|| panic!("{metric} {key} in {rows:?}"))[2]
            .clone()
    };
    assert_eq!(rows[0], ["metric", "key", "value"]);
    assert_eq!(value("visits", "A"), "2");
    assert_eq!(value("visits", "B"), "1");
    assert_eq!(value("wait_average_minutes", ""), "11.3");
    assert_eq!(value("wait_p90_minutes", ""), "20");
    assert_eq!(value("qr_share", ""), "0.667");
    assert_eq!(value("language", "en"), "2");

    // An empty day has zeros and no averages.
    let (_, empty) = hub.get(&clerk, "/api/v1/stats/daily?date=2025-03-01").await;
    assert_eq!(empty["total_visits"], 0);
    assert_eq!(empty["wait_average_minutes"], Value::Null);
    assert_eq!(empty["qr_share"], Value::Null);
    hub.stop().await;
}

#[tokio::test]
async fn the_phone_page_says_no_wait_when_nobody_waits() {
    let hub = TestHub::start().await;
    let page = hub
        .http
        .get(hub.url("/status"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    // As the board says it: no wait, not "about 0 min".
    assert!(page.contains("no wait"), "{page}");
    assert!(!page.contains("about 0 min"), "{page}");
}

#[tokio::test]
async fn postal_codes_answer_their_towns_for_kiosks_and_clerks() {
    let hub = TestHub::start_with_postal().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let clerk = hub.clerk("c1", "1").await;
    let board = hub.device("board-1", Role::Board).await;

    // One town; 〒, hyphen and full-width digits are the same code.
    let (status, towns) = hub.get(&kiosk, "/api/v1/postal/1110031").await;
    assert_eq!(status, 200, "{towns}");
    assert_eq!(towns.as_array().unwrap().len(), 1);
    assert_eq!(
        (
            &towns[0]["code"],
            &towns[0]["prefecture"],
            &towns[0]["city"],
            &towns[0]["town"]
        ),
        (
            &json!("1110031"),
            &json!("東京都"),
            &json!("台東区"),
            &json!("千束")
        )
    );
    assert_eq!(towns[0]["kana"]["town"], "センゾク");
    let typed =
        "/api/v1/postal/%E3%80%92%EF%BC%91%EF%BC%91%EF%BC%91-%EF%BC%90%EF%BC%90%EF%BC%93%EF%BC%91";
    assert_eq!(hub.get(&clerk, typed).await, (200, towns));

    // Several towns, in Japan Post's order; two cities under one code.
    let (status, towns) = hub.get(&clerk, "/api/v1/postal/0680546").await;
    assert_eq!(status, 200);
    let names: Vec<&str> = towns
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["town"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["南部青葉町", "南部菊水町"]);
    let (_, towns) = hub.get(&kiosk, "/api/v1/postal/9994554").await;
    assert_eq!(towns[1]["city"], "北村山郡大石田町");
    assert_eq!(towns[1]["note"], "岡草山");

    // Unknown codes and text that is no code: an empty list, never 404.
    assert_eq!(
        hub.get(&kiosk, "/api/v1/postal/0000000").await,
        (200, json!([]))
    );
    assert_eq!(
        hub.get(&kiosk, "/api/v1/postal/abc").await,
        (200, json!([]))
    );

    // Boards may not; nobody without a token.
    assert_eq!(hub.get(&board, "/api/v1/postal/1110031").await.0, 403);
    assert_eq!(hub.get("", "/api/v1/postal/1110031").await.0, 401);

    // The console's client reads the same list.
    let found = HubClient::new(&hub.base, &clerk)
        .postal("1110031")
        .await
        .unwrap();
    assert_eq!(
        (found[0].city.as_str(), found[0].town.as_str()),
        ("台東区", "千束")
    );
    hub.stop().await;
}

#[tokio::test]
async fn a_hub_without_a_postal_index_answers_503_until_one_is_imported() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let (status, body) = hub.get(&kiosk, "/api/v1/postal/1110031").await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["error"]["key"], "hub-error-postal-unavailable");
    assert!(
        body["message"].as_str().unwrap().contains("郵便番号"),
        "{body}"
    );
    let clerk = hub.clerk("c1", "1").await;
    // The console shows the hub's reason, not "hub unreachable".
    match HubClient::new(&hub.base, &clerk).postal("1110031").await {
        Err(madoguchi::sync::SyncError::Refused(503, reason)) => {
            assert_eq!(reason.key, "hub-error-postal-unavailable");
        }
        other => panic!("{other:?}"),
    }
    // `postal import` while the hub runs: the next lookup has the data.
    let excerpt = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/postal/utf_ken_all_excerpt.csv");
    madoguchi::postal::import(&excerpt, hub.dir.path()).unwrap();
    let (status, towns) = hub.get(&kiosk, "/api/v1/postal/1110031").await;
    assert_eq!((status, &towns[0]["town"]), (200, &json!("千束")));
    hub.stop().await;
}
