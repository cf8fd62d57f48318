//! Image files and folders as a frame source (`madoguchi scan`, tests, and
//! replaying recorded camera frames).
//!
//! Folders are walked recursively; files with an image extension (png, jpg,
//! jpeg, webp, gif, bmp) are taken in path order. A file named explicitly is
//! always tried, whatever its extension. Unreadable files yield an error for
//! that file only.

use std::path::{Path, PathBuf};

use super::Frame;
use crate::i18n::Message;

const EXTS: [&str; 7] = ["png", "jpg", "jpeg", "webp", "gif", "bmp", "pgm"];

#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read {path}: {reason}")]
    Read { path: String, reason: String },
    #[error("not a readable image {path}: {reason}")]
    Decode { path: String, reason: String },
}

impl SourceError {
    pub fn message(&self) -> Message {
        match self {
            SourceError::Read { path, reason } => Message::new("scan-error-read")
                .arg("path", path.as_str())
                .arg("reason", reason.as_str()),
            SourceError::Decode { path, reason } => Message::new("scan-error-image")
                .arg("path", path.as_str())
                .arg("reason", reason.as_str()),
        }
    }
}

fn has_image_ext(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTS.contains(&e.to_ascii_lowercase().as_str()))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), SourceError> {
    let entries = std::fs::read_dir(dir).map_err(|e| SourceError::Read {
        path: dir.display().to_string(),
        reason: e.to_string(),
    })?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out)?;
        } else if has_image_ext(&p) {
            out.push(p);
        }
    }
    Ok(())
}

/// Expands the command-line inputs: files as given, folders walked.
/// A missing path or unreadable folder comes back as an error entry so the
/// caller can report it and go on.
pub fn expand_inputs(inputs: &[PathBuf]) -> Vec<Result<PathBuf, SourceError>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found = Vec::new();
            match walk(input, &mut found) {
                Ok(()) => out.extend(found.into_iter().map(Ok)),
                Err(e) => out.push(Err(e)),
            }
        } else {
            out.push(Ok(input.clone()));
        }
    }
    out
}

/// Reads and decodes one image file to a grayscale frame. Decoding runs
/// under [`super::decode::contain`]: a hostile file that trips a panic in an
/// image codec is an error, not a crash.
pub fn load_image(path: &Path) -> Result<Frame, SourceError> {
    let bytes = std::fs::read(path).map_err(|e| SourceError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    let decode_err = |reason: String| SourceError::Decode {
        path: path.display().to_string(),
        reason,
    };
    let img = super::decode::contain(|| image::load_from_memory(&bytes))
        .map_err(decode_err)?
        .map_err(|e| decode_err(e.to_string()))?;
    Ok(Frame::from_image(&img))
}

/// Frames of every image under `inputs`, lazily, with their paths.
pub struct ImageSource {
    items: std::vec::IntoIter<Result<PathBuf, SourceError>>,
}

impl ImageSource {
    pub fn new(inputs: &[PathBuf]) -> ImageSource {
        ImageSource {
            items: expand_inputs(inputs).into_iter(),
        }
    }
}

impl Iterator for ImageSource {
    /// `(path, frame or error)`; the path is empty for a folder error.
    type Item = (PathBuf, Result<Frame, SourceError>);

    fn next(&mut self) -> Option<Self::Item> {
        Some(match self.items.next()? {
            Ok(path) => {
                let frame = load_image(&path);
                (path, frame)
            }
            Err(e) => (PathBuf::new(), Err(e)),
        })
    }
}
