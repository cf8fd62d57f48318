//! Reading what residents type on Japanese IMEs: full-width digits, counts,
//! postal codes, telephone numbers and kana.
//!
//! Both the model (a fee counts copies) and validation read answers through
//! these, and a screen stores the canonical form they return.

use super::date;

/// A count typed with ASCII or full-width digits.
pub fn parse_count(value: &str) -> Option<u32> {
    let digits = digits_of(value.trim());
    if digits.is_empty()
        || digits.len() > 6
        || digits.chars().count() != value.trim().chars().count()
    {
        return None;
    }
    digits.parse().ok()
}

/// `1500001`, `150-0001`, `〒１５０－０００１` → `150-0001`.
pub fn normalize_postal(value: &str) -> Option<String> {
    let text = date::normalize(value);
    let text = text.trim().trim_start_matches('〒').trim();
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let shape_ok = text.chars().all(|c| c.is_ascii_digit() || c == '-')
        && (text.len() == 7 || (text.len() == 8 && text.as_bytes()[3] == b'-'));
    (shape_ok && digits.len() == 7).then(|| format!("{}-{}", &digits[..3], &digits[3..]))
}

/// A Japanese telephone number as digits (`0312345678`, `09012345678`), or
/// `None` when it cannot be one. `+81` is read as the leading 0; hyphens,
/// spaces and parentheses are allowed.
pub fn normalize_phone(value: &str) -> Option<String> {
    let text = date::normalize(value);
    let text = text.trim();
    if !text
        .chars()
        .all(|c| c.is_ascii_digit() || "-() +".contains(c))
    {
        return None;
    }
    let mut digits: String = text.chars().filter(char::is_ascii_digit).collect();
    if text.starts_with('+') {
        digits = format!("0{}", digits.strip_prefix("81")?);
    } else if text.contains('+') {
        return None;
    }
    let ok = match digits.len() {
        // Fixed lines and 0120 are ten digits, never 00 (international).
        10 => digits.starts_with('0') && !digits.starts_with("00"),
        // Mobile, IP, M2M and 0800 toll-free are eleven.
        11 => ["090", "080", "070", "060", "050", "020", "0800"]
            .iter()
            .any(|p| digits.starts_with(p)),
        _ => false,
    };
    ok.then_some(digits)
}

/// Hiragana to katakana, other characters unchanged (ふりがな input helper).
pub fn to_katakana(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            'ぁ'..='ゖ' | 'ゝ' | 'ゞ' => char::from_u32(c as u32 + 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn digits_of(value: &str) -> String {
    value
        .chars()
        .filter_map(|c| match c {
            '0'..='9' => Some(c),
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postal_codes() {
        assert_eq!(normalize_postal("150-0001").as_deref(), Some("150-0001"));
        assert_eq!(
            normalize_postal("〒１５００００１").as_deref(),
            Some("150-0001")
        );
        assert_eq!(normalize_postal("15-00001"), None);
        assert_eq!(normalize_postal("150-000"), None);
        assert_eq!(normalize_postal("abc-defg"), None);
    }

    #[test]
    fn phone_numbers() {
        assert_eq!(
            normalize_phone("03-1234-5678").as_deref(),
            Some("0312345678")
        );
        assert_eq!(
            normalize_phone("090-1234-5678").as_deref(),
            Some("09012345678")
        );
        assert_eq!(
            normalize_phone("+81 90 1234 5678").as_deref(),
            Some("09012345678")
        );
        assert_eq!(
            normalize_phone("(0120) 123-456").as_deref(),
            Some("0120123456")
        );
        assert_eq!(normalize_phone("0312345"), None);
        assert_eq!(normalize_phone("00123456789"), None);
        assert_eq!(normalize_phone("03123456789"), None);
        assert_eq!(normalize_phone("03-1234-567x"), None);
        assert_eq!(normalize_phone("+1 212 555 0100"), None);
    }

    #[test]
    fn counts() {
        assert_eq!(parse_count("３"), Some(3));
        assert_eq!(parse_count(" 12 "), Some(12));
        assert_eq!(parse_count("1a"), None);
        assert_eq!(parse_count("-1"), None);
    }
}
