//! The hub's HTTPS: its own office CA and server certificate, or a ward's.
//!
//! Without `[tls] cert_chain` the hub makes, on its first start with HTTPS
//! (or at the first `hub enroll`), in `DATA_DIR/tls/` (a folder only its
//! owner can enter):
//!
//! - `ca.pem`, `ca.key`: the office CA (ECDSA P-256, 30 years). Devices pin
//!   it by the SHA-256 fingerprint of its certificate, which the enrollment
//!   QR carries; it is never replaced while both files exist.
//! - `server.pem` (the server certificate, then the CA), `server.key`, and
//!   `server-names.txt` (its expiry, then the names it was made for). The
//!   names are `[tls] names`, the listen address unless it is `0.0.0.0`,
//!   and `localhost`, `127.0.0.1`, `::1`. It is made again, by the same CA,
//!   when the names change or less than 30 days remain of its 10 years;
//!   devices notice nothing.
//!
//! Keys are written readable by the owner only. With `cert_chain` and `key`
//! the hub serves the ward's chain instead, and devices pin its last
//! certificate (the ward's CA).

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use chrono::{Datelike, Months, NaiveDate, Utc};
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyPair, KeyUsagePurpose, SerialNumber,
};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use sha2::{Digest, Sha256};

use crate::config::hub::TlsConfig;
use crate::i18n::Message;

/// The folder of the hub's certificates, under its data directory.
pub const TLS_DIR: &str = "tls";
const CA_CERT: &str = "ca.pem";
const CA_KEY: &str = "ca.key";
const SERVER_CERT: &str = "server.pem";
const SERVER_KEY: &str = "server.key";
const SERVER_NAMES: &str = "server-names.txt";
/// The office CA's subject. Devices pin its fingerprint, not its name.
const CA_NAME: &str = "Madoguchi hub CA";
const CA_YEARS: u32 = 30;
const SERVER_YEARS: u32 = 10;
/// A server certificate closer than this to its end is made again at start.
const RENEW_DAYS: i64 = 30;

/// Why the hub cannot serve as configured: a translated reason.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct TransportError(pub Message);

impl TransportError {
    fn files(path: &Path, reason: impl std::fmt::Display) -> TransportError {
        TransportError(
            Message::new("hub-tls-error-files")
                .arg("path", path.display().to_string())
                .arg("reason", reason.to_string()),
        )
    }

    fn certificate(reason: impl std::fmt::Display) -> TransportError {
        TransportError(Message::new("hub-tls-error-certificate").arg("reason", reason.to_string()))
    }
}

/// What the hub serves HTTPS with.
pub struct HubTls {
    pub server: Arc<rustls::ServerConfig>,
    /// The certificate devices pin, as PEM (served at `GET /api/v1/hub-ca`).
    pub ca_pem: String,
    /// Its SHA-256 fingerprint, for enrollment codes.
    pub fingerprint: String,
}

impl HubTls {
    /// The ward's chain from `config`, else the office CA's (made when missing).
    pub fn load(
        config: &TlsConfig,
        data_dir: &Path,
        listen: SocketAddr,
    ) -> Result<HubTls, TransportError> {
        let (chain, key) = match (&config.cert_chain, &config.key) {
            (Some(chain), Some(key)) => (read_chain(chain)?, read_key(key)?),
            _ => office_certificates(data_dir, &server_names(config, listen))?,
        };
        // Both ways of reading a chain give at least one certificate.
        let ca = chain
            .last()
            .cloned()
            .ok_or_else(|| TransportError::certificate("no certificate"))?;
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let mut server = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .and_then(|b| b.with_no_client_auth().with_single_cert(chain, key))
            .map_err(TransportError::certificate)?;
        server.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(HubTls {
            server: Arc::new(server),
            ca_pem: certificate_pem(&ca),
            fingerprint: fingerprint(&ca),
        })
    }
}

/// The fingerprint devices pin (for `hub enroll`): of the ward chain's last
/// certificate, else of the office CA (made if there is none yet). Leaves
/// the server certificate to the hub.
pub fn pinned_fingerprint(config: &TlsConfig, data_dir: &Path) -> Result<String, TransportError> {
    let ca = match &config.cert_chain {
        Some(chain) => read_chain(chain)?.pop(),
        None => {
            let dir = data_dir.join(TLS_DIR);
            crate::cli::create_private_dir(&dir).map_err(|e| TransportError::files(&dir, e))?;
            let (pem, _) = office_ca(&dir)?;
            CertificateDer::from_pem_slice(pem.as_bytes()).ok()
        }
    };
    ca.map(|ca| fingerprint(&ca))
        .ok_or_else(|| TransportError::certificate("no certificate"))
}

/// SHA-256 of a certificate (DER) in lowercase hex: what devices pin.
pub fn fingerprint(der: &[u8]) -> String {
    crate::store::hex(&Sha256::digest(der))
}

/// A certificate (DER) as PEM text.
pub fn certificate_pem(der: &[u8]) -> String {
    use base64::Engine;
    let text = base64::engine::general_purpose::STANDARD.encode(der);
    let mut pem = String::from("-----BEGIN CERTIFICATE-----\n");
    for line in text.as_bytes().chunks(64) {
        pem.push_str(&String::from_utf8_lossy(line));
        pem.push('\n');
    }
    pem.push_str("-----END CERTIFICATE-----\n");
    pem
}

/// The names the server certificate is made for, without repeats.
fn server_names(config: &TlsConfig, listen: SocketAddr) -> Vec<String> {
    let mut names: Vec<String> = config.names.iter().map(|n| n.trim().to_owned()).collect();
    if !listen.ip().is_unspecified() {
        names.push(listen.ip().to_string());
    }
    names.extend(["localhost", "127.0.0.1", "::1"].map(String::from));
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.to_ascii_lowercase()));
    names
}

fn read_chain(path: &Path) -> Result<Vec<CertificateDer<'static>>, TransportError> {
    let chain = CertificateDer::pem_file_iter(path)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| TransportError::files(path, e))?;
    if chain.is_empty() {
        return Err(TransportError(
            Message::new("hub-tls-error-empty-chain").arg("path", path.display().to_string()),
        ));
    }
    Ok(chain)
}

fn read_key(path: &Path) -> Result<PrivateKeyDer<'static>, TransportError> {
    PrivateKeyDer::from_pem_file(path).map_err(|e| TransportError::files(path, e))
}

/// The office CA and a server certificate it signed for `names`, made
/// when missing (see the module docs).
fn office_certificates(
    data_dir: &Path,
    names: &[String],
) -> Result<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>), TransportError> {
    let dir = data_dir.join(TLS_DIR);
    crate::cli::create_private_dir(&dir).map_err(|e| TransportError::files(&dir, e))?;
    let (ca_pem, ca_key) = office_ca(&dir)?;
    let names_file = dir.join(SERVER_NAMES);
    let wanted = |expiry: NaiveDate| format!("{expiry}\n{}\n", names.join("\n"));
    let current = std::fs::read_to_string(&names_file).ok();
    let still_good = current.as_deref().is_some_and(|text| {
        let expiry = text
            .lines()
            .next()
            .and_then(|l| l.parse::<NaiveDate>().ok());
        expiry.is_some_and(|expiry| {
            text == wanted(expiry)
                && (expiry - Utc::now().date_naive()).num_days() > RENEW_DAYS
                && dir.join(SERVER_CERT).exists()
                && dir.join(SERVER_KEY).exists()
        })
    });
    if !still_good {
        let key = KeyPair::generate().map_err(TransportError::certificate)?;
        let mut params =
            CertificateParams::new(names.to_vec()).map_err(TransportError::certificate)?;
        params.distinguished_name.push(
            DnType::CommonName,
            names.first().cloned().unwrap_or_default(),
        );
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        let expiry = validity(&mut params, SERVER_YEARS);
        let issuer = Issuer::new(ca_params(), ca_key);
        let cert = params
            .signed_by(&key, &issuer)
            .map_err(TransportError::certificate)?;
        let server_pem = dir.join(SERVER_CERT);
        let server_key = dir.join(SERVER_KEY);
        crate::cli::write_private(&server_key, key.serialize_pem().as_bytes())
            .map_err(|e| TransportError::files(&server_key, e))?;
        std::fs::write(&server_pem, format!("{}{ca_pem}", cert.pem()))
            .map_err(|e| TransportError::files(&server_pem, e))?;
        std::fs::write(&names_file, wanted(expiry))
            .map_err(|e| TransportError::files(&names_file, e))?;
        tracing::info!(names = ?names, "server certificate made by the office CA");
    }
    Ok((
        read_chain(&dir.join(SERVER_CERT))?,
        read_key(&dir.join(SERVER_KEY))?,
    ))
}

/// The office CA's certificate (PEM) and key, made when either is missing.
fn office_ca(dir: &Path) -> Result<(String, KeyPair), TransportError> {
    let (cert_path, key_path) = (dir.join(CA_CERT), dir.join(CA_KEY));
    if let (Ok(cert), Ok(key)) = (
        std::fs::read_to_string(&cert_path),
        std::fs::read_to_string(&key_path),
    ) {
        let key = KeyPair::from_pem(&key).map_err(|e| TransportError::files(&key_path, e))?;
        return Ok((cert, key));
    }
    let key = KeyPair::generate().map_err(TransportError::certificate)?;
    let mut params = ca_params();
    validity(&mut params, CA_YEARS);
    let cert = params
        .self_signed(&key)
        .map_err(TransportError::certificate)?;
    crate::cli::write_private(&key_path, key.serialize_pem().as_bytes())
        .map_err(|e| TransportError::files(&key_path, e))?;
    std::fs::write(&cert_path, cert.pem()).map_err(|e| TransportError::files(&cert_path, e))?;
    tracing::info!(path = %cert_path.display(), fingerprint = %fingerprint(cert.der()), "office CA made");
    Ok((cert.pem(), key))
}

/// The office CA as an issuer: its subject, usages and key identifier are
/// all a signature needs, so they are the same every time.
fn ca_params() -> CertificateParams {
    let mut params = CertificateParams::default();
    let mut name = DistinguishedName::new();
    name.push(DnType::CommonName, CA_NAME);
    params.distinguished_name = name;
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    params
}

/// From yesterday (clocks differ a little) for `years`, with a random serial.
fn validity(params: &mut CertificateParams, years: u32) -> NaiveDate {
    let today = Utc::now().date_naive();
    let start = today.pred_opt().unwrap_or(today);
    let end = today
        .checked_add_months(Months::new(years * 12))
        .unwrap_or(today);
    let at = |d: NaiveDate| rcgen::date_time_ymd(d.year(), d.month() as u8, d.day() as u8);
    params.not_before = at(start);
    params.not_after = at(end);
    let mut serial = *uuid::Uuid::new_v4().as_bytes();
    serial[0] &= 0x7f;
    params.serial_number = Some(SerialNumber::from_slice(&serial));
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_office_ca_is_made_once_and_the_server_certificate_follows_the_names() {
        let dir = tempfile::tempdir().unwrap();
        let listen: SocketAddr = "0.0.0.0:8750".parse().unwrap();
        let mut config = TlsConfig {
            names: vec!["hub.example.lg.jp".into()],
            ..TlsConfig::default()
        };
        let first = HubTls::load(&config, dir.path(), listen).unwrap();
        let names = std::fs::read_to_string(dir.path().join("tls").join(SERVER_NAMES)).unwrap();
        assert!(names.contains("hub.example.lg.jp\nlocalhost\n127.0.0.1\n::1"));
        let server_pem = std::fs::read(dir.path().join("tls").join(SERVER_CERT)).unwrap();
        let again = HubTls::load(&config, dir.path(), listen).unwrap();
        assert_eq!(first.fingerprint, again.fingerprint);
        assert_eq!(
            pinned_fingerprint(&config, dir.path()).unwrap(),
            first.fingerprint
        );
        assert_eq!(
            std::fs::read(dir.path().join("tls").join(SERVER_CERT)).unwrap(),
            server_pem,
            "kept while the names are the same"
        );
        config.names.push("192.168.1.10".into());
        let renamed = HubTls::load(&config, dir.path(), listen).unwrap();
        assert_eq!(renamed.fingerprint, first.fingerprint, "same CA");
        assert_ne!(
            std::fs::read(dir.path().join("tls").join(SERVER_CERT)).unwrap(),
            server_pem
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            for file in [CA_KEY, SERVER_KEY] {
                let mode = std::fs::metadata(dir.path().join("tls").join(file))
                    .unwrap()
                    .permissions()
                    .mode();
                assert_eq!(mode & 0o777, 0o600, "{file}");
            }
            let mode = std::fs::metadata(dir.path().join("tls"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o700);
        }
        assert_eq!(first.fingerprint.len(), 64);
        assert!(first.ca_pem.starts_with("-----BEGIN CERTIFICATE-----"));
    }

    #[test]
    fn a_wards_chain_is_served_and_its_last_certificate_pinned() {
        // A chain made elsewhere: a server certificate, then its CA.
        let ward = tempfile::tempdir().unwrap();
        let listen: SocketAddr = "127.0.0.1:8750".parse().unwrap();
        let ward_ca = HubTls::load(&TlsConfig::default(), ward.path(), listen).unwrap();
        let config = TlsConfig {
            cert_chain: Some(ward.path().join(TLS_DIR).join(SERVER_CERT)),
            key: Some(ward.path().join(TLS_DIR).join(SERVER_KEY)),
            ..TlsConfig::default()
        };
        let hub = tempfile::tempdir().unwrap();
        let served = HubTls::load(&config, hub.path(), listen).unwrap();
        assert_eq!(served.fingerprint, ward_ca.fingerprint);
        assert_eq!(
            pinned_fingerprint(&config, hub.path()).unwrap(),
            ward_ca.fingerprint
        );
        assert!(!hub.path().join(TLS_DIR).exists(), "no office CA made");
        let missing = TlsConfig {
            cert_chain: Some(hub.path().join("nothing.pem")),
            ..config
        };
        let refused = HubTls::load(&missing, hub.path(), listen).err().unwrap();
        assert_eq!(refused.0.key, "hub-tls-error-files");
    }
}
