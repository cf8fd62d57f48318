//! A card reader in memory for the screens' tests (behind the
//! [`CardReader`] seam): PIN 1234, tries counted as the card counts them.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::NaiveDate;
use madoguchi::card::{BasicFour, CardError, CardReader, Pin, Sex};

/// A card on a reader, in memory: PIN 1234, tries counted as the card does.
#[derive(Debug)]
pub struct FakeCard {
    pub tries: Mutex<u8>,
    pub reads: Mutex<usize>,
}

impl FakeCard {
    pub fn with_tries(tries: u8) -> Arc<FakeCard> {
        Arc::new(FakeCard {
            tries: Mutex::new(tries),
            reads: Mutex::new(0),
        })
    }
}

impl CardReader for FakeCard {
    fn tries_left(&self, _wait: Duration) -> Result<u8, CardError> {
        Ok(*self.tries.lock().unwrap())
    }

    fn read(&self, pin: &Pin, _wait: Duration) -> Result<BasicFour, CardError> {
        let mut tries = self.tries.lock().unwrap();
        if *tries == 0 {
            return Err(CardError::PinBlocked);
        }
        if *pin != Pin::parse("1234").unwrap() {
            *tries -= 1;
            return Err(match *tries {
                0 => CardError::PinBlocked,
                left => CardError::WrongPin { tries_left: left },
            });
        }
        *tries = 3;
        *self.reads.lock().unwrap() += 1;
        Ok(BasicFour {
            name: "髙﨑 𠮷子".into(),
            address: "東京都台東区千束二丁目3番4号".into(),
            birth_date: NaiveDate::from_ymd_opt(1985, 4, 12).unwrap(),
            sex: Sex::Female,
        })
    }
}
