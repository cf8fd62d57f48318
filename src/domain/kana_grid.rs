//! The kana grid of the kiosk's reading questions: the 50音 table, and the
//! ゛ ゜ and small-kana keys that change the last character typed.

use super::input;
use super::model::Kana;

/// The 50音 grid by column (あ行 … わ行), five rows each; `None` is a gap.
pub const GOJUON: [[Option<char>; 5]; 11] = [
    [Some('あ'), Some('い'), Some('う'), Some('え'), Some('お')],
    [Some('か'), Some('き'), Some('く'), Some('け'), Some('こ')],
    [Some('さ'), Some('し'), Some('す'), Some('せ'), Some('そ')],
    [Some('た'), Some('ち'), Some('つ'), Some('て'), Some('と')],
    [Some('な'), Some('に'), Some('ぬ'), Some('ね'), Some('の')],
    [Some('は'), Some('ひ'), Some('ふ'), Some('へ'), Some('ほ')],
    [Some('ま'), Some('み'), Some('む'), Some('め'), Some('も')],
    [Some('や'), None, Some('ゆ'), None, Some('よ')],
    [Some('ら'), Some('り'), Some('る'), Some('れ'), Some('ろ')],
    [Some('わ'), None, Some('を'), None, Some('ん')],
    [Some('ー'), None, None, None, None],
];

/// Hiragana `c` in the syllabary asked (katakana for [`Kana::Katakana`] and
/// [`Kana::Either`], which is what most forms print).
pub fn in_kana(c: char, kana: Kana) -> char {
    match kana {
        Kana::Hiragana => c,
        _ => input::to_katakana(&c.to_string())
            .chars()
            .next()
            .unwrap_or(c),
    }
}

const DAKUTEN: &str =
    "かがきぎくぐけげこごさざしじすずせぜそぞただちぢつづてでとどはばひびふぶへべほぼうゔ";
const HANDAKUTEN: &str = "はぱひぴふぷへぺほぽ";
const SMALL: &str = "あぁいぃうぅえぇおぉつっやゃゆゅよょわゎ";

/// A modifier key of the kana grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KanaMark {
    /// ゛
    Dakuten,
    /// ゜
    Handakuten,
    /// 小
    Small,
}

/// The last character of `text` with a mark toggled (か→が→か, は→ぱ,
/// つ→っ), for hiragana and katakana; unchanged when the mark does not apply.
pub fn toggle_mark(text: &mut String, mark: KanaMark) {
    let Some(last) = text.pop() else { return };
    let katakana = matches!(last, 'ァ'..='ヺ');
    let hira = if katakana {
        char::from_u32(last as u32 - 0x60).unwrap_or(last)
    } else {
        last
    };
    let table: Vec<char> = match mark {
        KanaMark::Dakuten => DAKUTEN.chars().collect(),
        KanaMark::Handakuten => HANDAKUTEN.chars().collect(),
        KanaMark::Small => SMALL.chars().collect(),
    };
    // A voiced kana pressed with ゜ (ば→ぱ) or a half-voiced one with ゛ (ぱ→ば).
    let base = DAKUTEN
        .chars()
        .collect::<Vec<_>>()
        .chunks(2)
        .chain(HANDAKUTEN.chars().collect::<Vec<_>>().chunks(2))
        .find(|pair| pair[1] == hira && !table.contains(&hira))
        .map(|pair| pair[0])
        .unwrap_or(hira);
    let toggled = table
        .chunks(2)
        .find_map(|pair| {
            if pair[0] == base {
                Some(pair[1])
            } else if pair[1] == base {
                Some(pair[0])
            } else {
                None
            }
        })
        .unwrap_or(hira);
    let out = if katakana {
        char::from_u32(toggled as u32 + 0x60).unwrap_or(toggled)
    } else {
        toggled
    };
    text.push(out);
}
