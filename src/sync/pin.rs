//! Trusting the hub: the CA certificate a device pins at enrollment.
//!
//! An HTTPS hub's enrollment code carries the SHA-256 fingerprint of its CA
//! ([`crate::hub::tls`]). At enrollment the device fetches the CA
//! (`GET /api/v1/hub-ca`, read without trusting anything yet), accepts it
//! only if its fingerprint is the code's, exchanges the code over a
//! connection that trusts that CA alone, and keeps the CA beside its token
//! ([`HUB_CA_FILE`]). From then on its clients trust only that CA, never
//! the system's: a hub answering with another certificate is refused with
//! [`SyncError::Untrusted`]. A device enrolled with a plain-HTTP hub
//! (loopback, or `insecure`) keeps no CA.

use std::path::{Path, PathBuf};

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use super::SyncError;
use crate::i18n::Message;

/// The pinned CA's file, beside the device's token file.
pub const HUB_CA_FILE: &str = "hub-ca.pem";

/// The CA certificate a device trusts its hub by.
#[derive(Clone)]
pub struct HubCa {
    der: Vec<u8>,
    certificate: reqwest::Certificate,
}

impl std::fmt::Debug for HubCa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("HubCa").field(&self.fingerprint()).finish()
    }
}

impl HubCa {
    /// The first certificate of a PEM text, if the TLS client accepts it as a root.
    pub fn from_pem(text: &str) -> Option<HubCa> {
        let der = CertificateDer::from_pem_slice(text.as_bytes()).ok()?;
        let certificate = reqwest::Certificate::from_der(&der).ok()?;
        // Tried once here, so building a pinned client later cannot fail.
        reqwest::Client::builder()
            .tls_certs_only([certificate.clone()])
            .build()
            .ok()?;
        Some(HubCa {
            der: der.to_vec(),
            certificate,
        })
    }

    /// SHA-256 of the certificate, lowercase hex (as in enrollment codes).
    pub fn fingerprint(&self) -> String {
        crate::hub::tls::fingerprint(&self.der)
    }

    /// Whether `fingerprint` (hex; `:` and spaces ignored, any case) is this CA's.
    pub fn matches(&self, fingerprint: &str) -> bool {
        let given: String = fingerprint
            .chars()
            .filter(|c| !matches!(c, ':' | ' '))
            .collect::<String>()
            .to_ascii_lowercase();
        given == self.fingerprint()
    }

    /// Where a device whose token is in `token_file` keeps its CA.
    pub fn file_beside(token_file: &Path) -> PathBuf {
        token_file.with_file_name(HUB_CA_FILE)
    }

    /// The CA saved at `path`; `None` when the device pinned none.
    pub fn load(path: &Path) -> Result<Option<HubCa>, SyncError> {
        match std::fs::read_to_string(path) {
            Ok(text) => HubCa::from_pem(&text).map(Some).ok_or_else(|| {
                SyncError::Untrusted(
                    Message::new("hub-sync-ca-file").arg("file", path.display().to_string()),
                )
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(SyncError::Untrusted(
                Message::new("hub-sync-ca-file").arg("file", format!("{}: {e}", path.display())),
            )),
        }
    }

    /// Keeps `ca` at `path`, or removes an older one when there is none
    /// (a device enrolled again with a plain-HTTP hub).
    pub fn store(ca: Option<&HubCa>, path: &Path) -> std::io::Result<()> {
        match ca {
            Some(ca) => crate::cli::write_private(
                path,
                crate::hub::tls::certificate_pem(&ca.der).as_bytes(),
            ),
            None => match std::fs::remove_file(path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
                _ => Ok(()),
            },
        }
    }
}

/// Devices drop a connection idle this long, before the hub does (its
/// `header_timeout_seconds`, 10 by default): a request never goes out on a
/// connection the hub is closing.
pub const POOL_IDLE: std::time::Duration = std::time::Duration::from_secs(5);

/// A client builder for the hub that trusts only `ca` when the device pinned one.
pub fn client_builder(ca: Option<&HubCa>) -> reqwest::ClientBuilder {
    let builder = reqwest::Client::builder().pool_idle_timeout(POOL_IDLE);
    match ca {
        Some(ca) => builder.tls_certs_only([ca.certificate.clone()]),
        None => builder,
    }
}

/// Whether `url` is an HTTPS address.
pub fn is_https(url: &str) -> bool {
    url.get(..8)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("https://"))
}

/// The hub's CA, accepted only when its fingerprint is `fingerprint`.
pub async fn fetch_ca(hub_url: &str, fingerprint: &str) -> Result<HubCa, SyncError> {
    // Nothing is trusted yet: the certificate is checked against the
    // fingerprint from the enrollment code, and the exchange that follows
    // trusts that certificate alone.
    let http = reqwest::Client::builder()
        .tls_danger_accept_invalid_certs(true)
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .map_err(super::offline)?;
    let response = http
        .get(format!("{}/api/v1/hub-ca", hub_url.trim_end_matches('/')))
        .send()
        .await
        .map_err(super::unreached)?;
    if !response.status().is_success() {
        super::refusal(response).await?;
        return Err(SyncError::Untrusted(Message::new("hub-sync-ca-mismatch")));
    }
    let text = response.text().await.map_err(super::unreached)?;
    match HubCa::from_pem(&text) {
        Some(ca) if ca.matches(fingerprint) => Ok(ca),
        _ => Err(SyncError::Untrusted(Message::new("hub-sync-ca-mismatch"))),
    }
}

/// Whether a request failed in TLS (a certificate not from the pinned CA,
/// or no TLS where TLS was expected), rather than for want of a network.
pub(crate) fn tls_refused(error: &(dyn std::error::Error + 'static)) -> bool {
    if error.downcast_ref::<rustls::Error>().is_some() {
        return true;
    }
    // hyper and tokio-rustls wrap it in io::Errors (two deep), whose
    // `source` skips the error they hold.
    let held = error
        .downcast_ref::<std::io::Error>()
        .and_then(|io| io.get_ref())
        .is_some_and(|inner| tls_refused(inner));
    held || error.source().is_some_and(tls_refused)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_compare_in_any_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let config = crate::config::hub::TlsConfig::default();
        let tls =
            crate::hub::tls::HubTls::load(&config, dir.path(), "127.0.0.1:1".parse().unwrap())
                .unwrap();
        let ca = HubCa::from_pem(&tls.ca_pem).unwrap();
        assert_eq!(ca.fingerprint(), tls.fingerprint);
        let spaced: Vec<String> = tls
            .fingerprint
            .to_uppercase()
            .as_bytes()
            .chunks(2)
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect();
        assert!(ca.matches(&spaced.join(":")));
        assert!(!ca.matches(&"0".repeat(64)));
        let file = HubCa::file_beside(&dir.path().join("device.token"));
        HubCa::store(Some(&ca), &file).unwrap();
        assert_eq!(
            HubCa::load(&file).unwrap().unwrap().fingerprint(),
            tls.fingerprint
        );
        HubCa::store(None, &file).unwrap();
        assert!(HubCa::load(&file).unwrap().is_none());
        assert!(is_https("HTTPS://hub:8750") && !is_https("http://hub"));
    }
}
