//! `madoguchi card read` and `madoguchi card readers`: facilities staff test
//! a reader and a card with them.
//!
//! `read` takes the PIN from standard input (never from the command line,
//! where other users and the shell history would see it) and prints the four
//! items as one JSON line; nothing is written anywhere else.

use std::io::{BufRead, Write};
use std::process::ExitCode;
use std::time::Duration;

use crate::cli::CommonArgs;
use crate::i18n::{I18n, Lang};

use super::{CardError, CardReader, PcscReader, Pin, reader_names};

#[derive(Debug, clap::Subcommand)]
pub enum CardCommand {
    /// Read the basic four items (name, address, birth date, sex) of the card
    /// placed, with its 4-digit PIN from standard input; one JSON line.
    Read {
        /// Only this reader (default: the first with a card).
        #[arg(long, value_name = "NAME")]
        reader: Option<String>,
        /// Seconds to wait for a card.
        #[arg(long, default_value_t = 10)]
        wait: u64,
        /// Language of error texts (ja, en, …).
        #[arg(long, default_value = "ja")]
        lang: String,
    },
    /// List the card readers PC/SC knows, one per line.
    Readers {
        /// Language of error texts (ja, en, …).
        #[arg(long, default_value = "ja")]
        lang: String,
    },
}

pub fn run(_common: &CommonArgs, command: CardCommand) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (result, lang) = match command {
        CardCommand::Read { reader, wait, lang } => (read(reader, Duration::from_secs(wait)), lang),
        CardCommand::Readers { lang } => (reader_names().map(|names| names.join("\n")), lang),
    };
    let text = result.map_err(|error| {
        let lang = Lang::parse(&lang).unwrap_or_else(Lang::ja);
        anyhow::anyhow!(I18n::embedded().render(&lang, &error.message()))
    })?;
    if !text.is_empty() {
        writeln!(out, "{text}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn read(reader: Option<String>, wait: Duration) -> Result<String, CardError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|_| CardError::PinFormat)?;
    let pin = Pin::parse(&line)?;
    let reader = reader.map(PcscReader::named).unwrap_or_default();
    let four = reader.read(&pin, wait)?;
    Ok(serde_json::json!({
        "name": four.name,
        "address": four.address,
        "birth_date": four.birth_date.to_string(),
        "sex": four.sex,
    })
    .to_string())
}
