//! What the waiting-room board and the phone page show: numbers and
//! counts, never personal data.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

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
    /// Numbers of the day neither issued nor lent to kiosks yet.
    #[serde(default)]
    pub numbers_left: u32,
    /// Whether that is under the office's threshold: clerks are told.
    #[serde(default)]
    pub numbers_low: bool,
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
