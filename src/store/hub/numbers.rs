//! The day's queue numbers: the hub's own sequence and the blocks lent to
//! kiosks for issuing numbers while offline.
//!
//! A kiosk may hold only so many lent numbers of a service it has not used
//! yet ([`LeaseLimits`]): used means reported to the hub (its offline
//! tickets). A lease counts until it expires; after that its unused numbers
//! are reclaimed from the kiosk's limit, but never issued again that day
//! (the kiosk may have printed any of them while offline and not said so
//! yet). [`numbers_left`] is what the day still has for the hub and new
//! leases, for the clerks' low-numbers notice.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;

use super::day_text;
use super::devices::Device;
use super::services::service_row;
use crate::i18n::Message;
use crate::queue::{self, Lease};
use crate::store::{Result, StoreError, audit, ts};

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
pub(super) fn take_number(conn: &Connection, day: NaiveDate, prefix: &str) -> Result<u32> {
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

/// How much a kiosk may lease.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeaseLimits {
    /// Numbers lent at once.
    pub size: u32,
    /// Lent numbers of a service and day a device may hold unused.
    pub max_outstanding: u32,
    /// When the lease stops counting against that.
    pub expires_at: DateTime<Utc>,
}

/// Lent numbers of a service and day the device has not reported issuing,
/// in leases that have not expired.
pub fn outstanding(
    conn: &Connection,
    device: &Device,
    service: &str,
    day: NaiveDate,
    now: DateTime<Utc>,
) -> Result<u32> {
    Ok(conn
        .prepare_cached(
            "SELECT coalesce(sum(l.last - l.first + 1 - (
                 SELECT count(*) FROM visits v WHERE v.day = l.day AND v.prefix = l.prefix
                 AND v.seq BETWEEN l.first AND l.last AND v.transferred_from IS NULL)), 0)
             FROM number_leases l WHERE l.device_id = ?1 AND l.day = ?2 AND l.prefix = ?3
             AND (l.expires_at IS NULL OR l.expires_at > ?4)",
        )?
        .query_row(params![device.id, day_text(day), service, ts(now)], |r| {
            r.get(0)
        })?)
}

/// Numbers of a service the day still has: neither issued nor lent.
pub fn numbers_left(conn: &Connection, day: NaiveDate, prefix: &str) -> Result<u32> {
    let last = last_issued(conn, day, prefix)?;
    let lent: u32 = leased_ranges(conn, day, prefix)?
        .iter()
        .map(|r| (r.end() + 1).saturating_sub((*r.start()).max(last + 1)))
        .sum();
    Ok(queue::MAX_NUMBER.saturating_sub(last).saturating_sub(lent))
}

/// Lends a block of numbers of `day` to a device, within its limits.
pub fn grant_lease(
    conn: &Connection,
    device: &Device,
    service: &str,
    day: NaiveDate,
    limits: LeaseLimits,
    now: DateTime<Utc>,
) -> Result<Lease> {
    service_row(conn, service)?;
    let held = outstanding(conn, device, service, day, now)?;
    if held + limits.size > limits.max_outstanding {
        return Err(StoreError::Conflict(
            Message::new("hub-error-lease-limit")
                .arg("service", service)
                .arg("outstanding", held)
                .arg("max", limits.max_outstanding),
        ));
    }
    let last = last_issued(conn, day, service)?;
    let leased = leased_ranges(conn, day, service)?;
    let block = queue::next_lease_block(last, &leased, limits.size)
        .map_err(|e| StoreError::Conflict(e.message()))?;
    conn.execute(
        "INSERT INTO number_leases (device_id, day, prefix, first, last, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            device.id,
            day_text(day),
            service,
            block.start(),
            block.end(),
            ts(now),
            ts(limits.expires_at)
        ],
    )?;
    audit::append(
        conn,
        now,
        &format!("device:{}", device.id),
        "lease.grant",
        &format!("{service}:{day}"),
        json!({"first": block.start(), "last": block.end(), "expires_at": ts(limits.expires_at)}),
    )?;
    Ok(Lease {
        service: service.to_owned(),
        day,
        first: *block.start(),
        last: *block.end(),
    })
}
