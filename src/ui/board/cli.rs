//! `madoguchi board`: the waiting-room display.

use std::process::ExitCode;

use crate::config::CommonArgs;
use crate::i18n::{I18n, Lang};
use crate::sync::clerk::StationArgs;
use crate::ui::board::{self, BoardOptions};

#[derive(Debug, Clone, clap::Args)]
pub struct BoardArgs {
    #[command(flatten)]
    pub station: StationArgs,
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
    let client = match args.station.connect(&saved, "MADOGUCHI_BOARD_TOKEN") {
        Ok(client) => client,
        Err(e) => {
            eprintln!("{}", i18n.render(&Lang::ja(), &e.message()));
            return Ok(ExitCode::from(2));
        }
    };
    let mut options = BoardOptions::new(client);
    options.languages = languages;
    options.caption_seconds = args.caption_seconds.max(1);
    options.fullscreen = !args.windowed;
    board::run(options)?;
    Ok(ExitCode::SUCCESS)
}
