//! The clerk's records: lookup, reading, correcting, confirming, rejecting.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use chrono::NaiveDate;
use uuid::Uuid;

use crate::hub::AppState;
use crate::hub::api::{EditRequest, HubEvent, Record, RecordSummary, RejectRequest};
use crate::hub::auth::Caller;
use crate::hub::error::{ApiError, ApiResult, Body};
use crate::i18n::Message;
use crate::store::hub as store;

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

pub(super) async fn find_records(
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

pub(super) async fn get_record(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Record>> {
    caller.clerk()?;
    let id = parse_uuid(&id)?;
    Ok(Json(s.db().call(move |c| store::record(c, id)).await?))
}

pub(super) async fn edit_record(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Body(req): Body<EditRequest>,
) -> ApiResult<Json<Record>> {
    let actor = caller.clerk()?.actor();
    let id = parse_uuid(&id)?;
    let now = s.0.clock.now();
    let key = s.0.audit_key.clone();
    let known = s.0.known_names.clone();
    Ok(Json(
        s.db()
            .call(move |c| store::edit_record(c, id, &req.fields, now, &actor, &key, &known))
            .await?,
    ))
}

pub(super) async fn confirm_record(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> ApiResult<Json<Record>> {
    let actor = caller.clerk()?.actor();
    let id = parse_uuid(&id)?;
    let now = s.0.clock.now();
    let key = s.0.audit_key.clone();
    let record = s
        .db()
        .call(move |c| store::close_record(c, id, None, now, &actor, &key))
        .await?;
    s.emit(HubEvent::Record {
        id,
        status: record.status,
    });
    Ok(Json(record))
}

pub(super) async fn reject_record(
    State(s): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Body(req): Body<RejectRequest>,
) -> ApiResult<Json<Record>> {
    let actor = caller.clerk()?.actor();
    let id = parse_uuid(&id)?;
    let now = s.0.clock.now();
    let key = s.0.audit_key.clone();
    let record = s
        .db()
        .call(move |c| store::close_record(c, id, Some(&req.reason), now, &actor, &key))
        .await?;
    s.emit(HubEvent::Record {
        id,
        status: record.status,
    });
    Ok(Json(record))
}
