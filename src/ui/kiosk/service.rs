//! The kiosk's seam to the hub: queue tickets and staff calls.
//!
//! The kiosk never talks HTTP itself; it holds an `Arc<dyn TicketService>`.
//!
//! - [`HubTicketService`] is the real one: it wraps [`crate::sync::SyncClient`]
//!   (hub HTTP client, SQLite outbox, leased numbers). Tickets come from the
//!   hub, or from the lease when the hub does not answer; applications go
//!   into the outbox first and reach the hub in the background; whether the
//!   hub answered last is read from sync's status channel for the offline
//!   banner. A staff call goes straight to the hub
//!   (`POST /api/v1/staff-calls` with the device token, which names the
//!   kiosk) and fails when the hub is unreachable: unlike a number, a call
//!   nobody receives must not look answered. Its futures run on a tokio
//!   runtime it is given, so they work from iced's executor and from a
//!   plain `block_on` in tests alike.
//! - [`InMemoryTicketService`] implements it in-process for unit tests and
//!   screenshots of single screens.
//!
//! Requests, tickets and staff calls are the model's
//! ([`crate::model::TicketRequest`], [`Ticket`], [`StaffCall`]); only what a
//! kiosk shows beside them (the service's name, the status page) is added
//! here. Calls return boxed futures so the UI can run them as iced tasks.

use std::collections::HashMap;
use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::sync::Mutex;

use crate::config::kiosk::KioskConfig;
use crate::i18n::{Lang, Message};
use crate::model::{Board, RecordIn, StaffCall, Ticket, TicketRequest};
use crate::sync::pin::HubCa;
use crate::sync::{Outbox, SyncClient, SyncError, SyncStatus};

/// A future returned by a [`TicketService`].
pub type ServiceFuture<T> = Pin<Box<dyn Future<Output = Result<T, ServiceError>> + Send + 'static>>;

/// A service residents can take a number for (a queue at the counters).
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceInfo {
    /// Stable id, as in the hub's configuration (`certificates`, `moving`).
    pub id: String,
    /// What the resident reads on the button and the ticket.
    pub name: Message,
}

/// The service a ticket is for, as the kiosk shows it: one of `services`,
/// or one named after its prefix when the hub's list did not have it.
pub fn service_info(services: &[ServiceInfo], id: &str) -> ServiceInfo {
    services
        .iter()
        .find(|s| s.id == id)
        .cloned()
        .unwrap_or_else(|| prefix_service(id))
}

/// Why a ticket or a call could not be made. Shown to the resident.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ServiceError {
    #[error("the hub cannot be reached")]
    Unreachable,
    #[error("unknown service {0}")]
    UnknownService(String),
    #[error("refused by the hub")]
    Refused(Message),
}

impl ServiceError {
    pub fn message(&self) -> Message {
        match self {
            ServiceError::Unreachable => Message::new("kiosk-error-unreachable"),
            ServiceError::UnknownService(_) => Message::new("kiosk-error-unknown-service"),
            ServiceError::Refused(message) => message.clone(),
        }
    }
}

/// How the kiosk reaches the office's queue.
pub trait TicketService: Send + Sync + 'static {
    /// The services offered at this kiosk, in button order.
    fn services(&self) -> Vec<ServiceInfo>;
    fn issue_ticket(&self, request: TicketRequest) -> ServiceFuture<Ticket>;
    /// Asks for a person at the kiosk named `kiosk`, for a resident reading
    /// `lang`; `note` says why when the kiosk itself needs someone (the
    /// slip printer is out of paper).
    fn call_staff(&self, kiosk: String, lang: Lang, note: Option<String>) -> ServiceFuture<()>;
    /// The phone status page of this office's queue in `lang` (shown as a
    /// QR on the ticket); `None` when there is no hub to show it.
    fn status_url(&self, lang: Lang) -> Option<String>;
    /// Whether [`TicketService::call_staff`] reaches anyone; the button is
    /// hidden otherwise rather than failing after the resident tapped it.
    fn can_call_staff(&self) -> bool {
        true
    }
    /// Keeps a finished application for the hub. `Ok` means it is durable
    /// on this kiosk (the outbox), not that the hub has it yet.
    fn submit(&self, record: RecordIn) -> ServiceFuture<()>;
    /// Whether the hub answered the last time it was asked.
    fn online(&self) -> bool {
        true
    }
    /// The outbox and sync state for the facilities panel; `None` when
    /// this service does not sync with a hub.
    fn sync_status(&self) -> Option<SyncStatus> {
        None
    }
}

struct Queue {
    info: ServiceInfo,
    prefix: char,
    minutes_per_person: u32,
    issued: u32,
    served: u32,
}

struct Day {
    date: chrono::NaiveDate,
    queues: Vec<Queue>,
}

/// A queue kept in memory: numbers per service that restart each Tokyo day.
///
/// Nobody is ever served here, so "people ahead" grows with each ticket;
/// that is the honest answer for a queue no clerk is working on.
pub struct InMemoryTicketService {
    status_base: String,
    day: Mutex<Day>,
    staff_calls: Mutex<Vec<StaffCall>>,
    records: Mutex<Vec<RecordIn>>,
    template: Vec<(ServiceInfo, char, u32)>,
}

impl InMemoryTicketService {
    /// Services as `(info, prefix, minutes per person)`.
    pub fn new(status_base: impl Into<String>, services: Vec<(ServiceInfo, char, u32)>) -> Self {
        let day = Day {
            date: tokyo_today(),
            queues: Self::queues(&services),
        };
        InMemoryTicketService {
            status_base: status_base.into().trim_end_matches('/').to_owned(),
            day: Mutex::new(day),
            staff_calls: Mutex::new(Vec::new()),
            records: Mutex::new(Vec::new()),
            template: services,
        }
    }

    /// A sample office with the hub's shipped queues (ids are the queue
    /// prefixes, as at a real hub), for tests and screenshots.
    pub fn sample() -> Self {
        let service = |id: &str, key: &str| ServiceInfo {
            id: id.into(),
            name: Message::new(key),
        };
        InMemoryTicketService::new(
            "http://127.0.0.1:8750",
            vec![
                (service("A", "hub-service-certificates"), 'A', 4),
                (service("B", "hub-service-moving"), 'B', 12),
                (service("C", "hub-service-tax"), 'C', 10),
            ],
        )
    }

    /// Applications received so far.
    pub fn records(&self) -> Vec<RecordIn> {
        self.records.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// Staff calls received so far (what the clerk console would show).
    pub fn staff_calls(&self) -> Vec<StaffCall> {
        self.staff_calls
            .lock()
            .map(|c| c.clone())
            .unwrap_or_default()
    }

    fn queues(services: &[(ServiceInfo, char, u32)]) -> Vec<Queue> {
        services
            .iter()
            .map(|(info, prefix, minutes)| Queue {
                info: info.clone(),
                prefix: *prefix,
                minutes_per_person: *minutes,
                issued: 0,
                served: 0,
            })
            .collect()
    }

    fn issue(&self, request: &TicketRequest) -> Result<Ticket, ServiceError> {
        let mut day = self.day.lock().map_err(|_| ServiceError::Unreachable)?;
        let today = tokyo_today();
        if day.date != today {
            *day = Day {
                date: today,
                queues: Self::queues(&self.template),
            };
        }
        let queue = day
            .queues
            .iter_mut()
            .find(|q| q.info.id == request.service)
            .ok_or_else(|| ServiceError::UnknownService(request.service.clone()))?;
        let people_ahead = queue.issued - queue.served;
        queue.issued += 1;
        Ok(Ticket {
            number: format!("{}-{:03}", queue.prefix, queue.issued),
            service: queue.info.id.clone(),
            position: people_ahead + 1,
            estimated_wait_minutes: people_ahead * queue.minutes_per_person,
            day: today,
            issued_at: chrono::Utc::now(),
            offline: false,
            page_url: None,
        })
    }
}

impl TicketService for InMemoryTicketService {
    fn services(&self) -> Vec<ServiceInfo> {
        self.template
            .iter()
            .map(|(info, _, _)| info.clone())
            .collect()
    }

    fn issue_ticket(&self, request: TicketRequest) -> ServiceFuture<Ticket> {
        let result = self.issue(&request);
        Box::pin(async move { result })
    }

    fn call_staff(&self, kiosk: String, lang: Lang, note: Option<String>) -> ServiceFuture<()> {
        let result = self
            .staff_calls
            .lock()
            .map(|mut calls| {
                // Numbered and stamped here, as the hub would.
                let id = calls.len() as i64 + 1;
                calls.push(StaffCall {
                    id,
                    kiosk,
                    lang: lang.code().to_owned(),
                    note,
                    created_at: chrono::Utc::now(),
                    answered_at: None,
                    answered_by: None,
                });
            })
            .map_err(|_| ServiceError::Unreachable);
        Box::pin(async move { result })
    }

    fn status_url(&self, lang: Lang) -> Option<String> {
        Some(status_url(&self.status_base, lang))
    }

    fn submit(&self, record: RecordIn) -> ServiceFuture<()> {
        let result = self
            .records
            .lock()
            .map(|mut records| records.push(record))
            .map_err(|_| ServiceError::Unreachable);
        Box::pin(async move { result })
    }
}

/// A service that is always down: for offline screens and tests.
pub struct UnreachableTicketService(pub Vec<ServiceInfo>);

impl TicketService for UnreachableTicketService {
    fn services(&self) -> Vec<ServiceInfo> {
        self.0.clone()
    }

    fn issue_ticket(&self, _: TicketRequest) -> ServiceFuture<Ticket> {
        Box::pin(async { Err(ServiceError::Unreachable) })
    }

    fn call_staff(&self, _: String, _: Lang, _: Option<String>) -> ServiceFuture<()> {
        Box::pin(async { Err(ServiceError::Unreachable) })
    }

    fn status_url(&self, _: Lang) -> Option<String> {
        None
    }

    fn submit(&self, _: RecordIn) -> ServiceFuture<()> {
        Box::pin(async { Err(ServiceError::Unreachable) })
    }

    fn online(&self) -> bool {
        false
    }
}

/// The phone status page of a hub, in the resident's language.
pub fn status_url(hub_url: &str, lang: Lang) -> String {
    format!(
        "{}/status?lang={}",
        hub_url.trim_end_matches('/'),
        lang.code()
    )
}

impl From<SyncError> for ServiceError {
    fn from(error: SyncError) -> Self {
        match error {
            // A hub that is not the pinned one is, for a resident, no hub;
            // the facilities panel shows why (the sync status).
            SyncError::Offline(_) | SyncError::Untrusted(_) => ServiceError::Unreachable,
            other => ServiceError::Refused(other.message()),
        }
    }
}

/// No device token yet: neither in `device_token_file` nor saved at
/// enrollment. `madoguchi kiosk` then starts offline so facilities staff can
/// enroll it from the panel.
#[derive(Debug, thiserror::Error)]
#[error(
    "this kiosk is not enrolled: enroll it in the facilities panel, or put the device token from `madoguchi hub enroll` in {}",
    token_file.display()
)]
pub struct NotEnrolled {
    pub token_file: std::path::PathBuf,
}

/// The kiosk's queue and outbox, backed by the office hub through
/// [`crate::sync`]. See the module docs.
pub struct HubTicketService {
    client: SyncClient,
    runtime: tokio::runtime::Handle,
    hub_url: String,
    services: Vec<ServiceInfo>,
    status: tokio::sync::watch::Receiver<SyncStatus>,
}

impl HubTicketService {
    /// A service over an enrolled client. `services` are the hub's queues
    /// (ids = prefixes), e.g. from [`HubTicketService::fetch_services`].
    pub fn new(
        client: SyncClient,
        runtime: tokio::runtime::Handle,
        hub_url: &str,
        services: Vec<ServiceInfo>,
    ) -> Self {
        HubTicketService {
            status: client.status(),
            client,
            runtime,
            hub_url: hub_url.trim_end_matches('/').to_owned(),
            services,
        }
    }

    /// Opens the outbox in `data_dir`, reads the device token (the file of
    /// `device_token_file`, else the credentials saved at enrollment) and
    /// the hub's CA pinned beside it ([`HubCa::file_beside`]), learns
    /// the hub's queues, and starts the background push on `runtime`.
    pub fn start(
        config: &KioskConfig,
        data_dir: &Path,
        runtime: tokio::runtime::Handle,
    ) -> anyhow::Result<Self> {
        let outbox = Outbox::open(data_dir).map_err(|e| anyhow::anyhow!("{}", e.message()))?;
        let token_path = data_dir.join(&config.device_token_file);
        let token = match std::fs::read_to_string(&token_path) {
            Ok(token) if !token.trim().is_empty() => token.trim().to_owned(),
            _ => {
                let saved = runtime
                    .block_on(outbox.run(crate::store::outbox::credentials))
                    .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
                match saved {
                    Some((_, token)) => token,
                    None => {
                        return Err(NotEnrolled {
                            token_file: token_path,
                        }
                        .into());
                    }
                }
            }
        };
        let ca = HubCa::load(&HubCa::file_beside(&token_path))
            .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
        let client = SyncClient::new(&config.hub_url, &token, outbox, chrono_tz::Asia::Tokyo)
            .trusting(ca.as_ref());
        let services = match runtime.block_on(Self::fetch_services(
            &config.hub_url,
            &token,
            ca.as_ref(),
        )) {
            Ok(services) => services,
            Err(error) => {
                tracing::warn!(%error, "hub unreachable at start; queues taken from the catalogue");
                services_from_catalog(config)
            }
        };
        let service = HubTicketService::new(client, runtime, &config.hub_url, services);
        service.spawn_sync();
        Ok(service)
    }

    /// Starts the background push and lease refill (see [`SyncClient::run`]).
    pub fn spawn_sync(&self) {
        let ids = self.services.iter().map(|s| s.id.clone()).collect();
        self.runtime.spawn(self.client.clone().run(ids));
    }

    /// The hub's queues from its board, in the hub's order (trusting only
    /// `ca` when the kiosk pinned one).
    pub async fn fetch_services(
        hub_url: &str,
        token: &str,
        ca: Option<&HubCa>,
    ) -> Result<Vec<ServiceInfo>, SyncError> {
        let http = crate::sync::pin::client_builder(ca)
            .timeout(crate::sync::TICKET_TIMEOUT)
            .build()
            .map_err(|e| SyncError::Offline(e.to_string()))?;
        let response = http
            .get(format!("{}/api/v1/board", hub_url.trim_end_matches('/')))
            .bearer_auth(token)
            .send()
            .await
            .map_err(crate::sync::unreached)?;
        if !response.status().is_success() {
            return Err(SyncError::Offline(format!("board: {}", response.status())));
        }
        let board: Board = response
            .json()
            .await
            .map_err(|e| SyncError::Offline(e.to_string()))?;
        Ok(board
            .services
            .into_iter()
            .map(|s| ServiceInfo {
                id: s.prefix,
                name: Message::new(s.name_key),
            })
            .collect())
    }

    pub fn client(&self) -> &SyncClient {
        &self.client
    }

    fn spawn<T: Send + 'static>(
        &self,
        work: impl Future<Output = Result<T, ServiceError>> + Send + 'static,
    ) -> ServiceFuture<T> {
        let handle = self.runtime.spawn(work);
        Box::pin(async move { handle.await.unwrap_or(Err(ServiceError::Unreachable)) })
    }
}

fn prefix_service(prefix: &str) -> ServiceInfo {
    ServiceInfo {
        id: prefix.to_owned(),
        name: Message::new("kiosk-service-prefix").arg("prefix", prefix),
    }
}

/// The queues of the procedures a kiosk offers, when the hub cannot say.
fn services_from_catalog(config: &KioskConfig) -> Vec<ServiceInfo> {
    let mut prefixes: Vec<String> = config
        .offered_catalog()
        .map(|c| c.procedures().iter().map(|p| p.service.clone()).collect())
        .unwrap_or_default();
    prefixes.sort();
    prefixes.dedup();
    prefixes.iter().map(|p| prefix_service(p)).collect()
}

impl TicketService for HubTicketService {
    fn services(&self) -> Vec<ServiceInfo> {
        self.services.clone()
    }

    fn issue_ticket(&self, request: TicketRequest) -> ServiceFuture<Ticket> {
        let client = self.client.clone();
        self.spawn(async move {
            Ok(client
                .issue_ticket_in(&request.service, request.lang.as_deref())
                .await?)
        })
    }

    fn call_staff(&self, _kiosk: String, lang: Lang, note: Option<String>) -> ServiceFuture<()> {
        // The hub names the kiosk from its device token; `kiosk` is this
        // kiosk's configured name, which the enrolment made the same.
        let client = self.client.clone();
        self.spawn(async move {
            client.call_staff(lang.code(), note.as_deref()).await?;
            Ok(())
        })
    }

    fn status_url(&self, lang: Lang) -> Option<String> {
        Some(status_url(&self.hub_url, lang))
    }

    fn can_call_staff(&self) -> bool {
        true
    }

    fn submit(&self, record: RecordIn) -> ServiceFuture<()> {
        let client = self.client.clone();
        self.spawn(async move {
            client
                .submit(record)
                .await
                .map_err(|e| ServiceError::Refused(e.message()))
        })
    }

    fn online(&self) -> bool {
        self.status.borrow().online
    }

    fn sync_status(&self) -> Option<SyncStatus> {
        Some(self.status.borrow().clone())
    }
}

fn tokyo_today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Tokyo)
        .date_naive()
}

/// Counts of issued numbers per service (for tests and the admin panel later).
impl InMemoryTicketService {
    pub fn issued(&self) -> HashMap<String, u32> {
        self.day
            .lock()
            .map(|d| {
                d.queues
                    .iter()
                    .map(|q| (q.info.id.clone(), q.issued))
                    .collect()
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::futures::executor::block_on;

    fn request(service: &str) -> TicketRequest {
        TicketRequest {
            service: service.into(),
            lang: None,
        }
    }

    #[test]
    fn numbers_count_up_per_service_with_people_ahead() {
        let service = InMemoryTicketService::sample();
        let a1 = block_on(service.issue_ticket(request("A"))).unwrap();
        let a2 = block_on(service.issue_ticket(request("A"))).unwrap();
        let b1 = block_on(service.issue_ticket(request("B"))).unwrap();
        let people_ahead = |t: &Ticket| t.position - 1;
        assert_eq!((a1.number.as_str(), people_ahead(&a1)), ("A-001", 0));
        assert_eq!(
            (
                a2.number.as_str(),
                people_ahead(&a2),
                a2.estimated_wait_minutes
            ),
            ("A-002", 1, 4)
        );
        assert_eq!(b1.number, "B-001");
        assert_eq!(
            service.status_url(Lang::ja()).as_deref(),
            Some("http://127.0.0.1:8750/status?lang=ja")
        );
        assert_eq!(service.issued()["A"], 2);
    }

    #[test]
    fn unknown_service_is_refused_with_a_message() {
        let service = InMemoryTicketService::sample();
        let err = block_on(service.issue_ticket(request("nope"))).unwrap_err();
        assert_eq!(err, ServiceError::UnknownService("nope".into()));
        assert_eq!(err.message().key, "kiosk-error-unknown-service");
    }
}
