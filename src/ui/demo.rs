//! `madoguchi demo`: the whole office on one machine.
//!
//! [`EmbeddedHub::start`] runs a real hub ([`crate::hub::serve_with`]) on
//! `127.0.0.1:0` in a background tokio runtime, with its store in a data
//! folder (`--data-dir`, else a temporary one removed at exit). The kiosk is
//! enrolled in-process the way facilities staff would (an enrollment code
//! exchanged for a device token, saved in the kiosk's data folder), a few
//! residents are already waiting so the queue looks alive, and a demo
//! pre-application QR (plain, from `examples/preapp/demo-juminhyo.json`) is
//! written as a PNG the scan screen can read, since a demo machine has no
//! camera. The kiosk then runs on the hub-backed [`HubTicketService`], the
//! same code path as `madoguchi kiosk`.
//!
//! The demo form uses the catalogue's answer keys (`applicant.reading`,
//! `juminhyo-utsushi.copies`); see [`crate::domain::answers`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::hub::HubConfig;
use crate::config::kiosk::KioskConfig;
use crate::hub::HubOptions;
use crate::hub::api::Role;
use crate::preapp::{EncodeParams, Encoding, Form, PreappError};
use crate::ui::service::HubTicketService;

/// The demo pre-application (compiled in).
pub const DEMO_FORM: &str = include_str!("../../examples/preapp/demo-juminhyo.json");

/// Residents already waiting when the demo opens: (queue, how many).
pub const SAMPLE_WAITING: &[(&str, usize)] = &[("A", 3), ("B", 2)];

pub fn demo_form() -> Form {
    serde_json::from_str(DEMO_FORM).expect("the demo form is valid (tested)")
}

/// The demo form as QR texts, plain, valid for 30 days from now.
pub fn demo_payload() -> Result<Encoding, PreappError> {
    crate::preapp::encode(&demo_form(), None, &EncodeParams::now(30))
}

/// The demo pre-application as the kiosk would send it after an English
/// resident scanned and confirmed it.
fn sample_record(config: &KioskConfig) -> anyhow::Result<crate::hub::api::RecordIn> {
    let catalog = config
        .catalog()
        .unwrap_or_else(|_| crate::domain::Catalog::embedded());
    let mut form = demo_form();
    form.language = crate::i18n::Lang::parse("en").expect("a shipped language");
    let application = crate::preapp::PreApplication {
        form,
        created: chrono::Utc::now(),
        expires: chrono::Utc::now() + chrono::Duration::days(30),
    };
    let review = crate::ui::kiosk::review::State::new(&catalog, &application, false)
        .map_err(|e| anyhow::anyhow!("demo form: {e:?}"))?;
    Ok(crate::ui::kiosk::record_of(
        &review,
        application.form.language,
    ))
}

/// Writes the demo QR as PNG files in `dir` (one per part); returns their paths.
pub fn write_demo_qr(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let parts = demo_payload()
        .map_err(|e| anyhow::anyhow!("demo payload: {e:?}"))?
        .parts;
    let count = parts.len();
    let mut paths = Vec::new();
    for (i, text) in parts.iter().enumerate() {
        let name = if count == 1 {
            "demo-preapp-qr.png".to_owned()
        } else {
            format!("demo-preapp-qr-{}-of-{count}.png", i + 1)
        };
        let image = crate::preapp::qr::render(text)
            .ok_or_else(|| anyhow::anyhow!("demo payload does not fit a QR code"))?;
        let path = dir.join(name);
        image.save(&path)?;
        paths.push(path);
    }
    Ok(paths)
}

/// A hub serving on loopback from a background runtime.
pub struct EmbeddedHub {
    pub url: String,
    pub data_dir: PathBuf,
    pub runtime: tokio::runtime::Runtime,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl EmbeddedHub {
    /// Starts a hub with `config` on `127.0.0.1:0`, its store in `data_dir`,
    /// and waits until it answers `/healthz`.
    pub fn start(config: HubConfig, data_dir: &Path) -> anyhow::Result<EmbeddedHub> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("madoguchi-hub")
            .enable_all()
            .build()?;
        std::fs::create_dir_all(data_dir)?;
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
        let url = format!("http://{}", listener.local_addr()?);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let options = HubOptions::new(config, data_dir);
        runtime.spawn(async move {
            let shutdown = async {
                let _ = stopped.await;
            };
            if let Err(error) = crate::hub::serve_with(options, listener, shutdown).await {
                tracing::error!(%error, "embedded hub stopped");
            }
        });
        let health = format!("{url}/healthz");
        let up = runtime.block_on(async {
            let http = reqwest::Client::new();
            for _ in 0..200 {
                if http.get(&health).send().await.is_ok() {
                    return true;
                }
                tokio::time::sleep(std::time::Duration::from_millis(25)).await;
            }
            false
        });
        anyhow::ensure!(up, "the embedded hub did not start");
        Ok(EmbeddedHub {
            url,
            data_dir: data_dir.to_owned(),
            runtime,
            stop: Some(stop),
        })
    }

    /// Enrolls a kiosk the way staff do (code → token) and writes the
    /// token where `config.device_token_file` says, under `kiosk_dir`.
    pub fn enroll_kiosk(
        &self,
        name: &str,
        config: &KioskConfig,
        kiosk_dir: &Path,
    ) -> anyhow::Result<String> {
        let code = crate::hub::cli::enroll_device(&self.data_dir, name, Role::Kiosk)
            .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
        let enrolled = self
            .runtime
            .block_on(crate::sync::enroll(&self.url, &code))
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        std::fs::create_dir_all(kiosk_dir)?;
        std::fs::write(kiosk_dir.join(&config.device_token_file), &enrolled.token)?;
        Ok(enrolled.token)
    }

    /// Stops serving (the store stays on disk).
    pub fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl Drop for EmbeddedHub {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Everything `madoguchi demo` starts before the window opens.
pub struct Demo {
    pub hub: EmbeddedHub,
    pub config: KioskConfig,
    pub service: Arc<HubTicketService>,
    pub qr_files: Vec<PathBuf>,
    /// The throwaway office key: the hub's `/preapp/` page seals to it, the kiosk opens with it.
    pub office_key: crate::preapp::SecretKey,
    /// The demo's data folder (hub, kiosk, stations).
    pub root: PathBuf,
    /// Removes the temporary data folder at exit when no `--data-dir` was given.
    _temp: Option<TempRoot>,
}

/// A folder removed when dropped (the demo's throwaway office).
pub struct TempRoot(PathBuf);

impl Drop for TempRoot {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Demo {
    /// Hub, enrolled kiosk, waiting residents and the demo QR, in `data_dir`
    /// (or a temporary folder).
    pub fn start(data_dir: Option<&Path>) -> anyhow::Result<Demo> {
        let (temp, root) = match data_dir {
            Some(dir) => (None, dir.to_owned()),
            None => {
                let root =
                    std::env::temp_dir().join(format!("madoguchi-demo-{}", uuid::Uuid::new_v4()));
                std::fs::create_dir_all(&root)?;
                (Some(TempRoot(root.clone())), root)
            }
        };
        let hub_config = HubConfig {
            office_name: "まどぐち区役所（デモ）".into(),
            ..HubConfig::sample()
        };
        let office_key = crate::site::serve::throwaway_office_key(&root.join("hub"))?;
        let hub = EmbeddedHub::start(hub_config, &root.join("hub"))?;
        let kiosk_dir = root.join("kiosk");
        let mut config = KioskConfig::shipped(&hub.url);
        config.name = "デモ キオスク 1".into();
        hub.enroll_kiosk(&config.name, &config, &kiosk_dir)?;
        let service = Arc::new(HubTicketService::start(
            &config,
            &kiosk_dir,
            hub.runtime.handle().clone(),
        )?);
        let mut first = true;
        for (queue, count) in SAMPLE_WAITING {
            for _ in 0..*count {
                let ticket = hub
                    .runtime
                    .block_on(service.client().issue_ticket(queue))
                    .map_err(|e| anyhow::anyhow!("sample ticket: {e}"))?;
                // The first resident came with the demo QR, in English, so
                // the clerk's first call shows an application.
                if std::mem::take(&mut first) {
                    let mut record = sample_record(&config)?;
                    record.number = Some(ticket.number);
                    hub.runtime
                        .block_on(service.client().submit(record))
                        .map_err(|e| anyhow::anyhow!("sample record: {e}"))?;
                }
            }
        }
        if let Err(error) = hub.runtime.block_on(service.client().push_once()) {
            tracing::warn!(%error, "sample record not yet at the hub");
        }
        let qr_files = write_demo_qr(&root)?;
        for file in &qr_files {
            tracing::info!(path = %file.display(), "demo pre-application QR written");
        }
        Ok(Demo {
            hub,
            config,
            service,
            qr_files,
            office_key,
            root,
            _temp: temp,
        })
    }
}

/// The demo clerk's id and PIN (printed at start; a throwaway office).
pub const DEMO_CLERK: (&str, &str) = ("demo", "2468");

/// The clerk console and the waiting-room board, each a process of its own
/// (as on an office's machines), enrolled at the demo hub. Dropping this
/// closes their windows.
pub struct Stations(Vec<std::process::Child>);

impl Stations {
    /// Enrolls a clerk station and a board, adds [`DEMO_CLERK`], and starts
    /// `madoguchi clerk` and `madoguchi board --windowed` against the hub,
    /// with data folders under `root`.
    pub fn spawn(hub: &EmbeddedHub, root: &Path) -> anyhow::Result<Stations> {
        let exe = std::env::current_exe()?;
        let (clerk_id, clerk_pin) = DEMO_CLERK;
        crate::hub::cli::add_clerk(&hub.data_dir, clerk_id, clerk_pin)
            .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
        let mut children = Vec::new();
        for (role, subcommand, extra) in [
            (Role::ClerkStation, "clerk", &[][..]),
            (Role::Board, "board", &["--windowed"][..]),
        ] {
            let code = crate::hub::cli::enroll_device(&hub.data_dir, subcommand, role)
                .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
            let child = std::process::Command::new(&exe)
                .arg("--data-dir")
                .arg(root.join(subcommand))
                .args([subcommand, "--hub", &hub.url, "--enroll", &code])
                .args(extra)
                .spawn()?;
            children.push(child);
        }
        Ok(Stations(children))
    }
}

impl Drop for Stations {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalog;

    #[test]
    fn demo_form_is_complete_for_the_shipped_catalogue_and_fits_one_qr() {
        let form = demo_form();
        let catalog = Catalog::embedded();
        let mut answers = crate::domain::Answers::new();
        answers.values = form.fields.clone();
        for id in &form.procedures {
            let problems = catalog.validate(id, &answers);
            assert!(problems.iter().all(|p| !p.is_error()), "{id}: {problems:?}");
        }
        assert_eq!(demo_payload().unwrap().parts.len(), 1);
    }

    #[test]
    fn demo_qr_png_reads_back_to_the_payload() {
        let dir = std::env::temp_dir().join(format!("madoguchi-qr-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).unwrap();
        let _cleanup = TempRoot(dir.clone());
        let files = write_demo_qr(&dir).unwrap();
        let texts = crate::ui::kiosk::scan::read_file(&files[0]).unwrap();
        let app = crate::preapp::decode(&texts[0], &crate::preapp::DecodeOptions::new(None, true))
            .unwrap();
        assert_eq!(app.form, demo_form());
    }
}
