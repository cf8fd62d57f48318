//! Without touching the screen: arrow keys, Tab, or a USB numeric keypad
//! (`+`/`-`, and `2`/`6` forward, `8`/`4` back as its arrows) move a
//! focus through the controls of the screen in the order shown, then the
//! top bar's; Enter activates the focused control; Backspace goes back.
//! Each focus is spoken, and once the keypad has been used every new
//! screen is read aloud as it opens (the ticket says its number), so a
//! resident who cannot see the screen can go from welcome to the ticket.
//!
//! Keys a USB scanner types go to the wedge detector first: only a lone
//! Enter (no scan in progress) or slow typing reaches the keypad, so a scan
//! is never taken for navigation.

use super::{Effect, Kiosk, Message, Screen, card, choose, notice, review, scan, ticket, welcome};
use crate::speech::queue::Utterance;
use crate::ui::effect::Effects;

/// What a key does to the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    Activate,
    Back,
}

impl Move {
    /// The move a typed character means on a numeric keypad, if any.
    pub fn from_char(c: char) -> Option<Move> {
        match c {
            '+' | '2' | '6' => Some(Move::Next),
            '-' | '8' | '4' => Some(Move::Previous),
            _ => None,
        }
    }
}

/// The focus: which control of which screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Focus {
    pub screen: &'static str,
    pub index: Option<usize>,
    /// The keypad has been used by this resident: new screens are read aloud.
    pub in_use: bool,
}

impl Kiosk {
    /// The name of the screen of the moment (focus is per screen).
    pub(super) fn screen_name(&self) -> &'static str {
        if self.resident.picking_language {
            return "languages";
        }
        match &self.resident.screen {
            Screen::Welcome => "welcome",
            Screen::Choose(state) if state.step == choose::Step::Services => "services",
            Screen::Choose(_) => "choose",
            Screen::Make(_) => "make",
            Screen::Scan(_) => "scan",
            Screen::Review(_) => "review",
            Screen::Ticket(_) => "ticket",
            Screen::Notice(_) => "notice",
            Screen::Card(_) => "card",
        }
    }

    /// The controls the keypad reaches, in order: the screen's, then the top bar's.
    pub fn controls(&self) -> Vec<(String, Message)> {
        let lang = self.resident.lang;
        let tr = |key: &str| self.i18n.tr(&lang, key);
        let mut controls: Vec<(String, Message)> = Vec::new();
        if self.resident.picking_language {
            for l in &self.settings.languages.offered {
                controls.push((l.native_name().to_owned(), Message::Language(*l)));
            }
        } else {
            match &self.resident.screen {
                Screen::Welcome => {
                    controls.push((tr("kiosk-welcome-start"), welcome::Message::Start.into()));
                    for l in &self.settings.languages.offered {
                        let message = Message::Welcome(welcome::Message::Language(*l));
                        controls.push((l.native_name().to_owned(), message));
                    }
                }
                Screen::Choose(state) if state.step == choose::Step::Services => {
                    for s in &self.services {
                        let message = Message::Choose(choose::Message::Service(s.id.clone()));
                        controls.push((self.i18n.render(&lang, &s.name), message));
                    }
                }
                Screen::Choose(_) => {
                    let mut choices = vec![
                        ("kiosk-choose-qr", choose::Message::HaveQr),
                        ("kiosk-choose-make", choose::Message::MakeHere),
                        ("kiosk-choose-number", choose::Message::JustNumber),
                    ];
                    if self.service.can_call_staff() {
                        choices.push(("kiosk-choose-staff", choose::Message::CallStaff));
                    }
                    for (key, message) in choices {
                        controls.push((tr(key), Message::Choose(message)));
                    }
                }
                Screen::Make(_) => {}
                Screen::Scan(state) => {
                    if state.file.is_some() {
                        controls.push((tr("kiosk-scan-file"), scan::Message::ScanFile.into()));
                    }
                    controls.push((tr("kiosk-scan-back"), scan::Message::Back.into()));
                }
                Screen::Review(_) => {
                    controls.push((tr("kiosk-review-confirm"), review::Message::Confirm.into()));
                    controls.push((tr("kiosk-review-back"), review::Message::Back.into()));
                }
                Screen::Ticket(_) => {
                    controls.push((tr("kiosk-ticket-done"), ticket::Message::Done.into()));
                }
                Screen::Notice(_) => {
                    controls.push((tr("kiosk-notice-ok"), notice::Message::Ok.into()));
                }
                // The PIN itself is typed on the screen's pad (the card's
                // PIN is not for a spoken, keypad-driven interface).
                Screen::Card(state) => {
                    if matches!(state.phase, card::Phase::Failed(_)) {
                        controls.push((tr("card-retry"), Message::Card(card::Message::Retry)));
                    }
                    controls.push((tr("card-cancel"), Message::Card(card::Message::Cancel)));
                }
            }
        }
        controls.push((tr("speech-read-aloud"), Message::ReadAloud));
        if !matches!(self.resident.screen, Screen::Welcome) || self.resident.picking_language {
            controls.push((tr("kiosk-bar-home"), Message::Home));
            controls.push((tr("kiosk-bar-language"), Message::OpenLanguages));
        }
        controls
    }

    /// The label of the focused control, if the keypad has put one in focus.
    pub fn focused(&self) -> Option<String> {
        let index = self
            .focus
            .index
            .filter(|_| self.focus.screen == self.screen_name())?;
        self.controls().get(index).map(|(label, _)| label.clone())
    }

    pub(super) fn on_keypad(&mut self, step: Move) -> Effects<Effect> {
        if self.device.admin().is_some() {
            return Effects::none();
        }
        let screen = self.screen_name();
        if self.focus.screen != screen {
            self.focus.index = None;
            self.focus.screen = screen;
        }
        self.focus.in_use = true;
        let mut controls = self.controls();
        let count = controls.len();
        let index = match (step, self.focus.index) {
            (Move::Next, None) => 0,
            (Move::Next, Some(i)) => (i + 1) % count,
            (Move::Previous, None) => count - 1,
            (Move::Previous, Some(i)) => (i + count - 1) % count,
            (Move::Activate, Some(i)) if i < count => {
                let (_, message) = controls.swap_remove(i);
                // `update` (the caller) reads the new screen aloud.
                return self.dispatch(message);
            }
            // Nothing in focus yet: Enter says where the resident is.
            (Move::Activate, _) => return self.read_aloud(),
            (Move::Back, _) => return self.update(Message::Home),
        };
        self.focus.index = Some(index);
        let (label, _) = &controls[index];
        self.speaker
            .say(Utterance::say(self.resident.lang, label.clone()));
        Effects::none()
    }

    /// Keys typed slowly on a numeric keypad (`+`, `-`, its digits), then
    /// Enter when it ended them.
    pub(super) fn on_typed(&mut self, typed: &str, enter: bool) -> Effects<Effect> {
        let mut effects = Effects::none();
        for step in typed.chars().filter_map(Move::from_char) {
            effects.extend(self.on_keypad(step));
        }
        if enter {
            effects.extend(self.on_keypad(Move::Activate));
        }
        effects
    }

    /// After any message: a screen that changed while the keypad is in use
    /// is read aloud, with nothing in focus.
    pub(super) fn after_update(&mut self, before: &'static str) -> Effects<Effect> {
        let now = self.screen_name();
        if now == before || !self.focus.in_use {
            return Effects::none();
        }
        self.focus.screen = now;
        self.focus.index = None;
        self.read_aloud()
    }
}

macro_rules! into_message {
    ($($module:ident => $variant:ident),*) => {$(
        impl From<$module::Message> for Message {
            fn from(message: $module::Message) -> Message {
                Message::$variant(message)
            }
        }
    )*};
}
into_message!(welcome => Welcome, scan => Scan, review => Review, ticket => Ticket, notice => Notice);
