//! The day's confirmed records and statistics, as JSON or CSV ([`crate::hub::export`]).

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;

use crate::hub::api::DailyStats;
use crate::hub::auth::Caller;
use crate::hub::error::{ApiError, ApiResult};
use crate::hub::{AppState, export};
use crate::i18n::Message;
use crate::store::hub as store;

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

async fn stats_of(
    s: &AppState,
    caller: &Caller,
    q: &HashMap<String, String>,
) -> ApiResult<DailyStats> {
    caller.clerk()?;
    let day = query_day(s, q).await?;
    Ok(s.db().call(move |c| store::daily_stats(c, day)).await?)
}

pub(super) async fn export_records(
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
    let body = export::records_csv(&records, s.0.tz);
    Ok(csv_response(body, &format!("records-{day}.csv")))
}

pub(super) async fn daily_stats(
    State(s): State<AppState>,
    caller: Caller,
    Query(q): Query<HashMap<String, String>>,
) -> ApiResult<Json<DailyStats>> {
    Ok(Json(stats_of(&s, &caller, &q).await?))
}

pub(super) async fn daily_stats_csv(
    State(s): State<AppState>,
    caller: Caller,
    Query(q): Query<HashMap<String, String>>,
) -> ApiResult<Response> {
    let stats = stats_of(&s, &caller, &q).await?;
    let body = export::stats_csv(&stats);
    Ok(csv_response(body, &format!("stats-{}.csv", stats.day)))
}
