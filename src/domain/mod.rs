//! Procedures, forms, fields, validation, dates (和暦) and households.
//!
//! The catalogue of procedures (手続き) is data: `config/procedures/*.toml`,
//! compiled in and overridable at run time ([`Catalog::load`]). A procedure
//! lists the fields of its form; fields common to the forms of a life event
//! (the applicant's name, address, move date, household …) are declared once
//! in `_shared.toml` and answered once, and a [`Bundle`] (引越し, 証明書)
//! fills every one of its forms from a single set of [`Answers`] (自動転記).
//!
//! Answers are strings keyed by answer key (see [`answers`]) so every part of
//! the product — the pre-application codec, kiosk, hub and clerk console —
//! exchanges them without knowing field kinds; [`Catalog::validate`] checks
//! them and returns [`Problem`]s carrying translated messages.
//!
//! No field holds an individual number (マイナンバー): the product must not
//! store it. Forms only ask whether the resident has a マイナンバーカード.

pub mod answers;
pub mod card_fill;
pub mod catalog;
pub mod cli;
pub mod date;
pub mod input;
pub mod interview;
mod kana_grid;
pub mod model;
pub mod postal_address;
pub mod present;
pub mod record;
pub mod validate;

pub use answers::{Answers, Member};
pub use catalog::Catalog;
pub use date::{DateError, Era, Wareki, parse_date};
pub use model::{Bundle, Fee, Field, FieldKind, FilledForm, Procedure, Rule, Section};
pub use validate::{Problem, Severity};
