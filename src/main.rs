//! `madoguchi`: CLI dispatch only. Each subcommand lives with its module.
fn main() {}
