//! The photographed reference set used by the benchmark and tests.
//!
//! Layout (not part of this repository; read in place): `DIR/qrcode-*/NAME.{png,jpg,webp}`
//! counts when `NAME.txt` stands beside it and holds the exact expected text
//! (UTF-8); `DIR/falsepositives-*/*` are images with no QR code. `DIR` is
//! `$MADOGUCHI_QR_REALWORLD`, default `../shared/qr-realworld` relative to the
//! crate root.
//!
//! Matching: a decode counts when one found text equals the expected text,
//! compared after normalising line endings (`\r\n`, `\r` → `\n`). Codes in
//! legacy encodings are compared as text: the decoder turns bytes into text
//! with [`super::decode::bytes_to_text`] (UTF-8, else Shift_JIS, else
//! ISO-8859-1), and the `.txt` holds the same characters in UTF-8. Control
//! characters (GS1 group separators, structured-append headers) are part of
//! the expected text and must come through unchanged.

use std::path::{Path, PathBuf};

use super::Frame;

const IMAGE_EXTS: [&str; 4] = ["png", "jpg", "jpeg", "webp"];

#[derive(Clone, Debug)]
pub struct Sample {
    pub path: PathBuf,
    /// `None` for images that must yield nothing.
    pub expected: Option<String>,
}

pub fn dataset_dir() -> PathBuf {
    std::env::var_os("MADOGUCHI_QR_REALWORLD")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/qr-realworld"))
}

pub fn is_image(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| IMAGE_EXTS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Positives first (sorted by path), then false-positive images.
pub fn load_samples(dir: &Path) -> std::io::Result<Vec<Sample>> {
    let mut positives = Vec::new();
    let mut negatives = Vec::new();
    let mut subdirs: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    subdirs.sort();
    for sub in subdirs {
        let negative = sub
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("falsepositives"));
        let mut files: Vec<PathBuf> = std::fs::read_dir(&sub)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| is_image(p))
            .collect();
        files.sort();
        for path in files {
            if negative {
                negatives.push(Sample {
                    path,
                    expected: None,
                });
            } else if let Ok(text) = std::fs::read_to_string(path.with_extension("txt")) {
                positives.push(Sample {
                    path,
                    expected: Some(text),
                });
            }
        }
    }
    positives.extend(negatives);
    Ok(positives)
}

pub fn load_frame(path: &Path) -> Result<Frame, image::ImageError> {
    Ok(Frame::from_image(&image::open(path)?))
}

fn normalise(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

pub fn matches(found: &[String], expected: &str) -> bool {
    let want = normalise(expected);
    found.iter().any(|f| f == expected || normalise(f) == want)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_is_exact_up_to_line_endings() {
        assert!(matches(&["a\r\nb".into()], "a\nb"));
        assert!(matches(&["x".into(), "\u{1d}01".into()], "\u{1d}01"));
        assert!(!matches(&["(01)".into()], "01"));
        assert!(!matches(&[], "x"));
    }
}
