//! The CBOR body: a map with small integer keys, and the frozen tables that
//! turn common procedure and field ids into one-byte integers.
//!
//! The tables belong to format version 1 and never change. An id outside
//! them travels as its text, so a ward can add fields without a new version.

use std::collections::BTreeMap;

use ciborium::Value;

use super::limits;
use super::model::{Form, PreApplication};
use crate::i18n::Lang;

/// Procedure ids with an integer code (index = code).
pub const PROCEDURES: &[&str] = &[
    "juminhyo-utsushi", // 0 住民票の写し
    "inkan-shomei",     // 1 印鑑登録証明書
    "koseki-shomei",    // 2 戸籍証明書
    "koseki-fuhyo",     // 3 戸籍の附票の写し
    "kazei-shomei",     // 4 課税証明書
    "nozei-shomei",     // 5 納税証明書
    "tennyu",           // 6 転入届
    "tenkyo",           // 7 転居届
    "tenshutsu",        // 8 転出届
    "inkan-toroku",     // 9 印鑑登録
    "kokuho-kanyu",     // 10 国民健康保険 加入
    "jido-teate",       // 11 児童手当
];

/// Form field ids with an integer code (index = code). The first 24 encode
/// in one CBOR byte, so the most frequent come first.
pub const FIELDS: &[&str] = &[
    "applicant.name",                // 0
    "applicant.kana",                // 1
    "applicant.birth_date",          // 2
    "applicant.sex",                 // 3
    "applicant.phone",               // 4
    "address.postal",                // 5
    "address.prefecture",            // 6
    "address.city",                  // 7
    "address.town",                  // 8
    "address.building",              // 9
    "previous_address.postal",       // 10
    "previous_address.prefecture",   // 11
    "previous_address.city",         // 12
    "previous_address.town",         // 13
    "previous_address.building",     // 14
    "move_date",                     // 15
    "copies",                        // 16
    "scope",                         // 17
    "purpose",                       // 18
    "requester",                     // 19
    "include.household_head",        // 20
    "include.honseki",               // 21
    "kokuho.previous_insurer",       // 22
    "jido_teate.previous_city",      // 23
    "applicant.email",               // 24
    "representative.name",           // 25
    "representative.kana",           // 26
    "representative.address",        // 27
    "representative.relationship",   // 28
    "honseki",                       // 29
    "hittousha",                     // 30
    "tax_year",                      // 31
    "next_address.postal",           // 32
    "next_address.prefecture",       // 33
    "next_address.city",             // 34
    "next_address.town",             // 35
    "next_address.building",         // 36
];

/// Household member field ids with an integer code (index = code).
pub const MEMBER_FIELDS: &[&str] = &[
    "name",         // 0
    "kana",         // 1
    "birth_date",   // 2
    "relationship", // 3
    "sex",          // 4
    "nationality",  // 5
    "kokuho",       // 6
];

/// Keys of the top-level map.
mod key {
    pub const CREATED: u8 = 0;
    pub const EXPIRES: u8 = 1;
    pub const LANGUAGE: u8 = 2;
    pub const PROCEDURES: u8 = 3;
    pub const FIELDS: u8 = 4;
    pub const HOUSEHOLD: u8 = 5;
}

fn id_value(table: &[&str], id: &str) -> Value {
    match table.iter().position(|t| *t == id) {
        Some(code) => Value::Integer(code.into()),
        None => Value::Text(id.to_owned()),
    }
}

fn map_value(table: &[&str], map: &BTreeMap<String, String>) -> Value {
    // Integer keys first (ascending), then text keys (sorted): one canonical order.
    let mut entries: Vec<(Value, Value)> =
        map.iter().map(|(k, v)| (id_value(table, k), Value::Text(v.clone()))).collect();
    entries.sort_by_key(|(k, _)| match k {
        Value::Integer(i) => (0, i128::from(*i), String::new()),
        Value::Text(t) => (1, 0, t.clone()),
        _ => (2, 0, String::new()),
    });
    Value::Map(entries)
}

/// The CBOR bytes of a pre-application.
pub fn to_cbor(app: &PreApplication) -> Vec<u8> {
    let form = &app.form;
    let mut top = vec![
        (Value::from(key::CREATED), Value::from(app.created.timestamp())),
        (Value::from(key::EXPIRES), Value::from(app.expires.timestamp())),
        (Value::from(key::LANGUAGE), Value::Text(form.language.code().to_owned())),
        (
            Value::from(key::PROCEDURES),
            Value::Array(form.procedures.iter().map(|p| id_value(PROCEDURES, p)).collect()),
        ),
        (Value::from(key::FIELDS), map_value(FIELDS, &form.fields)),
    ];
    if !form.household.is_empty() {
        let members = form.household.iter().map(|m| map_value(MEMBER_FIELDS, m)).collect();
        top.push((Value::from(key::HOUSEHOLD), Value::Array(members)));
    }
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    ciborium::into_writer(&Value::Map(top), &mut out).expect("CBOR to memory");
    out
}

/// Why a CBOR body was refused; the caller maps both to a [`super::PreappError`].
#[derive(Debug, PartialEq, Eq)]
pub enum BodyError {
    Invalid,
    TooLarge,
}

/// Reads a body made by [`to_cbor`]. Anything else (wrong types, unknown
/// keys, duplicates, codes outside the tables, a form breaking a limit) is refused.
pub fn from_cbor(bytes: &[u8]) -> Result<PreApplication, BodyError> {
    // The body is already bounded by the decompression limit, so nothing
    // here can allocate more than a small multiple of it; the recursion
    // limit keeps a nested-array bomb from exhausting the stack.
    let value: Value = ciborium::de::from_reader_with_recursion_limit(bytes, limits::MAX_CBOR_DEPTH)
        .map_err(|_| BodyError::Invalid)?;
    let Value::Map(top) = value else { return Err(BodyError::Invalid) };
    let mut created = None;
    let mut expires = None;
    let mut language = None;
    let mut procedures = None;
    let mut fields = None;
    let mut household = None;
    for (k, v) in top {
        let k = small_int(&k).ok_or(BodyError::Invalid)?;
        let slot_taken = match k {
            key::CREATED => created.replace(timestamp(&v)?).is_some(),
            key::EXPIRES => expires.replace(timestamp(&v)?).is_some(),
            key::LANGUAGE => {
                let Value::Text(code) = v else { return Err(BodyError::Invalid) };
                language.replace(Lang::parse(&code).ok_or(BodyError::Invalid)?).is_some()
            }
            key::PROCEDURES => {
                let Value::Array(items) = v else { return Err(BodyError::Invalid) };
                if items.len() > limits::MAX_PROCEDURES {
                    return Err(BodyError::TooLarge);
                }
                let ids = items.iter().map(|i| id_from(PROCEDURES, i)).collect::<Result<Vec<_>, _>>()?;
                procedures.replace(ids).is_some()
            }
            key::FIELDS => fields.replace(map_from(FIELDS, v, limits::MAX_FIELDS)?).is_some(),
            key::HOUSEHOLD => {
                let Value::Array(items) = v else { return Err(BodyError::Invalid) };
                if items.len() > limits::MAX_MEMBERS {
                    return Err(BodyError::TooLarge);
                }
                let members = items
                    .into_iter()
                    .map(|m| map_from(MEMBER_FIELDS, m, limits::MAX_MEMBER_FIELDS))
                    .collect::<Result<Vec<_>, _>>()?;
                // An empty household is written by omitting the key.
                if members.is_empty() {
                    return Err(BodyError::Invalid);
                }
                household.replace(members).is_some()
            }
            _ => return Err(BodyError::Invalid),
        };
        if slot_taken {
            return Err(BodyError::Invalid);
        }
    }
    let (Some(created), Some(expires), Some(language), Some(procedures), Some(fields)) =
        (created, expires, language, procedures, fields)
    else {
        return Err(BodyError::Invalid);
    };
    if expires < created {
        return Err(BodyError::Invalid);
    }
    let form = Form { language, procedures, fields, household: household.unwrap_or_default() };
    match form.check() {
        Ok(()) => Ok(PreApplication { form, created, expires }),
        Err(problem) if problem.too_large => Err(BodyError::TooLarge),
        Err(_) => Err(BodyError::Invalid),
    }
}

fn small_int(v: &Value) -> Option<u8> {
    match v {
        Value::Integer(i) => u8::try_from(i128::from(*i)).ok(),
        _ => None,
    }
}

fn timestamp(v: &Value) -> Result<chrono::DateTime<chrono::Utc>, BodyError> {
    let Value::Integer(i) = v else { return Err(BodyError::Invalid) };
    let secs = i64::try_from(i128::from(*i)).map_err(|_| BodyError::Invalid)?;
    // Before 2020 or after 2200 is not a pre-application made by this product.
    if !(1_577_836_800..=7_258_118_400).contains(&secs) {
        return Err(BodyError::Invalid);
    }
    chrono::DateTime::from_timestamp(secs, 0).ok_or(BodyError::Invalid)
}

fn id_from(table: &[&str], v: &Value) -> Result<String, BodyError> {
    match v {
        Value::Integer(i) => usize::try_from(i128::from(*i))
            .ok()
            .and_then(|code| table.get(code))
            .map(|id| (*id).to_owned())
            .ok_or(BodyError::Invalid),
        Value::Text(t) if t.len() > limits::MAX_ID_BYTES => Err(BodyError::TooLarge),
        Value::Text(t) => Ok(t.clone()),
        _ => Err(BodyError::Invalid),
    }
}

fn map_from(table: &[&str], v: Value, max: usize) -> Result<BTreeMap<String, String>, BodyError> {
    let Value::Map(entries) = v else { return Err(BodyError::Invalid) };
    if entries.len() > max {
        return Err(BodyError::TooLarge);
    }
    let mut map = BTreeMap::new();
    for (k, v) in entries {
        let k = id_from(table, &k)?;
        let Value::Text(v) = v else { return Err(BodyError::Invalid) };
        if map.insert(k, v).is_some() {
            return Err(BodyError::Invalid);
        }
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn app() -> PreApplication {
        PreApplication {
            form: Form {
                language: Lang::parse("vi").unwrap(),
                procedures: vec!["tennyu".into(), "ward-custom".into()],
                fields: [("applicant.name", "Nguyễn Văn An"), ("x.custom", "1")]
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .into(),
                household: vec![[("name".to_string(), "An".to_string())].into()],
            },
            created: chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            expires: chrono::DateTime::from_timestamp(1_790_600_000, 0).unwrap(),
        }
    }

    #[test]
    fn round_trips_with_codes_and_text_ids() {
        let bytes = to_cbor(&app());
        assert_eq!(from_cbor(&bytes).unwrap(), app());
        // Table ids become one-byte integers: "tennyu" is code 6 (0x06).
        assert!(bytes.windows(2).any(|w| w == [0x03, 0x82]));
    }

    #[test]
    fn tables_have_unique_valid_ids() {
        for table in [PROCEDURES, FIELDS, MEMBER_FIELDS] {
            for (i, id) in table.iter().enumerate() {
                assert!(super::super::model::valid_id(id), "{id}");
                assert!(!table[..i].contains(id), "{id} twice");
            }
        }
    }

    #[test]
    fn refuses_unknown_keys_duplicates_and_codes() {
        let mut top = vec![];
        let good = |extra: Vec<(Value, Value)>| {
            let mut m = vec![
                (Value::from(0), Value::from(1_790_000_000)),
                (Value::from(1), Value::from(1_790_000_001)),
                (Value::from(2), Value::from("ja")),
                (Value::from(3), Value::Array(vec![Value::from(0)])),
                (Value::from(4), Value::Map(vec![])),
            ];
            m.extend(extra);
            let mut out = vec![];
            ciborium::into_writer(&Value::Map(m), &mut out).unwrap();
            out
        };
        assert!(from_cbor(&good(vec![])).is_ok());
        top.push((Value::from(9), Value::from(1)));
        assert_eq!(from_cbor(&good(top)), Err(BodyError::Invalid));
        assert_eq!(from_cbor(&good(vec![(Value::from(0), Value::from(1_790_000_000))])), Err(BodyError::Invalid));
        let bad_code = vec![(Value::from(5), Value::Array(vec![Value::Map(vec![(Value::from(99), Value::from("x"))])]))];
        assert_eq!(from_cbor(&good(bad_code)), Err(BodyError::Invalid));
        let too_many = vec![(Value::from(5), Value::Array(vec![Value::Map(vec![]); 50]))];
        assert_eq!(from_cbor(&good(too_many)), Err(BodyError::TooLarge));
        assert_eq!(from_cbor(&[0x81; 2000]), Err(BodyError::Invalid));
    }
}
