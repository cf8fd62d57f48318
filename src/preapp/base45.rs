//! Base45 (RFC 9285): two bytes become three characters of the QR
//! alphanumeric set, so a QR code can carry binary data in its denser
//! alphanumeric mode (5.5 bits per character instead of 8 per byte).

const ALPHABET: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

/// The value of a base45 character, or `None` for anything outside the set.
fn value(c: u8) -> Option<u16> {
    // A table lookup would be faster; 45 comparisons at most is fine at QR sizes.
    ALPHABET.iter().position(|&a| a == c).map(|v| v as u16)
}

/// Whether every character of `text` is in the QR alphanumeric set.
pub fn is_alphanumeric(text: &str) -> bool {
    text.bytes().all(|c| value(c).is_some())
}

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(2) * 3);
    let mut chunks = bytes.chunks_exact(2);
    for pair in &mut chunks {
        let mut n = u32::from(pair[0]) * 256 + u32::from(pair[1]);
        for _ in 0..3 {
            out.push(ALPHABET[(n % 45) as usize] as char);
            n /= 45;
        }
    }
    if let [last] = chunks.remainder() {
        let n = u32::from(*last);
        out.push(ALPHABET[(n % 45) as usize] as char);
        out.push(ALPHABET[(n / 45) as usize] as char);
    }
    out
}

/// Why a text is not valid base45.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidBase45;

pub fn decode(text: &str) -> Result<Vec<u8>, InvalidBase45> {
    let text = text.as_bytes();
    if text.len() % 3 == 1 {
        return Err(InvalidBase45);
    }
    let mut out = Vec::with_capacity(text.len() / 3 * 2 + 1);
    for group in text.chunks(3) {
        let mut n: u32 = 0;
        for &c in group.iter().rev() {
            n = n * 45 + u32::from(value(c).ok_or(InvalidBase45)?);
        }
        match group.len() {
            3 if n <= 0xFFFF => out.extend_from_slice(&[(n >> 8) as u8, n as u8]),
            2 if n <= 0xFF => out.push(n as u8),
            _ => return Err(InvalidBase45),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc9285_examples() {
        assert_eq!(encode(b"AB"), "BB8");
        assert_eq!(encode(b"Hello!!"), "%69 VD92EX0");
        assert_eq!(encode(b"base-45"), "UJCLQE7W581");
        assert_eq!(decode("QED8WEX0").unwrap(), b"ietf!");
        assert_eq!(encode(b""), "");
    }

    #[test]
    fn rejects_what_rfc9285_calls_invalid() {
        assert_eq!(decode("GGW"), Err(InvalidBase45)); // 65535 < n
        assert_eq!(decode("ZZ"), Err(InvalidBase45)); // > 255 in a pair
        assert_eq!(decode("A"), Err(InvalidBase45));
        assert_eq!(decode("aB8"), Err(InvalidBase45));
        assert_eq!(decode("FGW").unwrap(), vec![0xFF, 0xFF]);
    }

    #[test]
    fn every_two_byte_value_round_trips() {
        for n in 0..=0xFFFFu32 {
            let bytes = [(n >> 8) as u8, n as u8];
            assert_eq!(decode(&encode(&bytes)).unwrap(), bytes);
        }
        for b in 0..=255u8 {
            assert_eq!(decode(&encode(&[b])).unwrap(), vec![b]);
        }
    }
}
