//! `madoguchi i18n check` and `madoguchi i18n stamp`.

use std::path::PathBuf;
use std::process::ExitCode;

use super::check::{CheckInput, check, stamp};
use super::{I18n, Lang, Message};
use crate::cli::CommonArgs;

#[derive(Debug, clap::Subcommand)]
pub enum I18nCommand {
    /// Every locale has every key of Japanese, the same variables, only used
    /// keys, characters the loaded fonts can draw, translations made from the
    /// current Japanese source, and messages that render cleanly.
    Check {
        /// Folder of locales to check (default: the source tree's `locales/`).
        #[arg(long)]
        locales: Option<PathBuf>,
        /// Language of the report.
        #[arg(long, default_value = "ja")]
        lang: String,
    },
    /// After translating: record the current Japanese source of the messages
    /// as the one their translations were made from.
    Stamp {
        /// Locales to stamp (default: every translated locale).
        langs: Vec<String>,
        /// Only these keys (default: every key of the locale).
        #[arg(long = "key")]
        keys: Vec<String>,
        /// Only keys that have no record yet (new translations), leaving
        /// stale ones flagged.
        #[arg(long)]
        missing: bool,
        /// Folder of locales (default: the source tree's `locales/`).
        #[arg(long)]
        locales: Option<PathBuf>,
        /// Language of the report.
        #[arg(long, default_value = "ja")]
        lang: String,
    },
}

pub fn run(_common: &CommonArgs, command: I18nCommand) -> anyhow::Result<ExitCode> {
    let i18n = I18n::embedded();
    match command {
        I18nCommand::Check { locales, lang } => {
            let lang = Lang::parse(&lang).unwrap_or_default();
            let mut input = CheckInput::source_tree();
            if let Some(dir) = locales {
                input.locales_dir = dir;
            }
            let problems = check(&input);
            for problem in &problems {
                println!("{}", i18n.render(&lang, problem));
            }
            if problems.is_empty() {
                let count = std::fs::read_dir(&input.locales_dir)?
                    .flatten()
                    .filter(|e| e.path().is_dir())
                    .count();
                println!(
                    "{}",
                    i18n.render(&lang, &Message::new("i18n-check-ok").arg("count", count))
                );
                Ok(ExitCode::SUCCESS)
            } else {
                eprintln!(
                    "{}",
                    i18n.render(
                        &lang,
                        &Message::new("i18n-check-failed").arg("count", problems.len())
                    )
                );
                Ok(ExitCode::FAILURE)
            }
        }
        I18nCommand::Stamp {
            langs,
            keys,
            missing,
            locales,
            lang,
        } => {
            let report = Lang::parse(&lang).unwrap_or_default();
            let dir = locales.unwrap_or_else(|| CheckInput::source_tree().locales_dir);
            let langs: Vec<String> = if langs.is_empty() {
                Lang::all()
                    .filter(|l| *l != Lang::ja() && dir.join(l.code()).is_dir())
                    .map(|l| l.code().to_owned())
                    .collect()
            } else {
                langs
            };
            let mut failed = false;
            for code in &langs {
                match stamp(&dir, code, &keys, missing) {
                    Ok(count) => println!(
                        "{}",
                        i18n.render(
                            &report,
                            &Message::new("i18n-check-stamped")
                                .arg("lang", code.as_str())
                                .arg("count", count)
                        )
                    ),
                    Err(problems) => {
                        failed = true;
                        for problem in &problems {
                            eprintln!("{}", i18n.render(&report, problem));
                        }
                    }
                }
            }
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
    }
}
