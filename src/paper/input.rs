//! What a form is printed from: a pre-application form (the JSON of
//! `tests/fixtures/preapp/*.json`) or a record as the hub stores and exports
//! it, with every value's source.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use uuid::Uuid;

use super::PaperError;
use crate::domain::Member;
use crate::domain::record::{FROM_CARD, FROM_POSTAL_DATA, KIOSK_NOTES, listed_keys};
use crate::model::{FieldValue, Record, RecordIn, Source};
use crate::preapp::model::Form;

/// Where a printed value came from, as the clerk console's badges say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    Source(Source),
    /// Filled by the kiosk from Japan Post's data.
    Postal,
    /// Read by the kiosk from the resident's My Number card.
    Card,
}

impl Mark {
    /// Fluent key of the mark (the console's badge text).
    pub fn message_key(self) -> &'static str {
        match self {
            Mark::Source(source) => source.message_key(),
            Mark::Postal => Source::POSTAL_MESSAGE_KEY,
            Mark::Card => Source::CARD_MESSAGE_KEY,
        }
    }
}

/// A value and its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced {
    pub value: String,
    pub mark: Mark,
}

/// One application to print: its procedures and every value it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct PaperForm {
    /// The record's id (the QR the clerk scans to look it up); `None` for a
    /// pre-application not yet received.
    pub id: Option<Uuid>,
    /// The ticket number the resident got with it.
    pub number: Option<String>,
    /// The resident's language.
    pub lang: String,
    pub procedures: Vec<String>,
    /// Answer key → value and source.
    pub values: BTreeMap<String, Sourced>,
    pub household: Vec<Member>,
    pub household_mark: Mark,
    /// The day of the application, printed as 届出日.
    pub day: Option<NaiveDate>,
}

impl PaperForm {
    /// A form from JSON: a hub record (`GET /api/v1/records/{id}`), a kiosk's
    /// record, or a pre-application form.
    pub fn from_json(text: &str) -> Result<PaperForm, PaperError> {
        if let Ok(record) = serde_json::from_str::<Record>(text) {
            return Ok(PaperForm::from_record(&record));
        }
        if let Ok(record) = serde_json::from_str::<RecordIn>(text) {
            return Ok(PaperForm::from_record_in(&record));
        }
        let form: Form = serde_json::from_str(text).map_err(|e| PaperError::Json(e.to_string()))?;
        Ok(PaperForm::from_preapp(&form))
    }

    /// A pre-application: every value as read from the resident's QR.
    pub fn from_preapp(form: &Form) -> PaperForm {
        let mark = Mark::Source(Source::Qr);
        PaperForm {
            id: None,
            number: None,
            lang: form.language.code().to_owned(),
            procedures: form.procedures.clone(),
            values: form
                .fields
                .iter()
                .map(|(key, value)| {
                    let value = value.clone();
                    (key.clone(), Sourced { value, mark })
                })
                .collect(),
            household: form.household.clone(),
            household_mark: mark,
            day: None,
        }
    }

    /// A kiosk's record, as it is sent to the hub.
    pub fn from_record_in(record: &RecordIn) -> PaperForm {
        let mut form = from_fields(&record.fields);
        form.id = Some(record.id);
        form.number = record.number.clone();
        form.lang = record.lang.clone();
        form.procedures = record.procedures.clone();
        form.day = Some(record.created_at.date_naive());
        form
    }

    /// A stored record, with its sources and which values came from postal data.
    pub fn from_record(record: &Record) -> PaperForm {
        let mut form = from_fields(&record.fields);
        form.id = Some(record.id);
        form.number = record.number.clone();
        form.lang = record.lang.clone();
        form.procedures = record.procedures.clone();
        form.day = Some(record.day);
        form
    }
}

/// Values, household and sources from a record's fields; the kiosk's
/// bookkeeping fields become marks, not printed values.
fn from_fields(fields: &BTreeMap<String, FieldValue>) -> PaperForm {
    let postal = listed_keys(fields, FROM_POSTAL_DATA);
    let card = listed_keys(fields, FROM_CARD);
    let mut values = BTreeMap::new();
    let mut household = Vec::new();
    let mut household_mark = Mark::Source(Source::Kiosk);
    for (key, field) in fields {
        if KIOSK_NOTES.contains(&key.as_str()) {
            continue;
        }
        if key == "household" {
            household = serde_json::from_value(field.value.clone()).unwrap_or_default();
            household_mark = Mark::Source(field.source);
            continue;
        }
        let value = match &field.value {
            serde_json::Value::String(text) => text.clone(),
            other => other.to_string(),
        };
        let mark = if card.contains(key) && field.source == Source::Kiosk {
            Mark::Card
        } else if postal.contains(key) && field.source == Source::Kiosk {
            Mark::Postal
        } else {
            Mark::Source(field.source)
        };
        values.insert(key.clone(), Sourced { value, mark });
    }
    PaperForm {
        id: None,
        number: None,
        lang: String::new(),
        procedures: Vec::new(),
        values,
        household,
        household_mark,
        day: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(value: serde_json::Value, source: Source) -> FieldValue {
        FieldValue { value, source }
    }

    #[test]
    fn the_kiosks_notes_mark_values_and_are_not_printed_themselves() {
        let fields = BTreeMap::from([
            (
                "applicant.name".to_owned(),
                field("髙﨑 𠮷子".into(), Source::Kiosk),
            ),
            (
                "applicant.address.town".to_owned(),
                field("千束".into(), Source::Kiosk),
            ),
            (
                "applicant.phone".to_owned(),
                field("080-2345-6789".into(), Source::Clerk),
            ),
            (
                FROM_CARD.to_owned(),
                field(serde_json::json!(["applicant.name"]), Source::Kiosk),
            ),
            (
                FROM_POSTAL_DATA.to_owned(),
                field(serde_json::json!(["applicant.address.town"]), Source::Kiosk),
            ),
        ]);
        let form = from_fields(&fields);
        assert_eq!(form.values["applicant.name"].mark, Mark::Card);
        assert_eq!(form.values["applicant.address.town"].mark, Mark::Postal);
        assert_eq!(
            form.values["applicant.phone"].mark,
            Mark::Source(Source::Clerk)
        );
        for note in KIOSK_NOTES {
            assert!(!form.values.contains_key(note), "{note} printed");
        }
        assert_eq!(Mark::Card.message_key(), "clerk-source-card");
    }
}
