//! Scan: the resident shows the QR made at home.
//!
//! Texts arrive from the USB scanner (keyboard wedge: the kiosk feeds key
//! events to [`crate::scan::wedge::WedgeDetector`] and hands finished scans
//! here as [`Message::Scanned`]) or, where there is no camera, from an image
//! file read through the scan pipeline ([`Message::ScanFile`], the demo's
//! button). Each text goes to a [`Reassembler`], so a multi-part code shows
//! "2 of 3" and parts may come in any order; every refusal of the codec is
//! shown in the resident's language from [`PreappError::message`].

use std::path::PathBuf;

use iced::widget::{column, container, row};
use iced::{Alignment, Element, Length};

use crate::i18n::Message as Text;
use crate::preapp::{DecodeOptions, PreApplication, PreappError, Progress, Reassembler};
use crate::ui::theme::{Emphasis, card, danger_text};
use crate::ui::widgets::{Ctx, touch_button};

#[derive(Debug)]
pub struct State {
    reassembler: Reassembler,
    /// `(read, total)` of a multi-part code in progress.
    pub progress: Option<(usize, usize)>,
    /// Why the last text was refused.
    pub error: Option<Text>,
    /// Whether the last complete code was sealed to the office key.
    sealed: bool,
    /// An image to read instead of a camera (the demo's QR).
    pub file: Option<PathBuf>,
    pub reading_file: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A text from the scanner.
    Scanned(String),
    /// "Read the QR from a file" (no camera here).
    ScanFile,
    /// The texts found in that file, or why none.
    FileRead(Result<Vec<String>, Text>),
    Back,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Back,
    ReadFile(PathBuf),
    /// A complete, valid pre-application; `sealed` when it was encrypted.
    Complete {
        application: Box<PreApplication>,
        sealed: bool,
    },
}

impl State {
    pub fn new(options: DecodeOptions, file: Option<PathBuf>) -> Self {
        State {
            reassembler: Reassembler::new(options),
            progress: None,
            error: None,
            sealed: false,
            file,
            reading_file: false,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Back => Action::Back,
            Message::ScanFile => match &self.file {
                Some(path) if !self.reading_file => {
                    self.reading_file = true;
                    Action::ReadFile(path.clone())
                }
                _ => Action::None,
            },
            Message::FileRead(result) => {
                self.reading_file = false;
                match result {
                    Err(reason) => {
                        self.error = Some(reason);
                        Action::None
                    }
                    Ok(texts) if texts.is_empty() => {
                        self.error = Some(Text::new("kiosk-scan-no-code"));
                        Action::None
                    }
                    Ok(texts) => {
                        for text in texts {
                            let action = self.push(&text);
                            if action != Action::None {
                                return action;
                            }
                        }
                        Action::None
                    }
                }
            }
            Message::Scanned(text) => self.push(&text),
        }
    }

    fn push(&mut self, text: &str) -> Action {
        match self.reassembler.push(text) {
            Ok(Progress::Partial { read, total }) => {
                self.error = None;
                self.progress = Some((read, total));
                Action::None
            }
            Ok(Progress::Complete(application)) => {
                self.error = None;
                self.progress = None;
                self.sealed = is_sealed(text);
                Action::Complete {
                    application,
                    sealed: self.sealed,
                }
            }
            Err(error) => {
                tracing::info!(reason = ?error, "QR refused");
                self.error = Some(error.message());
                if let Some(PreappError::MissingParts { read, total }) = self.reassembler.missing()
                {
                    self.progress = Some((read, total));
                } else {
                    self.progress = None;
                }
                Action::None
            }
        }
    }

    pub fn view<'a>(&self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let mut content = column![
            ctx.heading(ctx.tr("kiosk-scan-heading")),
            ctx.body(ctx.tr("kiosk-scan-guidance")),
        ]
        .spacing(ctx.sizes.spacing)
        .align_x(Alignment::Center)
        .max_width(1000);

        let mut status = column![].spacing(ctx.sizes.spacing * 0.5);
        if let Some((read, total)) = self.progress {
            status = status.push(
                ctx.body(
                    ctx.render(
                        &Text::new("preapp-progress")
                            .arg("read", read)
                            .arg("total", total),
                    ),
                ),
            );
            status = status.push(ctx.small(ctx.tr("kiosk-scan-next-part")));
        }
        if let Some(error) = &self.error {
            status = status.push(ctx.body(ctx.render(error)).style(danger_text));
        }
        if self.progress.is_some() || self.error.is_some() {
            content = content.push(container(status).padding(24).style(card));
        }

        let mut buttons = row![touch_button(
            ctx,
            ctx.tr("kiosk-scan-back"),
            Emphasis::Secondary,
            Some(Message::Back),
            300
        )]
        .spacing(ctx.sizes.spacing);
        if self.file.is_some() {
            buttons = buttons.push(touch_button(
                ctx,
                ctx.tr("kiosk-scan-file"),
                Emphasis::Primary,
                (!self.reading_file).then_some(Message::ScanFile),
                420,
            ));
        }
        content = content.push(buttons);
        container(content)
            .center_x(Length::Fill)
            .padding([16, 32])
            .into()
    }
}

/// Whether a payload text is sealed to the office key: the `E` bit of the
/// header byte (format spec in [`crate::preapp`], section 2).
fn is_sealed(text: &str) -> bool {
    let upper = text.trim().to_ascii_uppercase();
    let body = upper
        .strip_prefix("MG1P:")
        .or_else(|| upper.strip_prefix("MG1:"));
    // Three base45 characters carry the first two bytes.
    body.and_then(|b| b.get(..3))
        .and_then(|head| crate::preapp::base45::decode(head).ok())
        .and_then(|bytes| bytes.first().copied())
        .is_some_and(|header| header & 1 == 1)
}

/// Reads every QR text in an image file with the kiosk's scan pipeline.
/// Slow (image decoding): run off the UI thread.
pub fn read_file(path: &std::path::Path) -> Result<Vec<String>, Text> {
    let frame = crate::scan::source::load_image(path).map_err(|e| e.message())?;
    Ok(crate::scan::decode::Pipeline::standard()
        .decode(&frame)
        .codes)
}
