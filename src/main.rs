//! `madoguchi`: CLI dispatch only.
fn main() {}
