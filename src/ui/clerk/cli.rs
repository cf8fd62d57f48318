//! `madoguchi clerk`: the clerk console window.

use std::process::ExitCode;
use std::sync::Arc;

use crate::config::CommonArgs;
use crate::domain::Catalog;
use crate::i18n::{I18n, Lang};
use crate::sync::clerk::{HubClient, device_token};
use crate::ui::clerk::{self, ClerkOptions};

#[derive(Debug, Clone, clap::Args)]
pub struct ClerkArgs {
    /// The hub's address (default: the one saved at enrollment, else http://127.0.0.1:8750).
    #[arg(long, value_name = "URL")]
    pub hub: Option<String>,
    /// Device token of this `clerk-station` (else `MADOGUCHI_CLERK_TOKEN`, else the saved one).
    #[arg(long)]
    pub token: Option<String>,
    /// Enrollment code (or enrollment QR text) from `madoguchi hub enroll --role clerk-station`;
    /// the token is saved in the data directory.
    #[arg(long, value_name = "CODE")]
    pub enroll: Option<String>,
    /// The counter (desk) this station stands at.
    #[arg(long)]
    pub counter: Option<String>,
    /// Interface language: ja (default) or en; switchable in the window.
    #[arg(long, default_value = "ja")]
    pub lang: String,
    /// Procedure catalogue directory (default: the built-in one).
    #[arg(long, value_name = "DIR")]
    pub procedures: Option<std::path::PathBuf>,
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
    let token = args
        .token
        .clone()
        .or_else(|| std::env::var("MADOGUCHI_CLERK_TOKEN").ok());
    let runtime = tokio::runtime::Runtime::new()?;
    let found = runtime.block_on(device_token(
        args.hub.as_deref(),
        token.as_deref(),
        args.enroll.as_deref(),
        &saved,
    ));
    drop(runtime);
    let (hub, token) = match found {
        Ok(found) => found,
        Err(e) => {
            eprintln!("{}", i18n.render(&ja, &e.message()));
            return Ok(ExitCode::from(2));
        }
    };
    let mut options = ClerkOptions::new(HubClient::new(&hub, &token));
    options.catalog = Arc::new(catalog);
    options.counter = args.counter.clone();
    options.lang = lang;
    options.i18n = i18n;
    clerk::run(options)?;
    Ok(ExitCode::SUCCESS)
}
