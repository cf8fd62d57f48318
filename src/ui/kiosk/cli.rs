//! `madoguchi kiosk`.
//!
//! `kiosk` reads `kiosk.toml` (`--config`, default `config/kiosk.toml`),
//! opens the outbox in the data folder (`--data-dir`, or `[paths] data_dir`),
//! reads the device token saved at enrollment and talks to the hub of
//! `hub_url` through [`HubTicketService`]. A kiosk without a token starts
//! offline, so staff can enroll it from the facilities panel.

use std::io::BufRead;
use std::process::ExitCode;
use std::sync::Arc;

use super::KioskOptions;
use super::service::{HubTicketService, NotEnrolled, TicketService, UnreachableTicketService};
use crate::cli::CommonArgs;
use crate::config;
use crate::config::kiosk::{KioskConfig, hash_pin};
use crate::ui::run_kiosk;

#[derive(Debug, Clone, Default, clap::Args)]
pub struct KioskArgs {
    /// Open in a window instead of fullscreen.
    #[arg(long)]
    pub windowed: bool,
    /// Read a PIN from standard input, print its argon2 hash for
    /// `[admin] pin_hash` in kiosk.toml, and exit.
    #[arg(long)]
    pub hash_pin: bool,
}

/// Loads `kiosk.toml`, printing every problem with its line.
pub fn load_config(common: &CommonArgs) -> Result<KioskConfig, ExitCode> {
    let path = common.config_file("kiosk");
    config::load::<KioskConfig>(&path).map_err(|problems| {
        for problem in &problems {
            eprintln!("{problem}");
        }
        ExitCode::from(2)
    })
}

/// `madoguchi kiosk`.
pub fn run(common: &CommonArgs, args: &KioskArgs) -> anyhow::Result<ExitCode> {
    if args.hash_pin {
        return print_pin_hash();
    }
    let config = match load_config(common) {
        Ok(config) => config,
        Err(code) => return Ok(code),
    };
    let data_dir = match (&common.data_dir, &config.paths.data_dir) {
        (None, Some(dir)) => {
            crate::cli::create_private_dir(dir)?;
            dir.clone()
        }
        _ => common.data_dir("kiosk"),
    };
    // The hub client's own runtime: iced's executor drives the window, this
    // one the outbox push, which must go on while a resident is on screen.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("madoguchi-sync")
        .enable_all()
        .build()?;
    let service: Arc<dyn TicketService> =
        match HubTicketService::start(&config, &data_dir, runtime.handle().clone()) {
            Ok(service) => Arc::new(service),
            // First start: offline until staff enroll it from the panel (and restart it).
            Err(error) if error.is::<NotEnrolled>() => {
                tracing::warn!(%error, "starting unenrolled");
                eprintln!("{error}");
                Arc::new(UnreachableTicketService(Vec::new()))
            }
            Err(error) => return Err(error),
        };
    let fullscreen = config.display.fullscreen && !args.windowed;
    let mut options = KioskOptions::new(config, service)
        .with_postal_index(&common.data_dir(crate::postal::cli::ROLE))
        .with_card_reader_if_present();
    options.fullscreen = fullscreen;
    options.speaker =
        crate::speech::queue::Speaker::on_device(crate::speech::Engines::installed(), 1.0);
    // The facilities panel saves to the file read here and writes the
    // enrollment token under the data folder.
    options.config_path = Some(common.config_file("kiosk"));
    options.data_dir = Some(data_dir);
    run_kiosk(options)?;
    Ok(ExitCode::SUCCESS)
}

fn print_pin_hash() -> anyhow::Result<ExitCode> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let pin = line.trim();
    if pin.len() < 4 || !pin.bytes().all(|b| b.is_ascii_digit()) {
        eprintln!(
            "{}",
            crate::i18n::I18n::embedded().render(
                &crate::i18n::Lang::ja(),
                &crate::i18n::Message::new("kiosk-cli-pin-invalid")
            )
        );
        return Ok(ExitCode::from(2));
    }
    println!("{}", hash_pin(pin).map_err(|e| anyhow::anyhow!("{e}"))?);
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_kiosk_toml_loads() {
        let common = CommonArgs {
            config: Some(concat!(env!("CARGO_MANIFEST_DIR"), "/config/kiosk.toml").into()),
            data_dir: None,
        };
        let config = load_config(&common).expect("config/kiosk.toml is valid");
        assert_eq!(config.ticket_linger_secs, 20);
        assert!(
            config.check_pin(crate::ui::DEMO_PIN),
            "the documented demo PIN"
        );
        assert!(!config.check_pin("0000"));
    }
}
