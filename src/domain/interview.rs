//! The "make it here" interview (書かない窓口): a resident at the kiosk
//! answers one question per screen and the forms fill themselves.
//!
//! Everything is derived from the catalogue, never from a procedure's id:
//!
//! - the forms are the chosen procedure, or the chosen bundle's forms minus
//!   the optional ones the resident left out;
//! - a field is asked once per answer key, so a shared field (`applicant.*`,
//!   `move.date`) is answered once for every form of a bundle (自動転記);
//!   answers a bundle presets or transcribes (`kokuho-kanyu.reason`,
//!   `kokuho-kanyu.start-date`) are not asked;
//! - a field that only a `required-if` rule makes required is asked only
//!   when its condition holds (請求者が代理人 → 必要な人の生年月日);
//! - the input follows the field kind: choices and yes/no are buttons, dates,
//!   postal codes, phone numbers and digit texts a numeric keypad, readings a
//!   kana grid, an address its town and numbers from the postal data (see
//!   [`super::postal_address`]) or, without it, its prefecture;
//! - what a tablet cannot reasonably take (names and addresses in kanji, free
//!   text) is left to the clerk: [`Interview::clerk_keys`] lists it so the
//!   review and the record say "the clerk completes this" instead of "missing".
//!
//! Household members are asked part by part (reading, birth, relationship,
//! sex), one person at a time, after an "add a person" on the household step.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::NaiveDate;

use super::answers::{Answers, Member};
use super::catalog::TownChome;
use super::date::{Era, Wareki, iso, parse_date};
use super::input;
pub use super::kana_grid::{GOJUON, KanaMark, in_kana, toggle_mark};
use super::model::{
    Bundle, ChoiceOption, FieldKind, Kana, Procedure, Rule, Script, relationship_label, sex_label,
};
use super::postal_address::{AddressPart, PostalAddress, address_steps, picked};
use super::validate::{PREFECTURES, RELATIONSHIPS, SEXES, check_value};
use super::{Catalog, present};
use crate::i18n::Message;

/// What the resident chose to make: a life event or one procedure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offer {
    Bundle(String),
    Procedure(String),
}

/// How a question is answered on the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Ask {
    /// One tap on an option: the value is stored, the label is a fluent key.
    Choice(Vec<ChoiceOption>),
    YesNo,
    Count {
        min: u32,
        max: u32,
    },
    Date {
        not_future: bool,
    },
    /// Seven digits, stored `123-4567`.
    Postal,
    /// Digits of a Japanese number.
    Phone,
    /// Digits only (an account number).
    Digits {
        max_len: usize,
    },
    /// The kana grid, in the syllabary the field expects.
    Kana {
        kana: Kana,
        max_len: usize,
    },
    /// The address's prefecture, one of the 47, when there is no postal data.
    Prefecture,
    /// One tap on a text from the postal data (a town, a 丁目): `(value, label)`.
    Pick(Vec<(String, String)>),
}

/// Where an answer goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An answer key (`applicant.reading`, `applicant.address.prefecture`).
    Key(String),
    /// A part (`reading`, `birth` …) of household member `index`.
    Member(usize, &'static str),
    /// The household list itself (add a person / next).
    Household,
    /// A part of an address made from the postal data, by the address's key
    /// (`applicant.address`).
    Address(String, AddressPart),
}

/// One screen of the interview.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub target: Target,
    /// Fluent key of the question's label.
    pub label: String,
    pub help: Option<String>,
    pub required: bool,
    /// `None` for [`Target::Household`].
    pub ask: Option<Ask>,
}

/// The member parts the kiosk asks; the name (kanji) is the clerk's.
const MEMBER_ASKED: [&str; 4] = ["reading", "birth", "relationship", "sex"];

/// One resident's interview.
#[derive(Debug, Clone)]
pub struct Interview {
    pub offer: Offer,
    pub bundle: Option<Bundle>,
    /// Every form the offer can make, in order.
    pub procedures: Vec<Arc<Procedure>>,
    /// Optional forms the resident included (bundles only).
    pub included: BTreeSet<String>,
    pub answers: Answers,
    /// Index into [`Interview::steps`]; `steps().len()` when finished.
    pub cursor: usize,
    /// Addresses made from the postal data, by address key (while its code holds).
    pub postal: BTreeMap<String, PostalAddress>,
    /// The catalogue's towns and their 丁目, for addresses made from postal data.
    pub towns: Arc<TownChome>,
    /// Answer keys filled from a My Number card (see [`super::card_fill`]).
    pub card: BTreeSet<String>,
}

impl Interview {
    /// The interview for an offer of the catalogue; optional forms start
    /// left out (a resident adds what applies, rather than removing what
    /// does not).
    pub fn new(catalog: &Catalog, offer: Offer) -> Option<Interview> {
        let (bundle, procedures) = match &offer {
            Offer::Bundle(id) => {
                let bundle = catalog.bundle(id)?.clone();
                let procedures = bundle.procedures.clone();
                (Some(bundle), procedures)
            }
            Offer::Procedure(id) => (None, vec![catalog.procedure(id)?.clone()]),
        };
        Some(Interview {
            offer,
            bundle,
            procedures,
            included: BTreeSet::new(),
            answers: Answers::new(),
            cursor: 0,
            postal: BTreeMap::new(),
            towns: catalog.towns().clone(),
            card: BTreeSet::new(),
        })
    }

    /// Forms the resident may leave out.
    pub fn optional(&self) -> Vec<&Arc<Procedure>> {
        let optional = self.bundle.as_ref().map(|b| &b.optional);
        self.procedures
            .iter()
            .filter(|p| optional.is_some_and(|o| o.contains(&p.id)))
            .collect()
    }

    pub fn toggle(&mut self, procedure_id: &str) {
        if !self.included.remove(procedure_id) {
            self.included.insert(procedure_id.to_owned());
        }
    }

    /// The forms that will be made: mandatory ones and included optional ones.
    pub fn active(&self) -> Vec<Arc<Procedure>> {
        let optional = self.bundle.as_ref().map(|b| b.optional.clone());
        self.procedures
            .iter()
            .filter(|p| {
                !optional.as_ref().is_some_and(|o| o.contains(&p.id))
                    || self.included.contains(&p.id)
            })
            .cloned()
            .collect()
    }

    /// Keys a bundle fills by itself (presets, transcription targets).
    fn filled_by_bundle(&self) -> BTreeSet<String> {
        let Some(bundle) = &self.bundle else {
            return BTreeSet::new();
        };
        bundle
            .preset
            .iter()
            .map(|(k, _)| k.clone())
            .chain(bundle.transcribe.iter().map(|(_, to)| to.clone()))
            .collect()
    }

    /// `(key, required now)` of every field of the active forms, first
    /// occurrence first; a key required by any form, or by a rule whose
    /// condition holds, is required. Conditional fields whose condition does
    /// not hold are left out.
    pub(super) fn wanted_fields(&self) -> Vec<(crate::domain::Field, bool)> {
        let active = self.active();
        let skip = self.filled_by_bundle();
        let rules: Vec<(&String, &String, &String)> = active
            .iter()
            .flat_map(|p| p.rules.iter())
            .filter_map(|r| match r {
                Rule::RequiredIf {
                    field,
                    when,
                    equals,
                } => Some((field, when, equals)),
                _ => None,
            })
            .collect();
        // Conditions see what the bundle decides (転入 → 国保の加入理由).
        let decided = match &self.bundle {
            Some(bundle) => bundle.transcribed(&self.answers),
            None => self.answers.clone(),
        };
        let mut out: Vec<(crate::domain::Field, bool)> = Vec::new();
        for field in active.iter().flat_map(|p| p.fields.iter()) {
            if skip.contains(&field.key) {
                continue;
            }
            let conditional: Vec<_> = rules.iter().filter(|r| *r.0 == field.key).collect();
            let condition_holds = conditional
                .iter()
                .any(|(_, when, equals)| decided.get(when) == Some(equals.as_str()));
            if let Some(seen) = out.iter_mut().find(|(f, _)| f.key == field.key) {
                seen.1 |= field.required;
                continue;
            }
            if !field.required && !conditional.is_empty() && !condition_holds {
                continue;
            }
            out.push((field.clone(), field.required || condition_holds));
        }
        // A later form may make an earlier-listed field required.
        out.retain(|(f, required)| {
            *required
                || !rules.iter().any(|r| *r.0 == f.key)
                || rules
                    .iter()
                    .any(|(k, w, e)| **k == f.key && decided.get(w) == Some(e.as_str()))
        });
        out
    }

    /// The screens, in order, for the answers so far.
    pub fn steps(&self) -> Vec<Step> {
        let mut steps = Vec::new();
        for (field, required) in self.wanted_fields() {
            let key = |k: &str| Target::Key(k.to_owned());
            // Answered by the card: not asked.
            if self.from_card(&field.key) {
                continue;
            }
            if let Some(address) = self.postal_address(&field.key) {
                steps.extend(address_steps(&field, required, address));
                continue;
            }
            let ask = match &field.kind {
                FieldKind::Household { min, .. } => {
                    for index in 0..self.answers.household.len() {
                        steps.extend(member_steps(index));
                    }
                    steps.push(Step {
                        target: Target::Household,
                        label: field.label.clone(),
                        help: field.help.clone(),
                        required: required || *min > 0,
                        ask: None,
                    });
                    continue;
                }
                FieldKind::Address => {
                    steps.push(Step {
                        target: key(&format!("{}.prefecture", field.key)),
                        label: field.label.clone(),
                        help: field.help.clone(),
                        required,
                        ask: Some(Ask::Prefecture),
                    });
                    continue;
                }
                kind => match ask_for(kind) {
                    Some(ask) => ask,
                    None => continue, // the clerk's: see clerk_keys
                },
            };
            steps.push(Step {
                target: key(&field.key),
                label: field.label.clone(),
                help: field.help.clone(),
                required,
                ask: Some(ask),
            });
        }
        steps
    }

    /// Keys the kiosk does not ask but a form needs: names and addresses in
    /// kanji, free text. The clerk completes them with the resident.
    pub fn clerk_keys(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for (field, required) in self.wanted_fields() {
            if self.from_card(&field.key) {
                continue;
            }
            match &field.kind {
                FieldKind::Address => out.extend(self.address_clerk_keys(&field.key)),
                FieldKind::Household { .. } => {
                    for index in 0..self.answers.household.len() {
                        out.insert(format!("household[{index}].name"));
                    }
                }
                kind if ask_for(kind).is_none() && required => {
                    out.insert(field.key.clone());
                }
                _ => {}
            }
        }
        out
    }

    pub fn step(&self) -> Option<Step> {
        self.steps().into_iter().nth(self.cursor)
    }

    pub fn finished(&self) -> bool {
        self.cursor >= self.steps().len()
    }

    /// `(current, total)` for "3 / 9", counting from 1.
    pub fn progress(&self) -> (usize, usize) {
        let total = self.steps().len();
        ((self.cursor + 1).min(total), total)
    }

    /// The answer at a target, if any.
    pub fn value(&self, target: &Target) -> Option<&str> {
        match target {
            Target::Key(key) => self.answers.get(key),
            Target::Member(index, part) => self
                .answers
                .household
                .get(*index)
                .and_then(|m| m.get(*part))
                .map(String::as_str)
                .filter(|v| !v.is_empty()),
            Target::Household => None,
            Target::Address(key, part) => self.postal.get(key).and_then(|a| a.value(*part)),
        }
    }

    fn set(&mut self, target: &Target, value: String) {
        match target {
            Target::Key(key) => self.answers.set(key.clone(), value),
            Target::Member(index, part) => {
                if let Some(member) = self.answers.household.get_mut(*index) {
                    member.insert((*part).to_owned(), value);
                }
            }
            Target::Household => {}
            Target::Address(key, part) => self.set_address(key, *part, Some(value)),
        }
    }

    /// Answers the current step and moves on, or says what is wrong (the
    /// same checks and messages as the review and the hub). An empty value
    /// skips an optional question.
    pub fn answer(&mut self, value: &str, today: NaiveDate) -> Result<(), Message> {
        let Some(step) = self.step() else {
            return Ok(());
        };
        let value = value.trim();
        if step.target == Target::Household {
            let count = self.answers.household.len() as u32;
            if step.required && count == 0 {
                return Err(Message::new("validation-household-too-few").arg("min", 1));
            }
            self.cursor += 1;
            return Ok(());
        }
        let Some(ask) = &step.ask else {
            return Ok(());
        };
        if value.is_empty() {
            if step.required {
                return Err(Message::new("validation-required"));
            }
            self.clear(&step.target);
            self.cursor += 1;
            return Ok(());
        }
        self.check_address(&step.target, value)?;
        let canonical = canonical(ask, value, today)?;
        self.set(&step.target, canonical);
        self.cursor += 1;
        Ok(())
    }

    fn clear(&mut self, target: &Target) {
        match target {
            Target::Key(key) => {
                self.answers.values.remove(key);
            }
            Target::Member(index, part) => {
                if let Some(member) = self.answers.household.get_mut(*index) {
                    member.remove(*part);
                }
            }
            Target::Household => {}
            Target::Address(key, part) => self.set_address(key, *part, None),
        }
    }

    /// One step back; `false` at the first question (leave the interview).
    pub fn back(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        true
    }

    /// A new household member; the next screens ask their parts.
    pub fn add_member(&mut self) {
        self.answers.household.push(Member::new());
        let index = self.answers.household.len() - 1;
        let first = Target::Member(index, MEMBER_ASKED[0]);
        if let Some(at) = self.steps().iter().position(|s| s.target == first) {
            self.cursor = at;
        }
    }

    /// Removes a member (a person added by mistake); stays on the list.
    pub fn remove_member(&mut self, index: usize) {
        if index < self.answers.household.len() {
            self.answers.household.remove(index);
            if let Some(at) = self
                .steps()
                .iter()
                .position(|s| s.target == Target::Household)
            {
                self.cursor = at;
            }
        }
    }

    /// The answers every form gets: the bundle's transcription and presets
    /// applied (自動転記) and each value in canonical form.
    pub fn result(&self) -> Answers {
        let mut answers = match &self.bundle {
            Some(bundle) => bundle.transcribed(&self.answers),
            None => self.answers.clone(),
        };
        // Optional members' empty parts do not travel.
        for member in &mut answers.household {
            member.retain(|_, v| !v.trim().is_empty());
        }
        for procedure in self.active() {
            answers = present::normalize(&procedure, &answers);
        }
        answers
    }
}

fn member_steps(index: usize) -> Vec<Step> {
    MEMBER_ASKED
        .iter()
        .map(|part| {
            let ask = match *part {
                "reading" => Ask::Kana {
                    kana: Kana::Katakana,
                    max_len: 60,
                },
                "birth" => Ask::Date { not_future: true },
                "relationship" => Ask::Choice(
                    RELATIONSHIPS
                        .iter()
                        .map(|v| ChoiceOption {
                            value: (*v).to_owned(),
                            label: relationship_label(v),
                        })
                        .collect(),
                ),
                _ => Ask::Choice(
                    SEXES
                        .iter()
                        .map(|v| ChoiceOption {
                            value: (*v).to_owned(),
                            label: sex_label(v),
                        })
                        .collect(),
                ),
            };
            Step {
                target: Target::Member(index, part),
                label: super::model::member_part_label(part),
                help: None,
                required: true,
                ask: Some(ask),
            }
        })
        .collect()
}

/// How a simple field is asked, `None` when the kiosk leaves it to the clerk.
fn ask_for(kind: &FieldKind) -> Option<Ask> {
    Some(match kind {
        FieldKind::Choice { options } => Ask::Choice(options.clone()),
        FieldKind::YesNo => Ask::YesNo,
        FieldKind::Count { min, max } => Ask::Count {
            min: *min,
            max: *max,
        },
        FieldKind::Date { not_future } => Ask::Date {
            not_future: *not_future,
        },
        FieldKind::Postal => Ask::Postal,
        FieldKind::Phone => Ask::Phone,
        FieldKind::Reading { kana, max_len } => Ask::Kana {
            kana: *kana,
            max_len: *max_len,
        },
        FieldKind::Text {
            script: Script::Digits,
            max_len,
        } => Ask::Digits { max_len: *max_len },
        FieldKind::Text {
            script: Script::Kana,
            max_len,
        } => Ask::Kana {
            kana: Kana::Either,
            max_len: *max_len,
        },
        FieldKind::Text { .. } | FieldKind::Address | FieldKind::Household { .. } => return None,
    })
}

/// The stored form of an answer, or the validation message.
fn canonical(ask: &Ask, value: &str, today: NaiveDate) -> Result<String, Message> {
    let kind = match ask {
        Ask::Choice(options) => FieldKind::Choice {
            options: options.clone(),
        },
        Ask::YesNo => FieldKind::YesNo,
        Ask::Count { min, max } => FieldKind::Count {
            min: *min,
            max: *max,
        },
        Ask::Date { not_future } => FieldKind::Date {
            not_future: *not_future,
        },
        Ask::Postal => FieldKind::Postal,
        Ask::Phone => FieldKind::Phone,
        Ask::Digits { max_len } => FieldKind::Text {
            script: Script::Digits,
            max_len: *max_len,
        },
        Ask::Kana { kana, max_len } => FieldKind::Reading {
            kana: *kana,
            max_len: *max_len,
        },
        Ask::Pick(options) => return picked(options, value),
        Ask::Prefecture => {
            return if PREFECTURES.contains(&value) {
                Ok(value.to_owned())
            } else {
                Err(Message::new("validation-prefecture"))
            };
        }
    };
    if let Some(message) = check_value(&kind, value, today) {
        return Err(message);
    }
    Ok(match ask {
        Ask::Date { .. } => parse_date(value).map(iso).map_err(|e| e.message())?,
        Ask::Postal => input::normalize_postal(value).unwrap_or_else(|| value.to_owned()),
        Ask::Phone => input::normalize_phone(value).unwrap_or_else(|| value.to_owned()),
        _ => value.to_owned(),
    })
}

/// A date being typed on the keypad: an era (or 西暦) and three parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateEntry {
    /// `None` is 西暦.
    pub era: Option<Era>,
    pub year: String,
    pub month: String,
    pub day: String,
    /// The part digits go to.
    pub part: DatePart,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    Year,
    Month,
    Day,
}

impl DateEntry {
    /// An empty entry, 和暦 (令和) or 西暦.
    pub fn new(western: bool) -> DateEntry {
        DateEntry {
            era: (!western).then_some(Era::Reiwa),
            year: String::new(),
            month: String::new(),
            day: String::new(),
            part: DatePart::Year,
        }
    }

    /// The entry showing a stored ISO date, in the calendar asked for.
    pub fn from_value(value: Option<&str>, western: bool) -> DateEntry {
        let mut entry = DateEntry::new(western);
        if let Some(date) = value.and_then(|v| parse_date(v).ok()) {
            use chrono::Datelike;
            match Wareki::from_date(date) {
                Ok(w) if !western => {
                    entry.era = Some(w.era);
                    entry.year = w.year.to_string();
                }
                _ => {
                    entry.era = None;
                    entry.year = date.year().to_string();
                }
            }
            entry.month = date.month().to_string();
            entry.day = date.day().to_string();
            entry.part = DatePart::Day;
        }
        entry
    }

    fn year_len(&self) -> usize {
        if self.era.is_some() { 2 } else { 4 }
    }

    /// A digit goes to the current part; a full part moves to the next.
    pub fn digit(&mut self, d: u8) {
        let max = match self.part {
            DatePart::Year => self.year_len(),
            _ => 2,
        };
        let part = self.part;
        let text = self.text_mut();
        if text.len() >= max {
            text.clear();
        }
        text.push(char::from(b'0' + d.min(9)));
        let full = text.len() >= max
            || match part {
                DatePart::Month => text.len() == 1 && d > 1,
                DatePart::Day => text.len() == 1 && d > 3,
                DatePart::Year => false,
            };
        if full {
            self.part = match self.part {
                DatePart::Year => DatePart::Month,
                _ => DatePart::Day,
            };
        }
    }

    pub fn backspace(&mut self) {
        if self.text_mut().pop().is_none() {
            self.part = match self.part {
                DatePart::Day => DatePart::Month,
                _ => DatePart::Year,
            };
            self.text_mut().pop();
        }
    }

    pub fn clear(&mut self) {
        self.year.clear();
        self.month.clear();
        self.day.clear();
        self.part = DatePart::Year;
    }

    fn text_mut(&mut self) -> &mut String {
        match self.part {
            DatePart::Year => &mut self.year,
            DatePart::Month => &mut self.month,
            DatePart::Day => &mut self.day,
        }
    }

    /// Switches calendar, converting a complete date so nothing is lost.
    pub fn set_era(&mut self, era: Option<Era>) {
        if let Ok(date) = parse_date(&self.text()) {
            *self = DateEntry::from_value(Some(&iso(date)), era.is_none());
            if let Some(era) = era
                && self.era != Some(era)
            {
                // A date outside the chosen era: keep the era, retype the year.
                self.era = Some(era);
                self.year.clear();
                self.part = DatePart::Year;
            }
            return;
        }
        self.era = era;
        if era.is_some() && self.year.len() > 2 {
            self.year.clear();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.year.is_empty() && self.month.is_empty() && self.day.is_empty()
    }

    /// The entry as text [`parse_date`] reads (`昭和60年4月12日`, `1985年4月12日`).
    pub fn text(&self) -> String {
        if self.is_empty() {
            return String::new();
        }
        let era = self.era.map(Era::kanji).unwrap_or("");
        format!("{era}{}年{}月{}日", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    fn keys(interview: &Interview) -> Vec<String> {
        interview
            .steps()
            .iter()
            .map(|s| match &s.target {
                Target::Key(k) => k.clone(),
                Target::Member(i, p) => format!("household[{i}].{p}"),
                Target::Household => "household".into(),
                Target::Address(k, p) => format!("{k}:{p:?}"),
            })
            .collect()
    }

    #[test]
    fn juminhyo_asks_what_matters_and_leaves_the_name_to_the_clerk() {
        let catalog = Catalog::embedded();
        let mut i = Interview::new(&catalog, Offer::Procedure("juminhyo-utsushi".into())).unwrap();
        let asked = keys(&i);
        assert_eq!(
            asked,
            [
                "applicant.reading",
                "applicant.birth",
                "applicant.postal",
                "applicant.address.prefecture",
                "applicant.phone",
                "juminhyo-utsushi.requester",
                "juminhyo-utsushi.scope",
                "juminhyo-utsushi.show-relationship",
                "juminhyo-utsushi.show-honseki",
                "juminhyo-utsushi.copies",
                "juminhyo-utsushi.purpose",
            ]
        );
        assert!(i.clerk_keys().contains("applicant.name"));
        assert!(i.clerk_keys().contains("applicant.address.town"));
        // A condition that holds adds its field right after.
        i.answers.set("juminhyo-utsushi.requester", "proxy");
        let asked = keys(&i);
        let at = asked
            .iter()
            .position(|k| k == "juminhyo-utsushi.requester")
            .unwrap();
        assert_eq!(asked[at + 1], "juminhyo-utsushi.subject-birth");
        assert!(i.clerk_keys().contains("juminhyo-utsushi.subject-name"));
        i.answers.set("juminhyo-utsushi.scope", "household-some");
        assert!(keys(&i).contains(&"household".to_owned()));
    }

    #[test]
    fn bundle_asks_shared_fields_once_and_not_its_presets() {
        let catalog = Catalog::embedded();
        let mut i = Interview::new(&catalog, Offer::Bundle("hikkoshi-tennyu".into())).unwrap();
        assert_eq!(i.active().len(), 1, "optional forms start left out");
        i.toggle("kokuho-kanyu");
        i.toggle("inkan-toroku");
        assert_eq!(i.active().len(), 3);
        let asked = keys(&i);
        let once = |k: &str| asked.iter().filter(|a| *a == k).count();
        assert_eq!(once("applicant.reading"), 1);
        assert_eq!(once("move.date"), 1);
        assert_eq!(once("household"), 1);
        assert_eq!(once("kokuho-kanyu.reason"), 0, "preset");
        assert_eq!(once("kokuho-kanyu.start-date"), 0, "transcribed");
        assert_eq!(once("inkan-toroku.verification"), 1);
        i.toggle("inkan-toroku");
        assert_eq!(
            keys(&i).iter().filter(|k| k.starts_with("inkan")).count(),
            0
        );
    }

    #[test]
    fn answers_are_checked_and_stored_canonically() {
        let catalog = Catalog::embedded();
        let mut i = Interview::new(&catalog, Offer::Procedure("juminhyo-utsushi".into())).unwrap();
        assert_eq!(
            i.answer("", today()).unwrap_err(),
            Message::new("validation-required")
        );
        assert!(i.answer("やまだ", today()).is_err(), "katakana asked");
        i.answer("ヤマダ ハナコ", today()).unwrap();
        assert!(i.answer("令和9年1月1日", today()).is_err(), "future birth");
        i.answer("昭和60年4月12日", today()).unwrap();
        assert_eq!(i.answers.get("applicant.birth"), Some("1985-04-12"));
        i.answer("", today()).unwrap(); // postal is optional
        assert_eq!(i.progress(), (4, 11));
        assert_eq!(
            i.answer("静岡", today()).unwrap_err(),
            Message::new("validation-prefecture")
        );
        i.answer("東京都", today()).unwrap();
        assert!(i.answer("12345", today()).is_err());
        i.answer("09012345678", today()).unwrap();
        assert!(i.back());
        assert_eq!(i.value(&i.step().unwrap().target), Some("09012345678"));
    }

    #[test]
    fn household_members_are_asked_one_person_at_a_time() {
        let catalog = Catalog::embedded();
        let mut i = Interview::new(&catalog, Offer::Bundle("hikkoshi-tennyu".into())).unwrap();
        let at = keys(&i).iter().position(|k| k == "household").unwrap();
        i.cursor = at;
        assert!(i.answer("", today()).is_err(), "at least one person");
        i.add_member();
        assert_eq!(i.cursor, at);
        i.answer("ヤマダ タロウ", today()).unwrap();
        i.answer("1980-01-02", today()).unwrap();
        i.answer("head", today()).unwrap();
        i.answer("male", today()).unwrap();
        assert_eq!(i.step().unwrap().target, Target::Household);
        assert!(i.clerk_keys().contains("household[0].name"));
        i.add_member();
        assert_eq!(i.step().unwrap().target, Target::Member(1, "reading"));
        i.remove_member(1);
        assert_eq!(i.answers.household.len(), 1);
        assert_eq!(i.step().unwrap().target, Target::Household);
    }

    #[test]
    fn date_entry_in_either_calendar() {
        let mut d = DateEntry::new(false);
        d.set_era(Some(Era::Showa));
        for digit in [6, 0, 4, 1, 2] {
            d.digit(digit);
        }
        assert_eq!(d.text(), "昭和60年4月12日");
        assert_eq!(parse_date(&d.text()).map(iso), Ok("1985-04-12".into()));
        d.set_era(None);
        assert_eq!(d.text(), "1985年4月12日");
        d.set_era(Some(Era::Heisei));
        assert_eq!(d.year, "", "1985 is not Heisei: retype the year");
        d.backspace();
        assert_eq!(d.part, DatePart::Year);
        let back = DateEntry::from_value(Some("2020-05-01"), false);
        assert_eq!(back.text(), "令和2年5月1日");
    }

    #[test]
    fn kana_marks_toggle_on_the_last_character() {
        let mut t = "カ".to_owned();
        toggle_mark(&mut t, KanaMark::Dakuten);
        assert_eq!(t, "ガ");
        toggle_mark(&mut t, KanaMark::Dakuten);
        assert_eq!(t, "カ");
        let mut t = "は".to_owned();
        toggle_mark(&mut t, KanaMark::Handakuten);
        assert_eq!(t, "ぱ");
        toggle_mark(&mut t, KanaMark::Dakuten);
        assert_eq!(t, "ば");
        let mut t = "ツ".to_owned();
        toggle_mark(&mut t, KanaMark::Small);
        assert_eq!(t, "ッ");
        let mut t = "ウ".to_owned();
        toggle_mark(&mut t, KanaMark::Dakuten);
        assert_eq!(t, "ヴ");
        let mut t = "ン".to_owned();
        toggle_mark(&mut t, KanaMark::Dakuten);
        assert_eq!(t, "ン");
        assert_eq!(in_kana('か', Kana::Katakana), 'カ');
        assert_eq!(in_kana('か', Kana::Hiragana), 'か');
    }
}
