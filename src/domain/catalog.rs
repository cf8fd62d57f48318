//! Loading the procedure catalogue from `config/procedures/*.toml`.
//!
//! The catalogue is data, so a ward adds or changes a form without a rebuild.
//! The shipped folder is compiled in ([`Catalog::embedded`]); a folder given at
//! run time is laid over it ([`Catalog::load`]): a file of the same name
//! replaces the shipped one, a new file adds a procedure.
//!
//! Files in the folder, by name:
//!
//! - `_*.toml` (`_shared.toml`): shared fields, `[[fields]]` with an `id` such
//!   as `applicant.name`. Declared once, used by any form with
//!   `{ shared = "applicant.name" }` and answered once for a whole bundle.
//! - `bundles*.toml`: `[[bundles]]` of life events (see [`BundleFile`]).
//! - any other `NAME.toml`: one procedure whose `id` is `NAME` (see [`ProcedureFile`]).
//!
//! A field entry is either a reference `{ shared = "move.date", label = "…" }`
//! (label, help and required may be overridden) or a local field with `id`,
//! `kind` (`text`, `reading`, `date`, `postal`, `address`, `phone`, `choice`,
//! `count`, `yes-no`, `household`), `label` and the kind's options:
//! `script`/`max_len` (text), `kana`/`max_len` (reading), `not_future` (date),
//! `options` (choice), `min`/`max` (count, household), `relationships` (household).
//!
//! A procedure file also has `service` (queue prefix), `name` and `documents`
//! (fluent keys), a `[fee]` (`yen`, `copies` = the count field multiplying it,
//! `[fee.choice]` = a price per option of a choice field) and `[[rules]]`
//! across fields (see [`Rule`]): `notify-window` (a date within N days, a
//! warning), `date-order` (an error), `required-if`, `warn-if`, `household-has`.
//! Rules and fees name the form's field ids (`copies`, `move.date`).
//!
//! Every problem names its file and line ([`ConfigProblem`]); loading never panics
//! on bad input.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{Dir, include_dir};
use serde::Deserialize;

use super::answers::Answers;
use super::model::*;
use super::validate::{self, Problem};
use crate::i18n::Message;
use crate::toml_file::{self, ConfigProblem, Problems, Validate};

static EMBEDDED_PROCEDURES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/config/procedures");

/// Longest text a text field takes unless it says otherwise.
const DEFAULT_MAX_LEN: usize = 100;

/// A field entry as written in TOML.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldFile {
    pub id: Option<String>,
    pub shared: Option<String>,
    pub kind: Option<KindName>,
    pub label: Option<String>,
    pub help: Option<String>,
    pub required: Option<bool>,
    pub script: Option<Script>,
    pub max_len: Option<usize>,
    pub kana: Option<Kana>,
    pub not_future: Option<bool>,
    pub options: Option<Vec<ChoiceOption>>,
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub relationships: Option<Vec<String>>,
}

/// `kind = "..."` of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum KindName {
    Text,
    Reading,
    Date,
    Postal,
    Address,
    Phone,
    Choice,
    Count,
    YesNo,
    Household,
}

/// A procedure file (`juminhyo-utsushi.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureFile {
    pub id: String,
    pub service: String,
    pub name: String,
    #[serde(default)]
    pub documents: Vec<String>,
    #[serde(default)]
    pub fee: Fee,
    #[serde(default)]
    pub fields: Vec<FieldFile>,
    #[serde(default)]
    pub rules: Vec<Rule>,
}

/// A shared-fields file (`_shared.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedFile {
    #[serde(default)]
    pub fields: Vec<FieldFile>,
}

/// A bundles file (`bundles.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleFile {
    #[serde(default)]
    pub bundles: Vec<BundleEntry>,
}

/// One `[[bundles]]` entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleEntry {
    pub id: String,
    pub service: String,
    pub name: String,
    pub procedures: Vec<String>,
    #[serde(default)]
    pub optional: Vec<String>,
    #[serde(default)]
    pub transcribe: Vec<Transcribe>,
    /// Answer key → value the life event decides (転入 → 国保の加入理由).
    #[serde(default)]
    pub preset: BTreeMap<String, String>,
}

/// `{ from = "move.date", to = "kokuho-kanyu.start-date" }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transcribe {
    pub from: String,
    pub to: String,
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
}

fn is_shared_id(s: &str) -> bool {
    s.contains('.') && s.split('.').all(is_slug)
}

fn is_message_key(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn is_service(s: &str) -> bool {
    s.len() == 1 && s.chars().all(|c| c.is_ascii_uppercase())
}

fn check_key(problems: &mut Problems, path: String, key: &str) {
    if !is_message_key(key) {
        problems.at(
            path,
            Message::new("config-procedure-bad-message-key").arg("key", key),
        );
    }
}

/// Checks one field entry on its own; `definition` for `_shared.toml` entries.
fn check_field(field: &FieldFile, at: &str, definition: bool, problems: &mut Problems) {
    if let Some(shared) = &field.shared {
        if definition {
            problems.at(
                format!("{at}.shared"),
                Message::new("config-procedure-shared-in-shared"),
            );
        }
        // A reference may narrow which household members a form lists.
        let relationships_only =
            field.relationships.is_some() && field.min.is_none() && field.max.is_none();
        if field.id.is_some()
            || field.kind.is_some()
            || (has_kind_options(field) && !relationships_only)
        {
            problems.at(
                format!("{at}.shared"),
                Message::new("config-procedure-shared-with-kind").arg("shared", shared.as_str()),
            );
        }
        if let Some(label) = &field.label {
            check_key(problems, format!("{at}.label"), label);
        }
        return;
    }
    match &field.id {
        None => problems.at(at.to_owned(), Message::new("config-procedure-field-no-id")),
        Some(id) if definition && !is_shared_id(id) => problems.at(
            format!("{at}.id"),
            Message::new("config-procedure-bad-shared-id").arg("id", id.as_str()),
        ),
        Some(id) if !definition && !is_slug(id) => problems.at(
            format!("{at}.id"),
            Message::new("config-procedure-bad-id").arg("id", id.as_str()),
        ),
        Some(_) => {}
    }
    match &field.label {
        None => problems.at(
            at.to_owned(),
            Message::new("config-procedure-field-no-label"),
        ),
        Some(label) => check_key(problems, format!("{at}.label"), label),
    }
    if let Some(help) = &field.help {
        check_key(problems, format!("{at}.help"), help);
    }
    let Some(kind) = field.kind else {
        problems.at(
            at.to_owned(),
            Message::new("config-procedure-field-no-kind"),
        );
        return;
    };
    let misplaced = |name: &str, present: bool, allowed: &[KindName], problems: &mut Problems| {
        if present && !allowed.contains(&kind) {
            problems.at(
                format!("{at}.{name}"),
                Message::new("config-procedure-option-not-for-kind").arg("option", name),
            );
        }
    };
    misplaced(
        "script",
        field.script.is_some(),
        &[KindName::Text],
        problems,
    );
    misplaced(
        "max_len",
        field.max_len.is_some(),
        &[KindName::Text, KindName::Reading],
        problems,
    );
    misplaced("kana", field.kana.is_some(), &[KindName::Reading], problems);
    misplaced(
        "not_future",
        field.not_future.is_some(),
        &[KindName::Date],
        problems,
    );
    misplaced(
        "options",
        field.options.is_some(),
        &[KindName::Choice],
        problems,
    );
    misplaced(
        "min",
        field.min.is_some(),
        &[KindName::Count, KindName::Household],
        problems,
    );
    misplaced(
        "max",
        field.max.is_some(),
        &[KindName::Count, KindName::Household],
        problems,
    );
    misplaced(
        "relationships",
        field.relationships.is_some(),
        &[KindName::Household],
        problems,
    );
    if field.max_len == Some(0) {
        problems.at(
            format!("{at}.max_len"),
            Message::new("config-procedure-zero-length"),
        );
    }
    if kind == KindName::Choice {
        let options = field.options.as_deref().unwrap_or_default();
        if options.is_empty() {
            problems.at(
                at.to_owned(),
                Message::new("config-procedure-choice-no-options"),
            );
        }
        let mut seen = BTreeSet::new();
        for (i, option) in options.iter().enumerate() {
            if !is_slug(&option.value) {
                problems.at(
                    format!("{at}.options[{i}].value"),
                    Message::new("config-procedure-bad-id").arg("id", option.value.as_str()),
                );
            }
            if !seen.insert(option.value.as_str()) {
                problems.at(
                    format!("{at}.options[{i}].value"),
                    Message::new("config-procedure-duplicate").arg("id", option.value.as_str()),
                );
            }
            check_key(problems, format!("{at}.options[{i}].label"), &option.label);
        }
    }
    if let (Some(min), Some(max)) = (field.min, field.max)
        && min > max
    {
        problems.at(
            format!("{at}.min"),
            Message::new("config-procedure-min-over-max")
                .arg("min", min)
                .arg("max", max),
        );
    }
    if kind == KindName::Household {
        for (i, relationship) in field.relationships.iter().flatten().enumerate() {
            if !validate::RELATIONSHIPS.contains(&relationship.as_str()) {
                problems.at(
                    format!("{at}.relationships[{i}]"),
                    Message::new("config-procedure-unknown-relationship")
                        .arg("value", relationship.as_str()),
                );
            }
        }
    }
}

fn has_kind_options(f: &FieldFile) -> bool {
    f.script.is_some()
        || f.max_len.is_some()
        || f.kana.is_some()
        || f.not_future.is_some()
        || f.options.is_some()
        || f.min.is_some()
        || f.max.is_some()
        || f.relationships.is_some()
}

impl Validate for ProcedureFile {
    fn validate(&self, problems: &mut Problems) {
        if !is_slug(&self.id) {
            problems.at(
                "id",
                Message::new("config-procedure-bad-id").arg("id", self.id.as_str()),
            );
        }
        if !is_service(&self.service) {
            problems.at(
                "service",
                Message::new("config-procedure-bad-service").arg("service", self.service.as_str()),
            );
        }
        check_key(problems, "name".into(), &self.name);
        for (i, doc) in self.documents.iter().enumerate() {
            check_key(problems, format!("documents[{i}]"), doc);
        }
        let mut ids = BTreeSet::new();
        for (i, field) in self.fields.iter().enumerate() {
            check_field(field, &format!("fields[{i}]"), false, problems);
            let id = field.shared.as_ref().or(field.id.as_ref());
            if let Some(id) = id
                && !ids.insert(id.as_str())
            {
                problems.at(
                    format!("fields[{i}]"),
                    Message::new("config-procedure-duplicate").arg("id", id.as_str()),
                );
            }
        }
        for (i, rule) in self.rules.iter().enumerate() {
            if let Rule::WarnIf { message, .. }
            | Rule::DateOrder {
                message: Some(message),
                ..
            } = rule
            {
                check_key(problems, format!("rules[{i}].message"), message);
            }
        }
    }
}

impl Validate for SharedFile {
    fn validate(&self, problems: &mut Problems) {
        let mut ids = BTreeSet::new();
        for (i, field) in self.fields.iter().enumerate() {
            check_field(field, &format!("fields[{i}]"), true, problems);
            if let Some(id) = &field.id
                && !ids.insert(id.as_str())
            {
                problems.at(
                    format!("fields[{i}].id"),
                    Message::new("config-procedure-duplicate").arg("id", id.as_str()),
                );
            }
        }
    }
}

impl Validate for BundleFile {
    fn validate(&self, problems: &mut Problems) {
        let mut ids = BTreeSet::new();
        for (i, bundle) in self.bundles.iter().enumerate() {
            if !is_slug(&bundle.id) {
                problems.at(
                    format!("bundles[{i}].id"),
                    Message::new("config-procedure-bad-id").arg("id", bundle.id.as_str()),
                );
            }
            if !ids.insert(bundle.id.as_str()) {
                problems.at(
                    format!("bundles[{i}].id"),
                    Message::new("config-procedure-duplicate").arg("id", bundle.id.as_str()),
                );
            }
            if !is_service(&bundle.service) {
                problems.at(
                    format!("bundles[{i}].service"),
                    Message::new("config-procedure-bad-service")
                        .arg("service", bundle.service.as_str()),
                );
            }
            check_key(problems, format!("bundles[{i}].name"), &bundle.name);
            if bundle.procedures.is_empty() {
                problems.at(
                    format!("bundles[{i}]"),
                    Message::new("config-procedure-bundle-empty"),
                );
            }
            for (j, optional) in bundle.optional.iter().enumerate() {
                if !bundle.procedures.contains(optional) {
                    problems.at(
                        format!("bundles[{i}].optional[{j}]"),
                        Message::new("config-procedure-optional-not-in-bundle")
                            .arg("id", optional.as_str()),
                    );
                }
            }
        }
    }
}

/// The procedures and bundles a kiosk offers.
#[derive(Debug, Clone)]
pub struct Catalog {
    procedures: Vec<Arc<Procedure>>,
    bundles: Vec<Bundle>,
    shared: BTreeMap<String, Field>,
}

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
            })
        } else {
            Err(problems)
        }
    }

    /// Every procedure, sorted by id.
    pub fn procedures(&self) -> &[Arc<Procedure>] {
        &self.procedures
    }

    pub fn procedure(&self, id: &str) -> Option<&Arc<Procedure>> {
        self.procedures.iter().find(|p| p.id == id)
    }

    /// Every bundle in file order.
    pub fn bundles(&self) -> &[Bundle] {
        &self.bundles
    }

    pub fn bundle(&self, id: &str) -> Option<&Bundle> {
        self.bundles.iter().find(|b| b.id == id)
    }

    /// The shared fields by id.
    pub fn shared_fields(&self) -> &BTreeMap<String, Field> {
        &self.shared
    }

    /// Only the procedures and bundles listed (a kiosk's offer); unknown ids are ignored.
    pub fn restricted(&self, procedures: &[String], bundles: &[String]) -> Catalog {
        let mut keep: BTreeSet<&str> = procedures.iter().map(String::as_str).collect();
        let bundles: Vec<Bundle> = self
            .bundles
            .iter()
            .filter(|b| bundles.contains(&b.id))
            .cloned()
            .collect();
        keep.extend(
            bundles
                .iter()
                .flat_map(|b| b.procedures.iter().map(|p| p.id.as_str())),
        );
        Catalog {
            procedures: self
                .procedures
                .iter()
                .filter(|p| keep.contains(p.id.as_str()))
                .cloned()
                .collect(),
            bundles,
            shared: self.shared.clone(),
        }
    }

    /// Every fluent key the catalogue uses, sorted and unique.
    pub fn message_keys(&self) -> Vec<String> {
        let mut keys: BTreeSet<String> = BTreeSet::new();
        for procedure in &self.procedures {
            keys.extend(procedure.message_keys().into_iter().map(str::to_owned));
        }
        keys.extend(self.bundles.iter().map(|b| b.name.clone()));
        keys.into_iter().collect()
    }

    /// Checks answers for one procedure as of today in Tokyo. An unknown
    /// procedure is reported as an error on the field `procedure`.
    pub fn validate(&self, procedure_id: &str, answers: &Answers) -> Vec<Problem> {
        self.validate_on(procedure_id, answers, validate::today())
    }

    /// [`Catalog::validate`] as of a given day.
    pub fn validate_on(
        &self,
        procedure_id: &str,
        answers: &Answers,
        today: chrono::NaiveDate,
    ) -> Vec<Problem> {
        match self.procedure(procedure_id) {
            Some(procedure) => validate::validate(procedure, answers, today),
            None => vec![Problem::error(
                "procedure",
                validate::unknown_procedure(procedure_id),
            )],
        }
    }

    /// Checks a bundle's answers after transcription; a problem on a shared
    /// field is reported once. `skip` lists optional procedures left out.
    pub fn validate_bundle_on(
        &self,
        bundle_id: &str,
        answers: &Answers,
        skip: &[&str],
        today: chrono::NaiveDate,
    ) -> Vec<Problem> {
        let Some(bundle) = self.bundle(bundle_id) else {
            return vec![Problem::error(
                "bundle",
                Message::new("procedures-error-unknown-bundle").arg("id", bundle_id),
            )];
        };
        let answers = bundle.transcribed(answers);
        let mut out: Vec<Problem> = Vec::new();
        for procedure in &bundle.procedures {
            if skip.contains(&procedure.id.as_str()) && bundle.optional.contains(&procedure.id) {
                continue;
            }
            for problem in validate::validate(procedure, &answers, today) {
                if !out.contains(&problem) {
                    out.push(problem);
                }
            }
        }
        out
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

/// A field from its (already checked) TOML entry.
fn local_field(entry: &FieldFile, id: String, key: String, shared: bool) -> Field {
    let kind = match entry.kind.unwrap_or(KindName::Text) {
        KindName::Text => FieldKind::Text {
            script: entry.script.unwrap_or(Script::Any),
            max_len: entry.max_len.unwrap_or(DEFAULT_MAX_LEN),
        },
        KindName::Reading => FieldKind::Reading {
            kana: entry.kana.unwrap_or(Kana::Katakana),
            max_len: entry.max_len.unwrap_or(DEFAULT_MAX_LEN),
        },
        KindName::Date => FieldKind::Date {
            not_future: entry.not_future.unwrap_or(false),
        },
        KindName::Postal => FieldKind::Postal,
        KindName::Address => FieldKind::Address,
        KindName::Phone => FieldKind::Phone,
        KindName::Choice => FieldKind::Choice {
            options: entry.options.clone().unwrap_or_default(),
        },
        KindName::Count => FieldKind::Count {
            min: entry.min.unwrap_or(1),
            max: entry.max.unwrap_or(10),
        },
        KindName::YesNo => FieldKind::YesNo,
        KindName::Household => FieldKind::Household {
            min: entry.min.unwrap_or(0),
            max: entry.max.unwrap_or(20),
            relationships: entry.relationships.clone().unwrap_or_default(),
        },
    };
    Field {
        id,
        key,
        shared,
        label: entry.label.clone().unwrap_or_default(),
        help: entry.help.clone(),
        required: entry.required.unwrap_or(false),
        kind,
    }
}

type Found = Vec<(String, Message)>;

fn resolve_procedure(
    file: &ProcedureFile,
    shared: &BTreeMap<String, Field>,
) -> Result<Procedure, Found> {
    let mut found = Found::new();
    let mut fields = Vec::new();
    for (i, entry) in file.fields.iter().enumerate() {
        if let Some(shared_id) = &entry.shared {
            match shared.get(shared_id) {
                Some(base) => {
                    let mut field = base.clone();
                    if let Some(label) = &entry.label {
                        field.label = label.clone();
                    }
                    if entry.help.is_some() {
                        field.help = entry.help.clone();
                    }
                    if let Some(required) = entry.required {
                        field.required = required;
                    }
                    match (&mut field.kind, &entry.relationships) {
                        (FieldKind::Household { relationships, .. }, Some(only)) => {
                            *relationships = only.clone()
                        }
                        (_, Some(_)) => found.push((
                            format!("fields[{i}].relationships"),
                            Message::new("config-procedure-option-not-for-kind")
                                .arg("option", "relationships"),
                        )),
                        _ => {}
                    }
                    fields.push(field);
                }
                None => found.push((
                    format!("fields[{i}].shared"),
                    Message::new("config-procedure-unknown-shared").arg("id", shared_id.as_str()),
                )),
            }
        } else if let Some(id) = &entry.id {
            fields.push(local_field(
                entry,
                id.clone(),
                format!("{}.{id}", file.id),
                false,
            ));
        }
    }
    if fields
        .iter()
        .filter(|f| matches!(f.kind, FieldKind::Household { .. }))
        .count()
        > 1
    {
        found.push((
            "fields".into(),
            Message::new("config-procedure-two-households"),
        ));
    }

    // Rules and fee name form field ids; they become answer keys.
    let key_of = |id: &str| {
        fields
            .iter()
            .find(|f| f.id == id)
            .map(|f| (f.key.clone(), &f.kind))
    };
    let resolve = |id: &str, at: String, want: &[&str], found: &mut Found| -> String {
        match key_of(id) {
            Some((key, kind)) if want.is_empty() || want.contains(&kind.name()) => key,
            Some((key, kind)) => {
                found.push((
                    at,
                    Message::new("config-procedure-wrong-kind")
                        .arg("id", id)
                        .arg("kind", kind.name()),
                ));
                key
            }
            None => {
                found.push((
                    at,
                    Message::new("config-procedure-unknown-field").arg("id", id),
                ));
                id.to_owned()
            }
        }
    };
    let mut rules = Vec::new();
    for (i, rule) in file.rules.iter().enumerate() {
        let at = format!("rules[{i}]");
        let rule = match rule {
            Rule::NotifyWindow {
                field,
                before_days,
                after_days,
            } => Rule::NotifyWindow {
                field: resolve(field, format!("{at}.field"), &["date"], &mut found),
                before_days: *before_days,
                after_days: *after_days,
            },
            Rule::DateOrder {
                earlier,
                later,
                message,
            } => Rule::DateOrder {
                earlier: resolve(earlier, format!("{at}.earlier"), &["date"], &mut found),
                later: resolve(later, format!("{at}.later"), &["date"], &mut found),
                message: message.clone(),
            },
            Rule::RequiredIf {
                field,
                when,
                equals,
            } => Rule::RequiredIf {
                field: resolve(field, format!("{at}.field"), &[], &mut found),
                when: resolve(
                    when,
                    format!("{at}.when"),
                    &["choice", "yes-no"],
                    &mut found,
                ),
                equals: equals.clone(),
            },
            Rule::WarnIf {
                field,
                equals,
                message,
            } => Rule::WarnIf {
                field: resolve(
                    field,
                    format!("{at}.field"),
                    &["choice", "yes-no"],
                    &mut found,
                ),
                equals: equals.clone(),
                message: message.clone(),
            },
            Rule::HouseholdHas {
                relationship,
                min,
                max_age,
            } => {
                if !validate::RELATIONSHIPS.contains(&relationship.as_str()) {
                    found.push((
                        at,
                        Message::new("config-procedure-unknown-relationship")
                            .arg("value", relationship.as_str()),
                    ));
                }
                Rule::HouseholdHas {
                    relationship: relationship.clone(),
                    min: *min,
                    max_age: *max_age,
                }
            }
        };
        rules.push(rule);
    }
    let mut fee = file.fee.clone();
    if let Some(copies) = &fee.copies {
        fee.copies = Some(resolve(copies, "fee.copies".into(), &["count"], &mut found));
    }
    if let Some(choice) = &mut fee.choice {
        let field_id = choice.field.clone();
        choice.field = resolve(
            &field_id,
            "fee.choice.field".into(),
            &["choice"],
            &mut found,
        );
        if let Some(FieldKind::Choice { options }) =
            fields.iter().find(|f| f.id == field_id).map(|f| &f.kind)
        {
            for value in choice.yen.keys() {
                if !options.iter().any(|o| &o.value == value) {
                    found.push((
                        "fee.choice.yen".into(),
                        Message::new("config-procedure-unknown-option")
                            .arg("value", value.as_str()),
                    ));
                }
            }
        }
    }
    if !found.is_empty() {
        return Err(found);
    }
    Ok(Procedure {
        id: file.id.clone(),
        service: file.service.clone(),
        name: file.name.clone(),
        documents: file.documents.clone(),
        fee,
        fields,
        rules,
    })
}

fn resolve_bundle(entry: &BundleEntry, procedures: &[Arc<Procedure>]) -> Result<Bundle, Found> {
    let mut found = Found::new();
    let mut members = Vec::new();
    for (j, id) in entry.procedures.iter().enumerate() {
        match procedures.iter().find(|p| &p.id == id) {
            Some(p) => members.push(p.clone()),
            None => found.push((
                format!("procedures[{j}]"),
                Message::new("procedures-error-unknown").arg("id", id.as_str()),
            )),
        }
    }
    // Answer keys of the bundle's fields (address parts included).
    let keys: BTreeSet<String> = members
        .iter()
        .flat_map(|p| p.fields.iter())
        .flat_map(|f| match f.kind {
            FieldKind::Address => super::answers::ADDRESS_PARTS
                .iter()
                .map(|part| format!("{}.{part}", f.key))
                .collect(),
            _ => vec![f.key.clone()],
        })
        .collect();
    let mut transcribe = Vec::new();
    for (j, t) in entry.transcribe.iter().enumerate() {
        for (name, key) in [("from", &t.from), ("to", &t.to)] {
            if !keys.contains(key) {
                found.push((
                    format!("transcribe[{j}].{name}"),
                    Message::new("config-procedure-unknown-field").arg("id", key.as_str()),
                ));
            }
        }
        transcribe.push((t.from.clone(), t.to.clone()));
    }
    for key in entry.preset.keys() {
        if !keys.contains(key) {
            found.push((
                "preset".into(),
                Message::new("config-procedure-unknown-field").arg("id", key.as_str()),
            ));
        }
    }
    if !found.is_empty() {
        return Err(found);
    }
    Ok(Bundle {
        id: entry.id.clone(),
        service: entry.service.clone(),
        name: entry.name.clone(),
        procedures: members,
        optional: entry.optional.clone(),
        transcribe,
        preset: entry.preset.clone().into_iter().collect(),
    })
}
