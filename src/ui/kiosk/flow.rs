//! The resident's flow: one handler per [`Message`] of [`Kiosk::update`],
//! and the moves between screens they share (scans, notices, the wipe).

use std::time::{Duration, Instant};

use super::service::{ServiceError, service_info};
use super::{
    Effect, Kiosk, Message, Resident, Screen, admin, card, choose, device, make, notice, review,
    scan, ticket, wedge_detector, welcome,
};
use crate::card::{BasicFour, CardError};
use crate::i18n::{Lang, Message as Text};
use crate::model::{Ticket, TicketRequest};
use crate::scan::wedge::WedgeOutput;
use crate::ui::effect::Effects;

impl Kiosk {
    pub(super) fn on_welcome(&mut self, message: welcome::Message) -> Effects<Effect> {
        match welcome::update(message) {
            welcome::Action::SetLanguage(lang) => self.set_language(lang),
            welcome::Action::Start => {
                self.resident.screen = Screen::Choose(choose::State::default())
            }
        }
        Effects::none()
    }

    pub(super) fn on_choose(&mut self, message: choose::Message) -> Effects<Effect> {
        let Screen::Choose(state) = &mut self.resident.screen else {
            return Effects::none();
        };
        if self.resident.pending {
            return Effects::none();
        }
        match state.update(message, &self.services) {
            choose::Action::None => {}
            choose::Action::Back => self.resident.screen = Screen::Welcome,
            choose::Action::ScanQr => self.resident.screen = Screen::Scan(self.scan_state()),
            choose::Action::MakeHere => {
                let offer = &self.settings.offer;
                let mut make = make::State::new(
                    make::offers(&offer.bundles, &offer.procedures),
                    make::western_dates(self.resident.lang),
                );
                make.card_reader = self.card.is_some();
                self.resident.screen = Screen::Make(Box::new(make));
            }
            choose::Action::TakeNumber(service) => {
                self.resident.pending = true;
                let lang = Some(self.resident.lang.code().to_owned());
                return Effects::one(Effect::IssueTicket(
                    self.session,
                    TicketRequest { service, lang },
                ));
            }
            choose::Action::CallStaff => {
                self.resident.pending = true;
                return Effects::one(Effect::CallStaff {
                    session: self.session,
                    kiosk: self.settings.name.clone(),
                    lang: self.resident.lang,
                });
            }
        }
        Effects::none()
    }

    pub(super) fn on_make(&mut self, message: make::Message) -> Effects<Effect> {
        let Screen::Make(state) = &mut self.resident.screen else {
            return Effects::none();
        };
        match state.update(message, &self.catalog) {
            make::Action::None => {}
            make::Action::LookupPostal(code) => {
                // Without postal data the address is asked as before.
                if self.postal.is_some() {
                    self.focus.awaiting_towns = true;
                    return Effects::one(Effect::LookupPostal(self.session, code));
                }
            }
            make::Action::UseCard => return self.open_card(),
            make::Action::Back => self.resident.screen = Screen::Choose(choose::State::default()),
            make::Action::Done => {
                if let Some(interview) = &state.interview {
                    let mut review = review::State::made_here(
                        &self.catalog,
                        interview.active(),
                        interview.result(),
                        interview.clerk_keys(),
                        interview.postal_keys(),
                        interview.card.clone(),
                    );
                    review.card_reader = self.card.is_some();
                    if let Screen::Make(made) = std::mem::replace(
                        &mut self.resident.screen,
                        Screen::Review(Box::new(review)),
                    ) {
                        self.resident.made = Some(made);
                    }
                }
            }
        }
        Effects::none()
    }

    /// The card screen over the make or review screen, asking the card.
    fn open_card(&mut self) -> Effects<Effect> {
        let from = std::mem::replace(&mut self.resident.screen, Screen::Welcome);
        self.resident.screen = Screen::Card(card::State::new(from));
        Effects::one(Effect::CardTries(self.session))
    }

    pub(super) fn on_card(&mut self, message: card::Message) -> Effects<Effect> {
        let Screen::Card(state) = &mut self.resident.screen else {
            return Effects::none();
        };
        match state.update(message) {
            card::Action::None => Effects::none(),
            card::Action::CheckCard => Effects::one(Effect::CardTries(self.session)),
            card::Action::Read(pin) => Effects::one(Effect::CardRead(self.session, pin)),
            card::Action::Cancel => {
                self.close_card(None);
                Effects::none()
            }
        }
    }

    pub(super) fn card_tries(
        &mut self,
        session: u64,
        result: Result<u8, CardError>,
    ) -> Effects<Effect> {
        if session == self.session
            && let Screen::Card(state) = &mut self.resident.screen
        {
            state.tries(result);
        }
        Effects::none()
    }

    /// The card's items fill the screen it was opened from; they live in
    /// the resident's answers from then on, and go with them.
    pub(super) fn card_read(
        &mut self,
        session: u64,
        result: Result<BasicFour, CardError>,
    ) -> Effects<Effect> {
        if session != self.session {
            return Effects::none();
        }
        match result {
            Ok(four) => self.close_card(Some(&four)),
            Err(error) => {
                if let Screen::Card(state) = &mut self.resident.screen {
                    state.read_failed(error);
                }
            }
        }
        Effects::none()
    }

    fn close_card(&mut self, four: Option<&BasicFour>) {
        let Screen::Card(state) = std::mem::replace(&mut self.resident.screen, Screen::Welcome)
        else {
            return;
        };
        let mut back = *state.back;
        if let Some(four) = four {
            match &mut back {
                Screen::Make(make) => make.fill_from_card(four),
                Screen::Review(review) => review.fill_from_card(&self.catalog, four),
                _ => {}
            }
        }
        self.resident.screen = back;
    }

    /// The towns of a postal code, for the resident who typed it.
    pub(super) fn postal_found(
        &mut self,
        session: u64,
        code: String,
        towns: Vec<crate::postal::Candidate>,
    ) -> Effects<Effect> {
        if session == self.session
            && let Screen::Make(state) = &mut self.resident.screen
        {
            state.postal_found(&code, towns);
            return self.towns_known();
        }
        Effects::none()
    }

    pub(super) fn on_scan(&mut self, message: scan::Message) -> Effects<Effect> {
        let Screen::Scan(state) = &mut self.resident.screen else {
            return Effects::none();
        };
        let action = state.update(message);
        self.scan_action(action)
    }

    pub(super) fn on_review(&mut self, message: review::Message) -> Effects<Effect> {
        let Screen::Review(state) = &mut self.resident.screen else {
            return Effects::none();
        };
        if self.resident.pending {
            return Effects::none();
        }
        match state.update(message, &self.catalog) {
            review::Action::None => Effects::none(),
            review::Action::UseCard => self.open_card(),
            review::Action::Back => {
                self.resident.screen = match self.resident.made.take() {
                    Some(mut made) => {
                        made.reopen();
                        Screen::Make(made)
                    }
                    None => Screen::Scan(self.scan_state()),
                };
                Effects::none()
            }
            review::Action::Confirm => {
                // The record carries the answers from here on.
                self.resident.made = None;
                let reviewed = state.reviewed(self.resident.lang);
                let request = TicketRequest {
                    service: state.service().to_owned(),
                    lang: Some(self.resident.lang.code().to_owned()),
                };
                self.resident.pending = true;
                Effects::one(Effect::Submit(self.session, request, Box::new(reviewed)))
            }
        }
    }

    pub(super) fn on_wedge_key(&mut self, key: char, at: Instant) -> Effects<Effect> {
        // Key events carry their own time; the activity is now.
        self.now = self.now.max(at);
        self.last_activity = self.now;
        let enter = key == '\n';
        match self.wedge.push(key, at) {
            Some(WedgeOutput::Scan(text)) => self.route_scan(text),
            // A person typing: nothing asks for text; a keypad moves the focus.
            Some(WedgeOutput::Typed(typed)) => self.on_typed(&typed, enter),
            None if enter => self.on_typed("", true),
            None => Effects::none(),
        }
    }

    pub(super) fn on_file_read(
        &mut self,
        session: u64,
        result: Result<Vec<String>, Text>,
    ) -> Effects<Effect> {
        if session != self.session {
            return Effects::none();
        }
        self.on_scan(scan::Message::FileRead(result))
    }

    pub(super) fn on_ticket(&mut self, message: ticket::Message) -> Effects<Effect> {
        if let Screen::Ticket(state) = &mut self.resident.screen {
            match state.update(message) {
                ticket::Action::Finished => self.wipe("ticket done"),
            }
        }
        Effects::none()
    }

    pub(super) fn on_notice(&mut self, message: notice::Message) -> Effects<Effect> {
        if let Screen::Notice(state) = &mut self.resident.screen {
            match state.update(message) {
                notice::Action::Finished => self.wipe("notice done"),
            }
        }
        Effects::none()
    }

    pub(super) fn on_device(&mut self, message: device::Message) -> Effects<Effect> {
        let (effects, event) = self.device.update(message, self.now, &self.settings);
        if let Some(device::Event::SettingsApplied(settings)) = event {
            self.settings = *settings;
            if !self
                .settings
                .languages
                .offered
                .contains(&self.resident.lang)
            {
                self.resident.lang = self.settings.languages.default;
            }
        }
        effects.map(Effect::Device)
    }

    pub(super) fn open_languages(&mut self) -> Effects<Effect> {
        self.resident.picking_language = true;
        Effects::none()
    }

    pub(super) fn pick_language(&mut self, lang: Lang) -> Effects<Effect> {
        self.set_language(lang);
        self.resident.picking_language = false;
        Effects::none()
    }

    pub(super) fn toggle_large_text(&mut self) -> Effects<Effect> {
        self.resident.look.large_text = !self.resident.look.large_text;
        Effects::none()
    }

    pub(super) fn toggle_high_contrast(&mut self) -> Effects<Effect> {
        self.resident.look.high_contrast = !self.resident.look.high_contrast;
        Effects::none()
    }

    pub(super) fn home(&mut self) -> Effects<Effect> {
        self.wipe("home");
        Effects::none()
    }

    pub(super) fn ticket_issued(
        &mut self,
        session: u64,
        result: Result<Ticket, ServiceError>,
    ) -> Effects<Effect> {
        if session != self.session {
            tracing::info!("ticket answer arrived after the resident left; dropped");
            return Effects::none();
        }
        self.resident.pending = false;
        match result {
            Ok(ticket) => {
                tracing::info!(number = %ticket.number, service = %ticket.service, "ticket issued");
                let service = service_info(&self.services, &ticket.service);
                // The ticket's own page outside the office when the hub
                // publishes one; the office's /status otherwise.
                let status_url = ticket
                    .page_url
                    .clone()
                    .or_else(|| self.service.status_url(self.resident.lang));
                let slip = self.slip_effect(&ticket, &service, status_url.clone());
                self.resident.screen = Screen::Ticket(Box::new(ticket::State::new(
                    ticket, service, status_url, self.now,
                )));
                return slip.into();
            }
            Err(error) => {
                tracing::warn!(%error, "ticket not issued");
                self.show_notice(Text::new("kiosk-error-heading"), error.message());
            }
        }
        Effects::none()
    }

    pub(super) fn staff_called(
        &mut self,
        session: u64,
        result: Result<(), ServiceError>,
    ) -> Effects<Effect> {
        if session != self.session {
            return Effects::none();
        }
        self.resident.pending = false;
        match result {
            Ok(()) => self.show_notice(
                Text::new("kiosk-staff-called-heading"),
                Text::new("kiosk-staff-called-body"),
            ),
            Err(error) => self.show_notice(Text::new("kiosk-error-heading"), error.message()),
        }
        Effects::none()
    }

    pub(super) fn tick(&mut self, now: Instant) -> Effects<Effect> {
        self.now = now;
        let mut effects = Effects::none();
        for text in self.device.poll_camera(now, &self.settings) {
            effects.extend(self.route_scan(text));
        }
        self.offline = !self.service.online();
        // A burst that stopped without Enter was not a scanner: a keypad's keys.
        if let Some(WedgeOutput::Typed(typed)) = self.wedge.poll(now) {
            effects.extend(self.on_typed(&typed, false));
        }
        if self.device.corner_held(now) {
            self.last_activity = now;
        }
        if self.idle_remaining().is_some_and(|left| left.is_zero()) {
            self.wipe("idle timeout");
            return Effects::none();
        }
        let linger = Duration::from_secs(u64::from(self.settings.ticket_linger_secs));
        let done = match &self.resident.screen {
            Screen::Ticket(state) => state.expired(now, linger),
            Screen::Notice(state) => now.saturating_duration_since(state.shown_at) >= linger,
            _ => false,
        };
        if done {
            self.wipe("ticket shown");
        }
        effects
    }

    /// A text from a scanner: the panel's while it is open, else the resident's.
    fn route_scan(&mut self, text: String) -> Effects<Effect> {
        if self.device.admin().is_some() {
            return self.update(Message::admin(admin::Message::Scanned(text)));
        }
        self.scanned(text)
    }

    fn set_language(&mut self, lang: Lang) {
        if self.settings.languages.offered.contains(&lang) {
            self.resident.lang = lang;
        }
    }

    fn show_notice(&mut self, heading: Text, body: Text) {
        self.resident.screen = Screen::Notice(notice::State::new(heading, body, self.now));
    }

    fn scan_state(&self) -> scan::State {
        scan::State::new(self.decode.clone(), self.demo_qr.clone())
    }

    /// A complete text from the scanner: opens the scan screen (from any
    /// resident screen but the review and the ticket) and reads it there.
    fn scanned(&mut self, text: String) -> Effects<Effect> {
        match &self.resident.screen {
            Screen::Scan(_) => {}
            Screen::Welcome | Screen::Choose(_) | Screen::Notice(_) => {
                self.resident.picking_language = false;
                self.resident.screen = Screen::Scan(self.scan_state());
            }
            // Answers being made here are not thrown away by a stray scan.
            Screen::Review(_) | Screen::Ticket(_) | Screen::Make(_) | Screen::Card(_) => {
                return Effects::none();
            }
        }
        self.on_scan(scan::Message::Scanned(text))
    }

    fn scan_action(&mut self, action: scan::Action) -> Effects<Effect> {
        match action {
            scan::Action::None => {}
            scan::Action::Back => self.resident.screen = Screen::Choose(choose::State::default()),
            scan::Action::ReadFile(path) => {
                return Effects::one(Effect::ReadFile(self.session, path));
            }
            scan::Action::Complete {
                application,
                sealed,
            } => match review::State::new(&self.catalog, &application, sealed) {
                Ok(mut review) => {
                    review.card_reader = self.card.is_some();
                    // Greet the resident in the language they used at
                    // home, unless they already chose one here.
                    if self.resident.lang == self.settings.languages.default {
                        self.set_language(application.form.language);
                    }
                    self.resident.screen = Screen::Review(Box::new(review));
                }
                Err(reason) => {
                    if let Screen::Scan(state) = &mut self.resident.screen {
                        state.error = Some(reason);
                    }
                }
            },
        }
        Effects::none()
    }

    /// Forgets the resident (and closes the facilities panel).
    fn wipe(&mut self, why: &'static str) {
        tracing::debug!(why, "resident state wiped");
        self.wedge = wedge_detector(&self.settings);
        self.resident = Resident::fresh(self.settings.languages.default);
        self.focus = super::keypad::Focus::default();
        self.device.close();
        self.session += 1;
        self.last_activity = self.now;
    }
}
