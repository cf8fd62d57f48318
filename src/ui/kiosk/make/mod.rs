//! Make it here (書かない窓口): the resident picks a life event or a
//! certificate, includes the optional forms that apply, then answers one
//! question per screen — buttons for choices, a numeric keypad for dates,
//! postal codes and phone numbers, a kana grid for readings; after a postal
//! code the kiosk looks up ([`Action::LookupPostal`]), the address's towns
//! and 丁目 are buttons too. The questions come from [`Interview`] (the
//! catalogue decides them); this screen only draws them and keeps the
//! half-typed input of the current one.
//!
//! Finishing hands the interview to the kiosk, which opens the same review
//! as the QR path.

mod view;

use crate::domain::Catalog;
use crate::domain::interview::{Ask, DateEntry, Interview, Offer, Step, in_kana, toggle_mark};
use crate::domain::validate::today;
use crate::i18n::Message as Text;
use crate::ui::keypads::{DateKey, KanaKey};
use crate::ui::widgets::Key;

/// Where the resident is in making.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Which life event or certificate.
    Pick,
    /// Which optional forms of the bundle.
    Forms,
    /// One question per screen.
    Ask,
}

/// The half-typed answer of the current question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    None,
    Text(String),
    Date(DateEntry),
    Count(u32),
}

#[derive(Debug, Clone)]
pub struct State {
    pub offers: Vec<Offer>,
    pub phase: Phase,
    pub interview: Option<Interview>,
    pub input: Input,
    pub error: Option<Text>,
    /// Dates start in 西暦 rather than 和暦 (a resident reading a language
    /// other than Japanese).
    pub western: bool,
    /// The kiosk has a card reader (the card button shows).
    pub card_reader: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Pick(Offer),
    Toggle(String),
    FormsDone,
    /// A choice, yes/no or prefecture: answers and moves on.
    Choose(String),
    Digit(Key),
    Kana(KanaKey),
    Date(DateKey),
    Count(i32),
    Next,
    Skip,
    Back,
    AddMember,
    RemoveMember(usize),
    /// "マイナンバーカードで入力".
    UseCard,
    /// The answer field (typed digits or kana): where the keypad's focus
    /// takes keys typed on a keyboard; activating it answers, as Next.
    Field,
    /// Keys typed on a keyboard into the answer field.
    Typed(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    /// Leave for the choose screen.
    Back,
    /// Every question answered: show the review.
    Done,
    /// A postal code was answered: its towns, if the kiosk has the postal
    /// data, come back through [`State::postal_found`].
    LookupPostal(String),
    /// Read the My Number card; its items come back through
    /// [`State::fill_from_card`].
    UseCard,
}

impl State {
    pub fn new(offers: Vec<Offer>, western: bool) -> State {
        State {
            offers,
            phase: Phase::Pick,
            interview: None,
            input: Input::None,
            error: None,
            western,
            card_reader: false,
        }
    }

    /// The card's items fill the forms; the questions they answer are skipped.
    pub fn fill_from_card(&mut self, four: &crate::card::BasicFour) {
        if let Some(interview) = &mut self.interview {
            interview.fill_from_card(four);
            self.load_input();
        }
    }

    /// Back from the review: the last question again, answers kept.
    pub fn reopen(&mut self) {
        if let Some(interview) = &mut self.interview {
            interview.cursor = interview.steps().len().saturating_sub(1);
        }
        self.phase = Phase::Ask;
        self.load_input();
    }

    pub fn update(&mut self, message: Message, catalog: &Catalog) -> Action {
        self.error = None;
        match message {
            Message::Pick(offer) => self.pick(offer, catalog),
            Message::Toggle(id) => self.toggle(&id),
            Message::FormsDone => self.forms_done(),
            Message::Back => self.back(),
            Message::Choose(value) => self.submit(value),
            Message::Next => self.next(),
            Message::Skip => self.submit(String::new()),
            Message::Digit(key) => self.digit(key),
            Message::Kana(key) => self.kana(key),
            Message::Date(key) => self.date(key),
            Message::Count(step) => self.count(step),
            Message::AddMember => self.add_member(),
            Message::RemoveMember(index) => self.remove_member(index),
            Message::UseCard => Action::UseCard,
            Message::Field => self.next(),
            Message::Typed(typed) => self.typed(&typed),
        }
    }

    /// Keys typed on a keyboard: digits into a digits or date answer, kana
    /// (hiragana or katakana, as an input method gives them) and spaces
    /// into a reading; anything else is not for this answer.
    fn typed(&mut self, typed: &str) -> Action {
        let kana = match self.step().and_then(|s| s.ask) {
            Some(Ask::Kana { kana, .. }) => Some(kana),
            _ => None,
        };
        for c in typed.chars() {
            match kana {
                Some(_) if c == ' ' || c == '\u{3000}' => {
                    self.kana(KanaKey::Space);
                }
                Some(kana) => {
                    // Katakana as hiragana first, then in the syllabary asked.
                    let hiragana = match c {
                        'ァ'..='ヶ' => char::from_u32(u32::from(c) - 0x60).unwrap_or(c),
                        _ => c,
                    };
                    if ('ぁ'..='ゖ').contains(&hiragana) || hiragana == 'ー' {
                        self.kana(KanaKey::Char(in_kana(hiragana, kana)));
                    }
                }
                None => {
                    if let Some(d) = c.to_digit(10) {
                        self.digit(Key::Digit(d as u8));
                    }
                }
            }
        }
        Action::None
    }

    /// Whether the keypad's focus on `message` takes typed keys (the answer
    /// field, or a part of a date).
    pub fn takes_typing(message: &Message) -> bool {
        matches!(message, Message::Field | Message::Date(DateKey::Part(_)))
    }

    /// The answer as typed so far, as the resident would hear it (a town
    /// picked is its button, selected: its value is an index).
    pub fn input_text(&self) -> Option<String> {
        if matches!(self.step().and_then(|s| s.ask), Some(Ask::Pick(_))) {
            return None;
        }
        let text = match &self.input {
            Input::None => return None,
            Input::Text(t) => t.clone(),
            Input::Date(d) => d.text(),
            Input::Count(n) => n.to_string(),
        };
        (!text.is_empty()).then_some(text)
    }

    fn pick(&mut self, offer: Offer, catalog: &Catalog) -> Action {
        let Some(interview) = Interview::new(catalog, offer) else {
            return Action::None;
        };
        let optional = !interview.optional().is_empty();
        self.interview = Some(interview);
        if optional {
            self.phase = Phase::Forms;
            Action::None
        } else {
            self.start_asking()
        }
    }

    fn toggle(&mut self, id: &str) -> Action {
        if let Some(interview) = &mut self.interview {
            interview.toggle(id);
        }
        Action::None
    }

    fn forms_done(&mut self) -> Action {
        if self
            .interview
            .as_ref()
            .is_some_and(|i| i.active().is_empty())
        {
            self.error = Some(Text::new("make-forms-none"));
            return Action::None;
        }
        self.start_asking()
    }

    fn back(&mut self) -> Action {
        match self.phase {
            Phase::Pick => return Action::Back,
            Phase::Forms => {
                self.phase = Phase::Pick;
                self.interview = None;
            }
            Phase::Ask => {
                let has_forms = self
                    .interview
                    .as_ref()
                    .is_some_and(|i| !i.optional().is_empty());
                let stepped = self.interview.as_mut().is_some_and(Interview::back);
                if stepped {
                    self.load_input();
                } else if has_forms {
                    self.phase = Phase::Forms;
                } else {
                    self.phase = Phase::Pick;
                    self.interview = None;
                }
            }
        }
        Action::None
    }

    fn next(&mut self) -> Action {
        let value = match &self.input {
            Input::None => String::new(),
            Input::Text(t) => t.clone(),
            Input::Date(d) => d.text(),
            Input::Count(n) => n.to_string(),
        };
        self.submit(value)
    }

    fn digit(&mut self, key: Key) -> Action {
        let max = self.max_len();
        match &mut self.input {
            Input::Text(t) => match key {
                Key::Digit(d) if t.chars().count() < max => t.push(char::from(b'0' + d.min(9))),
                Key::Digit(_) => {}
                Key::Backspace => {
                    t.pop();
                }
                Key::Clear => t.clear(),
            },
            Input::Date(d) => match key {
                Key::Digit(n) => d.digit(n),
                Key::Backspace => d.backspace(),
                Key::Clear => d.clear(),
            },
            _ => {}
        }
        Action::None
    }

    fn kana(&mut self, key: KanaKey) -> Action {
        let max = self.max_len();
        if let Input::Text(t) = &mut self.input {
            match key {
                KanaKey::Char(c) if t.chars().count() < max => t.push(c),
                KanaKey::Space if t.chars().count() < max && !t.ends_with(' ') => t.push(' '),
                KanaKey::Char(_) | KanaKey::Space => {}
                KanaKey::Mark(mark) => toggle_mark(t, mark),
                KanaKey::Backspace => {
                    t.pop();
                }
            }
        }
        Action::None
    }

    fn date(&mut self, key: DateKey) -> Action {
        if let Input::Date(d) = &mut self.input {
            match key {
                DateKey::Era(era) => d.set_era(era),
                DateKey::Part(part) => d.part = part,
            }
        }
        Action::None
    }

    fn count(&mut self, step: i32) -> Action {
        let ask = self.step().and_then(|s| s.ask);
        if let (Input::Count(n), Some(Ask::Count { min, max })) = (&mut self.input, ask) {
            *n = n.saturating_add_signed(step).clamp(min, max);
        }
        Action::None
    }

    fn add_member(&mut self) -> Action {
        if let Some(interview) = &mut self.interview {
            interview.add_member();
        }
        self.load_input();
        Action::None
    }

    fn remove_member(&mut self, index: usize) -> Action {
        if let Some(interview) = &mut self.interview {
            interview.remove_member(index);
        }
        self.load_input();
        Action::None
    }

    fn start_asking(&mut self) -> Action {
        self.phase = Phase::Ask;
        self.load_input();
        if self.interview.as_ref().is_some_and(Interview::finished) {
            return Action::Done;
        }
        Action::None
    }

    /// The towns of a postal code the resident answered: the address after
    /// it is then asked from them.
    pub fn postal_found(&mut self, code: &str, towns: Vec<crate::postal::Candidate>) {
        if let Some(interview) = &mut self.interview {
            interview.postal_found(code, towns);
            self.load_input();
        }
    }

    fn submit(&mut self, value: String) -> Action {
        let Some(interview) = &mut self.interview else {
            return Action::None;
        };
        let step = interview.step();
        match interview.answer(&value, today()) {
            Ok(()) if interview.finished() => Action::Done,
            Ok(()) => {
                self.load_input();
                match step {
                    Some(Step {
                        ask: Some(Ask::Postal),
                        target,
                        ..
                    }) => self
                        .interview
                        .as_ref()
                        .and_then(|i| i.value(&target))
                        .map_or(Action::None, |code| Action::LookupPostal(code.to_owned())),
                    _ => Action::None,
                }
            }
            Err(message) => {
                self.error = Some(message);
                Action::None
            }
        }
    }

    pub fn step(&self) -> Option<Step> {
        self.interview.as_ref().and_then(Interview::step)
    }

    fn max_len(&self) -> usize {
        match self.step().and_then(|s| s.ask) {
            Some(Ask::Postal) => 7,
            Some(Ask::Phone) => 11,
            Some(Ask::Digits { max_len }) | Some(Ask::Kana { max_len, .. }) => max_len,
            _ => 0,
        }
    }

    /// The input of the current question, from its answer so far.
    fn load_input(&mut self) {
        let Some(step) = self.step() else {
            self.input = Input::None;
            return;
        };
        let current = self
            .interview
            .as_ref()
            .and_then(|i| i.value(&step.target))
            .map(str::to_owned);
        self.input = match step.ask {
            Some(Ask::Date { .. }) => {
                Input::Date(DateEntry::from_value(current.as_deref(), self.western))
            }
            Some(Ask::Count { min, .. }) => Input::Count(
                current
                    .as_deref()
                    .and_then(crate::domain::validate::parse_count)
                    .unwrap_or(min),
            ),
            Some(Ask::Postal) | Some(Ask::Phone) | Some(Ask::Digits { .. }) => Input::Text(
                current
                    .unwrap_or_default()
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect(),
            ),
            Some(Ask::Kana { .. }) | Some(Ask::Pick(_)) => Input::Text(current.unwrap_or_default()),
            _ => Input::None,
        };
    }
}

/// The offers of `[offer]` in menu order: life events first.
pub fn offers(bundles: &[String], procedures: &[String]) -> Vec<Offer> {
    bundles
        .iter()
        .cloned()
        .map(Offer::Bundle)
        .chain(procedures.iter().cloned().map(Offer::Procedure))
        .collect()
}

/// Whether dates start in 西暦 for this language.
pub fn western_dates(lang: crate::i18n::Lang) -> bool {
    !lang.code().starts_with("ja")
}
