//! Clerk accounts, the lockout after wrong PINs, and login sessions.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;

use super::devices::Device;
use super::services::counter_services;
use crate::i18n::Message;
use crate::model::Role;
use crate::store::{Result, StoreError, audit, parse_ts, random_token, token_hash, ts};

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
