//! Checking answers against a procedure.
//!
//! Every problem is a [`Problem`]: the answer key it concerns (`applicant.name`,
//! `applicant.address.prefecture`, `household[1].birth`), a [`Severity`] and a
//! translated [`Message`]. Errors stop the application; warnings are shown to
//! the resident and the clerk but do not: a late 転入届 is still accepted (the
//! clerk decides whether it must be reported), so the 14-day window is a
//! warning by design.
//!
//! Values are checked after trimming, and full-width digits count as digits,
//! since residents type on Japanese IMEs. The normalising helpers
//! ([`normalize_postal`], [`normalize_phone`], [`to_katakana`], from
//! [`super::input`]) let a screen store the canonical form.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::answers::{ADDRESS_PARTS, Answers, Member};
use super::date::{self, parse_date};
use super::model::{FieldKind, Kana, Procedure, Rule, Script};
use crate::i18n::Message;

pub use super::input::{normalize_phone, normalize_postal, parse_count, to_katakana};

/// Relationship values of household members (続柄), for choice lists and checks.
pub const RELATIONSHIPS: [&str; 8] = [
    "head",
    "spouse",
    "child",
    "parent",
    "grandparent",
    "grandchild",
    "sibling",
    "other",
];

/// Sex values as recorded in the resident register.
pub const SEXES: [&str; 2] = ["male", "female"];

/// The 47 prefectures, as written in addresses.
pub const PREFECTURES: [&str; 47] = [
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
];

/// Whether a problem stops the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong (or worth a second look) in the answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// The answer key, `household[i].part`, `household`, or `procedure`.
    pub field: String,
    pub severity: Severity,
    pub message: Message,
}

impl Problem {
    pub fn error(field: impl Into<String>, message: Message) -> Self {
        Problem {
            field: field.into(),
            severity: Severity::Error,
            message,
        }
    }

    pub fn warning(field: impl Into<String>, message: Message) -> Self {
        Problem {
            field: field.into(),
            severity: Severity::Warning,
            message,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Whether any problem is an error.
pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(Problem::is_error)
}

/// The local date in Tokyo, where every office is.
pub fn today() -> NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Asia::Tokyo)
        .date_naive()
}

/// The message for an unknown procedure id.
pub fn unknown_procedure(id: &str) -> Message {
    Message::new("procedures-error-unknown").arg("id", id)
}

/// Checks every field and rule of a procedure as of `today`.
pub fn validate(procedure: &Procedure, answers: &Answers, today: NaiveDate) -> Vec<Problem> {
    let mut out = Vec::new();
    for field in &procedure.fields {
        match &field.kind {
            FieldKind::Address => check_address(&field.key, field.required, answers, &mut out),
            FieldKind::Household {
                min,
                max,
                relationships,
            } => check_household(
                answers,
                *min,
                *max,
                relationships,
                field.required,
                today,
                &mut out,
            ),
            kind => match answers.get(&field.key) {
                None if field.required => out.push(Problem::error(
                    &field.key,
                    Message::new("validation-required"),
                )),
                None => {}
                Some(value) => {
                    if let Some(message) = check_value(kind, value, today) {
                        out.push(Problem::error(&field.key, message));
                    }
                }
            },
        }
    }
    for rule in &procedure.rules {
        check_rule(procedure, rule, answers, today, &mut out);
    }
    out
}

/// The problem with one (non-empty) value of a simple field, if any.
pub fn check_value(kind: &FieldKind, value: &str, today: NaiveDate) -> Option<Message> {
    match kind {
        FieldKind::Text { script, max_len } => check_text(value, *script, *max_len),
        FieldKind::Reading { kana, max_len } => check_reading(value, *kana, *max_len),
        FieldKind::Date { not_future } => match parse_date(value) {
            Err(e) => Some(e.message()),
            Ok(d) if *not_future && d > today => Some(Message::new("validation-date-future")),
            Ok(_) => None,
        },
        FieldKind::Postal => normalize_postal(value)
            .is_none()
            .then(|| Message::new("validation-postal")),
        FieldKind::Phone => normalize_phone(value)
            .is_none()
            .then(|| Message::new("validation-phone")),
        FieldKind::Choice { options } => (!options.iter().any(|o| o.value == value))
            .then(|| Message::new("validation-choice").arg("value", value)),
        FieldKind::Count { min, max } => match parse_count(value) {
            None => Some(Message::new("validation-count-syntax")),
            Some(n) if n < *min || n > *max => Some(
                Message::new("validation-count-range")
                    .arg("min", *min)
                    .arg("max", *max),
            ),
            Some(_) => None,
        },
        FieldKind::YesNo => {
            (value != "yes" && value != "no").then(|| Message::new("validation-yes-no"))
        }
        FieldKind::Address | FieldKind::Household { .. } => None,
    }
}

fn check_text(value: &str, script: Script, max_len: usize) -> Option<Message> {
    let len = value.chars().count();
    if len > max_len {
        return Some(
            Message::new("validation-too-long")
                .arg("max", max_len)
                .arg("length", len),
        );
    }
    if value.chars().any(char::is_control) {
        return Some(Message::new("validation-control-characters"));
    }
    let ok = match script {
        Script::Kanji => value.chars().all(|c| is_japanese(c) || is_space(c)),
        Script::Kana => value
            .chars()
            .all(|c| is_hiragana(c) || is_katakana(c) || is_space(c)),
        Script::Latin => value
            .chars()
            .all(|c| is_latin(c) || is_space(c) || "-'.,".contains(c)),
        Script::Name => {
            value.chars().all(|c| is_japanese(c) || is_space(c))
                || value
                    .chars()
                    .all(|c| is_latin(c) || is_space(c) || "-'.,".contains(c))
        }
        Script::Digits => value
            .chars()
            .all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)),
        Script::Any => true,
    };
    let key = match script {
        Script::Kanji => "validation-script-kanji",
        Script::Kana => "validation-script-kana",
        Script::Latin => "validation-script-latin",
        Script::Name => "validation-script-name",
        Script::Digits => "validation-script-digits",
        Script::Any => "validation-script-any",
    };
    (!ok).then(|| Message::new(key))
}

fn check_reading(value: &str, kana: Kana, max_len: usize) -> Option<Message> {
    let len = value.chars().count();
    if len > max_len {
        return Some(
            Message::new("validation-too-long")
                .arg("max", max_len)
                .arg("length", len),
        );
    }
    // ー ・ and spaces belong to both syllabaries (ミラー・ジョン).
    let neutral = |c: char| c == 'ー' || c == '・' || is_space(c);
    let all_katakana = value.chars().all(|c| is_katakana(c) || neutral(c));
    let all_hiragana = value.chars().all(|c| is_hiragana(c) || neutral(c));
    let ok = match kana {
        Kana::Katakana => all_katakana,
        Kana::Hiragana => all_hiragana,
        Kana::Either => all_katakana || all_hiragana,
    };
    let key = match kana {
        Kana::Katakana => "validation-reading-katakana",
        Kana::Hiragana => "validation-reading-hiragana",
        Kana::Either => "validation-reading-kana",
    };
    (!ok || value.chars().all(neutral)).then(|| Message::new(key))
}

fn check_address(key: &str, required: bool, answers: &Answers, out: &mut Vec<Problem>) {
    let part = |p: &str| answers.get(&format!("{key}.{p}"));
    let any = ADDRESS_PARTS.iter().any(|p| part(p).is_some());
    if !required && !any {
        return;
    }
    // The building (建物名・部屋番号) is optional: many houses have none.
    for p in ["prefecture", "city", "town"] {
        if part(p).is_none() {
            out.push(Problem::error(
                format!("{key}.{p}"),
                Message::new("validation-required"),
            ));
        }
    }
    if let Some(prefecture) = part("prefecture")
        && !PREFECTURES.contains(&prefecture)
    {
        out.push(Problem::error(
            format!("{key}.prefecture"),
            Message::new("validation-prefecture"),
        ));
    }
    for p in ADDRESS_PARTS {
        if let Some(value) = part(p)
            && let Some(message) = check_text(value, Script::Any, 60)
        {
            out.push(Problem::error(format!("{key}.{p}"), message));
        }
    }
}

fn check_household(
    answers: &Answers,
    min: u32,
    max: u32,
    relationships: &[String],
    required: bool,
    today: NaiveDate,
    out: &mut Vec<Problem>,
) {
    let listed: Vec<(usize, &Member)> = answers
        .household
        .iter()
        .enumerate()
        .filter(|(_, m)| super::model::listed_on(m, relationships))
        .collect();
    let count = listed.len() as u32;
    let min = if required { min.max(1) } else { min };
    if count < min {
        out.push(Problem::error(
            "household",
            Message::new("validation-household-too-few").arg("min", min),
        ));
    }
    if count > max {
        out.push(Problem::error(
            "household",
            Message::new("validation-household-too-many").arg("max", max),
        ));
    }
    for (i, member) in listed {
        let at = |part: &str| format!("household[{i}].{part}");
        let get = |part: &str| member.get(part).map(|v| v.trim()).filter(|v| !v.is_empty());
        for part in super::answers::MEMBER_PARTS {
            let Some(value) = get(part) else {
                out.push(Problem::error(
                    at(part),
                    Message::new("validation-required"),
                ));
                continue;
            };
            let message = match part {
                "name" => check_text(value, Script::Name, 40),
                "reading" => check_reading(value, Kana::Either, 60),
                "birth" => check_value(&FieldKind::Date { not_future: true }, value, today),
                "relationship" => (!RELATIONSHIPS.contains(&value))
                    .then(|| Message::new("validation-relationship")),
                _ => (!SEXES.contains(&value)).then(|| Message::new("validation-sex")),
            };
            if let Some(message) = message {
                out.push(Problem::error(at(part), message));
            }
        }
        if let Some(key) = member
            .keys()
            .find(|k| !super::answers::MEMBER_PARTS.contains(&k.as_str()))
        {
            out.push(Problem::error(
                at(key),
                Message::new("validation-unknown-part"),
            ));
        }
    }
}

fn check_rule(
    procedure: &Procedure,
    rule: &Rule,
    answers: &Answers,
    today: NaiveDate,
    out: &mut Vec<Problem>,
) {
    let date_of = |key: &str| answers.get(key).and_then(|v| parse_date(v).ok());
    match rule {
        Rule::NotifyWindow {
            field,
            before_days,
            after_days,
        } => {
            let Some(date) = date_of(field) else { return };
            let days_after = (today - date).num_days();
            if days_after > i64::from(*after_days) {
                out.push(Problem::warning(
                    field,
                    Message::new("validation-notify-late")
                        .arg("days", days_after)
                        .arg("limit", *after_days),
                ));
            } else if days_after < 0 && *before_days == 0 {
                out.push(Problem::warning(
                    field,
                    Message::new("validation-notify-future"),
                ));
            } else if -days_after > i64::from(*before_days) {
                out.push(Problem::warning(
                    field,
                    Message::new("validation-notify-early")
                        .arg("days", -days_after)
                        .arg("limit", *before_days),
                ));
            }
        }
        Rule::DateOrder {
            earlier,
            later,
            message,
        } => {
            if let (Some(a), Some(b)) = (date_of(earlier), date_of(later))
                && b < a
            {
                let key = message.as_deref().unwrap_or("validation-date-order");
                out.push(Problem::error(later, Message::new(key)));
            }
        }
        Rule::RequiredIf {
            field,
            when,
            equals,
        } => {
            if answers.get(when) != Some(equals.as_str()) {
                return;
            }
            let kind = procedure
                .fields
                .iter()
                .find(|f| &f.key == field)
                .map(|f| &f.kind);
            let missing = match kind {
                Some(FieldKind::Household { .. }) => answers.household.is_empty(),
                Some(FieldKind::Address) => answers.get(&format!("{field}.town")).is_none(),
                _ => answers.get(field).is_none(),
            };
            let at = match kind {
                Some(FieldKind::Household { .. }) => "household".to_owned(),
                Some(FieldKind::Address) => format!("{field}.town"),
                _ => field.clone(),
            };
            if missing && !out.iter().any(|p| p.field == at) {
                out.push(Problem::error(at, Message::new("validation-required")));
            }
        }
        Rule::WarnIf {
            field,
            equals,
            message,
        } => {
            if answers.get(field) == Some(equals.as_str()) {
                out.push(Problem::warning(field, Message::new(message.clone())));
            }
        }
        Rule::HouseholdHas {
            relationship,
            min,
            max_age,
        } => {
            // Age is counted on 1 April of the current fiscal year: 児童手当
            // runs to the first 31 March after the 18th birthday.
            let fiscal_start = fiscal_year_start(today);
            let count = answers
                .household
                .iter()
                .filter(|m| m.get("relationship") == Some(relationship))
                .filter(|m| match max_age {
                    None => true,
                    Some(limit) => {
                        m.get("birth")
                            .and_then(|b| parse_date(b).ok())
                            .is_some_and(|b| {
                                b <= today && date::age_on(b, fiscal_start) < *limit as i32
                            })
                    }
                })
                .count() as u32;
            if count < *min {
                let mut message = Message::new("validation-household-needs")
                    .arg("relationship", relationship.as_str())
                    .arg("min", *min);
                message = message.arg("age", max_age.map(i64::from).unwrap_or(-1));
                out.push(Problem::error("household", message));
            }
        }
    }
}

/// 1 April of the fiscal year containing `day`.
fn fiscal_year_start(day: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let year = if day.month() >= 4 {
        day.year()
    } else {
        day.year() - 1
    };
    NaiveDate::from_ymd_opt(year, 4, 1).unwrap_or(day)
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}'
}

fn is_hiragana(c: char) -> bool {
    matches!(c, 'ぁ'..='ゖ' | 'ゝ' | 'ゞ' | 'ー')
}

fn is_katakana(c: char) -> bool {
    matches!(c, 'ァ'..='ヺ' | 'ー' | 'ヽ' | 'ヾ' | 'ㇰ'..='ㇿ')
}

fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'      // CJK Unified Ideographs
        | '\u{3400}'..='\u{4DBF}'    // Extension A
        | '\u{F900}'..='\u{FAFF}'    // Compatibility (髙 﨑 in names)
        | '\u{20000}'..='\u{3134F}'  // Extensions B–G
        | '々' | '〆' | 'ヶ' | 'ヵ')
}

fn is_japanese(c: char) -> bool {
    is_kanji(c) || is_hiragana(c) || is_katakana(c) || c == '・'
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || ('Ａ'..='Ｚ').contains(&c)
        || ('ａ'..='ｚ').contains(&c)
        // Accented letters of Latin-script names (Nguyễn, José, Müller).
        || (c.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(&c))
        || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_readings() {
        assert!(check_text("山田 太郎", Script::Name, 40).is_none());
        assert!(check_text("髙橋　さくら", Script::Kanji, 40).is_none());
        assert!(check_text("Nguyễn Văn An", Script::Name, 40).is_none());
        assert!(check_text("山田 Taro", Script::Name, 40).is_some());
        assert!(check_text("Yamada1", Script::Latin, 40).is_some());
        assert!(check_text("ab\u{7}", Script::Any, 40).is_some());
        assert!(check_text("あいうえお", Script::Any, 4).is_some());
        assert!(check_reading("ヤマダ タロウ", Kana::Katakana, 40).is_none());
        assert!(check_reading("やまだ たろう", Kana::Katakana, 40).is_some());
        assert!(check_reading("やまだ タロウ", Kana::Either, 40).is_some());
        assert!(check_reading("ー", Kana::Either, 40).is_some());
        assert_eq!(to_katakana("やまだ ゆうこ"), "ヤマダ ユウコ");
    }
}
