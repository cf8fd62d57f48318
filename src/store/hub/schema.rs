//! The hub store's file and its migrations.
//!
//! The scripts run in this order and are never edited once released: a
//! database's `user_version` counts how many of them ran (see
//! [`crate::store::migrate`]). A new schema change is a new file at the end.

use std::path::Path;

use rusqlite::Connection;

use super::super::{Result, StoreError, audit};
use crate::i18n::Message;

/// File name of the hub store in its data directory.
pub const FILE: &str = "hub.sqlite";

pub const MIGRATIONS: &[&str] = &[
    // 1: the audit log (its own module, with the code that keeps its chain).
    audit::MIGRATION,
    // 2: devices, clerks and sessions, services and counters, numbers and
    // leases, visits and their events, records and their changes.
    include_str!("migrations/0002_devices_clerks_queue_records.sql"),
    // 3: staff calls: a resident at a kiosk asked for a person.
    include_str!("migrations/0003_staff_calls.sql"),
    // 4: who confirmed a record, for the export (older confirmations from the audit log).
    include_str!("migrations/0004_records_confirmed_by.sql"),
    // 5: keyed audit digests (old ones blanked on opening) and one VACUUM.
    include_str!("migrations/0005_keyed_audit_digests.sql"),
    // 6: leases expire (they stop counting against a kiosk's limit).
    include_str!("migrations/0006_lease_expiry.sql"),
    // 7: PIN attempts per clerk station, and wrong enrollment codes (both rate-limited).
    include_str!("migrations/0007_login_attempts.sql"),
    // 8: public ticket ids for the resident's page outside the office (wait anywhere).
    include_str!("migrations/0008_public_tickets.sql"),
];

pub fn open(data_dir: &Path) -> Result<Connection> {
    std::fs::create_dir_all(data_dir).map_err(|e| {
        StoreError::Invalid(Message::new("hub-error-data-dir").arg("reason", e.to_string()))
    })?;
    let conn = super::super::open(&data_dir.join(FILE), MIGRATIONS)?;
    audit::blank_unkeyed_digests_if_asked(&conn, chrono::Utc::now())?;
    Ok(conn)
}
