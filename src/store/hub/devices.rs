//! Devices: one-time enrollment codes, the tokens they are exchanged for,
//! and revocation.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;

use super::not_found;
use crate::i18n::Message;
use crate::model::Role;
use crate::store::{
    Result, StoreError, audit, parse_ts, random_bytes, random_token, token_hash, ts,
};

/// An enrolled device, as its token identifies it.
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
/// Wrong enrollment codes, from anywhere, within [`ENROLL_WINDOW_MINUTES`]
/// after which every code is refused without being looked up.
pub const MAX_ENROLL_FAILURES: i64 = 10;
pub const ENROLL_WINDOW_MINUTES: i64 = 10;

fn new_code() -> String {
    let mut code = String::with_capacity(CODE_LEN);
    while code.len() < CODE_LEN {
        for b in random_bytes() {
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
///
/// A wrong code is written down (also when the caller's job fails: run it
/// so that the refusal is committed), and after [`MAX_ENROLL_FAILURES`]
/// of them in [`ENROLL_WINDOW_MINUTES`] every code is refused unread, so
/// codes cannot be guessed.
pub fn enroll(conn: &Connection, code: &str, now: DateTime<Utc>) -> Result<(Device, String)> {
    let window_start = ts(now - Duration::minutes(ENROLL_WINDOW_MINUTES));
    conn.execute("DELETE FROM enroll_failures WHERE at < ?1", [&window_start])?;
    let failures: i64 = conn.query_row("SELECT COUNT(*) FROM enroll_failures", [], |r| r.get(0))?;
    if failures >= MAX_ENROLL_FAILURES {
        return Err(StoreError::Throttled(
            Message::new("hub-error-enroll-throttled").arg("minutes", ENROLL_WINDOW_MINUTES),
        ));
    }
    let wrong = || -> Result<(Device, String)> {
        conn.execute("INSERT INTO enroll_failures (at) VALUES (?1)", [ts(now)])?;
        Err(StoreError::NotFound(Message::new("hub-error-enroll-code")))
    };
    let code_hash = token_hash(&normalize_code(code));
    let found: Option<(i64, String, String, String)> = conn
        .query_row(
            "SELECT id, name, role, code_expires_at FROM devices WHERE code_hash = ?1 AND revoked_at IS NULL",
            [&code_hash],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((id, name, role, expires)) = found else {
        return wrong();
    };
    if parse_ts(&expires).is_none_or(|e| e < now) {
        return wrong();
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

#[cfg(test)]
mod tests {
    use super::super::tests::{db, now};
    use super::*;

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
    fn wrong_codes_stop_every_code_for_a_while() {
        let conn = db();
        let code = create_enrollment(&conn, "k", Role::Kiosk, now(), "cli").unwrap();
        for _ in 0..MAX_ENROLL_FAILURES {
            assert!(matches!(
                enroll(&conn, "WRONGCODE2", now()),
                Err(StoreError::NotFound(_))
            ));
        }
        assert!(matches!(
            enroll(&conn, &code, now()),
            Err(StoreError::Throttled(_))
        ));
        let later = now() + Duration::minutes(ENROLL_WINDOW_MINUTES + 1);
        assert!(enroll(&conn, &code, later).is_ok());
    }
}
