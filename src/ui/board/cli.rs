//! `madoguchi board`: the waiting-room display.

use std::process::ExitCode;

use crate::cli::CommonArgs;
use crate::i18n::Message;
use crate::i18n::{I18n, Lang};
use crate::sound::Chime;
use crate::speech::Engines;
use crate::speech::queue::Speaker;
use crate::sync::SyncError;
use crate::sync::board::BoardClient;
use crate::sync::clerk::{DEFAULT_HUB, StationArgs};
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
    /// No chime and no voice when a number is called (the board still highlights it).
    #[arg(long)]
    pub mute: bool,
    /// Loudness of the chime and the voice, 0 (silent) to 1 (full).
    #[arg(long, default_value_t = 1.0)]
    pub volume: f32,
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
        Ok(hub) => BoardClient::from(hub),
        Err(e) => {
            eprintln!(
                "{}",
                i18n.render(&Lang::ja(), &start_error(&args.station, &e))
            );
            return Ok(ExitCode::from(2));
        }
    };
    let mut options = BoardOptions::new(client);
    options.languages = languages;
    options.caption_seconds = args.caption_seconds.max(1);
    options.fullscreen = !args.windowed;
    if !args.mute {
        // The speaker plays the chime before each call; the chime's own
        // player is for builds without an audio device for speech.
        options.speaker = Speaker::on_device(Engines::installed(), args.volume);
        if !options.speaker.is_on() {
            options.chime = Chime::start();
        }
    }
    board::run(options)?;
    Ok(ExitCode::SUCCESS)
}

/// Why the board cannot start, in the board's words: an unreachable hub
/// (while enrolling) names the hub instead of the kiosk's "saved on this
/// device" wording that [`SyncError::message`] gives.
pub fn start_error(station: &StationArgs, error: &SyncError) -> Message {
    match error {
        SyncError::Offline(_) => {
            let from_qr = station
                .enroll
                .as_deref()
                .and_then(crate::hub::cli::parse_enrollment_qr)
                .map(|qr| qr.hub_url);
            let hub = station.hub.clone().or(from_qr);
            Message::new("board2-error-unreachable")
                .arg("hub", hub.as_deref().unwrap_or(DEFAULT_HUB))
        }
        other => other.message(),
    }
}
