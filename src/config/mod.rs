//! The configuration of each process: `config/kiosk.toml`, `config/hub.toml`,
//! and `madoguchi config check` for them and the procedure catalogue.
//!
//! Files are read through [`load`] (see [`crate::toml_file`]), which reports
//! every problem at once with the line it concerns.

pub mod cli;
pub mod hub;
pub mod kiosk;

// The paths the processes and `config/*.rs` have always used.
pub use crate::toml_file::{ConfigProblem, Problems, Validate, load, parse};
