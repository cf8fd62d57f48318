//! `madoguchi print slip`: a sample slip on a printer, or as a PNG.
//!
//! The sample is the facilities panel's test print ([`Slip::sample`]), so
//! facilities staff can check a printer (and its paper width) before the
//! kiosk uses it, and `--out` shows the slip without any printer.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::CommonArgs;
use crate::i18n::{I18n, Lang, Message};

use super::{Paper, PrinterUri, Slip, SlipPrinter};

#[derive(Debug, Clone, clap::Subcommand)]
pub enum PrintCommand {
    /// Print a sample ticket slip (the facilities panel's test print).
    Slip(SlipArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct SlipArgs {
    /// `tcp://HOST:9100` or `usb:/dev/usb/lp0`.
    #[arg(long, value_name = "URI", required_unless_present = "out")]
    pub printer: Option<String>,
    /// Write the slip as a PNG image instead of printing it.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The resident's language (the slip's last line).
    #[arg(long, default_value = "ja")]
    pub lang: String,
    /// Paper width in millimetres: 58 or 80.
    #[arg(long, default_value_t = 58)]
    pub paper: u16,
    /// The office name at the top (default: a sample name).
    #[arg(long)]
    pub office: Option<String>,
}

pub fn run(_common: &CommonArgs, command: PrintCommand) -> anyhow::Result<ExitCode> {
    let PrintCommand::Slip(args) = command;
    let i18n = I18n::embedded();
    let ja = Lang::ja();
    let say = |message: Message| i18n.render(&ja, &message);
    let lang = Lang::parse(&args.lang).ok_or_else(|| {
        anyhow::anyhow!(
            "{}",
            say(Message::new("print-cli-lang").arg("lang", args.lang.as_str()))
        )
    })?;
    let paper = Paper::from_mm(args.paper).ok_or_else(|| {
        anyhow::anyhow!(
            "{}",
            say(Message::new("config-kiosk-printer-paper").arg("paper", args.paper))
        )
    })?;
    let office = args
        .office
        .clone()
        .unwrap_or_else(|| say(Message::new("print-slip-sample-office")));
    let slip = Slip::sample(&office, lang, chrono::Utc::now());
    let printer = SlipPrinter::new(i18n.clone());
    if let Some(out) = &args.out {
        printer.render(&slip, paper).to_image().save(out)?;
        println!(
            "{}",
            say(Message::new("print-cli-written").arg("file", out.display().to_string()))
        );
    }
    if let Some(uri) = &args.printer {
        let uri = PrinterUri::parse(uri).map_err(|e| anyhow::anyhow!("{}", say(e.message())))?;
        match printer.print(&uri, paper, &slip) {
            Ok(answered) => {
                let state = match answered {
                    Some(state) => say(super::transport::state_message(state)),
                    None => say(Message::new("print-state-unknown")),
                };
                println!(
                    "{}",
                    say(Message::new("print-cli-printed")
                        .arg("printer", uri.to_string())
                        .arg("state", state))
                );
            }
            Err(error) => anyhow::bail!("{}", say(error.message())),
        }
    }
    Ok(ExitCode::SUCCESS)
}
