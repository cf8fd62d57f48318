//! HTTP handlers by area (the API is described in the [module docs](super)).

mod board;
mod clerk;
mod kiosk;
mod postal;
mod records;
mod reports;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use axum::{Router, middleware};
use chrono::{DateTime, NaiveDate, Utc};

use super::api::{HubEvent, Ticket, Visit};
use super::error::ApiError;
use super::{AppState, Metrics, status};
use crate::i18n::Message;
use crate::store::hub as store;

pub fn router(state: AppState) -> Router {
    let limit = state.0.config.body_limit_bytes;
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/status", get(status::page))
        .route("/metrics", get(status::metrics))
        .route("/api/v1/devices/enroll", post(kiosk::enroll))
        .route("/api/v1/tickets", post(kiosk::ticket))
        .route(
            "/api/v1/records",
            post(kiosk::push).get(records::find_records),
        )
        .route(
            "/api/v1/records/{id}",
            get(records::get_record).patch(records::edit_record),
        )
        .route(
            "/api/v1/records/{id}/confirm",
            post(records::confirm_record),
        )
        .route("/api/v1/records/{id}/reject", post(records::reject_record))
        .route("/api/v1/leases", post(kiosk::lease))
        .route(
            "/api/v1/staff-calls",
            post(kiosk::create_staff_call).get(clerk::open_staff_calls),
        )
        .route(
            "/api/v1/staff-calls/{id}/answer",
            post(clerk::answer_staff_call),
        )
        .route("/api/v1/export/records.csv", get(reports::export_records))
        .route("/api/v1/stats/daily", get(reports::daily_stats))
        .route("/api/v1/stats/daily.csv", get(reports::daily_stats_csv))
        .route("/api/v1/postal/{code}", get(postal::lookup))
        .route("/preapp/postal/{file}", get(postal::prefix_file))
        .route("/api/v1/board", get(board::board))
        .route("/api/v1/events", get(board::events))
        .route("/api/v1/clerk/login", post(clerk::login))
        .route("/api/v1/clerk/logout", post(clerk::logout))
        .route("/api/v1/clerk/call-next", post(clerk::call_next))
        .route("/api/v1/visits", get(clerk::waiting_list))
        .route("/api/v1/visits/walk-in", post(clerk::walk_in))
        .route("/api/v1/visits/{id}", get(clerk::get_visit))
        .route("/api/v1/visits/{id}/{action}", post(clerk::visit_action))
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
        // Whatever changed, the status page reads the board again.
        self.0
            .changes
            .fetch_add(1, std::sync::atomic::Ordering::Release);
        // No subscriber is fine.
        let _ = self.0.events.send(event);
    }

    /// Tells the consoles (`numbers_low`) when a service has fewer numbers
    /// left today than the office's threshold. Counted after the answer,
    /// off the ticket's path.
    fn watch_numbers_left(&self, day: NaiveDate, service: String) {
        let state = self.clone();
        tokio::spawn(async move {
            let prefix = service.clone();
            let left = state
                .db()
                .call(move |c| store::numbers_left(c, day, &prefix))
                .await;
            match left {
                Ok(left) if left < state.0.config.low_numbers_threshold => {
                    state.emit(HubEvent::NumbersLow { service, left });
                }
                Ok(_) => {}
                Err(error) => tracing::warn!(%error, "numbers left not counted"),
            }
        });
    }
}

/// The ticket of a visit just opened: its place in the queue and the wait.
fn ticket_of(
    c: &rusqlite::Connection,
    v: &Visit,
    now: DateTime<Utc>,
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
        page_url: None,
    })
}
