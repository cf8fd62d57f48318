//! The day's queue numbers: the hub's own sequence and the blocks lent to
//! kiosks for issuing numbers while offline.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::json;

use super::day_text;
use super::devices::Device;
use super::services::service_row;
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
