//! Building a [`Catalog`] from its files: compiled in, read from a folder,
//! or both laid over each other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{Dir, include_dir};

use super::file::{BundleFile, ProcedureFile, SharedFile};
use super::resolve::{local_field, resolve_bundle, resolve_procedure};
use super::{Catalog, TownChome};
use crate::domain::model::{Bundle, Procedure};
use crate::domain::validate::PREFECTURES;
use crate::i18n::Message;
use crate::toml_file::{self, ConfigProblem};

static EMBEDDED_PROCEDURES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/config/procedures");

/// A source file of the catalogue: its path (for problems) and text.
type Source = (PathBuf, String);

impl Catalog {
    /// The shipped catalogue, compiled in. Built once per process.
    pub fn embedded() -> Catalog {
        static EMBEDDED: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                // The shipped files are checked by tests; a problem there is a build defect.
                Catalog::from_sources(embedded_sources()).unwrap_or_else(|problems| {
                    let list: Vec<String> = problems.iter().map(|p| format!("{p:?}")).collect();
                    panic!("shipped catalogue is invalid: {}", list.join("; "))
                })
            })
            .clone()
    }

    /// The shipped catalogue with the files of `dir` laid over it (same file
    /// name replaces, new names add). `None` is the shipped catalogue.
    pub fn load(dir: Option<&Path>) -> Result<Catalog, Vec<ConfigProblem>> {
        let Some(dir) = dir else {
            return Ok(Catalog::embedded());
        };
        let mut sources: BTreeMap<String, Source> = embedded_sources()
            .into_iter()
            .map(|(path, text)| (file_name(&path), (path, text)))
            .collect();
        for (path, text) in read_dir_sources(dir)? {
            sources.insert(file_name(&path), (path, text));
        }
        Catalog::from_sources(sources.into_values())
    }

    /// Only the files of `dir`, without the shipped ones.
    pub fn load_dir(dir: &Path) -> Result<Catalog, Vec<ConfigProblem>> {
        Catalog::from_sources(read_dir_sources(dir)?)
    }

    /// The catalogue a file belongs to, for `config check`: when the file sits
    /// in a catalogue folder (named `procedures`, or holding `_shared.toml` or
    /// `bundles.toml`) that whole folder is laid over the shipped catalogue, so
    /// a ward's own shared fields resolve; otherwise only this file is.
    pub fn check_file(path: &Path) -> Result<Catalog, Vec<ConfigProblem>> {
        let text =
            std::fs::read_to_string(path).map_err(|e| vec![ConfigProblem::unreadable(path, &e)])?;
        let dir = path.parent().filter(|d| {
            d.file_name().is_some_and(|n| n == "procedures")
                || d.join("_shared.toml").is_file()
                || d.join("bundles.toml").is_file()
        });
        let mut sources: BTreeMap<String, Source> = embedded_sources()
            .into_iter()
            .map(|(p, t)| (file_name(&p), (p, t)))
            .collect();
        if let Some(dir) = dir {
            for (p, t) in read_dir_sources(dir)? {
                sources.insert(file_name(&p), (p, t));
            }
        }
        sources.insert(file_name(path), (path.to_owned(), text));
        Catalog::from_sources(sources.into_values())
    }

    /// Builds a catalogue from file texts; reports every problem at once.
    pub fn from_sources(
        sources: impl IntoIterator<Item = Source>,
    ) -> Result<Catalog, Vec<ConfigProblem>> {
        let mut problems = Vec::new();
        let mut shared_files = Vec::new();
        let mut procedure_files = Vec::new();
        let mut bundle_files = Vec::new();
        // Procedures whose file is broken, by file name (= id).
        let mut broken: BTreeSet<String> = BTreeSet::new();
        for (path, text) in sources {
            let name = file_name(&path);
            let Some(stem) = name.strip_suffix(".toml") else {
                continue;
            };
            if stem.starts_with('_') {
                match toml_file::parse::<SharedFile>(&path, &text) {
                    Ok(file) => shared_files.push((path, text, file)),
                    Err(found) => problems.extend(found),
                }
            } else if stem.starts_with("bundles") {
                match toml_file::parse::<BundleFile>(&path, &text) {
                    Ok(file) => bundle_files.push((path, text, file)),
                    Err(found) => problems.extend(found),
                }
            } else {
                let parsed = toml_file::parse::<ProcedureFile>(&path, &text);
                if !parsed.as_ref().is_ok_and(|file| file.id == stem) {
                    broken.insert(stem.to_owned());
                }
                match parsed {
                    Ok(file) if file.id != stem => problems.push(problem(
                        &path,
                        &text,
                        "id",
                        Message::new("config-procedure-id-not-file-name")
                            .arg("id", file.id.as_str())
                            .arg("file", name.as_str()),
                    )),
                    Ok(file) => procedure_files.push((path, text, file)),
                    Err(found) => problems.extend(found),
                }
            }
        }

        let mut shared = BTreeMap::new();
        for (path, text, file) in &shared_files {
            for (i, entry) in file.fields.iter().enumerate() {
                let id = entry.id.clone().unwrap_or_default();
                let field = local_field(entry, id.clone(), id.clone(), true);
                if shared.insert(id.clone(), field).is_some() {
                    problems.push(problem(
                        path,
                        text,
                        &format!("fields[{i}].id"),
                        Message::new("config-procedure-duplicate").arg("id", id),
                    ));
                }
            }
        }

        let mut towns = TownChome::new();
        for (path, text, file) in &shared_files {
            for (i, entry) in file.towns.iter().enumerate() {
                let at = |key: &str| format!("towns[{i}].{key}");
                if !PREFECTURES.contains(&entry.prefecture.as_str()) {
                    problems.push(problem(
                        path,
                        text,
                        &at("prefecture"),
                        Message::new("config-town-prefecture")
                            .arg("value", entry.prefecture.as_str()),
                    ));
                }
                if !(1..=99).contains(&entry.chome) {
                    problems.push(problem(
                        path,
                        text,
                        &at("chome"),
                        Message::new("config-town-chome").arg("value", entry.chome),
                    ));
                }
                let key = (
                    entry.prefecture.clone(),
                    entry.city.clone(),
                    entry.town.clone(),
                );
                if towns.insert(key, entry.chome).is_some() {
                    problems.push(problem(
                        path,
                        text,
                        &at("town"),
                        Message::new("config-procedure-duplicate").arg(
                            "id",
                            format!("{}{}{}", entry.prefecture, entry.city, entry.town),
                        ),
                    ));
                }
            }
        }

        let mut procedures: Vec<Arc<Procedure>> = Vec::new();
        for (path, text, file) in procedure_files {
            if procedures.iter().any(|p| p.id == file.id) {
                problems.push(problem(
                    &path,
                    &text,
                    "id",
                    Message::new("config-procedure-duplicate").arg("id", file.id.as_str()),
                ));
                continue;
            }
            match resolve_procedure(&file, &shared) {
                Ok(procedure) => procedures.push(Arc::new(procedure)),
                Err(found) => {
                    broken.insert(file.id.clone());
                    problems.extend(
                        found
                            .into_iter()
                            .map(|(at, m)| problem(&path, &text, &at, m)),
                    )
                }
            }
        }
        procedures.sort_by(|a, b| a.id.cmp(&b.id));

        let mut bundles = Vec::new();
        for (path, text, file) in &bundle_files {
            for (i, entry) in file.bundles.iter().enumerate() {
                if bundles.iter().any(|b: &Bundle| b.id == entry.id) {
                    problems.push(problem(
                        path,
                        text,
                        &format!("bundles[{i}].id"),
                        Message::new("config-procedure-duplicate").arg("id", entry.id.as_str()),
                    ));
                    continue;
                }
                // A procedure already reported broken is not reported again per bundle.
                if entry.procedures.iter().any(|id| broken.contains(id)) {
                    continue;
                }
                match resolve_bundle(entry, &procedures) {
                    Ok(bundle) => bundles.push(bundle),
                    Err(found) => problems.extend(
                        found
                            .into_iter()
                            .map(|(at, m)| problem(path, text, &format!("bundles[{i}].{at}"), m)),
                    ),
                }
            }
        }

        if problems.is_empty() {
            Ok(Catalog {
                procedures,
                bundles,
                shared,
                towns: Arc::new(towns),
            })
        } else {
            Err(problems)
        }
    }
}

fn problem(path: &Path, text: &str, key_path: &str, message: Message) -> ConfigProblem {
    ConfigProblem {
        file: path.to_owned(),
        line: toml_file::line_of_key(text, key_path),
        message,
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn embedded_sources() -> Vec<Source> {
    EMBEDDED_PROCEDURES
        .files()
        .filter_map(|f| {
            let text = f.contents_utf8()?;
            Some((
                Path::new("config/procedures").join(f.path()),
                text.to_owned(),
            ))
        })
        .collect()
}

fn read_dir_sources(dir: &Path) -> Result<Vec<Source>, Vec<ConfigProblem>> {
    let entries = std::fs::read_dir(dir).map_err(|e| vec![ConfigProblem::unreadable(dir, &e)])?;
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "toml") {
            match std::fs::read_to_string(&path) {
                Ok(text) => sources.push((path, text)),
                Err(e) => problems.push(ConfigProblem::unreadable(&path, &e)),
            }
        }
    }
    sources.sort();
    if problems.is_empty() {
        Ok(sources)
    } else {
        Err(problems)
    }
}
