//! `relay.toml`: the offices a relay believes, and its bounds.
//!
//! ```toml
//! listen = "0.0.0.0:8760"
//! ward_name = { ja = "まどぐち区", en = "Madoguchi City" }
//!
//! [[office]]
//! id = "honcho"
//! public_key = "…"   # madoguchi hub publish-key, on that office's hub
//! ```

use serde::{Deserialize, Serialize};

use crate::i18n::Message;
use crate::publish::{Names, PublicKey};
use crate::toml_file::{Problems, Validate};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelayConfig {
    /// Address to listen on (plain HTTP: TLS ends at the ward's proxy or load balancer).
    #[serde(default = "default_listen")]
    pub listen: String,
    /// The ward's name by language, shown above the congestion page.
    #[serde(default)]
    pub ward_name: Names,
    /// Largest accepted snapshot (`POST /publish`) in bytes.
    #[serde(default = "default_body_limit")]
    pub body_limit_bytes: usize,
    /// Event streams (`events/tickets/ID`) open at once; more are 503 and
    /// the page falls back to reloading the ticket file.
    #[serde(default = "default_max_event_streams")]
    pub max_event_streams: usize,
    /// Seconds between keep-alive comments on an event stream.
    #[serde(default = "default_keep_alive")]
    pub keep_alive_seconds: u32,
    #[serde(default, rename = "office")]
    pub offices: Vec<RelayOffice>,
}

/// One office whose snapshots the relay takes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelayOffice {
    /// As the office's `hub.toml` `[publish] office` says.
    pub id: String,
    /// The office's publishing key (`madoguchi hub publish-key`).
    pub public_key: PublicKey,
}

fn default_listen() -> String {
    "127.0.0.1:8760".into()
}
fn default_body_limit() -> usize {
    4 * 1024 * 1024
}
fn default_max_event_streams() -> usize {
    10_000
}
fn default_keep_alive() -> u32 {
    15
}

impl RelayConfig {
    /// A relay for `offices` with the defaults (tests, benchmarks).
    pub fn for_offices(offices: Vec<RelayOffice>) -> RelayConfig {
        RelayConfig {
            listen: default_listen(),
            ward_name: Names::new(),
            body_limit_bytes: default_body_limit(),
            max_event_streams: default_max_event_streams(),
            keep_alive_seconds: default_keep_alive(),
            offices,
        }
    }
}

impl Validate for RelayConfig {
    fn validate(&self, v: &mut Problems) {
        if self.listen.parse::<std::net::SocketAddr>().is_err() {
            v.at(
                "listen",
                Message::new("hub-config-error-listen").arg("value", &self.listen),
            );
        }
        for (i, office) in self.offices.iter().enumerate() {
            if !crate::publish::is_office_id(&office.id) {
                v.at(
                    format!("office[{i}].id"),
                    Message::new("hub-config-error-office-id").arg("value", &office.id),
                );
            }
        }
        v.range(
            "body_limit_bytes",
            self.body_limit_bytes,
            1024,
            64 * 1024 * 1024,
        );
        v.range("keep_alive_seconds", self.keep_alive_seconds, 1, 300);
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::publish::PublishingKey;
    use crate::toml_file::parse;

    #[test]
    fn offices_are_read_and_bad_ids_or_keys_refused_with_their_line() {
        let key = PublishingKey::generate().public_key();
        let file = Path::new("relay.toml");
        let text = format!("[[office]]\nid = \"honcho\"\npublic_key = \"{key}\"\n");
        let config: RelayConfig = parse(file, &text).unwrap();
        assert_eq!(config.offices[0].public_key, key);
        assert_eq!(config.max_event_streams, 10_000);
        let text = format!("[[office]]\nid = \"Honcho\"\npublic_key = \"{key}\"\n");
        let problems = parse::<RelayConfig>(file, &text).unwrap_err();
        assert_eq!(problems[0].message.key, "hub-config-error-office-id");
        assert_eq!(problems[0].line, Some(2));
        let text = "[[office]]\nid = \"honcho\"\npublic_key = \"c2hvcnQ\"\n";
        let problems = parse::<RelayConfig>(file, text).unwrap_err();
        assert_eq!(problems[0].message.key, "config-error-syntax");
    }
}
