//! The record panel's form: a stored application laid out like its
//! paper form.
//!
//! [`layout`] turns a hub [`Record`] into sections, one per procedure in
//! catalogue order of its fields, each row with the translated label
//! (`madoguchi::domain`), the value as a person reads it
//! ([`present::display_value`]: 和暦, choice labels), where the value came
//! from (QR, kiosk, clerk) and the problems [`Catalog::validate`] finds on
//! it. A field shared by several forms of a bundle (氏名, 住所 …) is shown
//! once, on the first form, as the resident answered it once (自動転記).
//! Address fields get one row per part (`applicant.address.city`) so each is
//! edited on its own, and a postal code typed in one fills the others
//! ([`Layout::fill_town`]); household members (a JSON array of member objects
//! under the field's key) are shown read-only. Fields the catalogue does not
//! know (an older kiosk, a retired form) land in a last section under their
//! raw key, so nothing the resident gave is hidden.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde_json::Value;

use crate::domain::answers::{ADDRESS_PARTS, MEMBER_PARTS};
use crate::domain::input::normalize_postal;
use crate::domain::model::{address_part_label, member_part_label};
use crate::domain::record::{FROM_CARD, FROM_POSTAL_DATA, listed_keys};
use crate::domain::{Answers, Catalog, FieldKind, Member, Severity, present};
use crate::i18n::{I18n, Lang};
use crate::model::{FieldValue, Record, Source};
use crate::postal::{Candidate, normalize_code};

/// One line of the form.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Answer key in the record (what an edit sends).
    pub key: String,
    pub label: String,
    /// As a person reads it; empty when not answered.
    pub value: String,
    /// As stored (what the edit box starts with).
    pub raw: String,
    pub source: Option<Source>,
    /// Made at the kiosk from Japan Post's data (listed under
    /// [`FROM_POSTAL_DATA`]) and not changed since.
    pub postal: bool,
    /// Read at the kiosk from the resident's My Number card (listed under
    /// [`FROM_CARD`]) and not changed since.
    pub card: bool,
    pub required: bool,
    /// Translated problems on this field.
    pub problems: Vec<(Severity, String)>,
    pub editable: bool,
    /// The address field this row is a part of (`applicant.address` for
    /// `applicant.address.city`): a postal code typed in it fills the others.
    pub address: Option<String>,
}

impl Row {
    pub fn has_error(&self) -> bool {
        self.problems.iter().any(|(s, _)| *s == Severity::Error)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: String,
    pub rows: Vec<Row>,
    /// Problems not tied to one shown field (cross-field rules, the procedure).
    pub problems: Vec<(Severity, String)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    pub sections: Vec<Section>,
    pub errors: usize,
    pub warnings: usize,
}

impl Layout {
    /// Nothing blocks confirmation (warnings are for the clerk's eye only).
    pub fn is_clean(&self) -> bool {
        self.errors == 0
    }

    pub fn row(&self, key: &str) -> Option<&Row> {
        self.sections
            .iter()
            .flat_map(|s| &s.rows)
            .find(|r| r.key == key)
    }
}

/// What a postal code's town puts into an address being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct TownFill {
    /// The edit moves to the town, where the clerk adds 番地 and the rest.
    pub key: String,
    pub text: String,
    /// Prefecture, city, and the postal code beside the address when the
    /// form has one.
    pub filled: BTreeMap<String, String>,
}

impl Layout {
    /// The address a postal code typed at `key` fills: the address `key` is
    /// a part of, or, for the postal field beside an address
    /// (`applicant.postal` beside `applicant.address`), that address.
    fn address_for(&self, key: &str) -> Option<String> {
        if let Some(address) = &self.row(key)?.address {
            return Some(address.clone());
        }
        let address = format!("{}.address", key.strip_suffix(".postal")?);
        self.sections
            .iter()
            .flat_map(|s| &s.rows)
            .any(|r| r.address.as_deref() == Some(address.as_str()))
            .then_some(address)
    }

    /// The postal code `text` is, when `key` is a part of an address or the
    /// postal field beside one.
    pub fn typed_code(&self, key: &str, text: &str) -> Option<String> {
        self.address_for(key)?;
        normalize_code(text)
    }

    /// `town` put into the address `key` is a part of (or is the postal field of).
    pub fn fill_town(&self, key: &str, town: &Candidate) -> Option<TownFill> {
        let address = self.address_for(key)?;
        let mut filled = BTreeMap::from([
            (format!("{address}.prefecture"), town.prefecture.clone()),
            (format!("{address}.city"), town.city.clone()),
        ]);
        // `applicant.address` has its code in `applicant.postal`.
        let postal = address
            .strip_suffix(".address")
            .map(|owner| format!("{owner}.postal"))
            .filter(|k| self.row(k).is_some_and(|r| r.editable));
        if let (Some(postal), Some(code)) = (postal, normalize_postal(&town.code)) {
            filled.insert(postal, code);
        }
        Some(TownFill {
            key: format!("{address}.town"),
            text: town.town.clone(),
            filled,
        })
    }
}

/// A town as the clerk picks it: 「東京都 千代田区 丸の内（次のビルを除く）」.
pub fn town_label(town: &Candidate) -> String {
    let note = town
        .note
        .as_ref()
        .map(|n| format!("（{n}）"))
        .unwrap_or_default();
    format!("{} {} {}{note}", town.prefecture, town.city, town.town)
}

/// A stored value as answer text.
pub fn value_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

fn members(value: &Value) -> Vec<Member> {
    value
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|m| m.as_object())
                .map(|m| m.iter().map(|(k, v)| (k.clone(), value_text(v))).collect())
                .collect()
        })
        .unwrap_or_default()
}

/// The record's fields as domain [`Answers`].
pub fn answers(record: &Record) -> Answers {
    let mut answers = Answers::new();
    for (key, field) in &record.fields {
        if field.value.is_array() {
            answers.household.extend(members(&field.value));
        } else {
            answers.set(key.clone(), value_text(&field.value));
        }
    }
    answers
}

/// Lays out `record` for a clerk reading `lang` (see the module docs).
pub fn layout(
    catalog: &Catalog,
    i18n: &I18n,
    lang: &Lang,
    record: &Record,
    today: NaiveDate,
) -> Layout {
    let answers = answers(record);
    let postal = listed_keys(&record.fields, FROM_POSTAL_DATA);
    let card = listed_keys(&record.fields, FROM_CARD);
    // Listed by the kiosk and not changed by a clerk since.
    let kiosk_listed = |set: &BTreeSet<String>, key: &str, stored: Option<&FieldValue>| {
        set.contains(key) && stored.is_some_and(|v| v.source == Source::Kiosk)
    };
    let mut shown: BTreeSet<String> = BTreeSet::new();
    let mut out = Layout::default();
    let field = |key: &str| -> Option<&FieldValue> { record.fields.get(key) };
    for procedure_id in &record.procedures {
        let problems = catalog.validate_on(procedure_id, &answers, today);
        let mut problems: Vec<(String, Severity, String)> = problems
            .into_iter()
            .map(|p| (p.field, p.severity, i18n.render(lang, &p.message)))
            .collect();
        let Some(procedure) = catalog.procedure(procedure_id) else {
            out.sections.push(Section {
                title: procedure_id.clone(),
                rows: Vec::new(),
                problems: problems.into_iter().map(|(_, s, m)| (s, m)).collect(),
            });
            continue;
        };
        let mut rows = Vec::new();
        for f in &procedure.fields {
            let label = i18n.tr(lang, &f.label);
            match &f.kind {
                FieldKind::Address => {
                    for part in ADDRESS_PARTS {
                        let key = format!("{}.{part}", f.key);
                        if !shown.insert(key.clone()) {
                            continue;
                        }
                        let stored = field(&key);
                        let raw = stored.map(|v| value_text(&v.value)).unwrap_or_default();
                        rows.push(Row {
                            label: format!(
                                "{label} · {}",
                                i18n.tr(lang, &address_part_label(part))
                            ),
                            value: raw.clone(),
                            raw,
                            source: stored.map(|v| v.source),
                            postal: kiosk_listed(&postal, &key, stored),
                            card: kiosk_listed(&card, &key, stored),
                            required: f.required && part != "building",
                            problems: take(&mut problems, |p| p == key || p == f.key),
                            editable: true,
                            address: Some(f.key.clone()),
                            key,
                        });
                    }
                }
                FieldKind::Household { .. } => {
                    if !shown.insert(f.key.clone()) {
                        continue;
                    }
                    let stored = field(&f.key);
                    let list = stored.map(|v| members(&v.value)).unwrap_or_default();
                    let value = list
                        .iter()
                        .map(|m| {
                            MEMBER_PARTS
                                .iter()
                                .filter_map(|part| {
                                    m.get(*part).filter(|v| !v.is_empty()).map(|v| {
                                        format!(
                                            "{} {}",
                                            i18n.tr(lang, &member_part_label(part)),
                                            present::display_member_part(i18n, lang, part, v)
                                        )
                                    })
                                })
                                .collect::<Vec<_>>()
                                .join(" / ")
                        })
                        .collect::<Vec<_>>()
                        .join("\n");
                    rows.push(Row {
                        key: f.key.clone(),
                        label,
                        value,
                        raw: String::new(),
                        source: stored.map(|v| v.source),
                        postal: false,
                        card: false,
                        required: f.required,
                        problems: take(&mut problems, |p| p == f.key || p.starts_with("household")),
                        editable: false,
                        address: None,
                    });
                }
                _ => {
                    if !shown.insert(f.key.clone()) {
                        continue;
                    }
                    let stored = field(&f.key);
                    let raw = stored.map(|v| value_text(&v.value)).unwrap_or_default();
                    let value = if raw.is_empty() {
                        String::new()
                    } else {
                        present::display_value(i18n, lang, f, &raw)
                    };
                    rows.push(Row {
                        key: f.key.clone(),
                        label,
                        value,
                        raw,
                        source: stored.map(|v| v.source),
                        postal: false,
                        card: kiosk_listed(&card, &f.key, stored),
                        required: f.required,
                        problems: take(&mut problems, |p| p == f.key),
                        editable: true,
                        address: None,
                    });
                }
            }
        }
        // Problems on a shared field shown in an earlier section stay here,
        // named by their field's label.
        let rest = problems
            .into_iter()
            .map(|(key, s, m)| {
                let name = out
                    .row_label(&key)
                    .or_else(|| rows.iter().find(|r| r.key == key).map(|r| r.label.clone()));
                (s, name.map(|n| format!("{n}: {m}")).unwrap_or(m))
            })
            .collect();
        out.sections.push(Section {
            title: i18n.tr(lang, &procedure.name),
            rows,
            problems: rest,
        });
    }
    let extra: Vec<Row> = record
        .fields
        .iter()
        .filter(|(k, _)| !shown.contains(*k))
        .map(|(k, v)| Row {
            key: k.clone(),
            label: k.clone(),
            value: value_text(&v.value),
            raw: value_text(&v.value),
            source: Some(v.source),
            postal: false,
            card: false,
            required: false,
            problems: Vec::new(),
            editable: !v.value.is_array(),
            address: None,
        })
        .collect();
    if !extra.is_empty() {
        out.sections.push(Section {
            title: i18n.tr(lang, "clerk-record-other-fields"),
            rows: extra,
            problems: Vec::new(),
        });
    }
    for (severity, _) in out
        .sections
        .iter()
        .flat_map(|s| s.rows.iter().flat_map(|r| &r.problems).chain(&s.problems))
    {
        match severity {
            Severity::Error => out.errors += 1,
            Severity::Warning => out.warnings += 1,
        }
    }
    out
}

impl Layout {
    fn row_label(&self, key: &str) -> Option<String> {
        self.row(key).map(|r| r.label.clone())
    }
}

fn take(
    problems: &mut Vec<(String, Severity, String)>,
    matches: impl Fn(&str) -> bool,
) -> Vec<(Severity, String)> {
    let mut taken = Vec::new();
    problems.retain(|(key, severity, message)| {
        if matches(key) {
            taken.push((*severity, message.clone()));
            false
        } else {
            true
        }
    });
    taken
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Preapp, RecordStatus};
    use serde_json::json;

    fn record(fields: &[(&str, Value, Source)], procedures: &[&str]) -> Record {
        Record {
            id: uuid::Uuid::new_v4(),
            number: Some("A-001".into()),
            day: NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
            lang: "ja".into(),
            procedures: procedures.iter().map(|p| p.to_string()).collect(),
            fields: fields
                .iter()
                .map(|(k, v, s)| {
                    (
                        k.to_string(),
                        FieldValue {
                            value: v.clone(),
                            source: *s,
                        },
                    )
                })
                .collect(),
            preapp: Preapp::Encrypted,
            status: RecordStatus::Received,
            reject_reason: None,
            created_at: chrono::Utc::now(),
            received_at: chrono::Utc::now(),
            changes: Vec::new(),
        }
    }

    #[test]
    fn address_parts_from_postal_data_say_so_until_a_clerk_changes_them() {
        let rec = record(
            &[
                ("applicant.address.city", json!("台東区"), Source::Clerk),
                (
                    "applicant.address.town",
                    json!("千束二丁目3番4号"),
                    Source::Kiosk,
                ),
                (
                    FROM_POSTAL_DATA,
                    json!(["applicant.address.city", "applicant.address.town"]),
                    Source::Kiosk,
                ),
            ],
            &["juminhyo-utsushi"],
        );
        let today = NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
        let ja = layout(
            &Catalog::embedded(),
            &I18n::embedded(),
            &Lang::ja(),
            &rec,
            today,
        );
        assert!(ja.row("applicant.address.town").unwrap().postal);
        assert!(
            !ja.row("applicant.address.city").unwrap().postal,
            "changed by a clerk"
        );
    }

    #[test]
    fn values_from_the_card_say_so_until_a_clerk_changes_them() {
        let rec = record(
            &[
                ("applicant.name", json!("髙﨑 𠮷子"), Source::Kiosk),
                ("applicant.birth", json!("1985-04-12"), Source::Clerk),
                (
                    "applicant.address.town",
                    json!("千束二丁目3番4号"),
                    Source::Kiosk,
                ),
                (
                    FROM_CARD,
                    json!([
                        "applicant.name",
                        "applicant.birth",
                        "applicant.address.town"
                    ]),
                    Source::Kiosk,
                ),
            ],
            &["juminhyo-utsushi"],
        );
        let today = NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
        let ja = layout(
            &Catalog::embedded(),
            &I18n::embedded(),
            &Lang::ja(),
            &rec,
            today,
        );
        assert!(ja.row("applicant.name").unwrap().card);
        assert!(ja.row("applicant.address.town").unwrap().card);
        assert!(!ja.row("applicant.address.town").unwrap().postal);
        assert!(
            !ja.row("applicant.birth").unwrap().card,
            "changed by a clerk"
        );
    }

    #[test]
    fn shared_fields_once_household_read_only_unknown_fields_kept() {
        let catalog = Catalog::embedded();
        let i18n = I18n::embedded();
        let rec = record(
            &[
                ("applicant.name", json!("山田 花子"), Source::Qr),
                ("applicant.birth", json!("1985-04-01"), Source::Qr),
                ("applicant.address.city", json!("新宿区"), Source::Kiosk),
                (
                    "household.members",
                    json!([{"name": "山田 太郎", "relationship": "spouse"}]),
                    Source::Qr,
                ),
                ("legacy_note", json!("窓口で確認"), Source::Kiosk),
            ],
            &["juminhyo-utsushi", "inkan-shomei"],
        );
        let today = NaiveDate::from_ymd_opt(2025, 4, 1).unwrap();
        let ja = layout(&catalog, &i18n, &Lang::ja(), &rec, today);
        let names = ja
            .sections
            .iter()
            .flat_map(|s| &s.rows)
            .filter(|r| r.key == "applicant.name")
            .count();
        assert_eq!(names, 1, "a shared field is shown once");
        assert_eq!(
            ja.sections[0].title,
            i18n.tr(&Lang::ja(), "procedures-juminhyo-utsushi")
        );
        let birth = ja.row("applicant.birth").unwrap();
        assert_eq!(birth.value, "昭和60年4月1日（1985年）");
        assert_eq!(birth.source, Some(Source::Qr));
        let city = ja.row("applicant.address.city").unwrap();
        assert_eq!((city.source, city.editable), (Some(Source::Kiosk), true));
        let members = ja.row("household.members").unwrap();
        assert!(members.value.contains("山田 太郎"), "{}", members.value);
        assert!(!members.editable);
        let other = ja.sections.last().unwrap();
        assert_eq!(
            other.title,
            i18n.tr(&Lang::ja(), "clerk-record-other-fields")
        );
        assert_eq!(other.rows[0].key, "legacy_note");
        // Missing required answers are errors on their rows.
        assert!(ja.errors > 0 && !ja.is_clean());
        assert!(ja.row("applicant.phone").unwrap().has_error());

        let en = layout(&catalog, &i18n, &Lang::parse("en").unwrap(), &rec, today);
        assert_eq!(en.row("applicant.birth").unwrap().value, "April 1, 1985");
    }

    #[test]
    fn an_unknown_procedure_is_a_problem_not_a_crash() {
        let rec = record(&[("x", json!(1), Source::Kiosk)], &["no-such-form"]);
        let out = layout(
            &Catalog::embedded(),
            &I18n::embedded(),
            &Lang::ja(),
            &rec,
            NaiveDate::from_ymd_opt(2025, 4, 1).unwrap(),
        );
        assert_eq!(out.sections[0].title, "no-such-form");
        assert_eq!(out.errors, 1);
        assert_eq!(out.row("x").unwrap().value, "1");
    }
}
