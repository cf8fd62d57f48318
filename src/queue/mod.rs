//! Queue numbers and the visit state machine: the pure rules, no SQLite.
//!
//! # Numbers
//! A ticket number is a service prefix and a number of the local day, shown
//! as `A-012`. The number space of a service in a day is `1..=999`
//! ([`MAX_NUMBER`]). The hub issues numbers from the bottom up; blocks lent
//! to kiosks for offline use ([leases](Lease)) are cut from the top down
//! (`A-950..A-999`, then `A-900..A-949`, …). A new lease must lie entirely
//! above every number the hub has issued, and the hub skips any leased block
//! it reaches, so the two never overlap and a number is issued at most once
//! per office per day, whoever issues it (the store adds a unique index as
//! the last line of defence).
//!
//! The day is the *local* date in the office's time zone (Asia/Tokyo by
//! default): numbering restarts at local midnight whatever the server's
//! clock zone. The clock is injectable ([`Clock`]) so tests can move it.
//!
//! # Visits
//! A visit is one resident's passage through one service queue:
//! `waiting → called → serving → done | no_show | transferred`. A called
//! visit may be recalled (called again, the count is kept) and a no-show may
//! be recalled when the resident turns up late. A transfer closes the visit
//! as `transferred` and opens a new visit in the other service with the same
//! ticket number, linked to the first, so the history stays whole and the
//! resident keeps the place their ticket time gives them.

pub mod wait;

use std::fmt;
use std::ops::RangeInclusive;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::i18n::Message;

/// Highest queue number of a service in a day (numbers are shown with three digits).
pub const MAX_NUMBER: u32 = 999;

/// Source of the current time, injectable for tests of the day change.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<Mutex<DateTime<Utc>>>);

impl ManualClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        ManualClock(Arc::new(Mutex::new(at)))
    }
    pub fn set(&self, at: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = at;
    }
    pub fn advance(&self, by: chrono::Duration) {
        let mut now = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *now += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The office's local date of an instant.
pub fn local_day(at: DateTime<Utc>, tz: chrono_tz::Tz) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}

/// A ticket number as printed: prefix and number of the day.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TicketNumber {
    pub prefix: String,
    pub seq: u32,
}

impl TicketNumber {
    pub fn new(prefix: impl Into<String>, seq: u32) -> Self {
        TicketNumber {
            prefix: prefix.into(),
            seq,
        }
    }

    /// Parses `A-012` (also `A012`, `a-12`).
    pub fn parse(text: &str) -> Option<TicketNumber> {
        let text = text.trim();
        let mut chars = text.chars();
        let prefix = chars.next()?.to_ascii_uppercase();
        if !prefix.is_ascii_uppercase() {
            return None;
        }
        let rest = chars.as_str();
        let digits = rest.strip_prefix('-').unwrap_or(rest);
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let seq: u32 = digits.parse().ok()?;
        (1..=MAX_NUMBER)
            .contains(&seq)
            .then(|| TicketNumber::new(prefix.to_string(), seq))
    }
}

impl fmt::Display for TicketNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:03}", self.prefix, self.seq)
    }
}

/// A block of numbers of one service and day lent to a kiosk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lease {
    pub service: String,
    pub day: NaiveDate,
    pub first: u32,
    pub last: u32,
}

impl Lease {
    pub fn range(&self) -> RangeInclusive<u32> {
        self.first..=self.last
    }
    pub fn contains(&self, seq: u32) -> bool {
        self.range().contains(&seq)
    }
}

/// Why a number or lease cannot be given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    #[error("numbers of the day exhausted")]
    Exhausted,
    #[error("no room for a lease")]
    NoRoomForLease,
}

impl NumberError {
    pub fn message(&self) -> Message {
        match self {
            NumberError::Exhausted => Message::new("hub-error-numbers-exhausted"),
            NumberError::NoRoomForLease => Message::new("hub-error-no-room-for-lease"),
        }
    }
}

/// The hub's next number after `last_issued` (0 when none), skipping leased blocks.
pub fn next_hub_number(
    last_issued: u32,
    leased: &[RangeInclusive<u32>],
) -> Result<u32, NumberError> {
    let mut candidate = last_issued + 1;
    // Blocks can be adjacent, so keep jumping until we land outside all of them.
    while let Some(block) = leased.iter().find(|r| r.contains(&candidate)) {
        candidate = block.end() + 1;
    }
    if candidate > MAX_NUMBER {
        Err(NumberError::Exhausted)
    } else {
        Ok(candidate)
    }
}

/// The next block of `size` numbers to lend: just below the lowest existing
/// lease (or at the top), entirely above every hub-issued number.
pub fn next_lease_block(
    last_issued: u32,
    leased: &[RangeInclusive<u32>],
    size: u32,
) -> Result<RangeInclusive<u32>, NumberError> {
    let top = leased
        .iter()
        .map(|r| *r.start())
        .min()
        .map_or(MAX_NUMBER, |s| s.saturating_sub(1));
    if size == 0 || top < size {
        return Err(NumberError::NoRoomForLease);
    }
    let first = top + 1 - size;
    // Keep some room for the hub's own numbers: a lease never starts at or below them.
    if first <= last_issued {
        return Err(NumberError::NoRoomForLease);
    }
    Ok(first..=top)
}

/// The state of a visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VisitState {
    Waiting,
    Called,
    Serving,
    Done,
    NoShow,
    Transferred,
}

impl VisitState {
    pub fn as_str(self) -> &'static str {
        match self {
            VisitState::Waiting => "waiting",
            VisitState::Called => "called",
            VisitState::Serving => "serving",
            VisitState::Done => "done",
            VisitState::NoShow => "no_show",
            VisitState::Transferred => "transferred",
        }
    }

    pub fn parse(text: &str) -> Option<VisitState> {
        Some(match text {
            "waiting" => VisitState::Waiting,
            "called" => VisitState::Called,
            "serving" => VisitState::Serving,
            "done" => VisitState::Done,
            "no_show" => VisitState::NoShow,
            "transferred" => VisitState::Transferred,
            _ => return None,
        })
    }

    /// Finished visits leave the queue.
    pub fn is_final(self) -> bool {
        matches!(self, VisitState::Done | VisitState::Transferred)
    }

    /// Visits a counter is occupied with.
    pub fn is_active(self) -> bool {
        matches!(self, VisitState::Called | VisitState::Serving)
    }
}

/// What a clerk (or the day's end) does to a visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VisitAction {
    Call,
    Recall,
    Start,
    Finish,
    NoShow,
    Transfer,
    /// Closing of yesterday's open visits at the day change.
    CloseDay,
}

impl VisitAction {
    pub fn as_str(self) -> &'static str {
        match self {
            VisitAction::Call => "call",
            VisitAction::Recall => "recall",
            VisitAction::Start => "start",
            VisitAction::Finish => "finish",
            VisitAction::NoShow => "no_show",
            VisitAction::Transfer => "transfer",
            VisitAction::CloseDay => "close_day",
        }
    }
}

/// A transition the state machine refuses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot {action:?} a visit that is {from:?}")]
pub struct TransitionError {
    pub from: VisitState,
    pub action: VisitAction,
}

impl TransitionError {
    pub fn message(&self) -> Message {
        Message::new("hub-error-bad-transition")
            .arg("state", self.from.as_str())
            .arg("action", self.action.as_str())
    }
}

/// The state after `action`, or why it is not allowed.
pub fn transition(from: VisitState, action: VisitAction) -> Result<VisitState, TransitionError> {
    use VisitAction as A;
    use VisitState as S;
    let to = match (from, action) {
        (S::Waiting, A::Call) => S::Called,
        (S::Called | S::NoShow, A::Recall) => S::Called,
        (S::Called, A::Start) => S::Serving,
        (S::Called | S::Serving, A::Finish) => S::Done,
        (S::Called, A::NoShow) => S::NoShow,
        (S::Waiting | S::Called | S::Serving, A::Transfer) => S::Transferred,
        (S::Waiting | S::Called | S::NoShow, A::CloseDay) => S::NoShow,
        (S::Serving, A::CloseDay) => S::Done,
        _ => return Err(TransitionError { from, action }),
    };
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn numbers_print_and_parse() {
        assert_eq!(TicketNumber::new("A", 12).to_string(), "A-012");
        assert_eq!(
            TicketNumber::parse("a-12"),
            Some(TicketNumber::new("A", 12))
        );
        assert_eq!(
            TicketNumber::parse("B999"),
            Some(TicketNumber::new("B", 999))
        );
        for bad in ["", "A", "A-0", "A-1000", "1-12", "A-1x", "AB-1"] {
            assert_eq!(TicketNumber::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn day_changes_at_tokyo_midnight() {
        let tz = chrono_tz::Asia::Tokyo;
        // 14:59:59 UTC is 23:59:59 JST.
        let before = Utc.with_ymd_and_hms(2025, 4, 1, 14, 59, 59).unwrap();
        let after = before + chrono::Duration::seconds(1);
        assert_eq!(local_day(before, tz).to_string(), "2025-04-01");
        assert_eq!(local_day(after, tz).to_string(), "2025-04-02");
    }

    #[test]
    fn hub_numbers_skip_leased_blocks() {
        assert_eq!(next_hub_number(0, &[]), Ok(1));
        assert_eq!(next_hub_number(9, &[10..=19, 20..=29]), Ok(30));
        assert_eq!(next_hub_number(998, &[]), Ok(999));
        assert_eq!(next_hub_number(999, &[]), Err(NumberError::Exhausted));
        assert_eq!(
            next_hub_number(949, &[950..=999]),
            Err(NumberError::Exhausted)
        );
    }

    #[test]
    fn leases_come_from_the_top_and_stay_above_hub_numbers() {
        assert_eq!(next_lease_block(0, &[], 50), Ok(950..=999));
        assert_eq!(next_lease_block(0, &[950..=999], 50), Ok(900..=949));
        assert_eq!(
            next_lease_block(899, &[900..=999], 50),
            Err(NumberError::NoRoomForLease)
        );
        assert_eq!(
            next_lease_block(10, &[1..=60], 50),
            Err(NumberError::NoRoomForLease)
        );
    }

    proptest::proptest! {
        /// Any interleaving of hub issues and lease grants never gives a number twice.
        #[test]
        fn hub_and_leases_never_overlap(ops in proptest::collection::vec((proptest::bool::ANY, 1u32..80), 1..200)) {
            let mut last = 0;
            let mut leases: Vec<RangeInclusive<u32>> = Vec::new();
            let mut given = std::collections::HashSet::new();
            for (is_lease, size) in ops {
                if is_lease {
                    if let Ok(block) = next_lease_block(last, &leases, size) {
                        for n in block.clone() { proptest::prop_assert!(given.insert(n)); }
                        leases.push(block);
                    }
                } else if let Ok(n) = next_hub_number(last, &leases) {
                    proptest::prop_assert!(given.insert(n));
                    last = n;
                }
            }
        }
    }

    #[test]
    fn state_machine() {
        use VisitAction as A;
        use VisitState as S;
        assert_eq!(transition(S::Waiting, A::Call), Ok(S::Called));
        assert_eq!(transition(S::Called, A::Recall), Ok(S::Called));
        assert_eq!(transition(S::NoShow, A::Recall), Ok(S::Called));
        assert_eq!(transition(S::Called, A::Start), Ok(S::Serving));
        assert_eq!(transition(S::Serving, A::Finish), Ok(S::Done));
        assert_eq!(transition(S::Serving, A::Transfer), Ok(S::Transferred));
        assert!(transition(S::Done, A::Call).is_err());
        assert!(transition(S::Waiting, A::Start).is_err());
        assert!(transition(S::Serving, A::NoShow).is_err());
        assert!(transition(S::Transferred, A::Recall).is_err());
        for s in [
            S::Waiting,
            S::Called,
            S::Serving,
            S::Done,
            S::NoShow,
            S::Transferred,
        ] {
            assert_eq!(VisitState::parse(s.as_str()), Some(s));
        }
    }
}
