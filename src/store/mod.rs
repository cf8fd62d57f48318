//! SQLite storage: the hub's store and the kiosk's outbox.
//!
//! Both are rusqlite databases in WAL mode with `synchronous=FULL`: a write
//! is on disk when its transaction commits, and the hub only acknowledges
//! (answers HTTP) after the commit, so a kill -9 or a power cut never loses
//! something a kiosk was told is stored.
//!
//! Migrations are versioned: each database kind has an ordered list of SQL
//! scripts; `PRAGMA user_version` holds how many ran and the
//! `schema_version` table records when. A database newer than the binary is
//! refused rather than misread.
//!
//! Deleted data does not stay on disk: every connection runs with
//! `secure_delete` (SQLite overwrites deleted rows and freed pages with
//! zeros), and after a purge [`truncate_wal`] copies the write-ahead log
//! into the database file and empties it, so no older copy of a page waits
//! in `-wal`.
//!
//! A migration can leave work for the program (SQL alone cannot do it): a
//! row in `pending_tasks`. `vacuum` is done by [`open`] (one `VACUUM`, for
//! what was deleted before `secure_delete` was on); others by the store
//! that asked (see [`hub::open`]).
//!
//! Timestamps are stored as RFC 3339 UTC text with milliseconds (they sort
//! as text); local days as `YYYY-MM-DD` of the office's time zone.
//!
//! - [`hub`]: devices, clerks, services, counters, visits and their history,
//!   records, number leases.
//! - [`audit`]: the append-only, hash-chained audit log.
//! - [`outbox`]: the kiosk's outbox, offline tickets and leases.

pub mod audit;
pub mod hub;
pub mod outbox;

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::Connection;
use sha2::{Digest, Sha256};

use crate::i18n::Message;

/// A storage failure or a refusal of the store's rules.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
    #[error("not found: {0:?}")]
    NotFound(Message),
    #[error("conflict: {0:?}")]
    Conflict(Message),
    #[error("invalid: {0:?}")]
    Invalid(Message),
    /// Too many attempts (wrong PINs, wrong enrollment codes): refused
    /// without being checked, for a while.
    #[error("throttled: {0:?}")]
    Throttled(Message),
    #[error("database schema {found} is newer than this program ({known})")]
    TooNew { found: i64, known: i64 },
    /// The database thread is gone or a commit failed; nothing was stored.
    #[error("store unavailable: {0}")]
    Unavailable(String),
}

impl StoreError {
    pub fn message(&self) -> Message {
        match self {
            StoreError::Db(e) => Message::new("hub-error-database").arg("reason", e.to_string()),
            StoreError::NotFound(m)
            | StoreError::Conflict(m)
            | StoreError::Invalid(m)
            | StoreError::Throttled(m) => m.clone(),
            StoreError::Unavailable(reason) => {
                Message::new("hub-error-database").arg("reason", reason.as_str())
            }
            StoreError::TooNew { found, known } => Message::new("hub-error-schema-too-new")
                .arg("found", *found)
                .arg("known", *known),
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Opens (creating if needed) a database with the durability settings and
/// runs the pending migrations of `migrations`.
pub fn open(path: &Path, migrations: &[&str]) -> Result<Connection> {
    let mut conn = Connection::open(path)?;
    configure(&conn)?;
    migrate(&mut conn, migrations)?;
    vacuum_if_asked(&conn)?;
    Ok(conn)
}

/// Runs the `VACUUM` a migration asked for: it rewrites the file without
/// the free pages that older deletions left.
fn vacuum_if_asked(conn: &Connection) -> Result<()> {
    if pending_task(conn, "vacuum")? {
        // Done after the VACUUM: a crash in between only vacuums again.
        conn.execute_batch("VACUUM")?;
        task_done(conn, "vacuum")?;
        truncate_wal_or_warn(conn);
    }
    Ok(())
}

/// Whether a migration left `task` for the program (a row in `pending_tasks`).
pub fn pending_task(conn: &Connection, task: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'pending_tasks')",
        [],
        |r| r.get::<_, bool>(0),
    )? && conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM pending_tasks WHERE task = ?1)",
        [task],
        |r| r.get(0),
    )?)
}

/// Marks a migration's task as done.
pub fn task_done(conn: &Connection, task: &str) -> Result<()> {
    conn.execute("DELETE FROM pending_tasks WHERE task = ?1", [task])?;
    Ok(())
}

/// [`truncate_wal`] where a reader in another process (a CLI command) must
/// not stop the opening: the next purge's truncation catches up.
pub fn truncate_wal_or_warn(conn: &Connection) {
    if let Err(error) = truncate_wal(conn) {
        tracing::warn!(%error, "write-ahead log not emptied");
    }
}

/// Copies the write-ahead log into the database file and truncates it to
/// nothing, so pages of deleted rows have no copy left in `-wal`. Must run
/// outside a transaction; waits (busy timeout) for other connections'
/// readers, and fails when one still holds an older snapshot.
pub fn truncate_wal(conn: &Connection) -> Result<()> {
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
    if busy != 0 {
        return Err(StoreError::Unavailable(
            "the write-ahead log is still in use by a reader".into(),
        ));
    }
    Ok(())
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // Deleted personal data is overwritten, not just unlinked (see the module docs).
    conn.pragma_update(None, "secure_delete", "ON")?;
    Ok(())
}

/// Runs the migrations after `user_version`, each in its own transaction.
pub fn migrate(conn: &mut Connection, migrations: &[&str]) -> Result<()> {
    let current: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let known = migrations.len() as i64;
    if current > known {
        return Err(StoreError::TooNew {
            found: current,
            known,
        });
    }
    for (index, script) in migrations.iter().enumerate().skip(current as usize) {
        let version = index as i64 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
        )?;
        tx.execute_batch(script)?;
        tx.execute(
            "INSERT INTO schema_version (version, applied_at) VALUES (?1, ?2)",
            rusqlite::params![version, ts(Utc::now())],
        )?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

/// The stored text form of an instant.
pub fn ts(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Parses a stored instant (lenient: any RFC 3339).
pub fn parse_ts(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

pub fn sha256(data: &[u8]) -> [u8; 32] {
    let digest = Sha256::digest(data);
    let mut out = [0u8; 32];
    out.copy_from_slice(&digest);
    out
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// 32 bytes from a cryptographically secure generator (seeded by the OS).
pub fn random_bytes() -> [u8; 32] {
    use rand::Rng;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    bytes
}

/// A fresh secret of 256 random bits as hex text.
pub fn random_token() -> String {
    hex(&random_bytes())
}

/// The stored form of a token: its SHA-256 in hex. Tokens are long random
/// strings, so a fast hash suffices (unlike PINs, which get argon2).
pub fn token_hash(token: &str) -> String {
    hex(&sha256(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_run_once_and_refuse_newer_databases() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.sqlite");
        let v1 = ["CREATE TABLE a (x INTEGER)"];
        let v2 = [
            "CREATE TABLE a (x INTEGER)",
            "ALTER TABLE a ADD COLUMN y TEXT",
        ];
        open(&path, &v1).unwrap();
        let conn = open(&path, &v2).unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, 2);
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM schema_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 2);
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        drop(conn);
        assert!(matches!(
            open(&path, &v1),
            Err(StoreError::TooNew { found: 2, known: 1 })
        ));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let a = random_token();
        assert_eq!(a.len(), 64);
        assert_ne!(a, random_token());
        assert_eq!(token_hash(&a), token_hash(&a));
        assert_ne!(token_hash(&a), a);
    }

    #[test]
    fn tokens_have_no_fixed_bits() {
        // UUIDv4 fix a version digit and variant bits: a token made of two
        // would always read `4` at these places (digits 12 and 44).
        let tokens: Vec<String> = (0..64).map(|_| random_token()).collect();
        for place in [12, 44] {
            assert!(
                tokens.iter().any(|t| t.as_bytes()[place] != b'4'),
                "digit {place} is always 4"
            );
        }
    }
}
