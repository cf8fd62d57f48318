//! `madoguchi`: CLI dispatch only. Each subcommand lives with its module.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use madoguchi::cli::CommonArgs;
use madoguchi::{
    card, config, domain, hub, i18n, paper, postal, preapp, print, relay, scan, site, speech, ui,
};

#[derive(Debug, Parser)]
#[command(
    name = "madoguchi",
    version,
    about = "Madoguchi: the smart window for ward offices"
)]
struct Cli {
    #[command(flatten)]
    common: CommonArgs,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Everything on one machine: kiosk window, embedded hub, sample data (the default).
    Demo {
        /// Open in a window instead of fullscreen.
        #[arg(long)]
        windowed: bool,
        /// Only the kiosk: no clerk console or board windows.
        #[arg(long)]
        kiosk_only: bool,
    },
    /// The resident kiosk (fullscreen).
    Kiosk(ui::kiosk::cli::KioskArgs),
    /// The clerk console.
    Clerk(ui::clerk::cli::ClerkArgs),
    /// The waiting-room board (fullscreen).
    Board(ui::board::cli::BoardArgs),
    /// The office hub: store, queue numbers, sync, status page.
    Hub(hub::cli::HubCommand),
    /// Wait anywhere: the public relay of the offices' published numbers (relay.toml).
    Relay(relay::cli::RelayCommand),
    /// The procedure catalogue.
    Catalog(domain::cli::CatalogArgs),
    /// Configuration files.
    #[command(subcommand)]
    Config(config::cli::ConfigCommand),
    /// Office key pair for encrypted pre-applications.
    Keygen(preapp::cli::KeygenArgs),
    /// Make and read pre-application payloads and QR images.
    #[command(subcommand)]
    Preapp(preapp::cli::PreappCommand),
    /// Run the kiosk's QR pipeline on image files (one JSON line per file).
    Scan(scan::cli::ScanArgs),
    /// Translations.
    #[command(subcommand)]
    I18n(i18n::cli::I18nCommand),
    /// The residents' pre-application web page, as a folder to host.
    #[command(subcommand)]
    Site(site::cli::SiteCommand),
    /// Japan Post's postal codes: import the monthly file, look up a code.
    #[command(subcommand)]
    Postal(postal::cli::PostalCommand),
    /// My Number card readers: list them, read a card's basic four items (PIN on stdin).
    #[command(subcommand)]
    Card(card::cli::CardCommand),
    /// The receipt printer: a sample ticket slip, on paper or as an image.
    #[command(subcommand)]
    Print(print::cli::PrintCommand),
    /// What the board or the kiosk would say, as a WAV file.
    Speak(speech::cli::SpeakArgs),
    /// The application form on paper: render a form or record as PDF.
    #[command(subcommand)]
    Form(paper::cli::FormCommand),
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let common = &cli.common;
    let result = match cli.command {
        None => ui::demo::run(&CommonArgs::default(), false, false),
        Some(Command::Demo {
            windowed,
            kiosk_only,
        }) => ui::demo::run(common, !windowed, kiosk_only),
        Some(Command::Clerk(args)) => ui::clerk::cli::run(common, &args),
        Some(Command::Board(args)) => ui::board::cli::run(common, &args),
        Some(Command::Kiosk(args)) => ui::kiosk::cli::run(common, &args),
        Some(Command::Hub(command)) => hub::cli::run(common, command),
        Some(Command::Relay(command)) => site::wait_page::files()
            .map_err(anyhow::Error::from)
            .and_then(|pages| relay::cli::run(common, command, pages)),
        Some(Command::Catalog(args)) => domain::cli::run(common, args),
        Some(Command::Config(command)) => config::cli::run(common, command),
        Some(Command::Keygen(args)) => preapp::cli::run_keygen(common, args),
        Some(Command::Preapp(command)) => preapp::cli::run(common, command),
        Some(Command::Scan(args)) => scan::cli::run(common, args),
        Some(Command::I18n(command)) => i18n::cli::run(common, command),
        Some(Command::Site(command)) => site::cli::run(common, command),
        Some(Command::Postal(command)) => postal::cli::run(common, command),
        Some(Command::Card(command)) => card::cli::run(common, command),
        Some(Command::Print(command)) => print::cli::run(common, command),
        Some(Command::Speak(args)) => speech::cli::run(common, args),
        Some(Command::Form(command)) => paper::cli::run(common, command),
    };
    result.unwrap_or_else(|error| {
        eprintln!("madoguchi: {error:#}");
        ExitCode::FAILURE
    })
}
