//! The hub on the LAN (issue #16): HTTPS with a CA devices pin, plain HTTP
//! refused off loopback, timeouts for slow clients, a connection limit.
//! Hubs on loopback, real TLS, real sockets.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod hub_support;

use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use hub_support::record;
use madoguchi::config::hub::{HubConfig, TlsMode};
use madoguchi::hub::api::Role;
use madoguchi::hub::cli::{self, Enrollment};
use madoguchi::hub::{HubOptions, serve_with};
use madoguchi::model::TicketRequest;
use madoguchi::sync::clerk::{Feed, HubClient, StationArgs, feed};
use madoguchi::sync::pin::HubCa;
use madoguchi::sync::{Outbox, SyncClient, SyncError};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

struct Hub {
    base: String,
    addr: SocketAddr,
    dir: tempfile::TempDir,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Hub {
    /// A hub on 127.0.0.1 with `config`, ready when this returns.
    async fn start(config: HubConfig) -> Hub {
        Hub::start_in(tempfile::tempdir().unwrap(), config).await
    }

    async fn start_in(dir: tempfile::TempDir, config: HubConfig) -> Hub {
        let https = config.tls.mode == TlsMode::On;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let base = format!("{}://{addr}", if https { "https" } else { "http" });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(serve_with(
            HubOptions::new(config, dir.path()),
            listener,
            async {
                let _ = stopped.await;
            },
        ));
        // Ready once it answers; the probe trusts anything, the tests do not.
        let probe = reqwest::Client::builder()
            .tls_danger_accept_invalid_certs(true)
            .build()
            .unwrap();
        for _ in 0..200 {
            if probe.get(format!("{base}/healthz")).send().await.is_ok() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Hub {
            base,
            addr,
            dir,
            stop: Some(stop),
        }
    }

    /// The fingerprint of the CA this hub made (what `hub enroll` prints).
    fn fingerprint(&self) -> String {
        self.ca().fingerprint()
    }

    fn ca(&self) -> HubCa {
        let pem = std::fs::read_to_string(self.dir.path().join("tls").join("ca.pem")).unwrap();
        HubCa::from_pem(&pem).unwrap()
    }

    fn enrollment(&self, name: &str, role: Role) -> Enrollment {
        Enrollment {
            hub_url: self.base.clone(),
            code: cli::enroll_device(self.dir.path(), name, role).unwrap(),
            ca_fingerprint: Some(self.fingerprint()),
        }
    }

    fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

fn tls_config() -> HubConfig {
    let mut config = HubConfig::sample();
    config.tls.mode = TlsMode::On;
    config
}

fn untrusted(result: Result<impl std::fmt::Debug, SyncError>) -> String {
    match result {
        Err(SyncError::Untrusted(message)) => message.key,
        other => panic!("expected a refusal of the hub's certificate, got {other:?}"),
    }
}

#[tokio::test]
async fn a_kiosk_reaches_a_tls_only_hub_through_the_pinned_ca_and_refuses_another() {
    let hub = Hub::start(tls_config()).await;
    // HTTPS only: plain HTTP gets no answer.
    let plain = format!("http://{}/healthz", hub.addr);
    assert!(reqwest::get(&plain).await.is_err());

    // The code `hub enroll` prints, with the CA's fingerprint in it.
    let config_file = hub.dir.path().join("hub.toml");
    std::fs::write(
        &config_file,
        "office_name = \"x\"\n[tls]\nmode = \"on\"\n[[services]]\nprefix = \"A\"\nname_key = \"hub-service-certificates\"\ncounters = [\"1\"]\n",
    )
    .unwrap();
    let printed = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["hub", "enroll", "--name", "kiosk-1", "--role", "kiosk"])
        .args(["--hub-url", &hub.base])
        .arg("--config")
        .arg(&config_file)
        .arg("--data-dir")
        .arg(hub.dir.path())
        .output()
        .unwrap();
    assert!(printed.status.success(), "{printed:?}");
    let stdout = String::from_utf8(printed.stdout).unwrap();
    let qr = stdout
        .lines()
        .find(|l| l.starts_with("madoguchi-enroll:1?"))
        .unwrap()
        .to_owned();
    assert!(qr.ends_with(&format!("&ca={}", hub.fingerprint())), "{qr}");

    let kiosk_dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(kiosk_dir.path()).unwrap();
    let client = madoguchi::sync::enroll_from_qr(&qr, outbox.clone(), chrono_tz::Asia::Tokyo)
        .await
        .unwrap();
    assert!(kiosk_dir.path().join("hub-ca.pem").exists(), "CA kept");
    let ticket = client.issue_ticket("A").await.unwrap();
    assert!(!ticket.offline, "{ticket:?}");
    client
        .submit(record("ヤマダ", Some(&ticket.number)))
        .await
        .unwrap();
    assert_eq!(client.sync_all().await.unwrap(), 1);
    client.refill_leases(&["A".into()]).await.unwrap();
    // After a restart the kiosk trusts the same CA.
    let restored = madoguchi::sync::client_from_saved(outbox.clone(), chrono_tz::Asia::Tokyo)
        .await
        .unwrap()
        .unwrap();
    assert!(!restored.issue_ticket("A").await.unwrap().offline);

    // Another hub (another CA) at the address the kiosk knows: refused.
    let other = Hub::start(tls_config()).await;
    let token = outbox
        .run(madoguchi::store::outbox::credentials)
        .await
        .unwrap()
        .unwrap()
        .1;
    let impostor = SyncClient::new(&other.base, &token, outbox.clone(), chrono_tz::Asia::Tokyo)
        .trusting(Some(&hub.ca()));
    impostor.submit(record("スズキ", None)).await.unwrap();
    assert_eq!(untrusted(impostor.sync_all().await), "hub-sync-untrusted");
    let status = impostor.status().borrow().clone();
    assert!(!status.online);
    assert_eq!(status.pending_records, 1, "nothing sent to the other hub");
    assert_eq!(
        status.last_error.map(|m| m.key).as_deref(),
        Some("hub-sync-untrusted")
    );
    // A number comes from the lease, not from the other hub.
    let leased = impostor.issue_ticket("A").await.unwrap();
    assert!(leased.offline, "{leased:?}");
    other.stop();
    hub.stop();
}

#[test]
fn the_kiosk_service_starts_pinned_after_enrolling_from_its_panel() {
    use madoguchi::ui::kiosk::device::{Effect, Message, perform};
    use madoguchi::ui::kiosk::service::{HubTicketService, TicketService};
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let hub = runtime.block_on(Hub::start(tls_config()));
    let kiosk_dir = tempfile::tempdir().unwrap();
    let config = madoguchi::config::kiosk::KioskConfig::shipped(&hub.base);
    let slips = std::sync::Arc::new(madoguchi::print::SlipPrinter::new(
        madoguchi::i18n::I18n::embedded(),
    ));
    let enrolled = runtime.block_on(perform(
        Effect::Enroll {
            enrollment: hub.enrollment("kiosk-panel", Role::Kiosk),
            token_file: Some(kiosk_dir.path().join(&config.device_token_file)),
        },
        slips,
    ));
    assert!(
        matches!(
            &enrolled,
            Message::Admin(madoguchi::ui::kiosk::admin::Message::Enrolled(Ok(_)))
        ),
        "{enrolled:?}"
    );
    let service =
        HubTicketService::start(&config, kiosk_dir.path(), runtime.handle().clone()).unwrap();
    let ticket = runtime
        .block_on(service.issue_ticket(TicketRequest {
            service: "A".into(),
            lang: None,
        }))
        .unwrap();
    assert!(
        !ticket.offline && ticket.number.starts_with('A'),
        "{ticket:?}"
    );
    assert!(service.online());
    hub.stop();
}

#[tokio::test]
async fn clerk_consoles_and_boards_pin_the_ca_and_refuse_another() {
    let hub = Hub::start(tls_config()).await;
    cli::add_clerk(hub.dir.path(), "c1", "2468").unwrap();
    let station_dir = tempfile::tempdir().unwrap();
    let saved = station_dir.path().join("device.token");
    let code = cli::enrollment_qr_text(&hub.enrollment("desk-1", Role::ClerkStation));
    let station = StationArgs {
        enroll: Some(code),
        ..StationArgs::default()
    };
    // As `madoguchi clerk --enroll CODE` does (it runs its own runtime).
    let (console, saved) = tokio::task::spawn_blocking(move || {
        let client = station.connect(&saved, "MADOGUCHI_TEST_NO_TOKEN").unwrap();
        (client, saved)
    })
    .await
    .unwrap();
    assert!(
        HubCa::file_beside(&saved).exists(),
        "CA kept beside the token"
    );
    let login = console.login("c1", "2468", Some("1")).await.unwrap();
    let clerk = console.with_session(&login.session);
    assert!(clerk.waiting(&["A".into()]).await.unwrap().is_empty());
    // Later starts read the saved token and CA.
    let again = tokio::task::spawn_blocking(move || {
        StationArgs::default()
            .connect(&saved, "MADOGUCHI_TEST_NO_TOKEN")
            .unwrap()
    })
    .await
    .unwrap();
    let board = madoguchi::sync::board::BoardClient::from(again.clone());
    assert_eq!(board.board().await.unwrap().services.len(), 2);
    let mut events = Box::pin(feed(again.clone()));
    assert_eq!(events.next().await, Some(Feed::Connected));

    // Another hub with the same token: refused before any request is sent.
    let other = Hub::start(tls_config()).await;
    let impostor = HubClient::new(&other.base, again.token()).trusting(Some(hub.ca()));
    assert_eq!(
        untrusted(impostor.login("c1", "2468", Some("1")).await),
        "hub-sync-untrusted"
    );
    let impostor_board = madoguchi::sync::board::BoardClient::from(impostor.clone());
    assert_eq!(
        untrusted(impostor_board.board().await),
        "hub-sync-untrusted"
    );
    let mut events = Box::pin(feed(impostor));
    match events.next().await {
        Some(Feed::Disconnected(message)) => assert_eq!(message.key, "hub-sync-untrusted"),
        other => panic!("{other:?}"),
    }
    other.stop();
    hub.stop();
}

#[tokio::test]
async fn enrollment_with_a_wrong_fingerprint_is_refused() {
    let hub = Hub::start(tls_config()).await;
    let other = Hub::start(tls_config()).await;
    let enrollment = hub.enrollment("kiosk-2", Role::Kiosk);
    let wrong =
        madoguchi::sync::enroll(&hub.base, &enrollment.code, Some(&other.fingerprint())).await;
    assert_eq!(untrusted(wrong), "hub-sync-ca-mismatch");
    let missing = madoguchi::sync::enroll(&hub.base, &enrollment.code, None).await;
    assert_eq!(untrusted(missing), "hub-sync-no-fingerprint");
    // The code was not spent: with the right fingerprint it works.
    let enrolled = madoguchi::sync::enroll(
        &hub.base,
        &enrollment.code,
        enrollment.ca_fingerprint.as_deref(),
    )
    .await
    .unwrap();
    assert_eq!(enrolled.ca.unwrap().fingerprint(), hub.fingerprint());
    other.stop();
    hub.stop();
}

async fn refused_to_start(config: HubConfig, addr: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    let result = tokio::time::timeout(
        Duration::from_secs(5),
        serve_with(HubOptions::new(config, dir.path()), listener, async {}),
    )
    .await
    .expect("refuses at once");
    let error = result.unwrap_err();
    error
        .downcast_ref::<madoguchi::hub::tls::TransportError>()
        .unwrap_or_else(|| panic!("{error:?}"))
        .0
        .key
        .clone()
}

#[tokio::test]
async fn plain_http_off_loopback_needs_insecure() {
    let mut config = HubConfig::sample();
    config.tls.mode = TlsMode::Off;
    assert_eq!(
        refused_to_start(config.clone(), "0.0.0.0:0").await,
        "hub-error-plain-on-lan"
    );

    // With `insecure`, plain HTTP on every address.
    config.insecure = true;
    let dir = tempfile::tempdir().unwrap();
    let listener = tokio::net::TcpListener::bind("0.0.0.0:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(serve_with(
        HubOptions::new(config, dir.path()),
        listener,
        async {
            let _ = stopped.await;
        },
    ));
    let mut answer = None;
    for _ in 0..100 {
        if let Ok(response) = reqwest::get(format!("http://127.0.0.1:{port}/healthz")).await {
            answer = Some(response.text().await.unwrap());
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(answer.as_deref(), Some("ok"));
    let _ = stop.send(());

    // Without a mode, a LAN address gets HTTPS with the office CA.
    let dir = tempfile::tempdir().unwrap();
    let listener = tokio::net::TcpListener::bind("0.0.0.0:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(serve_with(
        HubOptions::new(HubConfig::sample(), dir.path()),
        listener,
        async {
            let _ = stopped.await;
        },
    ));
    let ca_file = dir.path().join("tls").join("ca.pem");
    for _ in 0..200 {
        if TcpStream::connect(("127.0.0.1", port)).await.is_ok() && ca_file.exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let ca = HubCa::from_pem(&std::fs::read_to_string(&ca_file).unwrap()).unwrap();
    let pinned = madoguchi::sync::pin::client_builder(Some(&ca))
        .build()
        .unwrap();
    let mut answer = None;
    for _ in 0..100 {
        if let Ok(response) = pinned
            .get(format!("https://127.0.0.1:{port}/healthz"))
            .send()
            .await
        {
            answer = Some(response.text().await.unwrap());
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(answer.as_deref(), Some("ok"));
    let _ = stop.send(());
}

#[test]
fn the_hub_command_says_why_it_does_not_start_in_plain_http_on_the_lan() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("hub.toml");
    std::fs::write(
        &config,
        "office_name = \"x\"\nlisten = \"0.0.0.0:0\"\n[tls]\nmode = \"off\"\n[[services]]\nprefix = \"A\"\nname_key = \"hub-service-tax\"\n",
    )
    .unwrap();
    let run = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
            .env("LANG", "en_US.UTF-8")
            .arg("hub")
            .args(extra)
            .arg("--config")
            .arg(&config)
            .arg("--data-dir")
            .arg(dir.path())
            .output()
            .unwrap()
    };
    let refused = run(&[]);
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("does not start with unencrypted HTTP") && stderr.contains("insecure"),
        "{stderr}"
    );
    // `--insecure` starts it, with a warning.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .env("LANG", "en_US.UTF-8")
        .args(["hub", "--insecure", "--config"])
        .arg(&config)
        .arg("--data-dir")
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut first,
    )
    .unwrap();
    assert!(first.starts_with("listening on 0.0.0.0:"), "{first}");
    child.kill().unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Warning: unencrypted HTTP"), "{stderr}");
}

/// A hub with short timeouts and a small connection limit.
fn strict_config(mode: TlsMode) -> HubConfig {
    let mut config = HubConfig::sample();
    config.tls.mode = mode;
    config.server.header_timeout_seconds = 1;
    config.server.body_timeout_seconds = 1;
    config.server.max_connections = 2;
    config
}

/// Writes `each` every 200 ms until the server closes the connection;
/// returns how long that took and what it answered.
async fn trickle(stream: &mut TcpStream, each: &[u8]) -> (Duration, String) {
    let started = Instant::now();
    let mut answer = Vec::new();
    loop {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "still open after 10 s"
        );
        if stream.write_all(each).await.is_err() {
            break;
        }
        let mut buffer = [0u8; 512];
        match tokio::time::timeout(Duration::from_millis(200), stream.read(&mut buffer)).await {
            Ok(Ok(0)) | Ok(Err(_)) => break,
            Ok(Ok(n)) => answer.extend_from_slice(&buffer[..n]),
            Err(_) => {}
        }
    }
    (
        started.elapsed(),
        String::from_utf8_lossy(&answer).into_owned(),
    )
}

#[tokio::test]
async fn slow_headers_are_cut_off() {
    let hub = Hub::start(strict_config(TlsMode::Auto)).await;
    let mut stream = TcpStream::connect(hub.addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: hub\r\nX-Slow: ")
        .await
        .unwrap();
    let (open, _) = trickle(&mut stream, b"a").await;
    assert!(open < Duration::from_secs(3), "open for {open:?}");
    hub.stop();

    // Over TLS the handshake has the same time.
    let hub = Hub::start(strict_config(TlsMode::On)).await;
    let mut stream = TcpStream::connect(hub.addr).await.unwrap();
    let started = Instant::now();
    let mut buffer = [0u8; 64];
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buffer)).await;
    assert!(matches!(read, Ok(Ok(0)) | Ok(Err(_))), "{read:?}");
    assert!(started.elapsed() < Duration::from_secs(3));
    hub.stop();
}

#[tokio::test]
async fn slow_bodies_are_cut_off() {
    let hub = Hub::start(strict_config(TlsMode::Auto)).await;
    let mut stream = TcpStream::connect(hub.addr).await.unwrap();
    stream
        .write_all(
            b"POST /api/v1/devices/enroll HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"code\": \"",
        )
        .await
        .unwrap();
    let (open, answer) = trickle(&mut stream, b"A").await;
    assert!(open < Duration::from_secs(3), "open for {open:?}");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    let body: Value = serde_json::from_str(answer.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(body["error"]["key"], "hub-error-timeout");
    hub.stop();

    // A patient body limit does not make the whole request unbounded.
    let mut config = strict_config(TlsMode::Auto);
    config.server.body_timeout_seconds = 30;
    config.server.request_timeout_seconds = 1;
    let hub = Hub::start(config).await;
    let mut stream = TcpStream::connect(hub.addr).await.unwrap();
    stream
        .write_all(
            b"POST /api/v1/devices/enroll HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"code\": \"",
        )
        .await
        .unwrap();
    let (open, answer) = trickle(&mut stream, b"A").await;
    assert!(open < Duration::from_secs(3), "open for {open:?}");
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    hub.stop();
}

#[tokio::test]
async fn the_connection_limit_holds() {
    let mut config = strict_config(TlsMode::Auto);
    config.server.header_timeout_seconds = 8;
    let hub = Hub::start(config).await;
    let first = TcpStream::connect(hub.addr).await.unwrap();
    let second = TcpStream::connect(hub.addr).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut third = TcpStream::connect(hub.addr).await.unwrap();
    third
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: hub\r\n\r\n")
        .await
        .unwrap();
    let mut buffer = [0u8; 512];
    let waited = tokio::time::timeout(Duration::from_millis(800), third.read(&mut buffer)).await;
    assert!(waited.is_err(), "answered beyond the limit: {waited:?}");
    drop(first);
    let n = tokio::time::timeout(Duration::from_secs(3), third.read(&mut buffer))
        .await
        .expect("answered once a connection closed")
        .unwrap();
    assert!(String::from_utf8_lossy(&buffer[..n]).starts_with("HTTP/1.1 200"));
    drop(second);
    hub.stop();
}

#[tokio::test]
async fn the_ca_is_served_only_over_https() {
    let hub = Hub::start(tls_config()).await;
    let pinned = madoguchi::sync::pin::client_builder(Some(&hub.ca()))
        .build()
        .unwrap();
    let pem = pinned
        .get(format!("{}/api/v1/hub-ca", hub.base))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        HubCa::from_pem(&pem).unwrap().fingerprint(),
        hub.fingerprint()
    );
    hub.stop();
    let plain = Hub::start(HubConfig::sample()).await;
    let status = reqwest::get(format!("{}/api/v1/hub-ca", plain.base))
        .await
        .unwrap()
        .status();
    assert_eq!(status.as_u16(), 404);
    assert!(!Path::new(&plain.dir.path().join("tls")).exists());
    plain.stop();
}
