//! Property tests: any valid form round-trips; no input makes `decode` panic
//! or accept damaged data.
//!
//! The default case counts keep CI quick. For millions of cases:
//! `MADOGUCHI_FUZZ_ITERS=1000000 cargo test --release --test preapp_fuzz -- --ignored`

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration};
use madoguchi::i18n::Lang;
use madoguchi::preapp::cbor::{FIELDS, MEMBER_FIELDS, PROCEDURES};
use madoguchi::preapp::{
    DecodeOptions, EncodeParams, Form, PreappError, Reassembler, SecretKey, base45, decode,
    decode_all, encode,
};
use proptest::prelude::*;
use sha2::{Digest, Sha256};

fn created() -> DateTime<chrono::Utc> {
    DateTime::from_timestamp(1_795_000_000, 0).unwrap()
}

fn office() -> SecretKey {
    SecretKey::derive(&[5; 32])
}

fn options() -> DecodeOptions {
    DecodeOptions {
        key: Some(office()),
        accept_plain: true,
        now: Some(created()),
    }
}

fn id(table: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(table).prop_map(str::to_owned),
        "[a-z][a-z0-9._-]{0,24}",
    ]
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,30}",
        "[0-9]{1,22}",
        "0[0-9]{0,4}",
        (1000i32..=9999, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        "[ぁ-んァ-ヶ一-龠 ]{0,12}",
        "[\u{1F300}-\u{1F5FF}a-z]{0,6}",
    ]
}

fn form() -> impl Strategy<Value = Form> {
    (
        proptest::sample::select(Lang::all().collect::<Vec<_>>()),
        proptest::collection::vec(id(PROCEDURES), 1..4),
        proptest::collection::btree_map(id(FIELDS), value(), 0..12),
        proptest::collection::vec(
            proptest::collection::btree_map(id(MEMBER_FIELDS), value(), 0..6),
            0..4,
        ),
    )
        .prop_map(|(language, mut procedures, fields, household)| {
            let mut seen = std::collections::BTreeSet::new();
            procedures.retain(|p| seen.insert(p.clone()));
            Form {
                language,
                procedures,
                fields,
                household,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_valid_form_round_trips(
        form in form(),
        sealed in any::<bool>(),
        ikm in any::<[u8; 32]>(),
        max_version in 8u8..=40,
        days in 1i64..=90,
        rotate in 0usize..16,
    ) {
        let params = EncodeParams { created: created(), expires: created() + Duration::days(days), ephemeral_ikm: ikm, max_version };
        let key = office();
        let encoding = match encode(&form, sealed.then(|| key.public()), &params) {
            Ok(encoding) => encoding,
            Err(PreappError::TooLarge) => return Err(TestCaseError::reject("beyond 16 parts at this version")),
            Err(e) => panic!("{e:?}"),
        };
        let mut parts = encoding.parts.clone();
        let n = parts.len();
        parts.rotate_left(rotate % n);
        let app = decode_all(&parts, &options()).unwrap();
        prop_assert_eq!(&app.form, &form);
        prop_assert_eq!(app.expires, created() + Duration::days(days));
        for part in &encoding.parts {
            prop_assert!(base45::is_alphanumeric(part));
            prop_assert!(madoguchi::preapp::qr::version_for(part).unwrap() <= max_version);
        }
    }

    #[test]
    fn random_texts_never_panic(text in "MG1P?:[0-9A-Z $%*+./:-]{0,600}") {
        let _ = decode(&text, &options());
        let _ = Reassembler::new(options()).push(&text);
    }

    #[test]
    fn random_unicode_never_panics(text in "\\PC{0,200}|MG[0-9]{0,5}\\PC{0,40}") {
        let _ = decode(&text, &options());
    }

    #[test]
    fn random_bodies_with_valid_checks_never_panic(body in proptest::collection::vec(any::<u8>(), 0..700), deflate in any::<bool>()) {
        let result = decode(&plain_text(&body, deflate), &options());
        prop_assert!(result.is_err());
    }

    #[test]
    fn random_cbor_with_valid_checks_never_panics(value in cbor_value(), deflate in any::<bool>()) {
        let mut cbor = Vec::new();
        ciborium::into_writer(&value, &mut cbor).unwrap();
        let body = if deflate { deflate_bytes(&cbor) } else { cbor };
        let _ = decode(&plain_text(&body, deflate), &options());
    }

    #[test]
    fn mutated_payloads_are_refused_or_unchanged(
        which in 0usize..2,
        edits in proptest::collection::vec((any::<u16>(), any::<u8>(), 0u8..4), 1..4),
    ) {
        let (texts, form) = &samples()[which];
        let mut text = texts[0].clone();
        for (pos, byte, kind) in edits {
            mutate(&mut text, pos as usize, byte, kind);
        }
        if let Ok(app) = decode(&text, &options()) {
            // Only a change the format ignores (letter case) may still decode.
            prop_assert_eq!(&app.form, form);
        }
    }
}

fn cbor_value() -> impl Strategy<Value = ciborium::Value> {
    use ciborium::Value;
    let leaf = prop_oneof![
        any::<i64>().prop_map(|i| Value::Integer(i.into())),
        (0u64..30).prop_map(|i| Value::Integer(i.into())),
        "\\PC{0,12}".prop_map(Value::Text),
        proptest::collection::vec(any::<u8>(), 0..12).prop_map(Value::Bytes),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Null),
        (any::<i32>()).prop_map(|d| Value::Tag(100, Box::new(Value::Integer(d.into())))),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            proptest::collection::vec((inner.clone(), inner), 0..8).prop_map(Value::Map),
        ]
    })
}

fn deflate_bytes(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn plain_text(body: &[u8], deflate: bool) -> String {
    let header = 0x10 | if deflate { 0x02 } else { 0 };
    let check = Sha256::new()
        .chain_update([header])
        .chain_update(body)
        .finalize();
    format!(
        "MG1:{}",
        base45::encode(&[&[header][..], body, &check[..8]].concat())
    )
}

fn samples() -> &'static [(Vec<String>, Form); 2] {
    static SAMPLES: std::sync::OnceLock<[(Vec<String>, Form); 2]> = std::sync::OnceLock::new();
    SAMPLES.get_or_init(|| {
        let load = |name: &str| -> Form {
            let path = format!(
                "{}/tests/fixtures/preapp/{name}.json",
                env!("CARGO_MANIFEST_DIR")
            );
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
        };
        let params = EncodeParams {
            created: created(),
            expires: created() + Duration::days(3),
            ephemeral_ikm: [9; 32],
            max_version: 40,
        };
        let a = load("juminhyo");
        let b = load("tennyu-household-4");
        let key = office();
        [
            (encode(&a, Some(key.public()), &params).unwrap().parts, a),
            (encode(&b, None, &params).unwrap().parts, b),
        ]
    })
}

const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// One edit: replace, delete, insert, or truncate at `pos`.
fn mutate(text: &mut String, pos: usize, byte: u8, kind: u8) {
    let mut bytes = std::mem::take(text).into_bytes();
    let at = pos % (bytes.len() + 1);
    let c = ALPHABET[byte as usize % ALPHABET.len()];
    match kind {
        0 if at < bytes.len() => bytes[at] = c,
        1 if at < bytes.len() => {
            bytes.remove(at);
        }
        2 => bytes.insert(at, c),
        _ => bytes.truncate(at),
    }
    *text = String::from_utf8(bytes).unwrap();
}

/// Millions of mutated and random inputs; run with `--ignored` in release.
#[test]
#[ignore]
fn decode_survives_millions_of_inputs() {
    let iterations: u64 = std::env::var("MADOGUCHI_FUZZ_ITERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let opts = options();
    let mut reassembler = Reassembler::new(opts.clone());
    let mut accepted_changed = 0u64;
    let start = std::time::Instant::now();
    for i in 0..iterations {
        let r = next();
        let text = match r % 4 {
            // Mutations of real payloads (both fixtures).
            0 | 1 => {
                let (texts, form) = &samples()[(r >> 8) as usize % 2];
                let mut text = texts[0].clone();
                for _ in 0..=(r >> 16) % 3 {
                    let e = next();
                    mutate(&mut text, (e >> 8) as usize, (e >> 24) as u8, (e % 4) as u8);
                }
                if let Ok(app) = decode(&text, &opts)
                    && app.form != *form
                {
                    accepted_changed += 1;
                }
                continue;
            }
            // Random base45 behind our prefix.
            2 => {
                let len = (next() % 700) as usize;
                let body: String = (0..len)
                    .map(|_| ALPHABET[(next() % 45) as usize] as char)
                    .collect();
                format!("MG1{}:{body}", if r & 0x100 != 0 { "P" } else { "" })
            }
            // Random bytes with a valid plain check: reaches inflate and CBOR.
            _ => {
                let len = (next() % 400) as usize;
                let body: Vec<u8> = (0..len).map(|_| next() as u8).collect();
                plain_text(&body, r & 0x100 != 0)
            }
        };
        let _ = decode(&text, &opts);
        let _ = reassembler.push(&text);
        if i % 100_000 == 0 {
            eprintln!("{i} inputs, {:?}", start.elapsed());
        }
    }
    assert_eq!(
        accepted_changed, 0,
        "a damaged payload decoded to different data"
    );
    eprintln!("{iterations} inputs in {:?}", start.elapsed());
}
