//! Hostile input never panics: dates, answers and catalogue files.

use std::path::PathBuf;

use madoguchi::domain::date::{Wareki, parse_date};
use madoguchi::domain::{Answers, Catalog};
use proptest::prelude::*;

fn date_like() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "(明治|大正|昭和|平成|令和|M|T|S|H|R|[A-Z]|)(元|[0-9０-９]{1,5})[年./-][0-9０-９]{1,3}[月./-][0-9０-９]{1,3}日?",
        "[0-9]{1,6}[-/.][0-9]{1,3}[-/.][0-9]{1,3}",
    ]
}

proptest! {
    #[test]
    fn parse_date_never_panics_and_what_it_reads_round_trips(text in date_like()) {
        if let Ok(date) = parse_date(&text) {
            let wareki = Wareki::from_date(date).unwrap();
            prop_assert_eq!(wareki.to_date(), Ok(date));
            prop_assert_eq!(parse_date(&wareki.to_string()), Ok(date));
        }
    }

    #[test]
    fn validation_never_panics_on_any_answers(
        values in proptest::collection::vec(any::<String>(), 0..40),
        member in proptest::collection::btree_map("[a-z]{1,12}", any::<String>(), 0..8),
    ) {
        let catalog = Catalog::embedded();
        for procedure in catalog.procedures() {
            let mut answers = Answers::new();
            for (field, value) in procedure.fields.iter().zip(values.iter().cycle()) {
                answers.set(field.key.clone(), value.clone());
                answers.set(format!("{}.town", field.key), value.clone());
                answers.set(format!("{}.prefecture", field.key), value.clone());
            }
            answers.household.push(member.clone());
            let _ = catalog.validate(&procedure.id, &answers);
            let _ = procedure.fee.total(&answers);
        }
    }

    #[test]
    fn catalogue_files_never_panic(text in any::<String>(), name in "(_shared|bundles|[a-z]{1,8})") {
        let source = (PathBuf::from(format!("{name}.toml")), text);
        let _ = Catalog::from_sources([source]);
    }
}
