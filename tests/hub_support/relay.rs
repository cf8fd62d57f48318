//! A `madoguchi relay` on loopback for the wait-anywhere tests, and the
//! hub configuration that publishes to it.

use std::sync::Arc;
use std::time::Duration;

use madoguchi::config::hub::HubConfig;
use madoguchi::publish::{Names, PageFiles};
use madoguchi::queue::ManualClock;
use madoguchi::relay::{RelayConfig, RelayOffice, RelayOptions};

/// The publishing office's id.
pub const OFFICE: &str = "honcho";

pub struct TestRelay {
    pub addr: std::net::SocketAddr,
    pub base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl TestRelay {
    pub async fn start(offices: Vec<RelayOffice>, clock: &ManualClock) -> TestRelay {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        TestRelay::start_on(listener, offices, clock)
    }

    /// A relay on `listener` serving two stand-in pages.
    pub fn start_on(
        listener: tokio::net::TcpListener,
        offices: Vec<RelayOffice>,
        clock: &ManualClock,
    ) -> TestRelay {
        let pages = PageFiles::from([
            (
                "ticket.html".to_owned(),
                b"<!doctype html><p>ticket".to_vec(),
            ),
            ("index.html".to_owned(), b"<!doctype html><p>ward".to_vec()),
        ]);
        TestRelay::serving(listener, offices, clock, pages)
    }

    /// A relay serving the real waiting pages (`site::wait_page`).
    pub async fn with_pages(offices: Vec<RelayOffice>, clock: &ManualClock) -> TestRelay {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let pages = madoguchi::site::wait_page::files().unwrap();
        TestRelay::serving(listener, offices, clock, pages)
    }

    fn serving(
        listener: tokio::net::TcpListener,
        offices: Vec<RelayOffice>,
        clock: &ManualClock,
        pages: PageFiles,
    ) -> TestRelay {
        let addr = listener.local_addr().unwrap();
        let mut config = RelayConfig::for_offices(offices);
        config.body_limit_bytes = 64 * 1024;
        config.keep_alive_seconds = 1;
        let options = RelayOptions::new(config, pages).with_clock(Arc::new(clock.clone()));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(madoguchi::relay::serve_with(options, listener, async {
            let _ = stopped.await;
        }));
        TestRelay {
            addr,
            base: format!("http://{addr}"),
            stop: Some(stop),
            task,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        tokio::time::timeout(Duration::from_secs(5), &mut self.task)
            .await
            .expect("the relay stops")
            .unwrap()
            .unwrap();
    }
}

pub fn publishing(targets: Vec<String>) -> HubConfig {
    let mut config = HubConfig::sample();
    config.publish.office = OFFICE.into();
    config.publish.office_names = Names::from([("en".to_owned(), "Main Office".to_owned())]);
    config.publish.targets = targets;
    config.publish.interval_seconds = 1;
    config
}
