//! The CBOR body: a map with small integer keys, and the frozen tables that
//! turn common procedure and field ids into one-byte integers.
//!
//! The tables belong to format version 1 and never change. An id outside
//! them travels as its text, so a ward can add fields without a new version.

use std::collections::BTreeMap;

use ciborium::Value;

use super::limits;
use super::model::{Form, PreApplication};
use crate::domain::validate::PREFECTURES;
use crate::i18n::Lang;

/// Procedure ids with an integer code (index = code): the shipped catalogue.
pub const PROCEDURES: &[&str] = &[
    "juminhyo-utsushi",    // 0 住民票の写し
    "inkan-shomei",        // 1 印鑑登録証明書
    "koseki-shomei",       // 2 戸籍証明書
    "fuhyo-utsushi",       // 3 戸籍の附票の写し
    "kazei-shomei",        // 4 課税・納税証明書
    "juminhyo-kisai-jiko", // 5 住民票記載事項証明書
    "tennyu",              // 6 転入届
    "tenkyo",              // 7 転居届
    "tenshutsu",           // 8 転出届
    "inkan-toroku",        // 9 印鑑登録
    "kokuho-kanyu",        // 10 国民健康保険 加入
    "jido-teate",          // 11 児童手当
];

/// Answer keys (see [`crate::domain::answers`]) with an integer code
/// (index = code): every key of the shipped catalogue, address parts included.
/// The first 24 encode in one CBOR byte, so the most frequent come first.
pub const FIELDS: &[&str] = &[
    "applicant.name",                      // 0
    "applicant.reading",                   // 1
    "applicant.birth",                     // 2
    "applicant.postal",                    // 3
    "applicant.address.prefecture",        // 4
    "applicant.address.city",              // 5
    "applicant.address.town",              // 6
    "applicant.address.building",          // 7
    "applicant.phone",                     // 8
    "applicant.has-mynumber-card",         // 9
    "move.date",                           // 10
    "move.out-date",                       // 11
    "move.previous-address.prefecture",    // 12
    "move.previous-address.city",          // 13
    "move.previous-address.town",          // 14
    "move.previous-address.building",      // 15
    "move.head-name",                      // 16
    "move.previous-head-name",             // 17
    "juminhyo-utsushi.requester",          // 18
    "juminhyo-utsushi.scope",              // 19
    "juminhyo-utsushi.show-relationship",  // 20
    "juminhyo-utsushi.show-honseki",       // 21
    "juminhyo-utsushi.copies",             // 22
    "juminhyo-utsushi.purpose",            // 23
    "move.destination-address.prefecture", // 24
    "move.destination-address.city",       // 25
    "move.destination-address.town",       // 26
    "move.destination-address.building",   // 27
    "juminhyo-utsushi.subject-name",       // 28
    "juminhyo-utsushi.subject-birth",      // 29
    "juminhyo-utsushi.purpose-detail",     // 30
    "inkan-shomei.has-card",               // 31
    "inkan-shomei.card-number",            // 32
    "inkan-shomei.requester",              // 33
    "inkan-shomei.copies",                 // 34
    "inkan-shomei.purpose",                // 35
    "koseki-shomei.honseki",               // 36
    "koseki-shomei.hittosha",              // 37
    "koseki-shomei.certificate",           // 38
    "koseki-shomei.subject-name",          // 39
    "koseki-shomei.relation",              // 40
    "koseki-shomei.copies",                // 41
    "koseki-shomei.purpose",               // 42
    "koseki-shomei.purpose-detail",        // 43
    "fuhyo-utsushi.honseki",               // 44
    "fuhyo-utsushi.hittosha",              // 45
    "fuhyo-utsushi.scope",                 // 46
    "fuhyo-utsushi.show-honseki",          // 47
    "fuhyo-utsushi.relation",              // 48
    "fuhyo-utsushi.copies",                // 49
    "fuhyo-utsushi.purpose",               // 50
    "kazei-shomei.certificate",            // 51
    "kazei-shomei.fiscal-year",            // 52
    "kazei-shomei.lived-here-jan1",        // 53
    "kazei-shomei.requester",              // 54
    "kazei-shomei.copies",                 // 55
    "kazei-shomei.purpose",                // 56
    "juminhyo-kisai-jiko.requester",       // 57
    "juminhyo-kisai-jiko.subject-name",    // 58
    "juminhyo-kisai-jiko.has-form",        // 59
    "juminhyo-kisai-jiko.submit-to",       // 60
    "juminhyo-kisai-jiko.copies",          // 61
    "inkan-toroku.has-seal",               // 62
    "inkan-toroku.verification",           // 63
    "kokuho-kanyu.reason",                 // 64
    "kokuho-kanyu.start-date",             // 65
    "kokuho-kanyu.previous-insurer",       // 66
    "jido-teate.reason",                   // 67
    "jido-teate.pension",                  // 68
    "jido-teate.has-spouse",               // 69
    "jido-teate.bank-name",                // 70
    "jido-teate.bank-branch",              // 71
    "jido-teate.account-type",             // 72
    "jido-teate.account-number",           // 73
    "jido-teate.account-holder",           // 74
];

/// Household member parts ([`crate::domain::answers::MEMBER_PARTS`]) with an
/// integer code (index = code).
pub const MEMBER_FIELDS: &[&str] = &[
    "name",         // 0
    "reading",      // 1
    "birth",        // 2
    "relationship", // 3
    "sex",          // 4
];

/// Frequent field values with an integer code (index = code): yes/no, the
/// catalogue's choice options, relationships and sexes; the codes after them
/// are the 47 prefectures of [`PREFECTURES`] in JIS order (東京都 also has a
/// one-byte code of its own here). A coded value travels as the CBOR negative
/// integer `-1 - code` (one byte for the first 24); any other value travels
/// as itself.
pub const VALUES: &[&str] = &[
    "yes",
    "no",
    "self",
    "household",
    "proxy",
    "other",
    "head",
    "spouse",
    "child",
    "male",
    "female",
    "moved-in",
    "household-all",
    "household-some",
    "employment",
    "pension",
    "national",
    "ordinary",
    "東京都",
    "parent",
    "grandparent",
    "grandchild",
    "sibling",
    "school",
    "inheritance",
    "vehicle",
    "real-estate",
    "loan",
    "lineal",
    "birth",
    "zenbu",
    "public-housing",
    "previous",
    "photo-id",
    "passport",
    "nursery",
    "nozei",
    "mutual-aid",
    "marriage",
    "left-welfare",
    "left-employer-insurance",
    "latest",
    "kojin",
    "kazei",
    "joseki-zenbu",
    "inquiry",
    "guarantor",
    "employee",
    "drivers-license",
    "dependents",
    "current",
    "child-allowance",
    "before-previous",
    "all",
    "address-history",
];

/// The code of a frequent value (see [`VALUES`]).
fn value_code(text: &str) -> Option<usize> {
    VALUES.iter().position(|v| *v == text).or_else(|| {
        PREFECTURES
            .iter()
            .position(|p| *p == text)
            .map(|i| VALUES.len() + i)
    })
}

/// The value of a code written by [`value_code`].
fn coded_value(code: usize) -> Option<&'static str> {
    VALUES
        .get(code)
        .or_else(|| PREFECTURES.get(code.checked_sub(VALUES.len())?))
        .copied()
}

/// Language tags with an integer code (index = code); others travel as text.
pub const LANGUAGES: &[&str] = &[
    "ja",
    "ja-x-easy",
    "en",
    "zh-Hans",
    "zh-Hant",
    "ko",
    "vi",
    "ne",
    "fil",
    "pt-BR",
    "es",
    "id",
];

/// The frozen code tables of format version 1, for a second encoder (the
/// resident's web page gets them from `madoguchi site build`, never from a copy).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CodeTables {
    pub languages: &'static [&'static str],
    pub procedures: &'static [&'static str],
    pub fields: &'static [&'static str],
    pub member_fields: &'static [&'static str],
    /// Coded values; the prefectures follow them (code `values.len() + i`).
    pub values: &'static [&'static str],
    pub prefectures: &'static [&'static str],
}

/// The tables [`to_cbor`] writes with.
pub fn code_tables() -> CodeTables {
    CodeTables {
        languages: LANGUAGES,
        procedures: PROCEDURES,
        fields: FIELDS,
        member_fields: MEMBER_FIELDS,
        values: VALUES,
        prefectures: &PREFECTURES,
    }
}

/// Keys of the top-level map.
mod key {
    pub const CREATED: u8 = 0;
    /// Whole days from `CREATED` to expiry.
    pub const VALIDITY: u8 = 1;
    pub const LANGUAGE: u8 = 2;
    pub const PROCEDURES: u8 = 3;
    pub const FIELDS: u8 = 4;
    pub const HOUSEHOLD: u8 = 5;
}

/// Unix seconds a `created` time may take: 2020-01-01 to 2200-01-01.
/// Anything else is not a pre-application made by this product.
pub const CREATED_RANGE: std::ops::RangeInclusive<u64> = 1_577_836_800..=7_258_118_400;

/// CBOR tag 100 (RFC 8943): a date as days since 1970-01-01.
const TAG_DAYS: u64 = 100;
/// Longest digit string written as an integer (u64 holds every 19-digit number).
const MAX_UINT_DIGITS: usize = 19;

fn id_value(table: &[&str], id: &str) -> Value {
    match table.iter().position(|t| *t == id) {
        Some(code) => Value::Integer(code.into()),
        None => Value::Text(id.to_owned()),
    }
}

fn epoch() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()
}

/// A field value in its most compact lossless form. In this order:
/// - a decimal number without leading zeros (`2`, `2025`) → CBOR unsigned integer;
/// - an ISO date `YYYY-MM-DD` (years 1000–9999) → tag 100 + days since 1970-01-01;
/// - a value of [`VALUES`] → CBOR negative integer `-1 - code`;
/// - otherwise a CBOR byte string holding UTF-16BE when that is strictly
///   shorter than UTF-8 (kanji and kana: two bytes instead of three),
/// - else a CBOR text string (UTF-8).
///
/// Each form decodes to exactly one string, so the value round-trips byte for byte.
pub fn text_value(text: &str) -> Value {
    if !text.is_empty()
        && text.len() <= MAX_UINT_DIGITS
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'))
        && let Ok(n) = text.parse::<u64>()
    {
        return Value::Integer(n.into());
    }
    if let Some(days) = canonical_date_days(text) {
        return Value::Tag(TAG_DAYS, Box::new(Value::Integer(days.into())));
    }
    if let Some(code) = value_code(text) {
        return Value::Integer((-1 - code as i64).into());
    }
    let utf16_len = text.encode_utf16().count() * 2;
    if utf16_len < text.len() {
        Value::Bytes(text.encode_utf16().flat_map(u16::to_be_bytes).collect())
    } else {
        Value::Text(text.to_owned())
    }
}

fn canonical_date_days(text: &str) -> Option<i64> {
    if text.len() != 10 {
        return None;
    }
    let date = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    (date.format("%Y-%m-%d").to_string() == text
        && (1000..=9999).contains(&chrono::Datelike::year(&date)))
    .then(|| (date - epoch()).num_days())
}

/// The text of a field value written by [`text_value`].
fn text_from(v: Value) -> Result<String, BodyError> {
    match v {
        Value::Text(t) => Ok(t),
        Value::Integer(i) => match i128::from(i) {
            n if n >= 0 => u64::try_from(n)
                .map(|n| n.to_string())
                .map_err(|_| BodyError::Invalid),
            n => usize::try_from(-1 - n)
                .ok()
                .and_then(coded_value)
                .map(str::to_owned)
                .ok_or(BodyError::Invalid),
        },
        Value::Tag(TAG_DAYS, inner) => {
            let Value::Integer(days) = *inner else {
                return Err(BodyError::Invalid);
            };
            let days = i64::try_from(i128::from(days)).map_err(|_| BodyError::Invalid)?;
            let date = chrono::Days::new(days.unsigned_abs());
            let date = if days >= 0 {
                epoch().checked_add_days(date)
            } else {
                epoch().checked_sub_days(date)
            };
            match date {
                Some(d) if (1000..=9999).contains(&chrono::Datelike::year(&d)) => {
                    Ok(d.format("%Y-%m-%d").to_string())
                }
                _ => Err(BodyError::Invalid),
            }
        }
        Value::Bytes(b) if b.len() % 2 == 0 => {
            let units = b
                .chunks_exact(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]));
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .map_err(|_| BodyError::Invalid)
        }
        _ => Err(BodyError::Invalid),
    }
}

fn map_value(table: &[&str], map: &BTreeMap<String, String>) -> Value {
    // Integer keys first (ascending), then text keys (sorted): one canonical order.
    let mut entries: Vec<(Value, Value)> = map
        .iter()
        .map(|(k, v)| (id_value(table, k), text_value(v)))
        .collect();
    entries.sort_by_key(|(k, _)| match k {
        Value::Integer(i) => (0, i128::from(*i), String::new()),
        Value::Text(t) => (1, 0, t.clone()),
        _ => (2, 0, String::new()),
    });
    Value::Map(entries)
}

/// The CBOR bytes of a pre-application. `expires - created` must be whole
/// days (the encoder guarantees it).
pub fn to_cbor(app: &PreApplication) -> Vec<u8> {
    let form = &app.form;
    let validity_days = (app.expires - app.created).num_days().max(0);
    let mut top = vec![
        (
            Value::from(key::CREATED),
            Value::from(app.created.timestamp()),
        ),
        (Value::from(key::VALIDITY), Value::from(validity_days)),
    ];
    // Japanese, the common case, is the default and goes unsaid.
    if form.language != Lang::ja() {
        top.push((
            Value::from(key::LANGUAGE),
            id_value(LANGUAGES, form.language.code()),
        ));
    }
    top.extend([
        (
            Value::from(key::PROCEDURES),
            Value::Array(
                form.procedures
                    .iter()
                    .map(|p| id_value(PROCEDURES, p))
                    .collect(),
            ),
        ),
        (Value::from(key::FIELDS), map_value(FIELDS, &form.fields)),
    ]);
    if !form.household.is_empty() {
        let members = form
            .household
            .iter()
            .map(|m| map_value(MEMBER_FIELDS, m))
            .collect();
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
    let value: Value =
        ciborium::de::from_reader_with_recursion_limit(bytes, limits::MAX_CBOR_DEPTH)
            .map_err(|_| BodyError::Invalid)?;
    let Value::Map(top) = value else {
        return Err(BodyError::Invalid);
    };
    let mut created = None;
    let mut validity = None;
    let mut language = None;
    let mut procedures = None;
    let mut fields = None;
    let mut household = None;
    for (k, v) in top {
        let k = small_int(&k).ok_or(BodyError::Invalid)?;
        let slot_taken = match k {
            key::CREATED => created.replace(timestamp(&v)?).is_some(),
            key::VALIDITY => {
                let days = small_uint(&v).filter(|d| *d <= u64::from(limits::MAX_VALIDITY_DAYS));
                validity.replace(days.ok_or(BodyError::Invalid)?).is_some()
            }
            key::LANGUAGE => {
                let code = id_from(LANGUAGES, &v)?;
                language
                    .replace(Lang::parse(&code).ok_or(BodyError::Invalid)?)
                    .is_some()
            }
            key::PROCEDURES => {
                let Value::Array(items) = v else {
                    return Err(BodyError::Invalid);
                };
                if items.len() > limits::MAX_PROCEDURES {
                    return Err(BodyError::TooLarge);
                }
                let ids = items
                    .iter()
                    .map(|i| id_from(PROCEDURES, i))
                    .collect::<Result<Vec<_>, _>>()?;
                procedures.replace(ids).is_some()
            }
            key::FIELDS => fields
                .replace(map_from(FIELDS, v, limits::MAX_FIELDS)?)
                .is_some(),
            key::HOUSEHOLD => {
                let Value::Array(items) = v else {
                    return Err(BodyError::Invalid);
                };
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
    let (Some(created), Some(validity), Some(procedures), Some(fields)) =
        (created, validity, procedures, fields)
    else {
        return Err(BodyError::Invalid);
    };
    let language = language.unwrap_or_else(Lang::ja);
    let expires = created + chrono::Duration::days(validity as i64);
    let form = Form {
        language,
        procedures,
        fields,
        household: household.unwrap_or_default(),
    };
    match form.check() {
        Ok(()) => Ok(PreApplication {
            form,
            created,
            expires,
        }),
        Err(problem) if problem.too_large => Err(BodyError::TooLarge),
        Err(_) => Err(BodyError::Invalid),
    }
}

fn small_uint(v: &Value) -> Option<u64> {
    match v {
        Value::Integer(i) => u64::try_from(i128::from(*i)).ok(),
        _ => None,
    }
}

fn small_int(v: &Value) -> Option<u8> {
    small_uint(v).and_then(|n| u8::try_from(n).ok())
}

fn timestamp(v: &Value) -> Result<chrono::DateTime<chrono::Utc>, BodyError> {
    let secs = small_uint(v).ok_or(BodyError::Invalid)?;
    if !CREATED_RANGE.contains(&secs) {
        return Err(BodyError::Invalid);
    }
    chrono::DateTime::from_timestamp(secs as i64, 0).ok_or(BodyError::Invalid)
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
    let Value::Map(entries) = v else {
        return Err(BodyError::Invalid);
    };
    if entries.len() > max {
        return Err(BodyError::TooLarge);
    }
    let mut map = BTreeMap::new();
    for (k, v) in entries {
        let k = id_from(table, &k)?;
        let v = text_from(v)?;
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
            expires: chrono::DateTime::from_timestamp(1_790_000_000 + 14 * 86400, 0).unwrap(),
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
    fn numbers_and_dates_travel_compactly_and_exactly() {
        assert_eq!(text_value("2"), Value::Integer(2.into()));
        assert_eq!(text_value("090"), Value::Text("090".into()));
        assert_eq!(
            text_value("1988-04-12"),
            Value::Tag(100, Box::new(Value::Integer(6676.into())))
        );
        assert_eq!(text_value("1988-4-12"), Value::Text("1988-4-12".into()));
        assert_eq!(text_value("1988-02-30"), Value::Text("1988-02-30".into()));
        assert_eq!(text_value("yes"), Value::Integer((-1).into()));
        assert_eq!(text_from(Value::Integer((-2).into())).unwrap(), "no");
        for s in [
            "0",
            "2",
            "18446744073709551615",
            "99999999999999999999",
            "1969-12-31",
            "1000-01-01",
            "9999-12-31",
            "0999-01-01",
            "",
        ] {
            assert_eq!(text_from(text_value(s)).unwrap(), s);
        }
        assert_eq!(
            text_from(Value::Tag(100, Box::new(Value::Integer(i64::MIN.into())))),
            Err(BodyError::Invalid)
        );
        assert_eq!(
            text_from(Value::Integer(
                (-1 - (VALUES.len() + PREFECTURES.len()) as i64).into()
            )),
            Err(BodyError::Invalid)
        );
    }

    #[test]
    fn japanese_values_travel_as_utf16() {
        assert_eq!(
            text_value("台東区"),
            Value::Bytes(vec![0x53, 0xF0, 0x67, 0x71, 0x53, 0x3A])
        );
        assert_eq!(text_value("A1"), Value::Text("A1".into()));
        assert_eq!(
            text_from(text_value("台東区 ひまわりハイツ201 😀")).unwrap(),
            "台東区 ひまわりハイツ201 😀"
        );
        assert_eq!(
            text_from(Value::Bytes(vec![0xD8, 0x00])),
            Err(BodyError::Invalid)
        ); // lone surrogate
        assert_eq!(text_from(Value::Bytes(vec![0x30])), Err(BodyError::Invalid));
    }

    #[test]
    fn tables_have_unique_valid_ids() {
        for code in LANGUAGES {
            assert_eq!(Lang::parse(code).map(|l| l.code()), Some(*code));
        }
        for table in [PROCEDURES, FIELDS, MEMBER_FIELDS] {
            for (i, id) in table.iter().enumerate() {
                assert!(super::super::model::valid_id(id), "{id}");
                assert!(!table[..i].contains(id), "{id} twice");
            }
        }
        for (i, value) in VALUES.iter().enumerate() {
            assert!(!VALUES[..i].contains(value), "{value} twice");
        }
    }

    /// Every id the shipped catalogue uses has a code, so a real
    /// pre-application never spells its keys out (a ward's own additions may).
    #[test]
    fn tables_cover_the_shipped_catalogue() {
        use crate::domain::answers::{ADDRESS_PARTS, MEMBER_PARTS};
        use crate::domain::{Catalog, FieldKind};
        let catalog = Catalog::embedded();
        for procedure in catalog.procedures() {
            assert!(
                PROCEDURES.contains(&procedure.id.as_str()),
                "{}",
                procedure.id
            );
            for field in &procedure.fields {
                match field.kind {
                    FieldKind::Household { .. } => {}
                    FieldKind::Address => {
                        for part in ADDRESS_PARTS {
                            let key = format!("{}.{part}", field.key);
                            assert!(FIELDS.contains(&key.as_str()), "{key}");
                        }
                    }
                    _ => assert!(FIELDS.contains(&field.key.as_str()), "{}", field.key),
                }
            }
        }
        assert_eq!(MEMBER_FIELDS, MEMBER_PARTS);
        for procedure in catalog.procedures() {
            for field in &procedure.fields {
                if let FieldKind::Choice { options } = &field.kind {
                    for option in options {
                        assert!(value_code(&option.value).is_some(), "{}", option.value);
                    }
                }
            }
        }
        use crate::domain::validate::{RELATIONSHIPS, SEXES};
        for value in ["yes", "no"].iter().chain(&RELATIONSHIPS).chain(&SEXES) {
            assert!(VALUES.contains(value), "{value}");
        }
        for value in PREFECTURES {
            assert_eq!(coded_value(value_code(value).unwrap()), Some(value));
        }
    }

    #[test]
    fn refuses_unknown_keys_duplicates_and_codes() {
        let mut top = vec![];
        let good = |extra: Vec<(Value, Value)>| {
            let mut m = vec![
                (Value::from(0), Value::from(1_790_000_000)),
                (Value::from(1), Value::from(14)),
                (Value::from(2), Value::from(0)),
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
        assert_eq!(
            from_cbor(&good(vec![(Value::from(0), Value::from(1_790_000_000))])),
            Err(BodyError::Invalid)
        );
        let bad_code = vec![(
            Value::from(5),
            Value::Array(vec![Value::Map(vec![(Value::from(99), Value::from("x"))])]),
        )];
        assert_eq!(from_cbor(&good(bad_code)), Err(BodyError::Invalid));
        let too_many = vec![(Value::from(5), Value::Array(vec![Value::Map(vec![]); 50]))];
        assert_eq!(from_cbor(&good(too_many)), Err(BodyError::TooLarge));
        assert_eq!(from_cbor(&[0x81; 2000]), Err(BodyError::Invalid));
    }
}
