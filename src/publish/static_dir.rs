//! The static target: a directory any web server or CDN serves as it is.
//!
//! Laid out as `docs/wait-anywhere.md` says: the page files at the root,
//! `data/offices/OFFICE.json`, `data/tickets/ID.json`, `data/ward.json`
//! and `open/congestion.json`. Each file is replaced atomically (a
//! temporary file in the same folder, then a rename), so a server never
//! sends half a file. Files are not synced to disk: they are made again
//! from the next snapshot a few seconds later, and a flush per ticket would
//! cost more than the whole rewrite.
//!
//! Several hubs may share one directory: each writes its office file and
//! its own tickets, removes only its own tickets that left its snapshot
//! (found again after a restart by the `office` of the files), and makes
//! the ward's files from every office file present.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::{OfficeView, PageFiles, Snapshot, WardView, is_ticket_id};

/// What one [`StaticDir::write`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Written {
    /// Files replaced (unchanged ones are left alone).
    pub files: usize,
    /// Ticket files removed (expired or gone from the snapshot).
    pub removed: usize,
}

/// One office's view of a static directory.
pub struct StaticDir {
    root: PathBuf,
    office: String,
    /// Ticket files of this office on disk, by id, with the hash of what they hold.
    tickets: HashMap<String, u64>,
    office_hash: Option<u64>,
    pages_written: bool,
}

impl StaticDir {
    /// Opens (creating) the directory for `office`, finding the ticket
    /// files an earlier run of its hub left there.
    pub fn open(root: &Path, office: &str) -> std::io::Result<StaticDir> {
        for sub in ["data/offices", "data/tickets", "open"] {
            std::fs::create_dir_all(root.join(sub))?;
        }
        let mut tickets = HashMap::new();
        for entry in std::fs::read_dir(root.join("data/tickets"))? {
            let path = entry?.path();
            let Some(id) = ticket_file_id(&path) else {
                continue;
            };
            let ours = std::fs::read(&path)
                .ok()
                .and_then(|bytes| serde_json::from_slice::<OfficeOf>(&bytes).ok())
                .is_some_and(|file| file.office == office);
            if ours {
                // A hash nothing matches: rewritten or removed at the first write.
                tickets.insert(id.to_owned(), 0);
            }
        }
        Ok(StaticDir {
            root: root.to_owned(),
            office: office.to_owned(),
            tickets,
            office_hash: None,
            pages_written: false,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Writes what changed since the last call: the page files (once per
    /// run), the office file, its tickets, and the ward's two files.
    pub fn write(&mut self, snapshot: &Snapshot, pages: &PageFiles) -> std::io::Result<Written> {
        debug_assert_eq!(snapshot.office, self.office);
        let mut written = Written::default();
        if !self.pages_written {
            for (name, bytes) in pages {
                let Some(path) = safe_join(&self.root, name) else {
                    tracing::warn!(file = %name, "page file with an unsafe path not written");
                    continue;
                };
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                replace(&path, bytes)?;
                written.files += 1;
            }
            self.pages_written = true;
        }
        let office = json(&snapshot.office_view());
        let hash = hash_of(&office);
        if self.office_hash != Some(hash) {
            replace(&self.office_file(&self.office), &office)?;
            self.office_hash = Some(hash);
            written.files += 1;
        }
        for id in snapshot.tickets.keys() {
            if !is_ticket_id(id) {
                continue;
            }
            let Some(view) = snapshot.ticket_view(id, false) else {
                continue;
            };
            let bytes = json(&view);
            let hash = hash_of(&bytes);
            if self.tickets.get(id) != Some(&hash) {
                replace(&self.ticket_file(id), &bytes)?;
                self.tickets.insert(id.clone(), hash);
                written.files += 1;
            }
        }
        let gone: Vec<String> = self
            .tickets
            .keys()
            .filter(|id| !snapshot.tickets.contains_key(*id))
            .cloned()
            .collect();
        for id in gone {
            match std::fs::remove_file(self.ticket_file(&id)) {
                Ok(()) => written.removed += 1,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
            self.tickets.remove(&id);
        }
        let ward = json(&self.ward()?);
        for path in [
            self.root.join("data/ward.json"),
            self.root.join("open/congestion.json"),
        ] {
            if std::fs::read(&path).ok().as_deref() != Some(ward.as_slice()) {
                replace(&path, &ward)?;
                written.files += 1;
            }
        }
        Ok(written)
    }

    /// The ward of every office file in the directory (other hubs' too).
    fn ward(&self) -> std::io::Result<WardView> {
        let mut offices = Vec::new();
        for entry in std::fs::read_dir(self.root.join("data/offices"))? {
            let path = entry?.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            match std::fs::read(&path).map(|b| serde_json::from_slice::<OfficeView>(&b)) {
                Ok(Ok(office)) => offices.push(office),
                Ok(Err(error)) => {
                    tracing::warn!(file = %path.display(), %error, "office file not read")
                }
                // Removed between listing and reading: another hub's business.
                Err(_) => {}
            }
        }
        Ok(WardView::of(offices))
    }

    fn office_file(&self, office: &str) -> PathBuf {
        self.root.join(format!("data/offices/{office}.json"))
    }

    fn ticket_file(&self, id: &str) -> PathBuf {
        self.root.join(format!("data/tickets/{id}.json"))
    }
}

#[derive(serde::Deserialize)]
struct OfficeOf {
    office: String,
}

fn ticket_file_id(path: &Path) -> Option<&str> {
    let id = path.file_name()?.to_str()?.strip_suffix(".json")?;
    is_ticket_id(id).then_some(id)
}

fn json(value: &impl serde::Serialize) -> Vec<u8> {
    serde_json::to_vec(value).expect("views are plain data")
}

fn hash_of(bytes: &[u8]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

/// `root/name` when `name` is a plain relative path (no `..`, not absolute).
fn safe_join(root: &Path, name: &str) -> Option<PathBuf> {
    let path = Path::new(name);
    path.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| root.join(path))
}

/// Replaces `path` with `bytes`: a temporary file in the same folder (so
/// the rename is atomic), unique to this process and write, renamed over it.
fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static WRITES: AtomicU64 = AtomicU64::new(0);
    let folder = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temp = folder.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        WRITES.fetch_add(1, Ordering::Relaxed)
    ));
    let result = std::fs::File::create(&temp)
        .and_then(|mut file| file.write_all(bytes))
        .and_then(|()| std::fs::rename(&temp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::snapshot::tests::sample;

    const ID: &str = "AAAAAAAAAAAAAAAAAAAAAA";

    #[test]
    fn unsafe_page_paths_are_not_joined() {
        let root = Path::new("/srv/wait");
        assert!(safe_join(root, "ticket.html").is_some());
        assert!(safe_join(root, "img/a.svg").is_some());
        assert!(safe_join(root, "../x").is_none());
        assert!(safe_join(root, "/etc/x").is_none());
    }

    #[test]
    fn unchanged_files_are_not_rewritten_and_others_tickets_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let pages = PageFiles::from([("ticket.html".to_owned(), b"<p>".to_vec())]);
        let mut honcho = StaticDir::open(dir.path(), "honcho").unwrap();
        let first = honcho.write(&sample("honcho", ID, 1), &pages).unwrap();
        // Page, office, ticket, ward, congestion.
        assert_eq!(first.files, 5);
        let again = honcho.write(&sample("honcho", ID, 2), &pages).unwrap();
        assert_eq!(again, Written::default());
        let other = "BBBBBBBBBBBBBBBBBBBBBB";
        let mut kita = StaticDir::open(dir.path(), "kita").unwrap();
        kita.write(&sample("kita", other, 1), &pages).unwrap();
        // A restarted honcho hub whose ticket expired removes its own file only.
        let mut restarted = StaticDir::open(dir.path(), "honcho").unwrap();
        let mut empty = sample("honcho", ID, 3);
        empty.tickets.clear();
        let written = restarted.write(&empty, &pages).unwrap();
        assert_eq!(written.removed, 1);
        assert!(!dir.path().join(format!("data/tickets/{ID}.json")).exists());
        assert!(
            dir.path()
                .join(format!("data/tickets/{other}.json"))
                .exists()
        );
        let ward: WardView =
            serde_json::from_slice(&std::fs::read(dir.path().join("data/ward.json")).unwrap())
                .unwrap();
        assert_eq!(ward.offices.len(), 2);
    }
}
