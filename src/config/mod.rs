//! Typed TOML configuration with validation that points at lines.
//!
//! Each process has its own file (`config/kiosk.toml`, `config/hub.toml`);
//! the procedure catalogue lives in `config/procedures/`. Every file is read
//! through [`load`], which reports *all* problems at once, each with the file
//! and line it concerns, as translated [`Message`]s: facilities staff fix a
//! file in one pass instead of restarting a kiosk once per typo.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::i18n::Message;

/// Something wrong in a configuration file.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigProblem {
    pub file: PathBuf,
    /// 1-based line, when the problem can be placed.
    pub line: Option<usize>,
    pub message: Message,
}

impl std::fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// Problems found by [`Validate::validate`], by key path (`services[1].prefix`).
#[derive(Debug, Default)]
pub struct Problems {
    found: Vec<(String, Message)>,
}

impl Problems {
    /// Records a problem at a dotted key path; `[i]` indexes arrays.
    pub fn at(&mut self, key_path: impl Into<String>, message: Message) {
        self.found.push((key_path.into(), message));
    }

    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    pub fn into_vec(self) -> Vec<(String, Message)> {
        self.found
    }
}

/// Semantic checks that serde cannot express.
pub trait Validate {
    fn validate(&self, problems: &mut Problems);
}

/// Reads, parses and validates a configuration file.
pub fn load<T: DeserializeOwned + Validate>(path: &Path) -> Result<T, Vec<ConfigProblem>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        vec![ConfigProblem {
            file: path.to_owned(),
            line: None,
            message: Message::new("config-error-unreadable").arg("reason", e.to_string()),
        }]
    })?;
    parse(path, &text)
}

/// Parses and validates configuration text; `path` names it in problems.
pub fn parse<T: DeserializeOwned + Validate>(
    path: &Path,
    text: &str,
) -> Result<T, Vec<ConfigProblem>> {
    let value: T = toml::from_str(text).map_err(|e| {
        vec![ConfigProblem {
            file: path.to_owned(),
            line: e.span().map(|span| line_of(text, span.start)),
            message: Message::new("config-error-syntax")
                .arg("reason", e.message().trim().to_owned()),
        }]
    })?;
    let mut problems = Problems::default();
    value.validate(&mut problems);
    if problems.is_empty() {
        return Ok(value);
    }
    Err(problems
        .into_vec()
        .into_iter()
        .map(|(key_path, message)| ConfigProblem {
            file: path.to_owned(),
            line: line_of_key(text, &key_path),
            message,
        })
        .collect())
}

/// 1-based line of a byte offset.
pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// Line where the value at `key_path` (`a.b[2].c`) is written, or the
/// nearest enclosing key that is written.
pub fn line_of_key(text: &str, key_path: &str) -> Option<usize> {
    use toml::de::{DeTable, DeValue};
    let root = DeTable::parse(text).ok()?;
    let mut best: Option<usize> = None;
    let mut table: Option<&DeTable> = Some(root.get_ref());
    let mut value: Option<&toml::Spanned<DeValue>> = None;
    for segment in key_path.split('.') {
        let (name, indexes) = split_indexes(segment);
        let current = match (table, value) {
            (Some(t), _) => t.get(name),
            (None, Some(v)) => v.get_ref().as_table().and_then(|t| t.get(name)),
            _ => None,
        };
        let Some(mut found) = current else { break };
        best = Some(found.span().start);
        for index in indexes {
            match found.get_ref().as_array().and_then(|a| a.get(index)) {
                Some(item) => {
                    found = item;
                    best = Some(found.span().start);
                }
                None => break,
            }
        }
        table = None;
        value = Some(found);
    }
    best.map(|offset| line_of(text, offset))
}

/// `services[1][0]` → (`services`, [1, 0]).
fn split_indexes(segment: &str) -> (&str, Vec<usize>) {
    let name_end = segment.find('[').unwrap_or(segment.len());
    let indexes = segment[name_end..]
        .split(['[', ']'])
        .filter_map(|s| s.parse().ok())
        .collect();
    (&segment[..name_end], indexes)
}

/// Options every process and tool takes, so several run side by side.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct CommonArgs {
    /// Configuration file (default: the process's file under `config/`).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Where SQLite files and keys live (default: the platform's data directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

impl CommonArgs {
    /// The data directory for a role (`kiosk`, `hub`, …), created if missing.
    pub fn data_dir(&self, role: &str) -> PathBuf {
        let dir = match &self.data_dir {
            Some(dir) => dir.clone(),
            None => directories::ProjectDirs::from("jp.lg", "Madoguchi", "madoguchi")
                .map(|dirs| dirs.data_dir().join(role))
                .unwrap_or_else(|| PathBuf::from(".madoguchi").join(role)),
        };
        if let Err(error) = std::fs::create_dir_all(&dir) {
            tracing::warn!(dir = %dir.display(), %error, "cannot create data directory");
        }
        dir
    }

    /// The configuration file given, or the default one for a role.
    pub fn config_file(&self, role: &str) -> PathBuf {
        self.config
            .clone()
            .unwrap_or_else(|| default_config_dir().join(format!("{role}.toml")))
    }
}

/// `config/` of the source tree when run from it, else next to the binary.
pub fn default_config_dir() -> PathBuf {
    let here = PathBuf::from("config");
    if here.is_dir() {
        return here;
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("config");
    if manifest.is_dir() {
        return manifest;
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("config")))
        .unwrap_or(here)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        #[allow(dead_code)]
        name: String,
        services: Vec<Service>,
    }

    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Service {
        prefix: String,
    }

    impl Validate for Sample {
        fn validate(&self, problems: &mut Problems) {
            for (i, service) in self.services.iter().enumerate() {
                if service.prefix.len() != 1 {
                    problems.at(
                        format!("services[{i}].prefix"),
                        Message::new("config-error-prefix"),
                    );
                }
            }
        }
    }

    const TEXT: &str =
        "name = \"x\"\n\n[[services]]\nprefix = \"A\"\n\n[[services]]\nprefix = \"BB\"\n";

    #[test]
    fn validation_problem_names_the_line_of_the_key() {
        let problems = parse::<Sample>(Path::new("hub.toml"), TEXT).err().unwrap();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(7));
        assert_eq!(problems[0].message.key, "config-error-prefix");
    }

    #[test]
    fn syntax_and_unknown_fields_name_their_line() {
        let broken = TEXT.replace("prefix = \"BB\"", "prefx = \"BB\"");
        let problems = parse::<Sample>(Path::new("hub.toml"), &broken)
            .err()
            .unwrap();
        assert_eq!(problems[0].line, Some(7));
        assert_eq!(problems[0].message.key, "config-error-syntax");
        let problems = parse::<Sample>(Path::new("hub.toml"), "name = \n")
            .err()
            .unwrap();
        assert_eq!(problems[0].line, Some(1));
    }

    #[test]
    fn good_file_loads() {
        assert!(parse::<Sample>(Path::new("hub.toml"), &TEXT.replace("BB", "B")).is_ok());
    }
}
