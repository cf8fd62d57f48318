//! What the hub accepts: the limits on a kiosk's record, on a clerk's
//! correction and on a staff call, and the guard that keeps individual
//! numbers (マイナンバー) out of the office's data.
//!
//! Each check answers the first problem as a translatable [`Message`]; the
//! store refuses with it and the export applies the same guard again.
//!
//! A record names only procedures and fields of the office's catalogue
//! ([`KnownNames`]), and its text holds no control characters or
//! bidirectional overrides ([`is_hidden_control`], the pre-application
//! decoder's rule too): names and values end up in CSV headers and on
//! clerks' screens.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{Preapp, RecordIn, Source};
use crate::i18n::{Lang, Message};
use crate::queue::TicketNumber;

/// Limits on what a kiosk may send in one record.
pub const MAX_PROCEDURES: usize = 32;
pub const MAX_FIELDS: usize = 300;
pub const MAX_FIELD_NAME: usize = 64;
pub const MAX_FIELD_VALUE_BYTES: usize = 4096;
/// Longest reason a clerk may give for rejecting a record (characters).
pub const MAX_REJECT_REASON: usize = 500;
/// Longest note a kiosk may send with a staff call (characters).
pub const MAX_STAFF_CALL_NOTE: usize = 200;

/// Whether a field name is an individual number (マイナンバー): such a
/// field is refused on arrival and never exported.
pub fn is_individual_number(name: &str, value: &Value) -> bool {
    let name = name.to_ascii_lowercase();
    // Whether the resident has the card (`applicant.has-mynumber-card`,
    // yes/no, asked by 転入届) is not the number.
    let about_the_card = name.ends_with("card") && matches!(value.as_str(), Some("yes" | "no"));
    (name.contains("my_number") || name.contains("mynumber") || name.contains("individual_number"))
        && !about_the_card
}

/// A character that has no place in a form's text: a control character
/// (NUL, line breaks…) or a bidirectional override that could make a
/// clerk's screen show text in another order than it is.
pub fn is_hidden_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The procedure ids and record field names of the office's catalogue
/// (built from it by [`crate::domain::record::known_names`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownNames {
    pub procedures: BTreeSet<String>,
    pub fields: BTreeSet<String>,
}

impl KnownNames {
    fn check_field(&self, name: &str) -> Result<(), Message> {
        if self.fields.contains(name) {
            Ok(())
        } else {
            Err(Message::new("hub-error-record-unknown-field").arg("field", name))
        }
    }
}

/// Whether any text in a value (strings, and the keys and strings of lists
/// and objects) has a hidden control character.
fn hides_controls(value: &Value) -> bool {
    match value {
        Value::String(s) => s.chars().any(is_hidden_control),
        Value::Array(items) => items.iter().any(hides_controls),
        Value::Object(map) => map
            .iter()
            .any(|(k, v)| k.chars().any(is_hidden_control) || hides_controls(v)),
        Value::Null | Value::Bool(_) | Value::Number(_) => false,
    }
}

fn field_name_fits(name: &str) -> bool {
    !name.is_empty() && name.len() <= MAX_FIELD_NAME
}

/// The size limit and the individual-number guard, for a kiosk's field and
/// a clerk's correction alike.
fn check_value(name: &str, value: &Value) -> Result<(), Message> {
    if value.to_string().len() > MAX_FIELD_VALUE_BYTES {
        return Err(Message::new("hub-error-record-field-size").arg("field", name));
    }
    // Individual numbers (マイナンバー) are never stored.
    if is_individual_number(name, value) {
        return Err(Message::new("hub-error-record-my-number").arg("field", name));
    }
    if hides_controls(value) {
        return Err(Message::new("hub-error-record-control-characters").arg("field", name));
    }
    Ok(())
}

/// Whether the hub takes a kiosk's record (`accept_plain`: whether the
/// office accepts unencrypted pre-applications; `known`: its catalogue).
pub fn check_record(rec: &RecordIn, accept_plain: bool, known: &KnownNames) -> Result<(), Message> {
    if rec.procedures.is_empty() || rec.procedures.len() > MAX_PROCEDURES {
        return Err(Message::new("hub-error-record-procedures"));
    }
    if rec.procedures.iter().any(|p| !field_name_fits(p)) {
        return Err(Message::new("hub-error-record-procedures"));
    }
    if let Some(unknown) = rec
        .procedures
        .iter()
        .find(|p| !known.procedures.contains(*p))
    {
        return Err(
            Message::new("hub-error-record-unknown-procedure").arg("procedure", unknown.as_str())
        );
    }
    if rec.fields.len() > MAX_FIELDS {
        return Err(Message::new("hub-error-record-fields").arg("max", MAX_FIELDS));
    }
    for (name, field) in &rec.fields {
        if !field_name_fits(name) {
            return Err(Message::new("hub-error-record-field-name")
                .arg("field", name.chars().take(64).collect::<String>()));
        }
        if field.source == Source::Clerk {
            return Err(Message::new("hub-error-record-source").arg("field", name));
        }
        check_value(name, &field.value)?;
        known.check_field(name)?;
    }
    if Lang::parse(&rec.lang).is_none() {
        return Err(Message::new("hub-error-record-lang").arg("lang", &rec.lang));
    }
    if let Some(number) = &rec.number
        && TicketNumber::parse(number).is_none()
    {
        return Err(Message::new("hub-error-bad-number").arg("number", number));
    }
    if rec.preapp == Preapp::Plain && !accept_plain {
        return Err(Message::new("hub-error-plain-refused"));
    }
    Ok(())
}

/// Whether a clerk's correction of fields may be applied: a clerk cannot
/// add what a kiosk may not send either.
pub fn check_edit(changes: &BTreeMap<String, Value>, known: &KnownNames) -> Result<(), Message> {
    if changes.is_empty() || changes.len() > MAX_FIELDS {
        return Err(Message::new("hub-error-record-fields").arg("max", MAX_FIELDS));
    }
    for (name, value) in changes {
        if !field_name_fits(name) {
            return Err(Message::new("hub-error-record-field-name").arg("field", name.as_str()));
        }
        check_value(name, value)?;
        known.check_field(name)?;
    }
    Ok(())
}

/// Whether a rejection's reason may be recorded: some text, not too much,
/// nothing hidden (it is shown on other clerks' screens).
pub fn check_reject_reason(reason: &str) -> Result<(), Message> {
    let length = reason.trim().chars().count();
    if length == 0 || length > MAX_REJECT_REASON {
        return Err(Message::new("hub-error-reject-reason"));
    }
    if reason.chars().any(is_hidden_control) {
        return Err(Message::new("hub-error-record-control-characters").arg("field", "reason"));
    }
    Ok(())
}

/// A kiosk's staff call as it is kept: its language, and its note trimmed
/// (none when blank).
pub fn check_staff_call<'a>(
    lang: &str,
    note: Option<&'a str>,
) -> Result<(Lang, Option<&'a str>), Message> {
    let Some(lang) = Lang::parse(lang) else {
        return Err(Message::new("hub-error-record-lang").arg("lang", lang));
    };
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > MAX_STAFF_CALL_NOTE) {
        return Err(Message::new("hub-error-staff-call-note").arg("max", MAX_STAFF_CALL_NOTE));
    }
    // The note is shown on every console: nothing that could reorder it.
    if note.is_some_and(|n| n.chars().any(is_hidden_control)) {
        return Err(Message::new("hub-error-record-control-characters").arg("field", "note"));
    }
    Ok((lang, note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_and_reasons_hide_nothing_either() {
        assert!(check_staff_call("ja", Some("車椅子です")).is_ok());
        let refused = check_staff_call("ja", Some("a\u{202e}b")).unwrap_err();
        assert_eq!(refused.key, "hub-error-record-control-characters");
        assert!(check_reject_reason("本人確認書類なし").is_ok());
        assert!(check_reject_reason("a\u{0}b").is_err());
    }

    #[test]
    fn hidden_controls_are_found_at_any_depth() {
        assert!(!hides_controls(&Value::String("山田 太郎, 1-2".into())));
        for bad in ["a\u{0}b", "a\u{202e}b", "a\u{2066}b", "a\nb"] {
            assert!(hides_controls(&Value::String(bad.into())), "{bad:?}");
            assert!(hides_controls(&serde_json::json!([{ "name": bad }])));
            assert!(hides_controls(&serde_json::json!([{ bad: "x" }])));
        }
        assert!(!hides_controls(
            &serde_json::json!([{"name": "x", "age": 3}])
        ));
    }

    #[test]
    fn individual_numbers_are_told_from_the_card_question_by_value() {
        let text = |v: &str| Value::String(v.into());
        assert!(is_individual_number(
            "applicant.My_Number",
            &text("123456789012")
        ));
        assert!(!is_individual_number(
            "applicant.phone",
            &text("03-1234-5678")
        ));
        assert!(!is_individual_number(
            "applicant.has-mynumber-card",
            &text("yes")
        ));
        assert!(is_individual_number(
            "applicant.has-mynumber-card",
            &text("123456789012")
        ));
    }
}
