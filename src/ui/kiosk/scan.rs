//! Scan: the resident shows the QR made at home.
//!
//! Texts arrive from the USB scanner (keyboard wedge: the kiosk feeds key
//! events to [`crate::scan::wedge::WedgeDetector`] and hands finished scans
//! here as [`Message::Scanned`]) or, where there is no camera, from an image
//! file read through the scan pipeline ([`Message::ScanFile`], the demo's
//! button). Each text goes to a [`Reassembler`], so a multi-part code shows
//! "2 of 3" and parts may come in any order; every refusal of the codec is
//! shown in the resident's language from [`PreappError::message`].
//!
//! The camera: the kiosk holds a [`CameraFeed`] (a [`Scanner`] over the
//! configured device, opened through [`Cameras`]) and polls it on every
//! tick; its newest frame is shown here as a live preview with guidance, its
//! decoded texts go the same way as the USB scanner's. Without a camera, or
//! while one is unplugged (the capture thread reopens it when it is back),
//! the screen says so and the USB scanner keeps working.

use std::path::PathBuf;
use std::time::Duration;

use iced::widget::{column, container, image, row};
use iced::{Alignment, ContentFit, Element, Length};

use crate::i18n::Message as Text;
use crate::preapp::{DecodeOptions, PreApplication, PreappError, Progress, Reassembler};
use crate::scan::scanner::Scanner;
use crate::scan::{DeviceStatus, ScanEvent};
use crate::ui::theme::{Emphasis, card, danger_text};
use crate::ui::widgets::{Ctx, touch_button};

/// A code that stays in front of the camera is read once per this long.
pub const CAMERA_HOLD: Duration = Duration::from_secs(3);
/// Preview frames are scaled down to this width before they are shown.
pub const PREVIEW_WIDTH: usize = 640;

/// The cameras of this machine: which exist, and a running scanner for one.
pub trait Cameras: Send + Sync + 'static {
    /// Device names, e.g. `/dev/video0`.
    fn devices(&self) -> Vec<String>;
    /// Starts capturing and decoding from `device`; `None` when this build
    /// or machine cannot.
    fn open(&self, device: &str) -> Option<Scanner>;
}

/// The machine's V4L2 cameras (cargo feature `camera`, Linux); none elsewhere.
pub struct SystemCameras;

impl Cameras for SystemCameras {
    fn devices(&self) -> Vec<String> {
        crate::scan::camera::list_devices()
    }

    #[cfg(all(target_os = "linux", feature = "camera"))]
    fn open(&self, device: &str) -> Option<Scanner> {
        Some(Scanner::with_camera(
            crate::scan::camera::v4l2::V4l2Opener::new(device),
            crate::scan::decode::Pipeline::live(),
            CAMERA_HOLD,
        ))
    }

    #[cfg(not(all(target_os = "linux", feature = "camera")))]
    fn open(&self, _device: &str) -> Option<Scanner> {
        None
    }
}

/// The device a `[camera] device` setting means here: `none` is none,
/// `auto` the first camera found, anything else itself.
pub fn resolve_camera(setting: &str, cameras: &dyn Cameras) -> Option<String> {
    match setting.trim() {
        "none" | "" => None,
        "auto" => cameras.devices().into_iter().next(),
        device => Some(device.to_owned()),
    }
}

/// Whether the camera shows pictures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CameraStatus {
    /// Opened or opening, no picture yet.
    Starting,
    Live,
    /// Unplugged or failing; the capture thread tries to reopen it.
    Lost,
}

/// A running camera: its scanner and the newest preview frame.
pub struct CameraFeed {
    /// The `[camera] device` setting it was started for (`auto`, a path).
    pub setting: String,
    pub device: String,
    scanner: Scanner,
    pub status: CameraStatus,
    pub frame: Option<image::Handle>,
    pub frames: u64,
}

impl std::fmt::Debug for CameraFeed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CameraFeed")
            .field("device", &self.device)
            .field("status", &self.status)
            .field("frames", &self.frames)
            .finish_non_exhaustive()
    }
}

impl CameraFeed {
    /// Starts the camera a setting means, when there is one.
    pub fn start(setting: &str, cameras: &dyn Cameras) -> Option<CameraFeed> {
        let device = resolve_camera(setting, cameras)?;
        let scanner = cameras.open(&device)?;
        tracing::info!(%device, "camera started");
        Some(CameraFeed {
            setting: setting.to_owned(),
            device,
            scanner,
            status: CameraStatus::Starting,
            frame: None,
            frames: 0,
        })
    }

    /// Takes what the scanner has sent since the last call: keeps the newest
    /// frame for the preview, follows unplug and replug, and returns the
    /// texts read.
    pub fn poll(&mut self) -> Vec<String> {
        let mut texts = Vec::new();
        let mut newest = None;
        while let Ok(event) = self.scanner.events().try_recv() {
            match event {
                ScanEvent::Text(text) => texts.push(text),
                ScanEvent::Preview(frame) => newest = Some(frame),
                ScanEvent::Device(DeviceStatus::Opened { .. }) => {
                    self.status = CameraStatus::Starting
                }
                ScanEvent::Device(DeviceStatus::Lost { device, reason }) => {
                    tracing::warn!(%device, %reason, "camera lost");
                    self.status = CameraStatus::Lost;
                    self.frame = None;
                    newest = None;
                }
            }
        }
        if let Some(frame) = newest {
            let (width, height, rgba) = crate::scan::camera::preview_rgba(&frame, PREVIEW_WIDTH);
            self.frame = Some(image::Handle::from_rgba(width, height, rgba));
            self.frames += 1;
            self.status = CameraStatus::Live;
        }
        texts
    }

    /// The preview (or why there is none) for a screen.
    pub fn view<'a, M: 'a>(
        feed: Option<&CameraFeed>,
        ctx: &Ctx<'_>,
        height: f32,
    ) -> Element<'a, M> {
        let note = |key: &str| -> Element<'a, M> {
            container(ctx.body(ctx.tr(key)))
                .padding(24)
                .style(card)
                .into()
        };
        match feed {
            None => note("kiosk-scan-no-camera"),
            Some(feed) => match (&feed.status, &feed.frame) {
                (CameraStatus::Lost, _) => note("kiosk-scan-camera-lost"),
                (_, None) => note("kiosk-scan-camera-starting"),
                (_, Some(frame)) => image(frame.clone())
                    .height(height)
                    .content_fit(ContentFit::Contain)
                    .into(),
            },
        }
    }
}

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

    pub fn view<'a>(&self, ctx: &Ctx<'_>, camera: Option<&CameraFeed>) -> Element<'a, Message> {
        let guidance = match camera {
            Some(feed) if feed.status != CameraStatus::Lost => "kiosk-scan-camera-guidance",
            _ => "kiosk-scan-guidance",
        };
        let mut content = column![
            ctx.heading(ctx.tr("kiosk-scan-heading")),
            ctx.body(ctx.tr(guidance)),
            CameraFeed::view(camera, ctx, 300.0),
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
