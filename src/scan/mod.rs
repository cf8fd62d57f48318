//! QR pipeline: frames → payload texts, from a camera, image files or a
//! keyboard-wedge scanner.
//!
//! # Shape
//!
//! Every picture source produces grayscale [`Frame`]s (8-bit luma, row-major,
//! stride = width). [`decode::Pipeline`] turns a frame into QR texts by running
//! decoder *stages* in order, fast path first; a later stage runs only when
//! every earlier one found nothing. Each stage call is wrapped in
//! `catch_unwind` ([`decode::contain`]): a decoder that panics on a hostile or
//! unlucky photo (rqrr 0.11 does: `assertion failed: x <= i32::MAX as f64`)
//! fails that one attempt, the process lives, and the panic message is not
//! printed by the default hook.
//!
//! The standard pipeline ([`decode::Pipeline::standard`]) was chosen by
//! measurement (`cargo bench --bench scan`, table in `benches/scan.rs`):
//!
//! 1. `zxing`: zxing-cpp 3.1 (C++, linked statically through the `zxing-cpp`
//!    crate) with raw text ([`zxingcpp::TextMode::Plain`]): the fastest and
//!    strongest decoder on real photos. Plain text matters: the default
//!    "human readable" mode rewrites GS1 separators and control characters,
//!    which would corrupt a payload.
//!    It stops at the first code (the kiosk reads one pre-application at a
//!    time), which skips zxing's inverted pass whenever the normal pass
//!    already read the frame.
//! 2. `zxing-median-global`: zxing-cpp on a 3×3 median of a ≤400 px copy
//!    with the global binarizer: textured/artistic codes and codes without
//!    quiet zone; costs time only on frames where the first stage found
//!    nothing.
//! 3. `phone-region` ([`phone::PhoneStage`]): phone screens held close to a
//!    fixed-focus camera, defocused, with modules of 1.5–3 pixels. The
//!    frame's busiest region is sharpened (deconvolution, unsharp mask),
//!    doubled in resolution and read by zxing-cpp again. Where zxing locates
//!    a code there but cannot decode it, the located module grid is fitted
//!    to the region's pixels ([`gridfit`]: least squares over all modules
//!    at once, knowing the blur) and the fitted modules are decoded; where
//!    zxing finds no finder pattern at all, the code's outline gives the
//!    grid ([`outline`]: each side moved to its edge, the grid aligned to
//!    the pixels by Gauss–Newton, [`align`]) for the same fit. Costs
//!    time only on frames the first two stages found nothing in, and only
//!    on the region.
//!
//! Speed: the C++ is built with `-march=x86-64-v2 -fno-tree-slp-vectorize`
//! (`.cargo/config.toml`): Debian's GCC 12 with its defaults made it ~1.4×
//! slower than the same zxing-cpp in the PyPI wheel (built by GCC 14). Its
//! local-average binarizer, still the largest part of a zxing read after
//! that, is done in Rust ([`binarize`]: the same black and white pixels,
//! read by zxing as they are).
//!
//! Camera frames go to [`camera::spawn_capture`] (a thread per device,
//! reopening after unplug); [`scanner::Scanner`] reads the newest frame
//! with a [`live::LiveReader`] (the fast pipeline on the frame, then one
//! heavier attempt on a running average of the code's region over the
//! frames so far, see `live`),
//! drops stale ones, removes repeats of a code that stays in view
//! ([`scanner::Deduper`]) and sends [`ScanEvent::Text`] to one channel that
//! the keyboard-wedge detector ([`wedge::WedgeDetector`]) feeds too.
//!
//! Texts: QR byte segments carry no reliable charset. [`decode::bytes_to_text`]
//! reads them as UTF-8 when valid, else as Shift_JIS (common in Japan, and
//! what Kanji-mode segments are), else as ISO-8859-1 (the QR default).

pub mod align;
pub mod binarize;
pub mod camera;
pub mod cli;
pub mod decode;
pub mod erasure;
pub mod geometry;
pub mod gridfit;
pub mod live;
pub mod outline;
pub mod phone;
pub mod preprocess;
pub mod realworld;
pub mod scanner;
pub mod source;
pub mod sparse;
pub mod synth;
pub mod synth_alt;
pub mod wedge;

use std::sync::Arc;

/// One grayscale picture: `pixels.len() == width * height`, row-major.
#[derive(Clone, PartialEq, Eq)]
pub struct Frame {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl std::fmt::Debug for Frame {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Frame({}x{})", self.width, self.height)
    }
}

impl Frame {
    /// A frame from raw luma pixels; `None` when the sizes disagree.
    pub fn new(width: usize, height: usize, pixels: Vec<u8>) -> Option<Frame> {
        (width.checked_mul(height)? == pixels.len()).then_some(Frame {
            width,
            height,
            pixels,
        })
    }

    /// A uniform frame.
    pub fn filled(width: usize, height: usize, value: u8) -> Frame {
        Frame {
            width,
            height,
            pixels: vec![value; width * height],
        }
    }

    /// Converts any decoded image to luma with BT.601 weights, the luma a
    /// camera's YUYV/MJPEG Y channel carries (the `image` crate's own
    /// `to_luma8` uses BT.709), so files and camera frames look alike.
    pub fn from_image(img: &image::DynamicImage) -> Frame {
        let (w, h) = (img.width() as usize, img.height() as usize);
        let pixels = match img {
            image::DynamicImage::ImageLuma8(g) => g.as_raw().clone(),
            _ => img
                .to_rgb8()
                .pixels()
                .map(|p| {
                    let [r, g, b] = p.0;
                    ((r as u32 * 299 + g as u32 * 587 + b as u32 * 114 + 500) / 1000) as u8
                })
                .collect(),
        };
        Frame {
            width: w,
            height: h,
            pixels,
        }
    }

    pub fn to_image(&self) -> image::GrayImage {
        image::GrayImage::from_raw(self.width as u32, self.height as u32, self.pixels.clone())
            .expect("frame sizes are checked at construction")
    }

    #[inline]
    pub fn get(&self, x: usize, y: usize) -> u8 {
        self.pixels[y * self.width + x]
    }

    /// The grey level at a point between pixel centres (bilinear);
    /// `None` outside the frame.
    pub fn bilinear(&self, x: f64, y: f64) -> Option<f64> {
        if x < 0.0 || y < 0.0 || x > (self.width - 1) as f64 || y > (self.height - 1) as f64 {
            return None;
        }
        let (x0, y0) = (x.floor() as usize, y.floor() as usize);
        let (x1, y1) = ((x0 + 1).min(self.width - 1), (y0 + 1).min(self.height - 1));
        let (fx, fy) = (x - x0 as f64, y - y0 as f64);
        let p = |x, y| self.get(x, y) as f64;
        Some(
            p(x0, y0) * (1.0 - fx) * (1.0 - fy)
                + p(x1, y0) * fx * (1.0 - fy)
                + p(x0, y1) * (1.0 - fx) * fy
                + p(x1, y1) * fx * fy,
        )
    }
}

/// Camera state changes the UI shows (e.g. "camera disconnected").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeviceStatus {
    Opened { device: String },
    Lost { device: String, reason: String },
}

/// What the scanner hands to the kiosk: payload texts (deduplicated across
/// frames) from any source, preview frames, and camera status.
#[derive(Clone, Debug)]
pub enum ScanEvent {
    Text(String),
    Preview(Arc<Frame>),
    Device(DeviceStatus),
}
