//! Why a payload was refused, in words a resident or clerk can act on.

use crate::i18n::Message;

/// A refused payload. Every variant has a translated [`Message`]
/// (`locales/<lang>/preapp.ftl`). The variants are deliberately coarse: a
/// kiosk tells a resident what to do next, not which byte was wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PreappError {
    /// The text is not a Madoguchi pre-application (another QR code).
    #[error("not a Madoguchi pre-application")]
    NotOurs,
    /// Made by a newer format version than this reader knows.
    #[error("format version {found} is newer than {supported}")]
    NewerVersion { found: u32, supported: u32 },
    /// Past its expiry time.
    #[error("expired at {expired}")]
    Expired {
        expired: chrono::DateTime<chrono::Utc>,
    },
    /// Encrypted to another office's key.
    #[error("encrypted for another office key")]
    WrongKey,
    /// Encrypted, but this reader has no office key to open it.
    #[error("encrypted, and no office key is configured")]
    NoKey,
    /// Damaged: a check failed, or the content breaks the format.
    #[error("corrupted")]
    Corrupted,
    /// Some parts of a multi-part code are still missing.
    #[error("{read} of {total} parts read")]
    MissingParts { read: usize, total: usize },
    /// Beyond a hard limit (text length, parts, decompressed size, a string).
    #[error("too large")]
    TooLarge,
    /// Plain (unencrypted) payloads are switched off in this office.
    #[error("plain payloads are not accepted")]
    PlainNotAccepted,
    /// Encoding only: the form breaks the id syntax or a value rule at `path`.
    #[error("invalid form at {path}")]
    InvalidForm { path: String },
}

impl PreappError {
    /// The fluent key and arguments for this refusal.
    pub fn message(&self) -> Message {
        match self {
            PreappError::NotOurs => Message::new("preapp-error-not-ours"),
            PreappError::NewerVersion { found, supported } => {
                Message::new("preapp-error-newer-version")
                    .arg("found", *found)
                    .arg("supported", *supported)
            }
            PreappError::Expired { expired } => {
                let local = expired.with_timezone(&chrono_tz::Asia::Tokyo);
                Message::new("preapp-error-expired")
                    .arg("date", local.format("%Y-%m-%d %H:%M").to_string())
            }
            PreappError::WrongKey => Message::new("preapp-error-wrong-key"),
            PreappError::NoKey => Message::new("preapp-error-no-key"),
            PreappError::Corrupted => Message::new("preapp-error-corrupted"),
            PreappError::MissingParts { read, total } => Message::new("preapp-error-missing-parts")
                .arg("read", *read)
                .arg("total", *total),
            PreappError::TooLarge => Message::new("preapp-error-too-large"),
            PreappError::PlainNotAccepted => Message::new("preapp-error-plain-not-accepted"),
            PreappError::InvalidForm { path } => {
                Message::new("preapp-error-invalid-form").arg("path", path)
            }
        }
    }
}
