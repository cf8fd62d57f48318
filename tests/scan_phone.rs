//! Phone screens at the counter: the phone stage reads synthetic frames
//! zxing-cpp alone misses, the live reader reads a held phone that no
//! single frame of reads, real photos stay as they were, and nothing panics.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use madoguchi::scan::decode::{Pipeline, Stage, ZxingStage};
use madoguchi::scan::erasure;
use madoguchi::scan::gridfit::{self, Grid};
use madoguchi::scan::live::LiveReader;
use madoguchi::scan::outline;
use madoguchi::scan::phone::{self, PhoneStage};
use madoguchi::scan::{Frame, realworld, synth};
use std::time::{Duration, Instant};

/// The first 60 frames of the benchmark's synthetic set (seed 42): zxing-cpp
/// misses 20 of them, all defocused small codes; the phone stage reads 4.
#[test]
fn phone_stage_reads_defocused_screens_zxing_misses() {
    let set = synth::phone_screens(60, 42, 640, 480);
    let zxing = ZxingStage::main();
    let pipeline = Pipeline::standard();
    let (mut missed, mut read, mut lost) = (0, Vec::new(), 0);
    for s in &set {
        let by_zxing = zxing.decode(&s.frame).contains(&s.text);
        let by_pipeline = pipeline.decode(&s.frame).codes.contains(&s.text);
        missed += !by_zxing as usize;
        if by_pipeline && !by_zxing {
            read.push(s.effects.as_str());
        }
        // Frames zxing reads stay read.
        lost += (by_zxing && !by_pipeline) as usize;
    }
    eprintln!("zxing missed {missed}, the pipeline read {read:?}");
    assert!(read.len() >= 4, "{read:?}");
    assert_eq!(lost, 0);
}

/// Seed 10: a defocused screen that no frame reads alone and the live
/// reader's sharpened averages never read (it missed all 30 frames of the
/// bench's scene). The outline attempt, on a thread of its own beside the
/// camera, reads it while the frames keep coming (in release within 2 s).
#[test]
fn live_reader_reads_a_code_from_its_outline_beside_the_camera() {
    let (text, frames) = synth::scene(10, 8);
    let live = Pipeline::live();
    assert!(frames.iter().all(|f| !live.decode(f).codes.contains(&text)));
    let mut reader = LiveReader::new();
    let started = Instant::now();
    let read = frames
        .iter()
        .cycle()
        .take_while(|_| started.elapsed() < Duration::from_secs(600))
        .any(|f| {
            let read = reader.push(f).is_some_and(|codes| codes.contains(&text));
            std::thread::sleep(Duration::from_millis(10));
            read
        });
    assert!(read, "not read in {:?}", started.elapsed());
}

/// Seed 191: a defocused screen. Within its first frames (after the
/// first) the live reader reads it from the average of the frames so far,
/// where none of those frames reads alone through the per-frame live
/// pipeline. (The standard pipeline's outline fit, at 0.3–3 s a frame,
/// now reads each of them alone: on seeds 150–400 it reads every scene the
/// average is needed for.)
#[test]
fn live_reader_reads_a_held_phone_no_single_frame_reads() {
    let (text, frames) = synth::scene(191, 16);
    let frames = &frames[1..];
    let mut reader = LiveReader::new();
    let read_at = frames
        .iter()
        .position(|f| reader.push(f).is_some_and(|codes| codes.contains(&text)))
        .expect("the live reader reads the held phone");
    let live = Pipeline::live();
    for (i, f) in frames[..=read_at].iter().enumerate() {
        assert!(
            !live.decode(f).codes.contains(&text),
            "frame {i} reads alone"
        );
    }
    assert!(read_at >= 1, "{read_at}");
    // Read and done: the next frames start a new average.
    reader.reset();
}

#[test]
fn real_photos_all_read_and_no_false_positive() {
    let dir = realworld::dataset_dir();
    let Ok(samples) = realworld::load_samples(&dir) else {
        eprintln!("skipped: reference set not at {}", dir.display());
        return;
    };
    let pipeline = Pipeline::standard();
    let (mut read, mut positives, mut false_positives) = (0, 0, Vec::new());
    for s in &samples {
        let frame = realworld::load_frame(&s.path).unwrap();
        let codes = pipeline.decode(&frame).codes;
        match &s.expected {
            Some(want) => {
                positives += 1;
                read += realworld::matches(&codes, want) as usize;
            }
            None if !codes.is_empty() => false_positives.push(s.path.display().to_string()),
            None => {}
        }
    }
    assert_eq!(read, positives);
    assert!(false_positives.is_empty(), "{false_positives:?}");
}

#[test]
fn odd_frames_never_panic_out() {
    let mut rng = synth::Rng::new(4);
    let noise = Frame::new(97, 61, (0..97 * 61).map(|_| rng.below(256) as u8).collect()).unwrap();
    let stripes = Frame::new(
        64,
        64,
        (0..64 * 64)
            .map(|i| if i % 3 == 0 { 0 } else { 255 })
            .collect(),
    )
    .unwrap();
    let frames = [
        Frame::filled(0, 0, 0),
        Frame::filled(1, 1, 9),
        Frame::filled(40, 3, 255),
        Frame::filled(3, 40, 0),
        noise,
        stripes,
        synth::empty_scene(&mut rng, 320, 240),
    ];
    let mut reader = LiveReader::new();
    for f in frames.iter().chain(frames.iter().rev()) {
        assert!(PhoneStage.decode(f).is_empty());
        assert!(Pipeline::standard().decode(f).panics.is_empty());
        assert_eq!(reader.push(f), None);
    }
}

/// The grid fit, given where the generator put the code, reads screens so
/// defocused that zxing alone reads almost none: among the first 60 frames
/// of set 1, the 14 under the strongest blur (a 5-pixel box over modules
/// of 1.4–3 pixels). zxing reads 1 of them; the fit reads 8.
#[test]
fn grid_fit_reads_strongly_defocused_screens_given_their_grid() {
    let set = synth::phone_screens(60, 42, 640, 480);
    let blurred: Vec<_> = set.iter().filter(|s| s.effects.contains("blur2")).collect();
    assert_eq!(blurred.len(), 14);
    let zxing = ZxingStage::main();
    let by_zxing = blurred
        .iter()
        .filter(|s| zxing.decode(&s.frame).contains(&s.text))
        .count();
    let fitted: Vec<&str> = blurred
        .iter()
        .filter(|s| {
            let (corners, modules) = s.symbol.unwrap();
            let grid = Grid::from_corners(modules, corners).unwrap();
            gridfit::read(&s.frame, &grid, &gridfit::BLURS).contains(&s.text)
        })
        .map(|s| s.effects.as_str())
        .collect();
    eprintln!("zxing read {by_zxing}, the fit read {fitted:?}");
    assert!(by_zxing <= 1, "{by_zxing}");
    assert!(fitted.len() >= 7, "{fitted:?}");
}

/// Frames 139 and 192 of set 1, under the strongest blur: fitted on their
/// true grid, the decided modules hold more wrong codewords than zxing's
/// decoder corrects, but the fit knows which modules it doubts: with the
/// least certain codewords erased, the corrected code reads.
#[test]
fn grid_fit_reads_with_its_least_certain_codewords_erased() {
    let set = synth::phone_screens(193, 42, 640, 480);
    let zxing = ZxingStage::main();
    for i in [139, 192] {
        let sample = &set[i];
        let (corners, modules) = sample.symbol.unwrap();
        let grid = Grid::from_corners(modules, corners).unwrap();
        let estimate = gridfit::estimate(&sample.frame, &grid, 2).unwrap();
        let decided = gridfit::render(modules, &estimate.dark);
        assert!(zxing.decode(&decided).is_empty(), "frame {i}");
        let corrected = erasure::correct(modules, &estimate.dark, &estimate.certainty)
            .unwrap_or_else(|| panic!("frame {i} not corrected"));
        let clean = gridfit::render(modules, &corrected);
        assert_eq!(zxing.decode(&clean), vec![sample.text.clone()], "frame {i}");
        assert_eq!(gridfit::decode(&estimate), vec![sample.text.clone()]);
    }
}

/// A grid laid where there is no code (a uniform frame, noise, the code's
/// grid shifted by half its width) reads nothing and does not panic.
#[test]
fn grid_fit_reads_nothing_where_there_is_no_code() {
    let set = synth::phone_screens(1, 42, 640, 480);
    let (corners, modules) = set[0].symbol.unwrap();
    let grid = Grid::from_corners(modules, corners).unwrap();
    let mut rng = synth::Rng::new(5);
    let noise = Frame::new(
        640,
        480,
        (0..640 * 480).map(|_| rng.below(256) as u8).collect(),
    )
    .unwrap();
    let half = (corners[1].0 - corners[0].0) / 2.0;
    let shifted = Grid::from_corners(modules, corners.map(|(x, y)| (x + half, y))).unwrap();
    for (frame, grid) in [
        (&Frame::filled(640, 480, 200), &grid),
        (&noise, &grid),
        (&set[0].frame, &shifted),
    ] {
        assert!(gridfit::read(frame, grid, &gridfit::BLURS).is_empty());
    }
}

/// Frame 84 of set 1: a version-5 code under the strongest blur, whose
/// finder patterns zxing cannot find. Its outline gives the grid to within
/// two pixels; aligning the blurred model to the pixels and fitting the
/// modules reads it.
#[test]
fn outline_reads_a_code_whose_finders_are_blurred_away() {
    let set = synth::phone_screens(85, 42, 640, 480);
    let sample = &set[84];
    assert!(sample.effects.contains("blur2"), "{}", sample.effects);
    assert!(
        !ZxingStage::main()
            .decode(&sample.frame)
            .contains(&sample.text)
    );
    let (rect, _) = phone::code_region(&sample.frame, phone::MIN_BUSYNESS).unwrap();
    let region = phone::region(&sample.frame, rect);
    assert!(gridfit::locate(&region).is_empty());
    let (truth, modules) = sample.symbol.unwrap();
    let grids = outline::grids(&region);
    let best = grids
        .iter()
        .map(|c| c.grid)
        .find(|g| g.modules == modules)
        .expect("the right size");
    let n = modules as f64;
    let error = [(0.0, 0.0), (n, 0.0), (n, n), (0.0, n)]
        .iter()
        .map(|&(u, v)| {
            let (x, y) = best.to_frame.map(u, v);
            let (x, y) = (x + rect.x as f64, y + rect.y as f64);
            truth
                .iter()
                .map(|t| ((x - t.0).powi(2) + (y - t.1).powi(2)).sqrt())
                .fold(f64::MAX, f64::min)
        })
        .fold(0f64, f64::max);
    assert!(error < 2.5, "{error}");
    assert_eq!(
        phone::read_outline(&sample.frame, rect, outline::Effort::THOROUGH).texts,
        vec![sample.text.clone()]
    );
}

/// Frame 58 of set 1: a version-8 code whose modules span 1.6 px. Its
/// function patterns match other sizes as well as its own, so the best
/// matching grids do not read; the still picture's sweep over the
/// outline's other sizes does, and the decode tells the right one.
#[test]
fn outline_sweep_finds_the_size_the_pattern_match_misses() {
    let set = synth::phone_screens(59, 42, 640, 480);
    let sample = &set[58];
    let (_, modules) = sample.symbol.unwrap();
    let (rect, _) = phone::code_region_half(&sample.frame, phone::MIN_BUSYNESS_OUTLINE).unwrap();
    let grids = outline::grids(&phone::region(&sample.frame, rect));
    assert_ne!(grids[0].grid.modules, modules);
    assert!(grids.iter().any(|c| c.grid.modules == modules));
    let no_sweep = outline::Effort {
        sweep: false,
        ..outline::Effort::THOROUGH
    };
    assert!(
        phone::read_outline(&sample.frame, rect, no_sweep)
            .texts
            .is_empty()
    );
    assert_eq!(
        phone::read_outline(&sample.frame, rect, outline::Effort::THOROUGH).texts,
        vec![sample.text.clone()]
    );
}
