//! The fonts a form is set in, read from the Debian paths of
//! [`crate::i18n::fonts::FONT_FILES`] and `fonts-noto-cjk`'s serif files,
//! and how wide a text is in them.
//!
//! Japanese labels are Noto Sans CJK JP, titles its bold, names IPAmj明朝
//! (`fonts-ipamj-mincho`, the 行政事務標準文字 a name may need) or, where it
//! is not installed, Noto Serif CJK JP. A resident's labels on the 控え use
//! the family of their language ([`family_for`]). A character the chosen
//! face lacks falls back to the next face that has it, so a Latin word in
//! Nepali text still prints.

use std::sync::Arc;

use krilla::text::Font;

use super::PaperError;
use crate::i18n::fonts::{FONT_FILES, family_for};

const SERIF: &str = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";
const IPAMJ: &str = "/usr/share/fonts/truetype/ipamj/ipamjm.ttf";

/// The role a text plays, which picks its face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Labels and values.
    Text,
    /// Titles and headings.
    Bold,
    /// People's names.
    Name,
    /// Labels in the resident's language.
    Resident,
}

/// One face: the file's bytes (shared by faces of a collection) and its index.
#[derive(Clone)]
struct Face {
    data: Arc<Vec<u8>>,
    index: u32,
    font: Font,
}

impl Face {
    fn parsed(&self) -> Option<ttf_parser::Face<'_>> {
        ttf_parser::Face::parse(&self.data, self.index).ok()
    }
}

/// The faces of a form, loaded once and used for many forms.
#[derive(Clone)]
pub struct Fonts {
    /// Sans JP, bold JP, name face, then the Latin and Devanagari fallbacks.
    faces: Vec<Face>,
    /// Face index per resident language family, by family name.
    families: Vec<(String, usize)>,
}

/// A run of text in one face.
pub struct Run<'t> {
    pub text: &'t str,
    pub font: Font,
    /// Width at size 1.
    pub width: f32,
}

impl Fonts {
    /// Reads the font files; a missing Noto CJK file is an error naming
    /// the Debian package, IPAmj明朝 and the Latin/Devanagari faces are used
    /// when present.
    pub fn load() -> Result<Fonts, PaperError> {
        let sans = required(FONT_FILES[0].path, FONT_FILES[0].package)?;
        let bold = required(FONT_FILES[1].path, FONT_FILES[1].package)?;
        let serif = required(SERIF, "fonts-noto-cjk")?;
        let mut faces = vec![
            face(&sans, "Noto Sans CJK JP")?,
            face(&bold, "Noto Sans CJK JP")?,
        ];
        match std::fs::read(IPAMJ) {
            Ok(bytes) => faces.push(face(&Arc::new(bytes), "IPAmj明朝")?),
            Err(_) => faces.push(face(&serif, "Noto Serif CJK JP")?),
        }
        let mut families = vec![("Noto Sans CJK JP".to_owned(), 0)];
        for family in ["Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans CJK TC"] {
            families.push((family.to_owned(), faces.len()));
            faces.push(face(&sans, family)?);
        }
        for file in FONT_FILES
            .iter()
            .skip(2)
            .filter(|f| f.path.contains("Regular"))
        {
            if let Ok(bytes) = std::fs::read(file.path) {
                let bytes = Arc::new(bytes);
                let Some(name) = family_name(&bytes, 0) else {
                    continue;
                };
                families.push((name, faces.len()));
                faces.push(face_at(&bytes, 0)?);
            }
        }
        Ok(Fonts { faces, families })
    }

    /// The face a role starts with, for the resident's language `lang`.
    fn primary(&self, role: Role, lang: &str) -> usize {
        match role {
            Role::Text => 0,
            Role::Bold => 1,
            Role::Name => 2,
            Role::Resident => {
                let family = family_for(lang);
                self.families
                    .iter()
                    .find(|(name, _)| name == family)
                    .map_or(0, |(_, i)| *i)
            }
        }
    }

    /// The text cut into runs, each in the first face (the role's, then the
    /// others in order) that has a glyph for its characters.
    pub fn runs<'t>(&self, text: &'t str, role: Role, lang: &str) -> Vec<Run<'t>> {
        let primary = self.primary(role, lang);
        let parsed: Vec<Option<ttf_parser::Face<'_>>> =
            self.faces.iter().map(Face::parsed).collect();
        let pick = |ch: char| -> usize {
            if ch.is_whitespace() {
                return primary;
            }
            std::iter::once(primary)
                .chain(0..parsed.len())
                .find(|&i| {
                    parsed[i]
                        .as_ref()
                        .is_some_and(|f| f.glyph_index(ch).is_some())
                })
                .unwrap_or(primary)
        };
        let mut runs: Vec<(usize, usize, usize)> = Vec::new();
        for (at, ch) in text.char_indices() {
            let face = pick(ch);
            match runs.last_mut() {
                Some((last, _, end)) if *last == face => *end = at + ch.len_utf8(),
                _ => runs.push((face, at, at + ch.len_utf8())),
            }
        }
        runs.into_iter()
            .map(|(face, start, end)| {
                let text = &text[start..end];
                Run {
                    text,
                    font: self.faces[face].font.clone(),
                    width: advance(parsed[face].as_ref(), text),
                }
            })
            .collect()
    }

    /// Width of a text at size 1.
    pub fn width(&self, text: &str, role: Role, lang: &str) -> f32 {
        self.runs(text, role, lang).iter().map(|r| r.width).sum()
    }
}

fn advance(face: Option<&ttf_parser::Face<'_>>, text: &str) -> f32 {
    let Some(face) = face else { return 0.0 };
    let em = f32::from(face.units_per_em());
    text.chars()
        .map(|ch| {
            face.glyph_index(ch)
                .and_then(|g| face.glyph_hor_advance(g))
                .map_or(em / 2.0, f32::from)
        })
        .sum::<f32>()
        / em
}

fn required(path: &'static str, package: &'static str) -> Result<Arc<Vec<u8>>, PaperError> {
    std::fs::read(path)
        .map(Arc::new)
        .map_err(|_| PaperError::FontMissing { path, package })
}

/// The face of a collection whose family is `family`.
fn face(data: &Arc<Vec<u8>>, family: &str) -> Result<Face, PaperError> {
    let count = ttf_parser::fonts_in_collection(data).unwrap_or(1);
    let index = (0..count)
        .find(|&i| family_name(data, i).is_some_and(|name| name == family))
        .unwrap_or(0);
    face_at(data, index)
}

fn face_at(data: &Arc<Vec<u8>>, index: u32) -> Result<Face, PaperError> {
    let font = Font::new(krilla::Data::from(data.clone()), index)
        .ok_or_else(|| PaperError::Pdf(format!("font face {index} unreadable")))?;
    Ok(Face {
        data: data.clone(),
        index,
        font,
    })
}

fn family_name(data: &[u8], index: u32) -> Option<String> {
    let face = ttf_parser::Face::parse(data, index).ok()?;
    let names = face.names();
    (0..names.len())
        .filter_map(|i| names.get(i))
        .filter(|n| n.name_id == ttf_parser::name_id::FAMILY && n.is_unicode())
        .find_map(|n| n.to_string())
}
