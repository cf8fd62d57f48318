//! The hub's tables and the operations on them.
//!
//! Every function takes a `&Connection` that is already inside a
//! transaction (the hub's database thread wraps each request in a savepoint
//! of a group-committed transaction), so an action, its history row and its
//! audit entry commit together or not at all.
//!
//! - [`schema`]: the file and its migrations (`migrations/*.sql`).
//! - [`services`]: services and the counters that serve them, from the configuration.
//! - [`devices`]: enrollment codes, device tokens, revocation.
//! - [`clerks`]: clerk accounts, PIN lockout, sessions.
//! - [`numbers`]: the day's queue numbers and the blocks lent to kiosks.
//! - [`visits`]: tickets, the queue, clerk actions, transfers, history.
//! - [`board`]: what the waiting-room board shows.
//! - [`public_tickets`]: the ids of tickets on residents' phones outside the office.
//! - [`records`]: applications: storing, lookup, corrections, confirmation, retention.
//! - [`stats`]: the day's export and statistics.
//! - [`staff_calls`]: residents' calls for a person.
//!
//! What the hub accepts is decided by [`crate::model::rules`]; these
//! modules apply it and store the outcome.

mod board;
mod clerks;
mod devices;
mod numbers;
mod public_tickets;
mod records;
mod schema;
mod services;
mod staff_calls;
mod stats;
mod visits;

use chrono::NaiveDate;

use super::StoreError;
use crate::i18n::Message;

pub use board::board;
pub use clerks::{
    LOCKOUT_MINUTES, MAX_FAILED_LOGINS, MAX_STATION_FAILED_LOGINS, PinAttempt, Session, add_clerk,
    begin_pin_attempt, create_session, disable_clerk, end_session, pin_right, session,
};
pub use devices::{
    CODE_LEN, CODE_VALID_HOURS, Device, DeviceInfo, ENROLL_WINDOW_MINUTES, MAX_ENROLL_FAILURES,
    create_enrollment, device_by_token, devices, enroll, normalize_code, revoke_device,
};
pub use numbers::{LeaseLimits, grant_lease, numbers_left, outstanding};
pub use public_tickets::{
    PublicTicket, create_public_ticket, public_tickets, purge_public_tickets,
};
pub use records::{
    KANA_FIELD, close_record, edit_record, normalize_kana, purge_records, record, record_count,
    records_by_kana, records_by_number, store_record,
};
pub use schema::{FILE, MIGRATIONS, open};
pub use services::{counter_services, sync_services};
pub use staff_calls::{
    answer_staff_call, create_staff_call, open_staff_calls, purge_staff_calls, staff_call,
};
pub use stats::{clerk_id_of, confirmed_records, daily_stats, percentile};
pub use visits::{
    ServiceStats, act, active_at_counter, call_next, close_days_before, issue_ticket, position,
    register_offline_ticket, service_stats, transfer, visit, visit_detail, visit_history,
    waiting_list,
};

fn day_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

fn parse_day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
}

fn not_found(what: &str, id: impl ToString) -> StoreError {
    StoreError::NotFound(
        Message::new("hub-error-not-found")
            .arg("what", what)
            .arg("id", id.to_string()),
    )
}

/// Fixtures the modules' tests share: a migrated in-memory store with the
/// sample services, a fixed instant, an enrolled kiosk.
#[cfg(test)]
mod tests {
    use chrono::{DateTime, TimeZone, Utc};
    use rusqlite::Connection;

    use super::*;
    use crate::config::hub::HubConfig;
    use crate::model::Role;

    pub(super) fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::migrate(&mut conn, MIGRATIONS).unwrap();
        sync_services(&conn, &HubConfig::sample()).unwrap();
        conn
    }

    pub(super) fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 4, 1, 1, 0, 0).unwrap()
    }

    pub(super) fn kiosk(conn: &Connection) -> Device {
        let code = create_enrollment(conn, "kiosk-1", Role::Kiosk, now(), "cli").unwrap();
        enroll(conn, &code, now()).unwrap().0
    }
}
