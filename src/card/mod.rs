//! The My Number card's basic four items (氏名・住所・生年月日・性別), read
//! through a PC/SC card reader with the card's 4-digit PIN.
//!
//! Plain Rust. [`CardReader`] is the seam the screens hold: [`PcscReader`]
//! is the real one (libpcsclite, so Debian's `pcscd` with `libccid` for USB
//! readers, contact and contactless alike); the screens' tests put a fake
//! behind it, and `tests/card.rs` drives the real one against a virtual card
//! through `pcscd` and vsmartcard's virtual reader.
//!
//! Only the 券面事項入力補助AP is used, and in it only the PIN file and the
//! basic-four file: the individual number file is never selected or read
//! (there is no constant for it here). Nothing read from a card is written
//! to disk or to the log; errors carry no card data.
//!
//! Every call blocks (PC/SC is synchronous): screens run them in a task,
//! never on the UI thread.

pub mod cli;
mod pcsc_reader;
mod protocol;
mod tlv;

pub use pcsc_reader::{PcscReader, PcscTransport, reader_names, system_reader};
pub use protocol::{Session, Transport};
pub use tlv::parse_basic_four;

use std::time::Duration;

use chrono::NaiveDate;

use crate::i18n::Message;

/// The 券面事項入力補助AP (card surface input-assistance application).
pub const KENHOJO_AID: [u8; 10] = [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08];
/// Its PIN file (the 4-digit 券面事項入力補助用暗証番号).
pub const PIN_FILE: u16 = 0x0011;
/// Its basic-four file.
pub const BASIC_FOUR_FILE: u16 = 0x0002;

/// How long a card may take to answer before the read is given up.
pub const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);

/// Sex as the card records it (`1` male, `2` female; any other code is
/// left for the clerk).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sex {
    Male,
    Female,
    Unstated,
}

impl Sex {
    /// The value the forms use (`male`, `female`), none when unstated.
    pub fn form_value(self) -> Option<&'static str> {
        match self {
            Sex::Male => Some("male"),
            Sex::Female => Some("female"),
            Sex::Unstated => None,
        }
    }
}

/// The basic four items of a card. Held in memory only, for as long as the
/// resident's session (the kiosk) or the record being made (the console).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BasicFour {
    pub name: String,
    pub address: String,
    pub birth_date: NaiveDate,
    pub sex: Sex,
}

/// A 4-digit PIN; its `Debug` never shows the digits.
#[derive(Clone, PartialEq, Eq)]
pub struct Pin([u8; 4]);

impl Pin {
    /// Four ASCII digits, else [`CardError::PinFormat`] (nothing is sent to
    /// the card, so no try is spent).
    pub fn parse(text: &str) -> Result<Pin, CardError> {
        let bytes: [u8; 4] = text
            .trim()
            .as_bytes()
            .try_into()
            .map_err(|_| CardError::PinFormat)?;
        if bytes.iter().all(u8::is_ascii_digit) {
            Ok(Pin(bytes))
        } else {
            Err(CardError::PinFormat)
        }
    }

    fn digits(&self) -> &[u8; 4] {
        &self.0
    }
}

impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(****)")
    }
}

/// Why a card could not be read. No variant carries data from the card.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CardError {
    #[error("no card reader")]
    NoReader,
    #[error("the card reader was unplugged")]
    ReaderUnplugged,
    #[error("no card on the reader")]
    NoCard,
    #[error("the card was removed during the read")]
    CardRemoved,
    #[error("not a My Number card")]
    NotMyNumberCard,
    #[error("wrong PIN, {tries_left} tries left")]
    WrongPin { tries_left: u8 },
    #[error("the PIN is blocked")]
    PinBlocked,
    #[error("the card reader did not answer in time")]
    Timeout,
    #[error("the card's basic-four file is not as the application defines it")]
    Malformed,
    #[error("the PIN is not four digits")]
    PinFormat,
    #[error("the card answered {status:04X}")]
    Unexpected { status: u16 },
    #[error("PC/SC: {detail}")]
    Reader { detail: String },
}

impl CardError {
    /// The translated message for the resident, the clerk or the CLI.
    pub fn message(&self) -> Message {
        match self {
            CardError::NoReader => Message::new("card-error-no-reader"),
            CardError::ReaderUnplugged => Message::new("card-error-reader-unplugged"),
            CardError::NoCard => Message::new("card-error-no-card"),
            CardError::CardRemoved => Message::new("card-error-card-removed"),
            CardError::NotMyNumberCard => Message::new("card-error-not-my-number-card"),
            CardError::WrongPin { tries_left } => {
                Message::new("card-error-wrong-pin").arg("tries", *tries_left)
            }
            CardError::PinBlocked => Message::new("card-error-pin-blocked"),
            CardError::Timeout => Message::new("card-error-timeout"),
            CardError::Malformed => Message::new("card-error-malformed"),
            CardError::PinFormat => Message::new("card-error-pin-format"),
            CardError::Unexpected { status } => {
                Message::new("card-error-unexpected").arg("status", format!("{status:04X}"))
            }
            CardError::Reader { detail } => {
                Message::new("card-error-reader").arg("detail", detail.as_str())
            }
        }
    }
}

/// What the screens hold: waits for a card, then asks it. Both calls block
/// for up to `wait` (for a card to be placed) plus [`ANSWER_TIMEOUT`].
pub trait CardReader: Send + Sync + std::fmt::Debug {
    /// PIN tries left on the card placed (the card counts them; three when
    /// none were wrong). Spends no try.
    fn tries_left(&self, wait: Duration) -> Result<u8, CardError>;
    /// Verifies the PIN and reads the basic four items.
    fn read(&self, pin: &Pin, wait: Duration) -> Result<BasicFour, CardError>;
}
