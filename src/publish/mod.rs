//! Wait anywhere: what the hub publishes outward, one way, and what the
//! relay and the static directory serve from it (`docs/wait-anywhere.md`).
//!
//! - [`snapshot`]: the numbers-only [`Snapshot`] of one office (services,
//!   waiting counts, estimates, recent calls, and per public ticket id its
//!   number, state and place), and the JSON views of the contract
//!   (office, ticket, ward) made from snapshots.
//! - [`sign`]: the office's Ed25519 publishing key, the signed envelope the
//!   hub sends, and the checks a receiver makes before believing one
//!   (signature, known office, no replay, not from the future).
//! - [`static_dir`]: the static target, a directory of pages and JSON files
//!   rewritten atomically.
//!
//! Neither the hub nor the relay is a dependency of this module: the hub
//! makes snapshots, the relay checks and serves them.

pub mod sign;
pub mod snapshot;
pub mod static_dir;

pub use sign::{PublicKey, PublishingKey, Refusal, SignedSnapshot, accept};
pub use snapshot::{
    Called, Names, OfficeView, ServiceNow, Snapshot, TicketNow, TicketState, TicketView, WardView,
};

/// The page files (`ticket.html`, `wait.js`, …) by path relative to the
/// public root, as the pages' module gives them.
pub type PageFiles = std::collections::BTreeMap<String, Vec<u8>>;

/// A public ticket id: 128 random bits, base64url without padding (22
/// characters). Not derived from anything.
pub fn new_ticket_id() -> String {
    use base64::Engine;
    let mut bytes = [0u8; 16];
    rand::fill(&mut bytes[..]);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Whether `id` has the form of a public ticket id (22 base64url characters):
/// anything else is refused before a lookup or a file name is made of it.
pub fn is_ticket_id(id: &str) -> bool {
    id.len() == 22
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether `id` has the form of an office id (`[a-z0-9-]+`, at most 64).
pub fn is_office_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The resident's page of a ticket under the public root `base`.
pub fn page_url(base: &str, ticket_id: &str, lang: &str) -> String {
    let base = base.trim_end_matches('/');
    format!("{base}/ticket.html?t={ticket_id}&lang={lang}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticket_ids_are_random_and_well_formed() {
        let a = new_ticket_id();
        assert!(is_ticket_id(&a), "{a}");
        assert_ne!(a, new_ticket_id());
        assert!(!is_ticket_id("../../etc/passwd"));
        assert!(!is_ticket_id("AAAAAAAAAAAAAAAAAAAAA.json"));
        assert!(is_office_id("honcho-2"));
        assert!(!is_office_id("Honcho"));
        assert!(!is_office_id("../x"));
        assert_eq!(
            page_url("https://wait.example.jp/", &a, "en"),
            format!("https://wait.example.jp/ticket.html?t={a}&lang=en")
        );
    }
}
