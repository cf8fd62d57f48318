//! What devices send: enrollment (any device), and a kiosk's tickets,
//! records, number leases and staff calls.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;

use super::ticket_of;
use crate::hub::api::{
    EnrollRequest, EnrollResponse, HubEvent, ItemResult, LeaseGrant, LeaseRequest, Outcome,
    PushRequest, PushResponse, Role, StaffCallCreated, StaffCallRequest, Ticket, TicketRequest,
};
use crate::hub::auth::Caller;
use crate::hub::error::{ApiError, ApiResult, Body};
use crate::hub::{AppState, Metrics};
use crate::i18n::{Lang, Message};
use crate::store::{StoreError, hub as store};

pub(super) async fn enroll(
    State(s): State<AppState>,
    Body(req): Body<EnrollRequest>,
) -> ApiResult<Json<EnrollResponse>> {
    let now = s.0.clock.now();
    // The refusal is the job's answer, not its failure: a wrong code is
    // committed (counted), which a failed job would roll back.
    let (device, token) = s
        .db()
        .call(move |c| Ok(store::enroll(c, &req.code, now)))
        .await??;
    Ok(Json(EnrollResponse {
        token,
        role: device.role,
        name: device.name,
    }))
}

pub(super) async fn ticket(
    State(s): State<AppState>,
    caller: Caller,
    Body(req): Body<TicketRequest>,
) -> ApiResult<Json<Ticket>> {
    let device = caller.device(&[Role::Kiosk])?.clone();
    let day = s.today().await;
    let now = s.0.clock.now();
    let actor = caller.actor();
    let publisher = s.0.publisher.clone();
    let ticket = s
        .db()
        .call(move |c| {
            let v = store::issue_ticket(c, day, &req.service, "hub", Some(device.id), now, &actor)?;
            let mut ticket = ticket_of(c, &v, now)?;
            if let Some(publisher) = publisher {
                // A language the pages know, else Japanese.
                let lang = req
                    .lang
                    .as_deref()
                    .and_then(Lang::parse)
                    .unwrap_or_else(Lang::ja);
                let id =
                    store::create_public_ticket(c, &v, lang.code(), publisher.expires_at(day))?;
                ticket.page_url = publisher.page_url(&id, lang.code());
            }
            Ok(ticket)
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

pub(super) async fn push(
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
    let known = s.0.known_names.clone();
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
                    &known,
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

pub(super) async fn lease(
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
    // Tomorrow's lease counts from tomorrow's start, not from tonight.
    let day_start = day
        .and_hms_opt(0, 0, 0)
        .and_then(|t| t.and_local_timezone(s.0.tz).earliest())
        .map_or(now, |t| t.with_timezone(&chrono::Utc));
    let config = &s.0.config;
    let limits = store::LeaseLimits {
        size: config.lease_block_size,
        max_outstanding: config.lease_max_outstanding,
        expires_at: now.max(day_start) + chrono::Duration::hours(config.lease_valid_hours.into()),
    };
    let lease = s
        .db()
        .call(move |c| store::grant_lease(c, &device, &req.service, day, limits, now))
        .await?;
    if day == today {
        s.watch_numbers_left(day, lease.service.clone());
    }
    Ok(Json(LeaseGrant {
        service: lease.service,
        day: lease.day,
        first: lease.first,
        last: lease.last,
    }))
}

pub(super) async fn create_staff_call(
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
