//! Who is calling: device tokens, clerk sessions and PIN hashing.
//!
//! Device tokens and session tokens are 256-bit random strings stored only
//! as SHA-256 hashes. Clerk PINs are short, so they are stored as argon2id
//! PHC strings and verified off the async workers (argon2 is slow on
//! purpose); five wrong PINs lock the clerk out for five minutes.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;

use super::AppState;
use super::api::Role;
use super::error::ApiError;
use crate::i18n::Message;
use crate::store::hub::{Device, Session};

/// The authenticated caller of a request.
#[derive(Debug, Clone)]
pub enum Caller {
    Device(Device),
    Clerk(Session),
}

impl Caller {
    /// The device, if it has one of `roles`; 403 otherwise.
    pub fn device(&self, roles: &[Role]) -> Result<&Device, ApiError> {
        match self {
            Caller::Device(d) if roles.contains(&d.role) => Ok(d),
            _ => Err(forbidden()),
        }
    }

    /// The clerk session; 403 for devices.
    pub fn clerk(&self) -> Result<&Session, ApiError> {
        match self {
            Caller::Clerk(s) => Ok(s),
            _ => Err(forbidden()),
        }
    }

    pub fn actor(&self) -> String {
        match self {
            Caller::Device(d) => format!("device:{}", d.id),
            Caller::Clerk(s) => s.actor(),
        }
    }
}

pub fn forbidden() -> ApiError {
    ApiError::new(StatusCode::FORBIDDEN, Message::new("hub-error-forbidden"))
}

pub fn unauthorized() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        Message::new("hub-error-unauthorized"),
    )
}

/// The bearer token of a request, if well-formed.
pub fn bearer(parts: &Parts) -> Option<String> {
    let value = parts
        .headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() && token.len() <= 256)
        .then(|| token.to_owned())
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = bearer(parts).ok_or_else(unauthorized)?;
        let now = state.0.clock.now();
        let found = state
            .db()
            .call(move |c| {
                if let Some(device) = crate::store::hub::device_by_token(c, &token)? {
                    return Ok(Some(Caller::Device(device)));
                }
                Ok(crate::store::hub::session(c, &token, now)?.map(Caller::Clerk))
            })
            .await?;
        found.ok_or_else(unauthorized)
    }
}

/// Whether a PIN has the allowed shape: 4 to 12 digits.
pub fn pin_is_valid(pin: &str) -> bool {
    (4..=12).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Hashes a PIN into an argon2id PHC string.
pub fn hash_pin(pin: &str) -> anyhow::Result<String> {
    Argon2::default()
        .hash_password(pin.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("argon2: {e}"))
}

/// Checks a PIN against a stored PHC string.
pub fn verify_pin(pin: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|hash| {
        Argon2::default()
            .verify_password(pin.as_bytes(), &hash)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_hash_and_verify() {
        let hash = hash_pin("4321").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_pin("4321", &hash));
        assert!(!verify_pin("1234", &hash));
        assert!(!verify_pin("4321", "not a hash"));
        assert!(pin_is_valid("0000") && !pin_is_valid("12a4") && !pin_is_valid("123"));
    }
}
