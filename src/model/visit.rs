//! A resident's visit: the ticket's way through the queue, with its history.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::Record;

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
