//! The shipped catalogue loads, is complete, and reports bad files by line.

use std::path::Path;

use madoguchi::domain::{Catalog, FieldKind};

#[test]
fn shipped_catalogue_loads_every_procedure_and_bundle() {
    let catalog = Catalog::load(None).unwrap_or_else(|problems| panic!("{problems:?}"));
    let ids: Vec<&str> = catalog.procedures().iter().map(|p| p.id.as_str()).collect();
    for id in [
        "juminhyo-utsushi",
        "juminhyo-kisai-jiko",
        "inkan-shomei",
        "koseki-shomei",
        "fuhyo-utsushi",
        "kazei-shomei",
        "tennyu",
        "tenkyo",
        "tenshutsu",
        "inkan-toroku",
        "kokuho-kanyu",
        "jido-teate",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    for id in [
        "hikkoshi-tennyu",
        "hikkoshi-tenkyo",
        "hikkoshi-tenshutsu",
        "shomeisho",
    ] {
        assert!(catalog.bundle(id).is_some(), "bundle {id} missing");
    }
    let tennyu: Vec<&str> = catalog
        .bundle("hikkoshi-tennyu")
        .unwrap()
        .procedures
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        tennyu,
        [
            "tennyu",
            "inkan-toroku",
            "kokuho-kanyu",
            "jido-teate",
            "juminhyo-utsushi"
        ]
    );
}
