//! The hub's tables and the operations on them.
//!
//! Every function takes a `&Connection` that is already inside a
//! transaction (the hub's database thread wraps each request in a savepoint
//! of a group-committed transaction), so an action, its history row and its
//! audit entry commit together or not at all.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};
use serde_json::{Value, json};
use uuid::Uuid;

use super::{Result, StoreError, audit, parse_ts, random_token, token_hash, ts};
use crate::config::hub::HubConfig;
use crate::domain::validate::to_katakana;
use crate::i18n::Message;
use crate::model::{
    Board, BoardService, Calling, DailyStats, FieldValue, ItemResult, LanguageCount, OfflineTicket,
    Outcome, Preapp, Record, RecordChange, RecordIn, RecordStatus, RecordSummary, Role,
    ServiceCount, Source, StaffCall, Visit, VisitDetail, VisitEvent,
};
use crate::queue::{self, Lease, TicketNumber, VisitAction, VisitState, wait};

/// File name of the hub store in its data directory.
pub const FILE: &str = "hub.sqlite";

pub const MIGRATIONS: &[&str] = &[
    audit::MIGRATION,
    "
CREATE TABLE devices (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('kiosk', 'board', 'clerk-station')),
    token_hash TEXT UNIQUE,
    code_hash TEXT UNIQUE,
    code_expires_at TEXT,
    created_at TEXT NOT NULL,
    enrolled_at TEXT,
    revoked_at TEXT
);
CREATE TABLE clerks (
    id TEXT PRIMARY KEY,
    pin_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
);
CREATE TABLE clerk_sessions (
    token_hash TEXT PRIMARY KEY,
    clerk_id TEXT NOT NULL REFERENCES clerks(id),
    device_id INTEGER NOT NULL REFERENCES devices(id),
    counter TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE TABLE services (
    prefix TEXT PRIMARY KEY,
    name_key TEXT NOT NULL,
    default_minutes INTEGER NOT NULL,
    position INTEGER NOT NULL,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE counters (
    id TEXT NOT NULL,
    service TEXT NOT NULL REFERENCES services(prefix),
    PRIMARY KEY (id, service)
);
CREATE TABLE number_seq (
    day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (day, prefix)
);
CREATE TABLE number_leases (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id),
    day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    first INTEGER NOT NULL,
    last INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX number_leases_day ON number_leases(day, prefix);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    prefix TEXT NOT NULL,
    seq INTEGER NOT NULL,
    service TEXT NOT NULL,
    state TEXT NOT NULL,
    origin TEXT NOT NULL,
    device_id INTEGER,
    counter TEXT,
    issued_at TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    called_at TEXT,
    started_at TEXT,
    finished_at TEXT,
    recalls INTEGER NOT NULL DEFAULT 0,
    transferred_from INTEGER REFERENCES visits(id)
);
CREATE UNIQUE INDEX visits_number ON visits(day, prefix, seq) WHERE transferred_from IS NULL;
CREATE INDEX visits_queue ON visits(day, service, state, queued_at);
CREATE INDEX visits_counter ON visits(day, counter, state);
CREATE INDEX visits_open ON visits(day) WHERE state IN ('waiting', 'called', 'serving');
CREATE TABLE visit_events (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    counter TEXT,
    actor TEXT NOT NULL
);
CREATE INDEX visit_events_visit ON visit_events(visit_id);
CREATE TABLE records (
    id TEXT PRIMARY KEY,
    device_id INTEGER,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    day TEXT NOT NULL,
    number TEXT,
    lang TEXT NOT NULL,
    procedures TEXT NOT NULL,
    fields TEXT NOT NULL,
    kana TEXT NOT NULL DEFAULT '',
    preapp TEXT NOT NULL,
    status TEXT NOT NULL,
    reject_reason TEXT,
    updated_at TEXT NOT NULL,
    completed_at TEXT
);
CREATE INDEX records_number ON records(number, day);
CREATE INDEX records_kana ON records(kana);
CREATE INDEX records_completed ON records(completed_at) WHERE completed_at IS NOT NULL;
CREATE TABLE record_changes (
    id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    clerk TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT NOT NULL
);
CREATE INDEX record_changes_record ON record_changes(record_id);
",
    // Staff calls: a resident at a kiosk asked for a person.
    "
CREATE TABLE staff_calls (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices(id),
    kiosk TEXT NOT NULL,
    lang TEXT NOT NULL,
    note TEXT,
    day TEXT NOT NULL,
    created_at TEXT NOT NULL,
    answered_at TEXT,
    answered_by TEXT
);
CREATE INDEX staff_calls_open ON staff_calls(day) WHERE answered_at IS NULL;
CREATE INDEX staff_calls_created ON staff_calls(created_at);
",
    // Who confirmed a record, for the export (older confirmations from the audit log).
    "
ALTER TABLE records ADD COLUMN confirmed_by TEXT;
UPDATE records SET confirmed_by = (
    SELECT a.actor FROM audit_log a
    WHERE a.action = 'record.confirmed' AND a.subject = 'record:' || records.id
    ORDER BY a.seq DESC LIMIT 1
) WHERE status = 'confirmed';
CREATE INDEX records_day_status ON records(day, status);
",
];

/// Limits on what a kiosk may send in one record.
pub const MAX_PROCEDURES: usize = 32;
pub const MAX_FIELDS: usize = 300;
pub const MAX_FIELD_NAME: usize = 64;
pub const MAX_FIELD_VALUE_BYTES: usize = 4096;
/// Field whose value is indexed for the clerk's lookup by reading (kana):
/// the catalogue's shared applicant reading (ふりがな).
pub const KANA_FIELD: &str = "applicant.reading";

pub fn open(data_dir: &Path) -> Result<Connection> {
    std::fs::create_dir_all(data_dir).map_err(|e| {
        StoreError::Invalid(Message::new("hub-error-data-dir").arg("reason", e.to_string()))
    })?;
    super::open(&data_dir.join(FILE), MIGRATIONS)
}

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

// ---------------------------------------------------------------- services

/// Makes the services and counters tables match the configuration; removed
/// services stay (old visits refer to them) but are marked inactive.
pub fn sync_services(conn: &Connection, config: &HubConfig) -> Result<()> {
    conn.execute("UPDATE services SET active = 0", [])?;
    conn.execute("DELETE FROM counters", [])?;
    for (position, service) in config.services.iter().enumerate() {
        conn.execute(
            "INSERT INTO services (prefix, name_key, default_minutes, position, active) VALUES (?1, ?2, ?3, ?4, 1)
             ON CONFLICT (prefix) DO UPDATE SET name_key = ?2, default_minutes = ?3, position = ?4, active = 1",
            params![service.prefix, service.name_key, service.default_service_minutes, position as i64],
        )?;
        for counter in &service.counters {
            conn.execute(
                "INSERT OR IGNORE INTO counters (id, service) VALUES (?1, ?2)",
                params![counter, service.prefix],
            )?;
        }
    }
    Ok(())
}

#[derive(Debug, Clone)]
struct ServiceRow {
    prefix: String,
    name_key: String,
    default_minutes: u32,
}

fn active_services(conn: &Connection) -> Result<Vec<ServiceRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT prefix, name_key, default_minutes FROM services WHERE active = 1 ORDER BY position",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(ServiceRow {
            prefix: r.get(0)?,
            name_key: r.get(1)?,
            default_minutes: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn service_row(conn: &Connection, prefix: &str) -> Result<ServiceRow> {
    conn.prepare_cached(
        "SELECT prefix, name_key, default_minutes FROM services WHERE prefix = ?1 AND active = 1",
    )?
    .query_row([prefix], |r| {
        Ok(ServiceRow {
            prefix: r.get(0)?,
            name_key: r.get(1)?,
            default_minutes: r.get(2)?,
        })
    })
    .optional()?
    .ok_or_else(|| {
        StoreError::Invalid(Message::new("hub-error-unknown-service").arg("service", prefix))
    })
}

/// Services a counter serves according to the configuration.
pub fn counter_services(conn: &Connection, counter: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.service FROM counters c JOIN services s ON s.prefix = c.service
         WHERE c.id = ?1 AND s.active = 1 ORDER BY s.position",
    )?;
    let rows = stmt.query_map([counter], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

// ---------------------------------------------------------------- devices

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    pub id: i64,
    pub name: String,
    pub role: Role,
}

/// Enrollment codes: unambiguous letters and digits, typed by staff if the QR fails.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CODE_LEN: usize = 10;
pub const CODE_VALID_HOURS: i64 = 24;

fn new_code() -> String {
    let mut code = String::with_capacity(CODE_LEN);
    while code.len() < CODE_LEN {
        for b in *Uuid::new_v4().as_bytes() {
            // Rejection sampling keeps the letters uniform.
            let limit = 256 - 256 % CODE_ALPHABET.len();
            if (b as usize) < limit && code.len() < CODE_LEN {
                code.push(CODE_ALPHABET[b as usize % CODE_ALPHABET.len()] as char);
            }
        }
    }
    code
}

/// Normalises what staff typed: upper case, no spaces or dashes.
pub fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Registers a device to be enrolled and returns its one-time code.
pub fn create_enrollment(
    conn: &Connection,
    name: &str,
    role: Role,
    now: DateTime<Utc>,
    actor: &str,
) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 64 {
        return Err(StoreError::Invalid(Message::new("hub-error-device-name")));
    }
    let code = new_code();
    conn.execute(
        "INSERT INTO devices (name, role, code_hash, code_expires_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![name, role.as_str(), token_hash(&code), ts(now + Duration::hours(CODE_VALID_HOURS)), ts(now)],
    )?;
    let id = conn.last_insert_rowid();
    audit::append(
        conn,
        now,
        actor,
        "device.enrollment",
        &format!("device:{id}"),
        json!({"name": name, "role": role.as_str()}),
    )?;
    Ok(code)
}

/// Exchanges a one-time code for a token; the code is gone afterwards.
pub fn enroll(conn: &Connection, code: &str, now: DateTime<Utc>) -> Result<(Device, String)> {
    let code_hash = token_hash(&normalize_code(code));
    let found: Option<(i64, String, String, String)> = conn
        .query_row(
            "SELECT id, name, role, code_expires_at FROM devices WHERE code_hash = ?1 AND revoked_at IS NULL",
            [&code_hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((id, name, role, expires)) = found else {
        return Err(StoreError::NotFound(Message::new("hub-error-enroll-code")));
    };
    if parse_ts(&expires).is_none_or(|e| e < now) {
        return Err(StoreError::NotFound(Message::new("hub-error-enroll-code")));
    }
    let token = random_token();
    conn.execute(
        "UPDATE devices SET token_hash = ?1, code_hash = NULL, code_expires_at = NULL, enrolled_at = ?2 WHERE id = ?3",
        params![token_hash(&token), ts(now), id],
    )?;
    audit::append(
        conn,
        now,
        &format!("device:{id}"),
        "device.enrolled",
        &format!("device:{id}"),
        json!({}),
    )?;
    let role = Role::parse(&role).unwrap_or(Role::Board);
    Ok((Device { id, name, role }, token))
}

/// A device as facilities staff see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceInfo {
    pub id: i64,
    pub name: String,
    pub role: String,
    /// `pending` (code not used yet), `enrolled` or `revoked`.
    pub state: &'static str,
    pub created_at: String,
}

pub fn devices(conn: &Connection) -> Result<Vec<DeviceInfo>> {
    let mut stmt = conn.prepare(
        "SELECT id, name, role, created_at, token_hash IS NOT NULL, revoked_at IS NOT NULL FROM devices ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        let enrolled: bool = r.get(4)?;
        let revoked: bool = r.get(5)?;
        Ok(DeviceInfo {
            id: r.get(0)?,
            name: r.get(1)?,
            role: r.get(2)?,
            created_at: r.get(3)?,
            state: if revoked {
                "revoked"
            } else if enrolled {
                "enrolled"
            } else {
                "pending"
            },
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Revokes a device: its token (and its clerk sessions) stop working at once.
pub fn revoke_device(conn: &Connection, id: i64, now: DateTime<Utc>, actor: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE devices SET revoked_at = ?2, token_hash = NULL, code_hash = NULL WHERE id = ?1 AND revoked_at IS NULL",
        params![id, ts(now)],
    )?;
    if changed == 0 {
        return Err(not_found("device", id));
    }
    conn.execute("DELETE FROM clerk_sessions WHERE device_id = ?1", [id])?;
    audit::append(
        conn,
        now,
        actor,
        "device.revoke",
        &format!("device:{id}"),
        json!({}),
    )?;
    Ok(())
}

pub fn device_by_token(conn: &Connection, token: &str) -> Result<Option<Device>> {
    let row: Option<(i64, String, String)> = conn
        .prepare_cached(
            "SELECT id, name, role FROM devices WHERE token_hash = ?1 AND revoked_at IS NULL",
        )?
        .query_row([token_hash(token)], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .optional()?;
    Ok(row.and_then(|(id, name, role)| Role::parse(&role).map(|role| Device { id, name, role })))
}

// ---------------------------------------------------------------- clerks

pub const MAX_FAILED_LOGINS: i64 = 5;
pub const LOCKOUT_MINUTES: i64 = 5;

pub fn add_clerk(
    conn: &Connection,
    id: &str,
    pin_hash: &str,
    now: DateTime<Utc>,
    actor: &str,
) -> Result<()> {
    let id = id.trim();
    if id.is_empty()
        || id.len() > 32
        || !id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(StoreError::Invalid(Message::new("hub-error-clerk-id")));
    }
    conn.execute(
        "INSERT INTO clerks (id, pin_hash, created_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET pin_hash = ?2, failed_logins = 0, locked_until = NULL, disabled = 0",
        params![id, pin_hash, ts(now)],
    )?;
    audit::append(
        conn,
        now,
        actor,
        "clerk.set",
        &format!("clerk:{id}"),
        json!({}),
    )?;
    Ok(())
}

/// The PIN hash of an active clerk who is not locked out.
pub fn clerk_pin_hash(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<String> {
    let row: Option<(String, i64, Option<String>)> = conn
        .query_row(
            "SELECT pin_hash, disabled, locked_until FROM clerks WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    match row {
        None | Some((_, 1, _)) => Err(StoreError::NotFound(Message::new("hub-error-login"))),
        Some((_, _, Some(until))) if parse_ts(&until).is_some_and(|u| u > now) => {
            Err(StoreError::Conflict(
                Message::new("hub-error-login-locked").arg("minutes", LOCKOUT_MINUTES),
            ))
        }
        Some((hash, _, _)) => Ok(hash),
    }
}

/// Counts a failed PIN; locks the clerk out for a while after too many.
pub fn login_failed(conn: &Connection, id: &str, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE clerks SET failed_logins = failed_logins + 1 WHERE id = ?1",
        [id],
    )?;
    let failures: Option<i64> = conn
        .query_row(
            "SELECT failed_logins FROM clerks WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    if failures.is_some_and(|f| f >= MAX_FAILED_LOGINS) {
        conn.execute(
            "UPDATE clerks SET failed_logins = 0, locked_until = ?2 WHERE id = ?1",
            params![id, ts(now + Duration::minutes(LOCKOUT_MINUTES))],
        )?;
        audit::append(
            conn,
            now,
            "system",
            "clerk.locked",
            &format!("clerk:{id}"),
            json!({}),
        )?;
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub clerk: String,
    pub device: Device,
    pub counter: Option<String>,
}

impl Session {
    pub fn actor(&self) -> String {
        format!("clerk:{}@{}", self.clerk, self.device.name)
    }
}

pub fn create_session(
    conn: &Connection,
    clerk: &str,
    device: &Device,
    counter: Option<&str>,
    now: DateTime<Utc>,
    minutes: u32,
) -> Result<(String, DateTime<Utc>)> {
    if let Some(counter) = counter
        && counter_services(conn, counter)?.is_empty()
    {
        return Err(StoreError::Invalid(
            Message::new("hub-error-unknown-counter").arg("counter", counter),
        ));
    }
    let token = random_token();
    let expires = now + Duration::minutes(minutes as i64);
    conn.execute(
        "UPDATE clerks SET failed_logins = 0, locked_until = NULL WHERE id = ?1",
        [clerk],
    )?;
    conn.execute(
        "DELETE FROM clerk_sessions WHERE expires_at < ?1",
        [ts(now)],
    )?;
    conn.execute(
        "INSERT INTO clerk_sessions (token_hash, clerk_id, device_id, counter, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![token_hash(&token), clerk, device.id, counter, ts(now), ts(expires)],
    )?;
    audit::append(
        conn,
        now,
        &format!("clerk:{clerk}@{}", device.name),
        "clerk.login",
        &format!("clerk:{clerk}"),
        json!({"counter": counter}),
    )?;
    Ok((token, expires))
}

pub fn session(conn: &Connection, token: &str, now: DateTime<Utc>) -> Result<Option<Session>> {
    let row: Option<(String, Option<String>, String, i64, String, String)> = conn
        .prepare_cached(
            "SELECT s.clerk_id, s.counter, s.expires_at, d.id, d.name, d.role
             FROM clerk_sessions s JOIN devices d ON d.id = s.device_id
             JOIN clerks c ON c.id = s.clerk_id
             WHERE s.token_hash = ?1 AND d.revoked_at IS NULL AND c.disabled = 0",
        )?
        .query_row([token_hash(token)], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .optional()?;
    Ok(row.and_then(|(clerk, counter, expires, id, name, role)| {
        let live = parse_ts(&expires).is_some_and(|e| e > now);
        let role = Role::parse(&role)?;
        live.then_some(Session {
            clerk,
            device: Device { id, name, role },
            counter,
        })
    }))
}

pub fn end_session(conn: &Connection, token: &str, now: DateTime<Utc>, actor: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM clerk_sessions WHERE token_hash = ?1",
        [token_hash(token)],
    )?;
    audit::append(conn, now, actor, "clerk.logout", actor, json!({}))?;
    Ok(())
}

// ---------------------------------------------------------------- numbers and leases

fn leased_ranges(
    conn: &Connection,
    day: NaiveDate,
    prefix: &str,
) -> Result<Vec<std::ops::RangeInclusive<u32>>> {
    let mut stmt = conn
        .prepare_cached("SELECT first, last FROM number_leases WHERE day = ?1 AND prefix = ?2")?;
    let rows = stmt.query_map(params![day_text(day), prefix], |r| {
        Ok(r.get::<_, u32>(0)?..=r.get::<_, u32>(1)?)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn last_issued(conn: &Connection, day: NaiveDate, prefix: &str) -> Result<u32> {
    Ok(conn
        .prepare_cached("SELECT last FROM number_seq WHERE day = ?1 AND prefix = ?2")?
        .query_row(params![day_text(day), prefix], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

/// Takes the hub's next number of the day for a service.
fn take_number(conn: &Connection, day: NaiveDate, prefix: &str) -> Result<u32> {
    let last = last_issued(conn, day, prefix)?;
    let leased = leased_ranges(conn, day, prefix)?;
    let seq =
        queue::next_hub_number(last, &leased).map_err(|e| StoreError::Conflict(e.message()))?;
    conn.prepare_cached(
        "INSERT INTO number_seq (day, prefix, last) VALUES (?1, ?2, ?3)
         ON CONFLICT (day, prefix) DO UPDATE SET last = ?3",
    )?
    .execute(params![day_text(day), prefix, seq])?;
    Ok(seq)
}

/// Lends a block of numbers of `day` to a device.
pub fn grant_lease(
    conn: &Connection,
    device: &Device,
    service: &str,
    day: NaiveDate,
    size: u32,
    now: DateTime<Utc>,
) -> Result<Lease> {
    service_row(conn, service)?;
    let last = last_issued(conn, day, service)?;
    let leased = leased_ranges(conn, day, service)?;
    let block = queue::next_lease_block(last, &leased, size)
        .map_err(|e| StoreError::Conflict(e.message()))?;
    conn.execute(
        "INSERT INTO number_leases (device_id, day, prefix, first, last, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![device.id, day_text(day), service, block.start(), block.end(), ts(now)],
    )?;
    audit::append(
        conn,
        now,
        &format!("device:{}", device.id),
        "lease.grant",
        &format!("{service}:{day}"),
        json!({"first": block.start(), "last": block.end()}),
    )?;
    Ok(Lease {
        service: service.to_owned(),
        day,
        first: *block.start(),
        last: *block.end(),
    })
}

// ---------------------------------------------------------------- visits

const VISIT_COLUMNS: &str = "id, day, prefix, seq, service, state, origin, counter, issued_at, called_at, recalls, transferred_from, queued_at";

fn visit_from_row(r: &Row) -> rusqlite::Result<(Visit, String)> {
    let prefix: String = r.get(2)?;
    let seq: u32 = r.get(3)?;
    let state: String = r.get(5)?;
    let issued: String = r.get(8)?;
    let called: Option<String> = r.get(9)?;
    Ok((
        Visit {
            id: r.get(0)?,
            day: parse_day(&r.get::<_, String>(1)?),
            number: TicketNumber::new(prefix, seq).to_string(),
            service: r.get(4)?,
            state: VisitState::parse(&state).unwrap_or(VisitState::Waiting),
            origin: r.get(6)?,
            counter: r.get(7)?,
            issued_at: parse_ts(&issued).unwrap_or_default(),
            called_at: called.as_deref().and_then(parse_ts),
            recalls: r.get(10)?,
            transferred_from: r.get(11)?,
        },
        r.get(12)?,
    ))
}

pub fn visit(conn: &Connection, id: i64) -> Result<Visit> {
    conn.prepare_cached(&format!("SELECT {VISIT_COLUMNS} FROM visits WHERE id = ?1"))?
        .query_row([id], visit_from_row)
        .optional()?
        .map(|(v, _)| v)
        .ok_or_else(|| not_found("visit", id))
}

#[allow(clippy::too_many_arguments)]
fn event(
    conn: &Connection,
    visit: i64,
    at: DateTime<Utc>,
    event: &str,
    from: Option<VisitState>,
    to: VisitState,
    counter: Option<&str>,
    actor: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO visit_events (visit_id, at, event, from_state, to_state, counter, actor)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        visit,
        ts(at),
        event,
        from.map(|s| s.as_str()),
        to.as_str(),
        counter,
        actor
    ])?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn insert_visit(
    conn: &Connection,
    day: NaiveDate,
    number: &TicketNumber,
    service: &str,
    origin: &str,
    device: Option<i64>,
    issued_at: DateTime<Utc>,
    queued_at: DateTime<Utc>,
    transferred_from: Option<i64>,
    actor: &str,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO visits (day, prefix, seq, service, state, origin, device_id, issued_at, queued_at, transferred_from)
         VALUES (?1, ?2, ?3, ?4, 'waiting', ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        day_text(day),
        number.prefix,
        number.seq,
        service,
        origin,
        device,
        ts(issued_at),
        ts(queued_at),
        transferred_from
    ])?;
    let id = conn.last_insert_rowid();
    event(
        conn,
        id,
        issued_at.max(queued_at),
        origin,
        None,
        VisitState::Waiting,
        None,
        actor,
    )?;
    Ok(id)
}

/// Issues a hub number and opens its visit (`origin`: `hub` or `walk_in`).
pub fn issue_ticket(
    conn: &Connection,
    day: NaiveDate,
    service: &str,
    origin: &str,
    device: Option<i64>,
    now: DateTime<Utc>,
    actor: &str,
) -> Result<Visit> {
    service_row(conn, service)?;
    let seq = take_number(conn, day, service)?;
    let number = TicketNumber::new(service, seq);
    let id = insert_visit(
        conn, day, &number, service, origin, device, now, now, None, actor,
    )?;
    if origin == "walk_in" {
        audit::append(
            conn,
            now,
            actor,
            "visit.walk_in",
            &format!("visit:{id}"),
            json!({"number": number.to_string()}),
        )?;
    }
    visit(conn, id)
}

/// Registers a number a kiosk issued offline from its lease. Idempotent.
pub fn register_offline_ticket(
    conn: &Connection,
    device: &Device,
    ticket: &OfflineTicket,
) -> Result<Outcome> {
    let number = TicketNumber::parse(&ticket.number).ok_or_else(|| {
        StoreError::Invalid(Message::new("hub-error-bad-number").arg("number", &ticket.number))
    })?;
    let leased: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM number_leases WHERE device_id = ?1 AND day = ?2 AND prefix = ?3
             AND first <= ?4 AND last >= ?4)",
        )?
        .query_row(params![device.id, day_text(ticket.day), number.prefix, number.seq], |r| r.get(0))?;
    if !leased {
        return Err(StoreError::Invalid(
            Message::new("hub-error-not-leased").arg("number", &ticket.number),
        ));
    }
    let exists: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM visits WHERE day = ?1 AND prefix = ?2 AND seq = ?3 AND transferred_from IS NULL)",
        )?
        .query_row(params![day_text(ticket.day), number.prefix, number.seq], |r| r.get(0))?;
    if exists {
        return Ok(Outcome::Duplicate);
    }
    let actor = format!("device:{}", device.id);
    insert_visit(
        conn,
        ticket.day,
        &number,
        &number.prefix,
        "lease",
        Some(device.id),
        ticket.issued_at,
        ticket.issued_at,
        None,
        &actor,
    )?;
    Ok(Outcome::Stored)
}

/// Position in its queue (1 = next) of a waiting visit.
pub fn position(conn: &Connection, v: &Visit) -> Result<u32> {
    let queued: String =
        conn.query_row("SELECT queued_at FROM visits WHERE id = ?1", [v.id], |r| {
            r.get(0)
        })?;
    let ahead: u32 = conn
        .prepare_cached(
            "SELECT count(*) FROM visits WHERE day = ?1 AND service = ?2 AND state = 'waiting'
             AND (queued_at < ?3 OR (queued_at = ?3 AND id < ?4))",
        )?
        .query_row(params![day_text(v.day), v.service, queued, v.id], |r| {
            r.get(0)
        })?;
    Ok(ahead + 1)
}

/// What the wait estimate of a service is made from.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceStats {
    pub waiting: u32,
    pub per_resident_minutes: f64,
    pub open_counters: u32,
}

impl ServiceStats {
    pub fn wait_for(&self, ahead: u32) -> u32 {
        wait::estimate_minutes(
            ahead as usize,
            self.per_resident_minutes,
            self.open_counters as usize,
        )
    }
}

pub fn service_stats(
    conn: &Connection,
    day: NaiveDate,
    service: &str,
    now: DateTime<Utc>,
) -> Result<ServiceStats> {
    let row = service_row(conn, service)?;
    let day = day_text(day);
    let waiting: u32 = conn
        .prepare_cached(
            "SELECT count(*) FROM visits WHERE day = ?1 AND service = ?2 AND state = 'waiting'",
        )?
        .query_row(params![day, service], |r| r.get(0))?;
    let mut stmt = conn.prepare_cached(
        "SELECT (julianday(finished_at) - julianday(called_at)) * 1440.0 FROM visits
         WHERE day = ?1 AND service = ?2 AND state = 'done' AND called_at IS NOT NULL AND finished_at IS NOT NULL
         ORDER BY finished_at DESC LIMIT ?3",
    )?;
    let recent: Vec<f64> = stmt
        .query_map(params![day, service, wait::RECENT_SAMPLES as i64], |r| {
            r.get::<_, Option<f64>>(0)
        })?
        .filter_map(|r| r.ok().flatten())
        .collect();
    let since = ts(now - Duration::minutes(wait::OPEN_COUNTER_WINDOW_MINUTES));
    let open_counters: u32 = conn
        .prepare_cached(
            "SELECT count(DISTINCT counter) FROM visits WHERE day = ?1 AND service = ?2 AND called_at >= ?3
             AND counter IS NOT NULL",
        )?
        .query_row(params![day, service, since], |r| r.get(0))?;
    Ok(ServiceStats {
        waiting,
        per_resident_minutes: wait::minutes_per_resident(&recent, row.default_minutes as f64),
        open_counters,
    })
}

fn set_state(
    conn: &Connection,
    v: &Visit,
    action: VisitAction,
    counter: Option<&str>,
    now: DateTime<Utc>,
    actor: &str,
) -> Result<Visit> {
    let to = queue::transition(v.state, action).map_err(|e| StoreError::Conflict(e.message()))?;
    let now_text = ts(now);
    let counter = counter.map(str::to_owned).or_else(|| v.counter.clone());
    match action {
        VisitAction::Call | VisitAction::Recall => conn.execute(
            "UPDATE visits SET state = ?2, counter = ?3, called_at = ?4, recalls = recalls + ?5 WHERE id = ?1",
            params![v.id, to.as_str(), counter, now_text, (action == VisitAction::Recall) as i64],
        )?,
        VisitAction::Start => conn.execute(
            "UPDATE visits SET state = ?2, started_at = ?3 WHERE id = ?1",
            params![v.id, to.as_str(), now_text],
        )?,
        _ => conn.execute(
            "UPDATE visits SET state = ?2, finished_at = ?3 WHERE id = ?1",
            params![v.id, to.as_str(), now_text],
        )?,
    };
    event(
        conn,
        v.id,
        now,
        action.as_str(),
        Some(v.state),
        to,
        counter.as_deref(),
        actor,
    )?;
    // Every clerk action is audited; the day's closing is one summary entry.
    if action != VisitAction::CloseDay {
        audit::append(
            conn,
            now,
            actor,
            &format!("visit.{}", action.as_str()),
            &format!("visit:{}", v.id),
            json!({"number": v.number, "counter": counter}),
        )?;
    }
    visit(conn, v.id)
}

/// The counter's visit in progress (called or serving), if any.
pub fn active_at_counter(
    conn: &Connection,
    day: NaiveDate,
    counter: &str,
) -> Result<Option<Visit>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {VISIT_COLUMNS} FROM visits WHERE day = ?1 AND counter = ?2 AND state IN ('called', 'serving')
             ORDER BY called_at DESC LIMIT 1"
        ))?
        .query_row(params![day_text(day), counter], visit_from_row)
        .optional()?
        .map(|(v, _)| v))
}

/// Calls the longest-waiting visit among `services` to `counter`.
/// Returns `None` when nobody waits.
pub fn call_next(
    conn: &Connection,
    day: NaiveDate,
    counter: &str,
    services: &[String],
    now: DateTime<Utc>,
    actor: &str,
) -> Result<Option<Visit>> {
    if services.is_empty() {
        return Err(StoreError::Invalid(
            Message::new("hub-error-no-services-for-counter").arg("counter", counter),
        ));
    }
    for s in services {
        service_row(conn, s)?;
    }
    if let Some(busy) = active_at_counter(conn, day, counter)? {
        return Err(StoreError::Conflict(
            Message::new("hub-error-counter-busy").arg("number", busy.number),
        ));
    }
    let marks = vec!["?"; services.len()].join(", ");
    let sql = format!(
        "SELECT {VISIT_COLUMNS} FROM visits WHERE day = ? AND state = 'waiting' AND service IN ({marks})
         ORDER BY queued_at, id LIMIT 1"
    );
    let mut values: Vec<String> = vec![day_text(day)];
    values.extend(services.iter().cloned());
    let next = conn
        .prepare_cached(&sql)?
        .query_row(params_from_iter(values), visit_from_row)
        .optional()?;
    match next {
        None => Ok(None),
        Some((v, _)) => Ok(Some(set_state(
            conn,
            &v,
            VisitAction::Call,
            Some(counter),
            now,
            actor,
        )?)),
    }
}

/// Recall, start, finish, no-show on one visit.
pub fn act(
    conn: &Connection,
    id: i64,
    action: VisitAction,
    now: DateTime<Utc>,
    actor: &str,
    counter: Option<&str>,
) -> Result<Visit> {
    let v = visit(conn, id)?;
    set_state(conn, &v, action, counter, now, actor)
}

/// Moves a visit to another service's queue, keeping number and ticket time.
pub fn transfer(
    conn: &Connection,
    id: i64,
    to_service: &str,
    now: DateTime<Utc>,
    actor: &str,
) -> Result<Visit> {
    service_row(conn, to_service)?;
    let v = visit(conn, id)?;
    if v.service == to_service {
        return Err(StoreError::Invalid(Message::new("hub-error-same-service")));
    }
    let old = set_state(conn, &v, VisitAction::Transfer, None, now, actor)?;
    let number = TicketNumber::parse(&old.number).ok_or_else(|| not_found("visit", id))?;
    let original = old.transferred_from.unwrap_or(old.id);
    let new_id = insert_visit(
        conn,
        old.day,
        &number,
        to_service,
        "transfer",
        None,
        old.issued_at,
        old.issued_at,
        Some(original),
        actor,
    )?;
    audit::append(
        conn,
        now,
        actor,
        "visit.transfer",
        &format!("visit:{id}"),
        json!({"number": old.number, "from": old.service, "to": to_service, "new_visit": new_id}),
    )?;
    visit(conn, new_id)
}

pub fn visit_history(conn: &Connection, id: i64) -> Result<Vec<VisitEvent>> {
    // A transferred visit's history includes the visits it came from.
    let mut ids = vec![id];
    let mut current = id;
    while let Some(from) = conn
        .query_row(
            "SELECT transferred_from FROM visits WHERE id = ?1",
            [current],
            |r| r.get::<_, Option<i64>>(0),
        )
        .optional()?
        .flatten()
    {
        if ids.contains(&from) {
            break;
        }
        // Siblings: every visit transferred out of the same original.
        let mut stmt = conn.prepare_cached(
            "SELECT id FROM visits WHERE (transferred_from = ?1 OR id = ?1) AND id <> ?2",
        )?;
        let siblings: Vec<i64> = stmt
            .query_map(params![from, id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.extend(siblings);
        current = from;
    }
    ids.sort_unstable();
    ids.dedup();
    let marks = vec!["?"; ids.len()].join(", ");
    let mut stmt = conn.prepare(&format!(
        "SELECT at, event, from_state, to_state, counter, actor FROM visit_events WHERE visit_id IN ({marks}) ORDER BY at, id"
    ))?;
    let rows = stmt.query_map(params_from_iter(ids), |r| {
        Ok(VisitEvent {
            at: parse_ts(&r.get::<_, String>(0)?).unwrap_or_default(),
            event: r.get(1)?,
            from_state: r.get(2)?,
            to_state: r.get(3)?,
            counter: r.get(4)?,
            actor: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn visit_detail(conn: &Connection, id: i64) -> Result<VisitDetail> {
    let v = visit(conn, id)?;
    let history = visit_history(conn, id)?;
    let records = records_by_number(conn, v.day, &v.number)?
        .into_iter()
        .map(|s| record(conn, s.id))
        .collect::<Result<_>>()?;
    Ok(VisitDetail {
        visit: v,
        history,
        records,
    })
}

/// Open visits of a day in queue order (`waiting`, then those at counters).
pub fn waiting_list(
    conn: &Connection,
    day: NaiveDate,
    services: &[String],
    limit: u32,
) -> Result<Vec<Visit>> {
    let all = active_services(conn)?;
    let services: Vec<String> = if services.is_empty() {
        all.into_iter().map(|s| s.prefix).collect()
    } else {
        services.to_vec()
    };
    let mut out = Vec::new();
    for state in ["called", "serving", "waiting"] {
        for service in &services {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {VISIT_COLUMNS} FROM visits WHERE day = ?1 AND service = ?2 AND state = ?3
                 ORDER BY queued_at, id LIMIT ?4"
            ))?;
            let rows = stmt.query_map(
                params![day_text(day), service, state, limit],
                visit_from_row,
            )?;
            for row in rows {
                out.push(row?);
            }
        }
    }
    // Across services, waiting order is ticket time order.
    out.sort_by(|(a, qa), (b, qb)| {
        let rank = |v: &Visit| if v.state == VisitState::Waiting { 1 } else { 0 };
        rank(a)
            .cmp(&rank(b))
            .then_with(|| qa.cmp(qb))
            .then(a.id.cmp(&b.id))
    });
    out.truncate(limit as usize);
    Ok(out.into_iter().map(|(v, _)| v).collect())
}

/// Closes the open visits of days before `today`. Returns how many.
pub fn close_days_before(conn: &Connection, today: NaiveDate, now: DateTime<Utc>) -> Result<usize> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VISIT_COLUMNS} FROM visits WHERE day < ?1 AND state IN ('waiting', 'called', 'serving')"
    ))?;
    let open: Vec<Visit> = stmt
        .query_map([day_text(today)], visit_from_row)?
        .map(|r| r.map(|(v, _)| v))
        .collect::<rusqlite::Result<_>>()?;
    for v in &open {
        set_state(conn, v, VisitAction::CloseDay, None, now, "system")?;
    }
    if !open.is_empty() {
        audit::append(
            conn,
            now,
            "system",
            "day.close",
            &day_text(today),
            json!({"closed": open.len()}),
        )?;
    }
    Ok(open.len())
}

// ---------------------------------------------------------------- board

pub fn board(conn: &Connection, office: &str, day: NaiveDate, now: DateTime<Utc>) -> Result<Board> {
    let mut services = Vec::new();
    for s in active_services(conn)? {
        let stats = service_stats(conn, day, &s.prefix, now)?;
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {VISIT_COLUMNS} FROM visits WHERE day = ?1 AND service = ?2 AND state IN ('called', 'serving')
             ORDER BY called_at DESC LIMIT 6"
        ))?;
        let calling = stmt
            .query_map(params![day_text(day), s.prefix], visit_from_row)?
            .map(|r| r.map(|(v, _)| calling(&v)))
            .collect::<rusqlite::Result<_>>()?;
        services.push(BoardService {
            estimated_wait_minutes: stats.wait_for(stats.waiting),
            waiting: stats.waiting,
            open_counters: stats.open_counters,
            prefix: s.prefix,
            name_key: s.name_key,
            calling,
        });
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VISIT_COLUMNS} FROM visits WHERE day = ?1 AND called_at IS NOT NULL ORDER BY called_at DESC LIMIT 10"
    ))?;
    let recent_calls = stmt
        .query_map([day_text(day)], visit_from_row)?
        .map(|r| r.map(|(v, _)| calling(&v)))
        .collect::<rusqlite::Result<_>>()?;
    Ok(Board {
        office: office.to_owned(),
        day,
        at: now,
        services,
        recent_calls,
    })
}

fn calling(v: &Visit) -> Calling {
    Calling {
        number: v.number.clone(),
        counter: v.counter.clone(),
        state: v.state,
        called_at: v.called_at,
        recalls: v.recalls,
    }
}

// ---------------------------------------------------------------- records

/// Reading (kana) as indexed: katakana, no spaces, so ひらがな and カタカナ
/// searches meet and `ヤマダ タロウ` is found by `やまだた`.
pub fn normalize_kana(text: &str) -> String {
    // One hiragana→katakana mapping for the whole product (ゝ/ゞ included).
    to_katakana(text)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '・')
        // Half-width and full-width ASCII letters fold to upper case.
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn refuse(id: &str, message: Message) -> ItemResult {
    ItemResult {
        id: id.to_owned(),
        outcome: Outcome::Refused,
        error: Some(message),
    }
}

/// Whether a field name is an individual number (マイナンバー): such a
/// field is refused on arrival and never exported.
pub fn is_individual_number(name: &str, value: &serde_json::Value) -> bool {
    let name = name.to_ascii_lowercase();
    // Whether the resident has the card (`applicant.has-mynumber-card`,
    // yes/no, asked by 転入届) is not the number.
    let about_the_card = name.ends_with("card") && matches!(value.as_str(), Some("yes" | "no"));
    (name.contains("my_number") || name.contains("mynumber") || name.contains("individual_number"))
        && !about_the_card
}

fn check_record(rec: &RecordIn, accept_plain: bool) -> Result<(), Message> {
    if rec.procedures.is_empty() || rec.procedures.len() > MAX_PROCEDURES {
        return Err(Message::new("hub-error-record-procedures"));
    }
    if rec
        .procedures
        .iter()
        .any(|p| p.is_empty() || p.len() > MAX_FIELD_NAME)
    {
        return Err(Message::new("hub-error-record-procedures"));
    }
    if rec.fields.len() > MAX_FIELDS {
        return Err(Message::new("hub-error-record-fields").arg("max", MAX_FIELDS));
    }
    for (name, field) in &rec.fields {
        if name.is_empty() || name.len() > MAX_FIELD_NAME {
            return Err(Message::new("hub-error-record-field-name")
                .arg("field", name.chars().take(64).collect::<String>()));
        }
        if field.source == Source::Clerk {
            return Err(Message::new("hub-error-record-source").arg("field", name));
        }
        if field.value.to_string().len() > MAX_FIELD_VALUE_BYTES {
            return Err(Message::new("hub-error-record-field-size").arg("field", name));
        }
        // Individual numbers (マイナンバー) are never stored.
        if is_individual_number(name, &field.value) {
            return Err(Message::new("hub-error-record-my-number").arg("field", name));
        }
    }
    if crate::i18n::Lang::parse(&rec.lang).is_none() {
        return Err(Message::new("hub-error-record-lang").arg("lang", &rec.lang));
    }
    if let Some(number) = &rec.number
        && TicketNumber::parse(number).is_none()
    {
        return Err(Message::new("hub-error-bad-number").arg("number", number));
    }
    if rec.preapp == Preapp::Plain && !accept_plain {
        return Err(Message::new("hub-error-plain-refused"));
    }
    Ok(())
}

/// Stores one record unless it is already there (same UUID).
pub fn store_record(
    conn: &Connection,
    device: &Device,
    rec: &RecordIn,
    today: NaiveDate,
    now: DateTime<Utc>,
    accept_plain: bool,
) -> Result<ItemResult> {
    let id = rec.id.to_string();
    let exists: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM records WHERE id = ?1)")?
        .query_row([&id], |r| r.get(0))?;
    if exists {
        return Ok(ItemResult {
            id,
            outcome: Outcome::Duplicate,
            error: None,
        });
    }
    if let Err(message) = check_record(rec, accept_plain) {
        return Ok(refuse(&id, message));
    }
    let kana = rec
        .fields
        .get(KANA_FIELD)
        .and_then(|f| f.value.as_str())
        .map(normalize_kana)
        .unwrap_or_default();
    let number = rec
        .number
        .as_deref()
        .and_then(TicketNumber::parse)
        .map(|n| n.to_string());
    let preapp = serde_json::to_value(rec.preapp)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    conn.prepare_cached(
        "INSERT INTO records (id, device_id, created_at, received_at, day, number, lang, procedures, fields, kana,
         preapp, status, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'received', ?4)",
    )?
    .execute(params![
        id,
        device.id,
        ts(rec.created_at),
        ts(now),
        day_text(today),
        number,
        rec.lang,
        serde_json::to_string(&rec.procedures).unwrap_or_default(),
        serde_json::to_string(&rec.fields).unwrap_or_default(),
        kana,
        preapp
    ])?;
    audit::append(
        conn,
        now,
        &format!("device:{}", device.id),
        "record.received",
        &format!("record:{id}"),
        json!({"procedures": rec.procedures, "number": number}),
    )?;
    Ok(ItemResult {
        id,
        outcome: Outcome::Stored,
        error: None,
    })
}

pub fn record(conn: &Connection, id: Uuid) -> Result<Record> {
    let row = conn
        .prepare_cached(
            "SELECT number, day, lang, procedures, fields, preapp, status, reject_reason, created_at, received_at
             FROM records WHERE id = ?1",
        )?
        .query_row([id.to_string()], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, Option<String>>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
            ))
        })
        .optional()?
        .ok_or_else(|| not_found("record", id))?;
    let (number, day, lang, procedures, fields, preapp, status, reject_reason, created, received) =
        row;
    let mut stmt = conn.prepare_cached(
        "SELECT at, clerk, field, old_value, new_value FROM record_changes WHERE record_id = ?1 ORDER BY id",
    )?;
    let changes = stmt
        .query_map([id.to_string()], |r| {
            let old: Option<String> = r.get(3)?;
            let new: String = r.get(4)?;
            Ok(RecordChange {
                at: parse_ts(&r.get::<_, String>(0)?).unwrap_or_default(),
                clerk: r.get(1)?,
                field: r.get(2)?,
                old: old.and_then(|o| serde_json::from_str(&o).ok()),
                new: serde_json::from_str(&new).unwrap_or(Value::Null),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Record {
        id,
        number,
        day: parse_day(&day),
        lang,
        procedures: serde_json::from_str(&procedures).unwrap_or_default(),
        fields: serde_json::from_str(&fields).unwrap_or_default(),
        preapp: serde_json::from_value(Value::String(preapp)).unwrap_or_default(),
        status: RecordStatus::parse(&status).unwrap_or(RecordStatus::Received),
        reject_reason,
        created_at: parse_ts(&created).unwrap_or_default(),
        received_at: parse_ts(&received).unwrap_or_default(),
        changes,
    })
}

fn summary_from_row(r: &Row) -> rusqlite::Result<RecordSummary> {
    let id: String = r.get(0)?;
    Ok(RecordSummary {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        number: r.get(1)?,
        day: parse_day(&r.get::<_, String>(2)?),
        kana: r.get(3)?,
        procedures: serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or_default(),
        status: RecordStatus::parse(&r.get::<_, String>(5)?).unwrap_or(RecordStatus::Received),
    })
}

/// Records that came with a ticket number on a day.
pub fn records_by_number(
    conn: &Connection,
    day: NaiveDate,
    number: &str,
) -> Result<Vec<RecordSummary>> {
    let Some(number) = TicketNumber::parse(number) else {
        return Err(StoreError::Invalid(
            Message::new("hub-error-bad-number").arg("number", number),
        ));
    };
    let mut stmt = conn.prepare_cached(
        "SELECT id, number, day, kana, procedures, status FROM records WHERE number = ?1 AND day = ?2 ORDER BY received_at",
    )?;
    let rows = stmt.query_map(params![number.to_string(), day_text(day)], summary_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records whose reading starts with `kana` (any day), in reading order.
pub fn records_by_kana(conn: &Connection, kana: &str, limit: u32) -> Result<Vec<RecordSummary>> {
    let key = normalize_kana(kana);
    if key.is_empty() {
        return Ok(Vec::new());
    }
    // A range on the index instead of LIKE, which SQLite would not index here.
    let upper = format!("{key}\u{10FFFF}");
    let mut stmt = conn.prepare_cached(
        "SELECT id, number, day, kana, procedures, status FROM records WHERE kana >= ?1 AND kana < ?2
         ORDER BY kana LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![key, upper, limit], summary_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn digest(value: &Value) -> String {
    super::hex(&super::sha256(value.to_string().as_bytes()))[..16].to_owned()
}

/// A clerk's correction of fields; each change is kept with the old value.
pub fn edit_record(
    conn: &Connection,
    id: Uuid,
    changes: &BTreeMap<String, Value>,
    now: DateTime<Utc>,
    clerk: &str,
) -> Result<Record> {
    let current = record(conn, id)?;
    if current.status != RecordStatus::Received {
        return Err(StoreError::Conflict(Message::new(
            "hub-error-record-closed",
        )));
    }
    if changes.is_empty() || changes.len() > MAX_FIELDS {
        return Err(StoreError::Invalid(
            Message::new("hub-error-record-fields").arg("max", MAX_FIELDS),
        ));
    }
    let mut fields = current.fields.clone();
    let mut logged = Vec::new();
    for (name, value) in changes {
        if name.is_empty() || name.len() > MAX_FIELD_NAME {
            return Err(StoreError::Invalid(
                Message::new("hub-error-record-field-name").arg("field", name.as_str()),
            ));
        }
        if value.to_string().len() > MAX_FIELD_VALUE_BYTES {
            return Err(StoreError::Invalid(
                Message::new("hub-error-record-field-size").arg("field", name.as_str()),
            ));
        }
        // A clerk cannot add what a kiosk may not send either.
        if is_individual_number(name, value) {
            return Err(StoreError::Invalid(
                Message::new("hub-error-record-my-number").arg("field", name.as_str()),
            ));
        }
        let old = fields.get(name).cloned();
        if old.as_ref().map(|o| &o.value) == Some(value) {
            continue;
        }
        conn.execute(
            "INSERT INTO record_changes (record_id, at, clerk, field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id.to_string(),
                ts(now),
                clerk,
                name,
                old.as_ref().map(|o| serde_json::to_string(o).unwrap_or_default()),
                value.to_string()
            ],
        )?;
        logged.push(json!({
            "field": name,
            "old": old.as_ref().map(|o| digest(&o.value)),
            "new": digest(value),
        }));
        fields.insert(
            name.clone(),
            FieldValue {
                value: value.clone(),
                source: Source::Clerk,
            },
        );
    }
    let kana = fields
        .get(KANA_FIELD)
        .and_then(|f| f.value.as_str())
        .map(normalize_kana)
        .unwrap_or_default();
    conn.execute(
        "UPDATE records SET fields = ?2, kana = ?3, updated_at = ?4 WHERE id = ?1",
        params![
            id.to_string(),
            serde_json::to_string(&fields).unwrap_or_default(),
            kana,
            ts(now)
        ],
    )?;
    if !logged.is_empty() {
        audit::append(
            conn,
            now,
            clerk,
            "record.edit",
            &format!("record:{id}"),
            json!({"changes": logged}),
        )?;
    }
    record(conn, id)
}

/// Confirms (`reason` None) or rejects a received record.
pub fn close_record(
    conn: &Connection,
    id: Uuid,
    reason: Option<&str>,
    now: DateTime<Utc>,
    clerk: &str,
) -> Result<Record> {
    let current = record(conn, id)?;
    if current.status != RecordStatus::Received {
        return Err(StoreError::Conflict(Message::new(
            "hub-error-record-closed",
        )));
    }
    let status = match reason {
        None => RecordStatus::Confirmed,
        Some(reason) => {
            let length = reason.trim().chars().count();
            if length == 0 || length > 500 {
                return Err(StoreError::Invalid(Message::new("hub-error-reject-reason")));
            }
            RecordStatus::Rejected
        }
    };
    let confirmed_by = (status == RecordStatus::Confirmed).then_some(clerk);
    conn.execute(
        "UPDATE records SET status = ?2, reject_reason = ?3, updated_at = ?4, completed_at = ?4, confirmed_by = ?5
         WHERE id = ?1",
        params![
            id.to_string(),
            status.as_str(),
            reason.map(str::trim),
            ts(now),
            confirmed_by
        ],
    )?;
    audit::append(
        conn,
        now,
        clerk,
        &format!("record.{}", status.as_str()),
        &format!("record:{id}"),
        json!({"reason": reason.map(|r| digest(&Value::String(r.to_owned())))}),
    )?;
    record(conn, id)
}

/// Deletes completed records finished before `cutoff`; the audit log keeps
/// one entry per deleted record. Works in chunks of `chunk`; returns how many.
pub fn purge_records(
    conn: &Connection,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
    chunk: u32,
) -> Result<usize> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, status, day FROM records WHERE completed_at IS NOT NULL AND completed_at < ?1 LIMIT ?2",
    )?;
    let doomed: Vec<(String, String, String)> = stmt
        .query_map(params![ts(cutoff), chunk], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (id, status, day) in &doomed {
        conn.execute("DELETE FROM records WHERE id = ?1", [id])?;
        audit::append(
            conn,
            now,
            "system",
            "record.purged",
            &format!("record:{id}"),
            json!({"status": status, "day": day}),
        )?;
    }
    Ok(doomed.len())
}

// ---------------------------------------------------------------- export and statistics

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

/// The clerk id of an actor text (`clerk:c1@station-1` → `c1`).
pub fn clerk_id_of(actor: &str) -> &str {
    let rest = actor.strip_prefix("clerk:").unwrap_or(actor);
    rest.split_once('@').map_or(rest, |(id, _)| id)
}

fn visit_service(
    conn: &Connection,
    day: NaiveDate,
    number: &TicketNumber,
) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT service FROM visits WHERE day = ?1 AND prefix = ?2 AND seq = ?3 ORDER BY id DESC LIMIT 1",
        )?
        .query_row(params![day_text(day), number.prefix, number.seq], |r| r.get(0))
        .optional()?)
}

/// number, procedures, fields, completed_at, confirmed_by
type ConfirmedRow = (
    Option<String>,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// The confirmed records of a day (the day they arrived), in confirmation order.
pub fn confirmed_records(conn: &Connection, day: NaiveDate) -> Result<Vec<ConfirmedRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT number, procedures, fields, completed_at, confirmed_by FROM records
         WHERE day = ?1 AND status = 'confirmed' ORDER BY completed_at, id",
    )?;
    let rows: Vec<ConfirmedRow> = stmt
        .query_map([day_text(day)], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (number, procedures, fields, completed, confirmed_by) in rows {
        let parsed = number.as_deref().and_then(TicketNumber::parse);
        let service = match &parsed {
            Some(n) => visit_service(conn, day, n)?.or_else(|| Some(n.prefix.clone())),
            None => None,
        };
        let mut fields: BTreeMap<String, FieldValue> =
            serde_json::from_str(&fields).unwrap_or_default();
        fields.retain(|name, field| !is_individual_number(name, &field.value));
        out.push(ConfirmedRecord {
            number,
            service,
            procedures: serde_json::from_str(&procedures).unwrap_or_default(),
            confirmed_at: completed.as_deref().and_then(parse_ts).unwrap_or_default(),
            clerk: clerk_id_of(confirmed_by.as_deref().unwrap_or_default()).to_owned(),
            fields,
        });
    }
    Ok(out)
}

/// The value below which `share` of the sorted samples lie (nearest rank).
pub fn percentile(sorted: &[f64], share: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (share * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted.get(rank.min(sorted.len()) - 1).copied()
}

fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A day's numbers: visits per service, wait from ticket to first call,
/// the share of visits that came with a QR pre-application, languages.
///
/// A resident is one visit: a transfer counts in the queue it ended in, and
/// the wait is that of the original ticket to its first call. Languages are
/// those of the day's applications (a ticket alone has none). Records that
/// retention deleted no longer count.
pub fn daily_stats(conn: &Connection, day: NaiveDate) -> Result<DailyStats> {
    let day_key = day_text(day);
    let mut per_service: BTreeMap<String, u32> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT service, count(*) FROM visits WHERE day = ?1 AND state != 'transferred' GROUP BY service",
    )?;
    for row in stmt.query_map([&day_key], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?))
    })? {
        let (service, n) = row?;
        per_service.insert(service, n);
    }
    let mut visits = Vec::new();
    for s in active_services(conn)? {
        visits.push(ServiceCount {
            visits: per_service.remove(&s.prefix).unwrap_or(0),
            service: s.prefix,
            name_key: s.name_key,
        });
    }
    // Services no longer configured but visited that day.
    for (service, n) in per_service {
        let name_key = service_row(conn, &service)
            .map(|r| r.name_key)
            .unwrap_or_default();
        visits.push(ServiceCount {
            service,
            name_key,
            visits: n,
        });
    }
    let mut stmt = conn.prepare_cached(
        "SELECT (julianday(min(e.at)) - julianday(v.issued_at)) * 1440.0 FROM visits v
         JOIN visit_events e ON e.visit_id = v.id AND e.event = 'call'
         WHERE v.day = ?1 AND v.transferred_from IS NULL GROUP BY v.id",
    )?;
    let mut waits: Vec<f64> = stmt
        .query_map([&day_key], |r| r.get::<_, Option<f64>>(0))?
        .filter_map(|r| r.ok().flatten())
        .map(|m| m.max(0.0))
        .collect();
    waits.sort_by(f64::total_cmp);
    let residents: Vec<String> = conn
        .prepare_cached(
            "SELECT prefix, seq FROM visits WHERE day = ?1 AND transferred_from IS NULL",
        )?
        .query_map([&day_key], |r| {
            Ok(TicketNumber::new(r.get::<_, String>(0)?, r.get(1)?).to_string())
        })?
        .collect::<rusqlite::Result<_>>()?;
    let with_qr: std::collections::HashSet<String> = conn
        .prepare_cached(
            "SELECT DISTINCT number FROM records WHERE day = ?1 AND number IS NOT NULL AND preapp != 'none'",
        )?
        .query_map([&day_key], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let qr_visits = residents.iter().filter(|n| with_qr.contains(*n)).count() as u32;
    let languages = conn
        .prepare_cached(
            "SELECT lang, count(*) FROM records WHERE day = ?1 GROUP BY lang ORDER BY count(*) DESC, lang",
        )?
        .query_map([&day_key], |r| {
            Ok(LanguageCount {
                lang: r.get(0)?,
                count: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let total = residents.len() as u32;
    Ok(DailyStats {
        day,
        total_visits: total,
        visits,
        called: waits.len() as u32,
        wait_average_minutes: (!waits.is_empty())
            .then(|| one_decimal(waits.iter().sum::<f64>() / waits.len() as f64)),
        wait_p90_minutes: percentile(&waits, 0.9).map(one_decimal),
        qr_visits,
        qr_share: (total > 0).then(|| qr_visits as f64 / total as f64),
        languages,
    })
}

// ---------------------------------------------------------------- staff calls

/// Longest note a kiosk may send with a staff call (characters).
pub const MAX_STAFF_CALL_NOTE: usize = 200;

const STAFF_CALL_COLUMNS: &str = "id, kiosk, lang, note, created_at, answered_at, answered_by";

fn staff_call_from_row(r: &Row) -> rusqlite::Result<StaffCall> {
    let created: String = r.get(4)?;
    let answered: Option<String> = r.get(5)?;
    Ok(StaffCall {
        id: r.get(0)?,
        kiosk: r.get(1)?,
        lang: r.get(2)?,
        note: r.get(3)?,
        created_at: parse_ts(&created).unwrap_or_default(),
        answered_at: answered.as_deref().and_then(parse_ts),
        answered_by: r.get(6)?,
    })
}

pub fn staff_call(conn: &Connection, id: i64) -> Result<StaffCall> {
    conn.prepare_cached(&format!(
        "SELECT {STAFF_CALL_COLUMNS} FROM staff_calls WHERE id = ?1"
    ))?
    .query_row([id], staff_call_from_row)
    .optional()?
    .ok_or_else(|| not_found("staff-call", id))
}

/// Records a kiosk's call for a person. The kiosk is named by its device.
pub fn create_staff_call(
    conn: &Connection,
    device: &Device,
    lang: &str,
    note: Option<&str>,
    day: NaiveDate,
    now: DateTime<Utc>,
) -> Result<StaffCall> {
    let Some(lang) = crate::i18n::Lang::parse(lang) else {
        return Err(StoreError::Invalid(
            Message::new("hub-error-record-lang").arg("lang", lang),
        ));
    };
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > MAX_STAFF_CALL_NOTE) {
        return Err(StoreError::Invalid(
            Message::new("hub-error-staff-call-note").arg("max", MAX_STAFF_CALL_NOTE),
        ));
    }
    conn.prepare_cached(
        "INSERT INTO staff_calls (device_id, kiosk, lang, note, day, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        device.id,
        device.name,
        lang.code(),
        note,
        day_text(day),
        ts(now)
    ])?;
    let id = conn.last_insert_rowid();
    // The note may say something personal: the log keeps only that there was one.
    audit::append(
        conn,
        now,
        &format!("device:{}", device.id),
        "staff_call.create",
        &format!("staff_call:{id}"),
        json!({"kiosk": device.name, "lang": lang.code(), "note": note.is_some()}),
    )?;
    staff_call(conn, id)
}

/// The day's unanswered calls, oldest first.
pub fn open_staff_calls(conn: &Connection, day: NaiveDate) -> Result<Vec<StaffCall>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {STAFF_CALL_COLUMNS} FROM staff_calls WHERE day = ?1 AND answered_at IS NULL
         ORDER BY created_at, id"
    ))?;
    let rows = stmt.query_map([day_text(day)], staff_call_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Marks a call answered by `clerk` (an actor such as `clerk:c1@station`).
/// A call answered already is a conflict: two clerks must not both walk over.
pub fn answer_staff_call(
    conn: &Connection,
    id: i64,
    now: DateTime<Utc>,
    clerk: &str,
) -> Result<StaffCall> {
    let call = staff_call(conn, id)?;
    if call.answered_at.is_some() {
        return Err(StoreError::Conflict(
            Message::new("hub-error-staff-call-answered")
                .arg("clerk", call.answered_by.unwrap_or_default()),
        ));
    }
    conn.execute(
        "UPDATE staff_calls SET answered_at = ?2, answered_by = ?3 WHERE id = ?1",
        params![id, ts(now), clerk],
    )?;
    let waited = (now - call.created_at).num_seconds().max(0);
    audit::append(
        conn,
        now,
        clerk,
        "staff_call.answer",
        &format!("staff_call:{id}"),
        json!({"kiosk": call.kiosk, "waited_seconds": waited}),
    )?;
    staff_call(conn, id)
}

/// Deletes staff calls made before `cutoff` (retention). Returns how many.
pub fn purge_staff_calls(conn: &Connection, cutoff: DateTime<Utc>) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM staff_calls WHERE created_at < ?1",
        [ts(cutoff)],
    )?)
}

/// Numbers of records by status, for metrics.
pub fn record_count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM records", [], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrate(&mut conn, MIGRATIONS).unwrap();
        sync_services(&conn, &HubConfig::sample()).unwrap();
        conn
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2025, 4, 1, 1, 0, 0).unwrap()
    }

    fn kiosk(conn: &Connection) -> Device {
        let code = create_enrollment(conn, "kiosk-1", Role::Kiosk, now(), "cli").unwrap();
        enroll(conn, &code, now()).unwrap().0
    }

    #[test]
    fn enrollment_code_works_once() {
        let conn = db();
        let code = create_enrollment(&conn, "k", Role::Kiosk, now(), "cli").unwrap();
        assert_eq!(code.len(), CODE_LEN);
        let (device, token) = enroll(&conn, &code.to_lowercase(), now()).unwrap();
        assert_eq!(
            device_by_token(&conn, &token).unwrap(),
            Some(device.clone())
        );
        assert!(enroll(&conn, &code, now()).is_err());
        revoke_device(&conn, device.id, now(), "cli").unwrap();
        assert_eq!(device_by_token(&conn, &token).unwrap(), None);
        assert!(revoke_device(&conn, device.id, now(), "cli").is_err());
        assert_eq!(devices(&conn).unwrap()[0].state, "revoked");
        let late = create_enrollment(&conn, "k2", Role::Board, now(), "cli").unwrap();
        assert!(enroll(&conn, &late, now() + Duration::hours(25)).is_err());
    }

    #[test]
    fn queue_flow_with_transfer_keeps_history() {
        let conn = db();
        let day = now().date_naive();
        let a1 = issue_ticket(&conn, day, "A", "hub", None, now(), "t").unwrap();
        let a2 = issue_ticket(&conn, day, "A", "hub", None, now(), "t").unwrap();
        assert_eq!((a1.number.as_str(), a2.number.as_str()), ("A-001", "A-002"));
        assert_eq!(position(&conn, &a2).unwrap(), 2);
        let called = call_next(&conn, day, "1", &["A".into()], now(), "c")
            .unwrap()
            .unwrap();
        assert_eq!(called.id, a1.id);
        assert!(
            call_next(&conn, day, "1", &["A".into()], now(), "c").is_err(),
            "counter busy"
        );
        act(&conn, a1.id, VisitAction::Recall, now(), "c", None).unwrap();
        act(&conn, a1.id, VisitAction::Start, now(), "c", None).unwrap();
        let moved = transfer(&conn, a1.id, "B", now(), "c").unwrap();
        assert_eq!(
            (moved.number.as_str(), moved.service.as_str(), moved.state),
            ("A-001", "B", VisitState::Waiting)
        );
        assert_eq!(visit(&conn, a1.id).unwrap().state, VisitState::Transferred);
        let history = visit_history(&conn, moved.id).unwrap();
        let events: Vec<_> = history.iter().map(|e| e.event.as_str()).collect();
        assert_eq!(
            events,
            ["hub", "call", "recall", "start", "transfer", "transfer"]
        );
        // The transferred resident keeps their ticket time: ahead of nobody newer in B.
        let b = issue_ticket(
            &conn,
            day,
            "B",
            "hub",
            None,
            now() + Duration::minutes(1),
            "t",
        )
        .unwrap();
        assert_eq!(position(&conn, &b).unwrap(), 2);
        assert!(matches!(
            audit::verify(&conn).unwrap(),
            audit::Verification::Intact { .. }
        ));
    }

    #[test]
    fn records_are_idempotent_and_edits_logged() {
        let conn = db();
        let device = kiosk(&conn);
        let mut fields = BTreeMap::new();
        fields.insert(
            KANA_FIELD.into(),
            FieldValue {
                value: json!("やまだ たろう"),
                source: Source::Qr,
            },
        );
        let rec = RecordIn {
            id: Uuid::new_v4(),
            created_at: now(),
            procedures: vec!["juminhyo".into()],
            lang: "ja".into(),
            fields,
            number: Some("A-3".into()),
            preapp: Preapp::Encrypted,
        };
        let day = now().date_naive();
        assert_eq!(
            store_record(&conn, &device, &rec, day, now(), true)
                .unwrap()
                .outcome,
            Outcome::Stored
        );
        assert_eq!(
            store_record(&conn, &device, &rec, day, now(), true)
                .unwrap()
                .outcome,
            Outcome::Duplicate
        );
        assert_eq!(records_by_kana(&conn, "ヤマダ", 10).unwrap().len(), 1);
        assert_eq!(records_by_number(&conn, day, "A-003").unwrap().len(), 1);
        let mut change = BTreeMap::new();
        change.insert(KANA_FIELD.to_string(), json!("ヤマダ ハナコ"));
        let edited = edit_record(&conn, rec.id, &change, now(), "clerk:c1").unwrap();
        assert_eq!(edited.fields[KANA_FIELD].source, Source::Clerk);
        assert_eq!(edited.changes.len(), 1);
        assert_eq!(edited.changes[0].old.as_ref().unwrap().source, Source::Qr);
        assert_eq!(records_by_kana(&conn, "やまだは", 10).unwrap().len(), 1);
        let closed = close_record(&conn, rec.id, None, now(), "clerk:c1").unwrap();
        assert_eq!(closed.status, RecordStatus::Confirmed);
        assert!(close_record(&conn, rec.id, Some("x"), now(), "clerk:c1").is_err());
        assert_eq!(
            purge_records(&conn, now() + Duration::days(1), now(), 100).unwrap(),
            1
        );
        assert!(record(&conn, rec.id).is_err());
        let purged: i64 = conn
            .query_row(
                "SELECT count(*) FROM audit_log WHERE action = 'record.purged'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(purged, 1);
        // The audit log holds no personal data.
        let details: Vec<String> = conn
            .prepare("SELECT detail FROM audit_log")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert!(
            details
                .iter()
                .all(|d| !d.contains("ヤマダ") && !d.contains("やまだ"))
        );
    }

    #[test]
    fn bad_records_are_refused_with_a_reason() {
        let conn = db();
        let device = kiosk(&conn);
        let mut fields = BTreeMap::new();
        fields.insert(
            "my_number".into(),
            FieldValue {
                value: json!("123456789012"),
                source: Source::Kiosk,
            },
        );
        let rec = RecordIn {
            id: Uuid::new_v4(),
            created_at: now(),
            procedures: vec!["x".into()],
            lang: "ja".into(),
            fields,
            number: None,
            preapp: Preapp::None,
        };
        let result = store_record(&conn, &device, &rec, now().date_naive(), now(), true).unwrap();
        assert_eq!(result.outcome, Outcome::Refused);
        assert_eq!(result.error.unwrap().key, "hub-error-record-my-number");

        // Whether the resident has the card is not the number: stored.
        let mut card = rec.clone();
        card.id = Uuid::new_v4();
        card.fields = BTreeMap::from([(
            "applicant.has-mynumber-card".into(),
            FieldValue {
                value: json!("yes"),
                source: Source::Kiosk,
            },
        )]);
        let result = store_record(&conn, &device, &card, now().date_naive(), now(), true).unwrap();
        assert_ne!(result.outcome, Outcome::Refused, "{:?}", result.error);
        // A card number under a card-like name is still refused.
        card.id = Uuid::new_v4();
        card.fields
            .get_mut("applicant.has-mynumber-card")
            .unwrap()
            .value = json!("123456789012");
        let result = store_record(&conn, &device, &card, now().date_naive(), now(), true).unwrap();
        assert_eq!(result.outcome, Outcome::Refused);
    }

    #[test]
    fn offline_ticket_must_be_leased_and_is_idempotent() {
        let conn = db();
        let device = kiosk(&conn);
        let day = now().date_naive();
        let lease = grant_lease(&conn, &device, "A", day, 50, now()).unwrap();
        assert_eq!((lease.first, lease.last), (950, 999));
        let ticket = OfflineTicket {
            number: "A-950".into(),
            day,
            issued_at: now(),
        };
        assert_eq!(
            register_offline_ticket(&conn, &device, &ticket).unwrap(),
            Outcome::Stored
        );
        assert_eq!(
            register_offline_ticket(&conn, &device, &ticket).unwrap(),
            Outcome::Duplicate
        );
        let stray = OfflineTicket {
            number: "A-010".into(),
            day,
            issued_at: now(),
        };
        assert!(register_offline_ticket(&conn, &device, &stray).is_err());
    }

    #[test]
    fn stats_count_a_transferred_resident_once_and_wait_to_the_first_call() {
        let conn = db();
        let day = now().date_naive();
        let a1 = issue_ticket(&conn, day, "A", "hub", None, now(), "t").unwrap();
        issue_ticket(&conn, day, "A", "hub", None, now(), "t").unwrap();
        let later = now() + Duration::minutes(6);
        call_next(&conn, day, "1", &["A".into()], later, "c").unwrap();
        // A recall later does not change the wait; the transfer moves the
        // resident to B, where they count.
        act(
            &conn,
            a1.id,
            VisitAction::Recall,
            later + Duration::minutes(5),
            "c",
            None,
        )
        .unwrap();
        transfer(&conn, a1.id, "B", later + Duration::minutes(6), "c").unwrap();
        let stats = daily_stats(&conn, day).unwrap();
        assert_eq!(stats.total_visits, 2);
        let count = |p: &str| stats.visits.iter().find(|s| s.service == p).unwrap().visits;
        assert_eq!((count("A"), count("B")), (1, 1));
        assert_eq!(stats.called, 1);
        assert_eq!(stats.wait_average_minutes, Some(6.0));
        assert_eq!(stats.qr_share, Some(0.0));
    }

    #[test]
    fn percentiles_use_the_nearest_rank_and_clerk_ids_drop_the_station() {
        let waits = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0];
        assert_eq!(percentile(&waits, 0.9), Some(9.0));
        assert_eq!(percentile(&waits[..1], 0.9), Some(1.0));
        assert_eq!(percentile(&[], 0.9), None);
        assert_eq!(clerk_id_of("clerk:c1@station-1"), "c1");
        assert_eq!(clerk_id_of(""), "");
        let text = |v: &str| serde_json::Value::String(v.into());
        assert!(is_individual_number(
            "applicant.My_Number",
            &text("123456789012")
        ));
        assert!(!is_individual_number(
            "applicant.phone",
            &text("03-1234-5678")
        ));
        assert!(!is_individual_number(
            "applicant.has-mynumber-card",
            &text("yes")
        ));
        assert!(is_individual_number(
            "applicant.has-mynumber-card",
            &text("123456789012")
        ));
    }

    #[test]
    fn kana_normalises() {
        assert_eq!(normalize_kana("やまだ　たろう"), "ヤマダタロウ");
        assert_eq!(normalize_kana("ヤマダ・タロウ"), "ヤマダタロウ");
        // The iteration marks fold like the validator's converter does.
        assert_eq!(normalize_kana("みすゞ"), "ミスヾ");
    }
}
