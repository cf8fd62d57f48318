//! From reviewed forms to the record the hub stores.
//!
//! A kiosk resident confirms their forms (read from a QR or made on the
//! kiosk) as a [`Reviewed`]; [`record_of`] turns it into a
//! [`RecordIn`]. The record's id and creation time are inputs: the caller
//! (the kiosk's effect runner, the demo) reads the clock and makes the id,
//! so the mapping itself is a plain function that tests call with fixed
//! values.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::domain::answers::ADDRESS_PARTS;
use crate::domain::{Answers, Catalog, FieldKind};
use crate::i18n::Lang;
use crate::model::{FieldValue, KnownNames, Preapp, RecordIn, Source};

/// Record field listing the answer keys a kiosk-made record leaves to the
/// clerk (names and addresses in kanji), as a JSON array.
pub const CLERK_COMPLETES: &str = "clerk.to-complete";

/// Record field listing the answer keys a kiosk-made record took from Japan
/// Post's data (an address's prefecture, city and town), as a JSON array:
/// their source is `kiosk`, and this says which of them the resident did
/// not type.
pub const FROM_POSTAL_DATA: &str = "kiosk.from-postal-data";

/// Record field listing the answer keys a kiosk record took from the
/// resident's My Number card (name, birth date, address parts), as a JSON
/// array: their source is `kiosk`, and this says the card gave them.
pub const FROM_CARD: &str = "kiosk.from-card";

/// The answer keys one of the kiosk's notes ([`FROM_POSTAL_DATA`],
/// [`FROM_CARD`], [`CLERK_COMPLETES`]) lists in a record's `fields`.
pub fn listed_keys(
    fields: &std::collections::BTreeMap<String, FieldValue>,
    note: &str,
) -> std::collections::BTreeSet<String> {
    fields
        .get(note)
        .and_then(|v| v.value.as_array())
        .map(|keys| {
            keys.iter()
                .filter_map(|k| k.as_str())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The record fields the kiosk adds beside the forms' answers: the hub
/// accepts them with the catalogue's names ([`known_names`]).
pub const KIOSK_NOTES: [&str; 3] = [CLERK_COMPLETES, FROM_POSTAL_DATA, FROM_CARD];

/// Forms a resident confirmed at the kiosk.
#[derive(Debug, Clone, PartialEq)]
pub struct Reviewed {
    /// Procedure ids, in the order of the forms.
    pub procedures: Vec<String>,
    pub answers: Answers,
    /// Answer keys the resident changed on the kiosk.
    pub changed: BTreeSet<String>,
    /// Answer keys the clerk completes.
    pub clerk: BTreeSet<String>,
    /// Answer keys taken from the postal data.
    pub postal: BTreeSet<String>,
    /// Answer keys read from the My Number card.
    pub card: BTreeSet<String>,
    /// Made on the kiosk, not read from a QR.
    pub made_here: bool,
    /// Read from an encrypted QR.
    pub sealed: bool,
    /// The resident's language.
    pub lang: Lang,
}

/// The record a confirmed review sends to the hub: every answer by its key,
/// marked as read from the QR or changed on the kiosk, household members as
/// one `household` list. A record made here is all `kiosk`, and lists what
/// the clerk completes under [`CLERK_COMPLETES`].
pub fn record_of(reviewed: &Reviewed, id: Uuid, created_at: DateTime<Utc>) -> RecordIn {
    let whole_source = if reviewed.made_here {
        Source::Kiosk
    } else {
        Source::Qr
    };
    let mut fields = BTreeMap::new();
    for (key, value) in &reviewed.answers.values {
        let source = if reviewed.changed.contains(key) {
            Source::Kiosk
        } else {
            whole_source
        };
        fields.insert(
            key.clone(),
            FieldValue {
                value: serde_json::Value::String(value.clone()),
                source,
            },
        );
    }
    if !reviewed.answers.household.is_empty() {
        fields.insert(
            "household".into(),
            FieldValue {
                value: serde_json::json!(reviewed.answers.household),
                source: whole_source,
            },
        );
    }
    if !reviewed.clerk.is_empty() {
        fields.insert(
            CLERK_COMPLETES.into(),
            FieldValue {
                value: serde_json::json!(reviewed.clerk),
                source: Source::Kiosk,
            },
        );
    }
    if !reviewed.postal.is_empty() {
        fields.insert(
            FROM_POSTAL_DATA.into(),
            FieldValue {
                value: serde_json::json!(reviewed.postal),
                source: Source::Kiosk,
            },
        );
    }
    if !reviewed.card.is_empty() {
        fields.insert(
            FROM_CARD.into(),
            FieldValue {
                value: serde_json::json!(reviewed.card),
                source: Source::Kiosk,
            },
        );
    }
    RecordIn {
        id,
        created_at,
        procedures: reviewed.procedures.clone(),
        lang: reviewed.lang.code().to_owned(),
        fields,
        number: None,
        preapp: if reviewed.made_here {
            Preapp::None
        } else if reviewed.sealed {
            Preapp::Encrypted
        } else {
            Preapp::Plain
        },
    }
}

/// The procedure ids of a catalogue and every field name [`record_of`] can
/// give a record of it: answer keys (an address by its parts), `household`,
/// and the kiosk's lists ([`CLERK_COMPLETES`], [`FROM_POSTAL_DATA`]). The
/// hub refuses any other name.
pub fn known_names(catalog: &Catalog) -> KnownNames {
    let mut fields: BTreeSet<String> = KIOSK_NOTES.iter().map(|n| (*n).to_owned()).collect();
    for field in catalog.procedures().iter().flat_map(|p| p.fields.iter()) {
        match field.kind {
            FieldKind::Address => fields.extend(
                ADDRESS_PARTS
                    .iter()
                    .map(|part| format!("{}.{part}", field.key)),
            ),
            FieldKind::Household { .. } => {
                fields.insert("household".to_owned());
            }
            _ => {
                fields.insert(field.key.clone());
            }
        }
    }
    KnownNames {
        procedures: catalog.procedures().iter().map(|p| p.id.clone()).collect(),
        fields,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reviewed(made_here: bool) -> Reviewed {
        let mut answers = Answers::new();
        answers
            .values
            .insert("applicant.name".into(), "山田 花子".into());
        answers
            .values
            .insert("juminhyo-utsushi.copies".into(), "2".into());
        Reviewed {
            procedures: vec!["juminhyo-utsushi".into()],
            answers,
            changed: BTreeSet::from(["juminhyo-utsushi.copies".to_owned()]),
            clerk: BTreeSet::new(),
            postal: BTreeSet::new(),
            card: BTreeSet::new(),
            made_here,
            sealed: true,
            lang: Lang::ja(),
        }
    }

    #[test]
    fn id_and_time_are_the_callers_and_sources_follow_the_review() {
        let id = Uuid::from_u128(7);
        let at = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let record = record_of(&reviewed(false), id, at);
        assert_eq!((record.id, record.created_at), (id, at));
        assert_eq!(record.fields["applicant.name"].source, Source::Qr);
        assert_eq!(
            record.fields["juminhyo-utsushi.copies"].source,
            Source::Kiosk
        );
        assert_eq!(record.preapp, Preapp::Encrypted);
        let made = record_of(&reviewed(true), id, at);
        assert_eq!(made.fields["applicant.name"].source, Source::Kiosk);
        assert_eq!(made.preapp, Preapp::None);
    }

    #[test]
    fn known_names_cover_what_a_record_of_the_catalogue_holds() {
        let known = known_names(&Catalog::embedded());
        assert!(known.procedures.contains("juminhyo-utsushi"));
        assert!(known.procedures.contains("tennyu"));
        for name in [
            "applicant.name",
            "applicant.reading",
            "applicant.address.town",
            "juminhyo-utsushi.copies",
            "household",
            CLERK_COMPLETES,
            FROM_POSTAL_DATA,
        ] {
            assert!(known.fields.contains(name), "{name}");
        }
        assert!(!known.fields.contains("applicant.address"));
        assert!(!known.fields.contains("=cmd|' /C calc'!A0"));
        let record = record_of(&reviewed(true), Uuid::from_u128(1), Utc::now());
        assert!(record.fields.keys().all(|k| known.fields.contains(k)));
    }
}
