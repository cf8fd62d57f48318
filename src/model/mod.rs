//! The model every side shares: records, tickets, visits, the board, staff
//! calls and statistics, as plain Rust values, and the rules for accepting
//! them ([`rules`]).
//!
//! The store returns these, the hub's HTTP API sends them as JSON
//! ([`crate::hub::api`] adds only the request and response bodies), and the
//! kiosk, clerk console and board hold them. Nothing here knows about
//! SQLite, HTTP or iced.

mod board;
mod device;
mod record;
pub mod rules;
mod staff_call;
mod stats;
mod ticket;
mod visit;

pub use board::{Board, BoardService, Calling};
pub use device::Role;
pub use record::{
    ConfirmedRecord, FieldValue, Preapp, Record, RecordChange, RecordIn, RecordStatus,
    RecordSummary, Source,
};
pub use rules::{
    KnownNames, check_edit, check_record, check_reject_reason, check_staff_call, is_hidden_control,
    is_individual_number,
};
pub use staff_call::StaffCall;
pub use stats::{DailyStats, LanguageCount, ServiceCount};
pub use ticket::{ItemResult, LeaseGrant, OfflineTicket, Outcome, Ticket, TicketRequest};
pub use visit::{Visit, VisitDetail, VisitEvent};
