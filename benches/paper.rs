//! Application form benchmarks (`cargo bench --bench paper`).
//!
//! PDF size and render time of the household-of-four 転入 bundle
//! (tests/fixtures/preapp/tennyu-household-4.json: 転入届, 国保, 児童手当)
//! and of the 住民票 request (juminhyo.json), as the office's Japanese form
//! and as the resident's 控え in English and Nepali (a third font family).
//! Font loading (reading the Noto CJK collections) is timed apart: a
//! process loads the fonts once and renders many forms.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use madoguchi::domain::Catalog;
use madoguchi::i18n::{I18n, Lang};
use madoguchi::paper::{Fonts, Options, PaperForm, render};

const RUNS: usize = 20;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let started = Instant::now();
    let fonts = Fonts::load().unwrap();
    println!(
        "font loading: {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    let catalog = Catalog::embedded();
    let i18n = I18n::embedded();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/preapp");
    println!("| form | copy | PDF bytes | render p50 | render max |");
    println!("| --- | --- | ---: | ---: | ---: |");
    for fixture in ["tennyu-household-4.json", "juminhyo.json"] {
        let text = std::fs::read_to_string(dir.join(fixture)).unwrap();
        let form = PaperForm::from_json(&text).unwrap();
        for copy in [None, Lang::parse("en"), Lang::parse("ne")] {
            let options = Options {
                copy,
                today: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            };
            let mut times = Vec::with_capacity(RUNS);
            let mut bytes = 0;
            for _ in 0..RUNS {
                let started = Instant::now();
                let pdf = render(&catalog, &i18n, &fonts, &form, options).unwrap();
                times.push(started.elapsed());
                bytes = pdf.len();
            }
            times.sort();
            println!(
                "| {fixture} | {} | {bytes} | {:.1} ms | {:.1} ms |",
                copy.map_or("office (ja)", |l| l.code()),
                percentile(&times, 0.5).as_secs_f64() * 1e3,
                percentile(&times, 1.0).as_secs_f64() * 1e3,
            );
        }
    }
}
