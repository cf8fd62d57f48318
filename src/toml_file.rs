//! Typed TOML files with validation that points at lines.
//!
//! Every configuration file (`config/kiosk.toml`, `config/hub.toml`) and
//! every file of the procedure catalogue (`config/procedures/`) is read
//! through [`load`] or [`parse`], which report *all* problems at once, each
//! with the file and line it concerns, as translated [`Message`]s: facilities
//! staff fix a file in one pass instead of restarting a kiosk once per typo.
//!
//! A leaf under `config` and `domain`, which both read such files.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::i18n::{I18n, Lang, Message};

/// Something wrong in a configuration file.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigProblem {
    pub file: PathBuf,
    /// 1-based line, when the problem can be placed.
    pub line: Option<usize>,
    pub message: Message,
}

impl ConfigProblem {
    /// A file (or folder) that cannot be read.
    pub fn unreadable(path: &Path, error: &std::io::Error) -> Self {
        ConfigProblem {
            file: path.to_owned(),
            line: None,
            message: Message::new("config-error-unreadable").arg("reason", error.to_string()),
        }
    }
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

    /// Records `hub-config-error-range` at `key_path` unless `min <= value <= max`.
    pub fn range<T>(&mut self, key_path: impl Into<String>, value: T, min: T, max: T)
    where
        T: PartialOrd + Into<crate::i18n::Arg>,
    {
        if value < min || value > max {
            self.at(
                key_path,
                Message::new("hub-config-error-range")
                    .arg("min", min)
                    .arg("max", max),
            );
        }
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
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![ConfigProblem::unreadable(path, &e)])?;
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

/// `FILE:LINE: message` (or `FILE: message` when no line is known) in `lang`.
pub fn render_problem(i18n: &I18n, lang: &Lang, problem: &ConfigProblem) -> String {
    let text = i18n.render(lang, &problem.message);
    match problem.line {
        Some(line) => format!("{}:{}: {}", problem.file.display(), line, text),
        None => format!("{}: {}", problem.file.display(), text),
    }
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
