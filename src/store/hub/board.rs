//! What the waiting-room board shows: per service the numbers at counters,
//! waiting counts and estimates, and the latest calls.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, params};

use super::day_text;
use super::numbers::numbers_left;
use super::services::active_services;
use super::visits::{VISIT_COLUMNS, service_stats, visit_from_row};
use crate::model::{Board, BoardService, Calling, Visit};
use crate::store::Result;

/// The board of `day`; a service with fewer than `low_numbers` numbers
/// left is marked as running low.
pub fn board(
    conn: &Connection,
    office: &str,
    day: NaiveDate,
    now: DateTime<Utc>,
    low_numbers: u32,
) -> Result<Board> {
    let mut services = Vec::new();
    for s in active_services(conn)? {
        let stats = service_stats(conn, day, &s.prefix, now)?;
        let numbers_left = numbers_left(conn, day, &s.prefix)?;
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
            numbers_left,
            numbers_low: numbers_left < low_numbers,
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
