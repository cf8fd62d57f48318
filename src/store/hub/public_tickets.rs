//! Public ticket ids: the name a ticket has on a resident's phone outside
//! the office (`docs/wait-anywhere.md`). Random (not derived from the
//! number), one per ticket number of a day, gone at the office's day end.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, params};

use super::day_text;
use super::visits::{ServiceStats, VISIT_COLUMNS, service_stats, visit_from_row};
use crate::model::Visit;
use crate::queue::{TicketNumber, VisitState};
use crate::store::{Result, parse_ts, ts};

/// A public ticket and where its visit is now (after transfers, the newest
/// visit of its number).
#[derive(Debug, Clone, PartialEq)]
pub struct PublicTicket {
    pub id: String,
    pub number: String,
    pub service: String,
    pub lang: String,
    pub state: VisitState,
    pub counter: Option<String>,
    /// Waiting residents before this one in its queue (0 unless waiting).
    pub ahead: u32,
    pub estimated_wait_minutes: u32,
    pub expires_at: DateTime<Utc>,
}

/// Gives the ticket of `visit` a public id for a page in `lang`, valid until `expires_at`.
pub fn create_public_ticket(
    conn: &Connection,
    visit: &Visit,
    lang: &str,
    expires_at: DateTime<Utc>,
) -> Result<String> {
    let number = TicketNumber::parse(&visit.number).unwrap_or_else(|| TicketNumber::new("?", 0));
    let id = crate::publish::new_ticket_id();
    conn.prepare_cached(
        "INSERT INTO public_tickets (public_id, day, prefix, seq, lang, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        day_text(visit.day),
        number.prefix,
        number.seq,
        lang,
        ts(expires_at)
    ])?;
    Ok(id)
}

/// The public tickets of `day` not expired at `now`, with their visits' state.
pub fn public_tickets(
    conn: &Connection,
    day: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Vec<PublicTicket>> {
    let day_text = day_text(day);
    let mut ahead: HashMap<i64, u32> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT id, service FROM visits WHERE day = ?1 AND state = 'waiting' ORDER BY service, queued_at, id",
        )?;
        let mut rows = stmt.query([&day_text])?;
        let mut current: Option<(String, u32)> = None;
        while let Some(row) = rows.next()? {
            let (id, service): (i64, String) = (row.get(0)?, row.get(1)?);
            let rank = match &mut current {
                Some((s, n)) if *s == service => {
                    *n += 1;
                    *n
                }
                _ => {
                    current = Some((service, 0));
                    0
                }
            };
            ahead.insert(id, rank);
        }
    }
    let columns: Vec<String> = VISIT_COLUMNS
        .split(", ")
        .map(|c| format!("v.{c}"))
        .collect();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {}, p.public_id, p.lang, p.expires_at FROM public_tickets p
         JOIN visits v ON v.id = (SELECT max(w.id) FROM visits w WHERE w.day = p.day AND w.prefix = p.prefix AND w.seq = p.seq)
         WHERE p.day = ?1 AND p.expires_at > ?2 ORDER BY p.public_id",
        columns.join(", ")
    ))?;
    let rows = stmt
        .query_map(params![day_text, ts(now)], |r| {
            let (visit, _) = visit_from_row(r)?;
            let expires: String = r.get(15)?;
            Ok((
                visit,
                r.get::<_, String>(13)?,
                r.get::<_, String>(14)?,
                expires,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut stats: HashMap<String, ServiceStats> = HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for (visit, id, lang, expires) in rows {
        let ahead = ahead.get(&visit.id).copied().unwrap_or(0);
        let estimated_wait_minutes = if visit.state == VisitState::Waiting {
            if !stats.contains_key(&visit.service) {
                let s = service_stats(conn, day, &visit.service, now)?;
                stats.insert(visit.service.clone(), s);
            }
            stats[&visit.service].wait_for(ahead)
        } else {
            0
        };
        out.push(PublicTicket {
            id,
            number: visit.number,
            service: visit.service,
            lang,
            state: visit.state,
            counter: visit.counter,
            ahead,
            estimated_wait_minutes,
            expires_at: parse_ts(&expires).unwrap_or(now),
        });
    }
    Ok(out)
}

/// Deletes the public ids expired at `now`. Returns how many.
pub fn purge_public_tickets(conn: &Connection, now: DateTime<Utc>) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM public_tickets WHERE expires_at <= ?1",
        [ts(now)],
    )?)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{db, now};
    use super::super::{call_next, issue_ticket};
    use super::*;

    #[test]
    fn public_tickets_follow_their_visits_and_expire() {
        let conn = db();
        let day = crate::queue::local_day(now(), chrono_tz::Asia::Tokyo);
        let end = now() + chrono::Duration::hours(10);
        let mut ids = Vec::new();
        for _ in 0..3 {
            let v = issue_ticket(&conn, day, "A", "hub", None, now(), "test").unwrap();
            ids.push(create_public_ticket(&conn, &v, "en", end).unwrap());
        }
        assert!(ids.iter().all(|id| crate::publish::is_ticket_id(id)));
        let listed = public_tickets(&conn, day, now()).unwrap();
        let third = listed.iter().find(|t| t.id == ids[2]).unwrap();
        assert_eq!((third.number.as_str(), third.ahead), ("A-003", 2));
        assert_eq!(third.state, VisitState::Waiting);
        assert!(third.estimated_wait_minutes > 0);
        call_next(&conn, day, "1", &["A".into()], now(), "clerk:c1").unwrap();
        let listed = public_tickets(&conn, day, now()).unwrap();
        let first = listed.iter().find(|t| t.id == ids[0]).unwrap();
        assert_eq!(first.state, VisitState::Called);
        assert_eq!(first.counter.as_deref(), Some("1"));
        let third = listed.iter().find(|t| t.id == ids[2]).unwrap();
        assert_eq!(third.ahead, 1);
        assert!(public_tickets(&conn, day, end).unwrap().is_empty());
        assert_eq!(purge_public_tickets(&conn, end).unwrap(), 3);
    }
}
