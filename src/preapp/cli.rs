//! `madoguchi keygen` and `madoguchi preapp encode|decode`.
//!
//! Results go to stdout as one JSON line (encode, keygen) or the decoded
//! pre-application as JSON (decode); refusals go to stderr as a translated
//! sentence, with exit status 1.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;

use super::{DecodeOptions, EncodeParams, Form, PublicKey, SecretKey, codec, limits, qr};
use crate::cli::CommonArgs;
use crate::i18n::{I18n, Lang, Message};

/// `madoguchi keygen`: make the office key pair.
#[derive(Debug, Clone, clap::Args)]
pub struct KeygenArgs {
    /// Folder for `office.key` (private, mode 0600) and `office.pub`.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Replace existing key files (payloads sealed to the old key become unreadable).
    #[arg(long)]
    pub force: bool,
    /// Language of messages.
    #[arg(long, default_value = "ja")]
    pub lang: String,
}

/// `madoguchi preapp …`
#[derive(Debug, Clone, clap::Subcommand)]
pub enum PreappCommand {
    /// Turn a form (JSON) into QR code images or texts.
    Encode(EncodeArgs),
    /// Read QR code images or texts back into the form (JSON).
    Decode(DecodeArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct EncodeArgs {
    /// The filled form as JSON (see tests/fixtures/preapp/*.json).
    #[arg(long, value_name = "FORM.json")]
    pub input: PathBuf,
    /// Seal to this office public key (`office.pub`); without it the payload is plain.
    #[arg(long, value_name = "office.pub")]
    pub recipient: Option<PathBuf>,
    /// Days until the payload expires.
    #[arg(long, default_value_t = 14)]
    pub expires_days: u32,
    /// PNG to write; several parts become NAME-1.png, NAME-2.png, …
    #[arg(long, value_name = "PATH", required_unless_present = "text")]
    pub out: Option<PathBuf>,
    /// Print the QR texts in the JSON line instead of writing images.
    #[arg(long)]
    pub text: bool,
    /// Largest QR version of one part before splitting.
    #[arg(long, default_value_t = limits::DEFAULT_MAX_QR_VERSION, value_parser = clap::value_parser!(u8).range(1..=40))]
    pub max_version: u8,
    /// Language of messages.
    #[arg(long, default_value = "ja")]
    pub lang: String,
}

#[derive(Debug, Clone, clap::Args)]
pub struct DecodeArgs {
    /// The office private key (`office.key`), needed for encrypted payloads.
    #[arg(long, value_name = "office.key")]
    pub key: Option<PathBuf>,
    /// Refuse plain (unencrypted) payloads, as an office configured so would.
    #[arg(long)]
    pub reject_plain: bool,
    /// QR texts instead of image files (all parts of one payload, any order).
    #[arg(long, num_args = 1.., value_name = "TEXT", conflicts_with = "files")]
    pub text: Vec<String>,
    /// PNG (or other image) files holding the QR code(s).
    #[arg(value_name = "FILE.png", required_unless_present = "text")]
    pub files: Vec<PathBuf>,
    /// Language of messages.
    #[arg(long, default_value = "ja")]
    pub lang: String,
}

pub fn run_keygen(_common: &CommonArgs, args: KeygenArgs) -> anyhow::Result<ExitCode> {
    keygen_to(
        &args,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    )
}

pub fn run(_common: &CommonArgs, cmd: PreappCommand) -> anyhow::Result<ExitCode> {
    let (mut out, mut err) = (std::io::stdout().lock(), std::io::stderr().lock());
    match cmd {
        PreappCommand::Encode(args) => encode_to(&args, &mut out, &mut err),
        PreappCommand::Decode(args) => decode_to(&args, &mut out, &mut err),
    }
}

/// A refusal for a person: rendered in their language on `err`, exit 1.
fn refuse(err: &mut dyn Write, lang: &str, message: Message) -> anyhow::Result<ExitCode> {
    let lang = Lang::parse(lang).unwrap_or_default();
    writeln!(err, "{}", I18n::embedded().render(&lang, &message))?;
    Ok(ExitCode::FAILURE)
}

fn path_arg(path: &Path) -> String {
    path.display().to_string()
}

/// [`run_keygen`] with its output streams given (for tests).
pub fn keygen_to(
    args: &KeygenArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let secret_path = args.out.join("office.key");
    let public_path = args.out.join("office.pub");
    if !args.force {
        for path in [&secret_path, &public_path] {
            if path.exists() {
                return refuse(
                    err,
                    &args.lang,
                    Message::new("preapp-keygen-exists").arg("path", path_arg(path)),
                );
            }
        }
    }
    let key = SecretKey::generate();
    let written = std::fs::create_dir_all(&args.out)
        .and_then(|()| {
            crate::cli::write_private(&secret_path, format!("{}\n", key.to_text()).as_bytes())
        })
        .and_then(|()| std::fs::write(&public_path, format!("{}\n", key.public().to_text())));
    if let Err(e) = written {
        return refuse(
            err,
            &args.lang,
            Message::new("preapp-cli-write-failed")
                .arg("path", path_arg(&args.out))
                .arg("reason", e.to_string()),
        );
    }
    let line = json!({
        "secret_key": secret_path,
        "public_key": public_path,
        "key_id": hex(&key.public().key_id()),
    });
    writeln!(out, "{line}")?;
    let done = Message::new("preapp-keygen-done")
        .arg("secret", path_arg(&secret_path))
        .arg("public", path_arg(&public_path));
    let lang = Lang::parse(&args.lang).unwrap_or_default();
    writeln!(err, "{}", I18n::embedded().render(&lang, &done))?;
    Ok(ExitCode::SUCCESS)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// [`run`] `encode` with its output streams given (for tests).
pub fn encode_to(
    args: &EncodeArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let unreadable = |path: &Path, reason: String| {
        Message::new("preapp-cli-input-unreadable")
            .arg("path", path_arg(path))
            .arg("reason", reason)
    };
    let form: Form = match std::fs::read_to_string(&args.input)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
    {
        Ok(form) => form,
        Err(reason) => return refuse(err, &args.lang, unreadable(&args.input, reason)),
    };
    let recipient = match &args.recipient {
        Some(path) => match std::fs::read_to_string(path)
            .ok()
            .and_then(|t| PublicKey::from_text(&t).ok())
        {
            Some(key) => Some(key),
            None => {
                return refuse(
                    err,
                    &args.lang,
                    Message::new("preapp-cli-key-unreadable").arg("path", path_arg(path)),
                );
            }
        },
        None => None,
    };
    if !(1..=limits::MAX_VALIDITY_DAYS).contains(&args.expires_days) {
        return refuse(
            err,
            &args.lang,
            Message::new("preapp-cli-bad-days").arg("max", limits::MAX_VALIDITY_DAYS),
        );
    }
    let mut params = EncodeParams::now(args.expires_days);
    params.max_version = args.max_version;
    let encoding = match codec::encode(&form, recipient.as_ref(), &params) {
        Ok(encoding) => encoding,
        Err(e) => return refuse(err, &args.lang, e.message()),
    };
    let count = encoding.parts.len();
    let mut parts = Vec::new();
    for (i, text) in encoding.parts.iter().enumerate() {
        let version = qr::version_for(text);
        let mut part = json!({ "version": version, "ec": "M", "chars": text.len() });
        if args.text {
            part["text"] = json!(text);
        } else if let Some(out_path) = &args.out {
            let path = part_path(out_path, i, count);
            let saved = qr::render(text)
                .ok_or_else(|| "QR".to_string())
                .and_then(|image| image.save(&path).map_err(|e| e.to_string()));
            if let Err(reason) = saved {
                return refuse(
                    err,
                    &args.lang,
                    Message::new("preapp-cli-write-failed")
                        .arg("path", path_arg(&path))
                        .arg("reason", reason),
                );
            }
            part["file"] = json!(path);
        }
        parts.push(part);
    }
    let line = json!({
        "parts": parts,
        "encrypted": recipient.is_some(),
        "payload_bytes": encoding.message.len(),
        "cbor_bytes": encoding.cbor.len(),
        "expires": params.expires,
    });
    writeln!(out, "{line}")?;
    Ok(ExitCode::SUCCESS)
}

/// `out.png` for one part; `out-1.png`, `out-2.png`, … for several.
pub fn part_path(out: &Path, index: usize, count: usize) -> PathBuf {
    if count == 1 {
        return out.to_path_buf();
    }
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "preapp".into());
    let ext = out
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "png".into());
    out.with_file_name(format!("{stem}-{}.{ext}", index + 1))
}

/// [`run`] `decode` with its output streams given (for tests).
pub fn decode_to(
    args: &DecodeArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let key = match &args.key {
        Some(path) => match std::fs::read_to_string(path)
            .ok()
            .and_then(|t| SecretKey::from_text(&t).ok())
        {
            Some(key) => Some(key),
            None => {
                return refuse(
                    err,
                    &args.lang,
                    Message::new("preapp-cli-key-unreadable").arg("path", path_arg(path)),
                );
            }
        },
        None => None,
    };
    let mut texts = args.text.clone();
    for path in &args.files {
        match qr::read_file(path) {
            Ok(found) if found.is_empty() => {
                return refuse(
                    err,
                    &args.lang,
                    Message::new("preapp-cli-no-code").arg("path", path_arg(path)),
                );
            }
            Ok(found) => texts.extend(found),
            Err(_) => {
                return refuse(
                    err,
                    &args.lang,
                    Message::new("preapp-cli-image-unreadable").arg("path", path_arg(path)),
                );
            }
        }
    }
    let options = DecodeOptions::new(key, !args.reject_plain);
    match codec::decode_all(&texts, &options) {
        Ok(app) => {
            writeln!(out, "{}", serde_json::to_string_pretty(&app)?)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => refuse(err, &args.lang, e.message()),
    }
}
