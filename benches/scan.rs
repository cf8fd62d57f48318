//! Scanner benchmark: `cargo bench --bench scan`.
//!
//! Prints, measured in one run:
//! 1. the photographed reference set (`$MADOGUCHI_QR_REALWORLD`, default
//!    `../shared/qr-realworld`): decoder | decoded | false positives | panics |
//!    total decode ms, with zxing-cpp (Python package, run by
//!    `scripts/zxing_bench.py`) as the reference row, rqrr alone, each stage
//!    alone, the pipeline as it was before issue 4's speed-up (every code
//!    from stage 1), and the madoguchi pipeline with what each of its stages
//!    added and the time spent in it;
//! 2. latency of the live pipeline on 1280×720 frames with and without a QR
//!    (p50, p99; budget 33 ms at p99);
//! 3. the decode rate on a synthetic phone-screen set made by
//!    `madoguchi::scan::synth` (blur, perspective, moiré, glare, low contrast).
//!
//! Images are decoded from their pixels; loading and grayscale conversion are
//! outside the timed part (as in the Python script); each image is decoded 3
//! times and the fastest counts, on both sides. Environment:
//! `SCAN_BENCH_VERBOSE=1` lists misses; `SCAN_BENCH_SYNTH=N` sets the synthetic
//! set's size (default 200).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use madoguchi::scan::decode::{
    Pipeline, RqrrStage, Stage, ZxingStage, contain, take_contained_panics,
};
use madoguchi::scan::realworld::{self, Sample};
use madoguchi::scan::{Frame, synth};

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
    note: String,
}

fn print_table(rows: &[Row], positives: usize, negatives: usize) {
    println!(
        "{:<34} | {:>9} | {:>9} | {:>6} | {:>9} | note",
        "decoder",
        format!("dec/{positives}"),
        format!("fp/{negatives}"),
        "panics",
        "total ms"
    );
    println!("{}", "-".repeat(34 + 9 + 9 + 6 + 9 + 18));
    for r in rows {
        println!(
            "{:<34} | {:>9} | {:>9} | {:>6} | {:>9.1} | {}",
            r.name, r.decoded, r.fp, r.panics, r.ms, r.note
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
    let mut total = Duration::ZERO;
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
    let mut per_stage: Vec<(usize, usize, Duration)> = vec![(0, 0, Duration::ZERO); names.len()];
    let (mut decoded, mut fp, mut panics) = (0, 0, 0);
    let mut total = Duration::ZERO;
    for (sample, frame) in samples {
        let mut o = p.decode(frame);
        for _ in 1..REPEAT {
            let again = p.decode(frame);
            if again.elapsed < o.elapsed {
                o = again;
            }
        }
        total += o.elapsed;
        panics += !o.panics.is_empty() as usize;
        for (i, (_, d)) in o.stage_times.iter().enumerate() {
            per_stage[i].2 += *d;
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
        note: names.join(" → "),
    }];
    for (i, n) in names.iter().enumerate() {
        rows.push(Row {
            name: format!("  stage {}: {n}", i + 1),
            decoded: per_stage[i].0,
            fp: per_stage[i].1,
            panics: 0,
            ms: per_stage[i].2.as_secs_f64() * 1000.0,
            note: "added by this stage; its time".into(),
        });
    }
    rows
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    let verbose = std::env::var_os("SCAN_BENCH_VERBOSE").is_some();
    let dir = realworld::dataset_dir();
    println!("# madoguchi scan benchmark\n");
    match realworld::load_samples(&dir) {
        Ok(samples) if !samples.is_empty() => realworld_table(&dir, samples, verbose),
        _ => println!(
            "reference set not found at {} (set MADOGUCHI_QR_REALWORLD)\n",
            dir.display()
        ),
    }
    latency_table();
    synthetic_table(verbose);
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
    println!();
}

/// Decode rate on the synthetic phone-screen set, per decoder and per
/// degradation.
fn synthetic_table(verbose: bool) {
    let n = std::env::var("SCAN_BENCH_SYNTH")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let set = synth::phone_screens(n, 42, 640, 480);
    println!(
        "## synthetic phone screens: {} frames 640x480 (blur, perspective, moire, glare, low contrast, noise)\n",
        set.len()
    );
    type Decoder = Box<dyn Fn(&Frame) -> Vec<String>>;
    let stages: Vec<(String, Decoder)> = vec![
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
    ];
    println!(
        "{:<34} | {:>9} | {:>9} | by effect (decoded/total)",
        "decoder", "decoded", "total ms"
    );
    println!("{}", "-".repeat(100));
    for (name, decode) in &stages {
        let mut ok = 0;
        let mut total = Duration::ZERO;
        let mut by_effect: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
        for s in &set {
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
