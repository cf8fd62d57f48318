//! Codec behaviour: round trips, refusals with the right reason, hostile input.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration, Utc};
use madoguchi::preapp::{
    DecodeOptions, EncodeParams, Form, PreappError, Progress, Reassembler, SecretKey, base45,
    crypto, decode, decode_all, encode,
};
use sha2::{Digest, Sha256};

fn fixture(name: &str) -> Form {
    let path = format!(
        "{}/tests/fixtures/preapp/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn created() -> DateTime<Utc> {
    DateTime::from_timestamp(1_795_000_000, 0).unwrap()
}

fn params(max_version: u8) -> EncodeParams {
    EncodeParams {
        created: created(),
        expires: created() + Duration::days(14),
        ephemeral_ikm: [0x42; 32],
        max_version,
    }
}

fn office() -> SecretKey {
    SecretKey::derive(&[1; 32])
}

fn opts(key: Option<SecretKey>) -> DecodeOptions {
    DecodeOptions {
        key,
        accept_plain: true,
        now: Some(created() + Duration::days(1)),
    }
}

#[test]
fn fixtures_round_trip_encrypted_and_plain() {
    for name in ["juminhyo", "tennyu-household-4"] {
        let form = fixture(name);
        for key in [Some(office()), None] {
            let encoding = encode(&form, key.as_ref().map(|k| k.public()), &params(20)).unwrap();
            assert_eq!(encoding.parts.len(), 1);
            assert!(encoding.parts[0].starts_with("MG1:"));
            assert!(base45::is_alphanumeric(&encoding.parts[0]));
            let app = decode(&encoding.parts[0], &opts(key.clone())).unwrap();
            assert_eq!(app.form, form);
            assert_eq!(app.created, created());
            assert_eq!(app.expires, created() + Duration::days(14));
        }
    }
}

#[test]
fn density_budget_holds() {
    let key = office();
    let version = |name: &str| {
        let encoding = encode(&fixture(name), Some(key.public()), &params(40)).unwrap();
        assert_eq!(encoding.parts.len(), 1);
        madoguchi::preapp::qr::version_for(&encoding.parts[0]).unwrap()
    };
    assert!(
        version("juminhyo") <= 10,
        "juminhyo needs version {}",
        version("juminhyo")
    );
    assert!(version("tennyu-household-4") <= 20);
}

#[test]
fn scanner_noise_is_tolerated() {
    let encoding = encode(&fixture("juminhyo"), Some(office().public()), &params(20)).unwrap();
    let text = &encoding.parts[0];
    let typed = format!("{}\r\n", text.to_ascii_lowercase());
    assert_eq!(
        decode(&typed, &opts(Some(office()))).unwrap().form,
        fixture("juminhyo")
    );
}

/// Every single-character change in the base45 part gives `Corrupted`, and
/// any change in the prefix gives some refusal: never a payload.
fn assert_tamper_refused(texts: &[String], key: Option<SecretKey>) {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    for (which, text) in texts.iter().enumerate() {
        let prefix_len = text.find(':').unwrap() + 1;
        for pos in 0..text.len() {
            // Every other character of the alphabet, at every position.
            for step in 1..ALPHABET.len() {
                let old = text.as_bytes()[pos];
                let idx = ALPHABET.iter().position(|&c| c == old).unwrap();
                let new = ALPHABET[(idx + step) % ALPHABET.len()];
                let mut bytes = text.clone().into_bytes();
                bytes[pos] = new;
                let mut tampered: Vec<String> = texts.to_vec();
                tampered[which] = String::from_utf8(bytes).unwrap();
                let result = decode_all(&tampered, &opts(key.clone()));
                if pos >= prefix_len {
                    assert_eq!(
                        result,
                        Err(PreappError::Corrupted),
                        "part {which} pos {pos} -> {}",
                        new as char
                    );
                } else {
                    assert!(result.is_err(), "prefix change accepted at {pos}");
                }
            }
        }
    }
}

#[test]
fn one_changed_character_is_corrupted_encrypted() {
    let encoding = encode(&fixture("juminhyo"), Some(office().public()), &params(20)).unwrap();
    assert_tamper_refused(&encoding.parts, Some(office()));
}

#[test]
fn one_changed_character_is_corrupted_plain_and_multipart() {
    let encoding = encode(&fixture("juminhyo"), None, &params(20)).unwrap();
    assert_tamper_refused(&encoding.parts, None);
    assert_tamper_refused(&encoding.parts, Some(office()));
    let encoding = encode(
        &fixture("tennyu-household-4"),
        Some(office().public()),
        &params(7),
    )
    .unwrap();
    assert!(encoding.parts.len() >= 3);
    assert_tamper_refused(&encoding.parts, Some(office()));
}

#[test]
fn wrong_key_and_no_key() {
    let encoding = encode(&fixture("juminhyo"), Some(office().public()), &params(20)).unwrap();
    let other = SecretKey::derive(&[2; 32]);
    assert_eq!(
        decode(&encoding.parts[0], &opts(Some(other))),
        Err(PreappError::WrongKey)
    );
    assert_eq!(
        decode(&encoding.parts[0], &opts(None)),
        Err(PreappError::NoKey)
    );
}

/// Rebuilds a single-part text from raw message bytes (what the spec says).
fn text_of(header: u8, message: &[u8]) -> String {
    format!("MG1:{}", base45::encode(&[&[header][..], message].concat()))
}

#[test]
fn damaged_key_id_is_corrupted_not_wrong_key() {
    let encoding = encode(&fixture("juminhyo"), Some(office().public()), &params(20)).unwrap();
    let bytes = base45::decode(&encoding.parts[0][4..]).unwrap();
    let mut message = bytes[1..].to_vec();
    message[3] ^= 0x10;
    let text = text_of(bytes[0], &message);
    assert_eq!(
        decode(&text, &opts(Some(office()))),
        Err(PreappError::Corrupted)
    );
}

#[test]
fn expired_and_plain_not_accepted() {
    let encoding = encode(&fixture("juminhyo"), None, &params(20)).unwrap();
    let mut late = opts(None);
    late.now = Some(created() + Duration::days(14) + Duration::seconds(1));
    assert_eq!(
        decode(&encoding.parts[0], &late),
        Err(PreappError::Expired {
            expired: created() + Duration::days(14)
        })
    );
    late.now = Some(created() + Duration::days(14));
    assert!(
        decode(&encoding.parts[0], &late).is_ok(),
        "valid up to and including the expiry second"
    );
    let strict = DecodeOptions {
        accept_plain: false,
        ..opts(Some(office()))
    };
    assert_eq!(
        decode(&encoding.parts[0], &strict),
        Err(PreappError::PlainNotAccepted)
    );
}

#[test]
fn not_ours_and_newer_versions() {
    let o = opts(Some(office()));
    for text in [
        "",
        "HELLO",
        "https://example.jp/",
        "MG:ABC",
        "MGX:ABC",
        "MG01:AB",
        "mg",
        "MG1",
        "MG1Q:AB",
        "MGP:AB",
    ] {
        assert_eq!(decode(text, &o), Err(PreappError::NotOurs), "{text:?}");
    }
    assert_eq!(
        decode("MG2:ABCDEF", &o),
        Err(PreappError::NewerVersion {
            found: 2,
            supported: 1
        })
    );
    assert_eq!(
        decode("MG17:ABCDEF", &o),
        Err(PreappError::NewerVersion {
            found: 17,
            supported: 1
        })
    );
    // Prefix says 1 but the header byte says 2: damaged, not newer.
    let encoding = encode(&fixture("juminhyo"), None, &params(20)).unwrap();
    let bytes = base45::decode(&encoding.parts[0][4..]).unwrap();
    assert_eq!(
        decode(&text_of(0x20 | (bytes[0] & 0x0F), &bytes[1..]), &o),
        Err(PreappError::Corrupted)
    );
    // A reserved flag bit.
    assert_eq!(
        decode(&text_of(bytes[0] | 0x08, &bytes[1..]), &o),
        Err(PreappError::Corrupted)
    );
}

#[test]
fn parts_in_any_order_and_missing_parts() {
    let form = fixture("tennyu-household-4");
    let encoding = encode(&form, Some(office().public()), &params(8)).unwrap();
    let n = encoding.parts.len();
    assert!(n >= 2, "household at version 8 splits");
    for part in &encoding.parts {
        assert!(madoguchi::preapp::qr::version_for(part).unwrap() <= 8);
    }
    let mut reversed = encoding.parts.clone();
    reversed.reverse();
    assert_eq!(
        decode_all(&reversed, &opts(Some(office()))).unwrap().form,
        form
    );
    assert_eq!(
        decode_all(&encoding.parts[1..], &opts(Some(office()))),
        Err(PreappError::MissingParts {
            read: n - 1,
            total: n
        })
    );

    let mut reassembler = Reassembler::new(opts(Some(office())));
    for (i, part) in reversed.iter().enumerate().take(n - 1) {
        assert_eq!(
            reassembler.push(part).unwrap(),
            Progress::Partial {
                read: i + 1,
                total: n
            }
        );
        // Reading the same code twice changes nothing.
        assert_eq!(
            reassembler.push(part).unwrap(),
            Progress::Partial {
                read: i + 1,
                total: n
            }
        );
    }
    assert_eq!(
        reassembler.missing(),
        Some(PreappError::MissingParts {
            read: n - 1,
            total: n
        })
    );
    match reassembler.push(&reversed[n - 1]).unwrap() {
        Progress::Complete(app) => assert_eq!(app.form, form),
        other => panic!("{other:?}"),
    }
    assert_eq!(reassembler.missing(), None);
}

#[test]
fn reassembler_restarts_on_another_payload() {
    let form = fixture("tennyu-household-4");
    let a = encode(&form, Some(office().public()), &params(8)).unwrap();
    let mut other = params(8);
    other.ephemeral_ikm = [7; 32];
    let b = encode(&form, Some(office().public()), &other).unwrap();
    let mut reassembler = Reassembler::new(opts(Some(office())));
    reassembler.push(&a.parts[0]).unwrap();
    let total = b.parts.len();
    assert_eq!(
        reassembler.push(&b.parts[1]).unwrap(),
        Progress::Partial { read: 1, total }
    );
    // Batch decoding refuses the mix instead.
    let mixed = vec![a.parts[0].clone(), b.parts[1].clone()];
    assert_eq!(
        decode_all(&mixed, &opts(Some(office()))),
        Err(PreappError::Corrupted)
    );
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn plain_text(body: &[u8], compressed: bool) -> String {
    let header = 0x10 | if compressed { 0x04 } else { 0 };
    let check = Sha256::new()
        .chain_update([header])
        .chain_update(body)
        .finalize();
    text_of(header, &[body, &check[..8]].concat())
}

#[test]
fn zip_bomb_is_refused_without_inflating_it() {
    // 4 MiB of zeros deflate to ~4 KiB: inflated in full it would be 128 times the limit.
    let bomb = deflate(&vec![0u8; 4 << 20]);
    assert!(bomb.len() < 4300, "{}", bomb.len());
    let start = std::time::Instant::now();
    // Too long for one part of text? Then as sealed, split message through the same path.
    let text = plain_text(&bomb, true);
    assert_eq!(decode(&text, &opts(None)), Err(PreappError::TooLarge));
    // Also when sealed to the office: the AEAD passes, the inflate limit still holds.
    let key = office();
    let key_id = key.public().key_id();
    let header = 0x15;
    let (enc, sealed) = crypto::seal(
        key.public(),
        [3; 32],
        &[&[header][..], &key_id].concat(),
        &bomb,
    );
    let text = text_of(header, &[&key_id[..], &enc, &sealed].concat());
    assert_eq!(decode(&text, &opts(Some(key))), Err(PreappError::TooLarge));
    assert!(start.elapsed() < std::time::Duration::from_secs(2));
}

#[test]
fn valid_checks_around_hostile_bodies_do_not_pass() {
    let o = opts(None);
    // Correct check values around bodies that are not a pre-application.
    for body in [
        &b""[..],
        b"\xa0",
        b"\xff\xff",
        &[0x81; 300],
        b"\x9f\x9f\x9f\x9f",
        b"\xbf",
    ] {
        assert_eq!(
            decode(&plain_text(body, false), &o),
            Err(PreappError::Corrupted),
            "{body:?}"
        );
    }
    // A text string that claims 4 GiB.
    assert_eq!(
        decode(&plain_text(b"\xa1\x04\x7a\xff\xff\xff\xff", false), &o),
        Err(PreappError::Corrupted)
    );
    // Not a DEFLATE stream.
    assert_eq!(
        decode(&plain_text(b"\xff\xfe\xfd", true), &o),
        Err(PreappError::Corrupted)
    );
    // Too long a text.
    assert_eq!(
        decode(&format!("MG1:{}", "0".repeat(5000)), &o),
        Err(PreappError::TooLarge)
    );
}

#[test]
fn encoder_refuses_bad_forms_and_times() {
    let mut form = fixture("juminhyo");
    form.fields.insert("purpose".into(), "x".repeat(600));
    assert_eq!(
        encode(&form, None, &params(20)).unwrap_err(),
        PreappError::TooLarge
    );
    let mut form = fixture("juminhyo");
    form.fields.insert("Bad".into(), "x".into());
    assert!(matches!(
        encode(&form, None, &params(20)),
        Err(PreappError::InvalidForm { .. })
    ));
    let mut p = params(20);
    p.expires = p.created + Duration::hours(5);
    assert!(matches!(
        encode(&fixture("juminhyo"), None, &p),
        Err(PreappError::InvalidForm { .. })
    ));
    let mut p = params(20);
    p.created = DateTime::from_timestamp(1_000_000_000, 0).unwrap();
    p.expires = p.created + Duration::days(1);
    assert!(matches!(
        encode(&fixture("juminhyo"), None, &p),
        Err(PreappError::InvalidForm { .. })
    ));
    // Sixteen parts at version 1 cannot hold a household.
    assert_eq!(
        encode(&fixture("tennyu-household-4"), None, &params(1)).unwrap_err(),
        PreappError::TooLarge
    );
}

#[test]
fn every_error_has_japanese_and_english_text() {
    use madoguchi::i18n::{I18n, Lang};
    let i18n = I18n::embedded();
    let errors = [
        PreappError::NotOurs,
        PreappError::NewerVersion {
            found: 2,
            supported: 1,
        },
        PreappError::Expired { expired: created() },
        PreappError::WrongKey,
        PreappError::NoKey,
        PreappError::Corrupted,
        PreappError::MissingParts { read: 2, total: 3 },
        PreappError::TooLarge,
        PreappError::PlainNotAccepted,
        PreappError::InvalidForm {
            path: "fields.x".into(),
        },
    ];
    for lang in [Lang::ja(), Lang::parse("en").unwrap()] {
        for e in &errors {
            let m = e.message();
            assert!(i18n.has(&lang, &m.key), "{} missing in {lang}", m.key);
        }
    }
    let progress = Progress::Partial { read: 1, total: 3 }.message().unwrap();
    assert_eq!(
        i18n.render(&Lang::ja(), &progress),
        "3枚のうち1枚を読みました。"
    );
    let en = Lang::parse("en").unwrap();
    assert_eq!(i18n.render(&en, &progress), "1 of 3 QR codes read.");
    let text = i18n.render(
        &Lang::ja(),
        &PreappError::MissingParts { read: 2, total: 3 }.message(),
    );
    assert_eq!(
        text,
        "3枚のうち2枚を読みました。残りのQRコードもかざしてください。"
    );
    let en = i18n.render(
        &Lang::parse("en").unwrap(),
        &PreappError::Expired { expired: created() }.message(),
    );
    assert!(en.contains("2026-11-18"), "{en}");
}

/// The fixtures are what a resident's phone would really send: every answer
/// key belongs to a field of the procedures they name, and each form is
/// complete (warnings such as a late move date are allowed).
#[test]
fn fixtures_are_complete_applications_of_the_catalogue() {
    use madoguchi::domain::{Answers, Catalog, FieldKind, Severity, present};
    let catalog = Catalog::embedded();
    for name in ["juminhyo", "tennyu-household-4"] {
        let form = fixture(name);
        let procedures: Vec<_> = form
            .procedures
            .iter()
            .map(|id| catalog.procedure(id).expect(id).clone())
            .collect();
        for key in form.fields.keys() {
            let known = procedures.iter().flat_map(|p| &p.fields).any(|field| {
                field.key == *key
                    || (matches!(field.kind, FieldKind::Address)
                        && key
                            .strip_prefix(field.key.as_str())
                            .and_then(|rest| rest.strip_prefix('.'))
                            .is_some_and(|part| {
                                madoguchi::domain::answers::ADDRESS_PARTS.contains(&part)
                            }))
            });
            assert!(
                known,
                "{name}: {key} is not a field of {:?}",
                form.procedures
            );
        }
        let mut answers = Answers::new();
        answers.values = form.fields.clone();
        answers.household = form.household.clone();
        for procedure in &procedures {
            let normalized = present::normalize(procedure, &answers);
            let errors: Vec<_> = catalog
                .validate(&procedure.id, &normalized)
                .into_iter()
                .filter(|p| p.severity == Severity::Error)
                .collect();
            assert!(errors.is_empty(), "{name}/{}: {errors:?}", procedure.id);
        }
    }
}
