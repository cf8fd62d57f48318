//! Issue 16, the data findings: retention that leaves nothing on disk (hub
//! and kiosk outbox), keyed audit digests, catalogue-checked records and
//! defused CSV cells, and limits on the numbers a kiosk may lease.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod hub_support;

use std::path::Path;
use std::sync::Arc;

use chrono::Duration;
use hub_support::{TestHub, record};
use madoguchi::hub::api::{FieldValue, RecordIn, Role, Source};
use madoguchi::store::hub::normalize_kana;
use madoguchi::sync::{Outbox, SyncClient};
use serde_json::{Value, json};

/// Values no other part of the office's data holds, so finding one on disk
/// can only mean a copy of it survived.
const NAME: &str = "檜垣 蓮華";
const READING: &str = "ひがき れんげ";
const READING_EDITED: &str = "ひがき れんか";
const BIRTH: &str = "1961-07-23";
const PHONE: &str = "080-7319-2846";
const TOWN: &str = "紫苑台九丁目";
const BUILDING: &str = "翡翠荘三〇七";
const MEMBER: &str = "檜垣 桔梗";
const MEMBER_BIRTH: &str = "1993-11-05";
const REJECT_REASON: &str = "瑠璃色の印鑑が必要";
const STAFF_NOTE: &str = "車椅子の紅葉谷さん";

fn field(value: Value) -> FieldValue {
    FieldValue {
        value,
        source: Source::Qr,
    }
}

/// A resident's application with every kind of personal value.
fn personal_record(reading: &str) -> RecordIn {
    let mut rec = record(reading, None);
    for (name, value) in [
        ("applicant.name", json!(NAME)),
        ("applicant.birth", json!(BIRTH)),
        ("applicant.phone", json!(PHONE)),
        ("applicant.address.town", json!(TOWN)),
        ("applicant.address.building", json!(BUILDING)),
        (
            "household",
            json!([{"name": MEMBER, "birth": MEMBER_BIRTH, "relationship": "child"}]),
        ),
    ] {
        rec.fields.insert(name.into(), field(value));
    }
    rec
}

/// Every value that was stored, as text and in the forms the store makes of
/// it (the reading's search key).
fn needles(values: &[&str], readings: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = values.iter().map(|v| v.to_string()).collect();
    for reading in readings {
        all.push(reading.to_string());
        all.push(normalize_kana(reading));
    }
    all
}

/// How many times each value's UTF-8 bytes occur in the files under `dir`
/// (any depth), as `(value, file, count)`.
fn scan(dir: &Path, needles: &[String]) -> Vec<(String, String, usize)> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            for needle in needles {
                let needle_bytes = needle.as_bytes();
                let count = bytes
                    .windows(needle_bytes.len())
                    .filter(|w| *w == needle_bytes)
                    .count();
                if count > 0 {
                    found.push((needle.clone(), path.display().to_string(), count));
                }
            }
        }
    }
    found
}

/// The bytes of test values left in `found`, printed for the issue's measure.
fn bytes_left(what: &str, found: &[(String, String, usize)]) -> usize {
    let bytes = found.iter().map(|(n, _, c)| n.len() * c).sum::<usize>();
    println!("bytes of test values left on disk after {what}: {bytes}");
    for (needle, file, count) in found {
        println!("  {needle:?} ×{count} in {file}");
    }
    bytes
}

#[tokio::test]
async fn retention_leaves_no_personal_value_in_any_file_of_the_hub() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let clerk = hub.clerk("c1", "1").await;

    let confirmed = personal_record(READING);
    let rejected = personal_record(READING);
    let edited = personal_record(READING);
    let (status, answer) = hub
        .post(
            &kiosk,
            "/api/v1/records",
            json!({"records": [confirmed, rejected, edited]}),
        )
        .await;
    assert_eq!(status, 200, "{answer}");
    for item in answer["records"].as_array().unwrap() {
        assert_eq!(item["outcome"], "stored", "{answer}");
    }
    let (status, body) = hub
        .post(
            &clerk,
            &format!("/api/v1/records/{}/confirm", confirmed.id),
            json!({}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = hub
        .post(
            &clerk,
            &format!("/api/v1/records/{}/reject", rejected.id),
            json!({"reason": REJECT_REASON}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let response = hub
        .http
        .patch(hub.url(&format!("/api/v1/records/{}", edited.id)))
        .bearer_auth(&clerk)
        .json(&json!({"fields": {"applicant.reading": READING_EDITED}}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let (status, body) = hub
        .post(
            &clerk,
            &format!("/api/v1/records/{}/confirm", edited.id),
            json!({}),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = hub
        .post(
            &kiosk,
            "/api/v1/staff-calls",
            json!({"lang": "ja", "note": STAFF_NOTE}),
        )
        .await;
    assert_eq!(status, 201, "{body}");

    let needles = needles(
        &[
            NAME,
            BIRTH,
            PHONE,
            TOWN,
            BUILDING,
            MEMBER,
            MEMBER_BIRTH,
            REJECT_REASON,
            STAFF_NOTE,
        ],
        &[READING, READING_EDITED],
    );
    // The scan finds what is there: before retention, every value is.
    let before = scan(hub.dir.path(), &needles);
    for needle in &needles {
        assert!(
            before.iter().any(|(n, _, _)| n == needle),
            "{needle} is stored somewhere before retention"
        );
    }

    // Thirty-one days later (the sample keeps 30) the daily job runs.
    hub.clock.advance(Duration::days(31));
    let state = hub.state();
    assert_eq!(state.run_retention().await.unwrap(), 3);
    let found = scan(hub.dir.path(), &needles);
    assert_eq!(bytes_left("hub retention", &found), 0, "{found:?}");
    hub.stop().await;
}

#[tokio::test]
async fn acknowledged_records_leave_no_personal_value_in_the_kiosk_outbox() {
    let hub = TestHub::start().await;
    let token = hub.device("kiosk-1", Role::Kiosk).await;
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(dir.path()).unwrap();
    let client = SyncClient::new(&hub.base, &token, outbox.clone(), chrono_tz::Asia::Tokyo)
        .with_clock(Arc::new(hub.clock.clone()));
    for _ in 0..20 {
        client.submit(personal_record(READING)).await.unwrap();
    }
    let needles = needles(
        &[NAME, BIRTH, PHONE, TOWN, BUILDING, MEMBER, MEMBER_BIRTH],
        &[READING],
    );
    assert!(
        !scan(dir.path(), &needles).is_empty(),
        "the outbox holds them"
    );
    assert_eq!(client.sync_all().await.unwrap(), 20);
    let found = scan(dir.path(), &needles);
    assert_eq!(bytes_left("kiosk acknowledgement", &found), 0, "{found:?}");
    hub.stop().await;
}

#[tokio::test]
async fn records_name_only_the_catalogue_and_hold_no_hidden_controls() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let clerk = hub.clerk("c1", "1").await;

    let mut unknown_procedure = record("ヤマダ", None);
    unknown_procedure.procedures = vec!["=cmd|' /C calc'!A0".into()];
    let mut unknown_field = record("ヤマダ", None);
    unknown_field
        .fields
        .insert("=HYPERLINK(\"http://x\")".into(), field(json!("1")));
    let mut nul = record("ヤマダ", None);
    nul.fields
        .insert("applicant.name".into(), field(json!("山田\u{0}太郎")));
    let mut bidi = record("ヤマダ", None);
    bidi.fields.insert(
        "household".into(),
        field(json!([{"name": "山田\u{202e}太郎"}])),
    );
    let good = personal_record("やまだ たろう");
    let (status, answer) = hub
        .post(
            &kiosk,
            "/api/v1/records",
            json!({"records": [unknown_procedure, unknown_field, nul, bidi, good]}),
        )
        .await;
    assert_eq!(status, 200, "{answer}");
    let results = answer["records"].as_array().unwrap();
    let keys: Vec<&str> = results
        .iter()
        .map(|r| r["error"]["key"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        keys,
        [
            "hub-error-record-unknown-procedure",
            "hub-error-record-unknown-field",
            "hub-error-record-control-characters",
            "hub-error-record-control-characters",
            ""
        ],
        "{answer}"
    );
    assert_eq!(results[0]["outcome"], "refused");
    assert_eq!(results[4]["outcome"], "stored");
    // The reason is translated (every locale has the key; Japanese for logs).
    let i18n = madoguchi::i18n::I18n::embedded();
    for lang in madoguchi::i18n::Lang::all() {
        let message: madoguchi::i18n::Message =
            serde_json::from_value(results[1]["error"].clone()).unwrap();
        let text = i18n.render(&lang, &message);
        assert!(text.contains("=HYPERLINK"), "{lang}: {text}");
    }

    // A clerk's correction follows the same rules.
    let patch = |fields: Value| {
        hub.http
            .patch(hub.url(&format!("/api/v1/records/{}", good.id)))
            .bearer_auth(&clerk)
            .json(&json!({ "fields": fields }))
            .send()
    };
    let response = patch(json!({"@SUM(A1)": "1"})).await.unwrap();
    assert_eq!(response.status(), 422);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["key"], "hub-error-record-unknown-field");
    let response = patch(json!({"applicant.name": "山田\u{2066}太郎"}))
        .await
        .unwrap();
    assert_eq!(response.status(), 422);
    let response = patch(json!({"applicant.name": "-2+3"})).await.unwrap();
    assert_eq!(response.status(), 200);

    // The export defuses every cell, so Excel runs none.
    hub.post(
        &clerk,
        &format!("/api/v1/records/{}/confirm", good.id),
        json!({}),
    )
    .await;
    let csv = hub
        .http
        .get(hub.url("/api/v1/export/records.csv?date=2025-04-01"))
        .bearer_auth(&clerk)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(csv.contains(",'-2+3,"), "{csv}");
    hub.stop().await;
}

#[tokio::test]
async fn a_kiosk_leases_only_so_many_numbers_and_clerks_see_a_service_run_low() {
    let mut config = madoguchi::config::hub::HubConfig::sample();
    // The sample lends 50 at once and allows 100 unused; low under 880.
    config.low_numbers_threshold = 880;
    let hub = TestHub::start_with(config).await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let other = hub.device("kiosk-2", Role::Kiosk).await;
    let lease = |token: String, service: &'static str| {
        let hub = &hub;
        async move {
            hub.post(&token, "/api/v1/leases", json!({ "service": service }))
                .await
        }
    };
    let (status, first) = lease(kiosk.clone(), "A").await;
    assert_eq!(status, 200, "{first}");
    let (status, second) = lease(kiosk.clone(), "A").await;
    assert_eq!(status, 200, "{second}");
    // A third block would make 150 unused numbers.
    let (status, refused) = lease(kiosk.clone(), "A").await;
    assert_eq!(status, 409, "{refused}");
    assert_eq!(refused["error"]["key"], "hub-error-lease-limit");
    assert!(
        refused["error"]["args"]
            .as_array()
            .unwrap()
            .contains(&json!(["outstanding", 100.0])),
        "{refused}"
    );
    // The limit is per device and per service.
    assert_eq!(lease(other.clone(), "A").await.0, 200);
    assert_eq!(lease(kiosk.clone(), "B").await.0, 200);

    // Numbers the kiosk reports as issued no longer count.
    let first_number = first["first"].as_u64().unwrap();
    let tickets: Vec<Value> = (first_number..first_number + 50)
        .map(|n| json!({"number": format!("A-{n:03}"), "day": "2025-04-01", "issued_at": "2025-04-01T01:30:00Z"}))
        .collect();
    let (status, _) = hub
        .post(&kiosk, "/api/v1/records", json!({ "tickets": tickets }))
        .await;
    assert_eq!(status, 200);
    let (status, third) = lease(kiosk.clone(), "A").await;
    assert_eq!(status, 200, "{third}");
    assert_eq!(lease(kiosk.clone(), "A").await.0, 409);

    // Expired leases are reclaimed from the limit, but their numbers are
    // never lent or issued again that day (some may be printed already).
    hub.clock.advance(Duration::hours(13));
    let (status, fourth) = lease(kiosk.clone(), "A").await;
    assert_eq!(status, 200, "{fourth}");
    let lowest_before = [&first, &second, &third]
        .iter()
        .map(|l| l["first"].as_u64().unwrap())
        .min()
        .unwrap();
    assert!(fourth["last"].as_u64().unwrap() < lowest_before, "{fourth}");

    // Five blocks of A are lent (250 numbers): the board tells clerks A runs low.
    let clerk = hub.clerk("c1", "1").await;
    let (status, board) = hub.get(&clerk, "/api/v1/board").await;
    assert_eq!(status, 200, "{board}");
    let service = |prefix: &str| {
        board["services"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["prefix"] == prefix)
            .unwrap()
            .clone()
    };
    assert_eq!(service("A")["numbers_left"], 999 - 250);
    assert_eq!(service("A")["numbers_low"], true);
    assert_eq!(service("B")["numbers_left"], 999 - 50);
    assert_eq!(service("B")["numbers_low"], false);
    hub.stop().await;
}

#[tokio::test]
async fn a_ward_catalogue_folder_on_the_hub_lets_its_own_forms_in() {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(
        folder.path().join("jidosha-shomei.toml"),
        r#"
id = "jidosha-shomei"
service = "A"
name = "procedures-juminhyo-utsushi"

[[fields]]
shared = "applicant.name"

[[fields]]
id = "plate"
kind = "text"
script = "any"
max_len = 20
label = "fields-purpose-vehicle"
"#,
    )
    .unwrap();
    let mut rec = record("ヤマダ", None);
    rec.procedures = vec!["jidosha-shomei".into()];
    rec.fields.insert(
        "jidosha-shomei.plate".into(),
        field(json!("品川 500 さ 1234")),
    );
    let push = |hub: &TestHub, token: String, rec: RecordIn| {
        let hub_url = hub.url("/api/v1/records");
        let http = hub.http.clone();
        async move {
            let answer: Value = http
                .post(hub_url)
                .bearer_auth(token)
                .json(&json!({ "records": [rec] }))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            answer["records"][0].clone()
        }
    };
    // The shipped catalogue does not have the ward's form.
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let answer = push(&hub, kiosk, rec.clone()).await;
    assert_eq!(answer["error"]["key"], "hub-error-record-unknown-procedure");
    hub.stop().await;
    // With the kiosks' folder named in its configuration, the hub has it.
    let mut config = madoguchi::config::hub::HubConfig::sample();
    config.procedures_dir = Some(folder.path().to_owned());
    let hub = TestHub::start_with(config).await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let answer = push(&hub, kiosk, rec).await;
    assert_eq!(answer["outcome"], "stored", "{answer}");
    hub.stop().await;
}

#[tokio::test]
async fn audit_digests_are_keyed_and_an_auditor_with_the_key_can_check_one() {
    let hub = TestHub::start().await;
    let kiosk = hub.device("kiosk-1", Role::Kiosk).await;
    let clerk = hub.clerk("c1", "1").await;
    let rec = personal_record(READING);
    hub.post(&kiosk, "/api/v1/records", json!({ "records": [rec] }))
        .await;
    let response = hub
        .http
        .patch(hub.url(&format!("/api/v1/records/{}", rec.id)))
        .bearer_auth(&clerk)
        .json(&json!({"fields": {"applicant.birth": "1961-07-24"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let conn = madoguchi::store::hub::open(hub.dir.path()).unwrap();
    let detail: String = conn
        .query_row(
            "SELECT detail FROM audit_log WHERE action = 'record.edit'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let detail: Value = serde_json::from_str(&detail).unwrap();
    let change = &detail["changes"][0];
    assert_eq!(change["field"], "applicant.birth");
    let (old, new) = (
        change["old"].as_str().unwrap(),
        change["new"].as_str().unwrap(),
    );
    // Not what anyone could recompute by trying dates.
    use sha2::Digest;
    for (digest, value) in [(old, BIRTH), (new, "1961-07-24")] {
        let plain = sha2::Sha256::digest(json!(value).to_string().as_bytes());
        let plain: String = plain.iter().map(|b| format!("{b:02x}")).collect();
        assert!(
            !plain.starts_with(&digest[..16]),
            "{digest} is plain SHA-256"
        );
    }
    // The auditor with the office's key checks a candidate value.
    let digest_of = |value: &str| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
            .arg("--data-dir")
            .arg(hub.dir.path())
            .args(["hub", "audit", "digest", value])
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout).unwrap().trim().to_owned()
    };
    assert_eq!(digest_of(BIRTH), old);
    assert_eq!(digest_of("1961-07-24"), new);
    assert_ne!(digest_of("1961-07-25"), new);
    // Another office (another key) gets other digests for the same value.
    let other = TestHub::start().await;
    other.device("kiosk-1", Role::Kiosk).await;
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .arg("--data-dir")
        .arg(other.dir.path())
        .args(["hub", "audit", "digest", BIRTH])
        .output()
        .unwrap();
    assert_ne!(String::from_utf8(output.stdout).unwrap().trim(), old);
    other.stop().await;
    hub.stop().await;
}
