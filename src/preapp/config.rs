//! The `[preapp]` section a kiosk or hub configuration embeds: which key
//! opens sealed payloads and whether plain ones are accepted.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{DecodeOptions, SecretKey};
use crate::config::{Problems, Validate};
use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PreappConfig {
    /// The office private key (`madoguchi keygen`); relative to the data directory.
    pub key_file: Option<PathBuf>,
    /// Accept payloads that are not sealed to the office key. Off by default:
    /// a plain code can be read by anyone who photographs the phone.
    pub accept_plain: bool,
}

impl Default for PreappConfig {
    fn default() -> Self {
        PreappConfig {
            key_file: Some(PathBuf::from("office.key")),
            accept_plain: false,
        }
    }
}

impl Validate for PreappConfig {
    fn validate(&self, problems: &mut Problems) {
        if self.key_file.is_none() && !self.accept_plain {
            problems.at(
                "preapp.accept_plain",
                Message::new("preapp-config-nothing-accepted"),
            );
        }
        if self
            .key_file
            .as_ref()
            .is_some_and(|p| p.as_os_str().is_empty())
        {
            problems.at(
                "preapp.key_file",
                Message::new("preapp-config-empty-key-file"),
            );
        }
    }
}

impl PreappConfig {
    /// Decode options with the key loaded (a relative `key_file` is taken
    /// from `data_dir`). Expiry is checked against the clock at each decode.
    pub fn decode_options(&self, data_dir: &Path) -> Result<DecodeOptions, Message> {
        let key = match &self.key_file {
            Some(file) => {
                let path = data_dir.join(file);
                let text = std::fs::read_to_string(&path).ok();
                let key = text.and_then(|t| SecretKey::from_text(&t).ok());
                Some(key.ok_or_else(|| {
                    Message::new("preapp-cli-key-unreadable")
                        .arg("path", path.display().to_string())
                })?)
            }
            None => None,
        };
        Ok(DecodeOptions {
            key,
            accept_plain: self.accept_plain,
            now: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_and_loads_the_key() {
        let mut problems = Problems::default();
        PreappConfig {
            key_file: None,
            accept_plain: false,
        }
        .validate(&mut problems);
        assert_eq!(
            problems.into_vec()[0].1.key,
            "preapp-config-nothing-accepted"
        );
        let mut problems = Problems::default();
        PreappConfig::default().validate(&mut problems);
        assert!(problems.is_empty());

        let dir = tempfile::tempdir().unwrap();
        let err = PreappConfig::default()
            .decode_options(dir.path())
            .unwrap_err();
        assert_eq!(err.key, "preapp-cli-key-unreadable");
        let key = SecretKey::derive(&[3; 32]);
        std::fs::write(dir.path().join("office.key"), key.to_text()).unwrap();
        let options = PreappConfig::default().decode_options(dir.path()).unwrap();
        assert_eq!(options.key.unwrap().public(), key.public());
        assert!(!options.accept_plain);
        let parsed: PreappConfig = toml::from_str("accept_plain = true").unwrap();
        assert!(parsed.accept_plain && parsed.key_file.is_some());
    }
}
