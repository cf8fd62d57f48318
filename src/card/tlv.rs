//! The basic-four file's BER-TLV: one constructed `FF 20` holding a header
//! `DF 21` (the items' offsets, two bytes each), then the name `DF 22`, the
//! address `DF 23`, the birth date `DF 24` (`YYYYMMDD`, Gregorian) and the
//! sex `DF 25` (`1` male, `2` female, `3` other), as UTF-8 text.
//!
//! Items are found by their tags, in whatever order the card stores them;
//! the header's offsets are not needed for that.

use chrono::NaiveDate;

use super::{BasicFour, CardError, Sex};

const BASIC_FOUR: u32 = 0xFF20;
const NAME: u32 = 0xDF22;
const ADDRESS: u32 = 0xDF23;
const BIRTH: u32 = 0xDF24;
const SEX: u32 = 0xDF25;

/// One element's tag, its value's range in the input, and where it ends.
struct Element {
    tag: u32,
    value: std::ops::Range<usize>,
}

/// Reads the tag and length at `at`: the tag, the value's start and length.
fn header(bytes: &[u8], at: usize) -> Option<(u32, usize, usize)> {
    let mut i = at;
    let first = *bytes.get(i)?;
    let mut tag = u32::from(first);
    i += 1;
    if first & 0x1F == 0x1F {
        // High tag numbers: more bytes while bit 8 is set (at most 3 here).
        loop {
            let next = *bytes.get(i)?;
            tag = (tag << 8) | u32::from(next);
            i += 1;
            if next & 0x80 == 0 {
                break;
            }
            if i - at > 3 {
                return None;
            }
        }
    }
    let first_length = *bytes.get(i)?;
    i += 1;
    let length = match first_length {
        0x00..=0x7F => usize::from(first_length),
        0x81 => usize::from(*bytes.get(i)?),
        0x82 => usize::from(u16::from_be_bytes([*bytes.get(i)?, *bytes.get(i + 1)?])),
        _ => return None,
    };
    i += match first_length {
        0x81 => 1,
        0x82 => 2,
        _ => 0,
    };
    Some((tag, i, length))
}

fn element(bytes: &[u8], at: usize) -> Option<Element> {
    let (tag, start, length) = header(bytes, at)?;
    let end = start.checked_add(length)?;
    (end <= bytes.len()).then_some(Element {
        tag,
        value: start..end,
    })
}

/// The whole file's length (header and value) from its first bytes, or
/// none when they are not a BER-TLV header.
pub(super) fn outer_length(prefix: &[u8]) -> Option<usize> {
    let (_, start, length) = header(prefix, 0)?;
    start.checked_add(length)
}

/// The four items of a basic-four file.
pub fn parse_basic_four(file: &[u8]) -> Result<BasicFour, CardError> {
    let outer = element(file, 0).ok_or(CardError::Malformed)?;
    if outer.tag != BASIC_FOUR {
        return Err(CardError::Malformed);
    }
    let (mut name, mut address, mut birth, mut sex) = (None, None, None, None);
    let mut at = outer.value.start;
    while at < outer.value.end {
        let item = element(&file[..outer.value.end], at).ok_or(CardError::Malformed)?;
        let text =
            || std::str::from_utf8(&file[item.value.clone()]).map_err(|_| CardError::Malformed);
        match item.tag {
            NAME => name = Some(text()?.to_owned()),
            ADDRESS => address = Some(text()?.to_owned()),
            BIRTH => birth = Some(text()?),
            SEX => sex = Some(text()?),
            _ => {}
        }
        at = item.value.end;
    }
    let birth_date = birth
        .and_then(|text| NaiveDate::parse_from_str(text, "%Y%m%d").ok())
        .ok_or(CardError::Malformed)?;
    let sex = match sex.ok_or(CardError::Malformed)? {
        "1" => Sex::Male,
        "2" => Sex::Female,
        _ => Sex::Unstated,
    };
    Ok(BasicFour {
        name: name.ok_or(CardError::Malformed)?,
        address: address.ok_or(CardError::Malformed)?,
        birth_date,
        sex,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `FF 20` with the header and the four items, `len` bytes of address.
    fn file(name: &str, address: &str, birth: &str, sex: &str) -> Vec<u8> {
        let mut items = Vec::new();
        for (tag, value) in [(0x22, name), (0x23, address), (0x24, birth), (0x25, sex)] {
            items.extend([0xDF, tag]);
            push_length(&mut items, value.len());
            items.extend(value.as_bytes());
        }
        let mut body = vec![0xDF, 0x21, 0x08, 0, 0, 0, 0, 0, 0, 0, 0];
        body.extend(items);
        let mut out = vec![0xFF, 0x20];
        push_length(&mut out, body.len());
        out.extend(body);
        out
    }

    fn push_length(out: &mut Vec<u8>, length: usize) {
        match length {
            0..=0x7F => out.push(length as u8),
            0x80..=0xFF => out.extend([0x81, length as u8]),
            _ => out.extend([0x82, (length >> 8) as u8, length as u8]),
        }
    }

    #[test]
    fn reads_the_four_items_and_the_whole_length() {
        let bytes = file("髙橋 𠮷子", "東京都台東区千束二丁目3番4号", "19850412", "2");
        assert_eq!(outer_length(&bytes[..4]), Some(bytes.len()));
        let four = parse_basic_four(&bytes).expect("parsed");
        assert_eq!(four.name, "髙橋 𠮷子");
        assert_eq!(four.address, "東京都台東区千束二丁目3番4号");
        assert_eq!(
            four.birth_date,
            NaiveDate::from_ymd_opt(1985, 4, 12).expect("date")
        );
        assert_eq!(four.sex, Sex::Female);
    }

    #[test]
    fn long_addresses_take_two_length_bytes() {
        let address = "北海道札幌市中央区大通西十九丁目".repeat(8);
        let bytes = file("山田 太郎", &address, "20000229", "1");
        assert_eq!(&bytes[..2], &[0xFF, 0x20]);
        assert_eq!(bytes[2], 0x82, "outer length in two bytes");
        let four = parse_basic_four(&bytes).expect("parsed");
        assert_eq!(four.address, address);
        assert_eq!(four.sex, Sex::Male);
    }

    #[test]
    fn other_sex_codes_are_left_unstated() {
        let bytes = file("山田 光", "東京都", "20000101", "3");
        assert_eq!(parse_basic_four(&bytes).expect("parsed").sex, Sex::Unstated);
    }

    #[test]
    fn truncated_or_foreign_files_are_malformed() {
        let bytes = file("山田 太郎", "東京都", "19850412", "1");
        assert_eq!(
            parse_basic_four(&bytes[..bytes.len() - 3]),
            Err(CardError::Malformed)
        );
        let mut other = bytes.clone();
        other[1] = 0x30;
        assert_eq!(parse_basic_four(&other), Err(CardError::Malformed));
        let bad_date = file("山田 太郎", "東京都", "19851332", "1");
        assert_eq!(parse_basic_four(&bad_date), Err(CardError::Malformed));
    }
}
