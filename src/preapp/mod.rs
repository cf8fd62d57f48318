//! Pre-application payloads (事前申請QR): the codec behind the QR code a
//! resident makes at home and shows at the counter.
//!
//! This page is the specification of **format version 1**. A second
//! implementation (the planned static web page) follows it byte by byte and
//! checks itself against the known-answer vectors in
//! `tests/fixtures/preapp/vectors/`, which hold fixed keys and randomness and
//! every intermediate byte string (CBOR, body, message, texts).
//!
//! # Layers
//!
//! ```text
//! form (JSON shape of model::Form)
//!   → CBOR map with integer keys            (cbor.rs)
//!   → body: CBOR, or raw DEFLATE of it when shorter
//!   → message: sealed with HPKE to the office key, or body + check value
//!   → one or more parts: header byte [+ message id, index/count] + bytes
//!   → text: "MG1:" or "MG1P:" + base45 of the part bytes
//!   → QR code, error-correction level M, alphanumeric mode
//! ```
//!
//! # 1. Text
//!
//! | text | meaning |
//! | --- | --- |
//! | `MG1:` + base45 | a payload in one part |
//! | `MG1P:` + base45 | one part of a multi-part payload |
//!
//! Base45 is RFC 9285. Prefix and base45 use only the 45 characters of the
//! QR alphanumeric set (`0-9 A-Z space $ % * + - . / :`), so the whole text
//! goes into the QR code's alphanumeric mode (5.5 bits per character; base45
//! packs 16 bits in 3 characters, so a byte costs 8.25 bits instead of the
//! 8 of byte mode but the text survives a keyboard-wedge scanner, a chat
//! app or a form field unchanged).
//!
//! A reader first strips CR, LF, TAB and NUL at both ends and upper-cases
//! ASCII (a wedge scanner with caps lock on types lower case). Spaces are not
//! stripped: space is a base45 digit. Then:
//!
//! - not `MG` + 1–3 decimal digits without a leading zero + `:` or `P:`
//!   → [`PreappError::NotOurs`];
//! - digits greater than 1 → [`PreappError::NewerVersion`] (a later format
//!   may change anything after the prefix, so the version lives in the text);
//! - more than [`limits::MAX_TEXT_CHARS`] characters after the prefix →
//!   [`PreappError::TooLarge`]; invalid base45 → [`PreappError::Corrupted`].
//!
//! The part prefix is one character longer than the one-part prefix, so no
//! single changed character turns a one-part code into a part or back.
//!
//! # 2. Part bytes
//!
//! Byte 0 of every part (the *header byte*):
//!
//! | bits | value |
//! | --- | --- |
//! | 7–4 | format version, `1` (must equal the text prefix, else corrupted) |
//! | 0 | `E`: the message is sealed to an office key |
//! | 1 | `D`: the body is DEFLATE-compressed |
//! | 3–2 | zero (anything else: corrupted) |
//!
//! One part (`MG1:`): `header ‖ message`.
//!
//! Multi-part (`MG1P:`): `header ‖ message_id[4] ‖ seq[1] ‖ chunk`, where
//! `seq = index << 4 | (count − 1)`, `2 ≤ count ≤ 16`, `index < count`,
//! `message_id = SHA-256(header ‖ message)[0..4]`. The encoder cuts the
//! message into `count` chunks of `ceil(len / count)` bytes (the last may be
//! shorter), choosing the smallest `count` for which every part's text fits
//! the configured QR version at level M; a reader only concatenates chunks
//! in index order, whatever their lengths. All parts carry the same header
//! byte, id and count (else corrupted); parts may be read in any order, a
//! part read twice is ignored, and after reassembly the id is recomputed and
//! must match. Until all are in, the reader reports
//! [`PreappError::MissingParts`] ("2 of 3"); [`Reassembler`] does this for
//! the kiosk scanner, one scanned text at a time.
//!
//! # 3. Message
//!
//! `E = 1`, sealed: `key_id[7] ‖ enc[32] ‖ ciphertext ‖ tag[16]`
//!
//! - HPKE (RFC 9180) base mode, suite DHKEM(X25519, HKDF-SHA256) `0x0020`,
//!   HKDF-SHA256 `0x0001`, AES-128-GCM `0x0001`;
//!   `info = "madoguchi-preapp-v1"` (ASCII), `aad = header ‖ key_id`,
//!   plaintext = the body. `enc` is the sender's ephemeral X25519 public key.
//! - `key_id = SHA-256(office public key, 32 raw bytes)[0..7]`.
//!
//! `E = 0`, plain: `body ‖ check[8]`, `check = SHA-256(header ‖ body)[0..8]`.
//!
//! Order of checks for a sealed message: no office key configured →
//! [`PreappError::NoKey`]; key id not ours → [`PreappError::WrongKey`];
//! AEAD failure → [`PreappError::Corrupted`]. For a plain one: wrong check →
//! corrupted; plain payloads switched off ([`DecodeOptions::accept_plain`])
//! → [`PreappError::PlainNotAccepted`]. Before answering "no key" or "wrong
//! key" a reader tests whether the message verifies under another header
//! (the first base45 group holds the header byte and the message's first
//! byte, so one changed character can flip a flag): if it does, the answer
//! is "corrupted".
//!
//! # 4. Body
//!
//! `D = 1`: raw DEFLATE (RFC 1951, no zlib header) of the CBOR; `D = 0`: the
//! CBOR itself. The encoder sets `D` only when the DEFLATE stream is
//! shorter. The writer is zlib's deflate at level 9 (window 15, memory level
//! 8, default strategy), so the web page's pako (a port of zlib) writes the
//! same bytes and the vectors hold for both; a reader accepts any DEFLATE
//! stream. A reader inflates through a bounded reader and stops after
//! [`limits::MAX_INFLATED_BYTES`] + 1 bytes → [`PreappError::TooLarge`]: a
//! zip bomb costs at most 32 KiB of work, never its full size.
//!
//! # 5. CBOR (RFC 8949)
//!
//! One map with unsigned-integer keys, definite lengths:
//!
//! | key | name | type | meaning |
//! | --- | --- | --- | --- |
//! | 0 | created | uint | Unix seconds, 2020-01-01 … 2200-01-01 |
//! | 1 | validity | uint | whole days, 0 … 90; expires = created + days × 86 400 s |
//! | 2 | language | uint code or tstr | the resident's language; absent means `ja` |
//! | 3 | procedures | array (1–16) of uint code or tstr | procedure ids, in the resident's order, no duplicates |
//! | 4 | fields | map (≤ 128) code/id → value | form field values |
//! | 5 | household | array (1–12) of maps (≤ 32) code/id → value | members; absent when there are none |
//!
//! Codes index the frozen tables [`cbor::LANGUAGES`], [`cbor::PROCEDURES`],
//! [`cbor::FIELDS`] (for key 4) and [`cbor::MEMBER_FIELDS`] (for key 5),
//! which hold every id of the shipped catalogue (a test keeps it so). An
//! id outside a table is written as its text; a code outside a table, an
//! unknown top-level key, a duplicate key, a missing 0/1/3/4 or a wrong type
//! → corrupted. Tables are part of version 1 and never change: new fields
//! travel as text until a new format version.
//!
//! A *value* is written in the first of these forms that applies, and each
//! decodes to exactly one string:
//!
//! | CBOR | when | decodes to |
//! | --- | --- | --- |
//! | uint | decimal digits, no leading zero (or `0`), ≤ 19 digits | the digits |
//! | tag 100 (RFC 8943) + int | `YYYY-MM-DD`, a real date, years 1000–9999 | days since 1970-01-01 as that date |
//! | nint | a value of the frozen table [`cbor::VALUES`] (yes/no, choice options, 続柄, 性別), then the 47 prefectures | `VALUES[-1 - n]` |
//! | bstr (even length) | UTF-16BE strictly shorter than UTF-8 | UTF-16BE text, no lone surrogates |
//! | tstr | otherwise | UTF-8 text |
//!
//! Ids are 1–64 bytes of `a-z 0-9 . _ -`. Values are at most 512 bytes of
//! UTF-8 and contain no control characters or bidirectional overrides (they
//! could spoof a clerk's screen). A reader checks every limit of
//! [`limits`] on the decoded form, and the expiry last:
//! `now > expires` → [`PreappError::Expired`].
//!
//! # Limits
//!
//! | what | limit | refusal |
//! | --- | --- | --- |
//! | characters of one text after the prefix | 4 296 (QR version 40-L alphanumeric) | too large |
//! | parts | 16 (4-bit index and count) | too large |
//! | reassembled message | 8 KiB | too large |
//! | inflated CBOR | 32 KiB, stopped while inflating | too large |
//! | CBOR nesting | 8 levels | corrupted |
//! | procedures / fields / members / fields per member | 16 / 128 / 12 / 32 | too large |
//! | id / value | 64 / 512 bytes | too large |
//! | validity | 90 days | corrupted |
//!
//! Every count is checked before the items are used, and every buffer is
//! bounded by the text length, so no input makes a reader allocate more than
//! a small multiple of its own size plus the inflate limit.
//!
//! # Why these choices
//!
//! - **Density first.** A code shown on a phone must scan at arm's length on
//!   a kiosk camera, so each byte counts. Measured (`cargo bench --bench
//!   preapp`): the 住民票 request sealed needs QR version 10 (292 of the 311
//!   characters version 10-M holds) and the 転入 household of four version 15,
//!   against 20 and 34 for the same forms as JSON in a byte-mode QR.
//! - **CBOR with integer keys and code tables**: field names like
//!   `move.previous-address.prefecture` would otherwise outweigh their
//!   values, and so would choice values such as `household-all`.
//! - **UTF-16 for Japanese**: kanji and kana take three bytes in UTF-8, two in
//!   UTF-16; per value the shorter wins, so ASCII stays one byte a character.
//!   Numbers and dates (birth dates, move date, copies) shrink to 1–5 bytes.
//! - **DEFLATE only when it pays**: a short request of unique text does not
//!   compress (its stream would be 3 bytes longer); a household repeats
//!   surnames and addresses and loses more than a quarter.
//! - **HPKE X25519 / HKDF-SHA256 / AES-128-GCM**: the standard hybrid scheme,
//!   available in WebCrypto, so the web page can seal without custom crypto;
//!   base mode because a resident has no key of their own. The AEAD covers
//!   the header byte and key id as associated data.
//! - **7-byte key id**: with the header byte it fills four base45 groups
//!   exactly, so one changed character never damages both the key id and
//!   `enc`; damage is then told apart from "another office's key". 56 bits
//!   leave no realistic chance of two offices colliding.
//! - **8-byte check on plain payloads**: not a MAC (plain payloads are not
//!   authenticated; offices that need that refuse them), but a changed
//!   character passes it with probability 2⁻⁶⁴: "corrupted", never wrong data.
//!   QR codes carry their own Reed–Solomon correction; this check is for
//!   what slips past it and for typed or wedge-scanned text.
//! - **4-byte message id** ties parts together and is verified after reassembly.
//! - **Level M**: L fails on scratched or glaring phone screens; Q and H
//!   cost several versions at household sizes.
//! - **Split above version 12 by default** ([`limits::DEFAULT_MAX_QR_VERSION`]):
//!   on a phone screen the QR's size is fixed by the page, so a denser code
//!   has smaller modules. Measured on the second synthetic phone set
//!   (`cargo bench --bench scan`, encoder table): a household of four as one
//!   version-15 code read in 58% of frames, as two version-10 codes in 96%;
//!   a 住民票 request stays one version-10 code.
//! - **Validity in whole days, at most 90**: a resident makes the code days
//!   before coming; the clerk needs no finer expiry, and one byte is enough.
//!
//! # Keys
//!
//! `madoguchi keygen` writes `office.key` (mode 0600) and `office.pub`, one
//! line each: `madoguchi-office-secret-key-v1:` or
//! `madoguchi-office-public-key-v1:` followed by base64url (no padding) of
//! the 32 raw X25519 bytes.

pub mod base45;
pub mod cbor;
pub mod cli;
pub mod codec;
pub mod config;
pub mod crypto;
pub mod error;
pub mod model;
pub mod qr;

pub use codec::{
    DecodeOptions, EncodeParams, Encoding, Progress, Reassembler, decode, decode_all, encode,
};
pub use config::PreappConfig;
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
    pub const DEFAULT_MAX_QR_VERSION: u8 = 12;
    /// Longest validity an encoder gives (days).
    pub const MAX_VALIDITY_DAYS: u32 = 90;
}
