//! `madoguchi i18n check`.

use std::process::ExitCode;

use super::check::{CheckInput, check};
use super::{I18n, Lang, Message};
use crate::cli::CommonArgs;

#[derive(Debug, clap::Subcommand)]
pub enum I18nCommand {
    /// Every locale has every key of Japanese, the same variables, only used
    /// keys, and characters the loaded fonts can draw.
    Check {
        /// Folder of locales to check (default: the source tree's `locales/`).
        #[arg(long)]
        locales: Option<std::path::PathBuf>,
        /// Language of the report.
        #[arg(long, default_value = "ja")]
        lang: String,
    },
}

pub fn run(_common: &CommonArgs, command: I18nCommand) -> anyhow::Result<ExitCode> {
    match command {
        I18nCommand::Check { locales, lang } => {
            let lang = Lang::parse(&lang).unwrap_or_default();
            let mut input = CheckInput::source_tree();
            if let Some(dir) = locales {
                input.locales_dir = dir;
            }
            let i18n = I18n::embedded();
            let problems = check(&input);
            for problem in &problems {
                println!("{}", i18n.render(&lang, problem));
            }
            if problems.is_empty() {
                let count = std::fs::read_dir(&input.locales_dir)?.count();
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
    }
}
