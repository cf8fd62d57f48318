//! Postal codes to towns, for kiosks and clerk consoles, from the hub's
//! postal index ([`crate::hub::HubOptions::postal_dir`]).

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
    // File system and SQLite reads: off the async workers, as the store's are.
    let found =
        tokio::task::spawn_blocking(move || s.0.postal.current().map(|index| index.lookup(&code)))
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "postal lookup failed");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Message::new("hub-error-internal"),
                )
            })?;
    let Some(found) = found else {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            Message::new("hub-error-postal-unavailable"),
        ));
    };
    found.map(Json).map_err(|e| {
        tracing::error!(error = %e, "postal lookup failed");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, e.message())
    })
}
