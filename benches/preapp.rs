//! Pre-application payload measures: QR density and decode time.
//!
//! `cargo bench --bench preapp` prints three tables:
//! 1. for each fixture, the QR version at error-correction level M of our
//!    payload (sealed and plain, one part) beside the same form as compact
//!    JSON in a byte-mode QR;
//! 2. time to decode one payload text into a validated pre-application;
//! 3. for reference, the camera path: rendered PNG pixels → rqrr → decode.
//!
//! `MADOGUCHI_BENCH_ITERS` sets the decode iterations (default 3000).

use std::time::{Duration, Instant};

use chrono::DateTime;
use madoguchi::preapp::{
    DecodeOptions, EncodeParams, Form, Progress, Reassembler, SecretKey, decode, encode, qr,
};
use qrcode::bits::Bits;
use qrcode::{EcLevel, Version};

fn fixture(name: &str) -> Form {
    let path = format!(
        "{}/tests/fixtures/preapp/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("fixture JSON")
}

/// Smallest QR version holding `data` as one byte-mode segment at level M.
fn byte_mode_version(data: &[u8]) -> Option<i16> {
    (1..=40).find(|&v| {
        let mut bits = Bits::new(Version::Normal(v));
        bits.push_byte_data(data).is_ok() && bits.push_terminator(EcLevel::M).is_ok()
    })
}

fn stats(mut samples: Vec<Duration>) -> (f64, f64) {
    samples.sort();
    let mean = samples.iter().map(Duration::as_secs_f64).sum::<f64>() / samples.len() as f64;
    let p99 = samples[(samples.len() * 99 / 100).min(samples.len() - 1)].as_secs_f64();
    (mean * 1e6, p99 * 1e6)
}

fn main() {
    let iterations: usize = std::env::var("MADOGUCHI_BENCH_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000);
    let office = SecretKey::derive(&[1; 32]);
    let created = DateTime::from_timestamp(1_795_000_000, 0).expect("time");
    let params = |max_version| EncodeParams {
        created,
        expires: created + chrono::Duration::days(14),
        ephemeral_ikm: [2; 32],
        max_version,
    };
    let options = DecodeOptions {
        key: Some(office.clone()),
        accept_plain: true,
        now: Some(created),
    };
    let fixtures = [("juminhyo", 10), ("tennyu-household-4", 20)];

    println!("QR density at error-correction level M (one part)");
    println!(
        "{:<20} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9} {:>7} {:>8} {:>7} {:>8}",
        "fixture",
        "JSON B",
        "CBOR B",
        "body B",
        "msg B",
        "chars",
        "sealed v",
        "budget",
        "plain v",
        "JSON v",
        "deflate"
    );
    for (name, budget) in fixtures {
        let form = fixture(name);
        let sealed = encode(&form, Some(office.public()), &params(40)).expect("encode");
        let plain = encode(&form, None, &params(40)).expect("encode");
        let json = serde_json::to_vec(&form).expect("json");
        let sealed_v = qr::version_for(&sealed.parts[0]).unwrap_or(0);
        let body = if sealed.compressed {
            sealed.deflated.len()
        } else {
            sealed.cbor.len()
        };
        println!(
            "{:<20} {:>6} {:>6} {:>6} {:>6} {:>6} {:>9} {:>7} {:>8} {:>7} {:>8}",
            name,
            json.len(),
            sealed.cbor.len(),
            body,
            sealed.message.len() + 1,
            sealed.parts[0].len(),
            format!(
                "{sealed_v}{}",
                if sealed_v <= budget { "" } else { " OVER" }
            ),
            format!("<= {budget}"),
            qr::version_for(&plain.parts[0]).unwrap_or(0),
            byte_mode_version(&json).map_or("> 40".into(), |v| v.to_string()),
            if sealed.compressed { "yes" } else { "no" },
        );
    }

    println!();
    println!("decode: payload text -> validated pre-application ({iterations} runs each)");
    println!(
        "{:<40} {:>6} {:>11} {:>11}",
        "payload", "parts", "mean (µs)", "p99 (µs)"
    );
    for (name, _) in fixtures {
        let form = fixture(name);
        for (label, sealed, max_version) in [
            ("sealed", true, 40),
            ("plain", false, 40),
            ("sealed, parts <= v8", true, 8),
        ] {
            let encoding = encode(&form, sealed.then(|| office.public()), &params(max_version))
                .expect("encode");
            let mut samples = Vec::with_capacity(iterations);
            for _ in 0..iterations {
                let start = Instant::now();
                let app = if encoding.parts.len() == 1 {
                    decode(&encoding.parts[0], &options).expect("decodes")
                } else {
                    let mut reassembler = Reassembler::new(options.clone());
                    let mut last = None;
                    for part in &encoding.parts {
                        last = Some(reassembler.push(part).expect("part"));
                    }
                    match last {
                        Some(Progress::Complete(app)) => *app,
                        other => panic!("incomplete: {other:?}"),
                    }
                };
                samples.push(start.elapsed());
                assert_eq!(app.form, form);
            }
            let (mean, p99) = stats(samples);
            println!(
                "{:<40} {:>6} {:>11.1} {:>11.1}",
                format!("{name} {label}"),
                encoding.parts.len(),
                mean,
                p99
            );
        }
    }

    println!();
    println!("camera path for reference: rendered PNG pixels -> rqrr -> decode (50 runs)");
    for (name, _) in fixtures {
        let encoding = encode(&fixture(name), Some(office.public()), &params(40)).expect("encode");
        let image = qr::render(&encoding.parts[0]).expect("render");
        let mut samples = Vec::new();
        for _ in 0..50 {
            let start = Instant::now();
            let texts = qr::read_image(&image);
            decode(&texts[0], &options).expect("decodes");
            samples.push(start.elapsed());
        }
        let (mean, p99) = stats(samples);
        println!(
            "{:<40} {:>8.0} µs mean {:>8.0} µs p99 ({}x{} px)",
            name,
            mean,
            p99,
            image.width(),
            image.height()
        );
    }
}
