//! `madoguchi`: CLI dispatch only. Each subcommand lives with its module.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use madoguchi::config::CommonArgs;
use madoguchi::i18n;

#[derive(Debug, Parser)]
#[command(
    name = "madoguchi",
    version,
    about = "Madoguchi: the smart window for ward offices"
)]
struct Cli {
    #[command(flatten)]
    common: CommonArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Translations: `i18n check`.
    #[command(subcommand)]
    I18n(i18n::cli::I18nCommand),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::I18n(command)) => i18n::cli::run(&cli.common, command),
        None => Ok(ExitCode::SUCCESS),
    };
    result.unwrap_or_else(|error| {
        eprintln!("madoguchi: {error:#}");
        ExitCode::FAILURE
    })
}
