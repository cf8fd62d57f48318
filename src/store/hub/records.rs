//! Records: the applications kiosks send, the clerks' lookups and
//! corrections, confirmation or rejection, and retention.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Value, json};
use uuid::Uuid;

use super::devices::Device;
use super::{day_text, not_found, parse_day};
use crate::domain::validate::to_katakana;
use crate::i18n::Message;
use crate::model::{
    FieldValue, ItemResult, KnownNames, Outcome, Record, RecordChange, RecordIn, RecordStatus,
    RecordSummary, Source, check_edit, check_record, check_reject_reason,
};
use crate::queue::TicketNumber;
use crate::store::audit::{self, AuditKey};
use crate::store::{Result, StoreError, parse_ts, ts};

/// Field whose value is indexed for the clerk's lookup by reading (kana):
/// the catalogue's shared applicant reading (ふりがな).
pub const KANA_FIELD: &str = "applicant.reading";

/// Reading (kana) as indexed: katakana, no spaces, so ひらがな and カタカナ
/// searches meet and `ヤマダ タロウ` is found by `やまだた`.
pub fn normalize_kana(text: &str) -> String {
    // One hiragana→katakana mapping for the whole product (ゝ/ゞ included).
    to_katakana(text)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '・')
        // Half-width and full-width ASCII letters fold to upper case.
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn refuse(id: &str, message: Message) -> ItemResult {
    ItemResult {
        id: id.to_owned(),
        outcome: Outcome::Refused,
        error: Some(message),
    }
}

/// Whether today's ticket `number` was issued to someone else than
/// `device` (another kiosk, or a clerk's walk-in): a kiosk only attaches
/// records to its own residents' tickets.
fn ticket_of_another_device(
    conn: &Connection,
    device: &Device,
    number: &TicketNumber,
    today: NaiveDate,
) -> Result<bool> {
    let owner: Option<Option<i64>> = conn
        .prepare_cached("SELECT device_id FROM visits WHERE day = ?1 AND prefix = ?2 AND seq = ?3")?
        .query_row(params![day_text(today), number.prefix, number.seq], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(owner.is_some_and(|owner| owner != Some(device.id)))
}

/// Stores one record unless it is already there (same UUID); refused when
/// invalid or on another device's ticket.
pub fn store_record(
    conn: &Connection,
    device: &Device,
    rec: &RecordIn,
    today: NaiveDate,
    now: DateTime<Utc>,
    accept_plain: bool,
    known: &KnownNames,
) -> Result<ItemResult> {
    let id = rec.id.to_string();
    let exists: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM records WHERE id = ?1)")?
        .query_row([&id], |r| r.get(0))?;
    if exists {
        return Ok(ItemResult {
            id,
            outcome: Outcome::Duplicate,
            error: None,
        });
    }
    if let Err(message) = check_record(rec, accept_plain, known) {
        return Ok(refuse(&id, message));
    }
    if let Some(number) = rec.number.as_deref().and_then(TicketNumber::parse)
        && ticket_of_another_device(conn, device, &number, today)?
    {
        return Ok(refuse(
            &id,
            Message::new("hub-error-record-other-ticket").arg("number", number.to_string()),
        ));
    }
    let kana = rec
        .fields
        .get(KANA_FIELD)
        .and_then(|f| f.value.as_str())
        .map(normalize_kana)
        .unwrap_or_default();
    let number = rec
        .number
        .as_deref()
        .and_then(TicketNumber::parse)
        .map(|n| n.to_string());
    let preapp = serde_json::to_value(rec.preapp)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    conn.prepare_cached(
        "INSERT INTO records (id, device_id, created_at, received_at, day, number, lang, procedures, fields, kana,
         preapp, status, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'received', ?4)",
    )?
    .execute(params![
        id,
        device.id,
        ts(rec.created_at),
        ts(now),
        day_text(today),
        number,
        rec.lang,
        serde_json::to_string(&rec.procedures).unwrap_or_default(),
        serde_json::to_string(&rec.fields).unwrap_or_default(),
        kana,
        preapp
    ])?;
    audit::append(
        conn,
        now,
        &format!("device:{}", device.id),
        "record.received",
        &format!("record:{id}"),
        json!({"procedures": rec.procedures, "number": number}),
    )?;
    Ok(ItemResult {
        id,
        outcome: Outcome::Stored,
        error: None,
    })
}

pub fn record(conn: &Connection, id: Uuid) -> Result<Record> {
    let row = conn
        .prepare_cached(
            "SELECT number, day, lang, procedures, fields, preapp, status, reject_reason, created_at, received_at
             FROM records WHERE id = ?1",
        )?
        .query_row([id.to_string()], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, Option<String>>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
            ))
        })
        .optional()?
        .ok_or_else(|| not_found("record", id))?;
    let (number, day, lang, procedures, fields, preapp, status, reject_reason, created, received) =
        row;
    let mut stmt = conn.prepare_cached(
        "SELECT at, clerk, field, old_value, new_value FROM record_changes WHERE record_id = ?1 ORDER BY id",
    )?;
    let changes = stmt
        .query_map([id.to_string()], |r| {
            let old: Option<String> = r.get(3)?;
            let new: String = r.get(4)?;
            Ok(RecordChange {
                at: parse_ts(&r.get::<_, String>(0)?).unwrap_or_default(),
                clerk: r.get(1)?,
                field: r.get(2)?,
                old: old.and_then(|o| serde_json::from_str(&o).ok()),
                new: serde_json::from_str(&new).unwrap_or(Value::Null),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Record {
        id,
        number,
        day: parse_day(&day),
        lang,
        procedures: serde_json::from_str(&procedures).unwrap_or_default(),
        fields: serde_json::from_str(&fields).unwrap_or_default(),
        preapp: serde_json::from_value(Value::String(preapp)).unwrap_or_default(),
        status: RecordStatus::parse(&status).unwrap_or(RecordStatus::Received),
        reject_reason,
        created_at: parse_ts(&created).unwrap_or_default(),
        received_at: parse_ts(&received).unwrap_or_default(),
        changes,
    })
}

fn summary_from_row(r: &Row) -> rusqlite::Result<RecordSummary> {
    let id: String = r.get(0)?;
    Ok(RecordSummary {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        number: r.get(1)?,
        day: parse_day(&r.get::<_, String>(2)?),
        kana: r.get(3)?,
        procedures: serde_json::from_str(&r.get::<_, String>(4)?).unwrap_or_default(),
        status: RecordStatus::parse(&r.get::<_, String>(5)?).unwrap_or(RecordStatus::Received),
    })
}

/// Records that came with a ticket number on a day.
pub fn records_by_number(
    conn: &Connection,
    day: NaiveDate,
    number: &str,
) -> Result<Vec<RecordSummary>> {
    let Some(number) = TicketNumber::parse(number) else {
        return Err(StoreError::Invalid(
            Message::new("hub-error-bad-number").arg("number", number),
        ));
    };
    let mut stmt = conn.prepare_cached(
        "SELECT id, number, day, kana, procedures, status FROM records WHERE number = ?1 AND day = ?2 ORDER BY received_at",
    )?;
    let rows = stmt.query_map(params![number.to_string(), day_text(day)], summary_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records whose reading starts with `kana` (any day), in reading order.
pub fn records_by_kana(conn: &Connection, kana: &str, limit: u32) -> Result<Vec<RecordSummary>> {
    let key = normalize_kana(kana);
    if key.is_empty() {
        return Ok(Vec::new());
    }
    // A range on the index instead of LIKE, which SQLite would not index here.
    let upper = format!("{key}\u{10FFFF}");
    let mut stmt = conn.prepare_cached(
        "SELECT id, number, day, kana, procedures, status FROM records WHERE kana >= ?1 AND kana < ?2
         ORDER BY kana LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![key, upper, limit], summary_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A clerk's correction of fields; each change is kept with the old value,
/// and the audit log gets keyed digests of both.
pub fn edit_record(
    conn: &Connection,
    id: Uuid,
    changes: &BTreeMap<String, Value>,
    now: DateTime<Utc>,
    clerk: &str,
    key: &AuditKey,
    known: &KnownNames,
) -> Result<Record> {
    let current = record(conn, id)?;
    if current.status != RecordStatus::Received {
        return Err(StoreError::Conflict(Message::new(
            "hub-error-record-closed",
        )));
    }
    check_edit(changes, known).map_err(StoreError::Invalid)?;
    let mut fields = current.fields.clone();
    let mut logged = Vec::new();
    for (name, value) in changes {
        let old = fields.get(name).cloned();
        if old.as_ref().map(|o| &o.value) == Some(value) {
            continue;
        }
        conn.execute(
            "INSERT INTO record_changes (record_id, at, clerk, field, old_value, new_value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id.to_string(),
                ts(now),
                clerk,
                name,
                old.as_ref().map(|o| serde_json::to_string(o).unwrap_or_default()),
                value.to_string()
            ],
        )?;
        logged.push(json!({
            "field": name,
            "old": old.as_ref().map(|o| key.digest(&o.value)),
            "new": key.digest(value),
        }));
        fields.insert(
            name.clone(),
            FieldValue {
                value: value.clone(),
                source: Source::Clerk,
            },
        );
    }
    let kana = fields
        .get(KANA_FIELD)
        .and_then(|f| f.value.as_str())
        .map(normalize_kana)
        .unwrap_or_default();
    conn.execute(
        "UPDATE records SET fields = ?2, kana = ?3, updated_at = ?4 WHERE id = ?1",
        params![
            id.to_string(),
            serde_json::to_string(&fields).unwrap_or_default(),
            kana,
            ts(now)
        ],
    )?;
    if !logged.is_empty() {
        audit::append(
            conn,
            now,
            clerk,
            "record.edit",
            &format!("record:{id}"),
            json!({"changes": logged}),
        )?;
    }
    record(conn, id)
}

/// Confirms (`reason` None) or rejects a received record.
pub fn close_record(
    conn: &Connection,
    id: Uuid,
    reason: Option<&str>,
    now: DateTime<Utc>,
    clerk: &str,
    key: &AuditKey,
) -> Result<Record> {
    let current = record(conn, id)?;
    if current.status != RecordStatus::Received {
        return Err(StoreError::Conflict(Message::new(
            "hub-error-record-closed",
        )));
    }
    let status = match reason {
        None => RecordStatus::Confirmed,
        Some(reason) => {
            check_reject_reason(reason).map_err(StoreError::Invalid)?;
            RecordStatus::Rejected
        }
    };
    let confirmed_by = (status == RecordStatus::Confirmed).then_some(clerk);
    conn.execute(
        "UPDATE records SET status = ?2, reject_reason = ?3, updated_at = ?4, completed_at = ?4, confirmed_by = ?5
         WHERE id = ?1",
        params![
            id.to_string(),
            status.as_str(),
            reason.map(str::trim),
            ts(now),
            confirmed_by
        ],
    )?;
    audit::append(
        conn,
        now,
        clerk,
        &format!("record.{}", status.as_str()),
        &format!("record:{id}"),
        json!({"reason": reason.map(|r| key.digest(&Value::String(r.to_owned())))}),
    )?;
    record(conn, id)
}

/// Deletes completed records finished before `cutoff`; the audit log keeps
/// one entry per deleted record. Works in chunks of `chunk`; returns how many.
pub fn purge_records(
    conn: &Connection,
    cutoff: DateTime<Utc>,
    now: DateTime<Utc>,
    chunk: u32,
) -> Result<usize> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, status, day FROM records WHERE completed_at IS NOT NULL AND completed_at < ?1 LIMIT ?2",
    )?;
    let doomed: Vec<(String, String, String)> = stmt
        .query_map(params![ts(cutoff), chunk], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (id, status, day) in &doomed {
        conn.execute("DELETE FROM records WHERE id = ?1", [id])?;
        audit::append(
            conn,
            now,
            "system",
            "record.purged",
            &format!("record:{id}"),
            json!({"status": status, "day": day}),
        )?;
    }
    Ok(doomed.len())
}

/// Numbers of records by status, for metrics.
pub fn record_count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM records", [], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::super::tests::{db, kiosk, now};
    use super::*;
    use crate::model::Preapp;

    fn known() -> KnownNames {
        crate::domain::record::known_names(&crate::domain::Catalog::embedded())
    }

    #[test]
    fn records_are_idempotent_and_edits_logged() {
        let conn = db();
        let key = AuditKey::random();
        let device = kiosk(&conn);
        let mut fields = BTreeMap::new();
        fields.insert(
            KANA_FIELD.into(),
            FieldValue {
                value: json!("やまだ たろう"),
                source: Source::Qr,
            },
        );
        let rec = RecordIn {
            id: Uuid::new_v4(),
            created_at: now(),
            procedures: vec!["juminhyo-utsushi".into()],
            lang: "ja".into(),
            fields,
            number: Some("A-3".into()),
            preapp: Preapp::Encrypted,
        };
        let day = now().date_naive();
        assert_eq!(
            store_record(&conn, &device, &rec, day, now(), true, &known())
                .unwrap()
                .outcome,
            Outcome::Stored
        );
        assert_eq!(
            store_record(&conn, &device, &rec, day, now(), true, &known())
                .unwrap()
                .outcome,
            Outcome::Duplicate
        );
        assert_eq!(records_by_kana(&conn, "ヤマダ", 10).unwrap().len(), 1);
        assert_eq!(records_by_number(&conn, day, "A-003").unwrap().len(), 1);
        let mut change = BTreeMap::new();
        change.insert(KANA_FIELD.to_string(), json!("ヤマダ ハナコ"));
        let edited =
            edit_record(&conn, rec.id, &change, now(), "clerk:c1", &key, &known()).unwrap();
        assert_eq!(edited.fields[KANA_FIELD].source, Source::Clerk);
        assert_eq!(edited.changes.len(), 1);
        assert_eq!(edited.changes[0].old.as_ref().unwrap().source, Source::Qr);
        assert_eq!(records_by_kana(&conn, "やまだは", 10).unwrap().len(), 1);
        let closed = close_record(&conn, rec.id, None, now(), "clerk:c1", &key).unwrap();
        assert_eq!(closed.status, RecordStatus::Confirmed);
        assert!(close_record(&conn, rec.id, Some("x"), now(), "clerk:c1", &key).is_err());
        assert_eq!(
            purge_records(&conn, now() + Duration::days(1), now(), 100).unwrap(),
            1
        );
        assert!(record(&conn, rec.id).is_err());
        let purged: i64 = conn
            .query_row(
                "SELECT count(*) FROM audit_log WHERE action = 'record.purged'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(purged, 1);
        // The audit log holds no personal data.
        let details: Vec<String> = conn
            .prepare("SELECT detail FROM audit_log")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert!(
            details
                .iter()
                .all(|d| !d.contains("ヤマダ") && !d.contains("やまだ"))
        );
    }

    #[test]
    fn bad_records_are_refused_with_a_reason() {
        let conn = db();
        let device = kiosk(&conn);
        let mut fields = BTreeMap::new();
        fields.insert(
            "my_number".into(),
            FieldValue {
                value: json!("123456789012"),
                source: Source::Kiosk,
            },
        );
        let rec = RecordIn {
            id: Uuid::new_v4(),
            created_at: now(),
            procedures: vec!["juminhyo-utsushi".into()],
            lang: "ja".into(),
            fields,
            number: None,
            preapp: Preapp::None,
        };
        let result = store_record(
            &conn,
            &device,
            &rec,
            now().date_naive(),
            now(),
            true,
            &known(),
        )
        .unwrap();
        assert_eq!(result.outcome, Outcome::Refused);
        assert_eq!(result.error.unwrap().key, "hub-error-record-my-number");

        // Whether the resident has the card is not the number: stored.
        let mut card = rec.clone();
        card.id = Uuid::new_v4();
        card.fields = BTreeMap::from([(
            "applicant.has-mynumber-card".into(),
            FieldValue {
                value: json!("yes"),
                source: Source::Kiosk,
            },
        )]);
        let result = store_record(
            &conn,
            &device,
            &card,
            now().date_naive(),
            now(),
            true,
            &known(),
        )
        .unwrap();
        assert_ne!(result.outcome, Outcome::Refused, "{:?}", result.error);
        // A card number under a card-like name is still refused.
        card.id = Uuid::new_v4();
        card.fields
            .get_mut("applicant.has-mynumber-card")
            .unwrap()
            .value = json!("123456789012");
        let result = store_record(
            &conn,
            &device,
            &card,
            now().date_naive(),
            now(),
            true,
            &known(),
        )
        .unwrap();
        assert_eq!(result.outcome, Outcome::Refused);
    }

    #[test]
    fn kana_normalises() {
        assert_eq!(normalize_kana("やまだ　たろう"), "ヤマダタロウ");
        assert_eq!(normalize_kana("ヤマダ・タロウ"), "ヤマダタロウ");
        // The iteration marks fold like the validator's converter does.
        assert_eq!(normalize_kana("みすゞ"), "ミスヾ");
    }
}
