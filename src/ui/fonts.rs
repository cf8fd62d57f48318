//! Fonts: which system font files the kiosk loads, and which family each
//! language is drawn with.
//!
//! iced's font system starts with no system fonts at all, so without this
//! module every Japanese character would be an empty box. At start-up we read
//! the files of [`crate::i18n::fonts::FONT_FILES`] (the one list, also used
//! by `madoguchi i18n check` to prove glyph coverage, and by the ticket
//! slip printer) with [`load`] and hand their bytes to iced. Each is looked for at its Debian path, then by file name in
//! `$MADOGUCHI_FONT_DIR` and [`SEARCH_DIRS`] (other distributions). A missing
//! file is a clear warning naming the package to install, never a crash.
//!
//! Each language is drawn with the family made for it: Han characters look
//! different in Japanese, Simplified and Traditional Chinese and Korean
//! typography, so `zh-Hant` text uses Noto Sans CJK TC and not the JP face.

use iced::Font;
use iced::font::{Family, Weight};

use crate::i18n::Lang;
// Finding the files is plain Rust (the slip printer uses it too).
pub use crate::i18n::fonts::{LoadedFonts, SEARCH_DIRS, load, load_from};

pub const JAPANESE: &str = "Noto Sans CJK JP";
pub const SIMPLIFIED_CHINESE: &str = "Noto Sans CJK SC";
pub const TRADITIONAL_CHINESE: &str = "Noto Sans CJK TC";
pub const KOREAN: &str = "Noto Sans CJK KR";
pub const DEVANAGARI: &str = "Noto Sans Devanagari";
pub const LATIN: &str = "Noto Sans";

impl LoadedFonts {
    /// The default font: Japanese if we have it, since Japanese is the
    /// source language and the CJK face also covers Latin and kana.
    pub fn default_font(&self) -> Font {
        if self.has("NotoSansCJK-Regular.ttc") {
            Font::with_name(JAPANESE)
        } else if self.has("NotoSans-Regular.ttf") {
            Font::with_name(LATIN)
        } else {
            Font::DEFAULT
        }
    }
}

/// The regular face a language's text is drawn with.
pub fn font_for(lang: Lang) -> Font {
    Font::with_name(family_for(lang))
}

/// The bold face for headings and the queue number.
pub fn bold_for(lang: Lang) -> Font {
    Font {
        weight: Weight::Bold,
        ..font_for(lang)
    }
}

pub fn family_for(lang: Lang) -> &'static str {
    // One mapping for the windows and `madoguchi i18n check`.
    crate::i18n::fonts::family_for(lang.code())
}

/// How far (in ems) to lower a line of `font` so it looks centred beside
/// the other scripts' lines in a button: Noto Sans Devanagari's line box
/// reserves more room below the baseline than above, which sets its text high.
/// Centred content moves by half of a one-sided padding: pad the top by twice this.
pub fn optical_drop(font: Font) -> f32 {
    match font.family {
        Family::Name(DEVANAGARI) => 0.15,
        _ => 0.0,
    }
}

/// Whether a font names one of our families (used by tests of the views).
pub fn is_ours(font: Font) -> bool {
    matches!(font.family, Family::Name(name) if [JAPANESE, SIMPLIFIED_CHINESE, TRADITIONAL_CHINESE, KOREAN, DEVANAGARI, LATIN].contains(&name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::fonts::FONT_FILES;

    #[test]
    fn every_language_has_a_family_made_for_its_script() {
        let family = |code| family_for(Lang::parse(code).unwrap());
        assert_eq!(family("ja-x-easy"), JAPANESE);
        assert_eq!(family("zh-Hant"), TRADITIONAL_CHINESE);
        assert_eq!(family("ne"), DEVANAGARI);
        assert_eq!(family("vi"), LATIN);
        assert!(Lang::all().all(|l| is_ours(font_for(l))));
    }

    #[test]
    fn missing_files_are_reported_and_present_ones_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("NotoSans-Regular.ttf"),
            b"not really a font",
        )
        .unwrap();
        let loaded = load_from(&[dir.path().to_path_buf()], false);
        assert_eq!(loaded.found.len(), 1);
        assert_eq!(loaded.bytes.len(), 1);
        assert_eq!(loaded.missing.len(), FONT_FILES.len() - 1);
        assert!(loaded.missing.iter().any(|f| f.package == "fonts-noto-cjk"));
        assert_eq!(loaded.default_font(), Font::with_name(LATIN));
    }
}
