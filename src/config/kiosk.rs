//! `kiosk.toml`: the settings of one counter tablet.
//!
//! Facilities staff edit this file (or the admin screen writes it). Unknown
//! keys are refused so a typo never silently falls back to a default, and
//! [`KioskConfig::validate`] checks what serde cannot: the languages and
//! procedures offered exist, the admin PIN hash is an Argon2 PHC string, the
//! timeouts are sane. See the shipped `config/kiosk.toml` for every key.
//!
//! The facilities panel saves its changes with [`save`]: only the keys that
//! changed are rewritten (through `toml_edit`, so staff comments and the
//! layout stay), the result is checked to load back as the same settings, and
//! the file is replaced atomically ([`write_atomic`]: temporary file in the
//! same folder, fsync, rename), so a power cut leaves the old file or the
//! new one, never half of one.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Problems, Validate};
use crate::domain::Catalog;
use crate::i18n::{Lang, Message};

/// The whole `kiosk.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskConfig {
    /// Shown on the clerk console and in the hub's device list.
    pub name: String,
    /// The office hub, `http://` or `https://`.
    pub hub_url: String,
    /// File holding the device token given at enrollment; relative paths
    /// are under the data directory.
    #[serde(default = "default_token_file")]
    pub device_token_file: PathBuf,
    /// Seconds without a touch after which a resident's answers are erased.
    #[serde(default = "default_idle_timeout")]
    pub idle_timeout_secs: u32,
    /// Seconds the ticket (or a notice) stays on screen before the kiosk
    /// wipes it and returns to the welcome screen by itself.
    #[serde(default = "default_ticket_linger")]
    pub ticket_linger_secs: u32,
    #[serde(default)]
    pub languages: Languages,
    #[serde(default)]
    pub offer: Offer,
    #[serde(default)]
    pub admin: Admin,
    #[serde(default)]
    pub camera: Camera,
    #[serde(default)]
    pub scanner: Scanner,
    #[serde(default)]
    pub display: Display,
    #[serde(default)]
    pub paths: Paths,
    /// The ticket slip printer; none: the number is only on screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub printer: Option<Printer>,
    /// The A4 printer beside the kiosk for the resident's copy (控え) of
    /// what they confirmed; none: no copy is printed at the kiosk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_printer: Option<FormPrinter>,
}

/// `[form_printer]`: after confirming, the resident's copy (控え) of the
/// application, in their language beside the Japanese, through CUPS.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormPrinter {
    /// The CUPS queue (`lpstat -p` lists them).
    pub queue: String,
}

/// `[languages]`: the language buttons.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Languages {
    /// In button order.
    pub offered: Vec<Lang>,
    /// The language the start screen shows; must be offered.
    pub default: Lang,
}

impl Default for Languages {
    fn default() -> Self {
        Languages {
            offered: Lang::all().collect(),
            default: Lang::ja(),
        }
    }
}

/// `[offer]`: what residents can do at this kiosk.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Life-event bundles (`hikkoshi-tennyu`, `shomeisho`), in menu order.
    #[serde(default)]
    pub bundles: Vec<String>,
    /// Single procedures offered outside bundles.
    #[serde(default)]
    pub procedures: Vec<String>,
    /// A folder of procedure files laid over the shipped catalogue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedures_dir: Option<PathBuf>,
}

/// `[admin]`: the facilities-staff screen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Admin {
    /// Argon2 PHC string of the admin PIN (`$argon2id$v=19$…`); no PIN, no admin screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_hash: Option<String>,
}

/// `[camera]`: the QR camera.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Camera {
    /// `auto` (first camera found), `none`, or a device such as `/dev/video0`.
    #[serde(default = "default_camera")]
    pub device: String,
}

impl Default for Camera {
    fn default() -> Self {
        Camera {
            device: default_camera(),
        }
    }
}

/// `[scanner]`: a USB QR scanner that types like a keyboard (wedge).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scanner {
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Keys arriving closer than this are a scanner, not a person typing.
    #[serde(default = "default_inter_key")]
    pub wedge_inter_key_max_ms: u32,
}

impl Default for Scanner {
    fn default() -> Self {
        Scanner {
            enabled: true,
            wedge_inter_key_max_ms: default_inter_key(),
        }
    }
}

/// `[display]`: accessibility defaults a resident can change per visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Display {
    #[serde(default)]
    pub large_text: bool,
    #[serde(default)]
    pub high_contrast: bool,
    #[serde(default = "yes")]
    pub fullscreen: bool,
}

impl Default for Display {
    fn default() -> Self {
        Display {
            large_text: false,
            high_contrast: false,
            fullscreen: true,
        }
    }
}

/// `[printer]`: the receipt printer of the ticket slip (ESC/POS).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Printer {
    /// `tcp://HOST:9100` (network) or `usb:/dev/usb/lp0` (USB).
    pub uri: String,
    /// Roll width in millimetres: 58 or 80.
    #[serde(default = "default_paper_mm")]
    pub paper_mm: u16,
    /// The office's name at the top of the slip (default: the kiosk's `name`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
}

impl Printer {
    /// The printer's address, when it is one.
    pub fn address(&self) -> Option<crate::print::PrinterUri> {
        crate::print::PrinterUri::parse(&self.uri).ok()
    }

    pub fn paper(&self) -> crate::print::Paper {
        crate::print::Paper::from_mm(self.paper_mm).unwrap_or(crate::print::Paper::Mm58)
    }
}

/// `[paths]`: where the kiosk keeps its files.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paths {
    /// Data directory (default: `--data-dir`, else the platform's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
    /// The SQLite outbox, relative to the data directory.
    #[serde(default = "default_outbox")]
    pub outbox: PathBuf,
}

impl Default for Paths {
    fn default() -> Self {
        Paths {
            data_dir: None,
            outbox: default_outbox(),
        }
    }
}

fn default_token_file() -> PathBuf {
    PathBuf::from("device-token")
}
fn default_idle_timeout() -> u32 {
    60
}
fn default_ticket_linger() -> u32 {
    20
}
fn default_camera() -> String {
    "auto".into()
}
fn default_inter_key() -> u32 {
    30
}
fn default_paper_mm() -> u16 {
    58
}
fn default_outbox() -> PathBuf {
    PathBuf::from("outbox.sqlite")
}
fn yes() -> bool {
    true
}

/// Idle timeouts outside this range either rush residents or leave their data on screen.
pub const IDLE_TIMEOUT_RANGE: std::ops::RangeInclusive<u32> = 15..=600;
/// Long enough to photograph the ticket's QR, short enough to clear the screen.
pub const TICKET_LINGER_RANGE: std::ops::RangeInclusive<u32> = 5..=120;

impl KioskConfig {
    /// Whether `pin` matches the admin PIN hash. No hash: never.
    pub fn check_pin(&self, pin: &str) -> bool {
        self.admin
            .pin_hash
            .as_deref()
            .is_some_and(|hash| verify_pin(pin, hash))
    }

    /// Every problem [`Validate`] finds, in field order; empty when usable.
    pub fn problems(&self) -> Vec<Message> {
        self.problems_by_key().into_iter().map(|(_, m)| m).collect()
    }

    /// [`KioskConfig::problems`] with the key path each one concerns
    /// (`idle_timeout_secs`, `languages.default`): the facilities screen
    /// refuses a draft naming the first one's field.
    pub fn problems_by_key(&self) -> Vec<(String, Message)> {
        let mut problems = Problems::default();
        self.validate(&mut problems);
        problems.into_vec()
    }

    /// The shipped `config/kiosk.toml` (compiled in) pointed at `hub_url`:
    /// the demo and the tests start from the same settings as a real kiosk.
    pub fn shipped(hub_url: &str) -> KioskConfig {
        let mut config: KioskConfig = toml::from_str(SHIPPED)
            .expect("the shipped config/kiosk.toml parses (tested in tests/config_kiosk.rs)");
        config.hub_url = hub_url.to_owned();
        config
    }

    /// The catalogue this kiosk offers from (shipped, or with `procedures_dir` laid over).
    pub fn catalog(&self) -> Result<Catalog, Vec<super::ConfigProblem>> {
        Catalog::load(self.offer.procedures_dir.as_deref())
    }

    /// Only what `[offer]` lists: its bundles and procedures, and the procedures of those bundles.
    pub fn offered_catalog(&self) -> Result<Catalog, Vec<super::ConfigProblem>> {
        Ok(self
            .catalog()?
            .restricted(&self.offer.procedures, &self.offer.bundles))
    }
}

/// Why [`save`] did not write the file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SaveError {
    /// A value is not allowed: `key` is its path in the file.
    #[error("{key}: {message}")]
    Invalid { key: String, message: Message },
    /// The file could not be written (the old one is still there).
    #[error("cannot write {path}: {reason}")]
    Write { path: String, reason: String },
}

impl SaveError {
    pub fn message(&self) -> Message {
        match self {
            SaveError::Invalid { message, .. } => message.clone(),
            SaveError::Write { path, reason } => Message::new("kiosk-admin-save-failed")
                .arg("path", path.as_str())
                .arg("reason", reason.as_str()),
        }
    }
}

/// Saves `config` to the `kiosk.toml` at `path`, refusing it (file
/// untouched) when [`KioskConfig::problems_by_key`] finds anything.
///
/// An existing file keeps its comments, order and formatting: only keys
/// whose value differs from what the file says are rewritten, keys the file
/// leaves to their default stay unwritten unless they change. A file that
/// does not exist, or does not parse, is written whole.
pub fn save(path: &Path, config: &KioskConfig) -> Result<(), SaveError> {
    if let Some((key, message)) = config.problems_by_key().into_iter().next() {
        return Err(SaveError::Invalid { key, message });
    }
    let write_error = |reason: String| SaveError::Write {
        path: path.display().to_string(),
        reason,
    };
    let existing = match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(write_error(e.to_string())),
    };
    let text = existing
        .as_deref()
        .and_then(|text| edited(text, config))
        .map(Ok)
        .unwrap_or_else(|| toml::to_string(config).map_err(|e| write_error(e.to_string())))?;
    // Never replace a good file with one that reads back differently.
    match toml::from_str::<KioskConfig>(&text) {
        Ok(back) if back == *config => {}
        Ok(_) => return Err(write_error("the edited file reads back differently".into())),
        Err(e) => return Err(write_error(e.to_string())),
    }
    write_atomic(path, text.as_bytes()).map_err(|e| write_error(e.to_string()))
}

/// `text` (a kiosk.toml) with the keys that differ from `config` rewritten
/// in place; `None` when `text` is not a readable kiosk.toml.
fn edited(text: &str, config: &KioskConfig) -> Option<String> {
    let mut document: toml_edit::DocumentMut = text.parse().ok()?;
    let before: KioskConfig = toml::from_str(text).ok()?;
    let (toml::Value::Table(before), toml::Value::Table(after)) = (
        toml::Value::try_from(&before).ok()?,
        toml::Value::try_from(config).ok()?,
    ) else {
        return None;
    };
    merge(document.as_table_mut(), &before, &after);
    Some(document.to_string())
}

/// Writes into `table` every key of `after` whose value differs from
/// `before`, and removes keys `after` no longer has.
fn merge(table: &mut toml_edit::Table, before: &toml::Table, after: &toml::Table) {
    let empty = toml::Table::new();
    for (key, new) in after {
        let old = before.get(key);
        if old == Some(new) {
            continue;
        }
        if let toml::Value::Table(new_table) = new {
            let old_table = old.and_then(toml::Value::as_table).unwrap_or(&empty);
            let item = table
                .entry(key)
                .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()));
            if let Some(sub) = item.as_table_mut() {
                merge(sub, old_table, new_table);
                continue;
            }
        }
        let mut value = edit_value(new);
        match table.get_mut(key).and_then(toml_edit::Item::as_value_mut) {
            Some(slot) => {
                // Keep the spacing and the comment at the end of the line.
                *value.decor_mut() = slot.decor().clone();
                *slot = value;
            }
            None => {
                table.insert(key, toml_edit::Item::Value(value));
            }
        }
    }
    let gone: Vec<String> = before
        .keys()
        .filter(|key| !after.contains_key(*key))
        .cloned()
        .collect();
    for key in gone {
        table.remove(&key);
    }
}

fn edit_value(value: &toml::Value) -> toml_edit::Value {
    match value {
        toml::Value::String(s) => s.as_str().into(),
        toml::Value::Integer(i) => (*i).into(),
        toml::Value::Float(f) => (*f).into(),
        toml::Value::Boolean(b) => (*b).into(),
        toml::Value::Datetime(d) => d.to_string().into(),
        toml::Value::Array(items) => {
            toml_edit::Value::Array(items.iter().map(edit_value).collect())
        }
        toml::Value::Table(table) => toml_edit::Value::InlineTable(
            table
                .iter()
                .map(|(k, v)| (k.clone(), edit_value(v)))
                .collect(),
        ),
    }
}

/// Replaces the file at `path` with `bytes` atomically: a reader (or a
/// kiosk restarting after a power cut) sees the old content or the new,
/// never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, bytes, |_| Ok(()))
}

/// [`write_atomic`] for a secret (the device token): the file is readable
/// by its owner only from its first byte on (0600).
pub fn write_atomic_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_mode(path, bytes, Some(0o600), |_| Ok(()))
}

/// [`write_atomic`] with a hook run after the temporary file is written
/// and before it replaces `path`; an error from the hook stands for a crash
/// at that point (tests use it) and leaves `path` as it was.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce(&Path) -> std::io::Result<()>,
) -> std::io::Result<()> {
    write_atomic_mode(path, bytes, None, before_rename)
}

/// The atomic write, with the file's Unix permission bits when given
/// (else the process's default).
fn write_atomic_mode(
    path: &Path,
    bytes: &[u8],
    mode: Option<u32>,
    before_rename: impl FnOnce(&Path) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::other("not a file path"))?;
    // Same folder: rename is only atomic within one file system.
    let temp = folder.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        uuid::Uuid::new_v4().simple()
    ));
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        if let Some(mode) = mode {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(mode);
        }
        #[cfg(not(unix))]
        let _ = mode;
        let mut file = options.open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        before_rename(&temp)?;
        std::fs::rename(&temp, path)?;
        // The rename itself is durable once the folder is synced.
        if let Ok(dir) = std::fs::File::open(folder) {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// The shipped `config/kiosk.toml`.
pub const SHIPPED: &str = include_str!("../../config/kiosk.toml");

/// Whether `pin` matches an Argon2 PHC hash. Slow on purpose (tens of
/// milliseconds): the kiosk calls it off the UI thread. A hash that is not
/// a PHC string never matches.
pub fn verify_pin(pin: &str, phc: &str) -> bool {
    use argon2::PasswordVerifier;
    match argon2::PasswordHash::new(phc) {
        Ok(hash) => argon2::Argon2::default()
            .verify_password(pin.as_bytes(), &hash)
            .is_ok(),
        Err(error) => {
            tracing::warn!(%error, "admin PIN hash is not a PHC string");
            false
        }
    }
}

/// An Argon2id PHC string for a PIN, for `pin_hash`.
pub fn hash_pin(pin: &str) -> Result<String, argon2::password_hash::Error> {
    use argon2::PasswordHasher;
    Ok(argon2::Argon2::default()
        .hash_password(pin.as_bytes())?
        .to_string())
}

impl Validate for KioskConfig {
    fn validate(&self, v: &mut Problems) {
        if self.name.trim().is_empty() {
            v.at(
                "name",
                Message::new("config-kiosk-empty").arg("key", "name"),
            );
        }
        let scheme_ok = reqwest::Url::parse(&self.hub_url)
            .is_ok_and(|url| matches!(url.scheme(), "http" | "https") && url.host().is_some());
        if !scheme_ok {
            v.at(
                "hub_url",
                Message::new("config-kiosk-hub-url").arg("url", self.hub_url.as_str()),
            );
        }
        if self.device_token_file.as_os_str().is_empty() {
            v.at(
                "device_token_file",
                Message::new("config-kiosk-empty").arg("key", "device_token_file"),
            );
        }
        if !IDLE_TIMEOUT_RANGE.contains(&self.idle_timeout_secs) {
            v.at(
                "idle_timeout_secs",
                Message::new("config-kiosk-out-of-range")
                    .arg("key", "idle_timeout_secs")
                    .arg("min", *IDLE_TIMEOUT_RANGE.start())
                    .arg("max", *IDLE_TIMEOUT_RANGE.end()),
            );
        }

        if !TICKET_LINGER_RANGE.contains(&self.ticket_linger_secs) {
            v.at(
                "ticket_linger_secs",
                Message::new("config-kiosk-out-of-range")
                    .arg("key", "ticket_linger_secs")
                    .arg("min", *TICKET_LINGER_RANGE.start())
                    .arg("max", *TICKET_LINGER_RANGE.end()),
            );
        }

        if self.languages.offered.is_empty() {
            v.at(
                "languages.offered",
                Message::new("config-kiosk-empty").arg("key", "languages.offered"),
            );
        }
        if !self.languages.offered.contains(&self.languages.default) {
            v.at(
                "languages.default",
                Message::new("config-kiosk-default-language")
                    .arg("lang", self.languages.default.code()),
            );
        }
        for (i, lang) in self.languages.offered.iter().enumerate() {
            if self.languages.offered[..i].contains(lang) {
                v.at(
                    format!("languages.offered[{i}]"),
                    Message::new("config-kiosk-duplicate").arg("id", lang.code()),
                );
            }
        }

        if self.offer.bundles.is_empty() && self.offer.procedures.is_empty() {
            v.at("offer", Message::new("config-kiosk-nothing-offered"));
        }
        match self.catalog() {
            Err(_) => v.at(
                "offer.procedures_dir",
                Message::new("config-kiosk-catalog").arg(
                    "dir",
                    self.offer
                        .procedures_dir
                        .as_deref()
                        .unwrap_or(std::path::Path::new(""))
                        .display()
                        .to_string(),
                ),
            ),
            Ok(catalog) => {
                for (i, id) in self.offer.bundles.iter().enumerate() {
                    if catalog.bundle(id).is_none() {
                        v.at(
                            format!("offer.bundles[{i}]"),
                            Message::new("procedures-error-unknown-bundle").arg("id", id.as_str()),
                        );
                    }
                }
                for (i, id) in self.offer.procedures.iter().enumerate() {
                    if catalog.procedure(id).is_none() {
                        v.at(
                            format!("offer.procedures[{i}]"),
                            Message::new("procedures-error-unknown").arg("id", id.as_str()),
                        );
                    }
                }
            }
        }

        if let Some(hash) = &self.admin.pin_hash {
            let ok = argon2::PasswordHash::new(hash).is_ok_and(|h| {
                [
                    argon2::ARGON2ID_IDENT,
                    argon2::ARGON2I_IDENT,
                    argon2::ARGON2D_IDENT,
                ]
                .contains(&h.algorithm)
            });
            if !ok {
                v.at("admin.pin_hash", Message::new("config-kiosk-pin-hash"));
            }
        }

        let camera = self.camera.device.trim();
        if camera.is_empty() {
            v.at(
                "camera.device",
                Message::new("config-kiosk-empty").arg("key", "camera.device"),
            );
        }
        if !(1..=200).contains(&self.scanner.wedge_inter_key_max_ms) {
            v.at(
                "scanner.wedge_inter_key_max_ms",
                Message::new("config-kiosk-out-of-range")
                    .arg("key", "scanner.wedge_inter_key_max_ms")
                    .arg("min", 1)
                    .arg("max", 200),
            );
        }
        if self.paths.outbox.as_os_str().is_empty() {
            v.at(
                "paths.outbox",
                Message::new("config-kiosk-empty").arg("key", "paths.outbox"),
            );
        }
        if let Some(printer) = &self.printer {
            if printer.address().is_none() {
                v.at(
                    "printer.uri",
                    Message::new("config-kiosk-printer-uri").arg("uri", printer.uri.as_str()),
                );
            }
            if crate::print::Paper::from_mm(printer.paper_mm).is_none() {
                v.at(
                    "printer.paper_mm",
                    Message::new("config-kiosk-printer-paper").arg("paper", printer.paper_mm),
                );
            }
        }
        if self
            .form_printer
            .as_ref()
            .is_some_and(|p| p.queue.trim().is_empty())
        {
            v.at(
                "form_printer.queue",
                Message::new("config-kiosk-empty").arg("key", "form_printer.queue"),
            );
        }
    }
}
