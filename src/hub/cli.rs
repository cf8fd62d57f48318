//! `madoguchi hub`: run the hub, enroll devices, add clerks, verify the audit log.
//!
//! ```text
//! madoguchi hub [--listen ADDR] [--insecure] [--config FILE] [--data-dir DIR]
//! madoguchi hub enroll --name NAME --role kiosk|board|clerk-station [--hub-url URL]
//! madoguchi hub clerk add --id ID            (the PIN on stdin, or asked for)
//! madoguchi hub clerk disable --id ID
//! madoguchi hub devices
//! madoguchi hub revoke --id N
//! madoguchi hub publish-key
//! madoguchi hub audit verify
//! madoguchi hub audit digest [--json] VALUE
//! ```
//!
//! `audit digest` prints the keyed digest the audit log keeps of a value
//! (an edited field's old or new value, a reject reason), computed with the
//! office's `audit.key`, for an auditor to compare with an entry: `VALUE` is
//! text, or with `--json` any JSON value (a count such as `2`).
//!
//! When serving, the first line on stdout is `listening on ADDR` (the bound
//! address, useful with `--listen 127.0.0.1:0`): it is a line for programs
//! (tests, the demo launcher), so it is not translated.
//!
//! The enrollment QR carries `madoguchi-enroll:1?hub=URL&code=CODE`, and
//! for an HTTPS hub `&ca=FINGERPRINT` (SHA-256 of the CA devices pin, see
//! [`super::tls`]); the kiosk's setup screen reads it and calls
//! `POST /api/v1/devices/enroll` ([`crate::sync::enroll`]).
//! The store is SQLite in WAL mode, so these commands work while the hub runs.
//!
//! A PIN is never an argument: the command line is visible to every user of
//! the machine (`ps`) and kept in shell history. `clerk add` reads it from
//! stdin (`echo 2468 | madoguchi hub clerk add --id c1`), asking for it when
//! stdin is a terminal.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chrono::Utc;

use super::api::Role;
use super::tls::{self, TransportError};
use super::{HubOptions, auth, server};
use crate::cli::CommonArgs;
use crate::config::{self, hub::HubConfig};
use crate::i18n::{I18n, Lang, Message};
use crate::store::{self, audit};

#[derive(Debug, Clone, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct HubCommand {
    /// Address to listen on, overriding the configuration (`127.0.0.1:0` picks a free port).
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<String>,
    /// Serve plain HTTP on the LAN (as `insecure = true` in hub.toml): names and tokens cross the network in clear.
    #[arg(long)]
    pub insecure: bool,
    /// Publish the office's numbers to a relay (`https://…`) or a directory,
    /// besides `[publish] targets` (repeatable; see docs/wait-anywhere.md).
    #[arg(long = "publish", value_name = "URL|DIR")]
    pub publish: Vec<String>,
    #[command(subcommand)]
    pub action: Option<HubAction>,
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum HubAction {
    /// Make a one-time enrollment code (and its QR) for a new device.
    Enroll {
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = ["kiosk", "board", "clerk-station"])]
        role: String,
        /// Address devices use to reach the hub (default: from the listen address).
        #[arg(long, value_name = "URL")]
        hub_url: Option<String>,
    },
    /// Manage clerk logins.
    Clerk {
        #[command(subcommand)]
        action: ClerkAction,
    },
    /// List enrolled and pending devices.
    Devices,
    /// Revoke a device (lost or replaced kiosk): its token stops working.
    Revoke {
        /// The device number shown by `madoguchi hub devices`.
        #[arg(long)]
        id: i64,
    },
    /// Print the office's public publishing key, for a relay's `[[office]] public_key`
    /// (the key is made on first use, owner-only, beside the hub's other keys).
    PublishKey,
    /// Check the audit log.
    Audit {
        #[command(subcommand)]
        action: AuditAction,
    },
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum ClerkAction {
    /// Add a clerk, or set a new PIN for an existing one (which ends their
    /// sessions). The PIN, 4 to 12 digits, is read from stdin.
    Add {
        #[arg(long)]
        id: String,
    },
    /// Disable a clerk: no more logins, and their sessions end at once.
    Disable {
        #[arg(long)]
        id: String,
    },
}

#[derive(Debug, Clone, clap::Subcommand)]
pub enum AuditAction {
    /// Recompute the hash chain; exit status 1 if an entry was altered.
    Verify,
    /// Print the keyed digest the log keeps of a value (needs audit.key).
    Digest {
        /// The value: text, or JSON with --json.
        value: String,
        #[arg(long)]
        json: bool,
    },
}

/// The terminal's language: English when `LANG` says so, Japanese otherwise.
fn cli_lang() -> Lang {
    std::env::var("LC_ALL")
        .or_else(|_| std::env::var("LANG"))
        .ok()
        .and_then(|l| {
            Lang::from_accept_language(
                l.split('.')
                    .next()
                    .unwrap_or_default()
                    .replace('_', "-")
                    .as_str(),
            )
        })
        .unwrap_or_else(Lang::ja)
}

fn say(message: &Message) -> String {
    I18n::embedded().render(&cli_lang(), message)
}

/// Loads the hub configuration, printing every problem.
pub fn load_config(common: &CommonArgs) -> Result<HubConfig, ExitCode> {
    let path = common.config_file("hub");
    config::load::<HubConfig>(&path).map_err(|problems| {
        eprintln!("{}", say(&Message::new("hub-cli-config-problems")));
        for p in problems {
            let location = p
                .line
                .map(|l| format!("{}:{l}", p.file.display()))
                .unwrap_or(p.file.display().to_string());
            eprintln!("  {location}: {}", say(&p.message));
        }
        ExitCode::from(2)
    })
}

pub fn run(common: &CommonArgs, cmd: HubCommand) -> anyhow::Result<ExitCode> {
    run_with_input(common, cmd, &mut std::io::stdin().lock())
}

/// [`run`] reading what it asks for (a clerk's PIN) from `input`.
pub fn run_with_input(
    common: &CommonArgs,
    cmd: HubCommand,
    input: &mut dyn BufRead,
) -> anyhow::Result<ExitCode> {
    let mut config = match load_config(common) {
        Ok(config) => config,
        Err(code) => return Ok(code),
    };
    config.insecure |= cmd.insecure;
    config.publish.targets.extend(cmd.publish);
    let data_dir = common.data_dir("hub");
    match cmd.action {
        None => {
            let postal_dir = common.data_dir(crate::postal::cli::ROLE);
            // A static directory gets the waiting pages beside its data;
            // a relay serves its own, so only then are they required.
            let to_directory = config.publish.targets.iter().any(|text| {
                matches!(
                    super::publish::Target::parse(text),
                    Ok(super::publish::Target::Directory(_))
                )
            });
            let mut options = HubOptions::new(config, &data_dir).with_postal_dir(postal_dir);
            if to_directory {
                options = options.with_pages(crate::site::wait_page::files()?);
            }
            serve(options, cmd.listen)
        }
        Some(HubAction::Enroll {
            name,
            role,
            hub_url,
        }) => {
            let role = Role::parse(&role).context("role")?;
            let listen = cmd.listen.unwrap_or_else(|| config.listen.clone());
            let (scheme, ca_fingerprint) = match enrollment_trust(&config, &data_dir, &listen) {
                Ok(trust) => trust,
                Err(e) => {
                    eprintln!("{}", say(&e.0));
                    return Ok(ExitCode::from(2));
                }
            };
            let code = enroll_device(&data_dir, &name, role)?;
            // Devices need an address they can reach: the first name of the
            // certificate when there is one, else the listen address.
            let host = config
                .tls
                .names
                .first()
                .map(|name| match listen.rsplit_once(':') {
                    Some((_, port)) if name.parse::<std::net::Ipv6Addr>().is_ok() => {
                        format!("[{name}]:{port}")
                    }
                    Some((_, port)) => format!("{name}:{port}"),
                    None => name.clone(),
                })
                .unwrap_or(listen);
            let enrollment = Enrollment {
                hub_url: hub_url.unwrap_or_else(|| format!("{scheme}://{host}")),
                code: code.clone(),
                ca_fingerprint,
            };
            let text = enrollment_qr_text(&enrollment);
            println!(
                "{}",
                say(&Message::new("hub-cli-enroll-code")
                    .arg("name", name)
                    .arg("role", role.as_str())
                    .arg("code", code))
            );
            println!("{}", qr_for_terminal(&text)?);
            println!("{text}");
            println!(
                "{}",
                say(&Message::new("hub-cli-enroll-hint").arg("hours", store::hub::CODE_VALID_HOURS))
            );
            if let Some(fingerprint) = &enrollment.ca_fingerprint {
                println!(
                    "{}",
                    say(&Message::new("hub-cli-enroll-fingerprint").arg("fingerprint", fingerprint))
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(HubAction::Clerk {
            action: ClerkAction::Add { id },
        }) => {
            if std::io::stdin().is_terminal() {
                eprint!("{} ", say(&Message::new("hub-cli-pin-prompt")));
            }
            let mut line = String::new();
            input.read_line(&mut line)?;
            let pin = line.trim();
            if !auth::pin_is_valid(pin) {
                eprintln!("{}", say(&Message::new("hub-error-pin")));
                return Ok(ExitCode::from(2));
            }
            match add_clerk(&data_dir, &id, pin) {
                Ok(()) => {
                    println!(
                        "{}",
                        say(&Message::new("hub-cli-clerk-added").arg("id", id))
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("{}", say(&e.message()));
                    Ok(ExitCode::from(2))
                }
            }
        }
        Some(HubAction::Clerk {
            action: ClerkAction::Disable { id },
        }) => {
            let mut conn = store::hub::open(&data_dir)
                .map_err(|e| anyhow::anyhow!("{}", say(&e.message())))?;
            let tx = conn.transaction()?;
            match store::hub::disable_clerk(&tx, &id, Utc::now(), "cli") {
                Ok(()) => {
                    tx.commit()?;
                    println!(
                        "{}",
                        say(&Message::new("hub-cli-clerk-disabled").arg("id", id))
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("{}", say(&e.message()));
                    Ok(ExitCode::from(2))
                }
            }
        }
        Some(HubAction::PublishKey) => {
            let key = crate::publish::PublishingKey::load_or_create(&data_dir)?;
            println!("{}", key.public_key());
            Ok(ExitCode::SUCCESS)
        }
        Some(HubAction::Devices) => {
            let conn = store::hub::open(&data_dir)
                .map_err(|e| anyhow::anyhow!("{}", say(&e.message())))?;
            // A table for staff; the column values are data, not prose.
            for d in store::hub::devices(&conn)? {
                println!(
                    "{:>4}  {:<14} {:<9} {}  {}",
                    d.id, d.role, d.state, d.created_at, d.name
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(HubAction::Revoke { id }) => {
            let mut conn = store::hub::open(&data_dir)
                .map_err(|e| anyhow::anyhow!("{}", say(&e.message())))?;
            let tx = conn.transaction()?;
            match store::hub::revoke_device(&tx, id, Utc::now(), "cli") {
                Ok(()) => {
                    tx.commit()?;
                    println!("{}", say(&Message::new("hub-cli-revoked").arg("id", id)));
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!("{}", say(&e.message()));
                    Ok(ExitCode::from(2))
                }
            }
        }
        Some(HubAction::Audit {
            action: AuditAction::Digest { value, json },
        }) => {
            let value = if json {
                serde_json::from_str(&value).context("--json: the value is not JSON")?
            } else {
                serde_json::Value::String(value)
            };
            let key = audit::AuditKey::load(&data_dir)
                .map_err(|e| anyhow::anyhow!("{}", say(&e.message())))?;
            println!("{}", key.digest(&value));
            Ok(ExitCode::SUCCESS)
        }
        Some(HubAction::Audit {
            action: AuditAction::Verify,
        }) => {
            let conn = store::hub::open(&data_dir)
                .map_err(|e| anyhow::anyhow!("{}", say(&e.message())))?;
            match audit::verify(&conn)? {
                audit::Verification::Intact { entries, head } => {
                    println!(
                        "{}",
                        say(&Message::new("hub-cli-audit-intact")
                            .arg("entries", entries)
                            .arg("head", head))
                    );
                    Ok(ExitCode::SUCCESS)
                }
                audit::Verification::Broken { seq } => {
                    println!(
                        "{}",
                        say(&Message::new("hub-cli-audit-broken").arg("seq", seq))
                    );
                    Ok(ExitCode::from(1))
                }
            }
        }
    }
}

fn serve(options: HubOptions, listen: Option<String>) -> anyhow::Result<ExitCode> {
    let addr = listen.unwrap_or_else(|| options.config.listen.clone());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let result = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&addr)
            .await
            .with_context(|| format!("bind {addr}"))?;
        let bound = listener.local_addr()?;
        if options.config.insecure {
            eprintln!(
                "{}",
                say(&Message::new("hub-cli-insecure-warning").arg("addr", bound.to_string()))
            );
        }
        {
            let mut out = std::io::stdout().lock();
            writeln!(out, "listening on {bound}")?;
            out.flush()?;
        }

        // Ctrl-C by hand, SIGTERM from systemd: finish requests in flight, then stop.
        let shutdown = async {
            #[cfg(unix)]
            {
                use tokio::signal::unix::{SignalKind, signal};
                match signal(SignalKind::terminate()) {
                    Ok(mut term) => {
                        tokio::select! {
                            _ = tokio::signal::ctrl_c() => {}
                            _ = term.recv() => {}
                        }
                    }
                    Err(_) => {
                        let _ = tokio::signal::ctrl_c().await;
                    }
                }
            }
            #[cfg(not(unix))]
            {
                let _ = tokio::signal::ctrl_c().await;
            }
        };
        super::serve_with(options, listener, shutdown).await
    });
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(error) => match error.downcast_ref::<TransportError>() {
            Some(refused) => {
                eprintln!("{}", say(&refused.0));
                Ok(ExitCode::from(2))
            }
            None => Err(error),
        },
    }
}

/// The scheme of the enrollment address, and the CA fingerprint devices
/// pin when the hub serves HTTPS (the office CA is made if it is not yet).
fn enrollment_trust(
    config: &HubConfig,
    data_dir: &Path,
    listen: &str,
) -> Result<(&'static str, Option<String>), TransportError> {
    let addr = listen.parse::<std::net::SocketAddr>().map_err(|_| {
        TransportError(Message::new("hub-config-error-listen").arg("value", listen))
    })?;
    let plan = server::plan(config, addr)?;
    let fingerprint = match plan {
        server::Plan::Tls => Some(tls::pinned_fingerprint(&config.tls, data_dir)?),
        server::Plan::Plain | server::Plan::Insecure => None,
    };
    Ok((plan.scheme(), fingerprint))
}

/// Makes a one-time enrollment code (valid [`store::hub::CODE_VALID_HOURS`]).
pub fn enroll_device(data_dir: &Path, name: &str, role: Role) -> Result<String, store::StoreError> {
    let mut conn = store::hub::open(data_dir)?;
    let tx = conn.transaction()?;
    let code = store::hub::create_enrollment(&tx, name, role, Utc::now(), "cli")?;
    tx.commit()?;
    Ok(code)
}

/// Adds a clerk (or resets their PIN).
pub fn add_clerk(data_dir: &Path, id: &str, pin: &str) -> Result<(), store::StoreError> {
    if !auth::pin_is_valid(pin) {
        return Err(store::StoreError::Invalid(Message::new("hub-error-pin")));
    }
    let hash = auth::hash_pin(pin).map_err(|e| store::StoreError::Unavailable(e.to_string()))?;
    let mut conn = store::hub::open(data_dir)?;
    let tx = conn.transaction()?;
    store::hub::add_clerk(&tx, id, &hash, Utc::now(), "cli")?;
    tx.commit()?;
    Ok(())
}

/// What an enrollment QR says: where the hub is, the one-time code, and
/// for an HTTPS hub the SHA-256 fingerprint of the CA to pin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrollment {
    pub hub_url: String,
    pub code: String,
    pub ca_fingerprint: Option<String>,
}

/// The text of the enrollment QR.
pub fn enrollment_qr_text(enrollment: &Enrollment) -> String {
    let mut text = format!(
        "madoguchi-enroll:1?hub={}&code={}",
        enrollment.hub_url.trim_end_matches('/'),
        enrollment.code
    );
    if let Some(fingerprint) = &enrollment.ca_fingerprint {
        text.push_str(&format!("&ca={fingerprint}"));
    }
    text
}

/// Reads an enrollment QR text back.
pub fn parse_enrollment_qr(text: &str) -> Option<Enrollment> {
    let query = text.trim().strip_prefix("madoguchi-enroll:1?")?;
    let mut hub = None;
    let mut code = None;
    let mut ca = None;
    for pair in query.split('&') {
        match pair.split_once('=')? {
            ("hub", v) => hub = Some(v.to_owned()),
            ("code", v) => code = Some(v.to_owned()),
            ("ca", v) => ca = Some(v.to_owned()),
            _ => {}
        }
    }
    Some(Enrollment {
        hub_url: hub?,
        code: code?,
        ca_fingerprint: ca,
    })
}

/// The QR as text blocks, light on dark terminals.
pub fn qr_for_terminal(text: &str) -> anyhow::Result<String> {
    use qrcode::render::unicode::Dense1x2;
    let code = qrcode::QrCode::new(text.as_bytes())?;
    Ok(code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enrollment_qr_round_trips() {
        let enrollment = Enrollment {
            hub_url: "http://192.168.1.10:8750".into(),
            code: "ABCDEFGHJK".into(),
            ca_fingerprint: None,
        };
        let text = enrollment_qr_text(&Enrollment {
            hub_url: "http://192.168.1.10:8750/".into(),
            ..enrollment.clone()
        });
        assert_eq!(parse_enrollment_qr(&text), Some(enrollment.clone()));
        let pinned = Enrollment {
            hub_url: "https://hub.example.lg.jp:8750".into(),
            ca_fingerprint: Some("ab".repeat(32)),
            ..enrollment
        };
        assert_eq!(
            parse_enrollment_qr(&enrollment_qr_text(&pinned)),
            Some(pinned)
        );
        assert!(qr_for_terminal(&text).unwrap().lines().count() > 10);
        assert_eq!(parse_enrollment_qr("hello"), None);
    }

    #[test]
    fn cli_parses() {
        use clap::Parser;
        #[derive(clap::Parser)]
        struct Top {
            #[command(flatten)]
            common: CommonArgs,
            #[command(subcommand)]
            cmd: Cmd,
        }
        #[derive(clap::Subcommand)]
        enum Cmd {
            Hub(HubCommand),
        }
        let Top {
            cmd: Cmd::Hub(h),
            common,
        } = Top::parse_from([
            "m",
            "hub",
            "--listen",
            "127.0.0.1:0",
            "--data-dir",
            "/tmp/x",
        ]);
        assert_eq!(h.listen.as_deref(), Some("127.0.0.1:0"));
        assert!(h.action.is_none());
        assert_eq!(common.data_dir.as_deref(), Some(Path::new("/tmp/x")));
        let Top {
            cmd: Cmd::Hub(h), ..
        } = Top::parse_from(["m", "hub", "enroll", "--name", "k1", "--role", "kiosk"]);
        assert!(matches!(h.action, Some(HubAction::Enroll { .. })));
        let Top {
            cmd: Cmd::Hub(h), ..
        } = Top::parse_from(["m", "hub", "clerk", "add", "--id", "c1"]);
        assert!(matches!(h.action, Some(HubAction::Clerk { .. })));
        // A PIN on the command line would show in `ps` and shell history.
        assert!(
            Top::try_parse_from(["m", "hub", "clerk", "add", "--id", "c1", "--pin", "1234"])
                .is_err()
        );
        let Top {
            cmd: Cmd::Hub(h), ..
        } = Top::parse_from(["m", "hub", "clerk", "disable", "--id", "c1"]);
        assert!(matches!(
            h.action,
            Some(HubAction::Clerk {
                action: ClerkAction::Disable { .. }
            })
        ));
        assert!(
            Top::try_parse_from(["m", "hub", "enroll", "--name", "k", "--role", "admin"]).is_err()
        );
    }
}
