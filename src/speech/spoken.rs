//! What is said, from the fluent files: the board's call and recall, and a
//! ticket number as offices say it ("A-004" is 「エーの4番」, not 「エー
//! ハイフン ゼロゼロヨン」).

use crate::i18n::{I18n, Lang};

/// A ticket number for speech in `lang`: its letters and its number
/// without leading zeros through `speech-number` ("A-004" → 「Aの4」,
/// "A 4"); a number without letters is said as a number, and anything
/// else as written.
pub fn spell_number(i18n: &I18n, lang: Lang, number: &str) -> String {
    let (letters, digits) = match number.split_once('-') {
        Some((letters, digits)) => (letters.trim(), digits.trim()),
        None => ("", number.trim()),
    };
    let Ok(value) = digits.parse::<u32>() else {
        return number.to_owned();
    };
    // A string, not a number: fluent would group 1,000 in some locales.
    let digits = value.to_string();
    if letters.is_empty() {
        return digits;
    }
    i18n.tr_args(
        &lang,
        "speech-number",
        &[
            ("letters", letters.to_owned().into()),
            ("digits", digits.into()),
        ],
    )
}

/// The board's words for a call (or a recall) of `number` to `counter`.
pub fn call_text(i18n: &I18n, lang: Lang, number: &str, counter: &str, recall: bool) -> String {
    let key = if recall {
        "speech-recall"
    } else {
        "speech-call"
    };
    i18n.tr_args(
        &lang,
        key,
        &[
            ("number", spell_number(i18n, lang, number).into()),
            ("counter", counter.to_owned().into()),
        ],
    )
}

/// The kiosk's words for the number on a ticket.
pub fn ticket_text(i18n: &I18n, lang: Lang, number: &str) -> String {
    i18n.tr_args(
        &lang,
        "speech-ticket",
        &[("number", spell_number(i18n, lang, number).into())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(code: &str) -> Lang {
        Lang::parse(code).expect("known language")
    }

    #[test]
    fn a_ticket_number_is_said_without_its_leading_zeros() {
        let i18n = I18n::embedded();
        assert_eq!(spell_number(&i18n, Lang::ja(), "A-004"), "Aの4");
        assert_eq!(spell_number(&i18n, Lang::ja(), "012"), "12");
        assert_eq!(spell_number(&i18n, Lang::ja(), "窓口"), "窓口");
    }

    #[test]
    fn the_call_names_the_number_and_the_counter() {
        let i18n = I18n::embedded();
        assert_eq!(
            call_text(&i18n, Lang::ja(), "A-004", "2", false),
            "Aの4番の方、2番窓口へお越しください。"
        );
        let recall = call_text(&i18n, Lang::ja(), "A-004", "2", true);
        assert!(recall.starts_with("もう一度"), "{recall}");
        let en = call_text(&i18n, lang("en"), "B-012", "3", false);
        assert!(en.contains("B 12") && en.contains('3'), "{en}");
    }

    #[test]
    fn every_language_says_the_number_and_counter() {
        let i18n = I18n::embedded();
        for lang in Lang::all() {
            let text = call_text(&i18n, lang, "C-107", "5", true);
            assert!(text.contains("107"), "{}: {text}", lang.code());
            assert!(text.contains('5'), "{}: {text}", lang.code());
            assert!(!text.contains('{'), "{}: {text}", lang.code());
        }
    }
}
