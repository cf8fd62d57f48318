//! `madoguchi kiosk`: the resident kiosk window.

use std::io::BufRead;
use std::process::ExitCode;
use std::sync::Arc;

use crate::config::{self, CommonArgs};
use crate::ui::kiosk::admin::hash_pin;
use crate::ui::service::{InMemoryTicketService, TicketService};
use crate::ui::{KioskOptions, KioskSettings, run_kiosk};

#[derive(Debug, Clone, Default, clap::Args)]
pub struct KioskArgs {
    /// Open in a window instead of fullscreen.
    #[arg(long)]
    pub windowed: bool,
    /// Read a PIN from standard input, print its argon2 hash for
    /// `admin_pin_hash` in kiosk.toml, and exit.
    #[arg(long)]
    pub hash_pin: bool,
}

/// Runs the kiosk with its configuration file and the given queue service.
pub fn run_with_service(
    common: &CommonArgs,
    args: &KioskArgs,
    service: Arc<dyn TicketService>,
) -> anyhow::Result<ExitCode> {
    if args.hash_pin {
        return print_pin_hash();
    }
    let path = common.config_file("kiosk");
    let settings: KioskSettings = match config::load(&path) {
        Ok(settings) => settings,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            return Ok(ExitCode::from(2));
        }
    };
    let mut options = KioskOptions::new(settings, service).from_env();
    options.fullscreen = !args.windowed;
    run_kiosk(options)?;
    Ok(ExitCode::SUCCESS)
}

/// `madoguchi kiosk`. Until the hub client is wired in, numbers come from
/// an in-memory queue on this kiosk, and a warning says so.
pub fn run(common: &CommonArgs, args: &KioskArgs) -> anyhow::Result<ExitCode> {
    tracing::warn!("no hub client configured: queue numbers come from this kiosk's memory");
    run_with_service(common, args, Arc::new(InMemoryTicketService::sample()))
}

/// The kiosk window of `madoguchi demo`: sample services, demo PIN 1234.
pub fn run_demo(fullscreen: bool) -> anyhow::Result<ExitCode> {
    let mut options = KioskOptions::demo().from_env();
    options.fullscreen = fullscreen;
    run_kiosk(options)?;
    Ok(ExitCode::SUCCESS)
}

fn print_pin_hash() -> anyhow::Result<ExitCode> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    let pin = line.trim();
    if pin.len() < 4 || !pin.bytes().all(|b| b.is_ascii_digit()) {
        eprintln!("{}", crate::i18n::Message::new("kiosk-cli-pin-invalid"));
        return Ok(ExitCode::from(2));
    }
    println!("{}", hash_pin(pin).map_err(|e| anyhow::anyhow!("{e}"))?);
    Ok(ExitCode::SUCCESS)
}
