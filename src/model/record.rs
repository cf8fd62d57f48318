//! Applications: what a kiosk collects ([`RecordIn`]) and what the clerk
//! sees and confirms ([`Record`]), with every field's source and change.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

/// Where a field's value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// Read from the resident's pre-application QR.
    Qr,
    /// Tapped or chosen on the kiosk.
    Kiosk,
    /// Entered or corrected by a clerk.
    Clerk,
}

impl Source {
    /// Fluent key of a value filled by the kiosk from postal data.
    pub const POSTAL_MESSAGE_KEY: &'static str = "clerk-source-postal";
    /// Fluent key of a value the kiosk read from the resident's My Number card.
    pub const CARD_MESSAGE_KEY: &'static str = "clerk-source-card";

    /// Fluent key of the source as the console's badge and the paper form say it.
    pub fn message_key(self) -> &'static str {
        match self {
            Source::Qr => "clerk-source-qr",
            Source::Kiosk => "clerk-source-kiosk",
            Source::Clerk => "clerk-source-clerk",
        }
    }
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

/// A confirmed record as the day's export lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmedRecord {
    pub number: Option<String>,
    /// The queue the visit ended in (after transfers), else the number's prefix.
    pub service: Option<String>,
    pub procedures: Vec<String>,
    pub confirmed_at: DateTime<Utc>,
    /// The confirming clerk's id (from `clerk:ID@station`).
    pub clerk: String,
    pub fields: BTreeMap<String, FieldValue>,
}
