//! The hub: the office's local server.
//!
//! It issues queue numbers, receives what kiosks collected, serves the clerk
//! console and the waiting-room board, and publishes the congestion page
//! residents open on their phones. It never acknowledges a record before it
//! is committed to disk ([`db`]), and never issues a number twice in a day
//! ([`crate::queue`]).
//!
//! # HTTP API (`/api/v1`, JSON)
//!
//! Authentication: `Authorization: Bearer TOKEN`, where TOKEN is a device
//! token (from enrollment) or a clerk session (from login). Missing or
//! unknown token: **401**; a token whose role may not do this: **403**.
//! Roles: `kiosk`, `board`, `clerk-station`, and clerk sessions (made by a
//! `clerk-station` device for one clerk).
//!
//! | method, path | who | body → answer |
//! | --- | --- | --- |
//! | `POST /api/v1/devices/enroll` | anyone with a code | `{"code"}` → `{"token","role","name"}`; 404 for a wrong code; after 10 wrong codes from anywhere in 10 minutes, 429 `hub-error-enroll-throttled` for every code, unread |
//! | `POST /api/v1/tickets` | kiosk | `{"service":"A"}` → `{"number":"A-012","service","position","estimated_wait_minutes","day","issued_at","offline":false}` |
//! | `POST /api/v1/records` | kiosk | `{"records":[RecordIn…],"tickets":[{"number","day","issued_at"}…]}` → `{"records":[{"id","outcome":"stored"\|"duplicate"\|"refused","error"?}],"tickets":[…]}`; a record on a ticket another device took is refused (`hub-error-record-other-ticket`) |
//! | `POST /api/v1/leases` | kiosk | `{"service":"A","day"?}` → `{"service","day","first","last"}`; 409 `hub-error-lease-limit` when the kiosk would hold more than `lease_max_outstanding` unused numbers of the service ([`crate::store::hub::LeaseLimits`]) |
//! | `GET /api/v1/board` | any device or clerk | → [`api::Board`]; each service's `numbers_left` (neither issued nor lent) and `numbers_low` (under `low_numbers_threshold`) |
//! | `GET /api/v1/events` | any device or clerk | SSE stream of [`api::HubEvent`] (`event:` = its `type`) |
//! | `POST /api/v1/clerk/login` | clerk-station | `{"id","pin","counter"?}` → `{"session","clerk","counter","expires_at"}`; 401 for a wrong id or PIN; 429 while the clerk (5 attempts) or the station (10) is locked out, for 5 minutes ([`auth`]) |
//! | `POST /api/v1/clerk/logout` | clerk | → 204 |
//! | `POST /api/v1/clerk/call-next` | clerk | `{"counter"?,"services"?}` → [`api::VisitDetail`] or 204 when nobody waits; always to the session's counter (403 when `counter` names another); 400 for a service named twice |
//! | `GET /api/v1/visits?services=A,B&limit=N` | clerk | → open visits in queue order |
//! | `POST /api/v1/visits/walk-in` | clerk | `{"service"}` → [`api::Ticket`] |
//! | `GET /api/v1/visits/{id}` | clerk | → [`api::VisitDetail`] (history, records) |
//! | `POST /api/v1/visits/{id}/recall`, `/start`, `/done`, `/no-show` | clerk | → [`api::Visit`] |
//! | `POST /api/v1/visits/{id}/transfer` | clerk | `{"service"}` → the new [`api::Visit`] |
//! | `GET /api/v1/records?number=A-012[&day=YYYY-MM-DD]` or `?kana=ヤマダ` | clerk | → `[RecordSummary]` |
//! | `GET /api/v1/records/{id}` | clerk | → [`api::Record`] with its change history |
//! | `PATCH /api/v1/records/{id}` | clerk | `{"fields":{"name":value}}` → record |
//! | `POST /api/v1/records/{id}/confirm` | clerk | → record |
//! | `POST /api/v1/records/{id}/reject` | clerk | `{"reason"}` → record |
//! | `GET /api/v1/export/records.csv?date=YYYY-MM-DD` | clerk | → CSV of that day's confirmed records ([`export`]); `date` defaults to today |
//! | `GET /api/v1/stats/daily?date=YYYY-MM-DD` | clerk | → [`api::DailyStats`] |
//! | `GET /api/v1/stats/daily.csv?date=YYYY-MM-DD` | clerk | → the same as CSV ([`export`]) |
//! | `POST /api/v1/staff-calls` | kiosk | `{"lang":"en","note"?}` → 201 `{"id","created_at"}` (the kiosk's name comes from its device) |
//! | `GET /api/v1/staff-calls` | clerk | → today's open calls `[{"id","kiosk","lang","note"?,"created_at"}]`, oldest first |
//! | `POST /api/v1/staff-calls/{id}/answer` | clerk | → the call with `answered_at`, `answered_by`; 409 when already answered |
//! | `GET /preapp/postal/{NNN}.json` | anyone | → the resident page's postal file for codes starting with `NNN` ([`crate::site::postal`]); 404 for an unknown prefix or without a postal index |
//! | `GET /api/v1/postal/{code}` | kiosk, clerk-station, clerk | → the towns of the code `[Candidate…]` ([`crate::postal::Candidate`]; `〒`, hyphen, full-width digits accepted), `[]` when unknown; 503 `hub-error-postal-unavailable` while there is no postal index (`postal import` adds one without a restart) |
//!
//! Public: `GET /api/v1/hub-ca` (over HTTPS: the CA certificate devices
//! pin, PEM; a device checks its fingerprint against the enrollment code's
//! before trusting it, see [`tls`]), `GET /healthz` (`ok`), `GET /status` (the phone page: plain
//! HTML in the resident's language from `?lang=` or `Accept-Language`,
//! numbers being called and waiting counts per service, refreshing itself, no
//! personal data; with a Content-Security-Policy, `nosniff` and no framing),
//! `GET /metrics` (Prometheus text). Both read a board at most a second
//! old and are answered a few at a time (`status.rs`).
//!
//! Errors are `{"error":{"key","args"},"message"}` ([`api::ErrorBody`]):
//! the fluent key lets each client show the reason in its reader's language;
//! `message` is the Japanese text for logs. Malformed JSON is 400
//! `hub-error-body-syntax`; wrong types, missing or unknown fields 422
//! `hub-error-body-data` (with the field's `path` when the parser names
//! one); a body that is not `application/json` 415 `hub-error-body-type`;
//! bodies over the limit 413; unknown routes 404. The parser's English
//! reason only goes to the hub's log, never into an answer; so does the
//! database's: a failure of the store is 500 (503 when it is unavailable)
//! with `hub-error-internal`.
//!
//! Staff calls: creating and answering one is audited (without the note)
//! and sent on the event stream as `staff_call` / `staff_call_answered`, so
//! every console updates at once; retention deletes them with the records.
//!
//! Retention deletes for good: the store overwrites deleted rows
//! (`secure_delete`) and the write-ahead log is emptied after each purge
//! ([`crate::store::truncate_wal`]), so no name, reading, address, date,
//! phone number or note of a purged record or call is left in any file of
//! the data directory.
//!
//! Records are idempotent by their kiosk-made UUID: a retried push answers
//! `duplicate` for what is already stored, and both outcomes are
//! acknowledgements (the kiosk then deletes its copy of the personal data).
//! A transaction covers a whole push, so a crash mid-batch stores all or none.

pub mod api;
pub mod auth;
pub mod cli;
pub mod db;
mod error;
pub mod export;
pub mod publish;
mod routes;
pub mod server;
mod status;
pub mod tls;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use chrono::{Duration, NaiveDate};
use tokio::net::TcpListener;
use tokio::sync::broadcast;

use crate::config::hub::HubConfig;
use crate::i18n::I18n;
use crate::postal::{INDEX_FILE, PostalIndex};
use crate::queue::{Clock, SystemClock, local_day};
use crate::store;

pub use db::Db;
pub use status::resident_memory_bytes;

/// Records deleted per retention step.
pub const PURGE_CHUNK: u32 = 100;

/// How a hub is run: configuration, where its store lives, and its clock.
#[derive(Clone)]
pub struct HubOptions {
    pub config: HubConfig,
    pub data_dir: PathBuf,
    /// Where the postal index is (`madoguchi postal import` writes it to
    /// the postal data directory); the data directory unless told.
    pub postal_dir: PathBuf,
    pub clock: Arc<dyn Clock>,
    /// The pages of wait anywhere, for a `[publish]` directory target.
    pub pages: Arc<crate::publish::PageFiles>,
}

impl HubOptions {
    pub fn new(config: HubConfig, data_dir: impl AsRef<Path>) -> Self {
        HubOptions {
            config,
            data_dir: data_dir.as_ref().to_owned(),
            postal_dir: data_dir.as_ref().to_owned(),
            clock: Arc::new(SystemClock),
            pages: Arc::default(),
        }
    }

    /// The page files a `[publish]` directory gets (`crate::site::wait_page::files()`).
    pub fn with_pages(mut self, pages: crate::publish::PageFiles) -> Self {
        self.pages = Arc::new(pages);
        self
    }

    pub fn with_postal_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.postal_dir = dir.as_ref().to_owned();
        self
    }

    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }
}

/// Counters for `/metrics`.
#[derive(Default)]
pub struct Metrics {
    pub tickets_issued: AtomicU64,
    pub tickets_offline: AtomicU64,
    pub records_stored: AtomicU64,
    pub records_duplicate: AtomicU64,
    pub records_refused: AtomicU64,
    pub records_purged: AtomicU64,
    pub client_errors: AtomicU64,
    pub calls: AtomicU64,
    /// Argon2 PIN verifications run (dummy ones for unknown clerks included).
    pub pin_verifications: AtomicU64,
}

impl Metrics {
    pub fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }
}

pub(crate) struct Inner {
    pub config: HubConfig,
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub events: broadcast::Sender<api::HubEvent>,
    pub i18n: I18n,
    pub metrics: Metrics,
    pub tz: chrono_tz::Tz,
    /// The last local day the hub saw, to notice midnight.
    pub day: Mutex<NaiveDate>,
    /// Set when the server shuts down, so event streams end and the
    /// graceful shutdown does not wait for boards that never hang up.
    pub closing: tokio::sync::watch::Sender<bool>,
    pub postal: PostalSource,
    /// Argon2 PIN checks running at once (each takes ~19 MiB and a core):
    /// a burst of logins waits here instead of filling memory.
    pub pin_checks: tokio::sync::Semaphore,
    /// The public pages (`/status`, `/metrics`) answered at once, so a
    /// flood of them leaves the workers and the database to the API.
    pub public_pages: tokio::sync::Semaphore,
    /// The board as the status page last read it ([`AppState::status_snapshot`]).
    pub status_snapshot: tokio::sync::Mutex<Option<Arc<StatusSnapshot>>>,
    /// Bumped by every event: a cached status board older than it is stale.
    pub changes: AtomicU64,
    /// The office's key for the audit log's digests (`audit.key` in the data directory).
    pub audit_key: Arc<store::audit::AuditKey>,
    /// The procedure ids and field names records may use (the catalogue's).
    pub known_names: Arc<crate::model::KnownNames>,
    /// Wait anywhere: set when `[publish]` has targets.
    pub publisher: Option<Arc<publish::Publisher>>,
}

/// Argon2 PIN checks running at once: a burst of logins waits for a
/// slot instead of filling memory (~19 MiB a check).
pub const PIN_CHECKS_AT_ONCE: usize = 2;
/// Public page requests (`/status`, `/metrics`) served at once, so a
/// flood of them leaves the workers and the database to the API.
pub const PUBLIC_PAGES_AT_ONCE: usize = 4;
/// How long the status page may show a board without re-reading it.
pub const STATUS_BOARD_MAX_AGE: std::time::Duration = std::time::Duration::from_secs(1);

/// The board behind the status page, what it was read for, and the pages
/// made from it so far (by language code).
pub(crate) struct StatusSnapshot {
    pub board: api::Board,
    pub read_at: std::time::Instant,
    /// [`Inner::changes`] when it was read.
    pub changes: u64,
    pub pages: Mutex<std::collections::HashMap<&'static str, axum::body::Bytes>>,
}

/// Shared state of the handlers.
#[derive(Clone)]
pub struct AppState(pub(crate) Arc<Inner>);

impl AppState {
    /// Opens the store (running migrations) and starts the database thread.
    pub fn open(options: HubOptions) -> anyhow::Result<AppState> {
        let conn =
            store::hub::open(&options.data_dir).map_err(|e| anyhow::anyhow!("{}", e.message()))?;
        store::hub::sync_services(&conn, &options.config)
            .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
        let audit_key = store::audit::AuditKey::load_or_create(&options.data_dir)
            .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
        let catalog = options.config.catalog().map_err(|problems| {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            anyhow::anyhow!("the procedure catalogue does not load: {}", list.join("; "))
        })?;
        let tz = options.config.tz();
        let today = local_day(options.clock.now(), tz);
        let (events, _) = broadcast::channel(1024);
        let postal = PostalSource::new(&options.postal_dir);
        let publisher = if options.config.publish.is_off() {
            None
        } else {
            let key = crate::publish::PublishingKey::load_or_create(&options.data_dir)?;
            publish::Publisher::new(&options.config, key)?.map(Arc::new)
        };
        Ok(AppState(Arc::new(Inner {
            publisher,
            postal,
            audit_key: Arc::new(audit_key),
            known_names: Arc::new(crate::domain::record::known_names(&catalog)),
            db: Db::start(conn),
            clock: options.clock,
            events,
            i18n: I18n::embedded(),
            metrics: Metrics::default(),
            tz,
            day: Mutex::new(today),
            closing: tokio::sync::watch::channel(false).0,
            config: options.config,
            pin_checks: tokio::sync::Semaphore::new(PIN_CHECKS_AT_ONCE),
            public_pages: tokio::sync::Semaphore::new(PUBLIC_PAGES_AT_ONCE),
            status_snapshot: tokio::sync::Mutex::new(None),
            changes: AtomicU64::new(0),
        })))
    }

    pub fn db(&self) -> &Db {
        &self.0.db
    }

    /// Today in the office's time zone; closes yesterday when the day changed.
    pub async fn today(&self) -> NaiveDate {
        let now = self.0.clock.now();
        let today = local_day(now, self.0.tz);
        let changed = {
            let mut seen = self.0.day.lock().unwrap_or_else(|e| e.into_inner());
            let changed = today > *seen;
            if changed {
                *seen = today;
            }
            changed
        };
        if changed {
            match self
                .0
                .db
                .call(move |c| store::hub::close_days_before(c, today, now))
                .await
            {
                Ok(closed) => tracing::info!(%today, closed, "day changed"),
                Err(e) => tracing::error!(error = %e, "closing yesterday failed"),
            }
            let _ = self.0.events.send(api::HubEvent::DayChanged { day: today });
        }
        today
    }

    /// The board as of now (for `GET /api/v1/board` and the status page).
    pub(crate) async fn current_board(&self) -> store::Result<api::Board> {
        let day = self.today().await;
        let now = self.0.clock.now();
        let office = self.0.config.office_name.clone();
        let low = self.0.config.low_numbers_threshold;
        self.0
            .db
            .call(move |c| store::hub::board(c, &office, day, now, low))
            .await
    }

    /// The board for the public pages: read at most once a
    /// [`STATUS_BOARD_MAX_AGE`] and again after any change, whatever the
    /// number of phones asking (one reads, the others wait for it).
    pub(crate) async fn status_snapshot(&self) -> store::Result<Arc<StatusSnapshot>> {
        let mut cached = self.0.status_snapshot.lock().await;
        let changes = self.0.changes.load(Ordering::Acquire);
        if let Some(snapshot) = cached.as_ref()
            && snapshot.changes == changes
            && snapshot.read_at.elapsed() < STATUS_BOARD_MAX_AGE
        {
            return Ok(snapshot.clone());
        }
        let snapshot = Arc::new(StatusSnapshot {
            board: self.current_board().await?,
            read_at: std::time::Instant::now(),
            changes,
            pages: Mutex::default(),
        });
        *cached = Some(snapshot.clone());
        Ok(snapshot)
    }

    /// Deletes completed records past the retention period. Returns how many.
    pub async fn run_retention(&self) -> store::Result<usize> {
        let now = self.0.clock.now();
        let cutoff = now - Duration::days(self.0.config.retention_days as i64);
        let mut total = 0;
        loop {
            // Small chunks with pauses between them: the counters' requests
            // share the database thread and must not wait behind a big purge.
            let n = self
                .0
                .db
                .call(move |c| store::hub::purge_records(c, cutoff, now, PURGE_CHUNK))
                .await?;
            total += n;
            if n < PURGE_CHUNK as usize {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        // Staff calls hold no more than a kiosk name and a language, but
        // they are kept no longer than the records they may relate to.
        let calls = self
            .0
            .db
            .call(move |c| store::hub::purge_staff_calls(c, cutoff))
            .await?;
        if calls > 0 {
            tracing::info!(purged = calls, "old staff calls deleted");
        }
        // `secure_delete` zeroed the rows in the pages; emptying the WAL
        // removes the older copies of those pages it still held.
        if total > 0 || calls > 0 {
            self.0.db.truncate_wal().await?;
        }
        Metrics::add(&self.0.metrics.records_purged, total as u64);
        Ok(total)
    }
}

/// The postal index of the hub: opened once, and again when `postal
/// import` has replaced the file (the monthly update needs no restart).
pub(crate) struct PostalSource {
    dir: PathBuf,
    open: Mutex<Option<(SystemTime, Arc<PostalIndex>)>>,
}

impl PostalSource {
    fn new(dir: &Path) -> PostalSource {
        let source = PostalSource {
            dir: dir.to_owned(),
            open: Mutex::new(None),
        };
        match source.current() {
            Some(index) => tracing::info!(path = %index.path().display(), "postal index opened"),
            None => {
                tracing::info!(dir = %dir.display(), "no postal index; postal codes are not looked up")
            }
        }
        source
    }

    /// The index as it is now on disk; `None` when there is none. Reads the
    /// file system: call it off the async workers.
    pub(crate) fn current(&self) -> Option<Arc<PostalIndex>> {
        let modified = std::fs::metadata(self.dir.join(INDEX_FILE))
            .and_then(|m| m.modified())
            .ok()?;
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((at, index)) = open.as_ref()
            && *at == modified
        {
            return Some(index.clone());
        }
        match PostalIndex::open(&self.dir) {
            Ok(index) => {
                let index = Arc::new(index);
                *open = Some((modified, index.clone()));
                Some(index)
            }
            Err(error) => {
                tracing::warn!(%error, "postal index not opened");
                None
            }
        }
    }
}

/// Serves the hub on `listener` until the process ends.
pub async fn serve(
    config: HubConfig,
    data_dir: impl AsRef<Path>,
    listener: TcpListener,
) -> anyhow::Result<()> {
    serve_with(
        HubOptions::new(config, data_dir),
        listener,
        std::future::pending(),
    )
    .await
}

/// Serves until `shutdown` completes (for embedding in the demo and tests).
///
/// HTTPS or plain HTTP as [`server::plan`] decides for the listener's
/// address; a LAN address without HTTPS and without `insecure` is refused
/// with a [`tls::TransportError`].
pub async fn serve_with(
    options: HubOptions,
    listener: TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let addr = listener.local_addr()?;
    let tls = match server::plan(&options.config, addr)? {
        server::Plan::Tls => Some(tls::HubTls::load(
            &options.config.tls,
            &options.data_dir,
            addr,
        )?),
        server::Plan::Plain => None,
        server::Plan::Insecure => {
            tracing::warn!(%addr, "insecure = true: plain HTTP, names and tokens cross the network in clear");
            None
        }
    };
    let limits = Arc::new(options.config.server.clone());
    let site = crate::site::serve::router(&options.config, &options.data_dir);
    let pages = options.pages.clone();
    let state = AppState::open(options)?;
    state.today().await;
    let maintenance = tokio::spawn(maintenance(state.clone()));
    let publishing = state
        .0
        .publisher
        .clone()
        .map(|publisher| tokio::spawn(publish::run(state.clone(), publisher, pages)));
    let mut app = routes::router(state.clone()).merge(site);
    if let Some(tls) = &tls {
        tracing::info!(%addr, fingerprint = %tls.fingerprint, "serving HTTPS");
        let ca = tls.ca_pem.clone();
        app = app.route(
            "/api/v1/hub-ca",
            axum::routing::get(move || async move {
                (
                    [(axum::http::header::CONTENT_TYPE, "application/x-pem-file")],
                    ca,
                )
            }),
        );
    }
    let app = app.layer(axum::middleware::from_fn_with_state(
        limits.clone(),
        server::deadlines,
    ));
    let closing = state.0.closing.subscribe();
    let stop = state.clone();
    tokio::spawn(async move {
        shutdown.await;
        let _ = stop.0.closing.send(true);
    });
    let result = server::run(listener, app, tls.map(|tls| tls.server), &limits, closing).await;
    maintenance.abort();
    if let Some(publishing) = publishing {
        publishing.abort();
    }
    result.map_err(Into::into)
}

/// Background chores: notice midnight, and apply retention once a day.
async fn maintenance(state: AppState) {
    let mut retention_day: Option<NaiveDate> = None;
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(30));
    loop {
        tick.tick().await;
        let today = state.today().await;
        if retention_day != Some(today) {
            match state.run_retention().await {
                Ok(n) => {
                    retention_day = Some(today);
                    if n > 0 {
                        tracing::info!(purged = n, "retention applied");
                    }
                }
                Err(e) => tracing::error!(error = %e, "retention failed; will retry"),
            }
        }
        if state.0.publisher.is_some() {
            let now = state.0.clock.now();
            if let Err(error) = state
                .0
                .db
                .call(move |c| store::hub::purge_public_tickets(c, now))
                .await
            {
                tracing::warn!(%error, "expired public ticket ids not deleted");
            }
        }
    }
}
