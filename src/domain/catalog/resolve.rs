//! Checked TOML entries into the model: shared fields looked up, rules and
//! fees naming answer keys, bundles naming their procedures.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::file::{BundleEntry, FieldFile, KindName, ProcedureFile};
use crate::domain::answers::ADDRESS_PARTS;
use crate::domain::model::{
    Bundle, CardFill, Field, FieldKind, Kana, Procedure, Rule, Script, Section,
};
use crate::domain::validate;
use crate::i18n::Message;

/// Longest text a text field takes unless it says otherwise.
const DEFAULT_MAX_LEN: usize = 100;

/// A field from its (already checked) TOML entry.
pub(super) fn local_field(entry: &FieldFile, id: String, key: String, shared: bool) -> Field {
    let kind = match entry.kind.unwrap_or(KindName::Text) {
        KindName::Text => FieldKind::Text {
            script: entry.script.unwrap_or(Script::Any),
            max_len: entry.max_len.unwrap_or(DEFAULT_MAX_LEN),
        },
        KindName::Reading => FieldKind::Reading {
            kana: entry.kana.unwrap_or(Kana::Katakana),
            max_len: entry.max_len.unwrap_or(DEFAULT_MAX_LEN),
        },
        KindName::Date => FieldKind::Date {
            not_future: entry.not_future.unwrap_or(false),
        },
        KindName::Postal => FieldKind::Postal,
        KindName::Address => FieldKind::Address,
        KindName::Phone => FieldKind::Phone,
        KindName::Choice => FieldKind::Choice {
            options: entry.options.clone().unwrap_or_default(),
        },
        KindName::Count => FieldKind::Count {
            min: entry.min.unwrap_or(1),
            max: entry.max.unwrap_or(10),
        },
        KindName::YesNo => FieldKind::YesNo,
        KindName::Household => FieldKind::Household {
            min: entry.min.unwrap_or(0),
            max: entry.max.unwrap_or(20),
            relationships: entry.relationships.clone().unwrap_or_default(),
        },
    };
    Field {
        id,
        key,
        shared,
        label: entry.label.clone().unwrap_or_default(),
        help: entry.help.clone(),
        required: entry.required.unwrap_or(false),
        kind,
    }
}

pub(super) type Found = Vec<(String, Message)>;

pub(super) fn resolve_procedure(
    file: &ProcedureFile,
    shared: &BTreeMap<String, Field>,
) -> Result<Procedure, Found> {
    let mut found = Found::new();
    let mut fields = Vec::new();
    for (i, entry) in file.fields.iter().enumerate() {
        if let Some(shared_id) = &entry.shared {
            match shared.get(shared_id) {
                Some(base) => {
                    let mut field = base.clone();
                    if let Some(label) = &entry.label {
                        field.label = label.clone();
                    }
                    if entry.help.is_some() {
                        field.help = entry.help.clone();
                    }
                    if let Some(required) = entry.required {
                        field.required = required;
                    }
                    match (&mut field.kind, &entry.relationships) {
                        (FieldKind::Household { relationships, .. }, Some(only)) => {
                            *relationships = only.clone()
                        }
                        (_, Some(_)) => found.push((
                            format!("fields[{i}].relationships"),
                            Message::new("config-procedure-option-not-for-kind")
                                .arg("option", "relationships"),
                        )),
                        _ => {}
                    }
                    fields.push(field);
                }
                None => found.push((
                    format!("fields[{i}].shared"),
                    Message::new("config-procedure-unknown-shared").arg("id", shared_id.as_str()),
                )),
            }
        } else if let Some(id) = &entry.id {
            fields.push(local_field(
                entry,
                id.clone(),
                format!("{}.{id}", file.id),
                false,
            ));
        }
    }
    if fields
        .iter()
        .filter(|f| matches!(f.kind, FieldKind::Household { .. }))
        .count()
        > 1
    {
        found.push((
            "fields".into(),
            Message::new("config-procedure-two-households"),
        ));
    }

    // Rules and fee name form field ids; they become answer keys.
    let key_of = |id: &str| {
        fields
            .iter()
            .find(|f| f.id == id)
            .map(|f| (f.key.clone(), &f.kind))
    };
    let resolve = |id: &str, at: String, want: &[&str], found: &mut Found| -> String {
        match key_of(id) {
            Some((key, kind)) if want.is_empty() || want.contains(&kind.name()) => key,
            Some((key, kind)) => {
                found.push((
                    at,
                    Message::new("config-procedure-wrong-kind")
                        .arg("id", id)
                        .arg("kind", kind.name()),
                ));
                key
            }
            None => {
                found.push((
                    at,
                    Message::new("config-procedure-unknown-field").arg("id", id),
                ));
                id.to_owned()
            }
        }
    };
    let mut rules = Vec::new();
    for (i, rule) in file.rules.iter().enumerate() {
        let at = format!("rules[{i}]");
        let rule = match rule {
            Rule::NotifyWindow {
                field,
                before_days,
                after_days,
            } => Rule::NotifyWindow {
                field: resolve(field, format!("{at}.field"), &["date"], &mut found),
                before_days: *before_days,
                after_days: *after_days,
            },
            Rule::DateOrder {
                earlier,
                later,
                message,
            } => Rule::DateOrder {
                earlier: resolve(earlier, format!("{at}.earlier"), &["date"], &mut found),
                later: resolve(later, format!("{at}.later"), &["date"], &mut found),
                message: message.clone(),
            },
            Rule::RequiredIf {
                field,
                when,
                equals,
            } => Rule::RequiredIf {
                field: resolve(field, format!("{at}.field"), &[], &mut found),
                when: resolve(
                    when,
                    format!("{at}.when"),
                    &["choice", "yes-no"],
                    &mut found,
                ),
                equals: equals.clone(),
            },
            Rule::WarnIf {
                field,
                equals,
                message,
            } => Rule::WarnIf {
                field: resolve(
                    field,
                    format!("{at}.field"),
                    &["choice", "yes-no"],
                    &mut found,
                ),
                equals: equals.clone(),
                message: message.clone(),
            },
            Rule::HouseholdHas {
                relationship,
                min,
                max_age,
            } => {
                if !validate::RELATIONSHIPS.contains(&relationship.as_str()) {
                    found.push((
                        at,
                        Message::new("config-procedure-unknown-relationship")
                            .arg("value", relationship.as_str()),
                    ));
                }
                Rule::HouseholdHas {
                    relationship: relationship.clone(),
                    min: *min,
                    max_age: *max_age,
                }
            }
        };
        rules.push(rule);
    }
    let mut fee = file.fee.clone();
    if let Some(copies) = &fee.copies {
        fee.copies = Some(resolve(copies, "fee.copies".into(), &["count"], &mut found));
    }
    if let Some(choice) = &mut fee.choice {
        let field_id = choice.field.clone();
        choice.field = resolve(
            &field_id,
            "fee.choice.field".into(),
            &["choice"],
            &mut found,
        );
        if let Some(FieldKind::Choice { options }) =
            fields.iter().find(|f| f.id == field_id).map(|f| &f.kind)
        {
            for value in choice.yen.keys() {
                if !options.iter().any(|o| &o.value == value) {
                    found.push((
                        "fee.choice.yen".into(),
                        Message::new("config-procedure-unknown-option")
                            .arg("value", value.as_str()),
                    ));
                }
            }
        }
    }
    let card_key = |id: &Option<String>, item: &str, kind: &str, found: &mut Found| {
        id.as_deref()
            .map(|id| resolve(id, format!("card.{item}"), &[kind], found))
    };
    let card = CardFill {
        name: card_key(&file.card.name, "name", "text", &mut found),
        address: card_key(&file.card.address, "address", "address", &mut found),
        birth: card_key(&file.card.birth, "birth", "date", &mut found),
        sex: card_key(&file.card.sex, "sex", "choice", &mut found),
    };
    let sections = resolve_sections(file, &fields, &mut found);
    if !found.is_empty() {
        return Err(found);
    }
    Ok(Procedure {
        id: file.id.clone(),
        service: file.service.clone(),
        name: file.name.clone(),
        documents: file.documents.clone(),
        fee,
        fields,
        rules,
        card,
        sections,
    })
}

/// The paper layout's sections; each names fields of this form.
fn resolve_sections(file: &ProcedureFile, fields: &[Field], found: &mut Found) -> Vec<Section> {
    for (i, section) in file.sections.iter().enumerate() {
        for (j, id) in section.fields.iter().enumerate() {
            if !fields.iter().any(|f| &f.id == id) {
                found.push((
                    format!("sections[{i}].fields[{j}]"),
                    Message::new("config-procedure-unknown-field").arg("id", id.as_str()),
                ));
            }
        }
    }
    file.sections
        .iter()
        .map(|s| Section {
            title: s.title.clone(),
            fields: s.fields.clone(),
        })
        .collect()
}

pub(super) fn resolve_bundle(
    entry: &BundleEntry,
    procedures: &[Arc<Procedure>],
) -> Result<Bundle, Found> {
    let mut found = Found::new();
    let mut members = Vec::new();
    // One date, one deadline: the review shows every form's warnings under
    // the shared answer, so two windows on it would show two deadlines.
    let mut windows: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for (j, id) in entry.procedures.iter().enumerate() {
        let Some(p) = procedures.iter().find(|p| &p.id == id) else {
            found.push((
                format!("procedures[{j}]"),
                Message::new("procedures-error-unknown").arg("id", id.as_str()),
            ));
            continue;
        };
        for rule in &p.rules {
            if let Rule::NotifyWindow {
                field,
                before_days,
                after_days,
            } = rule
            {
                let window = (*before_days, *after_days);
                if *windows.entry(field).or_insert(window) != window {
                    found.push((
                        format!("procedures[{j}]"),
                        Message::new("config-procedure-bundle-two-windows")
                            .arg("procedure", id.as_str())
                            .arg("id", field.as_str()),
                    ));
                }
            }
        }
        members.push(p.clone());
    }
    // Answer keys of the bundle's fields (address parts included).
    let keys: BTreeSet<String> = members
        .iter()
        .flat_map(|p| p.fields.iter())
        .flat_map(|f| match f.kind {
            FieldKind::Address => ADDRESS_PARTS
                .iter()
                .map(|part| format!("{}.{part}", f.key))
                .collect(),
            _ => vec![f.key.clone()],
        })
        .collect();
    let mut transcribe = Vec::new();
    for (j, t) in entry.transcribe.iter().enumerate() {
        for (name, key) in [("from", &t.from), ("to", &t.to)] {
            if !keys.contains(key) {
                found.push((
                    format!("transcribe[{j}].{name}"),
                    Message::new("config-procedure-unknown-field").arg("id", key.as_str()),
                ));
            }
        }
        transcribe.push((t.from.clone(), t.to.clone()));
    }
    for key in entry.preset.keys() {
        if !keys.contains(key) {
            found.push((
                "preset".into(),
                Message::new("config-procedure-unknown-field").arg("id", key.as_str()),
            ));
        }
    }
    if !found.is_empty() {
        return Err(found);
    }
    Ok(Bundle {
        id: entry.id.clone(),
        service: entry.service.clone(),
        name: entry.name.clone(),
        procedures: members,
        optional: entry.optional.clone(),
        transcribe,
        preset: entry.preset.clone().into_iter().collect(),
    })
}
