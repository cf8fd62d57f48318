//! JSON bodies of the HTTP API (shared by the hub, the kiosk's sync client,
//! the clerk console and the board). The values themselves are the shared
//! [`crate::model`], re-exported here so a client names one module; this
//! file adds only what exists on the wire: requests, responses, live events
//! and errors. Requests refuse unknown fields so a typo in a client is a 4xx
//! with a reason, not a silently ignored value.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use crate::i18n::Message;
pub use crate::model::*;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushRequest {
    #[serde(default)]
    pub records: Vec<RecordIn>,
    #[serde(default)]
    pub tickets: Vec<OfflineTicket>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PushResponse {
    pub records: Vec<ItemResult>,
    pub tickets: Vec<ItemResult>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeaseRequest {
    pub service: String,
    /// Today (default) or tomorrow, so a kiosk can open offline.
    #[serde(default)]
    pub day: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnrollRequest {
    pub code: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnrollResponse {
    pub token: String,
    pub role: Role,
    pub name: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub id: String,
    pub pin: String,
    /// The counter (desk) this station is at.
    #[serde(default)]
    pub counter: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoginResponse {
    pub session: String,
    pub clerk: String,
    pub counter: Option<String>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallNextRequest {
    /// Defaults to the session's counter.
    #[serde(default)]
    pub counter: Option<String>,
    /// Defaults to the services the counter serves in the configuration.
    #[serde(default)]
    pub services: Option<Vec<String>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceRequest {
    pub service: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditRequest {
    /// Field name → new value (`null` clears it).
    pub fields: BTreeMap<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RejectRequest {
    pub reason: String,
}

/// `POST /api/v1/staff-calls`: a resident at a kiosk asks for a person.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffCallRequest {
    /// The resident's language, so the clerk who goes can greet them in it.
    pub lang: String,
    /// A short reason (at most 200 characters), if the kiosk has one.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffCallCreated {
    pub id: i64,
    pub created_at: DateTime<Utc>,
}

/// Live events (SSE `event:` name is the `type`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum HubEvent {
    Ticket {
        number: String,
        service: String,
    },
    Called {
        number: String,
        service: String,
        counter: Option<String>,
        recall: bool,
        /// The language of the application that came with the ticket, so
        /// the board can call the resident in it too (none for a walk-in).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    Visit {
        id: i64,
        number: String,
        service: String,
        state: crate::queue::VisitState,
    },
    Records {
        count: usize,
    },
    Record {
        id: Uuid,
        status: RecordStatus,
    },
    DayChanged {
        day: NaiveDate,
    },
    /// A kiosk asked for a person.
    StaffCall {
        id: i64,
        kiosk: String,
        lang: String,
    },
    /// A clerk answered a staff call (consoles drop it from their list).
    StaffCallAnswered {
        id: i64,
        clerk: String,
    },
    /// A service has fewer numbers left today (neither issued nor lent)
    /// than the office's `low_numbers_threshold`.
    NumbersLow {
        service: String,
        left: u32,
    },
}

impl HubEvent {
    pub fn name(&self) -> &'static str {
        match self {
            HubEvent::Ticket { .. } => "ticket",
            HubEvent::Called { .. } => "called",
            HubEvent::Visit { .. } => "visit",
            HubEvent::Records { .. } => "records",
            HubEvent::Record { .. } => "record",
            HubEvent::DayChanged { .. } => "day_changed",
            HubEvent::StaffCall { .. } => "staff_call",
            HubEvent::StaffCallAnswered { .. } => "staff_call_answered",
            HubEvent::NumbersLow { .. } => "numbers_low",
        }
    }
}

/// Every error answer: the translatable message and its text in the
/// caller's language (Accept-Language, Japanese by default).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: Message,
    pub message: String,
}
