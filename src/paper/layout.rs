//! What goes where on a form, before any drawing: per procedure, the
//! sections of the catalogue (`[[sections]]` in its TOML) or a derived
//! layout, each field's value as printed and its sources.
//!
//! The derived layout puts the applicant's fields (`applicant.*`) under
//! 申請者 and the rest under 申請の内容. A reading (ふりがな) that follows a
//! name in a section is printed above that name. A value the record holds
//! that no printed form asks is listed at the end under その他の記録事項,
//! so the paper shows everything the record holds.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::input::{Mark, PaperForm};
use crate::domain::answers::ADDRESS_PARTS;
use crate::domain::model::{Field, FieldKind, Procedure, Script, Section, yes_no_label};
use crate::domain::present::display_value;
use crate::domain::{Catalog, Member};
use crate::i18n::{I18n, Lang};

pub const SECTION_APPLICANT: &str = "paper-section-applicant";
pub const SECTION_DETAILS: &str = "paper-section-details";
pub const SECTION_OTHER: &str = "paper-section-other";

/// A label: a fluent key, or a record key with no label of its own.
#[derive(Debug, Clone, PartialEq)]
pub enum Label {
    Key(String),
    Plain(String),
}

/// A printed value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    /// A name with its reading printed above it.
    Name {
        name: String,
        reading: Option<String>,
    },
    /// Check boxes: each option's label key and whether it is chosen.
    Choice(Vec<(String, bool)>),
}

/// One block of a form, in print order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(String),
    Row {
        label: Label,
        value: Value,
        marks: Vec<Mark>,
    },
    Household {
        members: Vec<Member>,
        mark: Mark,
    },
}

/// One procedure's form: its name key and blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub procedure: Arc<Procedure>,
    pub blocks: Vec<Block>,
}

/// The sheets of a form, one per procedure the catalogue knows, in the
/// form's order; an unknown procedure id is returned as an error.
pub fn sheets(catalog: &Catalog, i18n: &I18n, form: &PaperForm) -> Result<Vec<Sheet>, String> {
    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::new();
    for id in &form.procedures {
        let procedure = catalog.procedure(id).ok_or_else(|| id.clone())?;
        let mut blocks = Vec::new();
        for section in sections(procedure) {
            blocks.push(Block::Heading(section.title.clone()));
            let fields: Vec<&Field> = section
                .fields
                .iter()
                .filter_map(|id| procedure.field(id))
                .collect();
            let mut i = 0;
            while i < fields.len() {
                let reading = fields
                    .get(i + 1)
                    .filter(|next| is_name(fields[i]) && is_reading(next));
                blocks.push(block(i18n, form, fields[i], reading.copied(), &mut used));
                i += if reading.is_some() { 2 } else { 1 };
            }
        }
        out.push(Sheet {
            procedure: procedure.clone(),
            blocks,
        });
    }
    let rest: Vec<Block> = form
        .values
        .iter()
        .filter(|(key, v)| !used.contains(*key) && !v.value.trim().is_empty())
        .map(|(key, v)| Block::Row {
            label: Label::Plain(key.clone()),
            value: Value::Text(v.value.clone()),
            marks: vec![v.mark],
        })
        .collect();
    if let Some(last) = out.last_mut().filter(|_| !rest.is_empty()) {
        last.blocks.push(Block::Heading(SECTION_OTHER.into()));
        last.blocks.extend(rest);
    }
    Ok(out)
}

/// The procedure's sections, or the derived ones; fields a written layout
/// leaves out go under その他.
fn sections(procedure: &Procedure) -> Vec<Section> {
    let ids = |keep: &dyn Fn(&Field) -> bool| -> Vec<String> {
        procedure
            .fields
            .iter()
            .filter(|f| keep(f))
            .map(|f| f.id.clone())
            .collect()
    };
    let mut out = if procedure.sections.is_empty() {
        vec![
            Section {
                title: SECTION_APPLICANT.into(),
                fields: ids(&|f| f.id.starts_with("applicant.")),
            },
            Section {
                title: SECTION_DETAILS.into(),
                fields: ids(&|f| !f.id.starts_with("applicant.")),
            },
        ]
    } else {
        procedure.sections.clone()
    };
    let placed: BTreeSet<String> = out.iter().flat_map(|s| s.fields.clone()).collect();
    let rest = ids(&|f| !placed.contains(&f.id));
    if !rest.is_empty() {
        out.push(Section {
            title: SECTION_OTHER.into(),
            fields: rest,
        });
    }
    out.retain(|s| !s.fields.is_empty());
    out
}

fn is_name(field: &Field) -> bool {
    matches!(
        field.kind,
        FieldKind::Text {
            script: Script::Name,
            ..
        }
    )
}

fn is_reading(field: &Field) -> bool {
    matches!(field.kind, FieldKind::Reading { .. })
}

/// One field's block; the answer keys it prints go into `used`.
fn block(
    i18n: &I18n,
    form: &PaperForm,
    field: &Field,
    reading: Option<&Field>,
    used: &mut BTreeSet<String>,
) -> Block {
    let ja = Lang::ja();
    let mut marks: BTreeSet<Mark> = BTreeSet::new();
    let mut take = |key: &str| -> Option<String> {
        let sourced = form.values.get(key)?;
        used.insert(key.to_owned());
        marks.insert(sourced.mark);
        Some(sourced.value.trim().to_owned()).filter(|v| !v.is_empty())
    };
    let label = Label::Key(field.label.clone());
    let value = match &field.kind {
        FieldKind::Household { relationships, .. } => {
            return Block::Household {
                members: members(&form.household, relationships),
                mark: form.household_mark,
            };
        }
        FieldKind::Address => {
            let parts: Vec<Option<String>> = ADDRESS_PARTS
                .iter()
                .map(|part| take(&format!("{}.{part}", field.key)))
                .collect();
            Value::Text(address_text(&parts))
        }
        FieldKind::Choice { options } => {
            let chosen = take(&field.key);
            Value::Choice(
                options
                    .iter()
                    .map(|o| (o.label.clone(), chosen.as_deref() == Some(o.value.as_str())))
                    .collect(),
            )
        }
        FieldKind::YesNo => {
            let chosen = take(&field.key);
            Value::Choice(
                ["yes", "no"]
                    .iter()
                    .map(|v| (yes_no_label(v), chosen.as_deref() == Some(*v)))
                    .collect(),
            )
        }
        FieldKind::Postal => {
            Value::Text(take(&field.key).map_or_else(String::new, |v| format!("〒{v}")))
        }
        FieldKind::Text { .. } if is_name(field) => Value::Name {
            name: take(&field.key).unwrap_or_default(),
            reading: reading.and_then(|r| take(&r.key)),
        },
        _ => Value::Text(
            take(&field.key)
                .map(|v| display_value(i18n, &ja, field, &v))
                .unwrap_or_default(),
        ),
    };
    Block::Row {
        label,
        value,
        marks: marks.into_iter().collect(),
    }
}

/// 都道府県・市区町村・町域 run together as an address is written, the
/// building (the last of [`ADDRESS_PARTS`]) after a space.
fn address_text(parts: &[Option<String>]) -> String {
    let (building, place) = parts.split_last().unwrap_or((&None, &[]));
    let mut text: String = place.iter().flatten().map(String::as_str).collect();
    if let Some(building) = building {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(building);
    }
    text
}

/// The members a form lists: those of its relationships, or all.
fn members(household: &[Member], relationships: &[String]) -> Vec<Member> {
    household
        .iter()
        .filter(|m| crate::domain::model::listed_on(m, relationships))
        .cloned()
        .collect()
}

/// The household table's columns after the name, in print order.
pub const MEMBER_COLUMNS: [&str; 3] = ["birth", "relationship", "sex"];

/// A member's parts as printed (dates in 和暦, relationship and sex in
/// Japanese), keyed by part.
pub fn member_cells(i18n: &I18n, member: &Member) -> BTreeMap<&'static str, String> {
    let ja = Lang::ja();
    ["name", "reading", "birth", "relationship", "sex"]
        .iter()
        .map(|part| {
            let value = member.get(*part).map(String::as_str).unwrap_or_default();
            let shown = crate::domain::present::display_member_part(i18n, &ja, part, value);
            (*part, shown)
        })
        .collect()
}
