//! `madoguchi relay [--config relay.toml] [--listen ADDR]`.
//!
//! The first line on stdout is `listening on ADDR` (the bound address), a
//! line for programs, as the hub's.

use std::process::ExitCode;

use super::{RelayConfig, RelayOptions};
use crate::cli::CommonArgs;
use crate::i18n::{I18n, Lang, Message};
use crate::publish::PageFiles;

#[derive(Debug, Clone, clap::Args)]
pub struct RelayCommand {
    /// Address to listen on, overriding the configuration (`127.0.0.1:0` picks a free port).
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
}

/// Runs the relay with `pages` (the wait pages' files) until the process ends.
pub fn run(common: &CommonArgs, cmd: RelayCommand, pages: PageFiles) -> anyhow::Result<ExitCode> {
    let path = common.config_file("relay");
    let config: RelayConfig = match crate::toml_file::load(&path) {
        Ok(config) => config,
        Err(problems) => {
            let i18n = I18n::embedded();
            eprintln!(
                "{}",
                i18n.render(&Lang::ja(), &Message::new("hub-cli-config-problems"))
            );
            for problem in &problems {
                eprintln!(
                    "  {}",
                    crate::toml_file::render_problem(&i18n, &Lang::ja(), problem)
                );
            }
            return Ok(ExitCode::from(2));
        }
    };
    let listen = cmd.listen.unwrap_or_else(|| config.listen.clone());
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&listen).await?;
        let addr = listener.local_addr()?;
        println!("listening on {addr}");
        tracing::info!(%addr, offices = config.offices.len(), "relay serving");
        super::serve_with(RelayOptions::new(config, pages), listener, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
    })?;
    Ok(ExitCode::SUCCESS)
}
