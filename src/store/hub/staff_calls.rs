//! Staff calls: a resident at a kiosk asked for a person; a clerk answers.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::json;

use super::devices::Device;
use super::{day_text, not_found};
use crate::i18n::Message;
use crate::model::{StaffCall, check_staff_call};
use crate::store::{Result, StoreError, audit, parse_ts, ts};

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
    let (lang, note) = check_staff_call(lang, note).map_err(StoreError::Invalid)?;
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
