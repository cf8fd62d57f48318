//! Postal codes to towns, for kiosks and clerk consoles, and the resident
//! page's per-prefix files, from the hub's postal index
//! ([`crate::hub::HubOptions::postal_dir`]).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

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

/// `/preapp/postal/NNN.json`: the towns of every code starting with `NNN`
/// for the resident page ([`crate::site::postal`]); public, as the page is.
/// 404 for an unknown prefix or while there is no index: the page then asks
/// the address as without postal data.
pub(super) async fn prefix_file(State(s): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(prefix) = file.strip_suffix(".json").map(str::to_owned) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let found = tokio::task::spawn_blocking(move || {
        let index = s.0.postal.current()?;
        crate::site::postal::prefix_file(&index, &prefix)
            .map_err(|e| tracing::error!(error = %e, "postal prefix file failed"))
            .ok()
            .flatten()
    })
    .await
    .ok()
    .flatten();
    match found {
        Some(bytes) => (
            [
                (header::CONTENT_TYPE, "application/json"),
                (header::CACHE_CONTROL, "public, max-age=86400"),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            ],
            bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
