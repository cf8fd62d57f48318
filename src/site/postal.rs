//! The postal data for the resident's page: one small JSON file per
//! three-digit prefix (`postal/111.json`), so a phone downloads the towns of
//! about a hundred codes, not Japan's 120,000, when the resident types one.
//!
//! The file is fetched from the page's own origin only after the resident
//! typed a whole code; it tells the host the code's first three digits and
//! nothing else. `site build --postal-data DIR` writes every prefix; the hub
//! answers `/preapp/postal/NNN.json` from its index as it stands.
//!
//! ```text
//! { "areas": [["東京都", "台東区"], …],
//!   "codes": { "0031": [[0, "千束"]], "0032": [[0, "竜泉"], [0, "三ノ輪", "１丁目"]] } }
//! ```
//!
//! `codes` maps the last four digits to the code's towns in the order of
//! Japan Post's file: `[index into areas, town]`, and the note in
//! parentheses as a third item where the data has one. An empty town is
//! 「以下に掲載がない場合」 (the rest of the city).

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::postal::{Candidate, PostalError, PostalIndex};

/// The folder of the site the files are in.
pub const POSTAL_DIR: &str = "postal";

/// The file for `towns` (all of one prefix, by code).
pub fn prefix_json(towns: &[Candidate]) -> Vec<u8> {
    let mut areas: Vec<(&str, &str)> = Vec::new();
    let mut codes: BTreeMap<&str, Vec<Value>> = BTreeMap::new();
    for town in towns {
        let area = (town.prefecture.as_str(), town.city.as_str());
        let at = areas.iter().position(|a| *a == area).unwrap_or_else(|| {
            areas.push(area);
            areas.len() - 1
        });
        let entry = match &town.note {
            Some(note) => json!([at, town.town, note]),
            None => json!([at, town.town]),
        };
        codes
            .entry(town.code.get(3..).unwrap_or_default())
            .or_default()
            .push(entry);
    }
    serde_json::to_vec(&json!({ "areas": areas, "codes": codes }))
        .expect("postal file is plain JSON")
}

/// The file of `prefix` (three digits), or `None` when no code starts with it.
pub fn prefix_file(index: &PostalIndex, prefix: &str) -> Result<Option<Vec<u8>>, PostalError> {
    let towns = index.with_prefix(prefix)?;
    Ok((!towns.is_empty()).then(|| prefix_json(&towns)))
}

/// Every prefix's file, by site path (`postal/111.json`).
pub fn postal_files(index: &PostalIndex) -> Result<BTreeMap<String, Vec<u8>>, PostalError> {
    let mut files = BTreeMap::new();
    for prefix in 0..1000 {
        let prefix = format!("{prefix:03}");
        if let Some(bytes) = prefix_file(index, &prefix)? {
            files.insert(format!("{POSTAL_DIR}/{prefix}.json"), bytes);
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::postal::Kana;

    fn town(code: &str, city: &str, town: &str, note: Option<&str>) -> Candidate {
        Candidate {
            code: code.into(),
            prefecture: "東京都".into(),
            city: city.into(),
            town: town.into(),
            kana: Kana {
                prefecture: String::new(),
                city: String::new(),
                town: String::new(),
            },
            note: note.map(str::to_owned),
        }
    }

    #[test]
    fn areas_are_shared_and_codes_keep_the_files_order() {
        let bytes = prefix_json(&[
            town("1110031", "台東区", "千束", None),
            town("1110032", "台東区", "浅草", Some("１～７丁目")),
            town("1110032", "荒川区", "南千住", None),
        ]);
        let value: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(
            value,
            json!({
                "areas": [["東京都", "台東区"], ["東京都", "荒川区"]],
                "codes": {
                    "0031": [[0, "千束"]],
                    "0032": [[0, "浅草", "１～７丁目"], [1, "南千住"]],
                },
            })
        );
    }
}
