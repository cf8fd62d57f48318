//! The application on paper from the console: the record shown printed
//! through CUPS (`lp`, the printer of `--printer`) or saved as PDF in the
//! forms folder (`--forms-dir`), as the office's form or as the resident's
//! 控え in the record's language ([`crate::paper`]).
//!
//! Rendering and printing block (font files, `lp`), so they run on tokio's
//! blocking pool, off the UI thread, like the console's other I/O; the
//! answer comes back as a notice.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use iced::Element;
use iced::widget::{button, row, text};

use super::notice::Notice;
use crate::domain::Catalog;
use crate::i18n::{I18n, Lang, Message as Text};
use crate::model::Record;
use crate::paper::{Fonts, Options, PaperError, PaperForm, print, render};
use crate::ui::theme::{Emphasis, button_style};
use crate::ui::widgets::Ctx;

#[derive(Debug, Clone)]
pub enum Message {
    /// Print the record shown; `copy`: the resident's 控え.
    Print {
        copy: bool,
    },
    /// Save it as PDF in the forms folder.
    Save {
        copy: bool,
    },
    Done(Result<Notice, Text>),
}

/// Where the PDF goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Printer,
    Folder,
}

/// Render a record ([`perform`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    pub record: Box<Record>,
    pub copy: Option<Lang>,
    pub output: Output,
}

/// The console's printer and forms folder, and what rendering needs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The CUPS queue (`lp -d`); `None`: printing is not set up.
    pub printer: Option<String>,
    pub folder: PathBuf,
    pub catalog: Arc<Catalog>,
    pub i18n: I18n,
}

/// The effect a button asks for, with the record shown.
pub fn request(message: &Message, record: &Record) -> Option<Effect> {
    let (copy, output) = match message {
        Message::Print { copy } => (*copy, Output::Printer),
        Message::Save { copy } => (*copy, Output::Folder),
        Message::Done(_) => return None,
    };
    Some(Effect {
        record: Box::new(record.clone()),
        copy: copy.then(|| Lang::parse(&record.lang).unwrap_or_else(Lang::ja)),
        output,
    })
}

/// The buttons above the record.
pub fn bar<'a>(ctx: &Ctx<'_>) -> Element<'a, Message> {
    let action = |key: &str, message: Message| {
        button(text(ctx.tr(key)).size(15).font(ctx.font()))
            .style(button_style(Emphasis::Secondary))
            .on_press(message)
    };
    row![
        action("paper-print", Message::Print { copy: false }),
        action("paper-print-copy", Message::Print { copy: true }),
        action("paper-save", Message::Save { copy: false }),
        action("paper-save-copy", Message::Save { copy: true }),
    ]
    .spacing(8)
    .into()
}

/// Renders and prints or saves, on the blocking pool.
pub async fn perform(settings: Settings, effect: Effect) -> Message {
    let done = tokio::task::spawn_blocking(move || run(&settings, &effect))
        .await
        .unwrap_or_else(|e| Err(PaperError::Pdf(e.to_string()).message()));
    Message::Done(done)
}

fn run(settings: &Settings, effect: &Effect) -> Result<Notice, Text> {
    if effect.output == Output::Printer && settings.printer.is_none() {
        return Err(Text::new("paper-no-printer"));
    }
    let fonts = Fonts::load().map_err(|e| e.message())?;
    let form = PaperForm::from_record(&effect.record);
    let options = Options {
        copy: effect.copy,
        today: crate::domain::validate::today(),
    };
    let pdf = render(&settings.catalog, &settings.i18n, &fonts, &form, options)
        .map_err(|e| e.message())?;
    let path = settings.folder.join(file_name(&effect.record, effect.copy));
    save(&path, &pdf)?;
    match (&settings.printer, effect.output) {
        (Some(printer), Output::Printer) => {
            print::lp(printer, &path).map_err(|e| e.message())?;
            Ok(Notice::info(
                "paper-printed",
                vec![("printer", printer.clone())],
            ))
        }
        _ => Ok(Notice::info(
            "paper-saved",
            vec![("path", path.display().to_string())],
        )),
    }
}

/// `A-042-form.pdf`, `A-042-copy-en.pdf` (the record id without a ticket).
fn file_name(record: &Record, copy: Option<Lang>) -> String {
    let stem = record
        .number
        .clone()
        .unwrap_or_else(|| record.id.to_string());
    match copy {
        Some(lang) => format!("{stem}-copy-{}.pdf", lang.code()),
        None => format!("{stem}-form.pdf"),
    }
}

fn save(path: &Path, pdf: &[u8]) -> Result<(), Text> {
    let io = |e: std::io::Error| {
        Text::new("paper-error-io")
            .arg("path", path.display().to_string())
            .arg("reason", e.to_string())
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    std::fs::write(path, pdf).map_err(io)
}
