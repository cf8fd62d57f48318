//! A hub on loopback for integration tests: temp data dir, manual clock.
#![allow(dead_code)]
// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

pub mod relay;

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use madoguchi::config::hub::HubConfig;
use madoguchi::hub::api::{FieldValue, Preapp, RecordIn, Role, Source};
use madoguchi::hub::{HubOptions, cli};
use madoguchi::queue::ManualClock;
use serde_json::{Value, json};

pub struct TestHub {
    pub base: String,
    pub dir: tempfile::TempDir,
    pub clock: ManualClock,
    pub http: reqwest::Client,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

/// 2025-04-01 10:00 in Tokyo.
pub fn morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 4, 1, 1, 0, 0).unwrap()
}

impl TestHub {
    /// A second view of this hub's store on the same clock, to run its
    /// daily jobs (retention) now rather than at the maintenance tick.
    pub fn state(&self) -> madoguchi::hub::AppState {
        madoguchi::hub::AppState::open(
            madoguchi::hub::HubOptions::new(
                madoguchi::config::hub::HubConfig::sample(),
                self.dir.path(),
            )
            .with_clock(std::sync::Arc::new(self.clock.clone())),
        )
        .unwrap()
    }

    pub async fn start() -> TestHub {
        TestHub::start_with(HubConfig::sample()).await
    }

    pub async fn start_with(config: HubConfig) -> TestHub {
        TestHub::start_in(tempfile::tempdir().unwrap(), config).await
    }

    /// A hub whose data directory has the postal index of the shipped
    /// excerpt of Japan Post's file.
    pub async fn start_with_postal() -> TestHub {
        let dir = tempfile::tempdir().unwrap();
        let excerpt = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/postal/utf_ken_all_excerpt.csv");
        madoguchi::postal::import(&excerpt, dir.path()).unwrap();
        TestHub::start_in(dir, HubConfig::sample()).await
    }

    async fn start_in(dir: tempfile::TempDir, config: HubConfig) -> TestHub {
        TestHub::start_publishing(dir, config, ManualClock::new(morning()), Default::default())
            .await
    }

    /// A hub in `dir` (which may hold its keys already) on `clock`, with
    /// the wait pages `pages` for a `[publish]` directory.
    pub async fn start_publishing(
        dir: tempfile::TempDir,
        config: HubConfig,
        clock: ManualClock,
        pages: madoguchi::publish::PageFiles,
    ) -> TestHub {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let options = HubOptions::new(config, dir.path())
            .with_clock(Arc::new(clock.clone()))
            .with_pages(pages);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(madoguchi::hub::serve_with(options, listener, async {
            let _ = stopped.await;
        }));
        let http = reqwest::Client::new();
        for _ in 0..100 {
            if http.get(format!("{base}/healthz")).send().await.is_ok() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        TestHub {
            base,
            dir,
            clock,
            http,
            stop: Some(stop),
            task,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The hub's `/metrics` page (Prometheus text).
    pub async fn metrics(&self) -> String {
        let response = self.http.get(self.url("/metrics")).send().await.unwrap();
        response.text().await.unwrap()
    }

    /// Enrolls a device through the CLI path and the HTTP exchange; returns its token.
    pub async fn device(&self, name: &str, role: Role) -> String {
        let code = cli::enroll_device(self.dir.path(), name, role).unwrap();
        let answer: Value = self
            .http
            .post(self.url("/api/v1/devices/enroll"))
            .json(&json!({"code": code}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        answer["token"].as_str().unwrap().to_owned()
    }

    /// A logged-in clerk at `counter`; returns the session token.
    pub async fn clerk(&self, id: &str, counter: &str) -> String {
        cli::add_clerk(self.dir.path(), id, "2468").unwrap();
        let station = self
            .device(&format!("station-{id}"), Role::ClerkStation)
            .await;
        let answer: Value = self
            .http
            .post(self.url("/api/v1/clerk/login"))
            .bearer_auth(station)
            .json(&json!({"id": id, "pin": "2468", "counter": counter}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        answer["session"].as_str().expect("login").to_owned()
    }

    pub async fn post(&self, token: &str, path: &str, body: Value) -> (u16, Value) {
        let response = self
            .http
            .post(self.url(path))
            .bearer_auth(token)
            .json(&body)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn get(&self, token: &str, path: &str) -> (u16, Value) {
        let response = self
            .http
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        // Graceful shutdown waits for open streams (SSE); do not wait forever.
        if tokio::time::timeout(std::time::Duration::from_secs(2), &mut self.task)
            .await
            .is_err()
        {
            self.task.abort();
        }
    }
}

/// A record as a kiosk makes it.
pub fn record(kana: &str, number: Option<&str>) -> RecordIn {
    let mut fields = BTreeMap::new();
    fields.insert(
        "applicant.reading".into(),
        FieldValue {
            value: json!(kana),
            source: Source::Qr,
        },
    );
    fields.insert(
        "juminhyo-utsushi.copies".into(),
        FieldValue {
            value: json!(1),
            source: Source::Kiosk,
        },
    );
    RecordIn {
        id: uuid::Uuid::new_v4(),
        created_at: Utc::now(),
        procedures: vec!["juminhyo-utsushi".into()],
        lang: "ja".into(),
        fields,
        number: number.map(str::to_owned),
        preapp: Preapp::Encrypted,
    }
}
