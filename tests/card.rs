//! The My Number card reading through the real PC/SC stack: `pcscd` with
//! vsmartcard's virtual reader, and a virtual card (tests/card_support)
//! that answers like the card's 券面事項入力補助AP.
//!
//! Skipped (with a message) when pcscd or the virtual reader is absent;
//! `.ci/run` installs and starts them and sets `MADOGUCHI_REQUIRE_CARD=1`,
//! so there they fail instead.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

mod card_support;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use card_support::{CardSpec, MAX_TRIES, READER, VirtualCard, reader, ready};
use chrono::NaiveDate;
use madoguchi::card::{CardError, CardReader, PcscReader, Pin, Sex};

const WAIT: Duration = Duration::from_secs(5);

/// A name with characters outside JIS X 0208 (髙, 﨑, 𠮷).
fn spec() -> CardSpec {
    CardSpec::new("髙﨑 𠮷子", "東京都台東区千束二丁目3番4号", "19850412", "2")
}

fn pin(text: &str) -> Pin {
    Pin::parse(text).unwrap()
}

fn virtual_reader() -> PcscReader {
    PcscReader::named(READER)
}

fn never_selected_the_individual_number(card: &VirtualCard) {
    let seen = card.seen();
    assert!(!seen.individual_number_touched);
    assert!(
        !seen
            .commands
            .iter()
            .any(|command| command.starts_with(&[0x00, 0xA4, 0x02])
                && command.ends_with(&[0x00, 0x01])),
        "a SELECT of file 0001 was sent"
    );
}

#[test]
fn reads_the_four_items_with_the_right_pin() {
    if !ready("reads_the_four_items_with_the_right_pin") {
        return;
    }
    let _reader = reader();
    let card = VirtualCard::place(CardSpec {
        // Small answers, so the file comes in several READ BINARYs.
        chunk_limit: 32,
        ..spec()
    });
    let placed = Instant::now();
    assert_eq!(virtual_reader().tries_left(WAIT), Ok(MAX_TRIES));
    let four = virtual_reader().read(&pin("1234"), WAIT).unwrap();
    let elapsed = placed.elapsed();
    assert_eq!(four.name, "髙﨑 𠮷子");
    assert_eq!(four.address, "東京都台東区千束二丁目3番4号");
    assert_eq!(
        four.birth_date,
        NaiveDate::from_ymd_opt(1985, 4, 12).unwrap()
    );
    assert_eq!(four.sex, Sex::Female);
    let seen = card.seen();
    let reads = seen
        .commands
        .iter()
        .filter(|c| c.starts_with(&[0x00, 0xB0]))
        .count();
    assert!(
        reads > 2,
        "the file is read in chunks ({reads} READ BINARY)"
    );
    eprintln!(
        "measure: card placed to four items: {} ms, {} APDUs (tries left then read)",
        elapsed.as_millis(),
        seen.commands.len()
    );
    never_selected_the_individual_number(&card);
}

#[test]
fn a_wrong_pin_counts_down_and_the_right_one_restores_the_tries() {
    if !ready("a_wrong_pin_counts_down_and_the_right_one_restores_the_tries") {
        return;
    }
    let _reader = reader();
    let card = VirtualCard::place(spec());
    assert_eq!(
        virtual_reader().read(&pin("9999"), WAIT),
        Err(CardError::WrongPin { tries_left: 2 })
    );
    assert_eq!(virtual_reader().tries_left(WAIT), Ok(2));
    assert_eq!(
        virtual_reader().read(&pin("0000"), WAIT),
        Err(CardError::WrongPin { tries_left: 1 })
    );
    assert!(virtual_reader().read(&pin("1234"), WAIT).is_ok());
    assert_eq!(virtual_reader().tries_left(WAIT), Ok(MAX_TRIES));
    never_selected_the_individual_number(&card);
}

#[test]
fn the_last_wrong_pin_blocks_the_card() {
    if !ready("the_last_wrong_pin_blocks_the_card") {
        return;
    }
    let _reader = reader();
    let card = VirtualCard::place(CardSpec {
        tries_left: 1,
        ..spec()
    });
    assert_eq!(virtual_reader().tries_left(WAIT), Ok(1));
    assert_eq!(
        virtual_reader().read(&pin("9999"), WAIT),
        Err(CardError::PinBlocked)
    );
    assert_eq!(virtual_reader().tries_left(WAIT), Ok(0));
    assert_eq!(
        virtual_reader().read(&pin("1234"), WAIT),
        Err(CardError::PinBlocked),
        "even the right PIN"
    );
    assert_eq!(card.seen().tries_left, 0);
}

#[test]
fn another_card_is_not_a_my_number_card() {
    if !ready("another_card_is_not_a_my_number_card") {
        return;
    }
    let _reader = reader();
    let card = VirtualCard::place(CardSpec {
        my_number: false,
        ..spec()
    });
    assert_eq!(
        virtual_reader().tries_left(WAIT),
        Err(CardError::NotMyNumberCard)
    );
    assert_eq!(
        virtual_reader().read(&pin("1234"), WAIT),
        Err(CardError::NotMyNumberCard)
    );
    assert_eq!(card.seen().tries_left, MAX_TRIES, "no try spent");
}

#[test]
fn a_card_removed_in_the_middle_of_a_read() {
    if !ready("a_card_removed_in_the_middle_of_a_read") {
        return;
    }
    let _reader = reader();
    let card = VirtualCard::place(CardSpec {
        chunk_limit: 16,
        removed_at_read: Some(2),
        ..spec()
    });
    assert_eq!(
        virtual_reader().read(&pin("1234"), WAIT),
        Err(CardError::CardRemoved)
    );
    let seen = card.remove();
    assert!(!seen.individual_number_touched);
    // Placed again, it reads.
    let _again = VirtualCard::place(spec());
    assert!(virtual_reader().read(&pin("1234"), WAIT).is_ok());
}

#[test]
fn a_card_that_stops_answering_times_out() {
    if !ready("a_card_that_stops_answering_times_out") {
        return;
    }
    let _reader = reader();
    let card = VirtualCard::place(CardSpec {
        silent_at_read: Some(1),
        chunk_limit: 16,
        ..spec()
    });
    let started = Instant::now();
    let reader = virtual_reader().with_answer_timeout(Duration::from_secs(2));
    assert_eq!(reader.read(&pin("1234"), WAIT), Err(CardError::Timeout));
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
    // Taking the card away frees pcscd for the next test.
    card.remove();
}

#[test]
fn no_card_and_no_reader() {
    if !ready("no_card_and_no_reader") {
        return;
    }
    let _reader = reader();
    assert_eq!(
        virtual_reader().tries_left(Duration::from_millis(500)),
        Err(CardError::NoCard)
    );
    assert_eq!(
        PcscReader::named("No Such Reader 00 00").tries_left(WAIT),
        Err(CardError::NoReader)
    );
}

fn card_read(stdin: &str, args: &[&str]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["card", "read", "--reader", READER, "--wait", "5"])
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn card_read_prints_one_json_line_or_the_translated_error() {
    if !ready("card_read_prints_one_json_line_or_the_translated_error") {
        return;
    }
    let _reader = reader();
    let card = VirtualCard::place(spec());

    let wrong = card_read("5555\n", &[]);
    assert!(!wrong.status.success());
    assert!(wrong.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&wrong.stderr);
    assert!(stderr.contains("暗証番号が違います。あと 2 回"), "{stderr}");

    let wrong_en = card_read("5555\n", &["--lang", "en"]);
    let stderr = String::from_utf8_lossy(&wrong_en.stderr);
    assert!(
        stderr.contains("1 more wrong try") || stderr.contains("One more wrong try"),
        "{stderr}"
    );

    let right = card_read("1234\n", &[]);
    assert!(
        right.status.success(),
        "{}",
        String::from_utf8_lossy(&right.stderr)
    );
    let stdout = String::from_utf8(right.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "name": "髙﨑 𠮷子",
            "address": "東京都台東区千束二丁目3番4号",
            "birth_date": "1985-04-12",
            "sex": "female",
        })
    );

    let commands = card.seen().commands.len();
    let not_digits = card_read("12a4\n", &[]);
    assert!(!not_digits.status.success());
    assert!(String::from_utf8_lossy(&not_digits.stderr).contains("暗証番号は数字4桁です"));
    assert_eq!(
        card.seen().commands.len(),
        commands,
        "nothing sent to the card"
    );
    never_selected_the_individual_number(&card);
}

#[test]
fn card_readers_lists_the_virtual_reader() {
    if !ready("card_readers_lists_the_virtual_reader") {
        return;
    }
    let output = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(["card", "readers"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .any(|line| line == READER)
    );
}
