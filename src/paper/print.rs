//! Sending a PDF to a CUPS printer with `lp -d PRINTER FILE` (Debian
//! `cups-client`); CUPS does the rest (queues, drivers, PDF to the printer's
//! language).

use std::path::Path;
use std::process::Command;

use super::PaperError;

/// Queues `pdf` on `printer`; the job line `lp` printed ("request id is …").
pub fn lp(printer: &str, pdf: &Path) -> Result<String, PaperError> {
    let output = Command::new("lp")
        .arg("-d")
        .arg(printer)
        .arg(pdf)
        .output()
        .map_err(|e| PaperError::Print(e.to_string()))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    } else {
        Err(PaperError::Print(
            String::from_utf8_lossy(&output.stderr).trim().to_owned(),
        ))
    }
}

/// Renders the resident's 控え of `record` in `lang` and queues it on
/// `printer` (the kiosk after confirm). The PDF lives only until CUPS has
/// spooled it: it holds the resident's answers.
pub fn print_copy(
    catalog: &crate::domain::Catalog,
    i18n: &crate::i18n::I18n,
    record: &crate::model::RecordIn,
    lang: crate::i18n::Lang,
    printer: &str,
) -> Result<String, PaperError> {
    let fonts = super::Fonts::load()?;
    let form = super::PaperForm::from_record_in(record);
    let options = super::Options {
        copy: Some(lang),
        today: record.created_at.date_naive(),
    };
    let pdf = super::render(catalog, i18n, &fonts, &form, options)?;
    let path = std::env::temp_dir().join(format!("madoguchi-copy-{}.pdf", record.id));
    crate::cli::write_private(&path, &pdf).map_err(|e| PaperError::Print(e.to_string()))?;
    let queued = lp(printer, &path);
    if let Err(error) = std::fs::remove_file(&path) {
        tracing::warn!(%error, "the printed copy's temporary PDF was not removed");
    }
    queued
}
