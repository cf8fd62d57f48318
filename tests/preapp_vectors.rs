//! Known-answer vectors: fixed inputs, keys and randomness, and every
//! intermediate byte string down to the exact QR texts. Another implementation
//! (the future web page) checks itself against `tests/fixtures/preapp/vectors/`.
//!
//! `MADOGUCHI_BLESS_VECTORS=1 cargo test --test preapp_vectors` rewrites the
//! files after a deliberate format change; otherwise any difference fails.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration};
use madoguchi::preapp::{DecodeOptions, EncodeParams, Form, SecretKey, decode_all, encode};
use serde_json::{Value, json};

fn dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/preapp/vectors")
}

fn fixture(name: &str) -> Form {
    let path = format!(
        "{}/tests/fixtures/preapp/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn seq(start: u8) -> [u8; 32] {
    std::array::from_fn(|i| start.wrapping_add(i as u8))
}

struct Spec {
    name: &'static str,
    description: &'static str,
    form: Form,
    encrypted: bool,
    max_version: u8,
}

fn specs() -> Vec<Spec> {
    let custom: Form = serde_json::from_value(json!({
        "language": "en",
        "procedures": ["kazei-shomei", "ward-x-parking-permit"],
        "fields": {
            "applicant.name": "Maria Santos",
            "applicant.birth_date": "1990-01-31",
            "tax_year": "2025",
            "copies": "1",
            "x.note": "窓口で受け取り / pick up at the counter"
        }
    }))
    .unwrap();
    vec![
        Spec {
            name: "juminhyo-encrypted",
            description: "住民票の写し, sealed to the office key, one part",
            form: fixture("juminhyo"),
            encrypted: true,
            max_version: 20,
        },
        Spec {
            name: "juminhyo-plain",
            description: "住民票の写し, plain (check value instead of encryption)",
            form: fixture("juminhyo"),
            encrypted: false,
            max_version: 20,
        },
        Spec {
            name: "tennyu-household-4-encrypted",
            description: "転入 bundle for four, sealed, DEFLATE pays off, one part",
            form: fixture("tennyu-household-4"),
            encrypted: true,
            max_version: 20,
        },
        Spec {
            name: "tennyu-household-4-parts",
            description: "転入 bundle for four, sealed, split so each part fits QR version 8",
            form: fixture("tennyu-household-4"),
            encrypted: true,
            max_version: 8,
        },
        Spec {
            name: "custom-ids-en-plain",
            description: "English, ids outside the tables travel as text, numbers and dates compact",
            form: custom,
            encrypted: false,
            max_version: 20,
        },
    ]
}

fn build(spec: &Spec) -> Value {
    let office_ikm = seq(0x00);
    let ephemeral_ikm = seq(0x20);
    let office = SecretKey::derive(&office_ikm);
    let created = DateTime::from_timestamp(1_795_000_000, 0).unwrap();
    let params = EncodeParams {
        created,
        expires: created + Duration::days(14),
        ephemeral_ikm,
        max_version: spec.max_version,
    };
    let recipient = spec.encrypted.then(|| office.public());
    let encoding = encode(&spec.form, recipient, &params).unwrap();
    let secret_text = office.to_text();
    let mut v = json!({
        "description": spec.description,
        "input": {
            "form": spec.form,
            "created_unix": created.timestamp(),
            "validity_days": 14,
            "max_qr_version_at_ec_m": spec.max_version,
            "encrypted": spec.encrypted,
        },
        "output": {
            "cbor": hex(&encoding.cbor),
            "deflated": hex(&encoding.deflated),
            "compressed": encoding.compressed,
            "message": hex(&encoding.message),
            "texts": encoding.parts,
        }
    });
    if spec.encrypted {
        v["input"]["office_key"] = json!({
            "derive_key_pair_ikm": hex(&office_ikm),
            "secret_key_file": secret_text,
            "public_key": hex(&office.public().to_bytes()),
            "key_id": hex(&office.public().key_id()),
        });
        v["input"]["ephemeral_derive_key_pair_ikm"] = json!(hex(&ephemeral_ikm));
        v["output"]["enc"] = json!(hex(&encoding.message[7..39]));
    }
    v
}

#[test]
fn vectors_match_byte_for_byte() {
    let bless = std::env::var_os("MADOGUCHI_BLESS_VECTORS").is_some();
    let office = SecretKey::derive(&seq(0x00));
    for spec in specs() {
        let built = build(&spec);
        let text = format!("{}\n", serde_json::to_string_pretty(&built).unwrap());
        let path = dir().join(format!("{}.json", spec.name));
        if bless {
            std::fs::create_dir_all(dir()).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        let stored =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(stored, text, "vector {} differs", spec.name);

        // And the stored texts decode to the stored form.
        let stored: Value = serde_json::from_str(&stored).unwrap();
        let texts: Vec<String> = serde_json::from_value(stored["output"]["texts"].clone()).unwrap();
        let form: Form = serde_json::from_value(stored["input"]["form"].clone()).unwrap();
        let created = DateTime::from_timestamp(1_795_000_000, 0).unwrap();
        let options = DecodeOptions {
            key: Some(office.clone()),
            accept_plain: true,
            now: Some(created),
        };
        let app = decode_all(&texts, &options).unwrap();
        assert_eq!(app.form, form);
        assert_eq!(app.expires, created + Duration::days(14));
    }
}

#[test]
fn vector_set_is_complete() {
    let mut on_disk: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut expected: Vec<String> = specs().iter().map(|s| format!("{}.json", s.name)).collect();
    expected.sort();
    assert_eq!(on_disk, expected);
}
