//! A resident at a kiosk asking for a person.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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
