//! `madoguchi clerk`: the clerk console window.

use std::process::ExitCode;
use std::sync::Arc;

use crate::cli::CommonArgs;
use crate::domain::Catalog;
use crate::i18n::{I18n, Lang};
use crate::sync::clerk::StationArgs;
use crate::ui::clerk::{self, ClerkOptions};

#[derive(Debug, Clone, clap::Args)]
pub struct ClerkArgs {
    #[command(flatten)]
    pub station: StationArgs,
    /// The counter (desk) this station stands at.
    #[arg(long)]
    pub counter: Option<String>,
    /// Interface language: ja (default) or en; switchable in the window.
    #[arg(long, default_value = "ja")]
    pub lang: String,
    /// Procedure catalogue directory (default: the built-in one).
    #[arg(long, value_name = "DIR")]
    pub procedures: Option<std::path::PathBuf>,
    /// Where the export panel saves CSV files (default: `exports/` in the data directory).
    #[arg(long, value_name = "DIR")]
    pub export_dir: Option<std::path::PathBuf>,
    /// CUPS printer (queue) the application form is printed on (`lp -d`).
    #[arg(long, value_name = "QUEUE")]
    pub printer: Option<String>,
    /// Where application forms are saved as PDF (default: `forms/` in the data directory).
    #[arg(long, value_name = "DIR")]
    pub forms_dir: Option<std::path::PathBuf>,
}

pub fn run(common: &CommonArgs, args: &ClerkArgs) -> anyhow::Result<ExitCode> {
    let i18n = I18n::embedded();
    let ja = Lang::ja();
    let lang = match Lang::parse(&args.lang) {
        Some(lang) => lang,
        None => {
            eprintln!(
                "{}",
                i18n.tr_args(
                    &ja,
                    "board-error-language",
                    &[("code", args.lang.as_str().into())]
                )
            );
            return Ok(ExitCode::from(2));
        }
    };
    let catalog = match Catalog::load(args.procedures.as_deref()) {
        Ok(catalog) => catalog,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            return Ok(ExitCode::from(2));
        }
    };
    let saved = common.data_dir("clerk").join("device.token");
    let client = match args.station.connect(&saved, "MADOGUCHI_CLERK_TOKEN") {
        Ok(client) => client,
        Err(e) => {
            eprintln!("{}", i18n.render(&ja, &e.message()));
            return Ok(ExitCode::from(2));
        }
    };
    let mut options = ClerkOptions::new(client);
    options.catalog = Arc::new(catalog);
    options.counter = args.counter.clone();
    options.lang = lang;
    options.i18n = i18n;
    options.card = crate::card::system_reader();
    options.export_dir = args
        .export_dir
        .clone()
        .unwrap_or_else(|| common.data_dir("clerk").join("exports"));
    options.printer = args.printer.clone();
    options.forms_dir = args
        .forms_dir
        .clone()
        .unwrap_or_else(|| common.data_dir("clerk").join("forms"));
    clerk::run(options)?;
    Ok(ExitCode::SUCCESS)
}
