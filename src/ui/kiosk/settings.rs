//! The kiosk's own settings (`config/kiosk.toml`), shared by the config
//! loader and the facilities panel so both refuse the same bad values with
//! the same translated reasons.
//!
//! ```toml
//! name = "本庁舎1階 受付A"
//! idle_timeout_secs = 60        # 15..=900
//! ticket_linger_secs = 20       # 5..=120: how long the ticket stays on screen
//! languages = ["ja", "ja-x-easy", "en", "zh-Hans"]
//! default_language = "ja"
//! # argon2 PHC string; make one with `madoguchi kiosk --hash-pin`
//! admin_pin_hash = "$argon2id$v=19$m=19456,t=2,p=1$..."
//! ```

use std::ops::RangeInclusive;

use argon2::password_hash::phc::PasswordHash;

use crate::config::{Problems, Validate};
use crate::i18n::{Lang, Message};

pub const IDLE_TIMEOUT_RANGE: RangeInclusive<u64> = 15..=900;
pub const TICKET_LINGER_RANGE: RangeInclusive<u64> = 5..=120;

#[derive(Debug, Clone, PartialEq, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct KioskSettings {
    /// Shown small on the welcome screen and sent with tickets.
    pub name: String,
    pub idle_timeout_secs: u64,
    pub ticket_linger_secs: u64,
    /// Offered languages, in button order.
    pub languages: Vec<Lang>,
    pub default_language: Lang,
    /// Without it the facilities panel cannot be opened.
    pub admin_pin_hash: Option<String>,
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings {
            name: "Madoguchi".into(),
            idle_timeout_secs: 60,
            ticket_linger_secs: 20,
            languages: Lang::all().collect(),
            default_language: Lang::ja(),
            admin_pin_hash: None,
        }
    }
}

impl Validate for KioskSettings {
    fn validate(&self, problems: &mut Problems) {
        if self.name.trim().is_empty() {
            problems.at("name", Message::new("kiosk-settings-error-name-empty"));
        }
        let range = |key: &str, range: &RangeInclusive<u64>| {
            Message::new(key.to_owned())
                .arg("min", *range.start())
                .arg("max", *range.end())
        };
        if !IDLE_TIMEOUT_RANGE.contains(&self.idle_timeout_secs) {
            problems.at(
                "idle_timeout_secs",
                range("kiosk-settings-error-idle-range", &IDLE_TIMEOUT_RANGE),
            );
        }
        if !TICKET_LINGER_RANGE.contains(&self.ticket_linger_secs) {
            problems.at(
                "ticket_linger_secs",
                range("kiosk-settings-error-linger-range", &TICKET_LINGER_RANGE),
            );
        }
        if self.languages.is_empty() {
            problems.at(
                "languages",
                Message::new("kiosk-settings-error-no-language"),
            );
        }
        for (i, lang) in self.languages.iter().enumerate() {
            if self.languages[..i].contains(lang) {
                problems.at(
                    format!("languages[{i}]"),
                    Message::new("kiosk-settings-error-duplicate-language")
                        .arg("lang", lang.code()),
                );
            }
        }
        if !self.languages.is_empty() && !self.languages.contains(&self.default_language) {
            problems.at(
                "default_language",
                Message::new("kiosk-settings-error-default-language")
                    .arg("lang", self.default_language.code()),
            );
        }
        if let Some(hash) = &self.admin_pin_hash
            && PasswordHash::new(hash).is_err()
        {
            problems.at(
                "admin_pin_hash",
                Message::new("kiosk-settings-error-pin-hash"),
            );
        }
    }
}

impl KioskSettings {
    /// Every problem, in field order; empty when the settings are usable.
    pub fn problems(&self) -> Vec<Message> {
        let mut problems = Problems::default();
        self.validate(&mut problems);
        problems
            .into_vec()
            .into_iter()
            .map(|(_, message)| message)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn defaults_are_valid() {
        assert!(KioskSettings::default().problems().is_empty());
    }

    #[test]
    fn bad_values_are_refused_with_their_line() {
        let text = "name = \"A\"\nidle_timeout_secs = 3\nlanguages = [\"en\", \"en\"]\ndefault_language = \"ko\"\nadmin_pin_hash = \"1234\"\n";
        let problems =
            crate::config::parse::<KioskSettings>(Path::new("kiosk.toml"), text).unwrap_err();
        let keys: Vec<_> = problems
            .iter()
            .map(|p| (p.line, p.message.key.as_str()))
            .collect();
        assert_eq!(
            keys,
            vec![
                (Some(2), "kiosk-settings-error-idle-range"),
                (Some(3), "kiosk-settings-error-duplicate-language"),
                (Some(4), "kiosk-settings-error-default-language"),
                (Some(5), "kiosk-settings-error-pin-hash"),
            ]
        );
    }

    #[test]
    fn unknown_language_is_a_syntax_problem() {
        let problems =
            crate::config::parse::<KioskSettings>(Path::new("k.toml"), "languages = [\"xx\"]\n")
                .unwrap_err();
        assert_eq!(problems[0].message.key, "config-error-syntax");
        assert_eq!(problems[0].line, Some(1));
    }
}
