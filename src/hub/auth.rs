//! Who is calling: device tokens, clerk sessions and PIN hashing.
//!
//! Device tokens and session tokens are 256-bit random strings stored only
//! as SHA-256 hashes. Clerk PINs are short, so they are stored as argon2id
//! PHC strings and verified off the async workers (argon2 is slow on
//! purpose); five wrong PINs lock the clerk out for five minutes, ten wrong
//! PINs from one clerk station lock the station.
//!
//! Every attempt is counted in the store *before* its PIN is verified
//! ([`store::begin_pin_attempt`]), so a parallel burst gets no more checks
//! than the allowance, and the checks that do run go through
//! `AppState::verify_pin_attempt`: at most [`super::PIN_CHECKS_AT_ONCE`]
//! at once (argon2 takes ~19 MiB each), counted in
//! `madoguchi_pin_verifications_total`. An unknown or disabled clerk id is
//! checked against a dummy hash, so it answers as slowly as a real one.

use std::sync::LazyLock;

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;

use super::api::Role;
use super::error::ApiError;
use super::{AppState, Metrics};
use crate::i18n::Message;
use crate::store::hub::{self as store, Device, Session};

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

/// What an unknown clerk's PIN is compared with: a hash made like the real
/// ones (same cost), of a PIN outside the allowed shape so nothing matches.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| hash_pin("not a pin").unwrap_or_default());

impl AppState {
    /// Verifies `pin` against `hash` (the dummy hash when `None`) off the
    /// async workers, waiting for a free [`super::PIN_CHECKS_AT_ONCE`] slot.
    pub(crate) async fn verify_pin_attempt(&self, pin: String, hash: Option<String>) -> bool {
        let Ok(_slot) = self.0.pin_checks.acquire().await else {
            return false;
        };
        Metrics::add(&self.0.metrics.pin_verifications, 1);
        tokio::task::spawn_blocking(move || match hash {
            Some(hash) => verify_pin(&pin, &hash),
            None => {
                verify_pin(&pin, &DUMMY_HASH);
                false
            }
        })
        .await
        .unwrap_or(false)
    }
}

/// Counts the attempt, then verifies: `Ok(true)` for the right PIN (its
/// count released), `Ok(false)` for a wrong one or an unknown clerk; a
/// locked clerk or station is refused ([`crate::store::StoreError::Throttled`])
/// with no check.
pub(crate) async fn attempt_login(
    state: &AppState,
    clerk: &str,
    station: i64,
    pin: String,
) -> crate::store::Result<bool> {
    let now = state.0.clock.now();
    let id = clerk.to_owned();
    let attempt = state
        .db()
        .call(move |c| store::begin_pin_attempt(c, &id, station, now))
        .await?;
    let known = attempt.hash.is_some();
    let right = state.verify_pin_attempt(pin, attempt.hash.clone()).await && known;
    if right {
        let id = clerk.to_owned();
        state
            .db()
            .call(move |c| store::pin_right(c, &id, station, &attempt))
            .await?;
    }
    Ok(right)
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
