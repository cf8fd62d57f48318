//! The shipped locales pass `madoguchi i18n check`: complete, consistent,
//! used, and drawable with the fonts the windows load.

use madoguchi::i18n::check::{CheckInput, check};
use madoguchi::i18n::{I18n, Lang};

#[test]
fn shipped_locales_pass_the_check() {
    let problems = check(&CheckInput::source_tree());
    let i18n = I18n::embedded();
    let report: Vec<String> = problems
        .iter()
        .map(|m| i18n.render(&Lang::parse("en").unwrap(), m))
        .collect();
    assert!(problems.is_empty(), "{}", report.join("\n"));
}
