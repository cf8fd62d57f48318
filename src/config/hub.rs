//! Typed configuration of the hub (`config/hub.toml`).
//!
//! The services are the queues of the office: each has a one-letter prefix
//! shown on tickets (`A-012`), a fluent key for its name (the name is shown in
//! every language, so it is a key in `locales/*/hub.ftl`, not text), and the
//! counters (desks) that serve it. Everything else has a sensible default so a
//! minimal file names only the office and its services.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::config::{Problems, Validate};
use crate::i18n::{I18n, Lang, Message};

pub use crate::queue::MAX_NUMBER;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HubConfig {
    /// Address the HTTP API listens on.
    #[serde(default = "default_listen")]
    pub listen: String,
    /// The office's name as shown on the board and the phone page.
    pub office_name: String,
    /// IANA time zone that decides when the day (and the numbering) changes.
    #[serde(default = "default_timezone")]
    pub timezone: String,
    /// Queue numbers lent to a kiosk at once for use while offline.
    #[serde(default = "default_lease_block")]
    pub lease_block_size: u32,
    /// Leased numbers of one service a kiosk may hold and not have used
    /// (reported) yet; a lease past it is refused.
    #[serde(default = "default_lease_max_outstanding")]
    pub lease_max_outstanding: u32,
    /// Hours a lease counts against that limit, from its grant (or from the
    /// start of its day, for tomorrow's). Its numbers are never issued again
    /// that day: the kiosk may have printed any of them offline.
    #[serde(default = "default_lease_valid_hours")]
    pub lease_valid_hours: u32,
    /// A service whose numbers left for the day (not issued, not leased)
    /// fall under this is shown as running low to clerks.
    #[serde(default = "default_low_numbers")]
    pub low_numbers_threshold: u32,
    /// Days a completed (confirmed or rejected) record is kept.
    #[serde(default = "default_retention")]
    pub retention_days: u32,
    /// Whether unencrypted pre-applications are accepted from kiosks.
    #[serde(default = "default_true")]
    pub accept_plain_preapplications: bool,
    /// Largest accepted request body in bytes.
    #[serde(default = "default_body_limit")]
    pub body_limit_bytes: usize,
    /// Most records accepted in one push.
    #[serde(default = "default_max_batch")]
    pub max_batch: usize,
    /// Minutes a clerk session lasts without re-login.
    #[serde(default = "default_session_minutes")]
    pub clerk_session_minutes: u32,
    /// Seconds between refreshes of the phone status page.
    #[serde(default = "default_status_refresh")]
    pub status_refresh_seconds: u32,
    /// Serve plain HTTP on the LAN: names, addresses and tokens cross the
    /// network in clear. Logged as a warning at every start.
    #[serde(default)]
    pub insecure: bool,
    /// HTTPS: when, and with which certificate.
    #[serde(default)]
    pub tls: TlsConfig,
    /// Timeouts and the connection limit of the listener.
    #[serde(default)]
    pub server: ServerLimits,
    /// The kiosks' folder of procedure files laid over the shipped
    /// catalogue (their `offer.procedures_dir`): records may name only what
    /// the catalogue has, so the hub must know the same one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedures_dir: Option<std::path::PathBuf>,
    /// Wait anywhere: where the office's numbers are published outward
    /// (`docs/wait-anywhere.md`); off without targets.
    #[serde(default, skip_serializing_if = "PublishConfig::is_off")]
    pub publish: PublishConfig,
    pub services: Vec<ServiceConfig>,
}

/// `[publish]` of `hub.toml`: the signed snapshots the hub pushes to
/// relays and static directories (`docs/wait-anywhere.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishConfig {
    /// The office's id in URLs and file names (`[a-z0-9-]+`), as the
    /// relay's `[[office]] id` names it.
    #[serde(default)]
    pub office: String,
    /// The office's name in other languages (`office_name` is the Japanese one).
    #[serde(default)]
    pub office_names: std::collections::BTreeMap<String, String>,
    /// Relays (`https://…`; `http://` only on loopback) and directories.
    #[serde(default)]
    pub targets: Vec<String>,
    /// The public root residents open (`https://wait.example.city.jp/`):
    /// a ticket's `page_url` starts with it. Default: the first relay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// Seconds between snapshots when nothing changes.
    #[serde(default = "default_publish_interval")]
    pub interval_seconds: u32,
    /// Seconds after which a page shows the numbers as old.
    #[serde(default = "default_stale_after")]
    pub stale_after_seconds: u32,
}

/// What a `hub.toml` without `[publish]` means, so that `--publish` alone
/// gets the same intervals as an empty `[publish]` section.
impl Default for PublishConfig {
    fn default() -> Self {
        PublishConfig {
            office: String::new(),
            office_names: Default::default(),
            targets: Vec::new(),
            public_url: None,
            interval_seconds: default_publish_interval(),
            stale_after_seconds: default_stale_after(),
        }
    }
}

impl PublishConfig {
    pub fn is_off(&self) -> bool {
        self.targets.is_empty()
    }

    /// Where the residents' pages are: `public_url`, else the first relay.
    pub fn public_root(&self) -> Option<String> {
        self.public_url.clone().or_else(|| {
            self.targets
                .iter()
                .find(|t| t.starts_with("https://") || t.starts_with("http://"))
                .cloned()
        })
    }
}

fn default_publish_interval() -> u32 {
    5
}
fn default_stale_after() -> u32 {
    30
}

/// When the hub serves HTTPS.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TlsMode {
    /// HTTPS, except on a loopback address (a hub for this machine alone).
    #[default]
    Auto,
    /// HTTPS on every address, loopback included.
    On,
    /// Plain HTTP: on loopback, or on the LAN with `insecure = true`.
    Off,
}

/// `[tls]` of `hub.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsConfig {
    #[serde(default)]
    pub mode: TlsMode,
    /// Host names and addresses devices use to reach the hub; the server
    /// certificate the hub makes names them (and localhost, 127.0.0.1, ::1).
    #[serde(default)]
    pub names: Vec<String>,
    /// A ward's own certificate chain (PEM): the hub's certificate first,
    /// the CA devices pin last. Instead of the hub's own office CA.
    #[serde(default)]
    pub cert_chain: Option<PathBuf>,
    /// The private key (PEM) of `cert_chain`'s first certificate.
    #[serde(default)]
    pub key: Option<PathBuf>,
}

/// `[server]` of `hub.toml`: how long a client may take, and how many may connect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerLimits {
    /// Seconds to receive a request's headers (and the TLS handshake);
    /// an idle kept-alive connection is closed after as long.
    #[serde(default = "default_header_timeout")]
    pub header_timeout_seconds: u32,
    /// Seconds to receive a request's whole body.
    #[serde(default = "default_body_timeout")]
    pub body_timeout_seconds: u32,
    /// Seconds from the headers to the answer (event streams: to their first byte).
    #[serde(default = "default_request_timeout")]
    pub request_timeout_seconds: u32,
    /// Open connections at most; more wait until one closes.
    #[serde(default = "default_max_connections")]
    pub max_connections: u32,
}

impl Default for ServerLimits {
    fn default() -> Self {
        ServerLimits {
            header_timeout_seconds: default_header_timeout(),
            body_timeout_seconds: default_body_timeout(),
            request_timeout_seconds: default_request_timeout(),
            max_connections: default_max_connections(),
        }
    }
}

impl ServerLimits {
    pub fn header_timeout(&self) -> Duration {
        Duration::from_secs(self.header_timeout_seconds.into())
    }
    pub fn body_timeout(&self) -> Duration {
        Duration::from_secs(self.body_timeout_seconds.into())
    }
    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.request_timeout_seconds.into())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceConfig {
    /// One uppercase ASCII letter, printed before the number.
    pub prefix: String,
    /// Fluent key of the service's name (`hub-service-certificates`).
    pub name_key: String,
    /// Counters (desks) serving this service; a counter may serve several.
    #[serde(default)]
    pub counters: Vec<String>,
    /// Minutes per resident assumed before the day has service times of its own.
    #[serde(default = "default_service_minutes")]
    pub default_service_minutes: u32,
}

fn default_listen() -> String {
    "127.0.0.1:8750".into()
}
fn default_timezone() -> String {
    "Asia/Tokyo".into()
}
fn default_lease_block() -> u32 {
    50
}
fn default_lease_max_outstanding() -> u32 {
    100
}
fn default_lease_valid_hours() -> u32 {
    12
}
fn default_low_numbers() -> u32 {
    100
}
fn default_retention() -> u32 {
    30
}
fn default_true() -> bool {
    true
}
fn default_body_limit() -> usize {
    2 * 1024 * 1024
}
fn default_max_batch() -> usize {
    1000
}
fn default_session_minutes() -> u32 {
    600
}
fn default_status_refresh() -> u32 {
    20
}
fn default_service_minutes() -> u32 {
    8
}
fn default_header_timeout() -> u32 {
    10
}
fn default_body_timeout() -> u32 {
    30
}
fn default_request_timeout() -> u32 {
    60
}
fn default_max_connections() -> u32 {
    512
}

impl HubConfig {
    /// The catalogue the office's kiosks offer from (shipped, with
    /// `procedures_dir` laid over): what its records may name.
    pub fn catalog(&self) -> Result<crate::domain::Catalog, Vec<crate::config::ConfigProblem>> {
        crate::domain::Catalog::load(self.procedures_dir.as_deref())
    }

    /// A small configuration for tests and the demo: services A and B.
    pub fn sample() -> HubConfig {
        HubConfig {
            listen: default_listen(),
            office_name: "Madoguchi".into(),
            timezone: default_timezone(),
            lease_block_size: default_lease_block(),
            lease_max_outstanding: default_lease_max_outstanding(),
            lease_valid_hours: default_lease_valid_hours(),
            low_numbers_threshold: default_low_numbers(),
            retention_days: default_retention(),
            accept_plain_preapplications: true,
            body_limit_bytes: default_body_limit(),
            max_batch: default_max_batch(),
            clerk_session_minutes: default_session_minutes(),
            status_refresh_seconds: default_status_refresh(),
            insecure: false,
            tls: TlsConfig::default(),
            server: ServerLimits::default(),
            procedures_dir: None,
            publish: PublishConfig::default(),
            services: vec![
                ServiceConfig {
                    prefix: "A".into(),
                    name_key: "hub-service-certificates".into(),
                    counters: vec!["1".into(), "2".into()],
                    default_service_minutes: 6,
                },
                ServiceConfig {
                    prefix: "B".into(),
                    name_key: "hub-service-moving".into(),
                    counters: vec!["3".into(), "4".into()],
                    default_service_minutes: 20,
                },
            ],
        }
    }

    /// The time zone; [`Validate`] guarantees it parses, Tokyo otherwise.
    pub fn tz(&self) -> chrono_tz::Tz {
        self.timezone.parse().unwrap_or(chrono_tz::Asia::Tokyo)
    }

    pub fn service(&self, prefix: &str) -> Option<&ServiceConfig> {
        self.services.iter().find(|s| s.prefix == prefix)
    }
}

impl Validate for HubConfig {
    fn validate(&self, v: &mut Problems) {
        if self.listen.parse::<SocketAddr>().is_err() {
            v.at(
                "listen",
                Message::new("hub-config-error-listen").arg("value", &self.listen),
            );
        }
        if self.office_name.trim().is_empty() {
            v.at("office_name", Message::new("hub-config-error-empty"));
        }
        if self.timezone.parse::<chrono_tz::Tz>().is_err() {
            v.at(
                "timezone",
                Message::new("hub-config-error-timezone").arg("value", &self.timezone),
            );
        }
        v.range("lease_block_size", self.lease_block_size, 1, 200);
        v.range(
            "lease_max_outstanding",
            self.lease_max_outstanding,
            self.lease_block_size,
            MAX_NUMBER,
        );
        v.range("lease_valid_hours", self.lease_valid_hours, 1, 48);
        v.range(
            "low_numbers_threshold",
            self.low_numbers_threshold,
            0,
            MAX_NUMBER,
        );
        if self.catalog().is_err() {
            let dir = self
                .procedures_dir
                .as_deref()
                .unwrap_or(std::path::Path::new(""));
            v.at(
                "procedures_dir",
                Message::new("config-kiosk-catalog").arg("dir", dir.display().to_string()),
            );
        }
        v.range("retention_days", self.retention_days, 1, 3650);
        v.range(
            "body_limit_bytes",
            self.body_limit_bytes,
            1024,
            64 * 1024 * 1024,
        );
        v.range("max_batch", self.max_batch, 1, 10_000);
        if self.clerk_session_minutes == 0 {
            v.at(
                "clerk_session_minutes",
                Message::new("hub-config-error-range")
                    .arg("min", 1)
                    .arg("max", 1440),
            );
        }
        v.range(
            "status_refresh_seconds",
            self.status_refresh_seconds,
            5,
            600,
        );
        let limits = &self.server;
        v.range(
            "server.header_timeout_seconds",
            limits.header_timeout_seconds,
            1,
            300,
        );
        v.range(
            "server.body_timeout_seconds",
            limits.body_timeout_seconds,
            1,
            3600,
        );
        v.range(
            "server.request_timeout_seconds",
            limits.request_timeout_seconds,
            1,
            3600,
        );
        v.range("server.max_connections", limits.max_connections, 1, 100_000);
        if self.tls.cert_chain.is_some() != self.tls.key.is_some() {
            v.at("tls", Message::new("hub-config-error-tls-pair"));
        }
        for (i, name) in self.tls.names.iter().enumerate() {
            if name.trim().is_empty() || name.contains(|c: char| c.is_whitespace() || c == '/') {
                v.at(
                    format!("tls.names[{i}]"),
                    Message::new("hub-config-error-tls-name").arg("value", name),
                );
            }
        }
        if !self.publish.is_off() {
            if !crate::publish::is_office_id(&self.publish.office) {
                v.at(
                    "publish.office",
                    Message::new("hub-config-error-office-id").arg("value", &self.publish.office),
                );
            }
            v.range(
                "publish.interval_seconds",
                self.publish.interval_seconds,
                1,
                60,
            );
            v.range(
                "publish.stale_after_seconds",
                self.publish.stale_after_seconds,
                self.publish.interval_seconds.saturating_mul(2),
                3600,
            );
        }
        if self.services.is_empty() {
            v.at("services", Message::new("hub-config-error-no-services"));
        }
        for (i, service) in self.services.iter().enumerate() {
            let mut chars = service.prefix.chars();
            let ok =
                matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_uppercase());
            if !ok {
                v.at(
                    format!("services[{i}].prefix"),
                    Message::new("hub-config-error-prefix").arg("value", &service.prefix),
                );
            } else if self.services[..i]
                .iter()
                .any(|s| s.prefix == service.prefix)
            {
                v.at(
                    format!("services[{i}].prefix"),
                    Message::new("hub-config-error-duplicate-prefix").arg("value", &service.prefix),
                );
            }
            if service.name_key.trim().is_empty() {
                v.at(
                    format!("services[{i}].name_key"),
                    Message::new("hub-config-error-empty"),
                );
            } else if !I18n::embedded().has(&Lang::ja(), &service.name_key) {
                v.at(
                    format!("services[{i}].name_key"),
                    Message::new("hub-config-error-name-key").arg("value", &service.name_key),
                );
            }
            v.range(
                format!("services[{i}].default_service_minutes"),
                service.default_service_minutes,
                1,
                240,
            );
            for (j, counter) in service.counters.iter().enumerate() {
                if counter.trim().is_empty() || counter.len() > 16 {
                    v.at(
                        format!("services[{i}].counters[{j}]"),
                        Message::new("hub-config-error-counter"),
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn shipped_file_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/hub.toml");
        let config: HubConfig = crate::config::load(&path).unwrap();
        assert!(config.service("A").is_some() && config.service("B").is_some());
        assert_eq!(config.tz(), chrono_tz::Asia::Tokyo);
    }

    #[test]
    fn bad_values_are_reported_at_their_lines() {
        let text = "office_name = \"x\"\ntimezone = \"Mars/Base\"\n\n[[services]]\nprefix = \"A\"\nname_key = \"hub-service-tax\"\n\n[[services]]\nprefix = \"A\"\nname_key = \"hub-service-tax\"\n\n[[services]]\nprefix = \"ab\"\nname_key = \"no-such-key\"\n";
        let problems = crate::config::parse::<HubConfig>(Path::new("hub.toml"), text).unwrap_err();
        let found: Vec<_> = problems
            .iter()
            .map(|p| (p.line, p.message.key.as_str()))
            .collect();
        assert!(
            found.contains(&(Some(2), "hub-config-error-timezone")),
            "{found:?}"
        );
        assert!(
            found.contains(&(Some(14), "hub-config-error-name-key")),
            "{found:?}"
        );
        assert!(
            found.contains(&(Some(9), "hub-config-error-duplicate-prefix")),
            "{found:?}"
        );
        assert!(
            found.contains(&(Some(13), "hub-config-error-prefix")),
            "{found:?}"
        );
    }

    #[test]
    fn publishing_needs_an_office_id_and_sane_intervals() {
        let text = "office_name = \"x\"\n[publish]\noffice = \"Honcho 1\"\ntargets = [\"/srv/wait\"]\ninterval_seconds = 0\n[[services]]\nprefix = \"A\"\nname_key = \"hub-service-tax\"\n";
        let problems = crate::config::parse::<HubConfig>(Path::new("hub.toml"), text).unwrap_err();
        let found: Vec<_> = problems
            .iter()
            .map(|p| (p.line, p.message.key.as_str()))
            .collect();
        assert!(
            found.contains(&(Some(3), "hub-config-error-office-id")),
            "{found:?}"
        );
        assert!(
            found.contains(&(Some(5), "hub-config-error-range")),
            "{found:?}"
        );
        let fine = text
            .replace("Honcho 1", "honcho-1")
            .replace("interval_seconds = 0", "interval_seconds = 5");
        let config: HubConfig = crate::config::parse(Path::new("hub.toml"), &fine).unwrap();
        assert_eq!(config.publish.targets, ["/srv/wait"]);
        assert_eq!(config.publish.public_root(), None);
    }

    #[test]
    fn publishing_from_the_command_line_alone_has_the_sections_intervals() {
        let services = "[[services]]\nprefix = \"A\"\nname_key = \"hub-service-tax\"\n";
        let without = format!("office_name = \"x\"\n{services}");
        let with_section = format!("office_name = \"x\"\n[publish]\n{services}");
        let without: HubConfig = crate::config::parse(Path::new("hub.toml"), &without).unwrap();
        let empty: HubConfig = crate::config::parse(Path::new("hub.toml"), &with_section).unwrap();
        assert_eq!(without.publish, empty.publish);
        assert_eq!(without.publish.interval_seconds, 5);
        assert_eq!(without.publish.stale_after_seconds, 30);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let text = "office_name = \"x\"\nlisten_addr = \"1\"\nservices = []\n";
        let problems = crate::config::parse::<HubConfig>(Path::new("hub.toml"), text).unwrap_err();
        assert_eq!(problems[0].message.key, "config-error-syntax");
        assert_eq!(problems[0].line, Some(2));
    }
}
