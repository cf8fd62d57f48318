//! JSON bodies of the HTTP API (shared by the hub, the kiosk's sync client,
//! the clerk console and the board). Requests refuse unknown fields so a
//! typo in a client is a 4xx with a reason, not a silently ignored value.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use crate::i18n::Message;

/// Device roles: what a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Kiosk,
    Board,
    ClerkStation,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Kiosk => "kiosk",
            Role::Board => "board",
            Role::ClerkStation => "clerk-station",
        }
    }
    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "kiosk" => Some(Role::Kiosk),
            "board" => Some(Role::Board),
            "clerk-station" => Some(Role::ClerkStation),
            _ => None,
        }
    }
}

/// Where a field's value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Read from the resident's pre-application QR.
    Qr,
    /// Tapped or chosen on the kiosk.
    Kiosk,
    /// Entered or corrected by a clerk.
    Clerk,
}

/// How the record's pre-application arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Preapp {
    /// Made on the kiosk, no QR.
    #[default]
    None,
    /// QR without encryption.
    Plain,
    /// QR encrypted to the office key.
    Encrypted,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldValue {
    pub value: Value,
    pub source: Source,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketRequest {
    pub service: String,
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
}

/// An application collected on a kiosk. `id` is made on the kiosk and makes
/// the push idempotent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordIn {
    pub id: Uuid,
    pub created_at: DateTime<Utc>,
    pub procedures: Vec<String>,
    pub lang: String,
    pub fields: BTreeMap<String, FieldValue>,
    /// The ticket the resident got with it, if any.
    #[serde(default)]
    pub number: Option<String>,
    #[serde(default)]
    pub preapp: Preapp,
}

/// A number a kiosk issued from its lease while offline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfflineTicket {
    pub number: String,
    pub day: NaiveDate,
    pub issued_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushRequest {
    #[serde(default)]
    pub records: Vec<RecordIn>,
    #[serde(default)]
    pub tickets: Vec<OfflineTicket>,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LeaseGrant {
    pub service: String,
    pub day: NaiveDate,
    pub first: u32,
    pub last: u32,
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub id: i64,
    pub number: String,
    pub day: NaiveDate,
    pub service: String,
    pub state: crate::queue::VisitState,
    pub origin: String,
    pub counter: Option<String>,
    pub issued_at: DateTime<Utc>,
    pub called_at: Option<DateTime<Utc>>,
    pub recalls: u32,
    pub transferred_from: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VisitEvent {
    pub at: DateTime<Utc>,
    pub event: String,
    pub from_state: Option<String>,
    pub to_state: String,
    pub counter: Option<String>,
    pub actor: String,
}

/// A visit with its history and the applications that came with its ticket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VisitDetail {
    pub visit: Visit,
    pub history: Vec<VisitEvent>,
    pub records: Vec<Record>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordStatus {
    Received,
    Confirmed,
    Rejected,
}

impl RecordStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RecordStatus::Received => "received",
            RecordStatus::Confirmed => "confirmed",
            RecordStatus::Rejected => "rejected",
        }
    }
    pub fn parse(text: &str) -> Option<RecordStatus> {
        match text {
            "received" => Some(RecordStatus::Received),
            "confirmed" => Some(RecordStatus::Confirmed),
            "rejected" => Some(RecordStatus::Rejected),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordChange {
    pub at: DateTime<Utc>,
    pub clerk: String,
    pub field: String,
    pub old: Option<FieldValue>,
    pub new: Value,
}

/// A stored application as the clerk sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: Uuid,
    pub number: Option<String>,
    pub day: NaiveDate,
    pub lang: String,
    pub procedures: Vec<String>,
    pub fields: BTreeMap<String, FieldValue>,
    pub preapp: Preapp,
    pub status: RecordStatus,
    pub reject_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub received_at: DateTime<Utc>,
    #[serde(default)]
    pub changes: Vec<RecordChange>,
}

/// Summary row of a lookup.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordSummary {
    pub id: Uuid,
    pub number: Option<String>,
    pub day: NaiveDate,
    pub kana: String,
    pub procedures: Vec<String>,
    pub status: RecordStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calling {
    pub number: String,
    pub counter: Option<String>,
    pub state: crate::queue::VisitState,
    pub called_at: Option<DateTime<Utc>>,
    pub recalls: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BoardService {
    pub prefix: String,
    pub name_key: String,
    pub waiting: u32,
    /// Minutes a resident taking a ticket now can expect to wait.
    pub estimated_wait_minutes: u32,
    pub open_counters: u32,
    pub calling: Vec<Calling>,
}

/// What the board and the phone page show. No personal data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Board {
    pub office: String,
    pub day: NaiveDate,
    pub at: DateTime<Utc>,
    pub services: Vec<BoardService>,
    /// Most recent calls first, across services.
    pub recent_calls: Vec<Calling>,
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

/// A staff call as the clerk console lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffCall {
    pub id: i64,
    /// The calling kiosk's device name.
    pub kiosk: String,
    pub lang: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<DateTime<Utc>>,
    /// The answering clerk (`clerk:ID@station`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_by: Option<String>,
}

/// Visits of one service on a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceCount {
    pub service: String,
    pub name_key: String,
    pub visits: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageCount {
    pub lang: String,
    pub count: u32,
}

/// `GET /api/v1/stats/daily`: a day's numbers (no personal data).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DailyStats {
    pub day: NaiveDate,
    /// Residents (a transferred visit counts once, in the queue it ended in).
    pub total_visits: u32,
    pub visits: Vec<ServiceCount>,
    /// Visits called at least once: the samples of the waits.
    pub called: u32,
    /// Minutes from ticket to first call, one decimal.
    pub wait_average_minutes: Option<f64>,
    /// 90th percentile (nearest rank) of the same.
    pub wait_p90_minutes: Option<f64>,
    /// Visits whose number came with an application from a QR pre-application.
    pub qr_visits: u32,
    /// `qr_visits / total_visits` (0 to 1); none without visits.
    pub qr_share: Option<f64>,
    /// Languages of the day's applications, most used first.
    pub languages: Vec<LanguageCount>,
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
