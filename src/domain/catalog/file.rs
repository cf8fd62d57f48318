//! The catalogue's files as written in TOML, before any check.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::domain::model::{CardFill, ChoiceOption, Fee, Kana, Rule, Script};

/// A field entry as written in TOML.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldFile {
    pub id: Option<String>,
    pub shared: Option<String>,
    pub kind: Option<KindName>,
    pub label: Option<String>,
    pub help: Option<String>,
    pub required: Option<bool>,
    pub script: Option<Script>,
    pub max_len: Option<usize>,
    pub kana: Option<Kana>,
    pub not_future: Option<bool>,
    pub options: Option<Vec<ChoiceOption>>,
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub relationships: Option<Vec<String>>,
}

/// `kind = "..."` of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KindName {
    Text,
    Reading,
    Date,
    Postal,
    Address,
    Phone,
    Choice,
    Count,
    YesNo,
    Household,
}

/// A procedure file (`juminhyo-utsushi.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureFile {
    pub id: String,
    pub service: String,
    pub name: String,
    #[serde(default)]
    pub documents: Vec<String>,
    #[serde(default)]
    pub fee: Fee,
    #[serde(default)]
    pub fields: Vec<FieldFile>,
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// Fields the My Number card's items fill (field ids).
    #[serde(default)]
    pub card: CardFill,
    /// The paper form's layout (`[[sections]]`); without it the form
    /// derives one (see [`crate::paper`]).
    #[serde(default)]
    pub sections: Vec<SectionFile>,
}

/// A section of the paper form: a title (fluent key) over the fields it
/// lists (form field ids, in print order).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    pub title: String,
    pub fields: Vec<String>,
}

/// A shared file (`_shared.toml`, `_towns.toml`): fields every form may
/// use, and the ward's towns.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedFile {
    #[serde(default)]
    pub fields: Vec<FieldFile>,
    #[serde(default)]
    pub towns: Vec<TownFile>,
}

/// A town of the ward and how many 丁目 it has. Japan Post's data lists most
/// towns without their 丁目 (「千束」, not 「千束１～４丁目」); the ward knows
/// them, so the kiosk can offer 一丁目 to 四丁目 as buttons.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TownFile {
    pub prefecture: String,
    pub city: String,
    /// As Japan Post writes it (the town without 丁目).
    pub town: String,
    /// 丁目 run from 一 to this.
    pub chome: u32,
}

/// A bundles file (`bundles.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleFile {
    #[serde(default)]
    pub bundles: Vec<BundleEntry>,
}

/// One `[[bundles]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleEntry {
    pub id: String,
    pub service: String,
    pub name: String,
    pub procedures: Vec<String>,
    #[serde(default)]
    pub optional: Vec<String>,
    #[serde(default)]
    pub transcribe: Vec<Transcribe>,
    /// Answer key → value the life event decides (転入 → 国保の加入理由).
    #[serde(default)]
    pub preset: BTreeMap<String, String>,
}

/// `{ from = "move.date", to = "kokuho-kanyu.start-date" }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transcribe {
    pub from: String,
    pub to: String,
}
