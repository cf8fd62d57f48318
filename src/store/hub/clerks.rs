//! Clerk accounts, the lockout after wrong PINs (per clerk and per
//! station, counted before the PIN is checked), and login sessions.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;

use super::devices::Device;
use super::services::counter_services;
use crate::i18n::Message;
use crate::model::Role;
use crate::store::{Result, StoreError, audit, parse_ts, random_token, token_hash, ts};

/// Wrong PINs for one clerk before the clerk is locked out.
pub const MAX_FAILED_LOGINS: i64 = 5;
/// Wrong PINs from one clerk station, whatever clerk ids it tries, before
/// the station is locked out (one station guessing across many ids).
pub const MAX_STATION_FAILED_LOGINS: i64 = 10;
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
    // A new PIN: whoever is logged in with the old one is logged out.
    end_clerk_sessions(conn, id)?;
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

/// Where PIN attempts are counted: the clerk's row or the station's.
#[derive(Clone, Copy)]
enum Counted {
    Clerk,
    Station,
}

impl Counted {
    fn table(self) -> &'static str {
        match self {
            Counted::Clerk => "clerks",
            Counted::Station => "devices",
        }
    }

    fn max(self) -> i64 {
        match self {
            Counted::Clerk => MAX_FAILED_LOGINS,
            Counted::Station => MAX_STATION_FAILED_LOGINS,
        }
    }
}

/// Attempts counted so far and the lock, as of `now`: an expired lock
/// counts from zero again.
fn attempts(
    conn: &Connection,
    counted: Counted,
    id: &dyn rusqlite::ToSql,
    now: DateTime<Utc>,
) -> Result<Option<(i64, bool)>> {
    let row: Option<(i64, Option<String>)> = conn
        .query_row(
            &format!(
                "SELECT failed_logins, locked_until FROM {} WHERE id = ?1",
                counted.table()
            ),
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.map(
        |(failures, until)| match until.as_deref().and_then(parse_ts) {
            Some(until) if until > now => (failures, true),
            Some(_) => (0, false),
            None => (failures, false),
        },
    ))
}

/// Counts one more attempt; the one that reaches the limit locks (it is
/// still verified: it is within the allowance). Returns whether it locked.
fn count_attempt(
    conn: &Connection,
    counted: Counted,
    id: &dyn rusqlite::ToSql,
    failures: i64,
    now: DateTime<Utc>,
) -> Result<bool> {
    let failures = failures + 1;
    let locks = failures >= counted.max();
    let until = locks.then(|| ts(now + Duration::minutes(LOCKOUT_MINUTES)));
    conn.execute(
        &format!(
            "UPDATE {} SET failed_logins = ?1, locked_until = ?2 WHERE id = ?3",
            counted.table()
        ),
        params![failures, until, id],
    )?;
    Ok(locks)
}

fn locked(station: bool) -> StoreError {
    let key = if station {
        "hub-error-login-station-locked"
    } else {
        "hub-error-login-locked"
    };
    StoreError::Throttled(Message::new(key).arg("minutes", LOCKOUT_MINUTES))
}

/// A PIN attempt the store counted and allows to be verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinAttempt {
    /// The PIN hash to verify against; `None` for an unknown or disabled
    /// clerk (the caller verifies against a dummy hash all the same, so the
    /// answer takes as long as for a real clerk).
    pub hash: Option<String>,
    /// This attempt reached the clerk's limit and locked the clerk.
    pub locked_clerk: bool,
    /// This attempt reached the station's limit and locked the station.
    pub locked_station: bool,
}

/// Counts a PIN attempt *before* it is verified, for the clerk and for the
/// station it comes from, so a parallel burst cannot get more checks than
/// the allowance: past it, the answer is a refusal without any check. The
/// count is a failure until [`pin_right`] releases it.
pub fn begin_pin_attempt(
    conn: &Connection,
    clerk: &str,
    station: i64,
    now: DateTime<Utc>,
) -> Result<PinAttempt> {
    let (station_failures, station_locked) =
        attempts(conn, Counted::Station, &station, now)?.unwrap_or((0, false));
    if station_locked {
        return Err(locked(true));
    }
    let account: Option<(String, i64)> = conn
        .query_row(
            "SELECT pin_hash, disabled FROM clerks WHERE id = ?1",
            [clerk],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let hash = account.and_then(|(hash, disabled)| (disabled == 0).then_some(hash));
    let clerk_failures = match hash {
        Some(_) => match attempts(conn, Counted::Clerk, &clerk, now)? {
            Some((_, true)) => return Err(locked(false)),
            Some((failures, false)) => Some(failures),
            None => None,
        },
        None => None,
    };
    let locked_station = count_attempt(conn, Counted::Station, &station, station_failures, now)?;
    if locked_station {
        audit::append(
            conn,
            now,
            "system",
            "station.locked",
            &format!("device:{station}"),
            json!({}),
        )?;
    }
    let locked_clerk = match clerk_failures {
        Some(failures) => count_attempt(conn, Counted::Clerk, &clerk, failures, now)?,
        None => false,
    };
    if locked_clerk {
        audit::append(
            conn,
            now,
            "system",
            "clerk.locked",
            &format!("clerk:{clerk}"),
            json!({}),
        )?;
    }
    Ok(PinAttempt {
        hash,
        locked_clerk,
        locked_station,
    })
}

/// The PIN of `attempt` was right: the clerk's and the station's counts
/// start again. A lock stays on (until it expires) unless this very
/// attempt set it: then it was the clerk's own last try, not a burst of
/// others' wrong ones.
pub fn pin_right(conn: &Connection, clerk: &str, station: i64, attempt: &PinAttempt) -> Result<()> {
    let release = |counted: Counted, id: &dyn rusqlite::ToSql, locked_here: bool| {
        let lock_condition = if locked_here {
            ""
        } else {
            " AND locked_until IS NULL"
        };
        conn.execute(
            &format!(
                "UPDATE {} SET failed_logins = 0, locked_until = NULL WHERE id = ?1{lock_condition}",
                counted.table()
            ),
            [id],
        )
    };
    release(Counted::Clerk, &clerk, attempt.locked_clerk)?;
    release(Counted::Station, &station, attempt.locked_station)?;
    Ok(())
}

/// Disables a clerk: no more logins, and their sessions end at once.
pub fn disable_clerk(conn: &Connection, id: &str, now: DateTime<Utc>, actor: &str) -> Result<()> {
    let changed = conn.execute("UPDATE clerks SET disabled = 1 WHERE id = ?1", [id])?;
    if changed == 0 {
        return Err(super::not_found("clerk", id));
    }
    end_clerk_sessions(conn, id)?;
    audit::append(
        conn,
        now,
        actor,
        "clerk.disable",
        &format!("clerk:{id}"),
        json!({}),
    )?;
    Ok(())
}

fn end_clerk_sessions(conn: &Connection, clerk: &str) -> Result<()> {
    conn.execute("DELETE FROM clerk_sessions WHERE clerk_id = ?1", [clerk])?;
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

#[cfg(test)]
mod tests {
    use super::super::tests::{db, now};
    use super::*;
    use crate::store::hub::{create_enrollment, enroll};

    fn station(conn: &Connection) -> i64 {
        let code = create_enrollment(conn, "desk", Role::ClerkStation, now(), "cli").unwrap();
        enroll(conn, &code, now()).unwrap().0.id
    }

    #[test]
    fn attempts_are_counted_before_the_check_and_lock_at_the_limit() {
        let conn = db();
        let desk = station(&conn);
        add_clerk(&conn, "c1", "hash", now(), "cli").unwrap();
        let mut last = None;
        for _ in 0..MAX_FAILED_LOGINS {
            last = Some(begin_pin_attempt(&conn, "c1", desk, now()).unwrap());
        }
        assert!(last.as_ref().unwrap().locked_clerk);
        // Past the limit: refused, nothing to verify.
        assert!(matches!(
            begin_pin_attempt(&conn, "c1", desk, now()),
            Err(StoreError::Throttled(_))
        ));
        // A right PIN among the first attempts (not the locking one) does
        // not lift the lock the others set.
        let first = PinAttempt {
            hash: Some("hash".into()),
            locked_clerk: false,
            locked_station: false,
        };
        pin_right(&conn, "c1", desk, &first).unwrap();
        assert!(begin_pin_attempt(&conn, "c1", desk, now()).is_err());
        // The lock expires.
        let later = now() + Duration::minutes(LOCKOUT_MINUTES + 1);
        assert!(begin_pin_attempt(&conn, "c1", desk, later).is_ok());
    }

    #[test]
    fn a_right_last_try_lifts_the_lock_it_set() {
        let conn = db();
        let desk = station(&conn);
        add_clerk(&conn, "c1", "hash", now(), "cli").unwrap();
        for _ in 1..MAX_FAILED_LOGINS {
            begin_pin_attempt(&conn, "c1", desk, now()).unwrap();
        }
        let last = begin_pin_attempt(&conn, "c1", desk, now()).unwrap();
        assert!(last.locked_clerk);
        pin_right(&conn, "c1", desk, &last).unwrap();
        let next = begin_pin_attempt(&conn, "c1", desk, now()).unwrap();
        assert!(!next.locked_clerk, "counting starts again");
    }

    #[test]
    fn unknown_clerks_count_on_the_station_only() {
        let conn = db();
        let desk = station(&conn);
        for n in 0..MAX_STATION_FAILED_LOGINS {
            let attempt = begin_pin_attempt(&conn, &format!("x{n}"), desk, now()).unwrap();
            assert_eq!(attempt.hash, None);
        }
        add_clerk(&conn, "c1", "hash", now(), "cli").unwrap();
        assert!(matches!(
            begin_pin_attempt(&conn, "c1", desk, now()),
            Err(StoreError::Throttled(m)) if m.key == "hub-error-login-station-locked"
        ));
    }
}
