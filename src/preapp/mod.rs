//! Pre-application payloads: SPEC PLACEHOLDER

pub mod base45;
pub mod cbor;
pub mod cli;
pub mod codec;
pub mod crypto;
pub mod error;
pub mod model;
pub mod qr;

pub use codec::{
    DecodeOptions, EncodeParams, Encoding, Progress, Reassembler, decode, decode_all, encode,
};
pub use crypto::{PublicKey, SecretKey};
pub use error::PreappError;
pub use model::{Form, PreApplication};

/// Hard limits. A reader refuses anything beyond them before doing work
/// proportional to the excess.
pub mod limits {
    /// Characters of one part's text after the prefix: the alphanumeric
    /// capacity of QR version 40 at level L, the most any QR code holds.
    pub const MAX_TEXT_CHARS: usize = 4296;
    /// Parts of one payload (the part header has 4 bits for index and count).
    pub const MAX_PARTS: usize = 16;
    /// Bytes of the reassembled message (key id, enc, ciphertext or body, check).
    pub const MAX_MESSAGE_BYTES: usize = 8 * 1024;
    /// Bytes of CBOR after inflating: the zip-bomb stop.
    pub const MAX_INFLATED_BYTES: usize = 32 * 1024;
    /// Nesting of CBOR items (the format needs 3).
    pub const MAX_CBOR_DEPTH: usize = 8;
    /// Procedures in one payload.
    pub const MAX_PROCEDURES: usize = 16;
    /// Form fields.
    pub const MAX_FIELDS: usize = 128;
    /// Household members.
    pub const MAX_MEMBERS: usize = 12;
    /// Fields of one member.
    pub const MAX_MEMBER_FIELDS: usize = 32;
    /// Bytes of a procedure or field id.
    pub const MAX_ID_BYTES: usize = 64;
    /// Bytes (UTF-8) of one field value.
    pub const MAX_VALUE_BYTES: usize = 512;
    /// Default largest QR version of a part before the encoder splits.
    pub const DEFAULT_MAX_QR_VERSION: u8 = 20;
    /// Longest validity an encoder gives (days).
    pub const MAX_VALIDITY_DAYS: u32 = 90;
}
