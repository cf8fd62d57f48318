//! The kiosk side of kiosk → hub sync: outbox, background push, offline tickets.
//!
//! - A finished application goes into the kiosk's SQLite outbox
//!   ([`crate::store::outbox`]) before the resident is told it was received,
//!   so a crash or a dead network never loses it.
//! - [`SyncClient::run`] pushes the outbox in the background in batches,
//!   with exponential backoff (1 s doubling to 60 s, with jitter so kiosks
//!   that lost the hub together do not return together). Each record keeps
//!   its kiosk-made UUID, so a retry after a lost answer is a `duplicate`,
//!   never a second copy.
//! - On acknowledgement (`stored` or `duplicate`) the outbox drops the
//!   personal data and keeps only the UUID: the store overwrites the body
//!   (`secure_delete`) and the outbox's write-ahead log is emptied after.
//! - Tickets: [`SyncClient::issue_ticket`] asks the hub; when the hub cannot
//!   be reached it takes the next number of a block the hub leased to this
//!   kiosk in advance ([`SyncClient::refill_leases`] keeps one for today and
//!   tomorrow), and reports the number at the next sync so the clerk's queue
//!   knows it.
//! - Over HTTPS the client trusts only the CA pinned at enrollment
//!   ([`pin`]); a hub with another certificate is [`SyncError::Untrusted`]:
//!   nothing is sent to it, and tickets come from the lease as when offline.
//! - [`SyncStatus`] (a `watch` channel) says whether the hub answered last
//!   time, how many records and tickets wait, and when the last sync was, for
//!   the kiosk's status line and the facilities screen.

pub mod board;
pub mod clerk;
pub mod pin;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use reqwest::StatusCode;
use rusqlite::Connection;
use tokio::sync::{Notify, watch};

use crate::hub::api::{
    EnrollResponse, ErrorBody, LeaseGrant, PushRequest, PushResponse, RecordIn, StaffCallCreated,
    StaffCallRequest, Ticket,
};
use crate::i18n::Message;
use crate::queue::{Clock, SystemClock, local_day};
use crate::store::{self, StoreError, outbox};

/// Records per push.
pub const BATCH: usize = 500;
pub const MIN_BACKOFF: Duration = Duration::from_secs(1);
pub const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// Time between pushes when all is well (a new record wakes the loop at once).
pub const IDLE: Duration = Duration::from_secs(15);
/// A ticket request waits this long before the kiosk falls back to its lease.
pub const TICKET_TIMEOUT: Duration = Duration::from_secs(3);
/// A lease is renewed when fewer numbers than this remain.
pub const LEASE_LOW_WATER: u32 = 10;

/// Why a sync step failed.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The hub did not answer (network, timeout, 5xx): try again later.
    #[error("hub unreachable: {0}")]
    Offline(String),
    /// The hub answered with a refusal; retrying the same request will not help.
    #[error("hub refused ({0}): {1:?}")]
    Refused(u16, Message),
    /// The hub's certificate is not from the CA this device pinned (or the
    /// enrollment code's fingerprint does not match): refused, with why.
    #[error("hub not trusted: {0:?}")]
    Untrusted(Message),
    /// Offline and no leased number left for the service.
    #[error("no leased number left")]
    NoLease,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SyncError {
    pub fn message(&self) -> Message {
        match self {
            SyncError::Offline(_) => Message::new("hub-sync-offline"),
            SyncError::Refused(_, m) | SyncError::Untrusted(m) => m.clone(),
            SyncError::NoLease => Message::new("hub-sync-no-lease"),
            SyncError::Store(e) => e.message(),
        }
    }
}

/// What the kiosk shows about sync.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncStatus {
    pub online: bool,
    pub pending_records: u64,
    pub pending_tickets: u64,
    pub refused_records: u64,
    pub last_sync: Option<DateTime<Utc>>,
    pub last_error: Option<Message>,
}

/// The kiosk's outbox database, shared by the UI and the sync task.
#[derive(Clone)]
pub struct Outbox {
    conn: Arc<Mutex<Connection>>,
    /// Its data directory, where the hub's pinned CA is kept too.
    dir: PathBuf,
}

impl Outbox {
    pub fn open(data_dir: &Path) -> store::Result<Outbox> {
        Ok(Outbox {
            conn: Arc::new(Mutex::new(outbox::open(data_dir)?)),
            dir: data_dir.to_owned(),
        })
    }

    /// Where the CA pinned with the saved credentials is.
    fn ca_file(&self) -> PathBuf {
        self.dir.join(pin::HUB_CA_FILE)
    }

    /// Runs `f` in a transaction on a blocking thread (the lock never spans an await).
    pub async fn run<R, F>(&self, f: F) -> store::Result<R>
    where
        R: Send + 'static,
        F: FnOnce(&Connection) -> store::Result<R> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = conn.lock().unwrap_or_else(|e| e.into_inner());
            let tx = conn.transaction()?;
            let result = f(&tx)?;
            tx.commit()?;
            Ok(result)
        })
        .await
        .map_err(|e| StoreError::Unavailable(e.to_string()))?
    }

    /// Saves a record for the hub; durable when this returns.
    pub async fn submit(&self, record: RecordIn) -> store::Result<()> {
        self.run(move |c| outbox::enqueue(c, &record)).await
    }

    pub async fn counts(&self) -> store::Result<outbox::Counts> {
        self.run(outbox::counts).await
    }

    /// Empties the outbox's write-ahead log ([`store::truncate_wal`]), so the
    /// bodies acknowledgements cleared leave no older copy in `-wal`.
    pub async fn truncate_wal(&self) -> store::Result<()> {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let conn = conn.lock().unwrap_or_else(|e| e.into_inner());
            store::truncate_wal(&conn)
        })
        .await
        .map_err(|e| StoreError::Unavailable(e.to_string()))?
    }
}

/// Exponential backoff with up to 25 % jitter: `attempt` 0 is [`MIN_BACKOFF`].
pub fn backoff(attempt: u32, min: Duration, max: Duration) -> Duration {
    let base = min.saturating_mul(1u32 << attempt.min(20)).min(max);
    let random = u16::from_le_bytes([
        uuid::Uuid::new_v4().as_bytes()[0],
        uuid::Uuid::new_v4().as_bytes()[1],
    ]);
    let jitter = base.mul_f64(random as f64 / u16::MAX as f64 / 4.0);
    (base + jitter).min(max + max / 4)
}

/// A device's enrollment: its token and name, and the CA it now trusts
/// the hub by (`None` for a plain-HTTP hub).
#[derive(Debug, Clone)]
pub struct Enrolled {
    pub token: String,
    pub name: String,
    pub ca: Option<pin::HubCa>,
}

/// Exchanges an enrollment code for a device token. Over HTTPS the hub's
/// CA must have the code's fingerprint `ca_fingerprint`, and the exchange
/// trusts only that CA ([`pin`]).
pub async fn enroll(
    hub_url: &str,
    code: &str,
    ca_fingerprint: Option<&str>,
) -> Result<Enrolled, SyncError> {
    let hub_url = hub_url.trim_end_matches('/');
    let ca = if pin::is_https(hub_url) {
        let fingerprint = ca_fingerprint
            .ok_or_else(|| SyncError::Untrusted(Message::new("hub-sync-no-fingerprint")))?;
        Some(pin::fetch_ca(hub_url, fingerprint).await?)
    } else {
        None
    };
    let http = pin::client_builder(ca.as_ref())
        .timeout(Duration::from_secs(10))
        .build()
        .map_err(offline)?;
    let response = http
        .post(format!("{hub_url}/api/v1/devices/enroll"))
        .json(&serde_json::json!({"code": code}))
        .send()
        .await
        .map_err(unreached)?;
    let enrolled: EnrollResponse = answer(response).await?;
    Ok(Enrolled {
        token: enrolled.token,
        name: enrolled.name,
        ca,
    })
}

/// Enrolls this kiosk from the text of the hub's enrollment QR
/// (`madoguchi-enroll:1?hub=URL&code=CODE[&ca=FINGERPRINT]`) and saves the
/// credentials in the outbox (the pinned CA beside it). Returns a client
/// ready to run.
pub async fn enroll_from_qr(
    qr_text: &str,
    outbox: Outbox,
    tz: chrono_tz::Tz,
) -> Result<SyncClient, SyncError> {
    let qr = crate::hub::cli::parse_enrollment_qr(qr_text)
        .ok_or_else(|| SyncError::Refused(400, Message::new("hub-error-enroll-code")))?;
    let enrolled = enroll(&qr.hub_url, &qr.code, qr.ca_fingerprint.as_deref()).await?;
    pin::HubCa::store(enrolled.ca.as_ref(), &outbox.ca_file())
        .map_err(|e| SyncError::Store(StoreError::Unavailable(e.to_string())))?;
    let (url, token) = (qr.hub_url.clone(), enrolled.token.clone());
    outbox
        .run(move |c| outbox::save_credentials(c, &url, &token))
        .await?;
    Ok(SyncClient::new(&qr.hub_url, &enrolled.token, outbox, tz).trusting(enrolled.ca.as_ref()))
}

/// A client from the credentials saved at enrollment, if any.
pub async fn client_from_saved(
    outbox: Outbox,
    tz: chrono_tz::Tz,
) -> Result<Option<SyncClient>, SyncError> {
    let saved = outbox.run(outbox::credentials).await?;
    let ca = pin::HubCa::load(&outbox.ca_file())?;
    Ok(saved.map(|(url, token)| SyncClient::new(&url, &token, outbox, tz).trusting(ca.as_ref())))
}

pub(crate) fn offline(e: impl std::fmt::Display) -> SyncError {
    SyncError::Offline(e.to_string())
}

/// A request that got no answer: [`SyncError::Untrusted`] when TLS refused
/// the hub, else [`SyncError::Offline`].
pub(crate) fn unreached(e: reqwest::Error) -> SyncError {
    if pin::tls_refused(&e) {
        tracing::warn!(error = %e, "hub refused: not the pinned certificate");
        SyncError::Untrusted(Message::new("hub-sync-untrusted"))
    } else {
        offline(e)
    }
}

/// A hub answer that is not a success, as the error a caller acts on: a
/// server error means "try again later", any other refusal carries the
/// hub's translated reason.
pub(crate) async fn refusal(response: reqwest::Response) -> Result<(), SyncError> {
    let status = response.status();
    if status.is_server_error() {
        return Err(SyncError::Offline(format!("hub answered {status}")));
    }
    if !status.is_success() {
        let message = response
            .json::<ErrorBody>()
            .await
            .map(|b| b.error)
            .unwrap_or_else(|_| Message::new("hub-error-internal"));
        return Err(SyncError::Refused(status.as_u16(), message));
    }
    Ok(())
}

/// A successful hub answer's JSON body, or the refusal.
pub(crate) async fn answer<T: serde::de::DeserializeOwned>(
    response: reqwest::Response,
) -> Result<T, SyncError> {
    let status = response.status();
    if !status.is_success() {
        refusal(response).await?;
        return Err(SyncError::Offline(format!("hub answered {status}")));
    }
    response.json::<T>().await.map_err(offline)
}

/// Pushes a kiosk's outbox to its hub and takes tickets.
#[derive(Clone)]
pub struct SyncClient {
    http: reqwest::Client,
    hub_url: String,
    token: String,
    outbox: Outbox,
    tz: chrono_tz::Tz,
    clock: Arc<dyn Clock>,
    status: Arc<watch::Sender<SyncStatus>>,
    wake: Arc<Notify>,
}

impl SyncClient {
    pub fn new(hub_url: &str, token: &str, outbox: Outbox, tz: chrono_tz::Tz) -> SyncClient {
        SyncClient {
            http: Self::http(None),
            hub_url: hub_url.trim_end_matches('/').to_owned(),
            token: token.to_owned(),
            outbox,
            tz,
            clock: Arc::new(SystemClock),
            status: Arc::new(watch::channel(SyncStatus::default()).0),
            wake: Arc::new(Notify::new()),
        }
    }

    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> SyncClient {
        self.clock = clock;
        self
    }

    /// The same client trusting only `ca` (pinned at enrollment), when given.
    pub fn trusting(mut self, ca: Option<&pin::HubCa>) -> SyncClient {
        self.http = Self::http(ca);
        self
    }

    fn http(ca: Option<&pin::HubCa>) -> reqwest::Client {
        // Cannot fail: a pinned CA was tried as a root when it was read.
        pin::client_builder(ca)
            .timeout(Duration::from_secs(30))
            .connect_timeout(Duration::from_secs(3))
            .build()
            .unwrap_or_default()
    }

    pub fn outbox(&self) -> &Outbox {
        &self.outbox
    }

    pub fn status(&self) -> watch::Receiver<SyncStatus> {
        self.status.subscribe()
    }

    /// Saves a record and wakes the background push.
    pub async fn submit(&self, record: RecordIn) -> store::Result<()> {
        self.outbox.submit(record).await?;
        self.refresh_status(None, None).await;
        self.wake.notify_one();
        Ok(())
    }

    async fn refresh_status(&self, online: Option<bool>, error: Option<Option<Message>>) {
        let counts = self.outbox.counts().await.unwrap_or_default();
        self.status.send_modify(|s| {
            if let Some(online) = online {
                s.online = online;
            }
            if let Some(error) = error {
                s.last_error = error;
            }
            s.pending_records = counts.pending;
            s.pending_tickets = counts.pending_tickets;
            s.refused_records = counts.refused;
            s.last_sync = counts.last_sync;
        });
    }

    fn post(&self, path: &str) -> reqwest::RequestBuilder {
        self.http
            .post(format!("{}{path}", self.hub_url))
            .bearer_auth(&self.token)
    }

    /// Pushes one batch. Returns how many records and tickets were settled.
    pub async fn push_once(&self) -> Result<usize, SyncError> {
        let (records, tickets) = self
            .outbox
            .run(|c| {
                Ok((
                    outbox::pending(c, BATCH)?,
                    outbox::pending_tickets(c, BATCH)?,
                ))
            })
            .await?;
        if records.is_empty() && tickets.is_empty() {
            return Ok(0);
        }
        let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
        let days: Vec<_> = tickets.iter().map(|t| t.day).collect();
        let request = PushRequest { records, tickets };
        let result = match self.post("/api/v1/records").json(&request).send().await {
            Ok(response) => answer::<PushResponse>(response).await,
            Err(e) => Err(unreached(e)),
        };
        match result {
            Ok(response) => {
                let settled = response.records.len() + response.tickets.len();
                let cleared = !response.records.is_empty();
                let now = self.clock.now();
                let tickets: Vec<_> = days.into_iter().zip(response.tickets).collect();
                self.outbox
                    .run(move |c| outbox::apply_results(c, &response.records, &tickets, now))
                    .await?;
                if cleared {
                    self.outbox.truncate_wal().await?;
                }
                Ok(settled)
            }
            Err(e) => {
                let reason = e.to_string();
                self.outbox
                    .run(move |c| outbox::note_failure(c, &ids, &reason))
                    .await?;
                Err(e)
            }
        }
    }

    /// Pushes until the outbox is empty. Returns how many items were settled.
    pub async fn sync_all(&self) -> Result<usize, SyncError> {
        let mut total = 0;
        let result = loop {
            match self.push_once().await {
                Ok(0) => break Ok(total),
                Ok(n) => total += n,
                Err(e) => break Err(e),
            }
        };
        match &result {
            Ok(_) => self.refresh_status(Some(true), Some(None)).await,
            Err(e) => {
                self.refresh_status(
                    Some(!matches!(
                        e,
                        SyncError::Offline(_) | SyncError::Untrusted(_)
                    )),
                    Some(Some(e.message())),
                )
                .await
            }
        }
        result
    }

    /// Asks the hub for a person at this kiosk. Unlike tickets there is no
    /// offline fallback: a call nobody receives must fail so the kiosk can
    /// tell the resident to look for someone.
    pub async fn call_staff(
        &self,
        lang: &str,
        note: Option<&str>,
    ) -> Result<StaffCallCreated, SyncError> {
        let body = StaffCallRequest {
            lang: lang.to_owned(),
            note: note.map(str::to_owned),
        };
        let result = match self
            .post("/api/v1/staff-calls")
            .timeout(TICKET_TIMEOUT)
            .json(&body)
            .send()
            .await
        {
            Ok(response) => answer::<StaffCallCreated>(response).await,
            Err(e) => Err(unreached(e)),
        };
        let reached = !matches!(result, Err(SyncError::Offline(_) | SyncError::Untrusted(_)));
        self.status.send_modify(|s| s.online = reached);
        result
    }

    /// A ticket from the hub, or from this kiosk's lease when the hub is unreachable.
    pub async fn issue_ticket(&self, service: &str) -> Result<Ticket, SyncError> {
        self.issue_ticket_in(service, None).await
    }

    /// [`SyncClient::issue_ticket`] for a resident reading `lang`: the
    /// language of the ticket's page when the hub publishes one.
    pub async fn issue_ticket_in(
        &self,
        service: &str,
        lang: Option<&str>,
    ) -> Result<Ticket, SyncError> {
        let body = crate::model::TicketRequest {
            service: service.to_owned(),
            lang: lang.map(str::to_owned),
        };
        let request = self
            .post("/api/v1/tickets")
            .timeout(TICKET_TIMEOUT)
            .json(&body)
            .send()
            .await;
        let online = match request {
            Ok(response) => answer::<Ticket>(response).await,
            Err(e) => Err(unreached(e)),
        };
        match online {
            Ok(ticket) => {
                self.status.send_modify(|s| s.online = true);
                Ok(ticket)
            }
            // A hub that is not the pinned one is no hub: the lease serves.
            Err(e @ (SyncError::Offline(_) | SyncError::Untrusted(_))) => {
                tracing::warn!(error = %e, "hub unreachable; using a leased number");
                let untrusted = matches!(e, SyncError::Untrusted(_)).then(|| e.message());
                self.status.send_modify(|s| {
                    s.online = false;
                    if untrusted.is_some() {
                        s.last_error = untrusted;
                    }
                });
                let now = self.clock.now();
                let day = local_day(now, self.tz);
                let prefix = service.to_owned();
                let number = self
                    .outbox
                    .run(move |c| outbox::take_leased_number(c, day, &prefix, now))
                    .await?;
                let number = number.ok_or(SyncError::NoLease)?;
                self.refresh_status(None, None).await;
                self.wake.notify_one();
                Ok(Ticket {
                    number: number.to_string(),
                    service: service.to_owned(),
                    // Unknown offline: the clerk's queue places it by its time.
                    position: 0,
                    estimated_wait_minutes: 0,
                    day,
                    issued_at: now,
                    offline: true,
                    page_url: None,
                })
            }
            Err(e) => Err(e),
        }
    }

    /// Makes sure this kiosk holds leased numbers for today and tomorrow.
    pub async fn refill_leases(&self, services: &[String]) -> Result<(), SyncError> {
        let today = local_day(self.clock.now(), self.tz);
        let days = [Some(today), today.succ_opt()];
        for service in services {
            for day in days.iter().flatten().copied() {
                let prefix = service.clone();
                let _ = self
                    .outbox
                    .run(move |c| outbox::drop_old_leases(c, today))
                    .await;
                let remaining = self
                    .outbox
                    .run(move |c| outbox::lease_remaining(c, day, &prefix))
                    .await?;
                if remaining >= LEASE_LOW_WATER {
                    continue;
                }
                let response = self
                    .post("/api/v1/leases")
                    .json(&serde_json::json!({"service": service, "day": day}))
                    .send()
                    .await
                    .map_err(unreached)?;
                let grant: LeaseGrant = answer(response).await?;
                self.outbox
                    .run(move |c| outbox::add_lease(c, &grant))
                    .await?;
            }
        }
        Ok(())
    }

    /// The background task: push, keep leases, back off while the hub is away.
    pub async fn run(self, services: Vec<String>) {
        let mut attempt = 0u32;
        loop {
            let result = self.sync_all().await;
            let lease = match &result {
                Ok(_) => self.refill_leases(&services).await,
                Err(_) => Ok(()),
            };
            let delay = match (result, lease) {
                (Ok(_), Ok(())) => {
                    attempt = 0;
                    IDLE
                }
                (Err(e), _) | (_, Err(e)) => {
                    tracing::warn!(error = %e, attempt, "sync failed");
                    attempt = attempt.saturating_add(1);
                    backoff(attempt - 1, MIN_BACKOFF, MAX_BACKOFF)
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(delay) => {}
                // New data skips the idle wait, but not a backoff after a failure.
                _ = self.wake.notified(), if attempt == 0 => {}
            }
        }
    }
}

/// Whether an HTTP status is worth retrying.
pub fn retryable(status: StatusCode) -> bool {
    status.is_server_error()
        || status == StatusCode::TOO_MANY_REQUESTS
        || status == StatusCode::REQUEST_TIMEOUT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let d = |a| backoff(a, MIN_BACKOFF, MAX_BACKOFF);
        assert!(d(0) >= Duration::from_secs(1) && d(0) <= Duration::from_millis(1250));
        assert!(d(3) >= Duration::from_secs(8) && d(3) <= Duration::from_secs(10));
        for attempt in [10, 30, u32::MAX] {
            assert!(d(attempt) >= MAX_BACKOFF && d(attempt) <= MAX_BACKOFF + MAX_BACKOFF / 4);
        }
        assert!(retryable(StatusCode::BAD_GATEWAY) && !retryable(StatusCode::UNPROCESSABLE_ENTITY));
    }
}
