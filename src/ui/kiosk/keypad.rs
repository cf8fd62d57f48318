//! Without touching the screen: arrow keys, Tab, or a USB numeric keypad
//! (`+`/`-`, and `2`/`6` forward, `8`/`4` back as its arrows) move a
//! focus through every control of the screen in the order shown (the
//! make-it-here questions' choices, keys and answer field, the review's
//! fields and their choices), then the top bar's; Enter activates the
//! focused control; Backspace goes back. The focused control is drawn
//! with a focus ring (`Ctx::is_focused`) and its focus is spoken; once
//! the keypad has been used every new page (screen, or question) is read
//! aloud as it opens (the ticket says its number), so a resident who
//! cannot see the screen can go from welcome to the ticket. On an answer
//! field, keys typed on a keyboard go into the answer and Backspace takes
//! one off.
//!
//! Keys a USB scanner types go to the wedge detector first: only a lone
//! Enter (no scan in progress) or slow typing reaches the keypad, so a scan
//! is never taken for navigation.

use super::{
    Effect, Kiosk, Message, Screen, card, choose, make, notice, review, scan, ticket, welcome,
};
use crate::speech::queue::Utterance;
use crate::ui::effect::Effects;
use crate::ui::widgets::Key;

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

/// A page: a screen, and for the make-it-here screens which of its
/// phases and questions (each question is a page of its own: it is read
/// aloud as it opens and the focus starts afresh).
pub type Page = (&'static str, usize);

/// The focus: which control of which page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Focus {
    pub page: Page,
    pub index: Option<usize>,
    /// The keypad has been used by this resident: new pages are read aloud.
    pub in_use: bool,
    /// The question after a postal code is read aloud once the code's
    /// towns are known (it changes with them), not as it opens.
    pub awaiting_towns: bool,
}

impl Kiosk {
    /// The name of the screen of the moment.
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

    /// The page of the moment (focus is per page).
    pub(super) fn page(&self) -> Page {
        let step = match &self.resident.screen {
            Screen::Make(state) if !self.resident.picking_language => match state.phase {
                make::Phase::Pick => 0,
                make::Phase::Forms => 1,
                make::Phase::Ask => 2 + state.interview.as_ref().map_or(0, |i| i.cursor),
            },
            _ => 0,
        };
        (self.screen_name(), step)
    }

    /// The controls the keypad reaches, in the order drawn, each with what
    /// its focus says: the screen's, then the top bar's.
    pub fn controls(&self) -> Vec<(String, Message)> {
        let lang = self.resident.lang;
        let ctx = self.ctx();
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
                Screen::Make(state) => controls.extend(
                    state
                        .controls(&ctx, &self.catalog)
                        .into_iter()
                        .map(|(label, message)| (label, Message::Make(message))),
                ),
                Screen::Scan(state) => {
                    if state.file.is_some() {
                        controls.push((tr("kiosk-scan-file"), scan::Message::ScanFile.into()));
                    }
                    controls.push((tr("kiosk-scan-back"), scan::Message::Back.into()));
                }
                Screen::Review(state) => controls.extend(
                    state
                        .controls(&ctx)
                        .into_iter()
                        .map(|(label, message)| (label, Message::Review(message))),
                ),
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
        if !matches!(self.resident.screen, Screen::Welcome) || self.resident.picking_language {
            controls.push((tr("kiosk-bar-home"), Message::Home));
            controls.push((tr("kiosk-bar-language"), Message::OpenLanguages));
        }
        for (key, _, chrome) in super::view::bar_end(self.resident.look) {
            controls.push((tr(key), chrome.into()));
        }
        controls
    }

    /// The control the keypad has put in focus (drawn with the focus ring).
    pub fn focused_control(&self) -> Option<(String, Message)> {
        let index = self
            .focus
            .index
            .filter(|_| self.focus.page == self.page())?;
        self.controls().into_iter().nth(index)
    }

    /// The label of the focused control, as its focus says it.
    pub fn focused(&self) -> Option<String> {
        self.focused_control().map(|(label, _)| label)
    }

    /// Whether the focused control takes keys typed on a keyboard.
    fn typing_into(&self) -> bool {
        matches!(self.focused_control(), Some((_, Message::Make(m))) if make::State::takes_typing(&m))
    }

    pub(super) fn on_keypad(&mut self, step: Move) -> Effects<Effect> {
        if self.device.admin().is_some() {
            return Effects::none();
        }
        let page = self.page();
        if self.focus.page != page {
            self.focus.index = None;
            self.focus.page = page;
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
                let (label, message) = controls.swap_remove(i);
                return self.activate(label, message);
            }
            // Nothing in focus yet: Enter says where the resident is.
            (Move::Activate, _) => return self.read_aloud(),
            (Move::Back, _) => return self.go_back(),
        };
        self.focus.index = Some(index);
        let (label, _) = &controls[index];
        self.say(label.clone());
        Effects::none()
    }

    /// Enter on a control. On a new page `update` (the caller) reads it
    /// aloud; on the same page the focus stays on the control, or moves to
    /// what it opened (a review field's choices), and what changed is said.
    fn activate(&mut self, label: String, message: Message) -> Effects<Effect> {
        let opens = matches!(message, Message::Review(review::Message::Edit(_)));
        let before: Vec<String> = self.controls().into_iter().map(|(l, _)| l).collect();
        let page = self.page();
        let effects = self.dispatch(message);
        if self.page() != page {
            return effects;
        }
        let after: Vec<String> = self.controls().into_iter().map(|(l, _)| l).collect();
        let opened = after.iter().position(|l| !before.contains(l));
        self.focus.index = match (opens, opened) {
            (true, Some(new)) => Some(new),
            _ => after.iter().position(|l| *l == label).or(opened),
        };
        let mut said = Vec::new();
        if let Some(index) = self.focus.index.filter(|i| after[*i] != label) {
            said.push(after[index].clone());
        }
        said.extend(self.feedback());
        if !said.is_empty() {
            self.say(said.join("、"));
        }
        effects
    }

    /// What a resident who cannot see the screen needs to hear after a key
    /// changed it in place: what is wrong, or the answer as it now stands.
    fn feedback(&self) -> Option<String> {
        let ctx = self.ctx();
        match &self.resident.screen {
            Screen::Make(state) => match &state.error {
                Some(error) => Some(ctx.render(error)),
                None => state.input_text(),
            },
            Screen::Review(state) => state.editing_value(&ctx),
            _ => None,
        }
    }

    /// Backspace: a character off the answer being typed, else the screen's
    /// own way back (the previous question, out of the review, closing a
    /// review field's choices), else home.
    fn go_back(&mut self) -> Effects<Effect> {
        let typing = self.typing_into();
        let mut closing = None;
        let message = match &self.resident.screen {
            // Out of the language picker, keeping the language.
            _ if self.resident.picking_language => Message::Language(self.resident.lang),
            Screen::Make(_) if typing => make::Message::Digit(Key::Backspace).into(),
            Screen::Make(_) => make::Message::Back.into(),
            Screen::Review(state) if state.editing.is_some() => {
                closing = state.editing.clone();
                review::Message::DoneEditing.into()
            }
            Screen::Review(_) => review::Message::Back.into(),
            Screen::Scan(_) => scan::Message::Back.into(),
            Screen::Card(_) => card::Message::Cancel.into(),
            _ => Message::Home,
        };
        let effects = self.dispatch(message);
        if let Some(key) = &closing {
            // Back on the Change of the field whose choices closed.
            self.focus.index = self.controls().iter().position(
                |(_, m)| matches!(m, Message::Review(review::Message::Edit(k)) if k == key),
            );
        }
        // What is in focus now: the answer with a character less, or the
        // field whose choices closed.
        if (typing || closing.is_some())
            && let Some(said) = self.focused()
        {
            self.say(said);
        }
        effects
    }

    fn say(&self, text: String) {
        self.speaker.say(Utterance::say(self.resident.lang, text));
    }

    /// Keys typed slowly: into the focused answer field when it takes
    /// typing, else a numeric keypad's `+`, `-` and digits as moves; then
    /// Enter when it ended them.
    pub(super) fn on_typed(&mut self, typed: &str, enter: bool) -> Effects<Effect> {
        let mut effects = Effects::none();
        if self.typing_into() && !typed.is_empty() {
            effects.extend(self.dispatch(make::Message::Typed(typed.to_owned()).into()));
            if let Some(said) = self.focused() {
                self.say(said);
            }
        } else {
            for step in typed.chars().filter_map(Move::from_char) {
                effects.extend(self.on_keypad(step));
            }
        }
        if enter {
            effects.extend(self.on_keypad(Move::Activate));
        }
        effects
    }

    /// After any message: a page that changed while the keypad is in use
    /// is read aloud, with nothing in focus.
    pub(super) fn after_update(&mut self, before: Page) -> Effects<Effect> {
        let now = self.page();
        if now == before || !self.focus.in_use {
            return Effects::none();
        }
        self.focus.page = now;
        self.focus.index = None;
        if self.focus.awaiting_towns {
            return Effects::none();
        }
        self.read_aloud()
    }

    /// The towns of a postal code have come: the question they make is
    /// read aloud now (see [`Focus::awaiting_towns`]).
    pub(super) fn towns_known(&mut self) -> Effects<Effect> {
        if !std::mem::take(&mut self.focus.awaiting_towns) || !self.focus.in_use {
            return Effects::none();
        }
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
into_message!(
    welcome => Welcome, scan => Scan, review => Review, ticket => Ticket, notice => Notice,
    make => Make, card => Card
);
