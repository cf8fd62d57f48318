//! Scanner benchmark: `cargo bench --bench scan`.
//!
//! Prints, measured in one run:
//! 1. the photographed reference set (`$MADOGUCHI_QR_REALWORLD`, default
//!    `../shared/qr-realworld`): decoder | decoded | false positives | panics |
//!    total decode ms, with zxing-cpp (Python package, run by
//!    `scripts/zxing_bench.py`) as the reference row, rqrr alone, each stage
//!    alone, and the madoguchi pipeline with what each of its stages added;
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

use madoguchi::scan::Frame;
use madoguchi::scan::decode::{
    Pipeline, RqrrStage, Stage, ZxingStage, contain, take_contained_panics,
};
use madoguchi::scan::realworld::{self, Sample};

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
    rows.extend(pipeline_rows(
        "madoguchi pipeline (standard)",
        &Pipeline::standard(),
        &samples,
        verbose,
    ));
    print_table(&rows, positives, negatives);
    println!();
}
