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
