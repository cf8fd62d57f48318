//! Queue tickets, the numbers kiosks issue offline from a lease, and the
//! outcome of handing a record or ticket to the hub.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::i18n::Message;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketRequest {
    pub service: String,
    /// The resident's language (a tag of `locales/`): the language of the
    /// ticket's page outside the office when the hub publishes (`ja` when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ticket {
    /// As displayed: `A-012`.
    pub number: String,
    pub service: String,
    /// 1 = next to be called.
    pub position: u32,
    pub estimated_wait_minutes: u32,
    pub day: NaiveDate,
    pub issued_at: DateTime<Utc>,
    /// Issued by a kiosk from its leased block while the hub was unreachable.
    #[serde(default)]
    pub offline: bool,
    /// The ticket's own page outside the office network, when the hub
    /// publishes (`docs/wait-anywhere.md`): the ticket's QR opens it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_url: Option<String>,
}

/// A number a kiosk issued from its lease while offline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfflineTicket {
    pub number: String,
    pub day: NaiveDate,
    pub issued_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Stored now.
    Stored,
    /// Already stored by an earlier push: also an acknowledgement.
    Duplicate,
    /// Refused for good (the reason says why); retrying will not help.
    Refused,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemResult {
    /// Record UUID or ticket number.
    pub id: String,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<Message>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeaseGrant {
    pub service: String,
    pub day: NaiveDate,
    pub first: u32,
    pub last: u32,
}
