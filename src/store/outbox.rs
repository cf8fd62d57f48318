//! The kiosk's outbox: what waits to reach the hub, and the numbers leased
//! for offline use.
//!
//! A record goes in with the resident's data (`body`, the JSON of
//! [`RecordIn`]) in the same transaction that gives the resident their
//! ticket. When the hub acknowledges it (stored or duplicate) the body is
//! set to NULL: only the UUID and timestamps stay, so the kiosk keeps no
//! personal data it no longer needs. The old body is overwritten on disk
//! (`secure_delete`, see [`super`]), and the sync empties the write-ahead
//! log after each acknowledgement ([`super::truncate_wal`]). A record the hub refuses for good is
//! cleared the same way, keeping only the reason for facilities staff.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::{Result, StoreError, parse_ts, ts};
use crate::i18n::Message;
use crate::model::{ItemResult, LeaseGrant, OfflineTicket, Outcome, RecordIn};
use crate::queue::TicketNumber;

pub const FILE: &str = "outbox.sqlite";

pub const MIGRATIONS: &[&str] = &[
    "
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    body TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'acked', 'refused')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    acked_at TEXT
);
CREATE INDEX outbox_pending ON outbox(state, created_at);
CREATE TABLE offline_tickets (
    day TEXT NOT NULL,
    number TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    synced INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, number)
);
CREATE TABLE leases (
    day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    next INTEGER NOT NULL,
    PRIMARY KEY (day, prefix, first)
);
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
",
    "
-- Bodies cleared before secure_delete was on may still sit in free space:
-- one VACUUM rewrites the file without them (see crate::store).
CREATE TABLE pending_tasks (task TEXT PRIMARY KEY);
INSERT INTO pending_tasks (task) VALUES ('vacuum');
",
];

pub fn open(data_dir: &Path) -> Result<Connection> {
    std::fs::create_dir_all(data_dir).map_err(|e| {
        StoreError::Invalid(Message::new("hub-error-data-dir").arg("reason", e.to_string()))
    })?;
    super::open(&data_dir.join(FILE), MIGRATIONS)
}

fn day_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// Puts a record in the outbox (again: no effect).
pub fn enqueue(conn: &Connection, record: &RecordIn) -> Result<()> {
    let body = serde_json::to_string(record).map_err(|e| {
        StoreError::Invalid(Message::new("hub-error-database").arg("reason", e.to_string()))
    })?;
    conn.execute(
        "INSERT OR IGNORE INTO outbox (id, created_at, body, state) VALUES (?1, ?2, ?3, 'pending')",
        params![record.id.to_string(), ts(record.created_at), body],
    )?;
    Ok(())
}

/// Oldest pending records first.
pub fn pending(conn: &Connection, limit: usize) -> Result<Vec<RecordIn>> {
    let mut stmt = conn.prepare_cached(
        "SELECT body FROM outbox WHERE state = 'pending' AND body IS NOT NULL ORDER BY created_at LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit as i64], |r| r.get::<_, String>(0))?;
    let mut out = Vec::new();
    for body in rows {
        // A body this program wrote always parses; skip rather than block the queue.
        if let Ok(record) = serde_json::from_str(&body?) {
            out.push(record);
        }
    }
    Ok(out)
}

pub fn pending_tickets(conn: &Connection, limit: usize) -> Result<Vec<OfflineTicket>> {
    let mut stmt = conn.prepare_cached(
        "SELECT number, day, issued_at FROM offline_tickets WHERE synced = 0 ORDER BY issued_at LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit as i64], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (number, day, issued) = row?;
        if let (Ok(day), Some(issued_at)) = (
            NaiveDate::parse_from_str(&day, "%Y-%m-%d"),
            parse_ts(&issued),
        ) {
            out.push(OfflineTicket {
                number,
                day,
                issued_at,
            });
        }
    }
    Ok(out)
}

/// Applies the hub's answer: acknowledged and refused items lose their data.
pub fn apply_results(
    conn: &Connection,
    records: &[ItemResult],
    tickets: &[(NaiveDate, ItemResult)],
    now: DateTime<Utc>,
) -> Result<()> {
    for item in records {
        match item.outcome {
            Outcome::Stored | Outcome::Duplicate => conn.execute(
                "UPDATE outbox SET body = NULL, state = 'acked', acked_at = ?2, last_error = NULL WHERE id = ?1",
                params![item.id, ts(now)],
            )?,
            Outcome::Refused => conn.execute(
                "UPDATE outbox SET body = NULL, state = 'refused', acked_at = ?2, last_error = ?3 WHERE id = ?1",
                params![item.id, ts(now), item.error.as_ref().map(|m| serde_json::to_string(m).unwrap_or_default())],
            )?,
        };
    }
    for (day, item) in tickets {
        // A refused ticket will never be accepted; stop sending it.
        conn.execute(
            "UPDATE offline_tickets SET synced = 1 WHERE day = ?1 AND number = ?2",
            params![day_text(*day), item.id],
        )?;
    }
    set_state(conn, "last_sync", &ts(now))?;
    Ok(())
}

/// Notes a failed attempt on the records that were sent.
pub fn note_failure(conn: &Connection, ids: &[String], error: &str) -> Result<()> {
    for id in ids {
        conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2 WHERE id = ?1 AND state = 'pending'",
            params![id, error],
        )?;
    }
    Ok(())
}

fn set_state(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        params![key, value],
    )?;
    Ok(())
}

/// Saves where the hub is and this kiosk's device token (after enrollment).
pub fn save_credentials(conn: &Connection, hub_url: &str, token: &str) -> Result<()> {
    set_state(conn, "hub_url", hub_url)?;
    set_state(conn, "token", token)
}

/// The saved hub address and token, if this kiosk is enrolled.
pub fn credentials(conn: &Connection) -> Result<Option<(String, String)>> {
    let get = |key: &str| {
        conn.query_row("SELECT value FROM sync_state WHERE key = ?1", [key], |r| {
            r.get::<_, String>(0)
        })
        .optional()
    };
    Ok(match (get("hub_url")?, get("token")?) {
        (Some(url), Some(token)) => Some((url, token)),
        _ => None,
    })
}

/// Counts for the kiosk's status line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Counts {
    pub pending: u64,
    pub pending_tickets: u64,
    pub refused: u64,
    pub last_sync: Option<DateTime<Utc>>,
}

pub fn counts(conn: &Connection) -> Result<Counts> {
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, u64>(0));
    let last_sync: Option<String> = conn
        .query_row(
            "SELECT value FROM sync_state WHERE key = 'last_sync'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(Counts {
        pending: count("SELECT count(*) FROM outbox WHERE state = 'pending'")?,
        pending_tickets: count("SELECT count(*) FROM offline_tickets WHERE synced = 0")?,
        refused: count("SELECT count(*) FROM outbox WHERE state = 'refused'")?,
        last_sync: last_sync.as_deref().and_then(parse_ts),
    })
}

/// Whether the outbox still holds the personal data of a record.
pub fn holds_data(conn: &Connection, id: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE id = ?1 AND body IS NOT NULL)",
        [id],
        |r| r.get(0),
    )?)
}

pub fn add_lease(conn: &Connection, lease: &LeaseGrant) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO leases (day, prefix, first, last, next) VALUES (?1, ?2, ?3, ?4, ?3)",
        params![day_text(lease.day), lease.service, lease.first, lease.last],
    )?;
    Ok(())
}

/// Unused leased numbers of a day and service.
pub fn lease_remaining(conn: &Connection, day: NaiveDate, prefix: &str) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT coalesce(sum(last - next + 1), 0) FROM leases WHERE day = ?1 AND prefix = ?2 AND next <= last",
        params![day_text(day), prefix],
        |r| r.get(0),
    )?)
}

/// Takes the next leased number of the day, recording it for sync.
pub fn take_leased_number(
    conn: &Connection,
    day: NaiveDate,
    prefix: &str,
    now: DateTime<Utc>,
) -> Result<Option<TicketNumber>> {
    let lease: Option<(u32, u32)> = conn
        .query_row(
            "SELECT first, next FROM leases WHERE day = ?1 AND prefix = ?2 AND next <= last ORDER BY first DESC LIMIT 1",
            params![day_text(day), prefix],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((first, seq)) = lease else {
        return Ok(None);
    };
    conn.execute(
        "UPDATE leases SET next = next + 1 WHERE day = ?1 AND prefix = ?2 AND first = ?3",
        params![day_text(day), prefix, first],
    )?;
    let number = TicketNumber::new(prefix, seq);
    conn.execute(
        "INSERT INTO offline_tickets (day, number, issued_at) VALUES (?1, ?2, ?3)",
        params![day_text(day), number.to_string(), ts(now)],
    )?;
    Ok(Some(number))
}

/// Forgets leases of past days (their numbers are void after midnight).
pub fn drop_old_leases(conn: &Connection, today: NaiveDate) -> Result<()> {
    conn.execute("DELETE FROM leases WHERE day < ?1", [day_text(today)])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FieldValue, Preapp, Source};
    use std::collections::BTreeMap;

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrate(&mut conn, MIGRATIONS).unwrap();
        conn
    }

    #[test]
    fn acknowledged_records_lose_their_data() {
        let conn = db();
        let mut fields = BTreeMap::new();
        fields.insert(
            "applicant.reading".into(),
            FieldValue {
                value: "ヤマダ".into(),
                source: Source::Qr,
            },
        );
        let rec = RecordIn {
            id: uuid::Uuid::new_v4(),
            created_at: Utc::now(),
            procedures: vec!["p".into()],
            lang: "ja".into(),
            fields,
            number: None,
            preapp: Preapp::None,
        };
        enqueue(&conn, &rec).unwrap();
        enqueue(&conn, &rec).unwrap();
        assert_eq!(pending(&conn, 10).unwrap(), vec![rec.clone()]);
        let ack = ItemResult {
            id: rec.id.to_string(),
            outcome: Outcome::Duplicate,
            error: None,
        };
        apply_results(&conn, &[ack], &[], Utc::now()).unwrap();
        assert!(pending(&conn, 10).unwrap().is_empty());
        assert!(!holds_data(&conn, &rec.id.to_string()).unwrap());
        let counts = counts(&conn).unwrap();
        assert_eq!(counts.pending, 0);
        assert!(counts.last_sync.is_some());
        assert_eq!(credentials(&conn).unwrap(), None);
        save_credentials(&conn, "http://hub:8750", "t0k3n").unwrap();
        assert_eq!(
            credentials(&conn).unwrap(),
            Some(("http://hub:8750".into(), "t0k3n".into()))
        );
    }

    #[test]
    fn leased_numbers_are_used_once() {
        let conn = db();
        let day = NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
        add_lease(
            &conn,
            &LeaseGrant {
                service: "A".into(),
                day,
                first: 998,
                last: 999,
            },
        )
        .unwrap();
        assert_eq!(lease_remaining(&conn, day, "A").unwrap(), 2);
        let a = take_leased_number(&conn, day, "A", Utc::now())
            .unwrap()
            .unwrap();
        let b = take_leased_number(&conn, day, "A", Utc::now())
            .unwrap()
            .unwrap();
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("A-998".into(), "A-999".into())
        );
        assert!(
            take_leased_number(&conn, day, "A", Utc::now())
                .unwrap()
                .is_none()
        );
        assert!(
            take_leased_number(&conn, day.succ_opt().unwrap(), "A", Utc::now())
                .unwrap()
                .is_none()
        );
        assert_eq!(pending_tickets(&conn, 10).unwrap().len(), 2);
    }
}
