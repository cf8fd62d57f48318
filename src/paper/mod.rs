//! The application form on paper: a PDF per application, one page or more
//! per procedure, in the layout of a ward's form.
//!
//! The catalogue says which fields go where ([`layout`]); values print as
//! the office reads them (和暦 dates, ふりがな above names, check boxes for
//! choices and yes/no, household members as a table) with each value's
//! source (QR, kiosk, postal data, clerk), the ticket number and a QR of
//! the record id for the clerk's lookup. There is no seal box: 押印不要.
//! A 控え for the resident is the same form with every label also in their
//! language. Fonts are embedded and subset ([`fonts`]); the PDF is written
//! with krilla (text shaping, CJK CFF subsetting, no rasteriser to build).
//!
//! Plain Rust: the command line (`madoguchi form render`), the clerk
//! console and the tests call [`render`].

pub mod cli;
mod draw;
pub mod fonts;
pub mod input;
pub mod layout;
pub mod print;

use chrono::NaiveDate;

pub use fonts::Fonts;
pub use input::{Mark, PaperForm};

use crate::domain::Catalog;
use crate::i18n::{I18n, Lang, Message};

/// Why a form could not be printed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PaperError {
    #[error("font {path} missing (Debian package {package})")]
    FontMissing {
        path: &'static str,
        package: &'static str,
    },
    #[error("not a form or record: {0}")]
    Json(String),
    #[error("unknown procedure {0}")]
    UnknownProcedure(String),
    #[error("PDF: {0}")]
    Pdf(String),
    #[error("printing: {0}")]
    Print(String),
}

impl PaperError {
    /// The reason in words, for a notice or the command line.
    pub fn message(&self) -> Message {
        match self {
            PaperError::FontMissing { path, package } => Message::new("paper-error-font-missing")
                .arg("path", *path)
                .arg("package", *package),
            PaperError::Json(reason) => {
                Message::new("paper-error-json").arg("reason", reason.as_str())
            }
            PaperError::UnknownProcedure(id) => {
                Message::new("paper-error-unknown-procedure").arg("id", id.as_str())
            }
            PaperError::Pdf(reason) => {
                Message::new("paper-error-pdf").arg("reason", reason.as_str())
            }
            PaperError::Print(reason) => {
                Message::new("paper-error-print").arg("reason", reason.as_str())
            }
        }
    }
}

/// What to print: the office's Japanese form, or the resident's 控え with
/// labels also in `copy`'s language.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub copy: Option<Lang>,
    /// The day printed as 作成日 (and 届出日 when the form has none).
    pub today: NaiveDate,
}

/// The form as PDF bytes.
pub fn render(
    catalog: &Catalog,
    i18n: &I18n,
    fonts: &Fonts,
    form: &PaperForm,
    options: Options,
) -> Result<Vec<u8>, PaperError> {
    let sheets = layout::sheets(catalog, i18n, form).map_err(PaperError::UnknownProcedure)?;
    draw::document(i18n, fonts, form, &sheets, options)
}
