//! `madoguchi board`: the waiting-room display.

use std::process::ExitCode;

use crate::config::CommonArgs;
use crate::i18n::{I18n, Lang};
use crate::sync::clerk::{HubClient, device_token};
use crate::ui::board::{self, BoardOptions};

#[derive(Debug, Clone, clap::Args)]
pub struct BoardArgs {
    /// The hub's address (default: the one saved at enrollment, else http://127.0.0.1:8750).
    #[arg(long, value_name = "URL")]
    pub hub: Option<String>,
    /// Device token of a `board` device (else `MADOGUCHI_BOARD_TOKEN`, else the saved one).
    #[arg(long)]
    pub token: Option<String>,
    /// Enrollment code (or enrollment QR text) from `madoguchi hub enroll --role board`;
    /// the token is saved in the data directory.
    #[arg(long, value_name = "CODE")]
    pub enroll: Option<String>,
    /// Caption languages in order, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "ja,ja-x-easy,en")]
    pub languages: Vec<String>,
    /// Seconds per caption language.
    #[arg(long, default_value_t = 8)]
    pub caption_seconds: u64,
    /// Open in a window instead of fullscreen.
    #[arg(long)]
    pub windowed: bool,
}

pub fn run(common: &CommonArgs, args: &BoardArgs) -> anyhow::Result<ExitCode> {
    let i18n = I18n::embedded();
    let mut languages = Vec::new();
    for code in &args.languages {
        match Lang::parse(code) {
            Some(lang) => languages.push(lang),
            None => {
                eprintln!(
                    "{}",
                    i18n.tr_args(
                        &Lang::ja(),
                        "board-error-language",
                        &[("code", code.as_str().into())]
                    )
                );
                return Ok(ExitCode::from(2));
            }
        }
    }
    if languages.is_empty() {
        languages = board::default_languages();
    }
    let saved = common.data_dir("board").join("device.token");
    let runtime = tokio::runtime::Runtime::new()?;
    let token = args
        .token
        .clone()
        .or_else(|| std::env::var("MADOGUCHI_BOARD_TOKEN").ok());
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
            eprintln!("{}", i18n.render(&Lang::ja(), &e.message()));
            return Ok(ExitCode::from(2));
        }
    };
    let mut options = BoardOptions::new(HubClient::new(&hub, &token));
    options.languages = languages;
    options.caption_seconds = args.caption_seconds.max(1);
    options.fullscreen = !args.windowed;
    board::run(options)?;
    Ok(ExitCode::SUCCESS)
}
