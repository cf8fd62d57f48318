//! Checks of each catalogue file on its own: ids, fluent keys, the options a
//! field kind takes. Checks across files are in [`super::resolve`].

use std::collections::BTreeSet;

use super::file::{BundleFile, FieldFile, KindName, ProcedureFile, SharedFile};
use crate::domain::model::Rule;
use crate::domain::validate;
use crate::i18n::Message;
use crate::toml_file::{Problems, Validate};

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
}

fn is_shared_id(s: &str) -> bool {
    s.contains('.') && s.split('.').all(is_slug)
}

fn is_message_key(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn is_service(s: &str) -> bool {
    s.len() == 1 && s.chars().all(|c| c.is_ascii_uppercase())
}

fn check_key(problems: &mut Problems, path: String, key: &str) {
    if !is_message_key(key) {
        problems.at(
            path,
            Message::new("config-procedure-bad-message-key").arg("key", key),
        );
    }
}

/// Checks one field entry on its own; `definition` for `_shared.toml` entries.
fn check_field(field: &FieldFile, at: &str, definition: bool, problems: &mut Problems) {
    if let Some(shared) = &field.shared {
        if definition {
            problems.at(
                format!("{at}.shared"),
                Message::new("config-procedure-shared-in-shared"),
            );
        }
        // A reference may narrow which household members a form lists.
        let relationships_only =
            field.relationships.is_some() && field.min.is_none() && field.max.is_none();
        if field.id.is_some()
            || field.kind.is_some()
            || (has_kind_options(field) && !relationships_only)
        {
            problems.at(
                format!("{at}.shared"),
                Message::new("config-procedure-shared-with-kind").arg("shared", shared.as_str()),
            );
        }
        if let Some(label) = &field.label {
            check_key(problems, format!("{at}.label"), label);
        }
        return;
    }
    match &field.id {
        None => problems.at(at.to_owned(), Message::new("config-procedure-field-no-id")),
        Some(id) if definition && !is_shared_id(id) => problems.at(
            format!("{at}.id"),
            Message::new("config-procedure-bad-shared-id").arg("id", id.as_str()),
        ),
        Some(id) if !definition && !is_slug(id) => problems.at(
            format!("{at}.id"),
            Message::new("config-procedure-bad-id").arg("id", id.as_str()),
        ),
        Some(_) => {}
    }
    match &field.label {
        None => problems.at(
            at.to_owned(),
            Message::new("config-procedure-field-no-label"),
        ),
        Some(label) => check_key(problems, format!("{at}.label"), label),
    }
    if let Some(help) = &field.help {
        check_key(problems, format!("{at}.help"), help);
    }
    let Some(kind) = field.kind else {
        problems.at(
            at.to_owned(),
            Message::new("config-procedure-field-no-kind"),
        );
        return;
    };
    let misplaced = |name: &str, present: bool, allowed: &[KindName], problems: &mut Problems| {
        if present && !allowed.contains(&kind) {
            problems.at(
                format!("{at}.{name}"),
                Message::new("config-procedure-option-not-for-kind").arg("option", name),
            );
        }
    };
    misplaced(
        "script",
        field.script.is_some(),
        &[KindName::Text],
        problems,
    );
    misplaced(
        "max_len",
        field.max_len.is_some(),
        &[KindName::Text, KindName::Reading],
        problems,
    );
    misplaced("kana", field.kana.is_some(), &[KindName::Reading], problems);
    misplaced(
        "not_future",
        field.not_future.is_some(),
        &[KindName::Date],
        problems,
    );
    misplaced(
        "options",
        field.options.is_some(),
        &[KindName::Choice],
        problems,
    );
    misplaced(
        "min",
        field.min.is_some(),
        &[KindName::Count, KindName::Household],
        problems,
    );
    misplaced(
        "max",
        field.max.is_some(),
        &[KindName::Count, KindName::Household],
        problems,
    );
    misplaced(
        "relationships",
        field.relationships.is_some(),
        &[KindName::Household],
        problems,
    );
    if field.max_len == Some(0) {
        problems.at(
            format!("{at}.max_len"),
            Message::new("config-procedure-zero-length"),
        );
    }
    if kind == KindName::Choice {
        let options = field.options.as_deref().unwrap_or_default();
        if options.is_empty() {
            problems.at(
                at.to_owned(),
                Message::new("config-procedure-choice-no-options"),
            );
        }
        let mut seen = BTreeSet::new();
        for (i, option) in options.iter().enumerate() {
            if !is_slug(&option.value) {
                problems.at(
                    format!("{at}.options[{i}].value"),
                    Message::new("config-procedure-bad-id").arg("id", option.value.as_str()),
                );
            }
            if !seen.insert(option.value.as_str()) {
                problems.at(
                    format!("{at}.options[{i}].value"),
                    Message::new("config-procedure-duplicate").arg("id", option.value.as_str()),
                );
            }
            check_key(problems, format!("{at}.options[{i}].label"), &option.label);
        }
    }
    if let (Some(min), Some(max)) = (field.min, field.max)
        && min > max
    {
        problems.at(
            format!("{at}.min"),
            Message::new("config-procedure-min-over-max")
                .arg("min", min)
                .arg("max", max),
        );
    }
    if kind == KindName::Household {
        for (i, relationship) in field.relationships.iter().flatten().enumerate() {
            if !validate::RELATIONSHIPS.contains(&relationship.as_str()) {
                problems.at(
                    format!("{at}.relationships[{i}]"),
                    Message::new("config-procedure-unknown-relationship")
                        .arg("value", relationship.as_str()),
                );
            }
        }
    }
}

fn has_kind_options(f: &FieldFile) -> bool {
    f.script.is_some()
        || f.max_len.is_some()
        || f.kana.is_some()
        || f.not_future.is_some()
        || f.options.is_some()
        || f.min.is_some()
        || f.max.is_some()
        || f.relationships.is_some()
}

impl Validate for ProcedureFile {
    fn validate(&self, problems: &mut Problems) {
        if !is_slug(&self.id) {
            problems.at(
                "id",
                Message::new("config-procedure-bad-id").arg("id", self.id.as_str()),
            );
        }
        if !is_service(&self.service) {
            problems.at(
                "service",
                Message::new("config-procedure-bad-service").arg("service", self.service.as_str()),
            );
        }
        check_key(problems, "name".into(), &self.name);
        for (i, doc) in self.documents.iter().enumerate() {
            check_key(problems, format!("documents[{i}]"), doc);
        }
        let mut ids = BTreeSet::new();
        for (i, field) in self.fields.iter().enumerate() {
            check_field(field, &format!("fields[{i}]"), false, problems);
            let id = field.shared.as_ref().or(field.id.as_ref());
            if let Some(id) = id
                && !ids.insert(id.as_str())
            {
                problems.at(
                    format!("fields[{i}]"),
                    Message::new("config-procedure-duplicate").arg("id", id.as_str()),
                );
            }
        }
        for (i, rule) in self.rules.iter().enumerate() {
            if let Rule::WarnIf { message, .. }
            | Rule::DateOrder {
                message: Some(message),
                ..
            } = rule
            {
                check_key(problems, format!("rules[{i}].message"), message);
            }
        }
        let mut placed = BTreeSet::new();
        for (i, section) in self.sections.iter().enumerate() {
            check_key(problems, format!("sections[{i}].title"), &section.title);
            for (j, id) in section.fields.iter().enumerate() {
                if !placed.insert(id.as_str()) {
                    problems.at(
                        format!("sections[{i}].fields[{j}]"),
                        Message::new("config-procedure-duplicate").arg("id", id.as_str()),
                    );
                }
            }
        }
    }
}

impl Validate for SharedFile {
    fn validate(&self, problems: &mut Problems) {
        let mut ids = BTreeSet::new();
        for (i, field) in self.fields.iter().enumerate() {
            check_field(field, &format!("fields[{i}]"), true, problems);
            if let Some(id) = &field.id
                && !ids.insert(id.as_str())
            {
                problems.at(
                    format!("fields[{i}].id"),
                    Message::new("config-procedure-duplicate").arg("id", id.as_str()),
                );
            }
        }
    }
}

impl Validate for BundleFile {
    fn validate(&self, problems: &mut Problems) {
        let mut ids = BTreeSet::new();
        for (i, bundle) in self.bundles.iter().enumerate() {
            if !is_slug(&bundle.id) {
                problems.at(
                    format!("bundles[{i}].id"),
                    Message::new("config-procedure-bad-id").arg("id", bundle.id.as_str()),
                );
            }
            if !ids.insert(bundle.id.as_str()) {
                problems.at(
                    format!("bundles[{i}].id"),
                    Message::new("config-procedure-duplicate").arg("id", bundle.id.as_str()),
                );
            }
            if !is_service(&bundle.service) {
                problems.at(
                    format!("bundles[{i}].service"),
                    Message::new("config-procedure-bad-service")
                        .arg("service", bundle.service.as_str()),
                );
            }
            check_key(problems, format!("bundles[{i}].name"), &bundle.name);
            if bundle.procedures.is_empty() {
                problems.at(
                    format!("bundles[{i}]"),
                    Message::new("config-procedure-bundle-empty"),
                );
            }
            for (j, optional) in bundle.optional.iter().enumerate() {
                if !bundle.procedures.contains(optional) {
                    problems.at(
                        format!("bundles[{i}].optional[{j}]"),
                        Message::new("config-procedure-optional-not-in-bundle")
                            .arg("id", optional.as_str()),
                    );
                }
            }
        }
    }
}
