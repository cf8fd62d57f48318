//! Visits: a resident's place in a queue from ticket to done, the clerks'
//! actions on it, transfers between queues, and its history.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params, params_from_iter};
use serde_json::json;

use super::devices::Device;
use super::numbers::take_number;
use super::records::{record, records_by_number};
use super::services::{active_services, service_row};
use super::{day_text, not_found, parse_day};
use crate::i18n::Message;
use crate::model::{OfflineTicket, Outcome, Visit, VisitDetail, VisitEvent};
use crate::queue::{self, TicketNumber, VisitAction, VisitState, wait};
use crate::store::{Result, StoreError, audit, parse_ts, ts};

pub(super) const VISIT_COLUMNS: &str = "id, day, prefix, seq, service, state, origin, counter, issued_at, called_at, recalls, transferred_from, queued_at";

pub(super) fn visit_from_row(r: &Row) -> rusqlite::Result<(Visit, String)> {
    let prefix: String = r.get(2)?;
    let seq: u32 = r.get(3)?;
    let state: String = r.get(5)?;
    let issued: String = r.get(8)?;
    let called: Option<String> = r.get(9)?;
    Ok((
        Visit {
            id: r.get(0)?,
            day: parse_day(&r.get::<_, String>(1)?),
            number: TicketNumber::new(prefix, seq).to_string(),
            service: r.get(4)?,
            state: VisitState::parse(&state).unwrap_or(VisitState::Waiting),
            origin: r.get(6)?,
            counter: r.get(7)?,
            issued_at: parse_ts(&issued).unwrap_or_default(),
            called_at: called.as_deref().and_then(parse_ts),
            recalls: r.get(10)?,
            transferred_from: r.get(11)?,
        },
        r.get(12)?,
    ))
}

pub fn visit(conn: &Connection, id: i64) -> Result<Visit> {
    conn.prepare_cached(&format!("SELECT {VISIT_COLUMNS} FROM visits WHERE id = ?1"))?
        .query_row([id], visit_from_row)
        .optional()?
        .map(|(v, _)| v)
        .ok_or_else(|| not_found("visit", id))
}

#[allow(clippy::too_many_arguments)]
fn event(
    conn: &Connection,
    visit: i64,
    at: DateTime<Utc>,
    event: &str,
    from: Option<VisitState>,
    to: VisitState,
    counter: Option<&str>,
    actor: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO visit_events (visit_id, at, event, from_state, to_state, counter, actor)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        visit,
        ts(at),
        event,
        from.map(|s| s.as_str()),
        to.as_str(),
        counter,
        actor
    ])?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn insert_visit(
    conn: &Connection,
    day: NaiveDate,
    number: &TicketNumber,
    service: &str,
    origin: &str,
    device: Option<i64>,
    issued_at: DateTime<Utc>,
    queued_at: DateTime<Utc>,
    transferred_from: Option<i64>,
    actor: &str,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO visits (day, prefix, seq, service, state, origin, device_id, issued_at, queued_at, transferred_from)
         VALUES (?1, ?2, ?3, ?4, 'waiting', ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        day_text(day),
        number.prefix,
        number.seq,
        service,
        origin,
        device,
        ts(issued_at),
        ts(queued_at),
        transferred_from
    ])?;
    let id = conn.last_insert_rowid();
    event(
        conn,
        id,
        issued_at.max(queued_at),
        origin,
        None,
        VisitState::Waiting,
        None,
        actor,
    )?;
    Ok(id)
}

/// Issues a hub number and opens its visit (`origin`: `hub` or `walk_in`).
pub fn issue_ticket(
    conn: &Connection,
    day: NaiveDate,
    service: &str,
    origin: &str,
    device: Option<i64>,
    now: DateTime<Utc>,
    actor: &str,
) -> Result<Visit> {
    service_row(conn, service)?;
    let seq = take_number(conn, day, service)?;
    let number = TicketNumber::new(service, seq);
    let id = insert_visit(
        conn, day, &number, service, origin, device, now, now, None, actor,
    )?;
    if origin == "walk_in" {
        audit::append(
            conn,
            now,
            actor,
            "visit.walk_in",
            &format!("visit:{id}"),
            json!({"number": number.to_string()}),
        )?;
    }
    visit(conn, id)
}

/// Registers a number a kiosk issued offline from its lease. Idempotent.
pub fn register_offline_ticket(
    conn: &Connection,
    device: &Device,
    ticket: &OfflineTicket,
) -> Result<Outcome> {
    let number = TicketNumber::parse(&ticket.number).ok_or_else(|| {
        StoreError::Invalid(Message::new("hub-error-bad-number").arg("number", &ticket.number))
    })?;
    let leased: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM number_leases WHERE device_id = ?1 AND day = ?2 AND prefix = ?3
             AND first <= ?4 AND last >= ?4)",
        )?
        .query_row(params![device.id, day_text(ticket.day), number.prefix, number.seq], |r| r.get(0))?;
    if !leased {
        return Err(StoreError::Invalid(
            Message::new("hub-error-not-leased").arg("number", &ticket.number),
        ));
    }
    let exists: bool = conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM visits WHERE day = ?1 AND prefix = ?2 AND seq = ?3 AND transferred_from IS NULL)",
        )?
        .query_row(params![day_text(ticket.day), number.prefix, number.seq], |r| r.get(0))?;
    if exists {
        return Ok(Outcome::Duplicate);
    }
    let actor = format!("device:{}", device.id);
    insert_visit(
        conn,
        ticket.day,
        &number,
        &number.prefix,
        "lease",
        Some(device.id),
        ticket.issued_at,
        ticket.issued_at,
        None,
        &actor,
    )?;
    Ok(Outcome::Stored)
}

/// Position in its queue (1 = next) of a waiting visit.
pub fn position(conn: &Connection, v: &Visit) -> Result<u32> {
    let queued: String =
        conn.query_row("SELECT queued_at FROM visits WHERE id = ?1", [v.id], |r| {
            r.get(0)
        })?;
    let ahead: u32 = conn
        .prepare_cached(
            "SELECT count(*) FROM visits WHERE day = ?1 AND service = ?2 AND state = 'waiting'
             AND (queued_at < ?3 OR (queued_at = ?3 AND id < ?4))",
        )?
        .query_row(params![day_text(v.day), v.service, queued, v.id], |r| {
            r.get(0)
        })?;
    Ok(ahead + 1)
}

/// What the wait estimate of a service is made from.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceStats {
    pub waiting: u32,
    pub per_resident_minutes: f64,
    pub open_counters: u32,
}

impl ServiceStats {
    pub fn wait_for(&self, ahead: u32) -> u32 {
        wait::estimate_minutes(
            ahead as usize,
            self.per_resident_minutes,
            self.open_counters as usize,
        )
    }
}

pub fn service_stats(
    conn: &Connection,
    day: NaiveDate,
    service: &str,
    now: DateTime<Utc>,
) -> Result<ServiceStats> {
    let row = service_row(conn, service)?;
    let day = day_text(day);
    let waiting: u32 = conn
        .prepare_cached(
            "SELECT count(*) FROM visits WHERE day = ?1 AND service = ?2 AND state = 'waiting'",
        )?
        .query_row(params![day, service], |r| r.get(0))?;
    let mut stmt = conn.prepare_cached(
        "SELECT (julianday(finished_at) - julianday(called_at)) * 1440.0 FROM visits
         WHERE day = ?1 AND service = ?2 AND state = 'done' AND called_at IS NOT NULL AND finished_at IS NOT NULL
         ORDER BY finished_at DESC LIMIT ?3",
    )?;
    let recent: Vec<f64> = stmt
        .query_map(params![day, service, wait::RECENT_SAMPLES as i64], |r| {
            r.get::<_, Option<f64>>(0)
        })?
        .filter_map(|r| r.ok().flatten())
        .collect();
    let since = ts(now - Duration::minutes(wait::OPEN_COUNTER_WINDOW_MINUTES));
    let open_counters: u32 = conn
        .prepare_cached(
            "SELECT count(DISTINCT counter) FROM visits WHERE day = ?1 AND service = ?2 AND called_at >= ?3
             AND counter IS NOT NULL",
        )?
        .query_row(params![day, service, since], |r| r.get(0))?;
    Ok(ServiceStats {
        waiting,
        per_resident_minutes: wait::minutes_per_resident(&recent, row.default_minutes as f64),
        open_counters,
    })
}

fn set_state(
    conn: &Connection,
    v: &Visit,
    action: VisitAction,
    counter: Option<&str>,
    now: DateTime<Utc>,
    actor: &str,
) -> Result<Visit> {
    let to = queue::transition(v.state, action).map_err(|e| StoreError::Conflict(e.message()))?;
    let now_text = ts(now);
    let counter = counter.map(str::to_owned).or_else(|| v.counter.clone());
    match action {
        VisitAction::Call | VisitAction::Recall => conn.execute(
            "UPDATE visits SET state = ?2, counter = ?3, called_at = ?4, recalls = recalls + ?5 WHERE id = ?1",
            params![v.id, to.as_str(), counter, now_text, (action == VisitAction::Recall) as i64],
        )?,
        VisitAction::Start => conn.execute(
            "UPDATE visits SET state = ?2, started_at = ?3 WHERE id = ?1",
            params![v.id, to.as_str(), now_text],
        )?,
        _ => conn.execute(
            "UPDATE visits SET state = ?2, finished_at = ?3 WHERE id = ?1",
            params![v.id, to.as_str(), now_text],
        )?,
    };
    event(
        conn,
        v.id,
        now,
        action.as_str(),
        Some(v.state),
        to,
        counter.as_deref(),
        actor,
    )?;
    // Every clerk action is audited; the day's closing is one summary entry.
    if action != VisitAction::CloseDay {
        audit::append(
            conn,
            now,
            actor,
            &format!("visit.{}", action.as_str()),
            &format!("visit:{}", v.id),
            json!({"number": v.number, "counter": counter}),
        )?;
    }
    visit(conn, v.id)
}

/// The counter's visit in progress (called or serving), if any.
pub fn active_at_counter(
    conn: &Connection,
    day: NaiveDate,
    counter: &str,
) -> Result<Option<Visit>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {VISIT_COLUMNS} FROM visits WHERE day = ?1 AND counter = ?2 AND state IN ('called', 'serving')
             ORDER BY called_at DESC LIMIT 1"
        ))?
        .query_row(params![day_text(day), counter], visit_from_row)
        .optional()?
        .map(|(v, _)| v))
}

/// Calls the longest-waiting visit among `services` to `counter`.
/// Returns `None` when nobody waits.
pub fn call_next(
    conn: &Connection,
    day: NaiveDate,
    counter: &str,
    services: &[String],
    now: DateTime<Utc>,
    actor: &str,
) -> Result<Option<Visit>> {
    if services.is_empty() {
        return Err(StoreError::Invalid(
            Message::new("hub-error-no-services-for-counter").arg("counter", counter),
        ));
    }
    for s in services {
        service_row(conn, s)?;
    }
    if let Some(busy) = active_at_counter(conn, day, counter)? {
        return Err(StoreError::Conflict(
            Message::new("hub-error-counter-busy").arg("number", busy.number),
        ));
    }
    let marks = vec!["?"; services.len()].join(", ");
    let sql = format!(
        "SELECT {VISIT_COLUMNS} FROM visits WHERE day = ? AND state = 'waiting' AND service IN ({marks})
         ORDER BY queued_at, id LIMIT 1"
    );
    let mut values: Vec<String> = vec![day_text(day)];
    values.extend(services.iter().cloned());
    let next = conn
        .prepare_cached(&sql)?
        .query_row(params_from_iter(values), visit_from_row)
        .optional()?;
    match next {
        None => Ok(None),
        Some((v, _)) => Ok(Some(set_state(
            conn,
            &v,
            VisitAction::Call,
            Some(counter),
            now,
            actor,
        )?)),
    }
}

/// Recall, start, finish, no-show on one visit.
pub fn act(
    conn: &Connection,
    id: i64,
    action: VisitAction,
    now: DateTime<Utc>,
    actor: &str,
    counter: Option<&str>,
) -> Result<Visit> {
    let v = visit(conn, id)?;
    set_state(conn, &v, action, counter, now, actor)
}

/// Moves a visit to another service's queue, keeping number and ticket time.
pub fn transfer(
    conn: &Connection,
    id: i64,
    to_service: &str,
    now: DateTime<Utc>,
    actor: &str,
) -> Result<Visit> {
    service_row(conn, to_service)?;
    let v = visit(conn, id)?;
    if v.service == to_service {
        return Err(StoreError::Invalid(Message::new("hub-error-same-service")));
    }
    let old = set_state(conn, &v, VisitAction::Transfer, None, now, actor)?;
    let number = TicketNumber::parse(&old.number).ok_or_else(|| not_found("visit", id))?;
    let original = old.transferred_from.unwrap_or(old.id);
    let new_id = insert_visit(
        conn,
        old.day,
        &number,
        to_service,
        "transfer",
        None,
        old.issued_at,
        old.issued_at,
        Some(original),
        actor,
    )?;
    audit::append(
        conn,
        now,
        actor,
        "visit.transfer",
        &format!("visit:{id}"),
        json!({"number": old.number, "from": old.service, "to": to_service, "new_visit": new_id}),
    )?;
    visit(conn, new_id)
}

pub fn visit_history(conn: &Connection, id: i64) -> Result<Vec<VisitEvent>> {
    // A transferred visit's history includes the visits it came from.
    let mut ids = vec![id];
    let mut current = id;
    while let Some(from) = conn
        .query_row(
            "SELECT transferred_from FROM visits WHERE id = ?1",
            [current],
            |r| r.get::<_, Option<i64>>(0),
        )
        .optional()?
        .flatten()
    {
        if ids.contains(&from) {
            break;
        }
        // Siblings: every visit transferred out of the same original.
        let mut stmt = conn.prepare_cached(
            "SELECT id FROM visits WHERE (transferred_from = ?1 OR id = ?1) AND id <> ?2",
        )?;
        let siblings: Vec<i64> = stmt
            .query_map(params![from, id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.extend(siblings);
        current = from;
    }
    ids.sort_unstable();
    ids.dedup();
    let marks = vec!["?"; ids.len()].join(", ");
    let mut stmt = conn.prepare(&format!(
        "SELECT at, event, from_state, to_state, counter, actor FROM visit_events WHERE visit_id IN ({marks}) ORDER BY at, id"
    ))?;
    let rows = stmt.query_map(params_from_iter(ids), |r| {
        Ok(VisitEvent {
            at: parse_ts(&r.get::<_, String>(0)?).unwrap_or_default(),
            event: r.get(1)?,
            from_state: r.get(2)?,
            to_state: r.get(3)?,
            counter: r.get(4)?,
            actor: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn visit_detail(conn: &Connection, id: i64) -> Result<VisitDetail> {
    let v = visit(conn, id)?;
    let history = visit_history(conn, id)?;
    let records = records_by_number(conn, v.day, &v.number)?
        .into_iter()
        .map(|s| record(conn, s.id))
        .collect::<Result<_>>()?;
    Ok(VisitDetail {
        visit: v,
        history,
        records,
    })
}

/// Open visits of a day in queue order (`waiting`, then those at counters).
pub fn waiting_list(
    conn: &Connection,
    day: NaiveDate,
    services: &[String],
    limit: u32,
) -> Result<Vec<Visit>> {
    let all = active_services(conn)?;
    let services: Vec<String> = if services.is_empty() {
        all.into_iter().map(|s| s.prefix).collect()
    } else {
        services.to_vec()
    };
    let mut out = Vec::new();
    for state in ["called", "serving", "waiting"] {
        for service in &services {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {VISIT_COLUMNS} FROM visits WHERE day = ?1 AND service = ?2 AND state = ?3
                 ORDER BY queued_at, id LIMIT ?4"
            ))?;
            let rows = stmt.query_map(
                params![day_text(day), service, state, limit],
                visit_from_row,
            )?;
            for row in rows {
                out.push(row?);
            }
        }
    }
    // Across services, waiting order is ticket time order.
    out.sort_by(|(a, qa), (b, qb)| {
        let rank = |v: &Visit| if v.state == VisitState::Waiting { 1 } else { 0 };
        rank(a)
            .cmp(&rank(b))
            .then_with(|| qa.cmp(qb))
            .then(a.id.cmp(&b.id))
    });
    out.truncate(limit as usize);
    Ok(out.into_iter().map(|(v, _)| v).collect())
}

/// Closes the open visits of days before `today`. Returns how many.
pub fn close_days_before(conn: &Connection, today: NaiveDate, now: DateTime<Utc>) -> Result<usize> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VISIT_COLUMNS} FROM visits WHERE day < ?1 AND state IN ('waiting', 'called', 'serving')"
    ))?;
    let open: Vec<Visit> = stmt
        .query_map([day_text(today)], visit_from_row)?
        .map(|r| r.map(|(v, _)| v))
        .collect::<rusqlite::Result<_>>()?;
    for v in &open {
        set_state(conn, v, VisitAction::CloseDay, None, now, "system")?;
    }
    if !open.is_empty() {
        audit::append(
            conn,
            now,
            "system",
            "day.close",
            &day_text(today),
            json!({"closed": open.len()}),
        )?;
    }
    Ok(open.len())
}

#[cfg(test)]
mod tests {
    use super::super::numbers::{LeaseLimits, grant_lease};
    use super::super::tests::{db, kiosk, now};
    use super::*;

    #[test]
    fn queue_flow_with_transfer_keeps_history() {
        let conn = db();
        let day = now().date_naive();
        let a1 = issue_ticket(&conn, day, "A", "hub", None, now(), "t").unwrap();
        let a2 = issue_ticket(&conn, day, "A", "hub", None, now(), "t").unwrap();
        assert_eq!((a1.number.as_str(), a2.number.as_str()), ("A-001", "A-002"));
        assert_eq!(position(&conn, &a2).unwrap(), 2);
        let called = call_next(&conn, day, "1", &["A".into()], now(), "c")
            .unwrap()
            .unwrap();
        assert_eq!(called.id, a1.id);
        assert!(
            call_next(&conn, day, "1", &["A".into()], now(), "c").is_err(),
            "counter busy"
        );
        act(&conn, a1.id, VisitAction::Recall, now(), "c", None).unwrap();
        act(&conn, a1.id, VisitAction::Start, now(), "c", None).unwrap();
        let moved = transfer(&conn, a1.id, "B", now(), "c").unwrap();
        assert_eq!(
            (moved.number.as_str(), moved.service.as_str(), moved.state),
            ("A-001", "B", VisitState::Waiting)
        );
        assert_eq!(visit(&conn, a1.id).unwrap().state, VisitState::Transferred);
        let history = visit_history(&conn, moved.id).unwrap();
        let events: Vec<_> = history.iter().map(|e| e.event.as_str()).collect();
        assert_eq!(
            events,
            ["hub", "call", "recall", "start", "transfer", "transfer"]
        );
        // The transferred resident keeps their ticket time: ahead of nobody newer in B.
        let b = issue_ticket(
            &conn,
            day,
            "B",
            "hub",
            None,
            now() + Duration::minutes(1),
            "t",
        )
        .unwrap();
        assert_eq!(position(&conn, &b).unwrap(), 2);
        assert!(matches!(
            audit::verify(&conn).unwrap(),
            audit::Verification::Intact { .. }
        ));
    }

    #[test]
    fn offline_ticket_must_be_leased_and_is_idempotent() {
        let conn = db();
        let device = kiosk(&conn);
        let day = now().date_naive();
        let limits = LeaseLimits {
            size: 50,
            max_outstanding: 100,
            expires_at: now() + chrono::Duration::hours(12),
        };
        let lease = grant_lease(&conn, &device, "A", day, limits, now()).unwrap();
        assert_eq!((lease.first, lease.last), (950, 999));
        let ticket = OfflineTicket {
            number: "A-950".into(),
            day,
            issued_at: now(),
        };
        assert_eq!(
            register_offline_ticket(&conn, &device, &ticket).unwrap(),
            Outcome::Stored
        );
        assert_eq!(
            register_offline_ticket(&conn, &device, &ticket).unwrap(),
            Outcome::Duplicate
        );
        let stray = OfflineTicket {
            number: "A-010".into(),
            day,
            issued_at: now(),
        };
        assert!(register_offline_ticket(&conn, &device, &stray).is_err());
    }
}
