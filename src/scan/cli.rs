//! `madoguchi scan FILE...`: runs the kiosk's QR pipeline on image files.
//!
//! Prints one JSON line per image (folders are walked):
//! `{"file": "...", "codes": ["..."], "ms": 12.3}`; when a file cannot be
//! read, the line also has `"error"` (translated text). Exit status 0 even
//! when nothing is found or a file fails: the output says what happened.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::CommonArgs;
use crate::i18n::{I18n, Lang};

use super::decode::Pipeline;
use super::source::ImageSource;

#[derive(Debug, Clone, clap::Args)]
pub struct ScanArgs {
    /// Image files or folders.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Language of error texts (ja, en, …).
    #[arg(long, default_value = "ja")]
    pub lang: String,
}

/// Writes the JSON lines to `out`; returns how many files had codes.
pub fn scan_to(args: &ScanArgs, out: &mut dyn Write) -> std::io::Result<usize> {
    let i18n = I18n::embedded();
    let lang = Lang::parse(&args.lang).unwrap_or_else(Lang::ja);
    let pipeline = Pipeline::standard();
    let mut with_codes = 0;
    for (path, frame) in ImageSource::new(&args.files) {
        let line = match frame {
            Ok(frame) => {
                let outcome = pipeline.decode(&frame);
                with_codes += !outcome.codes.is_empty() as usize;
                serde_json::json!({
                    "file": path.display().to_string(),
                    "codes": outcome.codes,
                    "ms": (outcome.elapsed.as_secs_f64() * 1e4).round() / 10.0,
                })
            }
            Err(e) => serde_json::json!({
                "file": path.display().to_string(),
                "codes": [],
                "ms": 0.0,
                "error": i18n.render(&lang, &e.message()),
            }),
        };
        writeln!(out, "{line}")?;
    }
    Ok(with_codes)
}

pub fn run(_common: &CommonArgs, args: ScanArgs) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    scan_to(&args, &mut lock)?;
    Ok(ExitCode::SUCCESS)
}
