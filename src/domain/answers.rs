//! What a resident answered: the one model every part exchanges.
//!
//! Answers are plain strings keyed by *answer key*, so the pre-application
//! codec, the kiosk, the hub and the clerk console carry them without knowing
//! field kinds:
//!
//! - a shared field (declared once in `_shared.toml`) is keyed by its shared id:
//!   `applicant.name`, `move.date`; one answer fills every form that uses it;
//! - a field of one procedure is keyed `procedure-id.field-id`:
//!   `juminhyo-utsushi.copies`;
//! - an address field has one key per part: `applicant.address.prefecture`,
//!   `.city`, `.town`, `.building`;
//! - dates are ISO `YYYY-MM-DD` (parsing also accepts 和暦, see [`super::date`]);
//!   yes/no fields are `yes` / `no`; choices hold the option value.
//!
//! Household members are a list of maps with the keys of [`MEMBER_PARTS`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One household member: `name`, `reading`, `birth`, `relationship`, `sex`.
pub type Member = BTreeMap<String, String>;

/// The parts of a household member, in form order.
pub const MEMBER_PARTS: [&str; 5] = ["name", "reading", "birth", "relationship", "sex"];

/// The parts of an address field, in form order.
pub const ADDRESS_PARTS: [&str; 4] = ["prefecture", "city", "town", "building"];

/// A resident's answers for one or several procedures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// Answer key → value (see the module docs for the keys).
    #[serde(default)]
    pub values: BTreeMap<String, String>,
    /// Household members, in the order the resident gave them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub household: Vec<Member>,
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer for a key, `None` when missing or blank.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.values
            .get(key)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    pub fn set(&mut self, key: impl Into<String>, value: impl Into<String>) {
        self.values.insert(key.into(), value.into());
    }

    /// Builder form of [`Answers::set`].
    pub fn with(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.set(key, value);
        self
    }

    /// Adds a household member from `(part, value)` pairs.
    pub fn with_member<'a>(mut self, parts: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        self.household.push(
            parts
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect(),
        );
        self
    }

    /// Whether nothing was answered.
    pub fn is_empty(&self) -> bool {
        self.values.values().all(|v| v.trim().is_empty()) && self.household.is_empty()
    }
}
