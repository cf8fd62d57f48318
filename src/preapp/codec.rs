//! Text ⇄ bytes ⇄ pre-application: header, integrity, encryption,
//! compression, parts and their reassembly. The format is specified in the
//! module docs of [`super`].

use std::io::Read;

use chrono::{DateTime, Utc};
use flate2::Compression;
use sha2::{Digest, Sha256};

use super::crypto::{self, ENC_LEN, KEY_ID_LEN, PublicKey, SecretKey, TAG_LEN};
use super::error::PreappError;
use super::model::{Form, PreApplication};
use super::{base45, cbor, limits, qr};

/// The format version this code writes and reads.
pub const VERSION: u8 = 1;
/// Text prefix of a one-part payload: `MG` + version + `:`.
pub const PREFIX: &str = "MG1:";
/// Text prefix of each part of a multi-part payload. It differs from
/// [`PREFIX`] in length, so no single changed character turns one into the other.
pub const PART_PREFIX: &str = "MG1P:";
const FLAG_ENCRYPTED: u8 = 0b0001;
const FLAG_DEFLATE: u8 = 0b0010;
const FLAGS_KNOWN: u8 = FLAG_ENCRYPTED | FLAG_DEFLATE;
/// Bytes of the plain payload's check value.
pub const CHECK_LEN: usize = 8;
/// Bytes of a multi-part message id.
pub const MESSAGE_ID_LEN: usize = 4;

/// What an encoder needs besides the form: the clock and the randomness,
/// injected so the known-answer vectors are reproducible.
#[derive(Debug, Clone)]
pub struct EncodeParams {
    pub created: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    /// IKM of the HPKE ephemeral key (RFC 9180 `DeriveKeyPair`); fresh random bytes in use.
    pub ephemeral_ikm: [u8; 32],
    /// Largest QR version a part may need at error-correction level M.
    pub max_version: u8,
}

impl EncodeParams {
    /// Now (whole seconds), valid for `days`, fresh randomness, the default version cap.
    pub fn now(days: u32) -> Self {
        let created = DateTime::from_timestamp(Utc::now().timestamp(), 0).unwrap_or_else(Utc::now);
        EncodeParams {
            created,
            expires: created + chrono::Duration::days(i64::from(days)),
            ephemeral_ikm: crypto::random_ikm(),
            max_version: limits::DEFAULT_MAX_QR_VERSION,
        }
    }
}

/// Every stage of an encoding, for the vectors and the CLI's report.
#[derive(Debug, Clone)]
pub struct Encoding {
    pub cbor: Vec<u8>,
    /// Raw DEFLATE of `cbor`.
    pub deflated: Vec<u8>,
    /// Whether the body is `deflated` (shorter) or `cbor` itself.
    pub compressed: bool,
    /// The message before splitting (see the format: key id, enc, ciphertext; or body, check).
    pub message: Vec<u8>,
    /// QR texts, in part order.
    pub parts: Vec<String>,
}

/// Encodes a form. `recipient` seals it to an office key; without it the
/// payload is plain (readable by anyone who scans it).
pub fn encode(
    form: &Form,
    recipient: Option<&PublicKey>,
    params: &EncodeParams,
) -> Result<Encoding, PreappError> {
    form.check().map_err(|problem| {
        if problem.too_large {
            PreappError::TooLarge
        } else {
            PreappError::InvalidForm { path: problem.path }
        }
    })?;
    let created_ok = params.created.timestamp_subsec_nanos() == 0
        && u64::try_from(params.created.timestamp())
            .is_ok_and(|t| cbor::CREATED_RANGE.contains(&t));
    if !created_ok {
        return Err(PreappError::InvalidForm {
            path: "created".into(),
        });
    }
    let validity = params.expires - params.created;
    let whole_days = validity.num_seconds() % 86_400 == 0 && validity.subsec_nanos() == 0;
    if validity < chrono::Duration::zero()
        || validity > chrono::Duration::days(i64::from(limits::MAX_VALIDITY_DAYS))
        || !whole_days
    {
        return Err(PreappError::InvalidForm {
            path: "expires".into(),
        });
    }
    let app = PreApplication {
        form: form.clone(),
        created: params.created,
        expires: params.expires,
    };
    let cbor = cbor::to_cbor(&app);
    if cbor.len() > limits::MAX_INFLATED_BYTES {
        return Err(PreappError::TooLarge);
    }
    let deflated = deflate(&cbor);
    // Small bodies of mostly unique text do not compress: DEFLATE only when it pays.
    let compressed = deflated.len() < cbor.len();
    let body = if compressed { &deflated } else { &cbor };
    let header = message_header(recipient.is_some(), compressed);
    let message = match recipient {
        Some(key) => {
            let key_id = key.key_id();
            let (enc, sealed) =
                crypto::seal(key, params.ephemeral_ikm, &aad(header, &key_id), body);
            [&key_id[..], &enc, &sealed].concat()
        }
        None => {
            let check = check_value(header, body);
            [&body[..], &check].concat()
        }
    };
    if message.len() > limits::MAX_MESSAGE_BYTES {
        return Err(PreappError::TooLarge);
    }
    let parts = split(header, &message, params.max_version)?;
    Ok(Encoding {
        cbor,
        deflated,
        compressed,
        message,
        parts,
    })
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), Compression::best());
    // Writing to a Vec cannot fail.
    encoder.write_all(bytes).expect("deflate to memory");
    encoder.finish().expect("deflate to memory")
}

/// Byte 0 of every part: version and the encrypted and deflate flags.
fn message_header(encrypted: bool, compressed: bool) -> u8 {
    (VERSION << 4)
        | if encrypted { FLAG_ENCRYPTED } else { 0 }
        | if compressed { FLAG_DEFLATE } else { 0 }
}

fn aad(header: u8, key_id: &[u8]) -> Vec<u8> {
    [&[header][..], key_id].concat()
}

fn check_value(header: u8, body: &[u8]) -> [u8; CHECK_LEN] {
    let digest = Sha256::new()
        .chain_update([header])
        .chain_update(body)
        .finalize();
    let mut out = [0u8; CHECK_LEN];
    out.copy_from_slice(&digest[..CHECK_LEN]);
    out
}

fn message_id(header: u8, message: &[u8]) -> [u8; MESSAGE_ID_LEN] {
    let digest = Sha256::new()
        .chain_update([header])
        .chain_update(message)
        .finalize();
    let mut out = [0u8; MESSAGE_ID_LEN];
    out.copy_from_slice(&digest[..MESSAGE_ID_LEN]);
    out
}

fn part_text(prefix: &str, bytes: &[u8]) -> String {
    format!("{prefix}{}", base45::encode(bytes))
}

/// One part when it fits `max_version`, else the fewest equal parts that all do.
fn split(header: u8, message: &[u8], max_version: u8) -> Result<Vec<String>, PreappError> {
    let single = part_text(PREFIX, &[&[header][..], message].concat());
    if qr::version_for(&single).is_some_and(|v| v <= max_version) {
        return Ok(vec![single]);
    }
    let id = message_id(header, message);
    for count in 2..=limits::MAX_PARTS {
        let chunk_len = message.len().div_ceil(count);
        if chunk_len == 0 {
            break;
        }
        let texts: Vec<String> = message
            .chunks(chunk_len)
            .enumerate()
            .map(|(index, chunk)| {
                let seq = ((index as u8) << 4) | (count as u8 - 1);
                part_text(PART_PREFIX, &[&[header][..], &id, &[seq], chunk].concat())
            })
            .collect();
        // `chunks` can give fewer pieces than `count` for tiny messages; those always fit in one.
        if texts.len() == count
            && texts
                .iter()
                .all(|t| qr::version_for(t).is_some_and(|v| v <= max_version))
        {
            return Ok(texts);
        }
    }
    Err(PreappError::TooLarge)
}

/// How a reader treats payloads.
#[derive(Debug, Clone)]
pub struct DecodeOptions {
    /// The office key; without it encrypted payloads are refused ([`PreappError::NoKey`]).
    pub key: Option<SecretKey>,
    /// Whether plain (unencrypted) payloads are accepted (an office setting).
    pub accept_plain: bool,
    /// The time expiry is checked against; `None`: the clock at each decode
    /// (what a long-running kiosk wants). Tests and vectors fix it.
    pub now: Option<DateTime<Utc>>,
}

impl DecodeOptions {
    pub fn new(key: Option<SecretKey>, accept_plain: bool) -> Self {
        DecodeOptions {
            key,
            accept_plain,
            now: None,
        }
    }
}

/// One scanned part, checked for syntax but not yet for integrity.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Part {
    encrypted: bool,
    compressed: bool,
    multi: Option<MultiHeader>,
    chunk: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MultiHeader {
    id: [u8; MESSAGE_ID_LEN],
    index: usize,
    count: usize,
}

/// Normalises what a scanner or keyboard wedge delivered: line ends and tabs
/// around the text go, lower case (caps lock on a wedge) becomes upper case.
/// Spaces stay: space is a base45 digit.
fn normalise(text: &str) -> String {
    text.trim_matches(['\r', '\n', '\t', '\0'])
        .to_ascii_uppercase()
}

fn parse_part(text: &str) -> Result<Part, PreappError> {
    if text.len() > limits::MAX_TEXT_CHARS + 8 {
        return Err(PreappError::TooLarge);
    }
    let text = normalise(text);
    let rest = text.strip_prefix("MG").ok_or(PreappError::NotOurs)?;
    let digits_end = rest
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(rest.len());
    let (digits, rest) = rest.split_at(digits_end);
    let (multipart, body) = match (rest.strip_prefix(':'), rest.strip_prefix("P:")) {
        (Some(body), _) => (false, body),
        (None, Some(body)) => (true, body),
        (None, None) => return Err(PreappError::NotOurs),
    };
    if digits.is_empty() || digits.len() > 3 || digits.starts_with('0') {
        return Err(PreappError::NotOurs);
    }
    let version: u32 = digits.parse().map_err(|_| PreappError::NotOurs)?;
    if version > u32::from(VERSION) {
        return Err(PreappError::NewerVersion {
            found: version,
            supported: u32::from(VERSION),
        });
    }
    if body.len() > limits::MAX_TEXT_CHARS {
        return Err(PreappError::TooLarge);
    }
    let bytes = base45::decode(body).map_err(|_| PreappError::Corrupted)?;
    let (&byte0, rest) = bytes.split_first().ok_or(PreappError::Corrupted)?;
    if byte0 >> 4 != VERSION || byte0 & 0x0F & !FLAGS_KNOWN != 0 {
        return Err(PreappError::Corrupted);
    }
    let encrypted = byte0 & FLAG_ENCRYPTED != 0;
    let compressed = byte0 & FLAG_DEFLATE != 0;
    if !multipart {
        return Ok(Part {
            encrypted,
            compressed,
            multi: None,
            chunk: rest.to_vec(),
        });
    }
    if rest.len() <= MESSAGE_ID_LEN + 1 {
        return Err(PreappError::Corrupted);
    }
    let mut id = [0u8; MESSAGE_ID_LEN];
    id.copy_from_slice(&rest[..MESSAGE_ID_LEN]);
    let seq = rest[MESSAGE_ID_LEN];
    let (index, count) = (usize::from(seq >> 4), usize::from(seq & 0x0F) + 1);
    if count < 2 || index >= count {
        return Err(PreappError::Corrupted);
    }
    Ok(Part {
        encrypted,
        compressed,
        multi: Some(MultiHeader { id, index, count }),
        chunk: rest[MESSAGE_ID_LEN + 1..].to_vec(),
    })
}

fn open_message(
    encrypted: bool,
    compressed: bool,
    message: &[u8],
    opts: &DecodeOptions,
) -> Result<PreApplication, PreappError> {
    if message.len() > limits::MAX_MESSAGE_BYTES {
        return Err(PreappError::TooLarge);
    }
    let header = message_header(encrypted, compressed);
    let body = if encrypted {
        if message.len() < KEY_ID_LEN + ENC_LEN + TAG_LEN {
            return Err(PreappError::Corrupted);
        }
        let (key_id, rest) = message.split_at(KEY_ID_LEN);
        let (enc, sealed) = rest.split_at(ENC_LEN);
        // A plain code whose header flags were damaged looks encrypted; one that
        // still verifies as plain is ours and damaged, not "encrypted for someone".
        let Some(key) = opts.key.as_ref() else {
            return Err(if verifies_as_plain(message) {
                PreappError::Corrupted
            } else {
                PreappError::NoKey
            });
        };
        let ours = key.public().key_id();
        if key_id != ours {
            // Likewise a code whose key id (and, in the same base45 group, header
            // flags) was damaged still opens under our own id.
            let opens_as_ours = [true, false].into_iter().any(|deflate| {
                crypto::open(key, enc, &aad(message_header(true, deflate), &ours), sealed).is_some()
            });
            return Err(if opens_as_ours || verifies_as_plain(message) {
                PreappError::Corrupted
            } else {
                PreappError::WrongKey
            });
        }
        crypto::open(key, enc, &aad(header, key_id), sealed).ok_or(PreappError::Corrupted)?
    } else {
        let split = message
            .len()
            .checked_sub(CHECK_LEN)
            .ok_or(PreappError::Corrupted)?;
        let (body, check) = message.split_at(split);
        if check != check_value(header, body) {
            return Err(PreappError::Corrupted);
        }
        if !opts.accept_plain {
            return Err(PreappError::PlainNotAccepted);
        }
        body.to_vec()
    };
    let cbor = if compressed {
        inflate_bounded(&body)?
    } else {
        body
    };
    let app = cbor::from_cbor(&cbor).map_err(|e| match e {
        cbor::BodyError::Invalid => PreappError::Corrupted,
        cbor::BodyError::TooLarge => PreappError::TooLarge,
    })?;
    if opts.now.unwrap_or_else(Utc::now) > app.expires {
        return Err(PreappError::Expired {
            expired: app.expires,
        });
    }
    Ok(app)
}

/// Whether `message` carries a valid plain check under either plain header,
/// whatever its first byte. Used only to classify a failure: one changed
/// character in the first base45 group alters the header byte and the
/// message's first byte together, and can make a plain code look encrypted.
fn verifies_as_plain(message: &[u8]) -> bool {
    let Some(split) = message.len().checked_sub(CHECK_LEN) else {
        return false;
    };
    let (body, check) = message.split_at(split);
    let Some((_, tail)) = body.split_first() else {
        return [true, false]
            .into_iter()
            .any(|d| check == check_value(message_header(false, d), body));
    };
    // At most 512 hashes of at most 8 KiB, and only on the way to an error.
    [true, false].into_iter().any(|deflate| {
        (0..=255u8).any(|first| {
            let digest = Sha256::new()
                .chain_update([message_header(false, deflate), first])
                .chain_update(tail)
                .finalize();
            digest[..CHECK_LEN] == *check
        })
    })
}

/// Inflates at most [`limits::MAX_INFLATED_BYTES`] + 1 bytes: a zip bomb
/// stops there, long before it is fully inflated.
pub fn inflate_bounded(deflated: &[u8]) -> Result<Vec<u8>, PreappError> {
    let decoder = flate2::read::DeflateDecoder::new(deflated);
    let mut out = Vec::new();
    decoder
        .take(limits::MAX_INFLATED_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|_| PreappError::Corrupted)?;
    if out.len() > limits::MAX_INFLATED_BYTES {
        return Err(PreappError::TooLarge);
    }
    Ok(out)
}

/// Decodes a one-part text.
pub fn decode(text: &str, opts: &DecodeOptions) -> Result<PreApplication, PreappError> {
    decode_all(&[text], opts)
}

/// Decodes the texts of one payload: a single part, or all parts of a
/// multi-part payload in any order. Texts of different payloads are refused.
pub fn decode_all<S: AsRef<str>>(
    texts: &[S],
    opts: &DecodeOptions,
) -> Result<PreApplication, PreappError> {
    if texts.len() > limits::MAX_PARTS {
        return Err(PreappError::TooLarge);
    }
    let mut reassembler = Reassembler::new(opts.clone());
    let mut result = None;
    for text in texts {
        if result.is_some() {
            // A complete payload followed by more texts: they cannot belong to it.
            return Err(PreappError::Corrupted);
        }
        match reassembler.push_strict(text.as_ref())? {
            Progress::Complete(app) => result = Some(*app),
            Progress::Partial { .. } => {}
        }
    }
    match result {
        Some(app) => Ok(app),
        None => Err(reassembler.missing().unwrap_or(PreappError::Corrupted)),
    }
}

/// Where reassembly stands after a part was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// `read` of `total` parts of a multi-part payload are in.
    Partial { read: usize, total: usize },
    /// The payload is complete and valid.
    Complete(Box<PreApplication>),
}

impl Progress {
    /// "2 of 3 read" for the scanner screen; `None` once complete.
    pub fn message(&self) -> Option<crate::i18n::Message> {
        match self {
            Progress::Partial { read, total } => Some(
                crate::i18n::Message::new("preapp-progress")
                    .arg("read", *read)
                    .arg("total", *total),
            ),
            Progress::Complete(_) => None,
        }
    }
}

#[derive(Debug, Clone)]
struct Collecting {
    header: MultiHeader,
    encrypted: bool,
    compressed: bool,
    chunks: Vec<Option<Vec<u8>>>,
}

/// Takes scanned texts one at a time, in any order, and reports progress
/// ("2 of 3") until a payload is complete. The kiosk scanner feeds it.
///
/// A part of another multi-part payload restarts collection (the resident
/// showed a different code); a part read twice is ignored.
#[derive(Debug, Clone)]
pub struct Reassembler {
    opts: DecodeOptions,
    current: Option<Collecting>,
}

impl Reassembler {
    pub fn new(opts: DecodeOptions) -> Self {
        Reassembler {
            opts,
            current: None,
        }
    }

    /// The options in use (a kiosk that reloads its key replaces them).
    pub fn options_mut(&mut self) -> &mut DecodeOptions {
        &mut self.opts
    }

    /// Forgets collected parts (idle timeout, resident left).
    pub fn reset(&mut self) {
        self.current = None;
    }

    /// `MissingParts` while a multi-part payload is incomplete.
    pub fn missing(&self) -> Option<PreappError> {
        self.current.as_ref().map(|c| PreappError::MissingParts {
            read: c.chunks.iter().flatten().count(),
            total: c.header.count,
        })
    }

    /// Adds one scanned text. An error about this text leaves parts
    /// collected so far in place, except when the completed payload fails.
    pub fn push(&mut self, text: &str) -> Result<Progress, PreappError> {
        self.push_inner(text, false)
    }

    /// Like [`push`](Self::push) but a part of another payload is an error.
    fn push_strict(&mut self, text: &str) -> Result<Progress, PreappError> {
        self.push_inner(text, true)
    }

    fn push_inner(&mut self, text: &str, strict: bool) -> Result<Progress, PreappError> {
        let part = parse_part(text)?;
        let Some(multi) = part.multi else {
            if strict && self.current.is_some() {
                return Err(PreappError::Corrupted);
            }
            let result = open_message(part.encrypted, part.compressed, &part.chunk, &self.opts);
            if result.is_ok() {
                self.current = None;
            }
            return result.map(|app| Progress::Complete(Box::new(app)));
        };
        let same = self
            .current
            .as_ref()
            .is_some_and(|c| c.header.id == multi.id);
        if !same {
            if strict && self.current.is_some() {
                return Err(PreappError::Corrupted);
            }
            self.current = Some(Collecting {
                header: multi,
                encrypted: part.encrypted,
                compressed: part.compressed,
                chunks: vec![None; multi.count],
            });
        }
        let Some(collecting) = self.current.as_mut() else {
            return Err(PreappError::Corrupted);
        };
        if collecting.header.count != multi.count
            || collecting.encrypted != part.encrypted
            || collecting.compressed != part.compressed
        {
            // Same id, different shape: one of the two parts is damaged.
            return Err(PreappError::Corrupted);
        }
        match &collecting.chunks[multi.index] {
            Some(existing) if *existing != part.chunk => return Err(PreappError::Corrupted),
            _ => collecting.chunks[multi.index] = Some(part.chunk),
        }
        let read = collecting.chunks.iter().flatten().count();
        if read < multi.count {
            return Ok(Progress::Partial {
                read,
                total: multi.count,
            });
        }
        let collecting = self.current.take().ok_or(PreappError::Corrupted)?;
        let message: Vec<u8> = collecting.chunks.into_iter().flatten().flatten().collect();
        let header = message_header(collecting.encrypted, collecting.compressed);
        if message_id(header, &message) != collecting.header.id {
            return Err(PreappError::Corrupted);
        }
        open_message(
            collecting.encrypted,
            collecting.compressed,
            &message,
            &self.opts,
        )
        .map(|app| Progress::Complete(Box::new(app)))
    }
}
