//! The data a resident fills in before coming: what a pre-application holds.
//!
//! Field values are plain strings keyed by answer key (`applicant.name`,
//! `applicant.address.city`, `juminhyo-utsushi.copies`, …; see
//! [`crate::domain::answers`]), so the decoded form maps one to one onto the
//! domain's answers. Household members are maps of their own with the keys of
//! [`crate::domain::answers::MEMBER_PARTS`] (`name`, `reading`, `birth`,
//! `relationship`, `sex`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::limits;
use crate::i18n::Lang;
use crate::model::is_hidden_control;

/// What the resident filled in: the JSON given to `preapp encode`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// The language the resident used, so the kiosk greets them in it.
    pub language: Lang,
    /// Procedure ids, in the order the resident chose them.
    pub procedures: Vec<String>,
    /// Field id → value.
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// Household members (転入 and other household procedures), each a map
    /// of member field id → value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub household: Vec<BTreeMap<String, String>>,
}

/// A decoded pre-application: the form and when it was made and expires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreApplication {
    #[serde(flatten)]
    pub form: Form,
    pub created: DateTime<Utc>,
    pub expires: DateTime<Utc>,
}

/// Where a form breaks a limit or the id syntax (a field path, for the message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    pub path: String,
    pub too_large: bool,
}

impl Form {
    /// Checks every count, length and id against [`limits`]. The encoder
    /// refuses a form that breaks them, and the decoder refuses a payload
    /// whose content does, so both sides agree on what is a valid form.
    pub fn check(&self) -> Result<(), FormProblem> {
        let big = |path: String| {
            Err(FormProblem {
                path,
                too_large: true,
            })
        };
        let bad = |path: String| {
            Err(FormProblem {
                path,
                too_large: false,
            })
        };
        if self.procedures.is_empty() {
            return bad("procedures".into());
        }
        if self.procedures.len() > limits::MAX_PROCEDURES {
            return big("procedures".into());
        }
        for (i, id) in self.procedures.iter().enumerate() {
            if !valid_id(id) || self.procedures[..i].contains(id) {
                return bad(format!("procedures[{i}]"));
            }
        }
        if self.fields.len() > limits::MAX_FIELDS {
            return big("fields".into());
        }
        check_map(&self.fields, "fields")?;
        if self.household.len() > limits::MAX_MEMBERS {
            return big("household".into());
        }
        for (i, member) in self.household.iter().enumerate() {
            if member.len() > limits::MAX_MEMBER_FIELDS {
                return big(format!("household[{i}]"));
            }
            check_map(member, &format!("household[{i}]"))?;
        }
        Ok(())
    }
}

fn check_map(map: &BTreeMap<String, String>, at: &str) -> Result<(), FormProblem> {
    for (key, value) in map {
        if !valid_id(key) {
            return Err(FormProblem {
                path: format!("{at}.{key}"),
                too_large: false,
            });
        }
        if value.len() > limits::MAX_VALUE_BYTES {
            return Err(FormProblem {
                path: format!("{at}.{key}"),
                too_large: true,
            });
        }
        // Control characters have no place in a form value and could spoof a clerk's screen.
        if value.chars().any(is_hidden_control) {
            return Err(FormProblem {
                path: format!("{at}.{key}"),
                too_large: false,
            });
        }
    }
    Ok(())
}

/// Ids are short ASCII: lower-case letters, digits, `.`, `_`, `-`.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= limits::MAX_ID_BYTES
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> Form {
        Form {
            language: Lang::ja(),
            procedures: vec!["juminhyo-utsushi".into()],
            fields: [("applicant.name".to_string(), "山田 太郎".to_string())].into(),
            household: vec![],
        }
    }

    #[test]
    fn limits_and_ids_are_checked() {
        assert!(form().check().is_ok());
        let mut f = form();
        f.procedures.push("juminhyo-utsushi".into());
        assert!(!f.check().unwrap_err().too_large);
        let mut f = form();
        f.fields.insert("Bad Key".into(), "x".into());
        assert_eq!(f.check().unwrap_err().path, "fields.Bad Key");
        let mut f = form();
        f.fields.insert("purpose".into(), "あ".repeat(200));
        assert!(f.check().unwrap_err().too_large);
        let mut f = form();
        f.fields.insert("purpose".into(), "a\u{202e}b".into());
        assert!(f.check().is_err());
        f.fields.insert("purpose".into(), "a\nb".into());
        assert!(f.check().is_err());
        let mut f = form();
        f.procedures.clear();
        assert!(f.check().is_err());
    }
}
