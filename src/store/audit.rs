//! The append-only, hash-chained audit log.
//!
//! Each entry stores `hash = sha256(prev_hash || canonical)`, where
//! `prev_hash` is the previous entry's hash (32 zero bytes for the first)
//! and `canonical` is the JSON array `[seq, at, actor, action, subject,
//! detail]` with object keys sorted (serde_json's default map is ordered).
//! Changing, removing or reordering any entry breaks the chain from there
//! on, which [`verify`] reports with the first bad sequence number. (Cutting
//! off the newest entries is only visible against a copy of the last hash;
//! `madoguchi hub audit verify` prints it so it can be noted elsewhere.)
//!
//! Entries never hold personal data: a record edit logs the field name and
//! digests of the old and new values, so the log can outlive the record
//! (retention deletes records; the log keeps that they existed).
//!
//! The table has triggers that refuse UPDATE and DELETE, so an ordinary
//! mistake cannot rewrite history; someone who drops the triggers is what the
//! chain is for.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use super::{Result, hex, sha256, ts};

pub const MIGRATION: &str = "
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
";

const GENESIS: [u8; 32] = [0; 32];

fn canonical(
    seq: i64,
    at: &str,
    actor: &str,
    action: &str,
    subject: &str,
    detail: &Value,
) -> String {
    serde_json::json!([seq, at, actor, action, subject, detail]).to_string()
}

fn chain(prev_hex: &str, canonical: &str) -> String {
    let mut bytes = Vec::with_capacity(32 + canonical.len());
    bytes.extend_from_slice(&unhex(prev_hex).unwrap_or(GENESIS));
    bytes.extend_from_slice(canonical.as_bytes());
    hex(&sha256(&bytes))
}

fn unhex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, chunk) in text.as_bytes().chunks(2).enumerate() {
        out[i] = u8::from_str_radix(std::str::from_utf8(chunk).ok()?, 16).ok()?;
    }
    Some(out)
}

/// Appends an entry; call inside the transaction of the action it records.
pub fn append(
    conn: &Connection,
    at: DateTime<Utc>,
    actor: &str,
    action: &str,
    subject: &str,
    detail: Value,
) -> Result<i64> {
    let last: Option<(i64, String)> = conn
        .query_row(
            "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (seq, prev) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, hex(&GENESIS)),
    };
    let at = ts(at);
    // Re-parse so the stored text and the hashed value are the same canonical form.
    let detail_text = detail.to_string();
    let detail: Value = serde_json::from_str(&detail_text).unwrap_or(Value::Null);
    let hash = chain(&prev, &canonical(seq, &at, actor, action, subject, &detail));
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, subject, detail, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            seq,
            at,
            actor,
            action,
            subject,
            detail.to_string(),
            prev,
            hash
        ],
    )?;
    Ok(seq)
}

/// Result of checking the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// Every entry chains; the number of entries and the last hash.
    Intact { entries: i64, head: String },
    /// The first entry whose content or link does not match.
    Broken { seq: i64 },
}

/// Walks the whole log and recomputes every hash.
pub fn verify(conn: &Connection) -> Result<Verification> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut prev = hex(&GENESIS);
    let mut expected_seq = 1;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        let seq: i64 = row.get(0)?;
        let at: String = row.get(1)?;
        let actor: String = row.get(2)?;
        let action: String = row.get(3)?;
        let subject: String = row.get(4)?;
        let detail: String = row.get(5)?;
        let stored_prev: String = row.get(6)?;
        let hash: String = row.get(7)?;
        let Ok(detail) = serde_json::from_str::<Value>(&detail) else {
            return Ok(Verification::Broken { seq });
        };
        if seq != expected_seq
            || stored_prev != prev
            || chain(
                &prev,
                &canonical(seq, &at, &actor, &action, &subject, &detail),
            ) != hash
        {
            return Ok(Verification::Broken { seq });
        }
        prev = hash;
        expected_seq += 1;
        count += 1;
    }
    Ok(Verification::Intact {
        entries: count,
        head: prev,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn db() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::migrate(&mut conn, &[MIGRATION]).unwrap();
        conn
    }

    #[test]
    fn intact_chain_verifies() {
        let conn = db();
        assert!(matches!(
            verify(&conn).unwrap(),
            Verification::Intact { entries: 0, .. }
        ));
        for i in 0..5 {
            append(
                &conn,
                Utc::now(),
                "clerk:c1",
                "record.edit",
                &format!("r{i}"),
                json!({"field": "x", "b": 1}),
            )
            .unwrap();
        }
        assert!(matches!(
            verify(&conn).unwrap(),
            Verification::Intact { entries: 5, .. }
        ));
    }

    #[test]
    fn edits_and_deletions_are_detected() {
        let conn = db();
        for i in 0..5 {
            append(
                &conn,
                Utc::now(),
                "system",
                "visit.call",
                &format!("v{i}"),
                json!({}),
            )
            .unwrap();
        }
        // The triggers stop ordinary edits.
        assert!(
            conn.execute("UPDATE audit_log SET actor = 'x' WHERE seq = 3", [])
                .is_err()
        );
        conn.execute_batch("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")
            .unwrap();
        conn.execute("UPDATE audit_log SET actor = 'x' WHERE seq = 3", [])
            .unwrap();
        assert_eq!(verify(&conn).unwrap(), Verification::Broken { seq: 3 });
        conn.execute("UPDATE audit_log SET actor = 'system' WHERE seq = 3", [])
            .unwrap();
        assert!(matches!(
            verify(&conn).unwrap(),
            Verification::Intact { .. }
        ));
        conn.execute("DELETE FROM audit_log WHERE seq = 2", [])
            .unwrap();
        assert_eq!(verify(&conn).unwrap(), Verification::Broken { seq: 3 });
    }
}
