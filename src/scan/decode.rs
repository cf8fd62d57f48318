//! Decoder stages and the pipeline that runs them.
//!
//! A [`Stage`] turns a [`Frame`] into zero or more texts. [`Pipeline`] runs
//! its stages in order and stops at the first that finds something, so the
//! cheap common case (a sharp phone screen) costs one fast decode and the
//! heavier stages only run on hard frames. Every stage call goes through
//! [`contain`]: a panic fails that attempt only.

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;
use std::time::{Duration, Instant};

use super::Frame;
use super::{binarize, preprocess};

/// One way of finding QR codes in a frame.
pub trait Stage: Send + Sync {
    fn name(&self) -> &str;
    /// Texts found; empty when none. May panic: callers use [`contain`].
    fn decode(&self, frame: &Frame) -> Vec<String>;
}

thread_local! {
    static SILENCED: Cell<u32> = const { Cell::new(0) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Every panic contained on this thread, until [`take_contained_panics`].
    static PANIC_LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Drains the messages of panics contained on this thread so far (nested
/// ones included, e.g. one rqrr variant of a stage that then went on).
pub fn take_contained_panics() -> Vec<String> {
    PANIC_LOG.with(|l| std::mem::take(&mut *l.borrow_mut()))
}
static HOOK: Once = Once::new();

/// Installs (once per process) a panic hook that stays quiet for panics
/// raised inside [`contain`] on this thread and delegates to the previous
/// hook otherwise, so real bugs elsewhere still print.
fn install_quiet_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if SILENCED.with(|s| s.get()) > 0 {
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".to_string());
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{at}")));
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into `Err(message)` without printing it.
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_quiet_hook();
    SILENCED.with(|s| s.set(s.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    SILENCED.with(|s| s.set(s.get() - 1));
    result.map_err(|_| {
        let msg = LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| "panic".to_string());
        PANIC_LOG.with(|l| {
            let mut l = l.borrow_mut();
            // Bounded: a caller that never drains must not grow memory.
            if l.len() < 64 {
                l.push(msg.clone());
            }
        });
        msg
    })
}

/// QR byte content as text: UTF-8 when valid, else Shift_JIS when it decodes
/// without error (Japanese codes and Kanji-mode segments), else ISO-8859-1
/// (the QR standard's default, which maps every byte).
pub fn bytes_to_text(bytes: &[u8]) -> String {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    if let Some(s) =
        encoding_rs::SHIFT_JIS.decode_without_bom_handling_and_without_replacement(bytes)
    {
        return s.into_owned();
    }
    bytes.iter().map(|&b| b as char).collect()
}

/// zxing-cpp (C++) with raw text output.
///
/// `try_harder` enables its extra passes (inversion, downscales), as the
/// Python package does by default. `binarizer` and `median` make the
/// fallback flavour: a 3×3 median filter removes texture inside modules
/// (artistic codes, rough paper) and the global-histogram binarizer copes
/// with codes that fill the whole image (no quiet zone).
pub struct ZxingStage {
    pub name: &'static str,
    pub try_harder: bool,
    /// zxing's own second pass on the inverted bitmap (light modules on
    /// dark: dark-mode screens).
    pub try_invert: bool,
    /// Decode the negative of the frame instead of the frame.
    pub invert_image: bool,
    /// zxing's own extra passes on downscaled copies (costly; measured to
    /// add nothing on the reference photos, see the bench).
    pub try_downscale: bool,
    pub binarizer: zxingcpp::Binarizer,
    /// Downscale to this longest side before anything else.
    pub max_side: Option<usize>,
    pub median: bool,
    /// The picture is a clean rendering of one upright code with its quiet
    /// zone (zxing's pure mode: no detector).
    pub pure: bool,
    pub formats: &'static [zxingcpp::BarcodeFormat],
    /// Stop after this many codes (0: no limit). zxing otherwise runs its
    /// inverted pass even after the normal pass found a code.
    pub max_symbols: i32,
}

const QR_ONLY: &[zxingcpp::BarcodeFormat] = &[zxingcpp::BarcodeFormat::QRCode];

/// The textured fallback works on a small copy: it is meant for codes that
/// fill the picture, and its cost on frames with no code must stay small.
pub const TEXTURED_MAX_SIDE: usize = 400;

impl ZxingStage {
    /// The main stage: zxing's defaults without its downscale passes, QR
    /// (model 1 and 2) only, raw text, first code only: the kiosk reads one
    /// pre-application at a time, and stopping at the first code skips
    /// zxing's inverted pass on every frame the normal pass already read
    /// (measured: 7% of this stage's time on the reference set).
    pub fn main() -> ZxingStage {
        ZxingStage {
            name: "zxing",
            try_harder: true,
            try_invert: true,
            invert_image: false,
            try_downscale: false,
            binarizer: zxingcpp::Binarizer::LocalAverage,
            max_side: None,
            median: false,
            pure: false,
            formats: QR_ONLY,
            max_symbols: 1,
        }
    }

    /// zxing-cpp's defaults, as its Python package runs it (QR only, every
    /// code).
    pub fn defaults() -> ZxingStage {
        ZxingStage {
            name: "zxing-defaults",
            try_downscale: true,
            max_symbols: 0,
            ..ZxingStage::main()
        }
    }

    /// Single pass, no extra tries.
    pub fn fast() -> ZxingStage {
        ZxingStage {
            name: "zxing-fast",
            try_harder: false,
            try_invert: false,
            try_downscale: false,
            ..ZxingStage::main()
        }
    }

    /// Fallback: median-filtered, global-histogram binarizer.
    pub fn textured() -> ZxingStage {
        ZxingStage {
            name: "zxing-median-global",
            try_harder: false,
            try_invert: false,
            invert_image: false,
            try_downscale: false,
            binarizer: zxingcpp::Binarizer::GlobalHistogram,
            max_side: Some(TEXTURED_MAX_SIDE),
            median: true,
            pure: false,
            formats: QR_ONLY,
            max_symbols: 0,
        }
    }

    /// zxing's local-average binarization done in Rust ([`binarize`]: the
    /// same pixels, faster than the C++ as Debian's GCC builds it). Not
    /// with zxing's downscale passes, which would average the black and
    /// white pixels.
    fn prebinarized(&self, frame: &Frame) -> Option<Frame> {
        (self.binarizer == zxingcpp::Binarizer::LocalAverage && !self.try_downscale)
            .then(|| binarize::local_average(frame))
            .flatten()
    }
}

impl Stage for ZxingStage {
    fn name(&self) -> &str {
        self.name
    }

    fn decode(&self, frame: &Frame) -> Vec<String> {
        if frame.width == 0 || frame.height == 0 {
            return Vec::new();
        }
        let scaled;
        let frame = match self.max_side {
            Some(m) if frame.width.max(frame.height) > m => {
                scaled = preprocess::downscale_sampled(frame, m);
                &scaled
            }
            _ => frame,
        };
        let filtered;
        let frame = if self.median {
            filtered = preprocess::median3(frame);
            &filtered
        } else {
            frame
        };
        let negative;
        let frame = if self.invert_image {
            negative = preprocess::invert(frame);
            &negative
        } else {
            frame
        };
        let binarized;
        let (frame, binarizer) = match self.prebinarized(frame) {
            Some(b) => {
                binarized = b;
                (&binarized, zxingcpp::Binarizer::BoolCast)
            }
            None => (frame, self.binarizer),
        };
        let Some(view) = luma_view(frame) else {
            return Vec::new();
        };
        let read = |max_symbols: i32| {
            let reader = zxingcpp::read()
                .formats(self.formats)
                .text_mode(zxingcpp::TextMode::Plain)
                .binarizer(binarizer)
                .try_harder(self.try_harder)
                .try_invert(self.try_invert)
                .try_downscale(self.try_downscale)
                .try_rotate(self.try_harder)
                .is_pure(self.pure)
                .max_number_of_symbols(max_symbols);
            match reader.from(&view) {
                Ok(codes) => codes
                    .iter()
                    .filter(|c| c.is_valid())
                    .map(code_text)
                    .collect(),
                Err(_) => Vec::new(),
            }
        };
        let found: Vec<String> = read(self.max_symbols);
        // One part of a multi-part pre-application: its other parts are
        // usually printed beside it on the same sheet, so read them all.
        if self.max_symbols != 0
            && found
                .iter()
                .any(|text| text.starts_with(crate::preapp::codec::PART_PREFIX))
        {
            return read(0);
        }
        found
    }
}

/// A frame as zxing-cpp's image view.
pub fn luma_view(frame: &Frame) -> Option<zxingcpp::ImageView<'_>> {
    zxingcpp::ImageView::from_slice(
        &frame.pixels,
        frame.width,
        frame.height,
        zxingcpp::ImageFormat::Lum,
    )
    .ok()
}

/// zxing's `Plain` text already applied ECI and its charset guess; fall back
/// to our own guess only when it produced nothing from non-empty bytes.
fn code_text(code: &zxingcpp::Barcode) -> String {
    let text = code.text();
    if text.is_empty() {
        bytes_to_text(&code.bytes())
    } else {
        text
    }
}

/// Image variants the rqrr stage tries, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variant {
    /// The frame as is (rqrr applies its own row-average threshold).
    Original,
    /// Downscaled so the longest side is at most this many pixels.
    Scaled(usize),
    /// Downscaled, then 1st–99th percentile stretched to full range.
    Stretched(usize),
    /// Downscaled and inverted (light modules on dark: dark-mode screens).
    Inverted(usize),
    /// Downscaled, then Otsu global threshold.
    Otsu(usize),
    /// Downscaled, then local-mean threshold (radius in px, bias).
    Adaptive(usize),
}

impl Variant {
    pub fn apply(&self, frame: &Frame) -> Frame {
        match *self {
            Variant::Original => frame.clone(),
            Variant::Scaled(s) => preprocess::downscale(frame, s),
            Variant::Stretched(s) => preprocess::stretch_contrast(&preprocess::downscale(frame, s)),
            Variant::Inverted(s) => preprocess::invert(&preprocess::downscale(frame, s)),
            Variant::Otsu(s) => {
                let f = preprocess::downscale(frame, s);
                preprocess::threshold(&f, preprocess::otsu_level(&f))
            }
            Variant::Adaptive(s) => {
                let f = preprocess::downscale(frame, s);
                let r = (f.width.max(f.height) / 40).max(4);
                preprocess::adaptive_threshold(&f, r, 4)
            }
        }
    }
}

/// rqrr (pure Rust) over a list of image variants; stops at the first
/// variant that yields a code. Each variant is its own contained attempt, so
/// a panic on one scale does not lose the others.
pub struct RqrrStage {
    pub name: String,
    pub variants: Vec<Variant>,
    /// Stop trying further variants after this much time on one frame.
    pub budget: Option<Duration>,
}

impl RqrrStage {
    pub fn plain() -> RqrrStage {
        RqrrStage {
            name: "rqrr".into(),
            variants: vec![Variant::Original],
            budget: None,
        }
    }

    pub fn pyramid() -> RqrrStage {
        RqrrStage {
            name: "rqrr-pyramid".into(),
            variants: vec![
                Variant::Scaled(1000),
                Variant::Scaled(700),
                Variant::Scaled(500),
                Variant::Stretched(700),
                Variant::Inverted(700),
            ],
            budget: None,
        }
    }

    pub fn thresholds() -> RqrrStage {
        RqrrStage {
            name: "rqrr-threshold".into(),
            variants: vec![
                Variant::Otsu(1000),
                Variant::Adaptive(1000),
                Variant::Otsu(500),
                Variant::Adaptive(500),
            ],
            budget: None,
        }
    }
}

/// One rqrr attempt on a ready image.
pub fn rqrr_decode(frame: &Frame) -> Vec<String> {
    if frame.width < 21 || frame.height < 21 {
        return Vec::new();
    }
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(frame.width, frame.height, |x, y| {
        frame.get(x, y)
    });
    let mut out = Vec::new();
    for grid in img.detect_grids() {
        let mut bytes = Vec::new();
        if grid.decode_to(&mut bytes).is_ok() {
            out.push(bytes_to_text(&bytes));
        }
    }
    out
}

impl Stage for RqrrStage {
    fn name(&self) -> &str {
        &self.name
    }

    fn decode(&self, frame: &Frame) -> Vec<String> {
        let start = Instant::now();
        for variant in &self.variants {
            if self.budget.is_some_and(|b| start.elapsed() > b) {
                break;
            }
            let img = variant.apply(frame);
            if let Ok(found) = contain(|| rqrr_decode(&img))
                && !found.is_empty()
            {
                return found;
            }
        }
        Vec::new()
    }
}

/// What one frame gave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// Distinct texts, in the order found.
    pub codes: Vec<String>,
    /// Name of the stage that found them.
    pub stage: Option<String>,
    /// Contained panics (stage name, message).
    pub panics: Vec<(String, String)>,
    /// Time spent in each stage that ran, in order.
    pub stage_times: Vec<(String, Duration)>,
    pub elapsed: Duration,
}

/// Ordered decoder stages, fast path first.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    /// The measured default: zxing-cpp, then zxing-cpp on a median-filtered
    /// image with a global binarizer, then the phone-screen stage on the
    /// frame's busiest region (see the module docs of `scan`).
    pub fn standard() -> Pipeline {
        Pipeline::new(vec![
            Box::new(ZxingStage::main()),
            Box::new(ZxingStage::textured()),
            Box::new(super::phone::PhoneStage),
        ])
    }

    /// For live camera frames, the fast path of [`super::live::LiveReader`]
    /// (which spreads the heavier stages over successive frames): a 33 ms
    /// frame budget leaves no room for them all on every frame.
    pub fn live() -> Pipeline {
        Pipeline::new(vec![Box::new(ZxingStage::main())])
    }

    pub fn new(stages: Vec<Box<dyn Stage>>) -> Pipeline {
        Pipeline { stages }
    }

    pub fn stage_names(&self) -> Vec<String> {
        self.stages.iter().map(|s| s.name().to_string()).collect()
    }

    pub fn decode(&self, frame: &Frame) -> Outcome {
        let start = Instant::now();
        let mut outcome = Outcome::default();
        for stage in &self.stages {
            let t = Instant::now();
            let _ = take_contained_panics();
            let result = contain(|| stage.decode(frame));
            outcome
                .stage_times
                .push((stage.name().to_string(), t.elapsed()));
            for msg in take_contained_panics() {
                outcome.panics.push((stage.name().to_string(), msg));
            }
            match result {
                Ok(found) if !found.is_empty() => {
                    for text in found {
                        if !outcome.codes.contains(&text) {
                            outcome.codes.push(text);
                        }
                    }
                    outcome.stage = Some(stage.name().to_string());
                    break;
                }
                // Panics were recorded from the log above.
                Ok(_) | Err(_) => {}
            }
        }
        outcome.elapsed = start.elapsed();
        outcome
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contain_turns_panic_into_error_and_keeps_message() {
        let r: Result<(), String> = contain(|| panic!("boom {}", 7));
        let msg = r.unwrap_err();
        assert!(msg.starts_with("boom 7"), "{msg}");
        assert_eq!(contain(|| 5).unwrap(), 5);
    }

    #[test]
    fn text_guess_utf8_sjis_latin1() {
        assert_eq!(bytes_to_text("測試".as_bytes()), "測試");
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode("ﾃﾞｻﾞｲﾝQR 阿");
        assert_eq!(bytes_to_text(&sjis), "ﾃﾞｻﾞｲﾝQR 阿");
        // 0xFF is neither valid UTF-8 nor Shift_JIS: ISO-8859-1.
        assert_eq!(bytes_to_text(&[0x41, 0xFF]), "Aÿ");
    }

    #[test]
    fn empty_and_tiny_frames_find_nothing() {
        let p = Pipeline::standard();
        for f in [Frame::filled(0, 0, 0), Frame::filled(3, 2, 255)] {
            let o = p.decode(&f);
            assert!(o.codes.is_empty() && o.panics.is_empty());
        }
    }
}
