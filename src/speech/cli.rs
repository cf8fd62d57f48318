//! `madoguchi speak`: what the board or the kiosk would say, as a WAV file,
//! for facilities staff to check a voice.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::CommonArgs;
use crate::i18n::{I18n, Lang, Message};

use super::{Engines, spoken};

#[derive(Debug, Clone, clap::Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["call", "text"])))]
pub struct SpeakArgs {
    /// The language spoken (ja, ja-x-easy, en, zh-Hans, …).
    #[arg(long)]
    pub lang: String,
    /// A ticket number to call, as the board says it (with --counter).
    #[arg(long, requires = "counter")]
    pub call: Option<String>,
    /// The counter the number is called to.
    #[arg(long)]
    pub counter: Option<String>,
    /// Say the call as a recall.
    #[arg(long, requires = "call")]
    pub recall: bool,
    /// Any text, as the kiosk reads its screens.
    #[arg(long)]
    pub text: Option<String>,
    /// Where the WAV file is written.
    #[arg(long)]
    pub out: PathBuf,
    /// Print espeak-ng's phonemes of what is said too (a second line; for
    /// the languages espeak-ng speaks).
    #[arg(long)]
    pub phonemes: bool,
}

/// The text `args` ask for, or why not.
pub fn spoken_text(i18n: &I18n, args: &SpeakArgs) -> Result<(Lang, String), Message> {
    let lang = Lang::parse(&args.lang)
        .ok_or_else(|| Message::new("speech-error-language").arg("code", args.lang.as_str()))?;
    let text = match (&args.call, &args.text) {
        (Some(number), _) => spoken::call_text(
            i18n,
            lang,
            number,
            args.counter.as_deref().unwrap_or_default(),
            args.recall,
        ),
        (None, Some(text)) => text.clone(),
        (None, None) => String::new(),
    };
    Ok((lang, text))
}

pub fn run(_common: &CommonArgs, args: SpeakArgs) -> anyhow::Result<ExitCode> {
    let i18n = I18n::embedded();
    let (lang, text) = match spoken_text(&i18n, &args) {
        Ok(found) => found,
        Err(message) => {
            eprintln!("{}", i18n.render(&Lang::ja(), &message));
            return Ok(ExitCode::from(2));
        }
    };
    let engines = Engines::installed();
    let said = engines.synthesize(lang, &text).and_then(|wav| {
        let phonemes = match args.phonemes {
            true => engines.phonemes(lang, &text)?,
            false => None,
        };
        Ok((wav, phonemes))
    });
    match said {
        Ok((wav, phonemes)) => {
            std::fs::write(&args.out, wav.to_bytes())?;
            println!("{text}");
            if let Some(phonemes) = phonemes {
                println!("{phonemes}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("{}", i18n.render(&Lang::ja(), &error.message()));
            Ok(ExitCode::FAILURE)
        }
    }
}
