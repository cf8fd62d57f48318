//! `madoguchi site build`: the resident's pre-application page as a folder a
//! ward hosts as it is (any HTTPS web host; no server code).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;

use super::{SiteInput, files, postal, site_data, write};
use crate::cli::{CommonArgs, default_config_dir};
use crate::config::hub::HubConfig;
use crate::config::kiosk::KioskConfig;
use crate::config::{self, ConfigProblem};
use crate::postal::PostalIndex;
use crate::preapp::{PublicKey, limits};

/// `madoguchi site …`
#[derive(Debug, Clone, clap::Subcommand)]
pub enum SiteCommand {
    /// Write the page (index.html, app.js, app.css, data.js, postal/NNN.json) into a folder.
    Build(BuildArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct BuildArgs {
    /// The office public key (`office.pub` from `madoguchi keygen`) the page seals to.
    #[arg(long, value_name = "office.pub")]
    pub office_key: PathBuf,
    /// The hub's configuration: office name, services and their counters
    /// (default: config/hub.toml). `--config` is the kiosk's: offer, languages, catalogue.
    #[arg(long, value_name = "FILE")]
    pub hub_config: Option<PathBuf>,
    /// The folder to write (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Largest QR version of one code before the page splits it into parts.
    #[arg(long, default_value_t = limits::DEFAULT_MAX_QR_VERSION, value_parser = clap::value_parser!(u8).range(1..=40))]
    pub max_qr_version: u8,
    /// The folder of the postal index (`postal.sqlite`, from `madoguchi postal
    /// import`) to write `postal/NNN.json` from (default: the postal data
    /// directory, when it has an index). Without one the page asks addresses
    /// without postal data.
    #[arg(long, value_name = "DIR")]
    pub postal_data: Option<PathBuf>,
}

fn loaded<T>(result: Result<T, Vec<ConfigProblem>>) -> Result<T, ExitCode> {
    result.map_err(|problems| {
        for problem in &problems {
            eprintln!("{problem}");
        }
        ExitCode::from(2)
    })
}

pub fn run(common: &CommonArgs, command: SiteCommand) -> anyhow::Result<ExitCode> {
    let SiteCommand::Build(args) = command;
    let kiosk = match loaded(config::load::<KioskConfig>(&common.config_file("kiosk"))) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let hub_path = args
        .hub_config
        .clone()
        .unwrap_or_else(|| default_config_dir().join("hub.toml"));
    let hub = match loaded(config::load::<HubConfig>(&hub_path)) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let catalog = match loaded(kiosk.catalog()) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let key = read_key(&args.office_key)?;
    let postal_dir = args
        .postal_data
        .clone()
        .unwrap_or_else(|| common.data_dir(crate::postal::cli::ROLE));
    let postal_files = match PostalIndex::open(&postal_dir) {
        Ok(index) => postal::postal_files(&index)?,
        // Asked for by name: it must be there.
        Err(error) if args.postal_data.is_some() => anyhow::bail!("{error}"),
        Err(_) => BTreeMap::new(),
    };
    let mut data = site_data(&SiteInput::from_configs(&catalog, &kiosk, &hub, &key));
    data.preapp.max_qr_version = args.max_qr_version;
    data.postal = !postal_files.is_empty();
    let mut files = files(&data)?;
    let page_files: Vec<String> = files.keys().cloned().collect();
    let postal_bytes: usize = postal_files.values().map(Vec::len).sum();
    let postal_count = postal_files.len();
    files.extend(postal_files);
    std::fs::create_dir_all(&args.out)?;
    write(&args.out, &files)?;
    println!(
        "{}",
        json!({
            "out": args.out.display().to_string(),
            "files": page_files,
            "bytes": files.values().map(Vec::len).sum::<usize>() - postal_bytes,
            "postal_files": postal_count,
            "postal_bytes": postal_bytes,
            "key_id": data.office.key_id,
        })
    );
    Ok(ExitCode::SUCCESS)
}

fn read_key(path: &Path) -> anyhow::Result<PublicKey> {
    let text =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    PublicKey::from_text(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}
