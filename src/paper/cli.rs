//! `madoguchi form render FORM.json --out form.pdf [--lang en]`: the
//! application form of a pre-application form (`tests/fixtures/preapp/*.json`)
//! or of a record the hub exported (`GET /api/v1/records/{id}`), as PDF.
//! Without `--lang` the office's Japanese form; with it, the resident's 控え.
//! Prints one JSON line: `{"out", "bytes", "copy"}`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{Fonts, Options, PaperError, PaperForm, render};
use crate::cli::{CommonArgs, default_config_dir};
use crate::domain::Catalog;
use crate::i18n::{I18n, Lang, Message};

#[derive(Debug, clap::Subcommand)]
pub enum FormCommand {
    /// Write the application form of a form or record JSON file as PDF.
    Render {
        #[arg(value_name = "FORM.json")]
        form: PathBuf,
        #[arg(long, value_name = "PDF")]
        out: PathBuf,
        /// The resident's language: print their 控え (labels also in it).
        #[arg(long)]
        lang: Option<String>,
        /// Folder of procedure files laid over the shipped catalogue
        /// (default: `config/procedures` when present).
        #[arg(long, value_name = "DIR")]
        procedures: Option<PathBuf>,
    },
}

pub fn run(_common: &CommonArgs, command: FormCommand) -> anyhow::Result<ExitCode> {
    let FormCommand::Render {
        form,
        out,
        lang,
        procedures,
    } = command;
    let i18n = I18n::embedded();
    let copy = match lang.as_deref().map(|code| (code, Lang::parse(code))) {
        None => None,
        Some((_, Some(lang))) => Some(lang),
        Some((code, None)) => {
            let message = Message::new("paper-error-unknown-lang").arg("lang", code);
            anyhow::bail!(i18n.render(&Lang::ja(), &message));
        }
    };
    let speak = copy.unwrap_or_else(Lang::ja);
    let fail = |message: Message| anyhow::anyhow!(i18n.render(&speak, &message));
    let procedures = procedures.or_else(|| {
        let dir = default_config_dir().join("procedures");
        dir.is_dir().then_some(dir)
    });
    let catalog = Catalog::load(procedures.as_deref()).map_err(|problems| {
        let lines: Vec<String> = problems
            .iter()
            .map(|p| crate::toml_file::render_problem(&i18n, &speak, p))
            .collect();
        anyhow::anyhow!(lines.join("\n"))
    })?;
    let io = |path: &PathBuf, error: std::io::Error| {
        Message::new("paper-error-io")
            .arg("path", path.display().to_string())
            .arg("reason", error.to_string())
    };
    let text = std::fs::read_to_string(&form).map_err(|e| fail(io(&form, e)))?;
    let paper = PaperForm::from_json(&text).map_err(|e: PaperError| fail(e.message()))?;
    let fonts = Fonts::load().map_err(|e| fail(e.message()))?;
    let options = Options {
        copy,
        today: crate::domain::validate::today(),
    };
    let pdf = render(&catalog, &i18n, &fonts, &paper, options).map_err(|e| fail(e.message()))?;
    std::fs::write(&out, &pdf).map_err(|e| fail(io(&out, e)))?;
    let line = serde_json::json!({
        "out": out.display().to_string(),
        "bytes": pdf.len(),
        "copy": copy.map(|l| l.code()),
    });
    writeln!(std::io::stdout().lock(), "{line}")?;
    Ok(ExitCode::SUCCESS)
}
