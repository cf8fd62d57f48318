//! The kiosk's seam to the hub: queue tickets and staff calls.
//!
//! The kiosk never talks HTTP itself; it holds an `Arc<dyn TicketService>`.
//! The hub client (sync area) implements it over HTTP with the offline lease;
//! [`InMemoryTicketService`] implements it in-process for tests, screenshots
//! and the demo. Calls return boxed futures so the UI can run them as iced
//! tasks, and tests can simply `block_on` them.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;

use crate::i18n::{Lang, Message};

/// A future returned by a [`TicketService`].
pub type ServiceFuture<T> = Pin<Box<dyn Future<Output = Result<T, ServiceError>> + Send + 'static>>;

/// A service residents can take a number for (a queue at the counters).
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceInfo {
    /// Stable id, as in the hub's configuration (`certificates`, `moving`).
    pub id: String,
    /// What the resident reads on the button and the ticket.
    pub name: Message,
}

/// What the kiosk asks for when a resident takes a number.
#[derive(Debug, Clone, PartialEq)]
pub struct TicketRequest {
    pub service_id: String,
    /// The kiosk's configured name, for the clerk's view and statistics.
    pub kiosk: String,
    /// The resident's language, so the clerk and the status page can use it.
    pub lang: Lang,
}

/// A queue number as printed on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    /// The number as called out, with its service prefix (`A-015`).
    pub number: String,
    pub service: ServiceInfo,
    /// Where to go once called, when the hub knows it.
    pub counter_area: Option<Message>,
    pub people_ahead: u32,
    pub estimated_wait_minutes: u32,
    /// The hub's phone status page for this ticket (shown as a QR).
    pub status_url: String,
}

/// A resident asked for a person.
#[derive(Debug, Clone, PartialEq)]
pub struct StaffCall {
    pub kiosk: String,
    pub lang: Lang,
}

/// Why a ticket or a call could not be made. Shown to the resident.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ServiceError {
    #[error("the hub cannot be reached")]
    Unreachable,
    #[error("unknown service {0}")]
    UnknownService(String),
    #[error("refused by the hub")]
    Refused(Message),
}

impl ServiceError {
    pub fn message(&self) -> Message {
        match self {
            ServiceError::Unreachable => Message::new("kiosk-error-unreachable"),
            ServiceError::UnknownService(_) => Message::new("kiosk-error-unknown-service"),
            ServiceError::Refused(message) => message.clone(),
        }
    }
}

/// How the kiosk reaches the office's queue.
pub trait TicketService: Send + Sync + 'static {
    /// The services offered at this kiosk, in button order.
    fn services(&self) -> Vec<ServiceInfo>;
    fn issue_ticket(&self, request: TicketRequest) -> ServiceFuture<Ticket>;
    fn call_staff(&self, request: StaffCall) -> ServiceFuture<()>;
}

struct Queue {
    info: ServiceInfo,
    prefix: char,
    minutes_per_person: u32,
    issued: u32,
    served: u32,
}

struct Day {
    date: chrono::NaiveDate,
    queues: Vec<Queue>,
}

/// A queue kept in memory: numbers per service that restart each Tokyo day.
///
/// Nobody is ever served here, so "people ahead" grows with each ticket;
/// that is the honest answer for a queue no clerk is working on.
pub struct InMemoryTicketService {
    status_base: String,
    day: Mutex<Day>,
    staff_calls: Mutex<Vec<StaffCall>>,
    template: Vec<(ServiceInfo, char, u32)>,
}

impl InMemoryTicketService {
    /// Services as `(info, prefix, minutes per person)`.
    pub fn new(status_base: impl Into<String>, services: Vec<(ServiceInfo, char, u32)>) -> Self {
        let day = Day {
            date: tokyo_today(),
            queues: Self::queues(&services),
        };
        InMemoryTicketService {
            status_base: status_base.into().trim_end_matches('/').to_owned(),
            day: Mutex::new(day),
            staff_calls: Mutex::new(Vec::new()),
            template: services,
        }
    }

    /// The sample office used by the demo and the tests.
    pub fn sample() -> Self {
        let service = |id: &str, key: &str| ServiceInfo {
            id: id.into(),
            name: Message::new(key),
        };
        InMemoryTicketService::new(
            "http://127.0.0.1:8470",
            vec![
                (
                    service("certificates", "kiosk-service-certificates"),
                    'A',
                    4,
                ),
                (service("moving", "kiosk-service-moving"), 'B', 12),
                (
                    service("consultation", "kiosk-service-consultation"),
                    'C',
                    10,
                ),
            ],
        )
    }

    /// Staff calls received so far (what the clerk console would show).
    pub fn staff_calls(&self) -> Vec<StaffCall> {
        self.staff_calls
            .lock()
            .map(|c| c.clone())
            .unwrap_or_default()
    }

    fn queues(services: &[(ServiceInfo, char, u32)]) -> Vec<Queue> {
        services
            .iter()
            .map(|(info, prefix, minutes)| Queue {
                info: info.clone(),
                prefix: *prefix,
                minutes_per_person: *minutes,
                issued: 0,
                served: 0,
            })
            .collect()
    }

    fn issue(&self, request: &TicketRequest) -> Result<Ticket, ServiceError> {
        let mut day = self.day.lock().map_err(|_| ServiceError::Unreachable)?;
        let today = tokyo_today();
        if day.date != today {
            *day = Day {
                date: today,
                queues: Self::queues(&self.template),
            };
        }
        let queue = day
            .queues
            .iter_mut()
            .find(|q| q.info.id == request.service_id)
            .ok_or_else(|| ServiceError::UnknownService(request.service_id.clone()))?;
        let people_ahead = queue.issued - queue.served;
        queue.issued += 1;
        let number = format!("{}-{:03}", queue.prefix, queue.issued);
        Ok(Ticket {
            status_url: format!(
                "{}/status/{}/{}?lang={}",
                self.status_base,
                today.format("%Y%m%d"),
                number,
                request.lang.code()
            ),
            number,
            service: queue.info.clone(),
            counter_area: None,
            people_ahead,
            estimated_wait_minutes: people_ahead * queue.minutes_per_person,
        })
    }
}

impl TicketService for InMemoryTicketService {
    fn services(&self) -> Vec<ServiceInfo> {
        self.template
            .iter()
            .map(|(info, _, _)| info.clone())
            .collect()
    }

    fn issue_ticket(&self, request: TicketRequest) -> ServiceFuture<Ticket> {
        let result = self.issue(&request);
        Box::pin(async move { result })
    }

    fn call_staff(&self, request: StaffCall) -> ServiceFuture<()> {
        let result = self
            .staff_calls
            .lock()
            .map(|mut calls| calls.push(request))
            .map_err(|_| ServiceError::Unreachable);
        Box::pin(async move { result })
    }
}

/// A service that is always down: for offline screens and tests.
pub struct UnreachableTicketService(pub Vec<ServiceInfo>);

impl TicketService for UnreachableTicketService {
    fn services(&self) -> Vec<ServiceInfo> {
        self.0.clone()
    }

    fn issue_ticket(&self, _: TicketRequest) -> ServiceFuture<Ticket> {
        Box::pin(async { Err(ServiceError::Unreachable) })
    }

    fn call_staff(&self, _: StaffCall) -> ServiceFuture<()> {
        Box::pin(async { Err(ServiceError::Unreachable) })
    }
}

fn tokyo_today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Tokyo)
        .date_naive()
}

/// Counts of issued numbers per service (for tests and the admin panel later).
impl InMemoryTicketService {
    pub fn issued(&self) -> HashMap<String, u32> {
        self.day
            .lock()
            .map(|d| {
                d.queues
                    .iter()
                    .map(|q| (q.info.id.clone(), q.issued))
                    .collect()
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::futures::executor::block_on;

    fn request(service: &str) -> TicketRequest {
        TicketRequest {
            service_id: service.into(),
            kiosk: "k1".into(),
            lang: Lang::ja(),
        }
    }

    #[test]
    fn numbers_count_up_per_service_with_people_ahead() {
        let service = InMemoryTicketService::sample();
        let a1 = block_on(service.issue_ticket(request("certificates"))).unwrap();
        let a2 = block_on(service.issue_ticket(request("certificates"))).unwrap();
        let b1 = block_on(service.issue_ticket(request("moving"))).unwrap();
        assert_eq!((a1.number.as_str(), a1.people_ahead), ("A-001", 0));
        assert_eq!(
            (
                a2.number.as_str(),
                a2.people_ahead,
                a2.estimated_wait_minutes
            ),
            ("A-002", 1, 4)
        );
        assert_eq!(b1.number, "B-001");
        assert!(a2.status_url.starts_with("http://127.0.0.1:8470/status/"));
        assert!(a2.status_url.ends_with("/A-002?lang=ja"));
        assert_eq!(service.issued()["certificates"], 2);
    }

    #[test]
    fn unknown_service_is_refused_with_a_message() {
        let service = InMemoryTicketService::sample();
        let err = block_on(service.issue_ticket(request("nope"))).unwrap_err();
        assert_eq!(err, ServiceError::UnknownService("nope".into()));
        assert_eq!(err.message().key, "kiosk-error-unknown-service");
    }
}
