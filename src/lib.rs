//! Madoguchi (窓口): a smart-window suite for Japanese ward offices.
//!
//! Everything in this library except [`ui`] is plain Rust with no GUI
//! dependency, so it can be tested without a display. See `README.md` and
//! `../shared/DESIGN.md` for the picture.

pub mod card;
pub mod cli;
pub mod config;
pub mod domain;
pub mod hub;
pub mod i18n;
pub mod model;
pub mod paper;
pub mod postal;
pub mod preapp;
pub mod print;
pub mod publish;
pub mod queue;
pub mod relay;
pub mod scan;
pub mod site;
pub mod sound;
pub mod speech;
pub mod store;
pub mod sync;
pub mod toml_file;
pub mod ui;
