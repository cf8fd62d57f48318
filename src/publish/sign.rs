//! The office's publishing key, the signed envelope, and the checks a
//! receiver makes before believing a snapshot.
//!
//! The key is Ed25519 (aws-lc-rs), made by the hub on first start in
//! `publish.key` beside its other keys (PKCS#8, base64, owner-only). The
//! relay's configuration holds the public half (`madoguchi hub
//! publish-key` prints it: 32 bytes, base64url).
//!
//! The envelope carries the snapshot's canonical bytes as text, so the
//! receiver verifies exactly what was signed before parsing it.

use std::io::Write;
use std::path::Path;

use aws_lc_rs::signature::{self, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::Snapshot;

/// File of the office's publishing key in the hub's data directory.
pub const KEY_FILE: &str = "publish.key";

/// How far ahead of the receiver's clock a snapshot may claim to be made.
pub const MAX_FUTURE_SECONDS: i64 = 60;
/// How old a snapshot may be when it arrives: older ones are refused even
/// by a relay that has none (a replay after its restart).
pub const MAX_AGE_SECONDS: i64 = 300;

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
}

/// The office's private publishing key.
pub struct PublishingKey(Ed25519KeyPair);

impl std::fmt::Debug for PublishingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublishingKey({})", self.public_key())
    }
}

impl PublishingKey {
    /// A fresh key (tests, benchmarks).
    pub fn generate() -> PublishingKey {
        PublishingKey(Ed25519KeyPair::generate().expect("the system's random generator works"))
    }

    /// The key in `data_dir`, made on first start (readable by the owner only).
    pub fn load_or_create(data_dir: &Path) -> std::io::Result<PublishingKey> {
        let path = data_dir.join(KEY_FILE);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&path) {
            Ok(mut file) => {
                let pair = Ed25519KeyPair::generate().map_err(std::io::Error::other)?;
                let pkcs8 = pair.to_pkcs8().map_err(std::io::Error::other)?;
                let text = base64::engine::general_purpose::STANDARD.encode(pkcs8.as_ref());
                file.write_all(format!("{text}\n").as_bytes())?;
                file.sync_all()?;
                Ok(PublishingKey(pair))
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                PublishingKey::load(data_dir)
            }
            Err(e) => Err(e),
        }
    }

    /// The key in `data_dir`, which must be there.
    pub fn load(data_dir: &Path) -> std::io::Result<PublishingKey> {
        let path = data_dir.join(KEY_FILE);
        let invalid = |what: &str| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{}: {what}", path.display()),
            )
        };
        let text = std::fs::read_to_string(&path)?;
        let der = base64::engine::general_purpose::STANDARD
            .decode(text.trim())
            .map_err(|_| invalid("not base64"))?;
        Ed25519KeyPair::from_pkcs8(&der)
            .map(PublishingKey)
            .map_err(|_| invalid("not an Ed25519 PKCS#8 key"))
    }

    pub fn public_key(&self) -> PublicKey {
        let mut bytes = [0u8; 32];
        bytes.copy_from_slice(self.0.public_key().as_ref());
        PublicKey(bytes)
    }

    /// The envelope of `snapshot`, signed.
    pub fn sign(&self, snapshot: &Snapshot) -> SignedSnapshot {
        let bytes = snapshot.to_bytes();
        let signature = self.0.sign(&bytes);
        SignedSnapshot {
            office: snapshot.office.clone(),
            snapshot: String::from_utf8(bytes).expect("JSON is UTF-8"),
            signature: b64().encode(signature.as_ref()),
        }
    }
}

/// An office's public publishing key: 32 bytes, written as base64url.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey([u8; 32]);

impl std::fmt::Display for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&b64().encode(self.0))
    }
}

impl std::str::FromStr for PublicKey {
    type Err = String;
    fn from_str(text: &str) -> Result<PublicKey, String> {
        let bytes = b64()
            .decode(text.trim())
            .map_err(|_| "not base64url".to_owned())?;
        <[u8; 32]>::try_from(bytes.as_slice())
            .map(PublicKey)
            .map_err(|_| format!("{} bytes, not 32", bytes.len()))
    }
}

impl<'de> Deserialize<'de> for PublicKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PublicKey, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

impl Serialize for PublicKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What the hub sends (`POST /publish`): the office, the snapshot's
/// canonical JSON as text, and its Ed25519 signature (base64url).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedSnapshot {
    pub office: String,
    pub snapshot: String,
    pub signature: String,
}

/// Why a receiver refuses a snapshot (the reason is the answer's text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("malformed snapshot: {0}")]
    Malformed(String),
    #[error("unknown office")]
    UnknownOffice,
    #[error("bad signature")]
    BadSignature,
    #[error("replay: sequence {got} is not after {have}")]
    Replay { have: u64, got: u64 },
    #[error("replay: made {0} seconds ago")]
    TooOld(i64),
    #[error("made {0} seconds in the future")]
    FromTheFuture(i64),
}

impl SignedSnapshot {
    /// The snapshot, when `key` signed exactly these bytes and they are
    /// one for the envelope's office.
    pub fn verify(&self, key: &PublicKey) -> Result<Snapshot, Refusal> {
        let signature = b64()
            .decode(&self.signature)
            .map_err(|_| Refusal::BadSignature)?;
        UnparsedPublicKey::new(&signature::ED25519, key.0)
            .verify(self.snapshot.as_bytes(), &signature)
            .map_err(|_| Refusal::BadSignature)?;
        let snapshot: Snapshot =
            serde_json::from_str(&self.snapshot).map_err(|e| Refusal::Malformed(e.to_string()))?;
        if snapshot.office != self.office {
            return Err(Refusal::Malformed(
                "office differs from the envelope's".into(),
            ));
        }
        if snapshot.v != super::snapshot::VERSION {
            return Err(Refusal::Malformed(format!("version {}", snapshot.v)));
        }
        Ok(snapshot)
    }
}

/// The snapshot of `signed` when a receiver should take it: signed by the
/// office's key (`key_of` the envelope's office, `None` when unknown),
/// newer than `current` (the one it has), not older than
/// [`MAX_AGE_SECONDS`] nor more than [`MAX_FUTURE_SECONDS`] ahead of `now`.
pub fn accept(
    signed: &SignedSnapshot,
    key_of: impl FnOnce(&str) -> Option<PublicKey>,
    current: Option<&Snapshot>,
    now: DateTime<Utc>,
) -> Result<Snapshot, Refusal> {
    let key = key_of(&signed.office).ok_or(Refusal::UnknownOffice)?;
    let snapshot = signed.verify(&key)?;
    let ahead = snapshot.generated_at - now;
    if ahead > Duration::seconds(MAX_FUTURE_SECONDS) {
        return Err(Refusal::FromTheFuture(ahead.num_seconds()));
    }
    if -ahead > Duration::seconds(MAX_AGE_SECONDS) {
        return Err(Refusal::TooOld((-ahead).num_seconds()));
    }
    if let Some(current) = current
        && (snapshot.sequence <= current.sequence || snapshot.generated_at < current.generated_at)
    {
        return Err(Refusal::Replay {
            have: current.sequence,
            got: snapshot.sequence,
        });
    }
    Ok(snapshot)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::snapshot::tests::sample;

    const ID: &str = "AAAAAAAAAAAAAAAAAAAAAA";

    #[test]
    fn signed_snapshots_verify_and_tampering_does_not() {
        let key = PublishingKey::generate();
        let snapshot = sample("honcho", ID, 5);
        let signed = key.sign(&snapshot);
        assert_eq!(signed.verify(&key.public_key()), Ok(snapshot.clone()));
        let other = PublishingKey::generate();
        assert_eq!(
            signed.verify(&other.public_key()),
            Err(Refusal::BadSignature)
        );
        let mut tampered = signed.clone();
        tampered.snapshot = tampered.snapshot.replace("\"ahead\":3", "\"ahead\":0");
        assert_eq!(
            tampered.verify(&key.public_key()),
            Err(Refusal::BadSignature)
        );
        let mut relabelled = signed.clone();
        relabelled.office = "bunshitsu".into();
        assert!(matches!(
            relabelled.verify(&key.public_key()),
            Err(Refusal::Malformed(_))
        ));
        let text = key.public_key().to_string();
        assert_eq!(text.len(), 43);
        assert_eq!(text.parse::<PublicKey>(), Ok(key.public_key()));
    }

    #[test]
    fn receivers_refuse_unknown_offices_replays_and_the_future() {
        let key = PublishingKey::generate();
        let public = key.public_key();
        let first = sample("honcho", ID, 5);
        let now = first.generated_at;
        let known = |office: &str| (office == "honcho").then_some(public);
        let signed = key.sign(&first);
        assert_eq!(accept(&signed, known, None, now), Ok(first.clone()));
        assert_eq!(
            accept(&key.sign(&sample("kita", ID, 5)), known, None, now),
            Err(Refusal::UnknownOffice)
        );
        // The same snapshot again, or an older one: replay.
        assert!(matches!(
            accept(&signed, known, Some(&first), now),
            Err(Refusal::Replay { have: 5, got: 5 })
        ));
        let older = sample("honcho", ID, 4);
        assert!(matches!(
            accept(&key.sign(&older), known, Some(&first), now),
            Err(Refusal::Replay { .. })
        ));
        let mut next = sample("honcho", ID, 6);
        next.generated_at += Duration::seconds(2);
        assert_eq!(
            accept(&key.sign(&next), known, Some(&first), now),
            Ok(next.clone())
        );
        next.generated_at = now + Duration::seconds(MAX_FUTURE_SECONDS + 5);
        assert!(matches!(
            accept(&key.sign(&next), known, Some(&first), now),
            Err(Refusal::FromTheFuture(_))
        ));
        // A captured snapshot replayed to a relay that just restarted.
        assert!(matches!(
            accept(
                &signed,
                known,
                None,
                now + Duration::seconds(MAX_AGE_SECONDS + 1)
            ),
            Err(Refusal::TooOld(_))
        ));
    }

    #[test]
    fn the_key_file_is_made_once_and_private() {
        let dir = tempfile::tempdir().unwrap();
        let made = PublishingKey::load_or_create(dir.path()).unwrap();
        let again = PublishingKey::load_or_create(dir.path()).unwrap();
        assert_eq!(made.public_key(), again.public_key());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
