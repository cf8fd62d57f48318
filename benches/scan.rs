//! Scanner benchmark: `cargo bench --bench scan`.
//!
//! Prints, measured in one run:
//! 1. the photographed reference set (`$MADOGUCHI_QR_REALWORLD`, default
//!    `../shared/qr-realworld`): decoder | decoded | false positives | panics |
//!    total decode ms (and its parts on the images with and without a QR),
//!    with zxing-cpp (Python package, run by
//!    `scripts/zxing_bench.py`) as the reference row, rqrr alone, each stage
//!    alone, the pipeline as it was before issue 4's speed-up (every code
//!    from stage 1), and the madoguchi pipeline with what each of its stages
//!    added and the time spent in it;
//! 2. latency of the live pipeline on 1280×720 frames with and without a QR
//!    (p50, p99; budget 33 ms at p99);
//! 3. the decode rate on two synthetic phone-screen sets, single frame: set 1
//!    made by `madoguchi::scan::synth` (blur, perspective, moiré, glare, low
//!    contrast), set 2 by the independent `madoguchi::scan::synth_alt`
//!    (the product's payloads on a sub-pixel screen through a camera model),
//!    then both side by side;
//! 4. live camera, steady phone: frames until the first read (p50, p90,
//!    misses within 30 frames) on scenes of the generators, per live reader;
//! 5. the encoder side: read rate per QR level, split, quiet zone, QR size
//!    on the page and dark mode, on the same shots of set 2's generator (and
//!    the split on set 1's).
//!
//! Images are decoded from their pixels; loading and grayscale conversion are
//! outside the timed part (as in the Python script); each image is decoded 3
//! times and the fastest counts, on both sides. Environment:
//! `SCAN_BENCH_VERBOSE=1` lists misses; `SCAN_BENCH_SYNTH=N` and
//! `SCAN_BENCH_SYNTH_ALT=N` set the synthetic sets' sizes (default 200),
//! `SCAN_BENCH_SCENES=N` the live scenes per generator (default 40),
//! `SCAN_BENCH_ENCODER=N` the frames per encoder-side choice (default 100),
//! `SCAN_BENCH_TABLES=real,latency,synthetic,live,encoder` (any of them,
//! default all) which tables run.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use madoguchi::scan::decode::{
    Pipeline, RqrrStage, Stage, ZxingStage, contain, take_contained_panics,
};
use madoguchi::scan::realworld::{self, Sample};
use madoguchi::scan::{Frame, gridfit, synth, synth_alt};

/// Each image is decoded this many times and the fastest run counts, on
/// both sides (the Python script takes the same `--repeat`), so the table
/// compares decoders rather than scheduler noise.
const REPEAT: usize = 3;

struct Row {
    name: String,
    decoded: usize,
    fp: usize,
    panics: usize,
    ms: f64,
    /// The part of `ms` spent on the images without a QR.
    ms_without: f64,
    note: String,
}

fn print_table(rows: &[Row], positives: usize, negatives: usize) {
    println!(
        "{:<34} | {:>9} | {:>9} | {:>6} | {:>9} | {:>8} | {:>8} | note",
        "decoder",
        format!("dec/{positives}"),
        format!("fp/{negatives}"),
        "panics",
        "total ms",
        "with QR",
        "without"
    );
    println!("{}", "-".repeat(34 + 9 + 9 + 6 + 9 + 8 + 8 + 24));
    for r in rows {
        println!(
            "{:<34} | {:>9} | {:>9} | {:>6} | {:>9.1} | {:>8.1} | {:>8.1} | {}",
            r.name,
            r.decoded,
            r.fp,
            r.panics,
            r.ms,
            r.ms - r.ms_without,
            r.ms_without,
            r.note
        );
    }
}

/// Runs the Python reference; `None` (with a hint printed) when unavailable.
fn zxing_python(dir: &Path, plain: bool) -> Option<Row> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/zxing_bench.py");
    let mut cmd = Command::new("python3");
    cmd.arg(&script).arg(format!("--repeat={REPEAT}"));
    if plain {
        cmd.arg("--plain");
    }
    let out = match cmd.arg(dir).output() {
        Ok(out) => out,
        Err(e) => {
            println!(
                "zxing-cpp reference skipped: cannot run python3 ({e}); install Python 3 and `pip install zxing-cpp Pillow`"
            );
            return None;
        }
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.starts_with("ZXING"))?;
    if line.contains("missing=") {
        println!(
            "zxing-cpp reference skipped: {line}\n  install with: pip install zxing-cpp Pillow"
        );
        return None;
    }
    let field = |k: &str| {
        line.split_whitespace()
            .find_map(|w| w.strip_prefix(&format!("{k}=")))
            .map(str::to_string)
    };
    let num = |s: Option<String>| -> usize {
        s.and_then(|s| s.split('/').next()?.parse().ok())
            .unwrap_or(0)
    };
    Some(Row {
        name: format!(
            "zxing-cpp 3.1.1 python ({})",
            if plain { "plain" } else { "default" }
        ),
        decoded: num(field("decoded")),
        fp: num(field("fp")),
        panics: 0,
        ms: field("ms").and_then(|m| m.parse().ok()).unwrap_or(f64::NAN),
        ms_without: field("ms_without")
            .and_then(|m| m.parse().ok())
            .unwrap_or(f64::NAN),
        note: if plain {
            "TextMode.Plain".into()
        } else {
            "reference row (package defaults)".into()
        },
    })
}

fn run_decoder(
    name: &str,
    samples: &[(Sample, Frame)],
    decode: &dyn Fn(&Frame) -> (Vec<String>, bool),
    verbose: bool,
) -> Row {
    let (mut decoded, mut fp, mut panics) = (0, 0, 0);
    let (mut total, mut without) = (Duration::ZERO, Duration::ZERO);
    for (sample, frame) in samples {
        // Best of REPEAT per image, as the Python script does.
        let mut best = Duration::MAX;
        let mut result = (Vec::new(), false);
        for _ in 0..REPEAT {
            let t = Instant::now();
            result = decode(frame);
            best = best.min(t.elapsed());
        }
        total += best;
        if sample.expected.is_none() {
            without += best;
        }
        if std::env::var_os("SCAN_BENCH_PERIMAGE").is_some() {
            eprintln!(
                "time [{name}] {} {:.3}",
                sample.path.display(),
                best.as_secs_f64() * 1000.0
            );
        }
        let (found, panicked) = result;
        panics += panicked as usize;
        match &sample.expected {
            None => fp += !found.is_empty() as usize,
            Some(want) => {
                if realworld::matches(&found, want) {
                    decoded += 1;
                } else if verbose {
                    eprintln!("[{name}] miss {}: {found:?}", sample.path.display());
                }
            }
        }
    }
    Row {
        name: name.into(),
        decoded,
        fp,
        panics,
        ms: total.as_secs_f64() * 1000.0,
        ms_without: without.as_secs_f64() * 1000.0,
        note: String::new(),
    }
}

fn stage_row(stage: &dyn Stage, samples: &[(Sample, Frame)], verbose: bool) -> Row {
    run_decoder(
        &format!("{} alone", stage.name()),
        samples,
        &|f| {
            let _ = take_contained_panics();
            let found = contain(|| stage.decode(f)).unwrap_or_default();
            (found, !take_contained_panics().is_empty())
        },
        verbose,
    )
}

/// The pipeline row plus one row per stage: what the stage added (frames
/// first decoded there) and the time spent in it over the whole set.
fn pipeline_rows(name: &str, p: &Pipeline, samples: &[(Sample, Frame)], verbose: bool) -> Vec<Row> {
    let names = p.stage_names();
    // Per stage: frames it read, false positives, its time, its time on
    // the images without a QR.
    let mut per_stage: Vec<(usize, usize, Duration, Duration)> =
        vec![(0, 0, Duration::ZERO, Duration::ZERO); names.len()];
    let (mut decoded, mut fp, mut panics) = (0, 0, 0);
    let (mut total, mut without) = (Duration::ZERO, Duration::ZERO);
    for (sample, frame) in samples {
        let mut o = p.decode(frame);
        for _ in 1..REPEAT {
            let again = p.decode(frame);
            if again.elapsed < o.elapsed {
                o = again;
            }
        }
        total += o.elapsed;
        if sample.expected.is_none() {
            without += o.elapsed;
        }
        panics += !o.panics.is_empty() as usize;
        for (i, (_, d)) in o.stage_times.iter().enumerate() {
            per_stage[i].2 += *d;
            if sample.expected.is_none() {
                per_stage[i].3 += *d;
            }
        }
        let idx = o
            .stage
            .as_ref()
            .and_then(|s| names.iter().position(|n| n == s));
        match &sample.expected {
            None => {
                if !o.codes.is_empty() {
                    fp += 1;
                    if let Some(i) = idx {
                        per_stage[i].1 += 1;
                    }
                }
            }
            Some(want) => {
                if realworld::matches(&o.codes, want) {
                    decoded += 1;
                    if let Some(i) = idx {
                        per_stage[i].0 += 1;
                    }
                } else if verbose {
                    eprintln!("[{name}] miss {}: {:?}", sample.path.display(), o.codes);
                }
            }
        }
    }
    let mut rows = vec![Row {
        name: name.into(),
        decoded,
        fp,
        panics,
        ms: total.as_secs_f64() * 1000.0,
        ms_without: without.as_secs_f64() * 1000.0,
        note: names.join(" → "),
    }];
    for (i, n) in names.iter().enumerate() {
        rows.push(Row {
            name: format!("  stage {}: {n}", i + 1),
            decoded: per_stage[i].0,
            fp: per_stage[i].1,
            panics: 0,
            ms: per_stage[i].2.as_secs_f64() * 1000.0,
            ms_without: per_stage[i].3.as_secs_f64() * 1000.0,
            note: "added by this stage; its time".into(),
        });
    }
    rows
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    let verbose = std::env::var_os("SCAN_BENCH_VERBOSE").is_some();
    let dir = realworld::dataset_dir();
    let tables = std::env::var("SCAN_BENCH_TABLES").ok();
    let wanted = |table: &str| {
        tables
            .as_deref()
            .is_none_or(|list| list.split(',').any(|t| t.trim() == table))
    };
    println!("# madoguchi scan benchmark\n");
    if wanted("real") {
        match realworld::load_samples(&dir) {
            Ok(samples) if !samples.is_empty() => realworld_table(&dir, samples, verbose),
            _ => println!(
                "reference set not found at {} (set MADOGUCHI_QR_REALWORLD)\n",
                dir.display()
            ),
        }
    }
    if wanted("latency") {
        latency_table();
    }
    if wanted("synthetic") {
        synthetic_tables(verbose);
    }
    if wanted("live") {
        live_scene_table();
    }
    if wanted("encoder") {
        encoder_table();
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// Live pipeline on 1280×720 frames: phone screens (with a QR) and empty
/// scenes (without). Every frame is decoded once; p50/p99 over all frames.
fn latency_table() {
    const N: usize = 150;
    println!("## latency, 1280x720 frames, live pipeline (budget: p99 <= 33 ms)\n");
    let with_qr = synth::phone_screens(N, 1, 1280, 720);
    let mut rng = synth::Rng::new(2);
    let without: Vec<Frame> = (0..N)
        .map(|_| synth::empty_scene(&mut rng, 1280, 720))
        .collect();
    println!(
        "{:<34} | {:>6} | {:>8} | {:>8} | {:>8} | found",
        "frames", "n", "p50 ms", "p99 ms", "max ms"
    );
    println!("{}", "-".repeat(84));
    for (label, pipeline) in [
        ("live", Pipeline::live()),
        ("standard", Pipeline::standard()),
    ] {
        for (kind, frames) in [
            (
                "with QR",
                with_qr.iter().map(|s| &s.frame).collect::<Vec<_>>(),
            ),
            ("without QR", without.iter().collect()),
        ] {
            let mut times = Vec::new();
            let mut found = 0;
            for f in frames {
                let o = pipeline.decode(f);
                times.push(o.elapsed);
                found += !o.codes.is_empty() as usize;
            }
            times.sort();
            println!(
                "{:<34} | {:>6} | {:>8.1} | {:>8.1} | {:>8.1} | {found}",
                format!("{label}: {kind}"),
                times.len(),
                percentile(&times, 0.5),
                percentile(&times, 0.99),
                percentile(&times, 1.0),
            );
        }
    }
    // The kiosk's camera path: one reader fed frame after frame (its
    // running average and extra attempt included), reset after a read.
    for (kind, frames) in [
        (
            "with QR",
            with_qr.iter().map(|s| &s.frame).collect::<Vec<_>>(),
        ),
        ("without QR", without.iter().collect()),
    ] {
        let mut reader = madoguchi::scan::live::LiveReader::new();
        let mut times = Vec::new();
        let mut found = 0;
        for f in frames {
            let started = Instant::now();
            let read = reader.push(f);
            times.push(started.elapsed());
            if read.is_some() {
                found += 1;
                reader.reset();
            }
        }
        times.sort();
        println!(
            "{:<34} | {:>6} | {:>8.1} | {:>8.1} | {:>8.1} | {found}",
            format!("LiveReader: {kind}"),
            times.len(),
            percentile(&times, 0.5),
            percentile(&times, 0.99),
            percentile(&times, 1.0),
        );
    }
    println!();
}

/// Decode rate on both synthetic phone-screen sets, per decoder and per
/// degradation, then the two side by side.
fn synthetic_tables(verbose: bool) {
    let size = |var: &str| {
        std::env::var(var)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(200)
    };
    let set1 = synth::phone_screens(size("SCAN_BENCH_SYNTH"), 42, 640, 480);
    let rows1 = synthetic_table(
        &format!(
            "synthetic phone screens (set 1, scan::synth): {} frames 640x480 (blur, perspective, moire, glare, low contrast, noise)",
            set1.len()
        ),
        &set1,
        verbose,
    );
    grid_fit_ceiling_table(&set1);
    let set2 = synth_alt::phone_screens(size("SCAN_BENCH_SYNTH_ALT"), 42);
    let rows2 = synthetic_table(
        &format!(
            "synthetic phone screens (set 2, scan::synth_alt): {} frames 1280x720 (product payloads v10/v15; sub-pixel grid, lens, defocus disc, motion, glare, Bayer, noise, JPEG)",
            set2.len()
        ),
        &set2,
        verbose,
    );
    println!(
        "## synthetic sets side by side, single frame (budget: set 1 >= 185/200; set 2 >= 90% and >= zxing + 15 points)\n"
    );
    println!("{:<34} | {:>12} | {:>12}", "decoder", "set 1", "set 2");
    println!("{}", "-".repeat(64));
    let pct = |ok: usize, n: usize| format!("{ok}/{n} {:.0}%", 100.0 * ok as f64 / n.max(1) as f64);
    for ((name, ok1), (_, ok2)) in rows1.iter().zip(&rows2) {
        println!(
            "{:<34} | {:>12} | {:>12}",
            name,
            pct(*ok1, set1.len()),
            pct(*ok2, set2.len())
        );
    }
    println!();
}

/// What the grid fit (`scan::gridfit`) reads on set 1 when it is given
/// the generator's own grid, per blur: the ceiling of the phone stage,
/// which fits the grid zxing located (often off by a pixel or two, and on
/// most defocused frames not located at all).
fn grid_fit_ceiling_table(set: &[synth::SynthSample]) {
    println!("## set 1: the grid fit given the true grid, against the standard pipeline\n");
    println!(
        "{:<8} | {:>6} | {:>8} | {:>14} | {:>8} | {:>12}",
        "blur", "frames", "standard", "fit, true grid", "either", "fit ms/frame"
    );
    println!("{}", "-".repeat(72));
    let standard = Pipeline::standard();
    let mut rows: std::collections::BTreeMap<String, [usize; 4]> = Default::default();
    let mut fit_time = Duration::ZERO;
    for s in set {
        let blur = s
            .effects
            .split(' ')
            .find(|e| e.starts_with("blur"))
            .unwrap_or("none")
            .to_string();
        let read = standard.decode(&s.frame).codes.contains(&s.text);
        let t = Instant::now();
        let fitted = s
            .symbol
            .and_then(|(corners, n)| gridfit::Grid::from_corners(n, corners))
            .is_some_and(|grid| {
                contain(|| gridfit::read(&s.frame, &grid, &gridfit::BLURS))
                    .unwrap_or_default()
                    .contains(&s.text)
            });
        fit_time += t.elapsed();
        for key in [blur, "all".to_string()] {
            let row = rows.entry(key).or_default();
            row[0] += 1;
            row[1] += read as usize;
            row[2] += fitted as usize;
            row[3] += (read || fitted) as usize;
        }
    }
    for (blur, [n, read, fitted, either]) in &rows {
        println!(
            "{blur:<8} | {n:>6} | {read:>8} | {fitted:>14} | {either:>8} | {:>12}",
            ""
        );
    }
    println!(
        "{:<8} | {:>6} | {:>8} | {:>14} | {:>8} | {:>12.1}\n",
        "",
        "",
        "",
        "",
        "",
        fit_time.as_secs_f64() * 1000.0 / set.len().max(1) as f64
    );
}

type Decoder = Box<dyn Fn(&Frame) -> Vec<String>>;

/// The decoders compared on the synthetic sets: each alone, then the
/// pipelines.
fn synthetic_decoders() -> Vec<(String, Decoder)> {
    vec![
        (
            "rqrr alone".into(),
            Box::new(|f: &Frame| contain(|| RqrrStage::plain().decode(f)).unwrap_or_default()),
        ),
        (
            "zxing alone".into(),
            Box::new(|f: &Frame| contain(|| ZxingStage::main().decode(f)).unwrap_or_default()),
        ),
        ("madoguchi live".into(), {
            let p = Pipeline::live();
            Box::new(move |f: &Frame| p.decode(f).codes)
        }),
        ("madoguchi standard".into(), {
            let p = Pipeline::standard();
            Box::new(move |f: &Frame| p.decode(f).codes)
        }),
    ]
}

/// Decode rate on one synthetic set, per decoder and per degradation;
/// returns (decoder, frames read).
fn synthetic_table(title: &str, set: &[synth::SynthSample], verbose: bool) -> Vec<(String, usize)> {
    println!("## {title}\n");
    println!(
        "{:<34} | {:>9} | {:>9} | by effect (decoded/total)",
        "decoder", "decoded", "total ms"
    );
    println!("{}", "-".repeat(100));
    let mut out = Vec::new();
    for (name, decode) in &synthetic_decoders() {
        let mut ok = 0;
        let mut total = Duration::ZERO;
        let mut by_effect: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
        for s in set {
            let t = Instant::now();
            let found = decode(&s.frame);
            total += t.elapsed();
            let hit = found.iter().any(|f| f == &s.text);
            ok += hit as usize;
            for e in s.effects.split(' ') {
                let e = e.trim_end_matches(char::is_numeric).to_string();
                let entry = by_effect.entry(e).or_default();
                entry.0 += hit as usize;
                entry.1 += 1;
            }
            if !hit && verbose && name.starts_with("madoguchi standard") {
                eprintln!("[synth] miss ({})", s.effects);
            }
        }
        let effects: Vec<String> = by_effect
            .iter()
            .map(|(e, (a, b))| format!("{e} {a}/{b}"))
            .collect();
        println!(
            "{:<34} | {:>9} | {:>9.1} | {}",
            name,
            format!("{ok}/{}", set.len()),
            total.as_secs_f64() * 1000.0,
            effects.join(", ")
        );
        out.push((name.clone(), ok));
    }
    println!();
    out
}

/// Camera frames a reader needs before it first returns the scene's text;
/// `None` when it never does within the scene. Frames come no faster than
/// a camera's 30 a second (frame `i` not before `i / 30` s), so work a
/// reader does on a thread of its own is counted in the frames that pass
/// meanwhile.
fn frames_until_read(
    frames: impl Iterator<Item = Frame>,
    mut read: impl FnMut(&Frame) -> bool,
) -> Option<usize> {
    let start = Instant::now();
    frames
        .enumerate()
        .find(|(i, f)| {
            let due = start + Duration::from_secs_f64(*i as f64 / 30.0);
            std::thread::sleep(due.saturating_duration_since(Instant::now()));
            read(f)
        })
        .map(|(i, _)| i + 1)
}

/// A reader of one live scene: gets every camera frame in order, says
/// whether the expected text has been read.
type LiveRead = Box<dyn FnMut(&Frame) -> bool>;
/// Makes a fresh reader for a scene showing the given text.
type NewReader = fn(String) -> LiveRead;
/// A scene of a steady hand from a seed: the text shown and its frames.
type SceneSource = fn(u64, usize) -> (String, Box<dyn Iterator<Item = Frame>>);

/// Today's live path: every frame decoded on its own by `Pipeline::live()`.
fn per_frame_live(text: String) -> LiveRead {
    let pipeline = Pipeline::live();
    Box::new(move |f| pipeline.decode(f).codes.contains(&text))
}

/// The kiosk's live reader: frames combined until one reads.
fn live_reader(text: String) -> LiveRead {
    let mut reader = madoguchi::scan::live::LiveReader::new();
    Box::new(move |f| reader.push(f).is_some_and(|codes| codes.contains(&text)))
}

/// Set 1's scenes (a steady phone, `synth::scene`).
fn set1_scene(seed: u64, frames: usize) -> (String, Box<dyn Iterator<Item = Frame>>) {
    let (text, frames) = synth::scene(seed, frames);
    (text, Box::new(frames.into_iter()))
}

/// Set 2's scenes, rendered frame by frame as the reader asks.
fn set2_scene(seed: u64, frames: usize) -> (String, Box<dyn Iterator<Item = Frame>>) {
    let (text, frames) = synth_alt::scene_frames(seed, frames);
    (text, Box::new(frames))
}

/// Live camera, steady hand: frames until the first read, over scenes of
/// each generator, for each live reader.
fn live_scene_table() {
    const FRAMES: usize = 30;
    let scenes: usize = std::env::var("SCAN_BENCH_SCENES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let sources: Vec<(&str, SceneSource)> = vec![
        ("set 1 (synth::scene)", set1_scene),
        ("set 2 (synth_alt::scene)", set2_scene),
    ];
    let readers: Vec<(&str, NewReader)> = vec![
        ("per-frame Pipeline::live()", per_frame_live),
        ("live::LiveReader", live_reader),
    ];
    println!(
        "## live camera, steady phone: frames until the first read, {scenes} scenes of {FRAMES} frames (budget: p90 <= 15)\n"
    );
    println!(
        "{:<28} | {:<28} | {:>6} | {:>6} | {:>8} | {:>9}",
        "scenes", "reader", "p50", "p90", "misses", "1st frame"
    );
    println!("{}", "-".repeat(100));
    for (source, scene) in &sources {
        for (reader_name, reader) in &readers {
            let mut counts: Vec<usize> = (0..scenes as u64)
                .map(|seed| {
                    let (text, frames) = scene(seed, FRAMES);
                    frames_until_read(frames, reader(text)).unwrap_or(usize::MAX)
                })
                .collect();
            counts.sort();
            let at = |p: f64| match counts[((counts.len() - 1) as f64 * p).round() as usize] {
                usize::MAX => format!(">{FRAMES}"),
                n => n.to_string(),
            };
            println!(
                "{:<28} | {:<28} | {:>6} | {:>6} | {:>8} | {:>9}",
                source,
                reader_name,
                at(0.5),
                at(0.9),
                format!(
                    "{}/{}",
                    counts.iter().filter(|&&n| n == usize::MAX).count(),
                    counts.len()
                ),
                format!(
                    "{}/{}",
                    counts.iter().filter(|&&n| n == 1).count(),
                    counts.len()
                ),
            );
        }
    }
    println!();
}

/// One encoder-side choice: how the payload is split and drawn.
struct Variant {
    name: &'static str,
    /// Largest QR version per part at level M (how `preapp encode` splits).
    max_version: u8,
    page: synth_alt::Page,
}

/// Read rate per encoder-side choice, on the same shots (phone, pose,
/// camera, degradations) for every choice.
fn encoder_table() {
    use qrcode::EcLevel;
    let n: usize = std::env::var("SCAN_BENCH_ENCODER")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let product = synth_alt::Page::product();
    let variants = [
        Variant {
            name: "until issue 20: M, 1 part (<= v20), quiet 4",
            max_version: 20,
            page: product,
        },
        Variant {
            name: "level Q, 1 part",
            max_version: 20,
            page: synth_alt::Page {
                ec: EcLevel::Q,
                ..product
            },
        },
        Variant {
            name: "product now: M, parts <= v12",
            max_version: 12,
            page: product,
        },
        Variant {
            name: "M, parts <= v10",
            max_version: 10,
            page: product,
        },
        Variant {
            name: "M, parts <= v8",
            max_version: 8,
            page: product,
        },
        Variant {
            name: "Q, parts split at M <= v10",
            max_version: 10,
            page: synth_alt::Page {
                ec: EcLevel::Q,
                ..product
            },
        },
        Variant {
            name: "quiet zone 2",
            max_version: 20,
            page: synth_alt::Page {
                quiet: 2,
                ..product
            },
        },
        Variant {
            name: "quiet zone 6",
            max_version: 20,
            page: synth_alt::Page {
                quiet: 6,
                ..product
            },
        },
        Variant {
            name: "QR at 75% of the page width",
            max_version: 20,
            page: synth_alt::Page {
                size: 0.75,
                ..product
            },
        },
        Variant {
            name: "QR edge to edge (no side margin)",
            max_version: 20,
            page: synth_alt::Page {
                size: 1.1,
                ..product
            },
        },
        Variant {
            name: "dark mode (light modules on dark)",
            max_version: 20,
            page: synth_alt::Page {
                dark: true,
                ..product
            },
        },
    ];
    let version = |text: &str, ec: EcLevel| match qrcode::QrCode::with_error_correction_level(
        text.as_bytes(),
        ec,
    )
    .map(|c| c.version())
    {
        Ok(qrcode::Version::Normal(v)) => v.to_string(),
        _ => "-".into(),
    };
    let zxing = ZxingStage::main();
    let live = Pipeline::live();
    println!(
        "## encoder side: read rate per choice, {n} frames each of set 2's generator (same shots for every choice; each frame shows one part; 住民票 / household of 4)\n"
    );
    println!(
        "{:<38} | {:>7} | {:>9} | {:>9} | {:>9} | {:>9} | {:>13} | {:>13}",
        "choice", "parts", "version", "modules", "module px", "zxing", "live", "live jumin/hh4"
    );
    println!("{}", "-".repeat(136));
    for v in &variants {
        let (mut z, mut l, mut lj, mut lh) = (0, 0, 0, 0);
        let mut module_px = Vec::new();
        let mut shape: [(usize, String, usize); 2] = Default::default();
        for i in 0..n {
            let request = if i.is_multiple_of(2) {
                synth_alt::Request::Juminhyo
            } else {
                synth_alt::Request::MoveHousehold4
            };
            let parts = request.parts(i as u64, v.max_version);
            let text = &parts[(i / 2) % parts.len()];
            let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), v.page.ec)
                .map(|c| c.width())
                .unwrap_or(0);
            shape[i % 2] = (parts.len(), version(text, v.page.ec), code);
            let shot = synth_alt::Shot::random(&mut synth::Rng::new(1000 + i as u64));
            module_px.extend(synth_alt::module_px(text, &v.page, &shot));
            let Some(frame) = synth_alt::render(text, &v.page, &shot) else {
                continue;
            };
            z += contain(|| zxing.decode(&frame))
                .unwrap_or_default()
                .contains(text) as usize;
            let hit = live.decode(&frame).codes.contains(text);
            l += hit as usize;
            if i.is_multiple_of(2) {
                lj += hit as usize;
            } else {
                lh += hit as usize;
            }
        }
        module_px.sort_by(f64::total_cmp);
        let pct = |k: usize, of: usize| format!("{:.0}%", 100.0 * k as f64 / of.max(1) as f64);
        println!(
            "{:<38} | {:>7} | {:>9} | {:>9} | {:>9.2} | {:>9} | {:>13} | {:>13}",
            v.name,
            format!("{}/{}", shape[0].0, shape[1].0),
            format!("{}/{}", shape[0].1, shape[1].1),
            format!("{}/{}", shape[0].2, shape[1].2),
            module_px
                .get(module_px.len() / 2)
                .copied()
                .unwrap_or(f64::NAN),
            pct(z, n),
            pct(l, n),
            format!("{}/{}", pct(lj, n.div_ceil(2)), pct(lh, n / 2)),
        );
    }
    // Set 1's generator draws any text at level M (4 px modules, quiet 4):
    // only the split can vary there.
    println!("\nset 1's generator (scan::synth::phone_screen, 640x480), same payloads:");
    for max_version in [20u8, 12, 10, 8] {
        let mut rng = synth::Rng::new(77);
        let (mut z, mut l, mut total) = (0, 0, 0);
        for i in 0..n {
            let request = if i.is_multiple_of(2) {
                synth_alt::Request::Juminhyo
            } else {
                synth_alt::Request::MoveHousehold4
            };
            let parts = request.parts(i as u64, max_version);
            let text = &parts[(i / 2) % parts.len()];
            let Some(s) = synth::phone_screen(&mut rng, text, 640, 480) else {
                continue;
            };
            total += 1;
            z += contain(|| zxing.decode(&s.frame))
                .unwrap_or_default()
                .contains(text) as usize;
            l += live.decode(&s.frame).codes.contains(text) as usize;
        }
        println!(
            "{:<38} | zxing {:>4.0}% | live {:>4.0}% ({total} frames)",
            format!("M, parts <= v{max_version}"),
            100.0 * z as f64 / total.max(1) as f64,
            100.0 * l as f64 / total.max(1) as f64,
        );
    }
    println!();
}

fn realworld_table(dir: &Path, samples: Vec<Sample>, verbose: bool) {
    let samples: Vec<(Sample, Frame)> = samples
        .into_iter()
        .filter_map(|s| match realworld::load_frame(&s.path) {
            Ok(f) => Some((s, f)),
            Err(e) => {
                println!("cannot load {}: {e}", s.path.display());
                None
            }
        })
        .collect();
    let positives = samples.iter().filter(|(s, _)| s.expected.is_some()).count();
    let negatives = samples.len() - positives;
    println!(
        "## real photos: {} ({positives} with a QR, {negatives} without)\n",
        dir.display()
    );
    let mut rows = Vec::new();
    rows.extend(zxing_python(dir, false));
    rows.extend(zxing_python(dir, true));
    rows.push(stage_row(&RqrrStage::plain(), &samples, verbose));
    rows.push(stage_row(&RqrrStage::pyramid(), &samples, verbose));
    rows.push(stage_row(&RqrrStage::thresholds(), &samples, verbose));
    rows.push(stage_row(&ZxingStage::fast(), &samples, verbose));
    rows.push(stage_row(&ZxingStage::defaults(), &samples, verbose));
    rows.push(stage_row(&ZxingStage::main(), &samples, verbose));
    rows.push(stage_row(&ZxingStage::textured(), &samples, verbose));
    rows.push(stage_row(
        &ZxingStage {
            name: "zxing (QR + MicroQR)",
            formats: &[
                zxingcpp::BarcodeFormat::QRCode,
                zxingcpp::BarcodeFormat::MicroQRCode,
            ],
            ..ZxingStage::main()
        },
        &samples,
        verbose,
    ));
    // What reading only the first code saves (the standard pipeline's stage
    // 1 stops there; zxing's defaults read every code).
    let all_codes = || ZxingStage {
        name: "zxing-all-codes",
        max_symbols: 0,
        ..ZxingStage::main()
    };
    rows.push(stage_row(&all_codes(), &samples, verbose));
    rows.extend(pipeline_rows(
        "pipeline before issue 4 speed-up",
        &Pipeline::new(vec![
            Box::new(all_codes()),
            Box::new(ZxingStage::textured()),
        ]),
        &samples,
        verbose,
    ));
    rows.extend(pipeline_rows(
        "madoguchi pipeline (standard)",
        &Pipeline::standard(),
        &samples,
        verbose,
    ));
    print_table(&rows, positives, negatives);
    println!();
}
