//! The clerk's session and queue: login, calling, visits and their
//! actions, walk-ins, and answering staff calls.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::ticket_of;
use crate::hub::api::{
    CallNextRequest, HubEvent, LoginRequest, LoginResponse, Role, ServiceRequest, StaffCall,
    Ticket, Visit, VisitDetail,
};
use crate::hub::auth::{self, Caller};
use crate::hub::error::{ApiError, ApiResult, Body, json_error};
use crate::hub::{AppState, Metrics};
use crate::i18n::Message;
use crate::queue::VisitAction;
use crate::store::hub as store;

pub(super) async fn login(
    State(s): State<AppState>,
    caller: Caller,
    Body(req): Body<LoginRequest>,
) -> ApiResult<Json<LoginResponse>> {
    let device = caller.device(&[Role::ClerkStation])?.clone();
    let id = req.id.trim().to_owned();
    if !auth::attempt_login(&s, &id, device.id, req.pin).await? {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            Message::new("hub-error-login"),
        ));
    }
    let now = s.0.clock.now();
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

pub(super) async fn logout(
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

pub(super) async fn call_next(
    State(s): State<AppState>,
    caller: Caller,
    Body(req): Body<CallNextRequest>,
) -> ApiResult<Response> {
    let session = caller.clerk()?.clone();
    // The counter is the one the clerk logged in at: a body naming another
    // would call residents to a desk this clerk is not at.
    let counter = session.counter.clone().ok_or_else(|| {
        ApiError::bad_request(Message::new("hub-error-unknown-counter").arg("counter", ""))
    })?;
    if req.counter.as_ref().is_some_and(|asked| *asked != counter) {
        return Err(auth::forbidden());
    }
    if let Some(services) = &req.services {
        refuse_repeated_services(services)?;
    }
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
                lang: detail.records.first().map(|r| r.lang.clone()),
            });
            Ok(Json(detail).into_response())
        }
    }
}

/// A service named twice in one request is a client's mistake (or a probe):
/// refused rather than guessed at.
fn refuse_repeated_services(services: &[String]) -> ApiResult<()> {
    let mut seen = std::collections::HashSet::new();
    match services
        .iter()
        .find(|service| !seen.insert(service.as_str()))
    {
        Some(repeated) => Err(ApiError::bad_request(
            Message::new("hub-error-repeated-service").arg("service", repeated.as_str()),
        )),
        None => Ok(()),
    }
}

pub(super) async fn waiting_list(
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
    refuse_repeated_services(&services)?;
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

pub(super) async fn walk_in(
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
    s.watch_numbers_left(day, ticket.service.clone());
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

pub(super) async fn get_visit(
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

pub(super) async fn visit_action(
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
    let (v, lang) = s
        .db()
        .call(move |c| {
            let v = store::act(c, id, action, now, &actor, counter.as_deref())?;
            // A recall is said in the resident's language too, as the call was.
            let lang = if action == VisitAction::Recall {
                store::visit_detail(c, v.id)?
                    .records
                    .first()
                    .map(|r| r.lang.clone())
            } else {
                None
            };
            Ok((v, lang))
        })
        .await?;
    if action == VisitAction::Recall {
        s.emit(HubEvent::Called {
            number: v.number.clone(),
            service: v.service.clone(),
            counter: v.counter.clone(),
            recall: true,
            lang,
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

pub(super) async fn open_staff_calls(
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

pub(super) async fn answer_staff_call(
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
