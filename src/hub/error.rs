//! Error answers: a status and a translatable reason, from the store's
//! refusals, from bodies the parser refused, and from the handlers' own
//! checks (the format is in the [module docs](super)).

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use super::AppState;
use super::api::ErrorBody;
use crate::i18n::{I18n, Lang, Message};
use crate::store::StoreError;

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
    pub fn bad_request(message: Message) -> Self {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        let status = match &e {
            StoreError::NotFound(_) => StatusCode::NOT_FOUND,
            StoreError::Conflict(_) => StatusCode::CONFLICT,
            StoreError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            StoreError::Throttled(_) => StatusCode::TOO_MANY_REQUESTS,
            StoreError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            StoreError::Db(_) | StoreError::TooNew { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        };
        if status.is_server_error() {
            // The database's own words (SQL, paths) go to the log only: the
            // answer says that it failed, not how.
            tracing::error!(error = %e, "request failed");
            return ApiError::new(status, Message::new("hub-error-internal"));
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
pub fn json_error(e: &serde_json::Error) -> ApiError {
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

pub type ApiResult<T> = Result<T, ApiError>;

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
