//! Which font files the windows load, and which family each language uses.
//!
//! iced draws nothing it has no glyph for (a box, "tofu"), and CJK glyph
//! shapes differ between Japanese, Simplified and Traditional Chinese and
//! Korean, so the family is chosen per language. The files come from Debian
//! packages that `scripts/setup.sh` installs; a missing file is a startup
//! warning that names the package, and `madoguchi i18n check` proves that
//! every character of every message is covered. Finding the files ([`load`])
//! is plain Rust here: the windows (`ui::fonts`) and the ticket slip
//! printer ([`crate::print`]) read the same files.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// A font file the windows load, and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FontFile {
    pub path: &'static str,
    /// The Debian package that installs it.
    pub package: &'static str,
    /// What it is there for.
    pub covers: &'static str,
}

/// Every font file the windows load, in preference order.
pub const FONT_FILES: &[FontFile] = &[
    FontFile {
        path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        package: "fonts-noto-cjk",
        covers: "Japanese, Chinese (Simplified, Traditional), Korean",
    },
    FontFile {
        path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        package: "fonts-noto-cjk",
        covers: "Japanese, Chinese (Simplified, Traditional), Korean (bold)",
    },
    FontFile {
        path: "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        package: "fonts-noto-core",
        covers: "Latin with Vietnamese diacritics",
    },
    FontFile {
        path: "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
        package: "fonts-noto-core",
        covers: "Latin with Vietnamese diacritics (bold)",
    },
    FontFile {
        path: "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
        package: "fonts-noto-core",
        covers: "Devanagari (Nepali)",
    },
    FontFile {
        path: "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Bold.ttf",
        package: "fonts-noto-core",
        covers: "Devanagari (Nepali) (bold)",
    },
];

/// The font family name a language's text is set in. Glyphs a family lacks
/// (a Latin word in Nepali text) fall back to the other loaded fonts.
pub fn family_for(lang_code: &str) -> &'static str {
    match lang_code {
        "zh-Hans" => "Noto Sans CJK SC",
        "zh-Hant" => "Noto Sans CJK TC",
        "ko" => "Noto Sans CJK KR",
        "ne" => "Noto Sans Devanagari",
        "en" | "vi" | "fil" | "pt-BR" | "es" | "id" => "Noto Sans",
        _ => "Noto Sans CJK JP",
    }
}

/// Folders searched, after `$MADOGUCHI_FONT_DIR` when set.
pub const SEARCH_DIRS: &[&str] = &[
    "/usr/share/fonts/opentype/noto",
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/noto-cjk",
    "/usr/share/fonts/google-noto-cjk",
    "/usr/share/fonts/noto",
    "/usr/share/fonts/google-noto",
    "/usr/local/share/fonts",
];

/// The outcome of [`load`].
#[derive(Debug, Default)]
pub struct LoadedFonts {
    /// Bytes for `iced::Settings::fonts` and the slip printer's text.
    pub bytes: Vec<Cow<'static, [u8]>>,
    pub found: Vec<PathBuf>,
    pub missing: Vec<&'static FontFile>,
}

impl LoadedFonts {
    /// Whether the file named `file` (no folder) was found.
    pub fn has(&self, file: &str) -> bool {
        self.found
            .iter()
            .any(|p| p.file_name().is_some_and(|n| n == file))
    }
}

/// Reads every wanted font file that exists; warns once per missing file.
pub fn load() -> LoadedFonts {
    let mut dirs: Vec<PathBuf> = Vec::new();
    if let Some(dir) = std::env::var_os("MADOGUCHI_FONT_DIR") {
        dirs.push(dir.into());
    }
    dirs.extend(SEARCH_DIRS.iter().map(PathBuf::from));
    load_from(&dirs, true)
}

/// [`load`] over explicit folders (tests use a temporary one);
/// `exact_paths`: also try each file's own Debian path first.
pub fn load_from(dirs: &[PathBuf], exact_paths: bool) -> LoadedFonts {
    let mut loaded = LoadedFonts::default();
    for wanted in FONT_FILES {
        let exact = Path::new(wanted.path);
        let found = if exact_paths && exact.is_file() {
            Some(exact.to_owned())
        } else {
            find(dirs, file_name(wanted))
        };
        match found.map(|p| (std::fs::read(&p), p)) {
            Some((Ok(bytes), path)) => {
                tracing::debug!(path = %path.display(), "font loaded");
                loaded.bytes.push(Cow::Owned(bytes));
                loaded.found.push(path);
            }
            Some((Err(error), path)) => {
                tracing::warn!(path = %path.display(), %error, "font file unreadable; {} will show as boxes", wanted.covers);
                loaded.missing.push(wanted);
            }
            None => {
                tracing::warn!(
                    file = wanted.path,
                    package = wanted.package,
                    "font missing: {} will show as empty boxes; install the Debian package {} (or set MADOGUCHI_FONT_DIR)",
                    wanted.covers,
                    wanted.package,
                );
                loaded.missing.push(wanted);
            }
        }
    }
    loaded
}

fn file_name(file: &FontFile) -> &'static str {
    file.path.rsplit('/').next().unwrap_or(file.path)
}

fn find(dirs: &[PathBuf], file: &str) -> Option<PathBuf> {
    dirs.iter()
        .map(|d| d.join(file))
        .find(|p| Path::new(p).is_file())
}

/// A font file that is expected but not installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingFont {
    pub path: &'static str,
    pub package: &'static str,
}

/// The font files present on this machine, with their bytes, and those missing.
pub fn load_font_files() -> (Vec<(&'static FontFile, Vec<u8>)>, Vec<MissingFont>) {
    let mut loaded = Vec::new();
    let mut missing = Vec::new();
    for file in FONT_FILES {
        match std::fs::read(file.path) {
            Ok(bytes) => loaded.push((file, bytes)),
            Err(_) => missing.push(MissingFont {
                path: file.path,
                package: file.package,
            }),
        }
    }
    (loaded, missing)
}

/// Character coverage of a set of font files (every face of a collection).
pub struct Coverage {
    fonts: Vec<Vec<u8>>,
}

impl Coverage {
    pub fn from_files(paths: &[&Path]) -> Coverage {
        Coverage {
            fonts: paths.iter().filter_map(|p| std::fs::read(p).ok()).collect(),
        }
    }

    pub fn from_bytes(fonts: Vec<Vec<u8>>) -> Coverage {
        Coverage { fonts }
    }

    /// Whether any face of any font has a glyph for `ch`. Whitespace and
    /// invisible formatting characters need none.
    pub fn covers(&self, ch: char) -> bool {
        if ch.is_whitespace()
            || ch.is_control()
            || matches!(ch, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
        {
            return true;
        }
        self.fonts.iter().any(|data| {
            let faces = ttf_parser::fonts_in_collection(data).unwrap_or(1);
            (0..faces).any(|index| {
                ttf_parser::Face::parse(data, index)
                    .ok()
                    .and_then(|face| face.glyph_index(ch))
                    .is_some()
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_family_and_a_font_file_installs_it() {
        for lang in crate::i18n::Lang::all() {
            let family = family_for(lang.code());
            assert!(family.starts_with("Noto Sans"), "{family}");
        }
        assert!(
            FONT_FILES
                .iter()
                .all(|f| f.package.starts_with("fonts-noto"))
        );
    }
}
