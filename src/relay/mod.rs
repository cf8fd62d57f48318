//! `madoguchi relay`: the public side of wait anywhere (`docs/wait-anywhere.md`).
//!
//! A stateless process in the ward's DMZ. Hubs push signed snapshots to it
//! (`POST /publish`); it checks each ([`crate::publish::accept`]: the
//! office's key, no replay, not from the future), keeps only the newest per
//! office in memory, and serves the residents' pages and their data at the
//! paths of the contract. Several relays run behind any load balancer: the
//! hubs push to each.
//!
//! | method, path | answer |
//! | --- | --- |
//! | `POST /publish` | a [`SignedSnapshot`] → 204; 400 malformed, 403 `unknown office` / `bad signature`, 409 `replay…` / `…in the future`, 413 over `body_limit_bytes` |
//! | `GET /` and the page files | from the pages given ([`PageFiles`]) |
//! | `GET /data/offices/OFFICE.json` | the office view; 503 `no data yet` until its first snapshot, 404 for an office not configured |
//! | `GET /data/tickets/ID.json` | the ticket view (with `events`); 404 unknown or expired; 503 while an office has no data yet |
//! | `GET /data/ward.json`, `/open/congestion.json` | every office with data (the latter with CORS open: open data) |
//! | `GET /events/tickets/ID` | server-sent events: a `ticket` event with the ticket view now and at each change, keep-alive comments; 503 beyond `max_event_streams` |
//! | `GET /healthz` | `ok` |
//!
//! A restarted relay knows nothing until each hub's next push (a few
//! seconds). Every answer carries `Referrer-Policy: no-referrer` (a ticket
//! page's address holds its id) and `nosniff`. Nothing logged names a
//! ticket: neither paths nor ids are traced.

pub mod cli;
pub mod config;

use std::collections::{BTreeMap, HashMap};
use std::convert::Infallible;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio::sync::{Semaphore, watch};

use crate::publish::{
    PageFiles, PublicKey, Refusal, SignedSnapshot, Snapshot, WardView, accept, is_ticket_id,
};
use crate::queue::Clock;
pub use config::{RelayConfig, RelayOffice};

/// One office's newest snapshot and the files made from it.
struct Published {
    snapshot: Snapshot,
    office_json: Bytes,
    /// By ticket id: the ticket view with `events`.
    tickets: HashMap<String, Bytes>,
}

struct Relay {
    keys: BTreeMap<String, PublicKey>,
    latest: RwLock<HashMap<String, Arc<Published>>>,
    /// `ward.json` of the offices with data; `None` before the first snapshot.
    ward: RwLock<Option<Bytes>>,
    ward_name: crate::publish::Names,
    /// Bumped at each snapshot taken: event streams look again.
    changes: watch::Sender<u64>,
    streams: Arc<Semaphore>,
    keep_alive: Duration,
    pages: BTreeMap<String, Bytes>,
    clock: Arc<dyn Clock>,
    closing: watch::Receiver<bool>,
}

/// What a ticket id finds.
enum Lookup {
    Found(Bytes),
    /// Unknown (or expired) while every office has data.
    Unknown,
    /// Unknown, but an office has sent nothing yet: it may be one of its.
    NotYet,
}

impl Relay {
    fn ticket(&self, id: &str) -> Lookup {
        let latest = self.latest.read().unwrap_or_else(|e| e.into_inner());
        if let Some(bytes) = latest.values().find_map(|p| p.tickets.get(id)) {
            return Lookup::Found(bytes.clone());
        }
        if latest.len() < self.keys.len() {
            Lookup::NotYet
        } else {
            Lookup::Unknown
        }
    }

    fn take(&self, signed: &SignedSnapshot) -> Result<(), Refusal> {
        let current = {
            let latest = self.latest.read().unwrap_or_else(|e| e.into_inner());
            latest.get(&signed.office).cloned()
        };
        let snapshot = accept(
            signed,
            |office| self.keys.get(office).copied(),
            current.as_ref().map(|p| &p.snapshot),
            self.clock.now(),
        )?;
        let tickets = snapshot
            .tickets
            .keys()
            .filter_map(|id| {
                let view = snapshot.ticket_view(id, true)?;
                Some((id.clone(), json(&view)))
            })
            .collect();
        let published = Arc::new(Published {
            office_json: json(&snapshot.office_view()),
            tickets,
            snapshot,
        });
        {
            let mut latest = self.latest.write().unwrap_or_else(|e| e.into_inner());
            // Another push of the office may have landed meanwhile.
            if let Some(current) = latest.get(&signed.office)
                && current.snapshot.sequence >= published.snapshot.sequence
            {
                return Err(Refusal::Replay {
                    have: current.snapshot.sequence,
                    got: published.snapshot.sequence,
                });
            }
            latest.insert(signed.office.clone(), published);
            let mut ward =
                WardView::of(latest.values().map(|p| p.snapshot.office_view()).collect());
            ward.ward_name = self.ward_name.clone();
            *self.ward.write().unwrap_or_else(|e| e.into_inner()) = Some(json(&ward));
        }
        self.changes.send_modify(|n| *n += 1);
        Ok(())
    }
}

fn json(value: &impl serde::Serialize) -> Bytes {
    Bytes::from(serde_json::to_vec(value).expect("views are plain data"))
}

/// How a relay is run: its configuration, the pages, its clock.
pub struct RelayOptions {
    pub config: RelayConfig,
    pub pages: PageFiles,
    pub clock: Arc<dyn Clock>,
}

impl RelayOptions {
    pub fn new(config: RelayConfig, pages: PageFiles) -> RelayOptions {
        RelayOptions {
            config,
            pages,
            clock: Arc::new(crate::queue::SystemClock),
        }
    }

    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> RelayOptions {
        self.clock = clock;
        self
    }
}

/// The relay's routes; `closing` turning true ends the event streams.
pub fn router(options: RelayOptions, closing: watch::Receiver<bool>) -> Router {
    let config = options.config;
    let relay = Arc::new(Relay {
        keys: config
            .offices
            .iter()
            .map(|o| (o.id.clone(), o.public_key))
            .collect(),
        latest: RwLock::default(),
        ward: RwLock::default(),
        ward_name: config.ward_name.clone(),
        changes: watch::channel(0).0,
        streams: Arc::new(Semaphore::new(config.max_event_streams)),
        keep_alive: Duration::from_secs(config.keep_alive_seconds.into()),
        pages: options
            .pages
            .into_iter()
            .map(|(name, bytes)| (name, Bytes::from(bytes)))
            .collect(),
        clock: options.clock,
        closing,
    });
    Router::new()
        .route(
            "/publish",
            post(publish).layer(DefaultBodyLimit::max(config.body_limit_bytes)),
        )
        .route("/data/offices/{file}", get(office))
        .route("/data/tickets/{file}", get(ticket))
        .route("/data/ward.json", get(ward))
        .route("/open/congestion.json", get(open_data))
        .route("/events/tickets/{id}", get(events))
        .route("/healthz", get(|| async { "ok" }))
        .fallback(get(page))
        .layer(axum::middleware::map_response(common_headers))
        .with_state(relay)
}

/// Serves the relay on `listener` until `shutdown` completes.
pub async fn serve_with(
    options: RelayOptions,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (close, closing) = watch::channel(false);
    let app = router(options, closing);
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown.await;
            let _ = close.send(true);
        })
        .await
}

async fn common_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

fn text(status: StatusCode, reason: impl Into<String>) -> Response {
    (status, reason.into()).into_response()
}

fn no_data_yet() -> Response {
    let mut response = text(StatusCode::SERVICE_UNAVAILABLE, "no data yet");
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    response
}

fn json_response(bytes: Bytes) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        bytes,
    )
        .into_response()
}

async fn publish(State(relay): State<Arc<Relay>>, body: Bytes) -> Response {
    let signed: SignedSnapshot = match serde_json::from_slice(&body) {
        Ok(signed) => signed,
        Err(error) => return text(StatusCode::BAD_REQUEST, format!("malformed: {error}")),
    };
    match relay.take(&signed) {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(refusal) => {
            let status = match refusal {
                Refusal::Malformed(_) => StatusCode::BAD_REQUEST,
                Refusal::UnknownOffice | Refusal::BadSignature => StatusCode::FORBIDDEN,
                Refusal::Replay { .. } | Refusal::TooOld(_) | Refusal::FromTheFuture(_) => {
                    StatusCode::CONFLICT
                }
            };
            // The office is the relay's configuration or a stranger's
            // claim; neither names a ticket. A parser's reason might quote
            // the body, so it goes to the sender only.
            let logged = match &refusal {
                Refusal::Malformed(_) => "malformed".to_owned(),
                other => other.to_string(),
            };
            tracing::warn!(office = %signed.office, reason = %logged, "snapshot refused");
            text(status, refusal.to_string())
        }
    }
}

async fn office(State(relay): State<Arc<Relay>>, Path(file): Path<String>) -> Response {
    let Some(id) = file.strip_suffix(".json") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !relay.keys.contains_key(id) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let latest = relay.latest.read().unwrap_or_else(|e| e.into_inner());
    match latest.get(id) {
        Some(published) => json_response(published.office_json.clone()),
        None => no_data_yet(),
    }
}

async fn ticket(State(relay): State<Arc<Relay>>, Path(file): Path<String>) -> Response {
    let Some(id) = file.strip_suffix(".json").filter(|id| is_ticket_id(id)) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match relay.ticket(id) {
        Lookup::Found(bytes) => json_response(bytes),
        Lookup::Unknown => StatusCode::NOT_FOUND.into_response(),
        Lookup::NotYet => no_data_yet(),
    }
}

fn ward_json(relay: &Relay) -> Option<Bytes> {
    relay.ward.read().unwrap_or_else(|e| e.into_inner()).clone()
}

async fn ward(State(relay): State<Arc<Relay>>) -> Response {
    ward_json(&relay).map_or_else(no_data_yet, json_response)
}

async fn open_data(State(relay): State<Arc<Relay>>) -> Response {
    let mut response = ward_json(&relay).map_or_else(no_data_yet, json_response);
    response.headers_mut().insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    response
}

async fn events(State(relay): State<Arc<Relay>>, Path(id): Path<String>) -> Response {
    if !is_ticket_id(&id) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let first = match relay.ticket(&id) {
        Lookup::Found(bytes) => bytes,
        Lookup::Unknown => return StatusCode::NOT_FOUND.into_response(),
        Lookup::NotYet => return no_data_yet(),
    };
    let Ok(permit) = relay.streams.clone().try_acquire_owned() else {
        let mut response = text(StatusCode::SERVICE_UNAVAILABLE, "too many event streams");
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
        return response;
    };
    let keep_alive = relay.keep_alive;
    let mut closing = relay.closing.clone();
    let changes = relay.changes.subscribe();
    // The stream's state: what it last sent, and the slot it holds.
    let start = (relay, id, changes, None::<Bytes>, Some(first), permit);
    let stream = futures_util::stream::unfold(
        start,
        |(relay, id, mut changes, last, pending, permit)| async move {
            let mut pending = pending;
            loop {
                if let Some(bytes) = pending.take()
                    && last.as_ref() != Some(&bytes)
                {
                    let event = Event::default()
                        .event("ticket")
                        .data(String::from_utf8_lossy(&bytes));
                    let state = (relay, id, changes, Some(bytes), None, permit);
                    return Some((Ok::<_, Infallible>(event), state));
                }
                changes.changed().await.ok()?;
                match relay.ticket(&id) {
                    Lookup::Found(bytes) => pending = Some(bytes),
                    // Expired or gone with the day: the stream ends, the page reloads.
                    Lookup::Unknown => return None,
                    Lookup::NotYet => {}
                }
            }
        },
    );
    let stream = futures_util::StreamExt::take_until(stream, async move {
        let _ = closing.wait_for(|closing| *closing).await;
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(keep_alive))
        .into_response()
}

async fn page(State(relay): State<Arc<Relay>>, uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let name = if path.is_empty() { "index.html" } else { path };
    let Some(bytes) = relay.pages.get(name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    (
        [
            (header::CONTENT_TYPE, crate::site::serve::content_type(name)),
            (
                header::CONTENT_SECURITY_POLICY,
                crate::site::wait_page::CONTENT_SECURITY_POLICY,
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        bytes.clone(),
    )
        .into_response()
}
