//! `madoguchi catalog`: list and show the procedure catalogue.
//!
//! `catalog list` prints one JSON object per line and procedure
//! (`{"id","service","name","fields","fee"}`, `fee` in yen per copy or per
//! application); `catalog show ID` prints a procedure or bundle as pretty JSON.
//! Both read the shipped catalogue with `config/procedures/` (or
//! `--procedures DIR`) laid over it, so a ward sees its own forms.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::Catalog;
use crate::cli::{CommonArgs, default_config_dir};
use crate::i18n::{I18n, Lang, Message};
use crate::toml_file::render_problem;

/// `madoguchi catalog …`.
#[derive(Debug, clap::Args)]
pub struct CatalogArgs {
    #[command(subcommand)]
    pub command: CatalogCommand,
    /// Folder of procedure files laid over the shipped catalogue
    /// (default: `config/procedures` when present).
    #[arg(long, global = true, value_name = "DIR")]
    pub procedures: Option<PathBuf>,
    /// Language of messages and names.
    #[arg(long, global = true, default_value = "ja")]
    pub lang: String,
}

#[derive(Debug, clap::Subcommand)]
pub enum CatalogCommand {
    /// One JSON line per procedure: id, service, name, field count, fee.
    List,
    /// A procedure or bundle as pretty JSON.
    Show {
        /// Procedure id (`juminhyo-utsushi`) or bundle id (`hikkoshi-tennyu`).
        id: String,
    },
}

pub fn run(common: &CommonArgs, args: CatalogArgs) -> anyhow::Result<ExitCode> {
    run_to(
        common,
        args,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
}

/// [`run`] writing to the given streams (for tests).
pub fn run_to(
    _common: &CommonArgs,
    args: CatalogArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let i18n = I18n::embedded();
    let lang = Lang::parse(&args.lang).unwrap_or_default();
    let dir = args.procedures.clone().or_else(|| {
        let dir = default_config_dir().join("procedures");
        dir.is_dir().then_some(dir)
    });
    let catalog = match Catalog::load(dir.as_deref()) {
        Ok(catalog) => catalog,
        Err(problems) => {
            for problem in problems {
                writeln!(err, "{}", render_problem(&i18n, &lang, &problem))?;
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    match args.command {
        CatalogCommand::List => {
            for p in catalog.procedures() {
                let line = serde_json::json!({
                    "id": p.id,
                    "service": p.service,
                    "name": i18n.tr(&lang, &p.name),
                    "fields": p.fields.len(),
                    "fee": p.fee.yen,
                });
                writeln!(out, "{line}")?;
            }
        }
        CatalogCommand::Show { id } => {
            let json = if let Some(p) = catalog.procedure(&id) {
                serde_json::to_string_pretty(p.as_ref())?
            } else if let Some(b) = catalog.bundle(&id) {
                serde_json::to_string_pretty(b)?
            } else {
                let message = Message::new("procedures-error-unknown").arg("id", id.as_str());
                writeln!(err, "{}", i18n.render(&lang, &message))?;
                return Ok(ExitCode::FAILURE);
            };
            writeln!(out, "{json}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
