//! A kiosk's office for UI tests: a real hub on loopback and an enrolled
//! kiosk with its outbox, on the hub-backed ticket service.
#![allow(dead_code)]
// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use madoguchi::config::kiosk::KioskConfig;
use madoguchi::sync::SyncClient;
use madoguchi::ui::demo::EmbeddedHub;
use madoguchi::ui::kiosk::service::HubTicketService;

pub struct Office {
    pub hub: EmbeddedHub,
    pub client: SyncClient,
    pub service: Arc<HubTicketService>,
    pub kiosk_dir: tempfile::TempDir,
    _hub_dir: tempfile::TempDir,
}

/// A hub on 127.0.0.1:0 and an enrolled kiosk. The background push is not
/// started, so a test sees the record wait in the outbox before it syncs.
pub fn office() -> Office {
    let hub_dir = tempfile::tempdir().unwrap();
    let kiosk_dir = tempfile::tempdir().unwrap();
    let hub =
        EmbeddedHub::start(madoguchi::config::hub::HubConfig::sample(), hub_dir.path()).unwrap();
    let config = KioskConfig::shipped(&hub.url);
    let token = hub
        .enroll_kiosk("テスト端末", &config, kiosk_dir.path())
        .unwrap();
    let outbox = madoguchi::sync::Outbox::open(kiosk_dir.path()).unwrap();
    let client = SyncClient::new(&hub.url, &token, outbox, chrono_tz::Asia::Tokyo);
    let services = hub
        .runtime
        .block_on(HubTicketService::fetch_services(&hub.url, &token, None))
        .unwrap();
    let service = Arc::new(HubTicketService::new(
        client.clone(),
        hub.runtime.handle().clone(),
        &hub.url,
        services,
    ));
    Office {
        hub,
        client,
        service,
        kiosk_dir,
        _hub_dir: hub_dir,
    }
}
