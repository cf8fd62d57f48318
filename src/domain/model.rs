//! The resolved procedure model: what a form asks and what it costs.
//!
//! These types are built by [`super::Catalog`] from the TOML files and are
//! read-only afterwards. They serialise to JSON (`madoguchi catalog show`) so a
//! clerk tool or a web page can draw a form from them.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::answers::Answers;

/// Which characters a text field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Script {
    /// Japanese writing: kanji (with 々 〆 ヶ), hiragana, katakana, ー, spaces.
    Kanji,
    /// Hiragana or katakana only.
    Kana,
    /// Latin letters, spaces and `-'.,` (names as in a passport).
    Latin,
    /// A person's name: Japanese writing or Latin letters, no digits.
    Name,
    /// Digits only (registration card numbers, account numbers).
    Digits,
    /// Anything printable.
    Any,
}

/// Which kana a reading (ふりがな) is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kana {
    Katakana,
    Hiragana,
    /// Either, but not mixed.
    Either,
}

/// One option of a choice field: the stored value and its label's fluent key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub value: String,
    pub label: String,
}

/// What a field holds and how it is checked.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FieldKind {
    Text {
        script: Script,
        max_len: usize,
    },
    /// ふりがな of a name.
    Reading {
        kana: Kana,
        max_len: usize,
    },
    Date {
        /// Birth dates and the like: a day after today is an error.
        not_future: bool,
    },
    /// 〒NNN-NNNN.
    Postal,
    /// Four answer keys: `.prefecture`, `.city`, `.town`, `.building` (optional).
    Address,
    /// A Japanese telephone number.
    Phone,
    Choice {
        options: Vec<ChoiceOption>,
    },
    /// A whole number such as 通数 (copies).
    Count {
        min: u32,
        max: u32,
    },
    /// `yes` or `no`.
    YesNo,
    /// The household members ([`Answers::household`]); `relationships` limits
    /// which members this form lists (児童手当: children only), empty for all.
    Household {
        min: u32,
        max: u32,
        relationships: Vec<String>,
    },
}

impl FieldKind {
    /// The name used in TOML (`kind = "..."`).
    pub fn name(&self) -> &'static str {
        match self {
            FieldKind::Text { .. } => "text",
            FieldKind::Reading { .. } => "reading",
            FieldKind::Date { .. } => "date",
            FieldKind::Postal => "postal",
            FieldKind::Address => "address",
            FieldKind::Phone => "phone",
            FieldKind::Choice { .. } => "choice",
            FieldKind::Count { .. } => "count",
            FieldKind::YesNo => "yes-no",
            FieldKind::Household { .. } => "household",
        }
    }
}

/// A field of a form.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    /// The id on the form: the shared id (`applicant.name`) or the local one (`copies`).
    pub id: String,
    /// The key of its answer in [`Answers::values`] (see [`super::answers`]).
    pub key: String,
    /// Declared once in `_shared.toml` and transcribed into every form using it.
    pub shared: bool,
    /// Fluent key of the label.
    pub label: String,
    /// Fluent key of a hint shown under the field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    pub required: bool,
    #[serde(flatten)]
    pub kind: FieldKind,
}

/// A cross-field rule of a procedure. Field names are answer keys once loaded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Rule {
    /// A notification is due within `after_days` after the date in `field`
    /// and may be made up to `before_days` before it (転入届: 0 / 14;
    /// 転出届: 14 / 14). Outside the window is a warning: the office still
    /// accepts a late notification (it may have to report it to the court).
    NotifyWindow {
        field: String,
        before_days: u32,
        after_days: u32,
    },
    /// The date in `earlier` must not be after the one in `later`
    /// (転出日 before 転入日); `message` (a fluent key) replaces the default
    /// `validation-date-order`.
    DateOrder {
        earlier: String,
        later: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        message: Option<String>,
    },
    /// `field` is required when `when` equals `equals`.
    RequiredIf {
        field: String,
        when: String,
        equals: String,
    },
    /// A warning with `message` (a fluent key) when `field` equals `equals`.
    WarnIf {
        field: String,
        equals: String,
        message: String,
    },
    /// At least `min` household members with this relationship
    /// (児童手当: one child); `max_age` limits their age on the day.
    HouseholdHas {
        relationship: String,
        min: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_age: Option<u32>,
    },
}

/// A surcharge by choice: 戸籍 450 yen, 除籍 750 yen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeByChoice {
    /// The choice field (local id in TOML, answer key once loaded).
    pub field: String,
    /// Option value → yen per copy.
    pub yen: BTreeMap<String, u32>,
}

/// What a procedure costs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// Yen per copy (or per application when `copies` is not set); 0 is free.
    #[serde(default)]
    pub yen: u32,
    /// The count field giving the number of copies (local id in TOML).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copies: Option<String>,
    /// A price per option of a choice field, overriding `yen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice: Option<FeeByChoice>,
}

impl Fee {
    /// The amount due for these answers; unanswered copies count as one.
    pub fn total(&self, answers: &Answers) -> u32 {
        let unit = self
            .choice
            .as_ref()
            .and_then(|c| answers.get(&c.field).and_then(|v| c.yen.get(v)).copied())
            .unwrap_or(self.yen);
        let copies = self
            .copies
            .as_ref()
            .and_then(|key| answers.get(key))
            .and_then(super::input::parse_count)
            .unwrap_or(1);
        unit.saturating_mul(copies)
    }
}

/// A procedure (手続き): one form of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Procedure {
    /// `juminhyo-utsushi`; also the file name.
    pub id: String,
    /// Queue prefix of the counter that handles it (A certificates, B moves).
    pub service: String,
    /// Fluent key of its name.
    pub name: String,
    /// Fluent keys of what to bring.
    pub documents: Vec<String>,
    pub fee: Fee,
    pub fields: Vec<Field>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<Rule>,
    /// Where a My Number card's items go on this form.
    #[serde(skip_serializing_if = "CardFill::is_empty")]
    pub card: CardFill,
    /// The printed form's sections; empty: the paper derives a layout.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
}

/// Where a My Number card's basic four items go on a form: field ids in a
/// procedure file (`[card]`), answer keys once resolved. The card's address
/// is the registered one: a 転入 maps it to the previous address, a
/// certificate to the address; the catalogue says, not the code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardFill {
    pub name: Option<String>,
    pub address: Option<String>,
    pub birth: Option<String>,
    pub sex: Option<String>,
}

impl CardFill {
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.address.is_none() && self.birth.is_none() && self.sex.is_none()
    }
}

/// A section of the printed form: a title over some of the form's fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Fluent key of the title.
    pub title: String,
    /// Form field ids, in print order.
    pub fields: Vec<String>,
}

impl Procedure {
    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// Every fluent key the procedure uses, for completeness checks.
    pub fn message_keys(&self) -> Vec<&str> {
        let mut keys = vec![self.name.as_str()];
        keys.extend(self.documents.iter().map(String::as_str));
        for field in &self.fields {
            keys.push(&field.label);
            keys.extend(field.help.as_deref());
            if let FieldKind::Choice { options } = &field.kind {
                keys.extend(options.iter().map(|o| o.label.as_str()));
            }
        }
        keys.extend(self.sections.iter().map(|s| s.title.as_str()));
        for rule in &self.rules {
            match rule {
                Rule::WarnIf { message, .. } => keys.push(message),
                Rule::DateOrder {
                    message: Some(message),
                    ..
                } => keys.push(message),
                _ => {}
            }
        }
        keys
    }
}

/// A bundle of procedures for one life event (引越し, 証明書).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bundle {
    pub id: String,
    /// Queue prefix for a visit made with this bundle.
    pub service: String,
    /// Fluent key of its name.
    pub name: String,
    /// Serialised as the procedure ids.
    #[serde(serialize_with = "procedure_ids")]
    pub procedures: Vec<Arc<Procedure>>,
    /// Procedures the resident may leave out (ids).
    pub optional: Vec<String>,
    /// `(from, to)` answer keys: `to` takes `from`'s answer when unanswered.
    pub transcribe: Vec<(String, String)>,
    /// `(key, value)` answers the life event decides, used when unanswered.
    pub preset: Vec<(String, String)>,
}

/// One form of a bundle, filled from the bundle's answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FilledForm {
    pub procedure: String,
    /// Form field id (`applicant.name`, `copies`, `applicant.address.city`) → value.
    pub values: BTreeMap<String, String>,
    /// The members this form lists (filtered by its household field).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub household: Vec<super::answers::Member>,
    /// Fee due for this form, in yen.
    pub fee_yen: u32,
}

impl Bundle {
    /// The answers with every transcription applied (自動転記): what a
    /// resident answered once appears wherever a form of the bundle asks it.
    pub fn transcribed(&self, answers: &Answers) -> Answers {
        let mut out = answers.clone();
        for (from, to) in &self.transcribe {
            if out.get(to).is_none()
                && let Some(value) = answers.get(from)
            {
                out.set(to.clone(), value.to_owned());
            }
        }
        for (key, value) in &self.preset {
            if out.get(key).is_none() {
                out.set(key.clone(), value.clone());
            }
        }
        out
    }

    /// Every form of the bundle filled from one set of answers. Forms in
    /// `skip` (optional procedures the resident declined) are left out.
    pub fn forms(&self, answers: &Answers) -> Vec<FilledForm> {
        self.forms_except(answers, &[])
    }

    pub fn forms_except(&self, answers: &Answers, skip: &[&str]) -> Vec<FilledForm> {
        let answers = self.transcribed(answers);
        self.procedures
            .iter()
            .filter(|p| !(skip.contains(&p.id.as_str()) && self.optional.contains(&p.id)))
            .map(|p| fill(p, &answers))
            .collect()
    }
}

/// Whether a household member is listed on a form whose household field
/// takes `relationships` (none listed: every member).
pub fn listed_on(member: &super::answers::Member, relationships: &[String]) -> bool {
    relationships.is_empty()
        || member
            .get("relationship")
            .is_some_and(|r| relationships.contains(r))
}

/// One procedure's form filled from answers.
pub fn fill(procedure: &Procedure, answers: &Answers) -> FilledForm {
    let mut values = BTreeMap::new();
    let mut household = Vec::new();
    for field in &procedure.fields {
        match &field.kind {
            FieldKind::Address => {
                for part in super::answers::ADDRESS_PARTS {
                    if let Some(v) = answers.get(&format!("{}.{part}", field.key)) {
                        values.insert(format!("{}.{part}", field.id), v.to_owned());
                    }
                }
            }
            FieldKind::Household { relationships, .. } => {
                household = answers
                    .household
                    .iter()
                    .filter(|m| listed_on(m, relationships))
                    .cloned()
                    .collect();
            }
            _ => {
                if let Some(v) = answers.get(&field.key) {
                    values.insert(field.id.clone(), v.to_owned());
                }
            }
        }
    }
    FilledForm {
        procedure: procedure.id.clone(),
        values,
        household,
        fee_yen: procedure.fee.total(answers),
    }
}

fn procedure_ids<S: serde::Serializer>(
    procedures: &[Arc<Procedure>],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(procedures.iter().map(|p| p.id.as_str()))
}

/// Fluent key of a household relationship value (`child` → `fields-relationship-child`).
pub fn relationship_label(value: &str) -> String {
    format!("fields-relationship-{value}")
}

/// Fluent key of a sex value (`female` → `fields-sex-female`).
pub fn sex_label(value: &str) -> String {
    format!("fields-sex-{value}")
}

/// Fluent key of an address part (`city` → `fields-address-city`).
pub fn address_part_label(part: &str) -> String {
    format!("fields-address-{part}")
}

/// Fluent key of a household member part (`birth` → `fields-member-birth`).
pub fn member_part_label(part: &str) -> String {
    format!("fields-member-{part}")
}

/// Fluent key of a yes/no answer (`yes` → `fields-answer-yes`).
pub fn yes_no_label(value: &str) -> String {
    format!("fields-answer-{value}")
}
