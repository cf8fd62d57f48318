//! Mandarin for espeak-ng. Debian's espeak-ng ships the `cmn` dictionary
//! without its extended list, so most hanzi are not in it and are spelled
//! out in English; its `cmn-latn-pinyin` voice, though, reads tone-numbered
//! pinyin fully (tone sandhi included). So hanzi, simplified or traditional,
//! become pinyin here (the `pinyin` crate, Unicode's Unihan readings: the
//! most common reading of each character), and the text goes to espeak-ng
//! as SSML: the pinyin in the pinyin voice, an English word (a Latin word
//! with small letters, as in 「语言 / Language」) in the English one.
//! Capital letters (a ticket's "A") are said one by one, as Chinese speakers
//! say them.

use pinyin::ToPinyin;

/// espeak-ng's voice that reads tone-numbered pinyin.
pub const PINYIN_VOICE: &str = "cmn-latn-pinyin";
/// The voice of English words in Mandarin text.
pub const ENGLISH_VOICE: &str = "en-us";

/// A run of the text and how it is read.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Run {
    Pinyin(String),
    English(String),
}

/// `text` as the SSML espeak-ng reads (with `-m`): hanzi as pinyin.
pub fn ssml(text: &str) -> String {
    let mut out = String::from("<speak>");
    for run in runs(text) {
        let (voice, words) = match &run {
            Run::Pinyin(words) => (PINYIN_VOICE, words),
            Run::English(words) => (ENGLISH_VOICE, words),
        };
        out.push_str(&format!(
            "<voice name=\"{voice}\">{}</voice>",
            escape(words.trim())
        ));
    }
    out.push_str("</speak>");
    out
}

/// The pinyin of `text` with everything else kept: each hanzi as a
/// syllable with its tone number (5 for the neutral tone), full-width forms
/// and Chinese punctuation as their ASCII counterparts.
pub fn to_pinyin(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if let Some(reading) = c.to_pinyin() {
            let syllable = reading.with_tone_num_end();
            out.push(' ');
            out.push_str(syllable);
            if !syllable.ends_with(|d: char| d.is_ascii_digit()) {
                out.push('5');
            }
            out.push(' ');
            continue;
        }
        match c {
            '，' | '、' | '/' | '／' => out.push_str(", "),
            '。' | '．' => out.push_str(". "),
            '：' => out.push_str(": "),
            '；' => out.push_str("; "),
            '！' => out.push_str("! "),
            '？' => out.push_str("? "),
            '（' | '「' | '『' | '“' | '【' => out.push_str(" ("),
            '）' | '」' | '』' | '”' | '】' => out.push_str(") "),
            '+' | '＋' => out.push_str(" jia1 "),
            '\u{FF01}'..='\u{FF5E}' => {
                out.push(char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c));
            }
            // Kana: the Japanese name of something, beside its Chinese one
            // (「个人编号卡（マイナンバーカード）」), is not for Mandarin ears.
            '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {}
            '\u{3000}' => out.push(' '),
            _ => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text cut into pinyin and English runs; capital-letter words are
/// spelled out letter by letter in the pinyin run.
fn runs(text: &str) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut push = |run: Run| match (runs.last_mut(), run) {
        (Some(Run::Pinyin(last)), Run::Pinyin(more))
        | (Some(Run::English(last)), Run::English(more)) => {
            last.push(' ');
            last.push_str(&more);
        }
        (_, run) => runs.push(run),
    };
    for word in to_pinyin(text).split(' ') {
        let latin = word.trim_matches(|c: char| !c.is_ascii_alphabetic());
        let english = latin.chars().filter(char::is_ascii_alphabetic).count() > 1
            && latin.chars().any(|c| c.is_ascii_lowercase())
            && !is_pinyin_syllable(latin, word);
        if english {
            push(Run::English(word.to_owned()));
        } else if latin.chars().all(|c| c.is_ascii_uppercase()) && latin.len() > 1 {
            let spelled: Vec<String> = word.chars().map(String::from).collect();
            push(Run::Pinyin(spelled.join(" ")));
        } else {
            push(Run::Pinyin(word.to_owned()));
        }
    }
    runs
}

/// Whether `word` is a syllable [`to_pinyin`] made: small letters and a
/// tone number.
fn is_pinyin_syllable(latin: &str, word: &str) -> bool {
    latin.chars().all(|c| c.is_ascii_lowercase() || c == 'ü')
        && word
            .strip_prefix(latin)
            .is_some_and(|rest| rest.starts_with(|c: char| ('1'..='5').contains(&c)))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hanzi_become_tone_numbered_pinyin() {
        assert_eq!(
            to_pinyin("请A 4号到2号窗口。"),
            "qing3 A 4 hao4 dao4 2 hao4 chuang1 kou3 ."
        );
        // Traditional characters read the same.
        assert_eq!(to_pinyin("請到窗口"), "qing3 dao4 chuang1 kou3");
    }

    #[test]
    fn kana_are_left_out_and_plus_is_said() {
        assert_eq!(to_pinyin("卡（マイナンバー）"), "ka3 ()");
        assert_eq!(to_pinyin("＋ 添加"), "jia1 tian1 jia1");
    }

    #[test]
    fn the_neutral_tone_is_numbered_five() {
        assert_eq!(to_pinyin("的"), "de5");
    }

    #[test]
    fn english_words_go_to_the_english_voice_and_capitals_are_spelled() {
        assert_eq!(
            runs("语言 / Language"),
            vec![
                Run::Pinyin("yu3 yan2 ,".into()),
                Run::English("Language".into())
            ]
        );
        assert_eq!(
            runs("QR码"),
            vec![Run::Pinyin("Q R ma3".into())],
            "capitals are letters"
        );
    }

    #[test]
    fn ssml_escapes_markup() {
        assert_eq!(
            ssml("号<A"),
            "<speak><voice name=\"cmn-latn-pinyin\">hao4 &lt;A</voice></speak>"
        );
    }
}
