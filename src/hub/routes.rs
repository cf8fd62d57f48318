//! HTTP handlers (the API is described in the [module docs](super)).

use std::collections::HashMap;
use std::convert::Infallible;

use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, FromRequest, Path, Query, Request, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router, middleware};
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use tokio::sync::broadcast::error::RecvError;
use uuid::Uuid;

use super::api::*;
use super::auth::{self, Caller};
use super::{AppState, Metrics, status};
use crate::i18n::{I18n, Lang, Message};
use crate::queue::VisitAction;
use crate::store::{StoreError, hub as store};

/// An error answer: status and a translatable reason.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub message: Message,
}

impl ApiError {
    pub fn new(status: StatusCode, message: Message) -> Self {
        ApiError { status, message }
    }
    fn bad_request(message: Message) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        let status = match &e {
            StoreError::NotFound(_) => StatusCode::NOT_FOUND,
            StoreError::Conflict(_) => StatusCode::CONFLICT,
            StoreError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            StoreError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            StoreError::Db(_) | StoreError::TooNew { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        };
        if status.is_server_error() {
            tracing::error!(error = %e, "request failed");
        }
        ApiError::new(status, e.message())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let message = I18n::embedded().render(&Lang::ja(), &self.message);
        (
            self.status,
            Json(ErrorBody {
                error: self.message,
                message,
            }),
        )
            .into_response()
    }
}

/// JSON body whose rejections (syntax, types, unknown fields, size,
/// content type) become [`ApiError`]s with the parser's reason.
pub struct Body<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for Body<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, ApiError> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(value)) => Ok(Body(value)),
            Err(rejection) => Err(body_error(rejection, state.0.config.body_limit_bytes)),
        }
    }
}

fn body_error(rejection: JsonRejection, limit: usize) -> ApiError {
    let status = rejection.status();
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        return ApiError::new(
            status,
            Message::new("hub-error-body-too-large").arg("max", limit),
        );
    }
    // The parser's reason is English prose: it goes to the log, and the
    // answer carries a stable key (and for data errors the field's path,
    // which is not prose) that each client translates.
    let detail = rejection.body_text();
    tracing::debug!(%detail, "request body refused");
    let message = match &rejection {
        JsonRejection::JsonDataError(_) => {
            Message::new("hub-error-body-data").arg("path", data_error_path(&detail))
        }
        JsonRejection::MissingJsonContentType(_) => Message::new("hub-error-body-type"),
        _ => Message::new("hub-error-body-syntax"),
    };
    ApiError::new(status, message)
}

/// The field path of a typed-JSON error text
/// (`…target type: records[0].id: invalid type…` → `records[0].id`); empty
/// when the error is about the whole body.
fn data_error_path(detail: &str) -> String {
    let rest = detail
        .split_once("target type: ")
        .map_or(detail, |(_, rest)| rest);
    match rest.split_once(": ") {
        Some((path, _)) if path != "." && !path.contains(' ') => path.chars().take(100).collect(),
        _ => String::new(),
    }
}

/// A body parsed by hand (`serde_json::from_slice`) that failed.
fn json_error(e: &serde_json::Error) -> ApiError {
    tracing::debug!(error = %e, "request body refused");
    if e.is_data() {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            Message::new("hub-error-body-data").arg("path", ""),
        )
    } else {
        ApiError::bad_request(Message::new("hub-error-body-syntax"))
    }
}

type ApiResult<T> = Result<T, ApiError>;

pub fn router(state: AppState) -> Router {
    let limit = state.0.config.body_limit_bytes;
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/status", get(status::page))
        .route("/metrics", get(status::metrics))
        .route("/api/v1/devices/enroll", post(enroll))
        .route("/api/v1/tickets", post(ticket))
        .route("/api/v1/records", post(push).get(find_records))
        .route("/api/v1/records/{id}", get(get_record).patch(edit_record))
        .route("/api/v1/records/{id}/confirm", post(confirm_record))
        .route("/api/v1/records/{id}/reject", post(reject_record))
        .route("/api/v1/leases", post(lease))
        .route(
            "/api/v1/staff-calls",
            post(create_staff_call).get(open_staff_calls),
        )
        .route("/api/v1/staff-calls/{id}/answer", post(answer_staff_call))
        .route("/api/v1/export/records.csv", get(export_records))
        .route("/api/v1/stats/daily", get(daily_stats))
        .route("/api/v1/stats/daily.csv", get(daily_stats_csv))
        .route("/api/v1/board", get(board))
        .route("/api/v1/events", get(events))
        .route("/api/v1/clerk/login", post(login))
        .route("/api/v1/clerk/logout", post(logout))
        .route("/api/v1/clerk/call-next", post(call_next))
        .route("/api/v1/visits", get(waiting_list))
        .route("/api/v1/visits/walk-in", post(walk_in))
        .route("/api/v1/visits/{id}", get(get_visit))
        .route("/api/v1/visits/{id}/{action}", post(visit_action))
        .fallback(|| async {
            ApiError::new(
                StatusCode::NOT_FOUND,
                Message::new("hub-error-not-found-route"),
            )
        })
        .layer(DefaultBodyLimit::max(limit))
        .layer(middleware::map_response_with_state(
            state.clone(),
            count_errors,
        ))
        .with_state(state)
}

async fn count_errors(State(state): State<AppState>, response: Response) -> Response {
    if response.status().is_client_error() {
        Metrics::add(&state.0.metrics.client_errors, 1);
    }
    response
}

impl AppState {
    fn emit(&self, event: HubEvent) {
        // No subscriber is fine.
        let _ = self.0.events.send(event);
    }
}

fn ticket_of(
    c: &rusqlite::Connection,
    v: &Visit,
    now: chrono::DateTime<chrono::Utc>,
) -> crate::store::Result<Ticket> {
    let position = store::position(c, v)?;
    let stats = store::service_stats(c, v.day, &v.service, now)?;
    Ok(Ticket {
        number: v.number.clone(),
        service: v.service.clone(),
        position,
        estimated_wait_minutes: stats.wait_for(position.saturating_sub(1)),
        day: v.day,
        issued_at: v.issued_at,
        offline: false,
    })
}

async fn enroll(
    State(s): State<AppState>,
    Body(req): Body<EnrollRequest>,
) -> ApiResult<Json<EnrollResponse>> {
    let now = s.0.clock.now();
    let (device, token) = s
        .db()
        .call(move |c| store::enroll(c, &req.code, now))
        .await?;
    Ok(Json(EnrollResponse {
        token,
        role: device.role,
        name: device.name,
    }))
}

async fn ticket(
    State(s): State<AppState>,
    caller: Caller,
    Body(req): Body<TicketRequest>,
) -> ApiResult<Json<Ticket>> {
    let device = caller.device(&[Role::Kiosk])?.clone();
    let day = s.today().await;
    let now = s.0.clock.now();
    let actor = caller.actor();
    let ticket = s
        .db()
        .call(move |c| {
            let v = store::issue_ticket(c, day, &req.service, "hub", Some(device.id), now, &actor)?;
            ticket_of(c, &v, now)
        })
        .await?;
    Metrics::add(&s.0.metrics.tickets_issued, 1);
    s.emit(HubEvent::Ticket {
        number: ticket.number.clone(),
        service: ticket.service.clone(),
    });
    Ok(Json(ticket))
}

async fn push(
    State(s): State<AppState>,
    caller: Caller,
    Body(req): Body<PushRequest>,
) -> ApiResult<Json<PushResponse>> {
    let device = caller.device(&[Role::Kiosk])?.clone();
    let max = s.0.config.max_batch;
    if req.records.len() + req.tickets.len() > max {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            Message::new("hub-error-batch-too-large").arg("max", max),
        ));
    }
    let day = s.today().await;
    let now = s.0.clock.now();
    let accept_plain = s.0.config.accept_plain_preapplications;
    // One savepoint for the whole push: a crash stores all of it or none.
    let response = s
        .db()
        .call(move |c| {
            let mut response = PushResponse::default();
            for ticket in &req.tickets {
                let outcome = match store::register_offline_ticket(c, &device, ticket) {
                    Ok(outcome) => ItemResult {
                        id: ticket.number.clone(),
                        outcome,
                        error: None,
                    },
                    Err(StoreError::Invalid(m)) => ItemResult {
                        id: ticket.number.clone(),
                        outcome: Outcome::Refused,
                        error: Some(m),
                    },
                    Err(e) => return Err(e),
                };
                response.tickets.push(outcome);
            }
            for record in &req.records {
                response.records.push(store::store_record(
                    c,
                    &device,
                    record,
                    day,
                    now,
                    accept_plain,
                )?);
            }
            Ok(response)
        })
        .await?;
    let count = |o: Outcome| response.records.iter().filter(|r| r.outcome == o).count() as u64;
    let m = &s.0.metrics;
    Metrics::add(&m.records_stored, count(Outcome::Stored));
    Metrics::add(&m.records_duplicate, count(Outcome::Duplicate));
    Metrics::add(&m.records_refused, count(Outcome::Refused));
    Metrics::add(
        &m.tickets_offline,
        response
            .tickets
            .iter()
            .filter(|t| t.outcome == Outcome::Stored)
            .count() as u64,
    );
    if count(Outcome::Stored) > 0 {
        s.emit(HubEvent::Records {
            count: count(Outcome::Stored) as usize,
        });
    }
    Ok(Json(response))
}

async fn lease(
    State(s): State<AppState>,
    caller: Caller,
    Body(req): Body<LeaseRequest>,
) -> ApiResult<Json<LeaseGrant>> {
    let device = caller.device(&[Role::Kiosk])?.clone();
    let today = s.today().await;
    let day = req.day.unwrap_or(today);
    if day != today && Some(day) != today.succ_opt() {
        return Err(ApiError::bad_request(Message::new("hub-error-lease-day")));
    }
    let now = s.0.clock.now();
    let size = s.0.config.lease_block_size;
    let lease = s
        .db()
        .call(move |c| store::grant_lease(c, &device, &req.service, day, size, now))
        .await?;
    Ok(Json(LeaseGrant {
        service: lease.service,
        day: lease.day,
        first: lease.first,
        last: lease.last,
    }))
}

async fn board(State(s): State<AppState>, _caller: Caller) -> ApiResult<Json<Board>> {
    Ok(Json(current_board(&s).await?))
}

pub(crate) async fn current_board(s: &AppState) -> ApiResult<Board> {
    let day = s.today().await;
    let now = s.0.clock.now();
    let office = s.0.config.office_name.clone();
    Ok(s.db()
        .call(move |c| store::board(c, &office, day, now))
        .await?)
}

async fn events(State(s): State<AppState>, _caller: Caller) -> impl IntoResponse {
    let rx = s.0.events.subscribe();
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        let event = match rx.recv().await {
            Ok(ev) => Event::default()
                .event(ev.name())
                .json_data(&ev)
                .unwrap_or_default(),
            // The client missed events: tell it to fetch the board again.
            Err(RecvError::Lagged(_)) => Event::default().event("resync").data("{}"),
            Err(RecvError::Closed) => return None,
        };
        Some((Ok::<_, Infallible>(event), rx))
    });
    let mut closing = s.0.closing.subscribe();
    let stream = futures_util::StreamExt::take_until(stream, async move {
        let _ = closing.wait_for(|closing| *closing).await;
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn login(
    State(s): State<AppState>,
    caller: Caller,
    Body(req): Body<LoginRequest>,
) -> ApiResult<Json<LoginResponse>> {
    let device = caller.device(&[Role::ClerkStation])?.clone();
    let now = s.0.clock.now();
    let denied = || ApiError::new(StatusCode::UNAUTHORIZED, Message::new("hub-error-login"));
    let id = req.id.trim().to_owned();
    let lookup = id.clone();
    let hash = match s
        .db()
        .call(move |c| store::clerk_pin_hash(c, &lookup, now))
        .await
    {
        Ok(hash) => hash,
        Err(StoreError::NotFound(_)) => return Err(denied()),
        Err(StoreError::Conflict(m)) => {
            return Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, m));
        }
        Err(e) => return Err(e.into()),
    };
    let pin = req.pin;
    let ok = tokio::task::spawn_blocking(move || auth::verify_pin(&pin, &hash))
        .await
        .unwrap_or(false);
    if !ok {
        s.db()
            .call(move |c| store::login_failed(c, &id, now))
            .await?;
        return Err(denied());
    }
    let minutes = s.0.config.clerk_session_minutes;
    let counter = req.counter.clone();
    let clerk = id.clone();
    let (session, expires_at) = s
        .db()
        .call(move |c| store::create_session(c, &clerk, &device, counter.as_deref(), now, minutes))
        .await?;
    Ok(Json(LoginResponse {
        session,
        clerk: id,
        counter: req.counter,
        expires_at,
    }))
}

async fn logout(
    State(s): State<AppState>,
    caller: Caller,
    parts: axum::http::HeaderMap,
) -> ApiResult<StatusCode> {
    let session = caller.clerk()?;
    let actor = session.actor();
    let token = parts
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' ').map(|(_, t)| t.trim().to_owned()))
        .unwrap_or_default();
    let now = s.0.clock.now();
    s.db()
        .call(move |c| store::end_session(c, &token, now, &actor))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn call_next(
    State(s): State<AppState>,
    caller: Caller,
    Body(req): Body<CallNextRequest>,
) -> ApiResult<Response> {
    let session = caller.clerk()?.clone();
    let counter = req.counter.or(session.counter.clone()).ok_or_else(|| {
        ApiError::bad_request(Message::new("hub-error-unknown-counter").arg("counter", ""))
    })?;
    let day = s.today().await;
    let now = s.0.clock.now();
    let actor = session.actor();
    let wanted = req.services;
    let called_counter = counter.clone();
    let detail = s
        .db()
        .call(move |c| {
            let services = match wanted {
                Some(list) => list,
                None => store::counter_services(c, &counter)?,
            };
            match store::call_next(c, day, &counter, &services, now, &actor)? {
                Some(v) => Ok(Some(store::visit_detail(c, v.id)?)),
                None => Ok(None),
            }
        })
        .await?;
    Metrics::add(&s.0.metrics.calls, 1);
    match detail {
        None => Ok(StatusCode::NO_CONTENT.into_response()),
        Some(detail) => {
            s.emit(HubEvent::Called {
                number: detail.visit.number.clone(),
                service: detail.visit.service.clone(),
                counter: Some(called_counter),
                recall: false,
            });
            Ok(Json(detail).into_response())
        }
    }
}

async fn waiting_list(
    State(s): State<AppState>,
    caller: Caller,
    Query(q): Query<HashMap<String, String>>,
) -> ApiResult<Json<Vec<Visit>>> {
    caller.clerk()?;
    let services: Vec<String> = q
        .get("services")
        .map(|v| {
            v.split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let limit = q
        .get("limit")
        .and_then(|l| l.parse::<u32>().ok())
        .unwrap_or(200)
        .clamp(1, 1000);
    let day = s.today().await;
    Ok(Json(
        s.db()
            .call(move |c| store::waiting_list(c, day, &services, limit))
            .await?,
    ))
}

async fn walk_in(
    State(s): State<AppState>,
    caller: Caller,
    Body(req): Body<ServiceRequest>,
) -> ApiResult<Json<Ticket>> {
    let actor = caller.clerk()?.actor();
    let day = s.today().await;
    let now = s.0.clock.now();
    let ticket = s
        .db()
        .call(move |c| {
            let v = store::issue_ticket(c, day, &req.service, "walk_in", None, now, &actor)?;
            ticket_of(c, &v, now)
        })
        .await?;
    Metrics::add(&s.0.metrics.tickets_issued, 1);
    s.emit(HubEvent::Ticket {
        number: ticket.number.clone(),
        service: ticket.service.clone(),
    });
    Ok(Json(ticket))
}

fn parse_id(id: &str) -> ApiResult<i64> {
    id.parse().map_err(|_| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            Message::new("hub-error-not-found")
                .arg("what", "visit")
                .arg("id", id),
        )
    })
}

fn parse_uuid(id: &str) -> ApiResult<Uuid> {
    Uuid::parse_str(id).map_err(|_| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            Message::new("hub-error-not-found")
                .arg("what", "record")
                .arg("id", id),
        )
    })
}

async fn get_visit(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<VisitDetail>> {
    caller.clerk()?;
    let id = parse_id(&id)?;
    Ok(Json(
        s.db().call(move |c| store::visit_detail(c, id)).await?,
    ))
}

async fn visit_action(
    State(s): State<AppState>,
    caller: Caller,
    Path((id, action)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> ApiResult<Json<Visit>> {
    let session = caller.clerk()?.clone();
    let id = parse_id(&id)?;
    let now = s.0.clock.now();
    let actor = session.actor();
    let counter = session.counter.clone();
    if action == "transfer" {
        let req: ServiceRequest = serde_json::from_slice(&body).map_err(|e| json_error(&e))?;
        let moved = s
            .db()
            .call(move |c| store::transfer(c, id, &req.service, now, &actor))
            .await?;
        s.emit(HubEvent::Visit {
            id: moved.id,
            number: moved.number.clone(),
            service: moved.service.clone(),
            state: moved.state,
        });
        return Ok(Json(moved));
    }
    let action = match action.as_str() {
        "recall" => VisitAction::Recall,
        "start" => VisitAction::Start,
        "done" => VisitAction::Finish,
        "no-show" => VisitAction::NoShow,
        _ => {
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                Message::new("hub-error-not-found-route"),
            ));
        }
    };
    let v = s
        .db()
        .call(move |c| store::act(c, id, action, now, &actor, counter.as_deref()))
        .await?;
    if action == VisitAction::Recall {
        s.emit(HubEvent::Called {
            number: v.number.clone(),
            service: v.service.clone(),
            counter: v.counter.clone(),
            recall: true,
        });
    } else {
        s.emit(HubEvent::Visit {
            id: v.id,
            number: v.number.clone(),
            service: v.service.clone(),
            state: v.state,
        });
    }
    Ok(Json(v))
}

async fn find_records(
    State(s): State<AppState>,
    caller: Caller,
    Query(q): Query<HashMap<String, String>>,
) -> ApiResult<Json<Vec<RecordSummary>>> {
    caller.clerk()?;
    let today = s.today().await;
    if let Some(number) = q.get("number").cloned() {
        let day = match q.get("day") {
            Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                ApiError::bad_request(
                    Message::new("hub-error-bad-date")
                        .arg("date", d.chars().take(20).collect::<String>()),
                )
            })?,
            None => today,
        };
        return Ok(Json(
            s.db()
                .call(move |c| store::records_by_number(c, day, &number))
                .await?,
        ));
    }
    if let Some(kana) = q.get("kana").cloned() {
        return Ok(Json(
            s.db()
                .call(move |c| store::records_by_kana(c, &kana, 50))
                .await?,
        ));
    }
    Err(ApiError::bad_request(Message::new("hub-error-query")))
}

async fn get_record(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Record>> {
    caller.clerk()?;
    let id = parse_uuid(&id)?;
    Ok(Json(s.db().call(move |c| store::record(c, id)).await?))
}

async fn edit_record(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Body(req): Body<EditRequest>,
) -> ApiResult<Json<Record>> {
    let actor = caller.clerk()?.actor();
    let id = parse_uuid(&id)?;
    let now = s.0.clock.now();
    Ok(Json(
        s.db()
            .call(move |c| store::edit_record(c, id, &req.fields, now, &actor))
            .await?,
    ))
}

async fn confirm_record(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Record>> {
    let actor = caller.clerk()?.actor();
    let id = parse_uuid(&id)?;
    let now = s.0.clock.now();
    let record = s
        .db()
        .call(move |c| store::close_record(c, id, None, now, &actor))
        .await?;
    s.emit(HubEvent::Record {
        id,
        status: record.status,
    });
    Ok(Json(record))
}

async fn reject_record(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Body(req): Body<RejectRequest>,
) -> ApiResult<Json<Record>> {
    let actor = caller.clerk()?.actor();
    let id = parse_uuid(&id)?;
    let now = s.0.clock.now();
    let record = s
        .db()
        .call(move |c| store::close_record(c, id, Some(&req.reason), now, &actor))
        .await?;
    s.emit(HubEvent::Record {
        id,
        status: record.status,
    });
    Ok(Json(record))
}

async fn create_staff_call(
    State(s): State<AppState>,
    caller: Caller,
    Body(req): Body<StaffCallRequest>,
) -> ApiResult<(StatusCode, Json<StaffCallCreated>)> {
    let device = caller.device(&[Role::Kiosk])?.clone();
    let day = s.today().await;
    let now = s.0.clock.now();
    let call = s
        .db()
        .call(move |c| {
            store::create_staff_call(c, &device, &req.lang, req.note.as_deref(), day, now)
        })
        .await?;
    s.emit(HubEvent::StaffCall {
        id: call.id,
        kiosk: call.kiosk.clone(),
        lang: call.lang.clone(),
    });
    Ok((
        StatusCode::CREATED,
        Json(StaffCallCreated {
            id: call.id,
            created_at: call.created_at,
        }),
    ))
}

async fn open_staff_calls(
    State(s): State<AppState>,
    caller: Caller,
) -> ApiResult<Json<Vec<StaffCall>>> {
    caller.clerk()?;
    let day = s.today().await;
    Ok(Json(
        s.db()
            .call(move |c| store::open_staff_calls(c, day))
            .await?,
    ))
}

async fn answer_staff_call(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<StaffCall>> {
    let actor = caller.clerk()?.actor();
    let id: i64 = id.parse().map_err(|_| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            Message::new("hub-error-not-found")
                .arg("what", "staff-call")
                .arg("id", id.as_str()),
        )
    })?;
    let now = s.0.clock.now();
    let call = s
        .db()
        .call(move |c| store::answer_staff_call(c, id, now, &actor))
        .await?;
    s.emit(HubEvent::StaffCallAnswered {
        id,
        clerk: call.answered_by.clone().unwrap_or_default(),
    });
    Ok(Json(call))
}

/// The `date` of an export query: today when absent.
async fn query_day(s: &AppState, q: &HashMap<String, String>) -> ApiResult<NaiveDate> {
    match q.get("date") {
        None => Ok(s.today().await),
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            ApiError::bad_request(
                Message::new("hub-error-bad-date")
                    .arg("date", text.chars().take(20).collect::<String>()),
            )
        }),
    }
}

fn csv_response(body: String, name: &str) -> Response {
    (
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/csv; charset=utf-8".to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        body,
    )
        .into_response()
}

async fn export_records(
    State(s): State<AppState>,
    caller: Caller,
    Query(q): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    caller.clerk()?;
    let day = query_day(&s, &q).await?;
    let records = s
        .db()
        .call(move |c| store::confirmed_records(c, day))
        .await?;
    let body = super::export::records_csv(&records, s.0.tz);
    Ok(csv_response(body, &format!("records-{day}.csv")))
}

async fn stats_of(
    s: &AppState,
    caller: &Caller,
    q: &HashMap<String, String>,
) -> ApiResult<DailyStats> {
    caller.clerk()?;
    let day = query_day(s, q).await?;
    Ok(s.db().call(move |c| store::daily_stats(c, day)).await?)
}

async fn daily_stats(
    State(s): State<AppState>,
    caller: Caller,
    Query(q): Query<HashMap<String, String>>,
) -> ApiResult<Json<DailyStats>> {
    Ok(Json(stats_of(&s, &caller, &q).await?))
}

async fn daily_stats_csv(
    State(s): State<AppState>,
    caller: Caller,
    Query(q): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    let stats = stats_of(&s, &caller, &q).await?;
    let body = super::export::stats_csv(&stats);
    Ok(csv_response(body, &format!("stats-{}.csv", stats.day)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_error_paths_are_kept_without_the_prose() {
        let text = "Failed to deserialize the JSON body into the target type: records[0].id: invalid type: integer `7`, expected a string at line 1 column 20";
        assert_eq!(data_error_path(text), "records[0].id");
        let root = "Failed to deserialize the JSON body into the target type: unknown field `extra`, expected `service` at line 1 column 27";
        assert_eq!(data_error_path(root), "");
        let dot = "Failed to deserialize the JSON body into the target type: .: invalid type";
        assert_eq!(data_error_path(dot), "");
    }
}
