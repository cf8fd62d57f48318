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
//! across fields (see [`Rule`](super::Rule)): `notify-window` (a date within
//! N days, a warning; the forms of a bundle agree on one window per date),
//! `date-order` (an error), `required-if`, `warn-if`, `household-has`.
//! Rules and fees name the form's field ids (`copies`, `move.date`).
//! `[[sections]]` (`title`, a fluent key; `fields`, form field ids) lay out
//! the printed form; a field is in one section at most.
//!
//! Every problem names its file and line
//! ([`ConfigProblem`](crate::toml_file::ConfigProblem)); loading never panics
//! on bad input.
//!
//! The parts: `file` (the TOML shapes), `check` (each file on its own),
//! `resolve` (shared fields, rules and fees resolved into the model) and
//! `load` (the files, compiled in or read, into a [`Catalog`]).

mod check;
mod file;
mod load;
mod resolve;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

pub use file::{
    BundleEntry, BundleFile, FieldFile, KindName, ProcedureFile, SectionFile, SharedFile, TownFile,
    Transcribe,
};

/// How many 丁目 each of the ward's towns has, by (prefecture, city, town).
pub type TownChome = BTreeMap<(String, String, String), u32>;

use super::answers::Answers;
use super::model::{Bundle, Field, Procedure};
use super::validate::{self, Problem};
use crate::i18n::Message;

/// The procedures and bundles a kiosk offers.
#[derive(Debug, Clone)]
pub struct Catalog {
    procedures: Vec<Arc<Procedure>>,
    bundles: Vec<Bundle>,
    shared: BTreeMap<String, Field>,
    /// The ward's towns and their 丁目 (`_towns.toml`).
    towns: Arc<TownChome>,
}

impl Catalog {
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

    /// The ward's towns and how many 丁目 each has.
    pub fn towns(&self) -> &Arc<TownChome> {
        &self.towns
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
            towns: self.towns.clone(),
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
