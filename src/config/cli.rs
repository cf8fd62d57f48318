//! `madoguchi config check FILE`: validate a configuration file.
//!
//! The kind of file is told by its name (`kiosk*.toml`, `hub*.toml`, a file
//! in a `procedures/` folder, `_*.toml`, `bundles*.toml`) or else by its keys.
//! Every problem is printed as `FILE:LINE: message` in the chosen language
//! and the exit status is non-zero; a good file prints one line and exits 0.
//! A procedure file is checked together with the shipped catalogue (its
//! shared fields and bundles) and every fluent key it names must exist.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::ConfigProblem;
use crate::cli::CommonArgs;
use crate::domain::Catalog;
use crate::i18n::{I18n, Lang, Message};
use crate::toml_file;
pub use crate::toml_file::render_problem;

#[derive(Debug, clap::Subcommand)]
pub enum ConfigCommand {
    /// Check a kiosk.toml, hub.toml or procedure file; problems as FILE:LINE: message.
    Check {
        file: PathBuf,
        /// Language of the report.
        #[arg(long, default_value = "ja")]
        lang: String,
        /// The kind of file, when its name does not tell.
        #[arg(long, value_enum)]
        kind: Option<FileKind>,
    },
}

/// What a configuration file configures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FileKind {
    Kiosk,
    Hub,
    /// A catalogue file: a procedure, `_shared.toml` or `bundles.toml`.
    Procedure,
}

pub fn run(_common: &CommonArgs, command: ConfigCommand) -> anyhow::Result<ExitCode> {
    let ConfigCommand::Check { file, lang, kind } = command;
    let lang = Lang::parse(&lang).unwrap_or_default();
    let i18n = I18n::embedded();
    match check_file(&file, kind) {
        Ok(kind) => {
            let kind = format!("{kind:?}").to_lowercase();
            let message = Message::new("config-check-ok")
                .arg("file", file.display().to_string())
                .arg("kind", kind);
            println!("{}", i18n.render(&lang, &message));
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for problem in &problems {
                println!("{}", render_problem(&i18n, &lang, problem));
            }
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Checks one file; the kind found, or every problem.
pub fn check_file(path: &Path, kind: Option<FileKind>) -> Result<FileKind, Vec<ConfigProblem>> {
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![ConfigProblem::unreadable(path, &e)])?;
    let kind = match kind.or_else(|| detect(path, &text)) {
        Some(kind) => kind,
        None => {
            return Err(vec![ConfigProblem {
                file: path.to_owned(),
                line: None,
                message: Message::new("config-check-unknown-kind"),
            }]);
        }
    };
    match kind {
        FileKind::Kiosk => super::parse::<super::kiosk::KioskConfig>(path, &text).map(|_| kind),
        FileKind::Hub => super::parse::<super::hub::HubConfig>(path, &text).map(|_| kind),
        FileKind::Procedure => {
            let catalog = Catalog::check_file(path)?;
            let missing = missing_texts(path, &text, &catalog);
            if missing.is_empty() {
                Ok(kind)
            } else {
                Err(missing)
            }
        }
    }
}

/// The kind of file from its name, else from its top-level keys.
pub fn detect(path: &Path, text: &str) -> Option<FileKind> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let in_procedures = path
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|d| d == "procedures");
    if name.starts_with("kiosk") {
        return Some(FileKind::Kiosk);
    }
    if name.starts_with("hub") {
        return Some(FileKind::Hub);
    }
    if in_procedures || name.starts_with('_') || name.starts_with("bundles") {
        return Some(FileKind::Procedure);
    }
    let table: toml::Table = toml::from_str(text).ok()?;
    if table.contains_key("hub_url") {
        Some(FileKind::Kiosk)
    } else if table.contains_key("service")
        || table.contains_key("bundles")
        || table.contains_key("fields")
    {
        Some(FileKind::Procedure)
    } else {
        None
    }
}

/// Fluent keys named in this file that Japanese (the source) lacks.
fn missing_texts(path: &Path, text: &str, catalog: &Catalog) -> Vec<ConfigProblem> {
    let i18n = I18n::embedded();
    let mut problems = Vec::new();
    for key in catalog.message_keys() {
        let quoted = format!("\"{key}\"");
        if let Some(offset) = text.find(&quoted)
            && !i18n.has(&Lang::ja(), &key)
        {
            problems.push(ConfigProblem {
                file: path.to_owned(),
                line: Some(toml_file::line_of(text, offset)),
                message: Message::new("config-procedure-missing-text").arg("key", key),
            });
        }
    }
    problems
}
