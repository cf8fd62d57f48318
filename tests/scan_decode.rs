//! Decoding generated QR images, panic containment, and no false positive
//! on images without a QR code.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use madoguchi::scan::Frame;
use madoguchi::scan::decode::{Pipeline, RqrrStage, Stage, ZxingStage, contain};
use madoguchi::scan::{binarize, preprocess, realworld, synth, synth_alt};

struct Panicking;
impl Stage for Panicking {
    fn name(&self) -> &str {
        "panicking"
    }
    fn decode(&self, _frame: &Frame) -> Vec<String> {
        // The same assertion rqrr 0.11 trips on a real photo.
        let x = f64::INFINITY;
        assert!(x <= i32::MAX as f64);
        Vec::new()
    }
}

#[test]
fn generated_codes_decode_with_every_stage() {
    for (i, text) in ["MDG1:ABC123", "測試 ﾃﾞｻﾞｲﾝQR", "https://example.jp/a?b=c"]
        .iter()
        .enumerate()
    {
        let qr = synth::render_qr(text, 3 + i).unwrap();
        for stage in [
            Box::new(ZxingStage::main()) as Box<dyn Stage>,
            Box::new(RqrrStage::plain()),
        ] {
            assert_eq!(
                stage.decode(&qr),
                vec![text.to_string()],
                "{}",
                stage.name()
            );
        }
        let o = Pipeline::standard().decode(&qr);
        assert_eq!(o.codes, vec![text.to_string()]);
        assert_eq!(o.stage.as_deref(), Some("zxing"));
    }
}

#[test]
fn synthetic_phone_screens_mostly_decode() {
    let set = synth::phone_screens(20, 9, 640, 480);
    let p = Pipeline::standard();
    let ok = set
        .iter()
        .filter(|s| p.decode(&s.frame).codes.contains(&s.text))
        .count();
    assert!(ok >= 10, "{ok}/20");
}

#[test]
fn a_panicking_stage_is_contained_and_later_stages_still_run() {
    let qr = synth::render_qr("after the panic", 4).unwrap();
    let p = Pipeline::new(vec![Box::new(Panicking), Box::new(ZxingStage::main())]);
    let o = p.decode(&qr);
    assert_eq!(o.codes, vec!["after the panic".to_string()]);
    assert_eq!(o.panics.len(), 1);
    assert_eq!(o.panics[0].0, "panicking");
    assert!(o.panics[0].1.contains("i32::MAX"), "{}", o.panics[0].1);
    // Repeated panics keep being contained.
    for _ in 0..3 {
        assert_eq!(p.decode(&qr).panics.len(), 1);
    }
    assert!(contain(|| Panicking.decode(&qr)).is_err());
}

#[test]
fn no_false_positive_on_images_without_qr() {
    let dir = realworld::dataset_dir();
    let Ok(samples) = realworld::load_samples(&dir) else {
        eprintln!("skipped: reference set not at {}", dir.display());
        return;
    };
    let p = Pipeline::standard();
    let negatives: Vec<_> = samples
        .iter()
        .filter(|s| s.expected.is_none())
        .take(6)
        .collect();
    assert!(!negatives.is_empty());
    for s in negatives {
        let frame = realworld::load_frame(&s.path).unwrap();
        let o = p.decode(&frame);
        assert!(o.codes.is_empty(), "{}: {:?}", s.path.display(), o.codes);
    }
    let mut rng = synth::Rng::new(5);
    for _ in 0..5 {
        assert!(
            p.decode(&synth::empty_scene(&mut rng, 640, 480))
                .codes
                .is_empty()
        );
    }
}

#[test]
fn legacy_encoded_photo_matches_expected_text() {
    // qrcode-2/31 holds Shift_JIS bytes; the .txt is UTF-8.
    let dir = realworld::dataset_dir().join("qrcode-2");
    let Ok(want) = std::fs::read_to_string(dir.join("31.txt")) else {
        eprintln!("skipped: reference set missing");
        return;
    };
    let frame = realworld::load_frame(&dir.join("31.webp")).unwrap();
    let o = Pipeline::standard().decode(&frame);
    assert!(realworld::matches(&o.codes, &want), "{:?}", o.codes);
}

/// Two codes side by side: the standard pipeline stops at the first (the
/// kiosk reads one pre-application at a time), a stage without the limit
/// reads both.
/// Two codes side by side in one frame.
fn side_by_side(first: &str, second: &str) -> Frame {
    let (a, b) = (
        synth::render_qr(first, 4).unwrap(),
        synth::render_qr(second, 4).unwrap(),
    );
    assert_eq!(a.height, b.height);
    let (w, h) = (a.width + b.width, a.height);
    let mut pixels = Vec::with_capacity(w * h);
    for y in 0..h {
        pixels.extend_from_slice(&a.pixels[y * a.width..(y + 1) * a.width]);
        pixels.extend_from_slice(&b.pixels[y * b.width..(y + 1) * b.width]);
    }
    Frame::new(w, h, pixels).unwrap()
}

#[test]
fn standard_pipeline_reads_one_code_per_frame() {
    let both = side_by_side("MDG1:FIRST", "MDG1:SECOND");
    let o = Pipeline::standard().decode(&both);
    assert_eq!(o.codes.len(), 1, "{:?}", o.codes);
    assert!(["MDG1:FIRST", "MDG1:SECOND"].contains(&o.codes[0].as_str()));
    let every = ZxingStage {
        max_symbols: 0,
        ..ZxingStage::main()
    };
    let mut all = every.decode(&both);
    all.sort();
    assert_eq!(
        all,
        vec!["MDG1:FIRST".to_string(), "MDG1:SECOND".to_string()]
    );
}

/// The parts of a multi-part pre-application printed on one sheet are all
/// read from one frame, by the live pipeline too.
#[test]
fn parts_of_a_multi_part_code_on_one_sheet_are_all_read() {
    let both = side_by_side("MG1P:PARTONE", "MG1P:PARTTWO");
    for pipeline in [Pipeline::standard(), Pipeline::live()] {
        let mut codes = pipeline.decode(&both).codes;
        codes.sort();
        assert_eq!(codes, vec!["MG1P:PARTONE", "MG1P:PARTTWO"]);
    }
}

/// Everything zxing finds in `frame` (read or not): text, position, error
/// and metadata, with zxing's own local-average binarizer or with
/// `binarize::local_average` read through zxing's `BoolCast`.
fn all_zxing_finds(frame: &Frame, ours: bool) -> Vec<String> {
    let binarized;
    let (frame, binarizer) = match ours.then(|| binarize::local_average(frame)).flatten() {
        Some(b) => {
            binarized = b;
            (&binarized, zxingcpp::Binarizer::BoolCast)
        }
        None => (frame, zxingcpp::Binarizer::LocalAverage),
    };
    let view = madoguchi::scan::decode::luma_view(frame).unwrap();
    let codes = zxingcpp::read()
        .formats([zxingcpp::BarcodeFormat::QRCode])
        .binarizer(binarizer)
        .try_harder(true)
        .try_invert(true)
        .try_downscale(false)
        .return_errors(true)
        .from(&view)
        .unwrap();
    codes
        .iter()
        .map(|c| {
            let p = c.position();
            let xy = |q: zxingcpp::PointI| (q.x, q.y);
            format!(
                "{:?} {:?} {:?} {} {:?}",
                c.bytes(),
                [
                    xy(p.top_left),
                    xy(p.top_right),
                    xy(p.bottom_right),
                    xy(p.bottom_left)
                ],
                c.error(),
                c.extra(),
                c.is_inverted()
            )
        })
        .collect()
}

#[test]
fn the_rust_local_average_binarizer_finds_what_zxings_own_finds() {
    let mut frames: Vec<Frame> = Vec::new();
    frames.extend(
        synth::phone_screens(24, 31, 640, 480)
            .into_iter()
            .map(|s| s.frame),
    );
    frames.extend(
        synth_alt::phone_screens(24, 32)
            .into_iter()
            .map(|s| s.frame),
    );
    let mut rng = synth::Rng::new(33);
    frames.extend((0..4).map(|_| synth::empty_scene(&mut rng, 640, 480)));
    // Sides that are not multiples of the 8-pixel block (the last block
    // overlaps its neighbour), a dark-mode code (the inverted pass), a
    // code at the frame's edge, and a flat frame (zxing falls back to its
    // global binarizer there: so must the caller).
    let odd: Vec<Frame> = frames
        .iter()
        .take(12)
        .enumerate()
        .map(|(i, f)| preprocess::crop(f, i % 5, i % 7, f.width - 3 - i % 5, f.height - 5 - i % 7))
        .collect();
    frames.extend(odd);
    let code = synth::render_qr("MDG1:EDGE", 4).unwrap();
    frames.push(preprocess::invert(&code));
    frames.push(preprocess::crop(
        &code,
        12,
        12,
        code.width - 12,
        code.height - 12,
    ));
    frames.push(Frame {
        width: 64,
        height: 48,
        pixels: vec![200; 64 * 48],
    });
    let dir = realworld::dataset_dir();
    if let Ok(samples) = realworld::load_samples(&dir) {
        frames.extend(
            samples
                .iter()
                .step_by(3)
                .map(|s| realworld::load_frame(&s.path).unwrap()),
        );
    }
    let mut found = 0;
    for (i, frame) in frames.iter().enumerate() {
        let theirs = all_zxing_finds(frame, false);
        found += theirs.len();
        assert_eq!(all_zxing_finds(frame, true), theirs, "frame {i}");
    }
    // The comparison means something only if zxing finds codes.
    assert!(found >= 40, "{found}");
}
