//! The hub client of the clerk console, and what every station (console,
//! board) shares: how it finds its hub and token ([`StationArgs`]), the
//! connection (timeout, bearer token, errors) and the event stream.
//!
//! [`HubClient`] wraps the clerk endpoints of the hub API (documented in
//! [`crate::hub`]) with the JSON bodies of [`crate::hub::api`]. A console
//! starts with its `clerk-station` device token, logs a clerk in, and
//! continues with [`HubClient::with_session`]. The board's client,
//! [`super::board::BoardClient`], is built on the same connection.
//!
//! [`feed`] follows `GET /api/v1/events` (server-sent events) and never
//! ends: when the hub goes away (restart, network) it reports
//! [`Feed::Disconnected`] and reconnects with a short backoff (250 ms
//! doubling to 5 s: a counter should see the hub again within seconds), then
//! reports [`Feed::Connected`] so the caller fetches the state it may have
//! missed. Errors are [`SyncError`]s, shared with the kiosk's client, so
//! every client says "offline" and "refused" the same way.

use std::collections::{BTreeMap, VecDeque};
use std::time::Duration;

use futures_util::Stream;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use uuid::Uuid;

use super::pin::HubCa;
use super::{SyncError, answer, backoff, offline, refusal, unreached};
use crate::hub::api::{CallNextRequest, ErrorBody, HubEvent, LoginResponse};
use crate::i18n::Message;
use crate::model::{
    Board, DailyStats, Record, RecordSummary, StaffCall, Ticket, Visit, VisitDetail,
};
use crate::postal::Candidate;

/// The hub of a station that was told nothing else (the hub's default listen address).
pub const DEFAULT_HUB: &str = "http://127.0.0.1:8750";
/// Requests that take longer than this count as "hub unreachable".
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(8);
/// Reconnection backoff of the event stream.
pub const FEED_MIN_BACKOFF: Duration = Duration::from_millis(250);
pub const FEED_MAX_BACKOFF: Duration = Duration::from_secs(5);
/// The hub sends a keep-alive every 15 s; silence longer than this means
/// the connection is dead even if TCP has not noticed.
pub const FEED_SILENCE: Duration = Duration::from_secs(40);

/// A visit command without a body (`POST /api/v1/visits/{id}/{action}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VisitCommand {
    Recall,
    Start,
    Done,
    NoShow,
}

impl VisitCommand {
    pub fn path(self) -> &'static str {
        match self {
            VisitCommand::Recall => "recall",
            VisitCommand::Start => "start",
            VisitCommand::Done => "done",
            VisitCommand::NoShow => "no-show",
        }
    }
}

/// The hub as the clerk console and the board see it. Cheap to clone.
#[derive(Clone)]
pub struct HubClient {
    http: reqwest::Client,
    base: String,
    token: String,
    /// The CA pinned at enrollment, trusted alone (see [`super::pin`]).
    ca: Option<HubCa>,
}

impl std::fmt::Debug for HubClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print a token.
        f.debug_struct("HubClient")
            .field("base", &self.base)
            .finish_non_exhaustive()
    }
}

/// A client is known by its hub and token: the identity of its event
/// stream subscription (the same station keeps its stream).
impl std::hash::Hash for HubClient {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.base.hash(state);
        self.token.hash(state);
    }
}

impl HubClient {
    /// A client for `hub_url` (`http://host:port`) authenticating with `token`.
    pub fn new(hub_url: &str, token: &str) -> HubClient {
        HubClient {
            http: Self::http(None, Some(REQUEST_TIMEOUT)),
            base: hub_url.trim_end_matches('/').to_owned(),
            token: token.to_owned(),
            ca: None,
        }
    }

    /// The same hub, trusting only `ca` (pinned at enrollment) when given.
    pub fn trusting(self, ca: Option<HubCa>) -> HubClient {
        HubClient {
            http: Self::http(ca.as_ref(), Some(REQUEST_TIMEOUT)),
            ca,
            ..self
        }
    }

    fn http(ca: Option<&HubCa>, timeout: Option<std::time::Duration>) -> reqwest::Client {
        let builder = super::pin::client_builder(ca);
        let builder = match timeout {
            Some(timeout) => builder.timeout(timeout),
            None => builder,
        };
        // Cannot fail: a pinned CA was tried as a root when it was read.
        builder.build().unwrap_or_default()
    }

    /// The same hub with a clerk session instead of the device token.
    pub fn with_session(&self, session: &str) -> HubClient {
        HubClient {
            token: session.to_owned(),
            ..self.clone()
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn token(&self) -> &str {
        &self.token
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn send<T: DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T, SyncError> {
        let response = request
            .bearer_auth(&self.token)
            .send()
            .await
            .map_err(unreached)?;
        answer(response).await
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, SyncError> {
        self.send(self.http.get(self.url(path))).await
    }

    async fn post<T: DeserializeOwned>(&self, path: &str, body: Value) -> Result<T, SyncError> {
        self.send(self.http.post(self.url(path)).json(&body)).await
    }

    /// What the board shows (any device or clerk).
    pub async fn board(&self) -> Result<Board, SyncError> {
        self.get("/api/v1/board").await
    }

    /// Logs a clerk in at `counter`; needs a clerk-station device token.
    pub async fn login(
        &self,
        id: &str,
        pin: &str,
        counter: Option<&str>,
    ) -> Result<LoginResponse, SyncError> {
        self.post(
            "/api/v1/clerk/login",
            json!({"id": id, "pin": pin, "counter": counter}),
        )
        .await
    }

    pub async fn logout(&self) -> Result<(), SyncError> {
        let response = self
            .http
            .post(self.url("/api/v1/clerk/logout"))
            .bearer_auth(&self.token)
            .send()
            .await
            .map_err(unreached)?;
        refusal(response).await
    }

    /// Calls the next waiting visit of `services` to the session's counter;
    /// `None` when nobody waits.
    pub async fn call_next(
        &self,
        services: Option<Vec<String>>,
    ) -> Result<Option<VisitDetail>, SyncError> {
        let body = CallNextRequest {
            counter: None,
            services,
        };
        let response = self
            .http
            .post(self.url("/api/v1/clerk/call-next"))
            .bearer_auth(&self.token)
            .json(&body)
            .send()
            .await
            .map_err(unreached)?;
        if response.status() == reqwest::StatusCode::NO_CONTENT {
            return Ok(None);
        }
        answer(response).await.map(Some)
    }

    /// Open visits of `services` in queue order.
    pub async fn waiting(&self, services: &[String]) -> Result<Vec<Visit>, SyncError> {
        self.get(&format!(
            "/api/v1/visits?services={}&limit=500",
            services.join(",")
        ))
        .await
    }

    pub async fn walk_in(&self, service: &str) -> Result<Ticket, SyncError> {
        self.post("/api/v1/visits/walk-in", json!({"service": service}))
            .await
    }

    pub async fn visit(&self, id: i64) -> Result<VisitDetail, SyncError> {
        self.get(&format!("/api/v1/visits/{id}")).await
    }

    pub async fn act(&self, id: i64, command: VisitCommand) -> Result<Visit, SyncError> {
        self.post(
            &format!("/api/v1/visits/{id}/{}", command.path()),
            json!({}),
        )
        .await
    }

    pub async fn transfer(&self, id: i64, service: &str) -> Result<Visit, SyncError> {
        self.post(
            &format!("/api/v1/visits/{id}/transfer"),
            json!({"service": service}),
        )
        .await
    }

    /// Today's records that came with ticket `number`.
    pub async fn records_by_number(&self, number: &str) -> Result<Vec<RecordSummary>, SyncError> {
        let url =
            reqwest::Url::parse_with_params(&self.url("/api/v1/records"), [("number", number)])
                .map_err(offline)?;
        self.send(self.http.get(url)).await
    }

    /// Records whose reading starts with `kana` (hiragana or katakana).
    pub async fn records_by_kana(&self, kana: &str) -> Result<Vec<RecordSummary>, SyncError> {
        let url = reqwest::Url::parse_with_params(&self.url("/api/v1/records"), [("kana", kana)])
            .map_err(offline)?;
        self.send(self.http.get(url)).await
    }

    pub async fn record(&self, id: Uuid) -> Result<Record, SyncError> {
        self.get(&format!("/api/v1/records/{id}")).await
    }

    /// Sets fields (`None` clears one); the hub logs old and new values.
    pub async fn edit(
        &self,
        id: Uuid,
        fields: BTreeMap<String, Option<String>>,
    ) -> Result<Record, SyncError> {
        let fields: BTreeMap<String, Value> = fields
            .into_iter()
            .map(|(k, v)| (k, v.map(Value::String).unwrap_or(Value::Null)))
            .collect();
        let request = self
            .http
            .patch(self.url(&format!("/api/v1/records/{id}")))
            .json(&json!({ "fields": fields }));
        self.send(request).await
    }

    pub async fn confirm(&self, id: Uuid) -> Result<Record, SyncError> {
        self.post(&format!("/api/v1/records/{id}/confirm"), json!({}))
            .await
    }

    pub async fn reject(&self, id: Uuid, reason: &str) -> Result<Record, SyncError> {
        self.post(
            &format!("/api/v1/records/{id}/reject"),
            json!({"reason": reason}),
        )
        .await
    }

    /// A day's statistics (visits, waits, QR share, languages).
    pub async fn daily_stats(&self, day: chrono::NaiveDate) -> Result<DailyStats, SyncError> {
        self.get(&format!("/api/v1/stats/daily?date={day}")).await
    }

    /// The CSV of a day's confirmed records, as the hub made it (UTF-8 with BOM).
    pub async fn records_csv(&self, day: chrono::NaiveDate) -> Result<Vec<u8>, SyncError> {
        self.get_bytes(&format!("/api/v1/export/records.csv?date={day}"))
            .await
    }

    /// The CSV of a day's statistics.
    pub async fn stats_csv(&self, day: chrono::NaiveDate) -> Result<Vec<u8>, SyncError> {
        self.get_bytes(&format!("/api/v1/stats/daily.csv?date={day}"))
            .await
    }

    async fn get_bytes(&self, path: &str) -> Result<Vec<u8>, SyncError> {
        let response = self
            .http
            .get(self.url(path))
            .bearer_auth(&self.token)
            .send()
            .await
            .map_err(unreached)?;
        let status = response.status();
        if !status.is_success() {
            refusal(response).await?;
            return Err(SyncError::Offline(format!("hub answered {status}")));
        }
        Ok(response.bytes().await.map_err(offline)?.to_vec())
    }

    /// Today's unanswered staff calls from kiosks, oldest first.
    pub async fn staff_calls(&self) -> Result<Vec<StaffCall>, SyncError> {
        self.get("/api/v1/staff-calls").await
    }

    /// The towns of a postal code (seven digits), `[]` when the code is unknown.
    pub async fn postal(&self, code: &str) -> Result<Vec<Candidate>, SyncError> {
        let response = self
            .http
            .get(self.url(&format!("/api/v1/postal/{code}")))
            .bearer_auth(&self.token)
            .send()
            .await
            .map_err(unreached)?;
        // A hub without postal data says why with its 503: a refusal to
        // show the clerk (asking again will not help), not an outage.
        if response.status() == reqwest::StatusCode::SERVICE_UNAVAILABLE {
            return Err(match response.json::<ErrorBody>().await {
                Ok(body) => SyncError::Refused(503, body.error),
                Err(e) => offline(e),
            });
        }
        answer(response).await
    }

    /// Takes a staff call: this clerk goes to the kiosk (audited by the hub).
    pub async fn answer_staff_call(&self, id: i64) -> Result<StaffCall, SyncError> {
        self.post(&format!("/api/v1/staff-calls/{id}/answer"), json!({}))
            .await
    }
}

/// How a station (clerk console, board) finds its hub and device token.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct StationArgs {
    /// The hub's address (default: the one saved at enrollment, else http://127.0.0.1:8750).
    #[arg(long, value_name = "URL")]
    pub hub: Option<String>,
    /// Device token (else the role's environment variable, else the one saved at enrollment).
    #[arg(long)]
    pub token: Option<String>,
    /// Enrollment code (or enrollment QR text) from `madoguchi hub enroll`;
    /// the token is saved in the data directory.
    #[arg(long, value_name = "CODE")]
    pub enroll: Option<String>,
}

impl StationArgs {
    /// A client for the hub: enrolls first when given a code. `token_env`
    /// names the environment variable that may hold the token.
    pub fn connect(
        &self,
        saved: &std::path::Path,
        token_env: &str,
    ) -> Result<HubClient, SyncError> {
        let (hub, token) = self.credentials(saved, token_env)?;
        let ca = HubCa::load(&HubCa::file_beside(saved))?;
        Ok(HubClient::new(&hub, &token).trusting(ca))
    }

    /// The hub URL and device token, as [`device_token`] finds them (with
    /// the token from `token_env` when none was given).
    pub fn credentials(
        &self,
        saved: &std::path::Path,
        token_env: &str,
    ) -> Result<(String, String), SyncError> {
        let token = self.token.clone().or_else(|| std::env::var(token_env).ok());
        let runtime = tokio::runtime::Runtime::new().map_err(offline)?;
        runtime.block_on(device_token(
            self.hub.as_deref(),
            token.as_deref(),
            self.enroll.as_deref(),
            saved,
        ))
    }
}

/// The hub URL and device token of a console or board.
///
/// `token` wins when given; else an enrollment code (or the text of the
/// hub's enrollment QR, which also names the hub) is exchanged with the hub
/// and both are saved to `saved` (`URL` line, then token line, owner-only);
/// else what was saved earlier is used. An HTTPS hub's CA, pinned at
/// enrollment, is kept beside `saved` ([`HubCa::file_beside`]). The hub is `hub_url` when given,
/// else the QR's or the saved one, else [`DEFAULT_HUB`].
pub async fn device_token(
    hub_url: Option<&str>,
    token: Option<&str>,
    enroll: Option<&str>,
    saved: &std::path::Path,
) -> Result<(String, String), SyncError> {
    let stored = std::fs::read_to_string(saved).ok();
    let mut lines = stored.iter().flat_map(|t| t.lines()).map(str::trim);
    let (saved_url, saved_token) = (lines.next(), lines.next());
    if let Some(token) = token.filter(|t| !t.trim().is_empty()) {
        let hub = hub_url.or(saved_url).unwrap_or(DEFAULT_HUB);
        return Ok((hub.to_owned(), token.trim().to_owned()));
    }
    if let Some(code) = enroll {
        let qr = crate::hub::cli::parse_enrollment_qr(code).unwrap_or_else(|| {
            crate::hub::cli::Enrollment {
                hub_url: hub_url.unwrap_or(DEFAULT_HUB).to_owned(),
                code: code.trim().to_owned(),
                ca_fingerprint: None,
            }
        });
        let hub = hub_url.map(str::to_owned).unwrap_or(qr.hub_url);
        let enrolled = super::enroll(&hub, &qr.code, qr.ca_fingerprint.as_deref()).await?;
        let cannot_save = |e: std::io::Error| {
            SyncError::Refused(
                0,
                Message::new("clerk-error-token-file").arg("reason", e.to_string()),
            )
        };
        if let Some(dir) = saved.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        HubCa::store(enrolled.ca.as_ref(), &HubCa::file_beside(saved)).map_err(cannot_save)?;
        crate::cli::write_private(saved, format!("{hub}\n{}\n", enrolled.token).as_bytes())
            .map_err(cannot_save)?;
        return Ok((hub, enrolled.token));
    }
    match (saved_url, saved_token) {
        (Some(url), Some(token)) if !token.is_empty() => {
            Ok((hub_url.unwrap_or(url).to_owned(), token.to_owned()))
        }
        _ => Err(SyncError::Refused(
            0,
            Message::new("clerk-error-no-token").arg("file", saved.display().to_string()),
        )),
    }
}

/// What the event stream reports.
#[derive(Debug, Clone, PartialEq)]
pub enum Feed {
    /// Connected (again): fetch the current state, events may have been missed.
    Connected,
    Event(HubEvent),
    /// The hub says this client missed events: fetch the current state.
    Resync,
    /// The hub is away; reconnecting.
    Disconnected(Message),
}

/// Splits server-sent events out of `buffer`, leaving an incomplete tail.
pub fn parse_sse(buffer: &mut Vec<u8>) -> Vec<Feed> {
    let mut out = Vec::new();
    loop {
        let end = buffer
            .windows(2)
            .position(|w| w == b"\n\n")
            .map(|i| (i, 2))
            .or_else(|| {
                buffer
                    .windows(4)
                    .position(|w| w == b"\r\n\r\n")
                    .map(|i| (i, 4))
            });
        let Some((at, len)) = end else { break };
        let block: Vec<u8> = buffer.drain(..at + len).collect();
        let text = String::from_utf8_lossy(&block);
        let mut name = "";
        let mut data = String::new();
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("event:") {
                name = rest.trim();
            } else if let Some(rest) = line.strip_prefix("data:") {
                if !data.is_empty() {
                    data.push('\n');
                }
                data.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            }
        }
        if name == "resync" {
            out.push(Feed::Resync);
        } else if !data.is_empty() {
            match serde_json::from_str::<HubEvent>(&data) {
                Ok(event) => out.push(Feed::Event(event)),
                // A newer hub's event this client does not know: fetch the state.
                Err(_) => out.push(Feed::Resync),
            }
        }
    }
    out
}

struct FeedState {
    client: HubClient,
    response: Option<reqwest::Response>,
    buffer: Vec<u8>,
    failures: u32,
    pending: VecDeque<Feed>,
}

/// The hub's event stream, reconnecting forever (see the module docs).
pub fn feed(client: HubClient) -> impl Stream<Item = Feed> + Send + 'static {
    // Streams are long-lived: no overall timeout, only the silence limit.
    let http = HubClient::http(client.ca.as_ref(), None);
    let client = HubClient { http, ..client };
    let state = FeedState {
        client,
        response: None,
        buffer: Vec::new(),
        failures: 0,
        pending: VecDeque::new(),
    };
    futures_util::stream::unfold(state, |mut s| async move {
        loop {
            if let Some(item) = s.pending.pop_front() {
                return Some((item, s));
            }
            let Some(response) = s.response.as_mut() else {
                if s.failures > 0 {
                    let delay = backoff(s.failures - 1, FEED_MIN_BACKOFF, FEED_MAX_BACKOFF);
                    tokio::time::sleep(delay).await;
                }
                let connected = s
                    .client
                    .http
                    .get(s.client.url("/api/v1/events"))
                    .bearer_auth(&s.client.token)
                    .header("accept", "text/event-stream")
                    .send()
                    .await;
                match connected {
                    Ok(r) if r.status().is_success() => {
                        s.failures = 0;
                        s.buffer.clear();
                        s.response = Some(r);
                        return Some((Feed::Connected, s));
                    }
                    Ok(r) => {
                        s.failures = s.failures.saturating_add(1);
                        let message = match refusal(r).await {
                            Err(e) => e.message(),
                            Ok(()) => Message::new("hub-sync-offline"),
                        };
                        return Some((Feed::Disconnected(message), s));
                    }
                    Err(e) => {
                        s.failures = s.failures.saturating_add(1);
                        return Some((Feed::Disconnected(unreached(e).message()), s));
                    }
                }
            };
            match tokio::time::timeout(FEED_SILENCE, response.chunk()).await {
                Ok(Ok(Some(bytes))) => {
                    s.buffer.extend_from_slice(&bytes);
                    let parsed = parse_sse(&mut s.buffer);
                    s.pending.extend(parsed);
                }
                // Closed, broken, or silent for too long.
                _ => {
                    s.response = None;
                    s.failures = 1;
                    return Some((Feed::Disconnected(Message::new("hub-sync-offline")), s));
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sse_blocks_are_parsed_and_tails_kept() {
        let mut buffer = b": keep-alive\n\nevent: called\ndata: {\"type\":\"called\",\"number\":\"A-001\",\"service\":\"A\",\"counter\":\"1\",\"recall\":false}\n\nevent: resync\ndata: {}\n\nevent: tick".to_vec();
        let parsed = parse_sse(&mut buffer);
        assert_eq!(parsed.len(), 2, "{parsed:?}");
        assert!(matches!(
            &parsed[0],
            Feed::Event(HubEvent::Called { number, .. }) if number == "A-001"
        ));
        assert_eq!(parsed[1], Feed::Resync);
        assert_eq!(buffer, b"event: tick");
    }

    #[tokio::test]
    async fn saved_credentials_remember_the_hub() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("device.token");
        assert!(device_token(None, None, None, &file).await.is_err());
        std::fs::write(&file, "http://10.0.0.5:8750\nsecret\n").unwrap();
        let found = device_token(None, None, None, &file).await.unwrap();
        assert_eq!(found, ("http://10.0.0.5:8750".into(), "secret".into()));
        let other = device_token(Some("http://h:1"), None, None, &file)
            .await
            .unwrap();
        assert_eq!(other.0, "http://h:1");
        let given = device_token(None, Some("t2"), None, &file).await.unwrap();
        assert_eq!(given, ("http://10.0.0.5:8750".into(), "t2".into()));
    }

    #[test]
    fn unknown_events_ask_for_a_resync() {
        let mut buffer = b"event: future\ndata: {\"type\":\"future\"}\n\n".to_vec();
        assert_eq!(parse_sse(&mut buffer), vec![Feed::Resync]);
    }
}
