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
//! (retention deletes records; the log keeps that they existed). The
//! digests are keyed ([`AuditKey`]: HMAC-SHA-256 with the office's secret,
//! kept in `audit.key` next to the store, never in it): an auditor with the
//! key can check that a value was the one edited, and without the key no
//! one can find a name or a birth date by trying candidates. Logs from
//! before keyed digests had plain SHA-256 digests; the first opening blanks
//! them once ([`blank_unkeyed_digests_if_asked`]), re-chains the log and
//! appends an `audit.unkeyed_digests_blanked` entry with the former head, so
//! a head noted before the upgrade can still be matched.
//!
//! The table has triggers that refuse UPDATE and DELETE, so an ordinary
//! mistake cannot rewrite history; someone who drops the triggers is what the
//! chain is for.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};
use hmac::{KeyInit, Mac};
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Value, json};

use super::{Result, StoreError, hex, sha256, ts};
use crate::i18n::Message;

/// File of the office's audit key in the hub's data directory.
pub const KEY_FILE: &str = "audit.key";

/// The office's secret for the digests of values in the log.
#[derive(Clone, PartialEq, Eq)]
pub struct AuditKey([u8; 32]);

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(…)")
    }
}

impl AuditKey {
    pub fn new(bytes: [u8; 32]) -> AuditKey {
        AuditKey(bytes)
    }

    pub fn random() -> AuditKey {
        let mut bytes = [0u8; 32];
        rand::fill(&mut bytes[..]);
        AuditKey(bytes)
    }

    /// The key in `data_dir`, made on first start (readable by the owner only).
    pub fn load_or_create(data_dir: &Path) -> Result<AuditKey> {
        let path = data_dir.join(KEY_FILE);
        let failed = |e: std::io::Error| key_file_error(&path, e);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(mut file) => {
                let key = AuditKey::random();
                file.write_all(format!("{}\n", hex(&key.0)).as_bytes())
                    .and_then(|()| file.sync_all())
                    .map_err(failed)?;
                Ok(key)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => AuditKey::load(data_dir),
            Err(e) => Err(failed(e)),
        }
    }

    /// The key in `data_dir`, which must be there (for an auditor's check).
    pub fn load(data_dir: &Path) -> Result<AuditKey> {
        let path = data_dir.join(KEY_FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| key_file_error(&path, e))?;
        unhex(text.trim()).map(AuditKey).ok_or_else(|| {
            key_file_error(
                &path,
                std::io::Error::new(std::io::ErrorKind::InvalidData, "not 64 hexadecimal digits"),
            )
        })
    }

    /// The digest the log keeps of a value: HMAC-SHA-256 of its JSON text
    /// under this key, the first 128 bits in hex.
    pub fn digest(&self, value: &Value) -> String {
        let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&self.0)
            .expect("HMAC takes a key of any length");
        mac.update(value.to_string().as_bytes());
        hex(&mac.finalize().into_bytes()[..16])
    }
}

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

fn key_file_error(path: &Path, e: std::io::Error) -> StoreError {
    StoreError::Invalid(
        Message::new("hub-error-audit-key")
            .arg("path", path.display().to_string())
            .arg("reason", e.to_string()),
    )
}

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

/// Blanks the unkeyed digests of older logs once, when the migration to
/// keyed digests asked for it (see the module docs). A log whose chain is
/// already broken is left as it is, and the task stays pending: re-chaining
/// it would hide the break; `hub audit verify` shows where it is.
pub fn blank_unkeyed_digests_if_asked(conn: &Connection, now: DateTime<Utc>) -> Result<()> {
    const TASK: &str = "audit-blank-unkeyed-digests";
    if !super::pending_task(conn, TASK)? {
        return Ok(());
    }
    let Verification::Intact { head, .. } = verify(conn)? else {
        tracing::error!("the audit log's chain is broken: its unkeyed digests are not blanked");
        return Ok(());
    };
    let tx = conn.unchecked_transaction()?;
    tx.execute_batch("DROP TRIGGER audit_log_no_update")?;
    let rows: Vec<(i64, String, String, String, String, String, String)> = tx
        .prepare(
            "SELECT seq, at, actor, action, subject, detail, hash FROM audit_log ORDER BY seq",
        )?
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut prev = hex(&GENESIS);
    let mut blanked = 0;
    for (seq, at, actor, action, subject, detail, hash) in rows {
        let mut detail: Value = serde_json::from_str(&detail).unwrap_or(Value::Null);
        if blank_digests(&action, &mut detail) {
            blanked += 1;
        }
        if blanked == 0 {
            prev = hash;
            continue;
        }
        let hash = chain(
            &prev,
            &canonical(seq, &at, &actor, &action, &subject, &detail),
        );
        tx.execute(
            "UPDATE audit_log SET detail = ?2, prev_hash = ?3, hash = ?4 WHERE seq = ?1",
            params![seq, detail.to_string(), prev, hash],
        )?;
        prev = hash;
    }
    tx.execute_batch(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
         BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;",
    )?;
    if blanked > 0 {
        append(
            &tx,
            now,
            "system",
            "audit.unkeyed_digests_blanked",
            "audit_log",
            json!({"entries": blanked, "previous_head": head}),
        )?;
    }
    super::task_done(&tx, TASK)?;
    tx.commit()?;
    super::truncate_wal_or_warn(conn);
    Ok(())
}

/// Replaces the value digests of an entry by null; whether there were any.
fn blank_digests(action: &str, detail: &mut Value) -> bool {
    let mut found = false;
    let mut blank = |slot: Option<&mut Value>| {
        if let Some(slot) = slot.filter(|v| !v.is_null()) {
            *slot = Value::Null;
            found = true;
        }
    };
    match action {
        "record.edit" => {
            if let Some(changes) = detail.get_mut("changes").and_then(Value::as_array_mut) {
                for change in changes {
                    blank(change.get_mut("old"));
                    blank(change.get_mut("new"));
                }
            }
        }
        "record.rejected" | "record.confirmed" => blank(detail.get_mut("reason")),
        _ => {}
    }
    found
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

    #[test]
    fn digests_are_keyed() {
        let value = json!("1961-07-23");
        let (a, b) = (AuditKey::random(), AuditKey::random());
        assert_eq!(a.digest(&value), a.digest(&value));
        assert_ne!(a.digest(&value), b.digest(&value));
        assert_ne!(a.digest(&value), a.digest(&json!("1961-07-24")));
        // Not the plain SHA-256 (whole or cut) that anyone could recompute.
        let plain = hex(&sha256(value.to_string().as_bytes()));
        assert_eq!(a.digest(&value).len(), 32);
        assert!(!plain.starts_with(&a.digest(&value)));
        assert!(!plain.starts_with(&a.digest(&value)[..16]));
    }

    #[test]
    fn the_key_file_is_made_once_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let made = AuditKey::load_or_create(dir.path()).unwrap();
        assert_eq!(AuditKey::load_or_create(dir.path()).unwrap(), made);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(dir.path().join(KEY_FILE), "not a key\n").unwrap();
        let refused = AuditKey::load_or_create(dir.path()).unwrap_err();
        assert_eq!(refused.message().key, "hub-error-audit-key");
    }

    #[test]
    fn unkeyed_digests_are_blanked_once_and_the_chain_still_verifies() {
        let conn = db();
        let old = |v: &str| hex(&sha256(json!(v).to_string().as_bytes()))[..16].to_owned();
        append(&conn, Utc::now(), "system", "visit.call", "v1", json!({})).unwrap();
        append(
            &conn,
            Utc::now(),
            "clerk:c1",
            "record.edit",
            "record:r1",
            json!({"changes": [{"field": "applicant.birth", "old": old("1961-07-23"), "new": old("1961-07-24")}]}),
        )
        .unwrap();
        append(
            &conn,
            Utc::now(),
            "clerk:c1",
            "record.rejected",
            "record:r2",
            json!({"reason": old("x")}),
        )
        .unwrap();
        append(&conn, Utc::now(), "system", "visit.call", "v2", json!({})).unwrap();
        let Verification::Intact { head, .. } = verify(&conn).unwrap() else {
            panic!("intact")
        };
        conn.execute_batch(
            "CREATE TABLE pending_tasks (task TEXT PRIMARY KEY);
             INSERT INTO pending_tasks VALUES ('audit-blank-unkeyed-digests');",
        )
        .unwrap();
        blank_unkeyed_digests_if_asked(&conn, Utc::now()).unwrap();
        let details: Vec<String> = conn
            .prepare("SELECT detail FROM audit_log ORDER BY seq")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert!(
            !details.iter().any(|d| d.contains(&old("1961-07-23"))),
            "{details:?}"
        );
        assert!(details[1].contains("\"field\":\"applicant.birth\""));
        assert!(details[2].contains("\"reason\":null"));
        // The blanking is in the log, with the head an auditor may have noted.
        assert!(details[4].contains(&head), "{}", details[4]);
        assert!(matches!(
            verify(&conn).unwrap(),
            Verification::Intact { entries: 5, .. }
        ));
        // Once: the task is done, and the log is append-only again.
        assert!(!super::super::pending_task(&conn, "audit-blank-unkeyed-digests").unwrap());
        assert!(
            conn.execute("UPDATE audit_log SET actor = 'x'", [])
                .is_err()
        );
    }
}
