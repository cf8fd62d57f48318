//! The snapshot an office publishes, and the contract's JSON views of it.
//!
//! A [`Snapshot`] holds numbers only: service codes and names, counts,
//! estimates, ticket numbers, counters, and per public ticket id its number,
//! service, language, state and place. Nothing a resident typed, no
//! procedure, no name: the hub's builder has nothing else to put in it, and
//! the types have no field for it.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Version of the snapshot and of the views (`v`).
pub const VERSION: u32 = 1;

/// Text by language tag (`ja` always present).
pub type Names = BTreeMap<String, String>;

/// One office's queue at one instant, as the hub publishes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    pub v: u32,
    pub office: String,
    pub office_name: Names,
    /// IANA zone of the office (the page shows "updated at HH:MM" in it).
    pub time_zone: String,
    /// When the hub made it: the views' `updated_at`.
    pub generated_at: DateTime<Utc>,
    /// Grows with every snapshot of the office, across hub restarts: a
    /// receiver refuses one not above the one it has (replay).
    pub sequence: u64,
    /// After how long a page shows these numbers as old.
    pub stale_after_seconds: u32,
    pub services: Vec<ServiceNow>,
    /// By public ticket id: the tickets of the day not yet expired.
    pub tickets: BTreeMap<String, TicketNow>,
}

/// One service of an office (also the service object of the office view).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceNow {
    pub code: String,
    pub name: Names,
    pub waiting: u32,
    pub estimated_wait_minutes: u32,
    /// Most recent calls first, at most [`CALLED_PER_SERVICE`].
    pub called: Vec<Called>,
}

/// Calls listed per service.
pub const CALLED_PER_SERVICE: usize = 5;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Called {
    pub number: String,
    pub counter: Option<String>,
}

/// Where a ticket is, for its page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketState {
    Waiting,
    /// Called or being served: `counter` says where.
    Called,
    /// Served, cancelled or not present when called.
    Done,
}

/// One public ticket of the snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketNow {
    pub number: String,
    pub service: String,
    pub lang: String,
    pub state: TicketState,
    pub ahead: u32,
    pub estimated_wait_minutes: u32,
    pub counter: Option<String>,
    pub expires_at: DateTime<Utc>,
}

impl Snapshot {
    /// The canonical bytes of the snapshot (what is signed): compact JSON,
    /// fields in declaration order, maps sorted by key.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a snapshot is plain data")
    }

    /// `data/offices/OFFICE.json`.
    pub fn office_view(&self) -> OfficeView {
        OfficeView {
            v: VERSION,
            office: self.office.clone(),
            office_name: self.office_name.clone(),
            time_zone: self.time_zone.clone(),
            updated_at: self.generated_at,
            stale_after_seconds: self.stale_after_seconds,
            services: self.services.clone(),
        }
    }

    /// `data/tickets/ID.json`, with `events` when a relay serves it;
    /// `None` for an id the snapshot does not hold.
    pub fn ticket_view(&self, id: &str, events: bool) -> Option<TicketView> {
        let ticket = self.tickets.get(id)?;
        let service_name = self
            .services
            .iter()
            .find(|s| s.code == ticket.service)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        Some(TicketView {
            v: VERSION,
            office: self.office.clone(),
            office_name: self.office_name.clone(),
            time_zone: self.time_zone.clone(),
            updated_at: self.generated_at,
            stale_after_seconds: self.stale_after_seconds,
            ticket: TicketPage {
                number: ticket.number.clone(),
                service: ticket.service.clone(),
                service_name,
                lang: ticket.lang.clone(),
                state: ticket.state,
                ahead: ticket.ahead,
                estimated_wait_minutes: ticket.estimated_wait_minutes,
                counter: ticket.counter.clone(),
                expires_at: ticket.expires_at,
            },
            events: events.then(|| format!("events/tickets/{id}")),
        })
    }
}

/// `data/offices/OFFICE.json` (and one entry of the ward's `offices`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfficeView {
    pub v: u32,
    pub office: String,
    pub office_name: Names,
    pub time_zone: String,
    pub updated_at: DateTime<Utc>,
    pub stale_after_seconds: u32,
    pub services: Vec<ServiceNow>,
}

/// `data/tickets/ID.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TicketView {
    pub v: u32,
    pub office: String,
    pub office_name: Names,
    pub time_zone: String,
    pub updated_at: DateTime<Utc>,
    pub stale_after_seconds: u32,
    pub ticket: TicketPage,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events: Option<String>,
}

/// The `ticket` object of a ticket view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TicketPage {
    pub number: String,
    pub service: String,
    pub service_name: Names,
    pub lang: String,
    pub state: TicketState,
    pub ahead: u32,
    pub estimated_wait_minutes: u32,
    pub counter: Option<String>,
    pub expires_at: DateTime<Utc>,
}

/// `data/ward.json` and `open/congestion.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WardView {
    pub v: u32,
    /// The ward's name by language, when the relay's configuration gives it.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub ward_name: Names,
    /// The newest of the offices' (`None` with no office yet: serialized as null).
    pub updated_at: Option<DateTime<Utc>>,
    pub offices: Vec<OfficeView>,
}

impl WardView {
    /// The ward of these offices, ordered by office id.
    pub fn of(mut offices: Vec<OfficeView>) -> WardView {
        offices.sort_by(|a, b| a.office.cmp(&b.office));
        WardView {
            v: VERSION,
            ward_name: Names::new(),
            updated_at: offices.iter().map(|o| o.updated_at).max(),
            offices,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::TimeZone;

    /// A snapshot of office `office` with one waiting ticket `id`.
    pub(crate) fn sample(office: &str, id: &str, sequence: u64) -> Snapshot {
        let at = Utc.with_ymd_and_hms(2026, 12, 6, 5, 12, 3).unwrap();
        let names = |ja: &str, en: &str| {
            Names::from([("ja".to_owned(), ja.to_owned()), ("en".into(), en.into())])
        };
        Snapshot {
            v: VERSION,
            office: office.into(),
            office_name: names("本庁舎", "Main Office"),
            time_zone: "Asia/Tokyo".into(),
            generated_at: at,
            sequence,
            stale_after_seconds: 30,
            services: vec![ServiceNow {
                code: "A".into(),
                name: names("証明書", "Certificates"),
                waiting: 4,
                estimated_wait_minutes: 12,
                called: vec![Called {
                    number: "A-003".into(),
                    counter: Some("2".into()),
                }],
            }],
            tickets: BTreeMap::from([(
                id.to_owned(),
                TicketNow {
                    number: "A-012".into(),
                    service: "A".into(),
                    lang: "en".into(),
                    state: TicketState::Waiting,
                    ahead: 3,
                    estimated_wait_minutes: 9,
                    counter: None,
                    expires_at: Utc.with_ymd_and_hms(2026, 12, 6, 15, 0, 0).unwrap(),
                },
            )]),
        }
    }

    #[test]
    fn views_have_the_contract_fields() {
        let s = sample("honcho", "AAAAAAAAAAAAAAAAAAAAAA", 1);
        let office = serde_json::to_value(s.office_view()).unwrap();
        assert_eq!(office["office"], "honcho");
        assert_eq!(office["updated_at"], "2026-12-06T05:12:03Z");
        assert_eq!(office["services"][0]["called"][0]["counter"], "2");
        assert_eq!(office["services"][0]["name"]["ja"], "証明書");
        let ticket = serde_json::to_value(s.ticket_view("AAAAAAAAAAAAAAAAAAAAAA", true)).unwrap();
        assert_eq!(ticket["ticket"]["state"], "waiting");
        assert_eq!(ticket["ticket"]["ahead"], 3);
        assert_eq!(ticket["ticket"]["counter"], serde_json::Value::Null);
        assert_eq!(ticket["ticket"]["service_name"]["en"], "Certificates");
        assert_eq!(ticket["events"], "events/tickets/AAAAAAAAAAAAAAAAAAAAAA");
        let plain = serde_json::to_value(s.ticket_view("AAAAAAAAAAAAAAAAAAAAAA", false)).unwrap();
        assert!(plain.get("events").is_none());
        assert!(s.ticket_view("BBBBBBBBBBBBBBBBBBBBBB", true).is_none());
        let mut later = sample("bunshitsu", "x", 2);
        later.generated_at += chrono::Duration::minutes(1);
        let ward = WardView::of(vec![later.office_view(), s.office_view()]);
        assert_eq!(ward.offices[0].office, "bunshitsu");
        assert_eq!(ward.updated_at, Some(later.generated_at));
    }

    #[test]
    fn canonical_bytes_round_trip() {
        let s = sample("honcho", "AAAAAAAAAAAAAAAAAAAAAA", 7);
        let bytes = s.to_bytes();
        let back: Snapshot = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(back, s);
        assert_eq!(back.to_bytes(), bytes);
    }
}
