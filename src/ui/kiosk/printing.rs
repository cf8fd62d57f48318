//! The ticket slip: sending it when a ticket is issued, and what the kiosk
//! does when the printer cannot print it (see the module docs of
//! [`super`]); and the resident's copy (控え) of what they confirmed, on the
//! A4 printer beside the kiosk (`[form_printer]`).

use super::service::{ServiceError, ServiceInfo};
use super::{Effect, Kiosk, Screen};
use crate::i18n::{Lang, Message as Text};
use crate::model::Ticket;
use crate::print::{Answered, PrintError, PrinterState, Slip};
use crate::ui::effect::Effects;

/// What the kiosk needs to print a resident's copy after confirming.
pub(super) struct FormCopy {
    queue: String,
    kiosk: String,
    catalog: std::sync::Arc<crate::domain::Catalog>,
    i18n: crate::i18n::I18n,
}

impl FormCopy {
    /// Renders and queues the copy on a thread of its own, after the
    /// resident has their number: a slow or failing printer never holds the
    /// ticket. A failure is logged and calls staff to the kiosk.
    pub(super) fn print(
        self,
        record: crate::model::RecordIn,
        service: std::sync::Arc<dyn super::service::TicketService>,
    ) {
        let handle = tokio::runtime::Handle::try_current().ok();
        std::thread::spawn(move || {
            let lang = Lang::parse(&record.lang).unwrap_or_else(Lang::ja);
            let printed = crate::paper::print::print_copy(
                &self.catalog,
                &self.i18n,
                &record,
                lang,
                &self.queue,
            );
            match printed {
                Ok(job) => tracing::info!(queue = %self.queue, %job, "resident's copy queued"),
                Err(error) => {
                    tracing::warn!(queue = %self.queue, %error, "resident's copy not printed");
                    let note = self.i18n.render(&Lang::ja(), &error.message());
                    if let Some(handle) = handle {
                        let call = service.call_staff(self.kiosk, Lang::ja(), Some(note));
                        if let Err(error) = handle.block_on(call) {
                            tracing::warn!(%error, "staff not called for the copy printer");
                        }
                    }
                }
            }
        });
    }
}

impl Kiosk {
    /// The copy printer's settings, when this kiosk has one.
    pub(super) fn form_copy(&self) -> Option<FormCopy> {
        let printer = self.settings.form_printer.as_ref()?;
        Some(FormCopy {
            queue: printer.queue.clone(),
            kiosk: self.settings.name.clone(),
            catalog: self.catalog.clone(),
            i18n: self.i18n.clone(),
        })
    }

    /// The slip of a ticket just issued, when this kiosk has a printer.
    pub(super) fn slip_effect(
        &self,
        ticket: &Ticket,
        service: &ServiceInfo,
        status_url: Option<String>,
    ) -> Option<Effect> {
        let printer = self.settings.printer.clone()?;
        let office = printer
            .office
            .clone()
            .unwrap_or_else(|| self.settings.name.clone());
        let slip = Slip::of_ticket(
            &office,
            ticket,
            service.name.clone(),
            status_url,
            self.resident.lang,
        );
        Some(Effect::PrintSlip {
            session: self.session,
            printer,
            slip: Box::new(slip),
        })
    }

    /// How a slip printed: a printer that could not print it is said on the
    /// ticket (if the resident is still there) and, once per new fault, to
    /// staff.
    pub(super) fn slip_printed(
        &mut self,
        session: u64,
        result: Result<Answered, PrintError>,
    ) -> Effects<Effect> {
        let known = self.device.printer_report().cloned();
        self.device.set_printer_report(result.clone());
        let error = match result {
            Ok(answered) => {
                tracing::info!(?answered, "slip printed");
                return Effects::none();
            }
            Err(error) => error,
        };
        tracing::warn!(%error, "slip not printed");
        if session == self.session
            && let Screen::Ticket(state) = &mut self.resident.screen
        {
            state.slip_problem = Some(resident_message(error.state()));
        }
        let same_fault = matches!(&known, Some(Err(before)) if before.state() == error.state());
        if same_fault {
            return Effects::none();
        }
        let ja = Lang::ja();
        let note = self.i18n.render(
            &ja,
            &Text::new("print-staff-call-note")
                .arg("problem", self.i18n.render(&ja, &error.message())),
        );
        Effects::one(Effect::ReportPrinter {
            kiosk: self.settings.name.clone(),
            lang: self.resident.lang,
            note,
        })
    }

    pub(super) fn printer_reported(&mut self, result: Result<(), ServiceError>) -> Effects<Effect> {
        if let Err(error) = result {
            tracing::warn!(%error, "staff not called about the printer");
        }
        Effects::none()
    }
}

/// What the resident reads on the ticket when no slip came out.
fn resident_message(state: PrinterState) -> Text {
    Text::new(match state {
        PrinterState::PaperOut => "kiosk-ticket-slip-paper-out",
        PrinterState::CoverOpen => "kiosk-ticket-slip-cover-open",
        _ => "kiosk-ticket-slip-failed",
    })
}
