//! Speech, offline, on the machine: text to a [`Wav`] per language, the
//! spoken forms of calls and ticket numbers ([`spoken`]), and the queue that
//! plays utterances one after another ([`queue`]).
//!
//! Two engines, run as subprocesses with a time limit and no network:
//! Japanese and やさしい日本語 go through Open JTalk (`open_jtalk`, Debian's
//! `open-jtalk`, which reads kanji with the NAIST dictionary of Debian's
//! `open-jtalk-mecab-naist-jdic`) with the HTS voice "Mei" (MMDAgent, CC BY
//! 3.0) that `scripts/setup.sh` takes from PyPI's `pyopenjtalk` into
//! [`SHIPPED_VOICE`]; the other ten languages through `espeak-ng` (Debian)
//! with the voice [`Voice::for_lang`] names, Mandarin as pinyin
//! ([`mandarin`]). Both write a 16-bit mono WAV,
//! read back here into samples, so synthesis needs no audio device and
//! tests check what would be said.

pub mod cli;
pub mod mandarin;
pub mod queue;
pub mod spoken;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::i18n::{Lang, Message};

/// Where `scripts/setup.sh` leaves the Japanese HTS voice (not in git).
pub const SHIPPED_VOICE: &str = "assets/voice/mei_normal.htsvoice";
/// Where Debian's `open-jtalk-mecab-naist-jdic` installs the dictionary.
pub const DEBIAN_DICTIONARY: &str = "/var/lib/mecab/dic/open-jtalk/naist-jdic";
/// An engine that has not answered in this long is stopped.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// Which engine speaks a language, and with which voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// Open JTalk with the HTS voice.
    OpenJtalk,
    /// `espeak-ng -v NAME`.
    Espeak(&'static str),
    /// espeak-ng reading the text as pinyin (see [`mandarin`]).
    Mandarin,
}

impl Voice {
    /// The voice for `lang`. espeak-ng 1.51 has no Filipino voice: Filipino
    /// is read with the Indonesian one (an Austronesian neighbour that
    /// spells and sounds Latin letters the same way); both Chinese scripts
    /// are read in Mandarin, which has no Taiwanese variant there.
    pub fn for_lang(lang: Lang) -> Voice {
        match lang.code() {
            "ja" | "ja-x-easy" => Voice::OpenJtalk,
            "en" => Voice::Espeak("en-us"),
            "zh-Hans" | "zh-Hant" => Voice::Mandarin,
            "ko" => Voice::Espeak("ko"),
            "vi" => Voice::Espeak("vi"),
            "ne" => Voice::Espeak("ne"),
            "fil" => Voice::Espeak("id"),
            "pt-BR" => Voice::Espeak("pt-br"),
            "es" => Voice::Espeak("es-419"),
            "id" => Voice::Espeak("id"),
            _ => Voice::Espeak("en-us"),
        }
    }
}

/// Sound as mono samples in -1..1 at `rate` Hz.
#[derive(Debug, Clone, PartialEq)]
pub struct Wav {
    pub samples: Vec<f32>,
    pub rate: u32,
}

impl Wav {
    pub fn duration(&self) -> Duration {
        Duration::from_secs_f64(self.samples.len() as f64 / f64::from(self.rate.max(1)))
    }

    /// Root mean square of the samples (0 for silence).
    pub fn rms(&self) -> f32 {
        if self.samples.is_empty() {
            return 0.0;
        }
        let sum: f64 = self.samples.iter().map(|s| f64::from(*s).powi(2)).sum();
        (sum / self.samples.len() as f64).sqrt() as f32
    }

    /// Reads a PCM WAV (16-bit, any channel count: the first channel is kept).
    pub fn parse(bytes: &[u8]) -> Result<Wav, String> {
        if bytes.len() < 12 || &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
            return Err("not a RIFF WAVE file".into());
        }
        let (mut channels, mut rate, mut bits) = (0u16, 0u32, 0u16);
        let mut at = 12;
        while at + 8 <= bytes.len() {
            let id = &bytes[at..at + 4];
            let declared =
                u32::from_le_bytes([bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]])
                    as usize;
            let body = at + 8;
            // espeak-ng on a pipe cannot seek back: its data size is a placeholder.
            let end = body.saturating_add(declared).min(bytes.len());
            match id {
                b"fmt " if end >= body + 16 => {
                    channels = u16::from_le_bytes([bytes[body + 2], bytes[body + 3]]);
                    rate = u32::from_le_bytes([
                        bytes[body + 4],
                        bytes[body + 5],
                        bytes[body + 6],
                        bytes[body + 7],
                    ]);
                    bits = u16::from_le_bytes([bytes[body + 14], bytes[body + 15]]);
                }
                b"data" => {
                    if bits != 16 || channels == 0 || rate == 0 {
                        return Err(format!("unsupported WAV: {bits}-bit, {channels} channels"));
                    }
                    let frame = 2 * usize::from(channels);
                    let samples = bytes[body..end]
                        .chunks_exact(frame)
                        .map(|f| f32::from(i16::from_le_bytes([f[0], f[1]])) / 32768.0)
                        .collect();
                    return Ok(Wav { samples, rate });
                }
                _ => {}
            }
            at = body + declared + (declared & 1);
        }
        Err("no data chunk".into())
    }

    /// The samples as a 16-bit mono PCM WAV file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let data_len = (self.samples.len() * 2) as u32;
        let mut out = Vec::with_capacity(44 + data_len as usize);
        out.extend_from_slice(b"RIFF");
        out.extend_from_slice(&(36 + data_len).to_le_bytes());
        out.extend_from_slice(b"WAVEfmt ");
        out.extend_from_slice(&16u32.to_le_bytes());
        out.extend_from_slice(&1u16.to_le_bytes()); // PCM
        out.extend_from_slice(&1u16.to_le_bytes()); // mono
        out.extend_from_slice(&self.rate.to_le_bytes());
        out.extend_from_slice(&(self.rate * 2).to_le_bytes());
        out.extend_from_slice(&2u16.to_le_bytes());
        out.extend_from_slice(&16u16.to_le_bytes());
        out.extend_from_slice(b"data");
        out.extend_from_slice(&data_len.to_le_bytes());
        for s in &self.samples {
            let v = (s.clamp(-1.0, 1.0) * 32767.0).round() as i16;
            out.extend_from_slice(&v.to_le_bytes());
        }
        out
    }
}

/// Why nothing was said. Texts for people through [`SpeechError::message`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SpeechError {
    /// The engine's program is not installed.
    #[error("speech engine {engine} not found")]
    EngineMissing { engine: String },
    /// The engine is there but the voice (or its dictionary) is not.
    #[error("voice {voice} not found")]
    VoiceMissing { voice: String },
    /// The engine ran and failed, timed out, or wrote no usable sound.
    #[error("speech engine {engine} failed: {reason}")]
    Failed { engine: String, reason: String },
}

impl SpeechError {
    pub fn message(&self) -> Message {
        match self {
            SpeechError::EngineMissing { engine } => {
                Message::new("speech-error-engine-missing").arg("engine", engine.as_str())
            }
            SpeechError::VoiceMissing { voice } => {
                Message::new("speech-error-voice-missing").arg("voice", voice.as_str())
            }
            SpeechError::Failed { engine, reason } => Message::new("speech-error-failed")
                .arg("engine", engine.as_str())
                .arg("reason", reason.as_str()),
        }
    }
}

/// Where the engines and the Japanese voice are on this machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Engines {
    pub open_jtalk: PathBuf,
    pub dictionary: PathBuf,
    pub hts_voice: PathBuf,
    pub espeak: PathBuf,
}

impl Default for Engines {
    fn default() -> Self {
        Engines::installed()
    }
}

impl Engines {
    /// The Debian packages' paths and the voice set-up fetched
    /// (`MADOGUCHI_HTS_VOICE` names another `.htsvoice`).
    pub fn installed() -> Engines {
        let hts_voice = std::env::var_os("MADOGUCHI_HTS_VOICE")
            .map(PathBuf::from)
            .or_else(|| {
                [
                    PathBuf::from(SHIPPED_VOICE),
                    Path::new(env!("CARGO_MANIFEST_DIR")).join(SHIPPED_VOICE),
                ]
                .into_iter()
                .find(|path| path.is_file())
            })
            .unwrap_or_else(|| PathBuf::from(SHIPPED_VOICE));
        Engines {
            open_jtalk: PathBuf::from("open_jtalk"),
            dictionary: PathBuf::from(DEBIAN_DICTIONARY),
            hts_voice,
            espeak: PathBuf::from("espeak-ng"),
        }
    }

    /// Why `lang` cannot be spoken here, if it cannot.
    pub fn unavailable(&self, lang: Lang) -> Option<SpeechError> {
        match Voice::for_lang(lang) {
            Voice::OpenJtalk => {
                if !on_path(&self.open_jtalk) {
                    return Some(missing_engine(&self.open_jtalk));
                }
                [&self.dictionary, &self.hts_voice]
                    .into_iter()
                    .find(|p| !p.exists())
                    .map(|p| SpeechError::VoiceMissing {
                        voice: p.display().to_string(),
                    })
            }
            Voice::Espeak(_) | Voice::Mandarin => {
                (!on_path(&self.espeak)).then(|| missing_engine(&self.espeak))
            }
        }
    }

    /// `text` spoken in `lang`.
    pub fn synthesize(&self, lang: Lang, text: &str) -> Result<Wav, SpeechError> {
        if let Some(error) = self.unavailable(lang) {
            return Err(error);
        }
        match Voice::for_lang(lang) {
            Voice::OpenJtalk => {
                let out = scratch_file();
                let mut command = Command::new(&self.open_jtalk);
                command
                    .arg("-x")
                    .arg(&self.dictionary)
                    .arg("-m")
                    .arg(&self.hts_voice)
                    .arg("-ow")
                    .arg(&out);
                let result = run(command, text, &self.open_jtalk).and_then(|_| {
                    std::fs::read(&out).map_err(|e| failed(&self.open_jtalk, e.to_string()))
                });
                let _ = std::fs::remove_file(&out);
                parse(&result?, &self.open_jtalk)
            }
            Voice::Espeak(_) | Voice::Mandarin => {
                let (mut command, input) = self.espeak(lang, text);
                command.args(["--stdout", "-b", "1"]);
                parse(&run(command, &input, &self.espeak)?, &self.espeak)
            }
        }
    }

    /// The phonemes espeak-ng says for `text` in `lang` (its `-x`
    /// mnemonics; `(en)` marks a switch to English, as for a character it
    /// cannot read), for facilities staff to check a voice; `None` for the
    /// languages Open JTalk speaks.
    pub fn phonemes(&self, lang: Lang, text: &str) -> Result<Option<String>, SpeechError> {
        if Voice::for_lang(lang) == Voice::OpenJtalk {
            return Ok(None);
        }
        if let Some(error) = self.unavailable(lang) {
            return Err(error);
        }
        let (mut command, input) = self.espeak(lang, text);
        command.args(["-q", "-x", "-b", "1"]);
        let out = run(command, &input, &self.espeak)?;
        let phonemes = String::from_utf8_lossy(&out);
        Ok(Some(
            phonemes.split_whitespace().collect::<Vec<_>>().join(" "),
        ))
    }

    /// The espeak-ng command for `lang` (its voice) and what it reads.
    fn espeak(&self, lang: Lang, text: &str) -> (Command, String) {
        let mut command = Command::new(&self.espeak);
        match Voice::for_lang(lang) {
            Voice::Mandarin => {
                command.args(["-m", "-v", mandarin::PINYIN_VOICE]);
                (command, mandarin::ssml(text))
            }
            Voice::Espeak(voice) => {
                command.args(["-v", voice]);
                (command, text.to_owned())
            }
            Voice::OpenJtalk => (command, text.to_owned()),
        }
    }
}

fn engine_name(program: &Path) -> String {
    program.display().to_string()
}

fn missing_engine(program: &Path) -> SpeechError {
    SpeechError::EngineMissing {
        engine: engine_name(program),
    }
}

fn failed(program: &Path, reason: String) -> SpeechError {
    SpeechError::Failed {
        engine: engine_name(program),
        reason,
    }
}

fn parse(bytes: &[u8], program: &Path) -> Result<Wav, SpeechError> {
    let wav = Wav::parse(bytes).map_err(|reason| failed(program, reason))?;
    if wav.samples.is_empty() {
        return Err(failed(program, "no sound".into()));
    }
    Ok(wav)
}

/// Whether `program` can be run: a path that exists, or a name on `PATH`.
fn on_path(program: &Path) -> bool {
    if program.components().count() > 1 {
        return program.is_file();
    }
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// A file name of its own for one synthesis (open_jtalk writes to a file).
fn scratch_file() -> PathBuf {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    std::env::temp_dir().join(format!(
        "madoguchi-speech-{}-{}.wav",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ))
}

/// Runs `command` with `text` on its standard input; its standard output
/// when it exits successfully within [`TIMEOUT`].
fn run(mut command: Command, text: &str, program: &Path) -> Result<Vec<u8>, SpeechError> {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => missing_engine(program),
            _ => failed(program, e.to_string()),
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        // One line: both engines read a line as one utterance.
        let line = text.replace(['\n', '\r'], " ");
        let _ = writeln!(stdin, "{line}");
    }
    // The pipes are drained on threads so a long WAV cannot fill them and stall the engine.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() < TIMEOUT => std::thread::sleep(Duration::from_millis(5)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(failed(program, format!("no answer in {TIMEOUT:?}")));
            }
            Err(e) => return Err(failed(program, e.to_string())),
        }
    };
    let out = stdout.join().unwrap_or_default();
    let err = stderr.join().unwrap_or_default();
    if !status.success() {
        let reason = String::from_utf8_lossy(&err).trim().to_owned();
        return Err(failed(program, format!("{status}: {reason}")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wav_round_trips_through_bytes() {
        let wav = Wav {
            samples: vec![0.0, 0.5, -0.5, 0.25],
            rate: 22_050,
        };
        let back = Wav::parse(&wav.to_bytes()).expect("parses");
        assert_eq!(back.rate, 22_050);
        assert_eq!(back.samples.len(), 4);
        assert!((back.samples[1] - 0.5).abs() < 1e-3);
        assert!((back.samples[2] + 0.5).abs() < 1e-3);
    }

    #[test]
    fn a_placeholder_data_size_reads_to_the_end() {
        let mut bytes = Wav {
            samples: vec![0.1; 10],
            rate: 8_000,
        }
        .to_bytes();
        bytes[40..44].copy_from_slice(&0x7fff_ffffu32.to_le_bytes());
        assert_eq!(Wav::parse(&bytes).expect("parses").samples.len(), 10);
    }

    #[test]
    fn garbage_is_not_a_wav() {
        assert!(Wav::parse(b"hello").is_err());
    }

    #[test]
    fn every_language_has_a_voice_and_japanese_uses_open_jtalk() {
        for lang in Lang::all() {
            let voice = Voice::for_lang(lang);
            let japanese = lang.code().starts_with("ja");
            assert_eq!(voice == Voice::OpenJtalk, japanese, "{}", lang.code());
        }
    }

    #[test]
    fn a_missing_engine_is_said_as_such() {
        let engines = Engines {
            espeak: PathBuf::from("/nonexistent/espeak-ng"),
            ..Engines::installed()
        };
        let en = Lang::parse("en").expect("en");
        assert!(matches!(
            engines.synthesize(en, "hello"),
            Err(SpeechError::EngineMissing { .. })
        ));
        assert_eq!(
            engines.unavailable(en).map(|e| e.message().key),
            Some("speech-error-engine-missing".to_owned())
        );
    }
}
