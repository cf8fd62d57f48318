//! The office key pair and the HPKE seal/open of a payload body.
//!
//! Suite (RFC 9180, base mode): DHKEM(X25519, HKDF-SHA256) `0x0020`,
//! HKDF-SHA256 `0x0001`, AES-128-GCM `0x0001`: what WebCrypto offers, so the
//! later static web page can seal with the same code path as this CLI.

use base64::Engine;
use hpke::aead::AesGcm128;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use sha2::{Digest, Sha256};

type Kem = X25519HkdfSha256;

/// HPKE `info`: binds the key schedule to this format and version.
pub const INFO: &[u8] = b"madoguchi-preapp-v1";
/// Bytes of the key id carried in front of an encrypted body.
pub const KEY_ID_LEN: usize = 7;
/// Bytes of the X25519 encapsulated key (`enc`).
pub const ENC_LEN: usize = 32;
/// Bytes of the AES-GCM tag.
pub const TAG_LEN: usize = 16;

const PUBLIC_PREFIX: &str = "madoguchi-office-public-key-v1:";
const SECRET_PREFIX: &str = "madoguchi-office-secret-key-v1:";

/// The office's public key: what residents' encoders seal to.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey(<Kem as hpke::Kem>::PublicKey);

/// The office's private key: only the hub and kiosks hold it.
#[derive(Clone)]
pub struct SecretKey {
    secret: <Kem as hpke::Kem>::PrivateKey,
    public: PublicKey,
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.to_text())
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretKey(public: {})", self.public.to_text())
    }
}

/// A key file that could not be read as a key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a Madoguchi office key")]
pub struct BadKey;

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
}

impl PublicKey {
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BadKey> {
        <Kem as hpke::Kem>::PublicKey::from_bytes(bytes)
            .map(PublicKey)
            .map_err(|_| BadKey)
    }

    /// The 32 raw bytes of the X25519 public key.
    pub fn to_bytes(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        out.copy_from_slice(&self.0.to_bytes());
        out
    }

    /// First 7 bytes of SHA-256 of the raw public key: lets a reader tell
    /// "sealed to another office" from "damaged" without trying to open.
    pub fn key_id(&self) -> [u8; KEY_ID_LEN] {
        let digest = Sha256::digest(self.to_bytes());
        let mut id = [0u8; KEY_ID_LEN];
        id.copy_from_slice(&digest[..KEY_ID_LEN]);
        id
    }

    /// One line: `madoguchi-office-public-key-v1:` + base64url (no padding).
    pub fn to_text(&self) -> String {
        format!("{PUBLIC_PREFIX}{}", b64().encode(self.to_bytes()))
    }

    pub fn from_text(text: &str) -> Result<Self, BadKey> {
        let rest = text.trim().strip_prefix(PUBLIC_PREFIX).ok_or(BadKey)?;
        PublicKey::from_bytes(&b64().decode(rest).map_err(|_| BadKey)?)
    }
}

impl SecretKey {
    /// A new random key pair (operating-system randomness).
    pub fn generate() -> Self {
        let (secret, public) = Kem::gen_keypair();
        SecretKey {
            secret,
            public: PublicKey(public),
        }
    }

    /// The key pair RFC 9180 `DeriveKeyPair` makes from `ikm` (fixed test keys).
    pub fn derive(ikm: &[u8; 32]) -> Self {
        let (secret, public) = Kem::derive_keypair(ikm);
        SecretKey {
            secret,
            public: PublicKey(public),
        }
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Self, BadKey> {
        let secret = <Kem as hpke::Kem>::PrivateKey::from_bytes(bytes).map_err(|_| BadKey)?;
        let public = PublicKey(Kem::sk_to_pk(&secret));
        Ok(SecretKey { secret, public })
    }

    pub fn public(&self) -> &PublicKey {
        &self.public
    }

    /// One line: `madoguchi-office-secret-key-v1:` + base64url (no padding).
    pub fn to_text(&self) -> String {
        format!("{SECRET_PREFIX}{}", b64().encode(self.secret.to_bytes()))
    }

    pub fn from_text(text: &str) -> Result<Self, BadKey> {
        let rest = text.trim().strip_prefix(SECRET_PREFIX).ok_or(BadKey)?;
        SecretKey::from_bytes(&b64().decode(rest).map_err(|_| BadKey)?)
    }
}

/// An RNG that yields one fixed 32-byte block: hpke draws exactly the
/// ephemeral key's IKM from it, so sealing is reproducible for test vectors.
struct FixedIkm {
    ikm: [u8; 32],
    used: usize,
}

impl hpke::rand_core::TryRng for FixedIkm {
    type Error = std::convert::Infallible;

    fn try_next_u32(&mut self) -> Result<u32, Self::Error> {
        let mut b = [0u8; 4];
        self.try_fill_bytes(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }

    fn try_next_u64(&mut self) -> Result<u64, Self::Error> {
        let mut b = [0u8; 8];
        self.try_fill_bytes(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Self::Error> {
        for byte in dst {
            // Past the block the stream repeats; hpke never asks for more than 32 bytes.
            *byte = self.ikm[self.used % 32];
            self.used += 1;
        }
        Ok(())
    }
}

impl hpke::rand_core::TryCryptoRng for FixedIkm {}

/// Seals `plaintext` to `recipient`. The ephemeral key pair is
/// `DeriveKeyPair(ephemeral_ikm)`; callers pass fresh random bytes except in tests.
/// Returns `enc` (32 bytes) and ciphertext‖tag.
pub fn seal(
    recipient: &PublicKey,
    ephemeral_ikm: [u8; 32],
    aad: &[u8],
    plaintext: &[u8],
) -> ([u8; ENC_LEN], Vec<u8>) {
    let mut rng = FixedIkm {
        ikm: ephemeral_ikm,
        used: 0,
    };
    let (enc, ciphertext) = hpke::single_shot_seal_with_rng::<AesGcm128, HkdfSha256, Kem>(
        &OpModeS::Base,
        &recipient.0,
        INFO,
        plaintext,
        aad,
        &mut rng,
    )
    // X25519 sealing fails only on an all-zero shared secret, which a valid
    // public key and a derived ephemeral key never give.
    .expect("HPKE seal to a valid X25519 key");
    let mut out = [0u8; ENC_LEN];
    out.copy_from_slice(&enc.to_bytes());
    (out, ciphertext)
}

/// Opens what [`seal`] made; `None` when the key is not the one sealed to or
/// anything was changed.
pub fn open(key: &SecretKey, enc: &[u8], aad: &[u8], ciphertext: &[u8]) -> Option<Vec<u8>> {
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(enc).ok()?;
    hpke::single_shot_open::<AesGcm128, HkdfSha256, Kem>(
        &OpModeR::Base,
        &key.secret,
        &enc,
        INFO,
        ciphertext,
        aad,
    )
    .ok()
}

/// Fresh randomness for an ephemeral key.
pub fn random_ikm() -> [u8; 32] {
    use rand::Rng;
    let mut ikm = [0u8; 32];
    rand::rng().fill_bytes(&mut ikm);
    ikm
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_and_key_files() {
        let office = SecretKey::derive(&[7; 32]);
        let (enc, ct) = seal(office.public(), [9; 32], b"aad", b"hello");
        assert_eq!(ct.len(), 5 + TAG_LEN);
        assert_eq!(open(&office, &enc, b"aad", &ct).unwrap(), b"hello");
        assert!(open(&office, &enc, b"aaD", &ct).is_none());
        assert!(open(&SecretKey::derive(&[8; 32]), &enc, b"aad", &ct).is_none());
        // Deterministic given the IKM: the basis of the known-answer vectors.
        assert_eq!(seal(office.public(), [9; 32], b"aad", b"hello"), (enc, ct));

        let text = office.to_text();
        let back = SecretKey::from_text(&format!("{text}\n")).unwrap();
        assert_eq!(back.public(), office.public());
        assert_eq!(
            PublicKey::from_text(&office.public().to_text()).unwrap(),
            *office.public()
        );
        assert!(PublicKey::from_text(&text).is_err());
        assert!(SecretKey::from_text("madoguchi-office-secret-key-v1:AAAA").is_err());
    }
}
