//! A My Number card's basic four items as answers: each goes to the key the
//! catalogue names for it (`[card]` of a procedure file, see
//! [`crate::domain::model::CardFill`]); the first form of an offer that
//! names an item decides where it goes (in the 転入 bundle, 転入届 puts the
//! card's address in the previous address, not the new one).
//!
//! The card's address is one text; an address answer has parts. The
//! prefecture is the one it starts with, the city runs to its 市・区・町・村
//! (a designated city's 区 included), the rest is the town, number and
//! building as the card writes them.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::interview::Interview;
use super::model::Procedure;
use super::validate::PREFECTURES;
use crate::card::BasicFour;

/// Answer key → value for the items of `four` the forms take.
pub fn card_answers(procedures: &[Arc<Procedure>], four: &BasicFour) -> BTreeMap<String, String> {
    let first =
        |pick: fn(&Procedure) -> Option<&String>| procedures.iter().find_map(|p| pick(p).cloned());
    let mut out = BTreeMap::new();
    if let Some(key) = first(|p| p.card.name.as_ref()) {
        out.insert(key, four.name.clone());
    }
    if let Some(key) = first(|p| p.card.birth.as_ref()) {
        out.insert(key, four.birth_date.format("%Y-%m-%d").to_string());
    }
    if let (Some(key), Some(sex)) = (first(|p| p.card.sex.as_ref()), four.sex.form_value()) {
        out.insert(key, sex.to_owned());
    }
    if let Some(key) = first(|p| p.card.address.as_ref()) {
        let (prefecture, city, town) = split_address(&four.address);
        for (part, value) in [("prefecture", prefecture), ("city", city), ("town", town)] {
            if !value.is_empty() {
                out.insert(format!("{key}.{part}"), value.to_owned());
            }
        }
    }
    out
}

impl Interview {
    /// Fills what the card gives; those questions are no longer asked (the
    /// current question stays where it is when it still is one).
    pub fn fill_from_card(&mut self, four: &BasicFour) {
        let current = self.step().map(|step| step.target);
        for (key, value) in card_answers(&self.active(), four) {
            self.answers.set(key.clone(), value);
            self.card.insert(key);
        }
        let steps = self.steps();
        self.cursor = current
            .and_then(|target| steps.iter().position(|step| step.target == target))
            .unwrap_or(self.cursor)
            .min(steps.len());
    }

    /// Whether the card answered this key (an address: any of its parts).
    pub fn from_card(&self, key: &str) -> bool {
        self.card.contains(key)
            || self.card.iter().any(|filled| {
                filled
                    .strip_prefix(key)
                    .is_some_and(|rest| rest.starts_with('.'))
            })
    }
}

/// `(prefecture, city, rest)` of an address written in one line.
pub fn split_address(address: &str) -> (&str, &str, &str) {
    let address = address.trim();
    let prefecture = PREFECTURES
        .iter()
        .find(|p| address.starts_with(**p))
        .map_or("", |p| *p);
    let rest = &address[prefecture.len()..];
    let city_end = city_end(rest);
    (prefecture, &rest[..city_end], rest[city_end..].trim_start())
}

/// Byte length of the city at the start of `text`: through the first 市
/// (and a 区 soon after it), else the first 区 (Tokyo's wards), else a
/// 郡's 町 or 村.
fn city_end(text: &str) -> usize {
    let after = |c: char| text.find(c).map(|at| at + c.len_utf8());
    if let Some(end) = after('市') {
        // 札幌市中央区: a designated city's ward belongs to the city part.
        let ward = text[end..]
            .char_indices()
            .take(5)
            .find(|(_, c)| *c == '区')
            .map(|(at, c)| end + at + c.len_utf8());
        return ward.unwrap_or(end);
    }
    if let Some(end) = after('区') {
        return end;
    }
    if let Some(county) = after('郡') {
        let town = text[county..]
            .char_indices()
            .find(|(_, c)| *c == '町' || *c == '村')
            .map(|(at, c)| county + at + c.len_utf8());
        return town.unwrap_or(county);
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::card::Sex;
    use crate::domain::Catalog;
    use chrono::NaiveDate;

    #[test]
    fn addresses_split_into_prefecture_city_and_the_rest() {
        assert_eq!(
            split_address("東京都台東区千束二丁目3番4号"),
            ("東京都", "台東区", "千束二丁目3番4号")
        );
        assert_eq!(
            split_address("北海道札幌市中央区大通西十九丁目1番地"),
            ("北海道", "札幌市中央区", "大通西十九丁目1番地")
        );
        assert_eq!(
            split_address("神奈川県鎌倉市御成町18番10号"),
            ("神奈川県", "鎌倉市", "御成町18番10号")
        );
        assert_eq!(
            split_address("長野県北佐久郡軽井沢町大字軽井沢1323番地"),
            ("長野県", "北佐久郡軽井沢町", "大字軽井沢1323番地")
        );
        assert_eq!(split_address("どこか"), ("", "", "どこか"));
    }

    fn four() -> BasicFour {
        BasicFour {
            name: "髙﨑 𠮷子".into(),
            address: "東京都台東区千束二丁目3番4号".into(),
            birth_date: NaiveDate::from_ymd_opt(1985, 4, 12).expect("date"),
            sex: Sex::Female,
        }
    }

    #[test]
    fn a_certificate_takes_the_card_address_as_the_address() {
        let catalog = Catalog::embedded();
        let juminhyo = catalog
            .procedure("juminhyo-utsushi")
            .expect("juminhyo")
            .clone();
        let answers = card_answers(&[juminhyo], &four());
        assert_eq!(answers["applicant.name"], "髙﨑 𠮷子");
        assert_eq!(answers["applicant.birth"], "1985-04-12");
        assert_eq!(answers["applicant.address.prefecture"], "東京都");
        assert_eq!(answers["applicant.address.city"], "台東区");
        assert_eq!(answers["applicant.address.town"], "千束二丁目3番4号");
    }

    #[test]
    fn answered_questions_are_skipped_and_left_to_nobody() {
        use crate::domain::interview::{Offer, Target};
        let catalog = Catalog::embedded();
        let mut interview =
            Interview::new(&catalog, Offer::Procedure("juminhyo-utsushi".into())).expect("offer");
        let before = interview.steps().len();
        assert!(interview.clerk_keys().contains("applicant.name"));
        interview.fill_from_card(&four());
        let steps = interview.steps();
        assert_eq!(
            steps.len(),
            before - 2,
            "birth date and prefecture not asked"
        );
        let asked = |key: &str| steps.iter().any(|s| s.target == Target::Key(key.into()));
        assert!(!asked("applicant.birth"));
        assert!(!asked("applicant.address.prefecture"));
        let clerk = interview.clerk_keys();
        assert!(!clerk.contains("applicant.name"));
        assert!(!clerk.iter().any(|k| k.starts_with("applicant.address.")));
        assert_eq!(interview.result().get("applicant.name"), Some("髙﨑 𠮷子"));
    }

    #[test]
    fn a_move_in_takes_it_as_the_previous_address() {
        let catalog = Catalog::embedded();
        let bundle = catalog.bundle("hikkoshi-tennyu").expect("bundle");
        let answers = card_answers(&bundle.procedures, &four());
        assert_eq!(answers["move.previous-address.prefecture"], "東京都");
        assert!(!answers.contains_key("applicant.address.prefecture"));
        assert_eq!(answers["applicant.name"], "髙﨑 𠮷子");
    }
}
