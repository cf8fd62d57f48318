//! Postal codes to towns, for kiosks and clerk consoles, from the index in
//! the hub's data directory.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;

use crate::hub::AppState;
use crate::hub::api::Role;
use crate::hub::auth::Caller;
use crate::hub::error::{ApiError, ApiResult};
use crate::i18n::Message;
use crate::postal::Candidate;

pub(super) async fn lookup(
    State(s): State<AppState>,
    caller: Caller,
    Path(code): Path<String>,
) -> ApiResult<Json<Vec<Candidate>>> {
    if let Caller::Device(_) = caller {
        caller.device(&[Role::Kiosk, Role::ClerkStation])?;
    }
    let Some(index) = s.0.postal.clone() else {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            Message::new("hub-error-postal-unavailable"),
        ));
    };
    // A SQLite read: off the async workers, as the store's are.
    let found = tokio::task::spawn_blocking(move || index.lookup(&code))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "postal lookup failed");
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                Message::new("hub-error-internal"),
            )
        })?;
    found.map(Json).map_err(|e| {
        tracing::error!(error = %e, "postal lookup failed");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.message())
    })
}
