//! Canonical answers and how an answer reads on a review screen.
//!
//! Residents type full-width digits, hiragana readings and 和暦 dates; the
//! hub and the clerk console want one form of each. [`normalize`] rewrites
//! answers to the canonical form (ISO dates, `NNN-NNNN` postal codes, katakana
//! readings where katakana is asked, ASCII digits) without changing what they
//! mean, and leaves anything it cannot read untouched for validation to report.
//! [`display_value`] renders one answer for a person in a language.

use super::answers::Answers;
use super::date::{self, display_wareki, iso, parse_date};
use super::input::{normalize_postal, parse_count, to_katakana};
use super::model::{
    Field, FieldKind, Kana, Procedure, relationship_label, sex_label, yes_no_label,
};
use crate::i18n::{I18n, Lang};

/// The answers with every value of `procedure`'s fields in canonical form.
pub fn normalize(procedure: &Procedure, answers: &Answers) -> Answers {
    let mut out = answers.clone();
    for field in &procedure.fields {
        let Some(value) = answers.get(&field.key) else {
            continue;
        };
        if let Some(canonical) = canonical(&field.kind, value) {
            out.set(field.key.clone(), canonical);
        }
    }
    for member in &mut out.household {
        for (part, value) in member.iter_mut() {
            let canonical = match part.as_str() {
                "birth" => parse_date(value).ok().map(iso),
                "reading" => Some(to_katakana(value.trim())),
                _ => Some(value.trim().to_owned()),
            };
            if let Some(canonical) = canonical {
                *value = canonical;
            }
        }
    }
    out
}

fn canonical(kind: &FieldKind, value: &str) -> Option<String> {
    match kind {
        FieldKind::Date { .. } => parse_date(value).ok().map(iso),
        FieldKind::Postal => normalize_postal(value),
        FieldKind::Reading {
            kana: Kana::Katakana,
            ..
        } => Some(to_katakana(value)),
        FieldKind::Count { .. } => parse_count(value).map(|n| n.to_string()),
        FieldKind::Phone => Some(date::normalize(value).trim().to_owned()),
        _ => Some(value.to_owned()),
    }
}

/// One answer as a person reads it: choice and yes/no labels translated,
/// dates in 和暦 for Japanese (with the Western year in brackets) and as
/// each other language writes a Western date (`date-gregorian`). Unknown values are shown as given.
pub fn display_value(i18n: &I18n, lang: &Lang, field: &Field, value: &str) -> String {
    match &field.kind {
        FieldKind::Choice { options } => options
            .iter()
            .find(|o| o.value == value)
            .map(|o| i18n.tr(lang, &o.label))
            .unwrap_or_else(|| value.to_owned()),
        FieldKind::YesNo if value == "yes" || value == "no" => i18n.tr(lang, &yes_no_label(value)),
        FieldKind::Date { .. } => display_date(i18n, lang, value),
        _ => value.to_owned(),
    }
}

/// A household member's part as a person reads it.
pub fn display_member_part(i18n: &I18n, lang: &Lang, part: &str, value: &str) -> String {
    match part {
        "relationship" if super::validate::RELATIONSHIPS.contains(&value) => {
            i18n.tr(lang, &relationship_label(value))
        }
        "sex" if super::validate::SEXES.contains(&value) => i18n.tr(lang, &sex_label(value)),
        "birth" => display_date(i18n, lang, value),
        _ => value.to_owned(),
    }
}

fn display_date(i18n: &I18n, lang: &Lang, value: &str) -> String {
    use chrono::Datelike;
    match parse_date(value) {
        Ok(d) if lang.code().starts_with("ja") => {
            format!("{}（{}年）", display_wareki(d), d.year())
        }
        Ok(d) => i18n.tr_args(
            lang,
            "date-gregorian",
            &[
                ("year", d.year().into()),
                ("month", d.month().into()),
                ("day", d.day().into()),
            ],
        ),
        Err(_) => value.to_owned(),
    }
}
