//! The day's export (confirmed records) and statistics.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use super::day_text;
use super::services::{active_services, service_row};
use crate::model::{
    ConfirmedRecord, DailyStats, FieldValue, LanguageCount, ServiceCount, is_individual_number,
};
use crate::queue::TicketNumber;
use crate::store::{Result, parse_ts};

/// The clerk id of an actor text (`clerk:c1@station-1` → `c1`).
pub fn clerk_id_of(actor: &str) -> &str {
    let rest = actor.strip_prefix("clerk:").unwrap_or(actor);
    rest.split_once('@').map_or(rest, |(id, _)| id)
}

fn visit_service(
    conn: &Connection,
    day: NaiveDate,
    number: &TicketNumber,
) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT service FROM visits WHERE day = ?1 AND prefix = ?2 AND seq = ?3 ORDER BY id DESC LIMIT 1",
        )?
        .query_row(params![day_text(day), number.prefix, number.seq], |r| r.get(0))
        .optional()?)
}

/// number, procedures, fields, completed_at, confirmed_by
type ConfirmedRow = (
    Option<String>,
    String,
    String,
    Option<String>,
    Option<String>,
);

/// The confirmed records of a day (the day they arrived), in confirmation order.
pub fn confirmed_records(conn: &Connection, day: NaiveDate) -> Result<Vec<ConfirmedRecord>> {
    let mut stmt = conn.prepare_cached(
        "SELECT number, procedures, fields, completed_at, confirmed_by FROM records
         WHERE day = ?1 AND status = 'confirmed' ORDER BY completed_at, id",
    )?;
    let rows: Vec<ConfirmedRow> = stmt
        .query_map([day_text(day)], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(rows.len());
    for (number, procedures, fields, completed, confirmed_by) in rows {
        let parsed = number.as_deref().and_then(TicketNumber::parse);
        let service = match &parsed {
            Some(n) => visit_service(conn, day, n)?.or_else(|| Some(n.prefix.clone())),
            None => None,
        };
        let mut fields: BTreeMap<String, FieldValue> =
            serde_json::from_str(&fields).unwrap_or_default();
        fields.retain(|name, field| !is_individual_number(name, &field.value));
        out.push(ConfirmedRecord {
            number,
            service,
            procedures: serde_json::from_str(&procedures).unwrap_or_default(),
            confirmed_at: completed.as_deref().and_then(parse_ts).unwrap_or_default(),
            clerk: clerk_id_of(confirmed_by.as_deref().unwrap_or_default()).to_owned(),
            fields,
        });
    }
    Ok(out)
}

/// The value below which `share` of the sorted samples lie (nearest rank).
pub fn percentile(sorted: &[f64], share: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (share * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted.get(rank.min(sorted.len()) - 1).copied()
}

fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A day's numbers: visits per service, wait from ticket to first call,
/// the share of visits that came with a QR pre-application, languages.
///
/// A resident is one visit: a transfer counts in the queue it ended in, and
/// the wait is that of the original ticket to its first call. Languages are
/// those of the day's applications (a ticket alone has none). Records that
/// retention deleted no longer count.
pub fn daily_stats(conn: &Connection, day: NaiveDate) -> Result<DailyStats> {
    let day_key = day_text(day);
    let mut per_service: BTreeMap<String, u32> = BTreeMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT service, count(*) FROM visits WHERE day = ?1 AND state != 'transferred' GROUP BY service",
    )?;
    for row in stmt.query_map([&day_key], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?))
    })? {
        let (service, n) = row?;
        per_service.insert(service, n);
    }
    let mut visits = Vec::new();
    for s in active_services(conn)? {
        visits.push(ServiceCount {
            visits: per_service.remove(&s.prefix).unwrap_or(0),
            service: s.prefix,
            name_key: s.name_key,
        });
    }
    // Services no longer configured but visited that day.
    for (service, n) in per_service {
        let name_key = service_row(conn, &service)
            .map(|r| r.name_key)
            .unwrap_or_default();
        visits.push(ServiceCount {
            service,
            name_key,
            visits: n,
        });
    }
    let mut stmt = conn.prepare_cached(
        "SELECT (julianday(min(e.at)) - julianday(v.issued_at)) * 1440.0 FROM visits v
         JOIN visit_events e ON e.visit_id = v.id AND e.event = 'call'
         WHERE v.day = ?1 AND v.transferred_from IS NULL GROUP BY v.id",
    )?;
    let mut waits: Vec<f64> = stmt
        .query_map([&day_key], |r| r.get::<_, Option<f64>>(0))?
        .filter_map(|r| r.ok().flatten())
        .map(|m| m.max(0.0))
        .collect();
    waits.sort_by(f64::total_cmp);
    let residents: Vec<String> = conn
        .prepare_cached(
            "SELECT prefix, seq FROM visits WHERE day = ?1 AND transferred_from IS NULL",
        )?
        .query_map([&day_key], |r| {
            Ok(TicketNumber::new(r.get::<_, String>(0)?, r.get(1)?).to_string())
        })?
        .collect::<rusqlite::Result<_>>()?;
    let with_qr: std::collections::HashSet<String> = conn
        .prepare_cached(
            "SELECT DISTINCT number FROM records WHERE day = ?1 AND number IS NOT NULL AND preapp != 'none'",
        )?
        .query_map([&day_key], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let qr_visits = residents.iter().filter(|n| with_qr.contains(*n)).count() as u32;
    let languages = conn
        .prepare_cached(
            "SELECT lang, count(*) FROM records WHERE day = ?1 GROUP BY lang ORDER BY count(*) DESC, lang",
        )?
        .query_map([&day_key], |r| {
            Ok(LanguageCount {
                lang: r.get(0)?,
                count: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let total = residents.len() as u32;
    Ok(DailyStats {
        day,
        total_visits: total,
        visits,
        called: waits.len() as u32,
        wait_average_minutes: (!waits.is_empty())
            .then(|| one_decimal(waits.iter().sum::<f64>() / waits.len() as f64)),
        wait_p90_minutes: percentile(&waits, 0.9).map(one_decimal),
        qr_visits,
        qr_share: (total > 0).then(|| qr_visits as f64 / total as f64),
        languages,
    })
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::super::tests::{db, now};
    use super::super::visits::{act, call_next, issue_ticket, transfer};
    use super::*;
    use crate::queue::VisitAction;

    #[test]
    fn stats_count_a_transferred_resident_once_and_wait_to_the_first_call() {
        let conn = db();
        let day = now().date_naive();
        let a1 = issue_ticket(&conn, day, "A", "hub", None, now(), "t").unwrap();
        issue_ticket(&conn, day, "A", "hub", None, now(), "t").unwrap();
        let later = now() + Duration::minutes(6);
        call_next(&conn, day, "1", &["A".into()], later, "c").unwrap();
        // A recall later does not change the wait; the transfer moves the
        // resident to B, where they count.
        act(
            &conn,
            a1.id,
            VisitAction::Recall,
            later + Duration::minutes(5),
            "c",
            None,
        )
        .unwrap();
        transfer(&conn, a1.id, "B", later + Duration::minutes(6), "c").unwrap();
        let stats = daily_stats(&conn, day).unwrap();
        assert_eq!(stats.total_visits, 2);
        let count = |p: &str| stats.visits.iter().find(|s| s.service == p).unwrap().visits;
        assert_eq!((count("A"), count("B")), (1, 1));
        assert_eq!(stats.called, 1);
        assert_eq!(stats.wait_average_minutes, Some(6.0));
        assert_eq!(stats.qr_share, Some(0.0));
    }

    #[test]
    fn percentiles_use_the_nearest_rank_and_clerk_ids_drop_the_station() {
        let waits = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0];
        assert_eq!(percentile(&waits, 0.9), Some(9.0));
        assert_eq!(percentile(&waits[..1], 0.9), Some(1.0));
        assert_eq!(percentile(&[], 0.9), None);
        assert_eq!(clerk_id_of("clerk:c1@station-1"), "c1");
        assert_eq!(clerk_id_of(""), "");
    }
}
