//! An address made from Japan Post's data at the kiosk (書かない窓口): the
//! postal code gives the prefecture, city and towns; the resident taps the
//! town, its 丁目, then the 番地 and 号 on the numeric keypad, and the
//! address's prefecture, city and town parts are complete without the clerk.
//! The building and room stay the clerk's.

use std::collections::BTreeSet;

use super::FieldKind;
use super::catalog::TownChome;
use super::interview::{Ask, Interview, Step, Target};
use crate::i18n::Message;
use crate::postal::Candidate;

/// The parts asked one per screen, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressPart {
    /// Which town of the code (an index into [`PostalAddress::towns`]).
    Town,
    /// The 丁目, as a number (`2` → 二丁目).
    Chome,
    Banchi,
    Go,
}

/// One address being made from the towns of its postal code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostalAddress {
    /// The postal code as answered (`111-0031`) the towns are for.
    pub code: String,
    pub towns: Vec<Candidate>,
    /// How many 丁目 each town has where the catalogue knows it (`_towns.toml`).
    known_chome: Vec<Option<u32>>,
    town: Option<String>,
    chome: Option<String>,
    banchi: Option<String>,
    go: Option<String>,
}

impl PostalAddress {
    /// The towns of `code`; a code with one town has it chosen already.
    pub fn new(code: String, towns: Vec<Candidate>) -> PostalAddress {
        let town = (towns.len() == 1).then(|| "0".to_owned());
        PostalAddress {
            code,
            known_chome: vec![None; towns.len()],
            towns,
            town,
            chome: None,
            banchi: None,
            go: None,
        }
    }

    /// What the catalogue knows of the towns' 丁目, for towns whose data has no range.
    pub fn with_known_chome(mut self, known: &TownChome) -> Self {
        self.known_chome = self
            .towns
            .iter()
            .map(|t| {
                known
                    .get(&(t.prefecture.clone(), t.city.clone(), t.town.clone()))
                    .copied()
            })
            .collect();
        self
    }

    fn slot(&mut self, part: AddressPart) -> &mut Option<String> {
        match part {
            AddressPart::Town => &mut self.town,
            AddressPart::Chome => &mut self.chome,
            AddressPart::Banchi => &mut self.banchi,
            AddressPart::Go => &mut self.go,
        }
    }

    pub fn value(&self, part: AddressPart) -> Option<&str> {
        match part {
            AddressPart::Town => self.town.as_deref(),
            AddressPart::Chome => self.chome.as_deref(),
            AddressPart::Banchi => self.banchi.as_deref(),
            AddressPart::Go => self.go.as_deref(),
        }
    }

    /// Sets or (with `None`) clears a part; another town forgets the 丁目
    /// of the previous one.
    pub fn set(&mut self, part: AddressPart, value: Option<String>) {
        if part == AddressPart::Town && value != self.town {
            self.chome = None;
        }
        *self.slot(part) = value;
    }

    pub fn chosen(&self) -> Option<&Candidate> {
        self.towns.get(self.chosen_index()?)
    }

    fn chosen_index(&self) -> Option<usize> {
        self.town.as_deref()?.parse().ok()
    }

    /// The 丁目 of the chosen town: the range the data lists (「１〜１９丁目」),
    /// else 一 to the number the catalogue knows.
    pub fn chome_range(&self) -> Option<(u32, u32)> {
        let index = self.chosen_index()?;
        let from_data = self.towns.get(index)?.note.as_deref().and_then(chome_range);
        from_data.or_else(|| {
            self.known_chome
                .get(index)
                .copied()
                .flatten()
                .map(|n| (1, n))
        })
    }

    /// `(value, label)` of each town: prefecture, city and town (a code
    /// may span two cities or prefectures; the resident sees where the
    /// code points), then what the data says in parentheses when it is not
    /// a range of 丁目. The rest of a city (「以下に掲載がない場合」) has
    /// no town.
    pub fn town_options(&self) -> Vec<(String, String)> {
        self.towns
            .iter()
            .enumerate()
            .map(|(index, town)| {
                let name = format!("{}{}{}", town.prefecture, town.city, town.town);
                let label = match town.note.as_deref() {
                    Some(note) if chome_range(note).is_none() => format!("{name}（{note}）"),
                    _ => name,
                };
                (index.to_string(), label)
            })
            .collect()
    }

    /// `(value, label)` of each 丁目 of the range: `("2", "二丁目")`.
    pub fn chome_options(&self) -> Vec<(String, String)> {
        let Some((first, last)) = self.chome_range() else {
            return Vec::new();
        };
        (first..=last)
            .map(|n| (n.to_string(), chome_label(n)))
            .collect()
    }

    /// Whether the town and its 番地 are known: the clerk has nothing to add
    /// but the building.
    pub fn is_complete(&self) -> bool {
        self.chosen().is_some() && self.banchi.is_some()
    }

    /// The address's town part as written on a form: 「千束二丁目3番4号」.
    pub fn town_line(&self) -> Option<String> {
        let town = self.chosen()?;
        let mut line = town.town.clone();
        if let Some(n) = self.chome.as_deref().and_then(|c| c.parse().ok()) {
            line.push_str(&chome_label(n));
        }
        match (&self.banchi, &self.go) {
            (Some(banchi), Some(go)) => line.push_str(&format!("{banchi}番{go}号")),
            (Some(banchi), None) => line.push_str(&format!("{banchi}番地")),
            _ => {}
        }
        Some(line)
    }

    /// Checks a 丁目 typed on the keypad, or picked from the range.
    pub fn check_chome(&self, value: &str) -> Result<(), Message> {
        let n: u32 = value.parse().unwrap_or(0);
        let (first, last) = self.chome_range().unwrap_or((1, 99));
        if (first..=last).contains(&n) {
            Ok(())
        } else {
            Err(Message::new("validation-choice").arg("value", value))
        }
    }
}

/// 「１〜１９丁目」 (or 「1-19丁目」) → `(1, 19)`.
pub fn chome_range(note: &str) -> Option<(u32, u32)> {
    let range = note.strip_suffix("丁目")?;
    let (first, last) = range.split_once(['〜', '～', '－', '−', '-'])?;
    let number = |text: &str| -> Option<u32> {
        let digits: String = text
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
                c => c,
            })
            .collect();
        digits.parse().ok()
    };
    let (first, last) = (number(first)?, number(last)?);
    (first >= 1 && first <= last && last <= 99).then_some((first, last))
}

/// `2` → 「二丁目」: 丁目 are written in kanji numerals.
pub fn chome_label(n: u32) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (tens, ones) = ((n / 10) as usize, (n % 10) as usize);
    let tens = match tens {
        0 => String::new(),
        1 => "十".to_owned(),
        t => format!("{}十", DIGITS[t.min(9)]),
    };
    format!("{tens}{}丁目", DIGITS[ones])
}

impl Interview {
    /// The parts of the address at `key` the clerk completes: the building
    /// only, once the postal data and the resident's taps gave the rest.
    pub(super) fn address_clerk_keys(&self, key: &str) -> Vec<String> {
        let parts: &[&str] = match self.postal_address(key) {
            Some(address) if address.is_complete() => &["building"],
            _ => &["city", "town", "building"],
        };
        parts.iter().map(|part| format!("{key}.{part}")).collect()
    }

    /// A 丁目 outside the town's range is refused.
    pub(super) fn check_address(&self, target: &Target, value: &str) -> Result<(), Message> {
        match target {
            Target::Address(key, AddressPart::Chome) => match self.postal.get(key) {
                Some(address) => address.check_chome(value),
                None => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// The towns `code` stands for, from the postal index: every address
    /// whose postal code (the postal field just before it) is `code` is then
    /// asked from them; no towns, and it is asked as without postal data.
    pub fn postal_found(&mut self, code: &str, towns: Vec<crate::postal::Candidate>) {
        for (postal_key, address_key) in self.postal_pairs() {
            if self.answers.get(&postal_key) != Some(code) {
                continue;
            }
            let fresh = self.postal.get(&address_key).is_none_or(|a| a.code != code);
            // Another code (or none known): what the old one gave is dropped.
            if (fresh || towns.is_empty()) && self.postal.remove(&address_key).is_some() {
                for part in ["prefecture", "city", "town"] {
                    self.answers.values.remove(&format!("{address_key}.{part}"));
                }
            }
            if fresh && !towns.is_empty() {
                let address = PostalAddress::new(code.to_owned(), towns.clone())
                    .with_known_chome(&self.towns);
                self.postal.insert(address_key.clone(), address);
                self.apply_address(&address_key);
            }
        }
    }

    /// Answer keys whose value came from the postal data: the prefecture,
    /// city and town of each address made from it.
    pub fn postal_keys(&self) -> BTreeSet<String> {
        self.postal_pairs()
            .into_iter()
            .filter(|(_, address)| {
                self.postal_address(address).is_some() && !self.from_card(address)
            })
            .flat_map(|(_, address)| {
                ["prefecture", "city", "town"].map(|part| format!("{address}.{part}"))
            })
            .collect()
    }

    /// `(postal key, address key)`: each address field of the forms with
    /// the postal field asked just before it.
    fn postal_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        let mut postal: Option<String> = None;
        for (field, _) in self.wanted_fields() {
            match field.kind {
                FieldKind::Postal => postal = Some(field.key.clone()),
                FieldKind::Address => {
                    if let Some(postal) = postal.take() {
                        pairs.push((postal, field.key.clone()));
                    }
                }
                _ => {}
            }
        }
        pairs
    }

    /// The address at `address_key` made from the postal data, when its
    /// postal code is still the one looked up.
    pub(super) fn postal_address(&self, address_key: &str) -> Option<&PostalAddress> {
        let address = self.postal.get(address_key)?;
        self.postal_pairs()
            .iter()
            .any(|(postal, key)| {
                key == address_key && self.answers.get(postal) == Some(address.code.as_str())
            })
            .then_some(address)
    }

    pub(super) fn set_address(&mut self, key: &str, part: AddressPart, value: Option<String>) {
        if let Some(address) = self.postal.get_mut(key) {
            address.set(part, value);
            self.apply_address(key);
        }
    }

    /// Writes an address's prefecture, city and town answers from its parts.
    fn apply_address(&mut self, key: &str) {
        let Some(address) = self.postal.get(key) else {
            return;
        };
        let Some(town) = address.chosen() else {
            return;
        };
        let values = [
            ("prefecture", town.prefecture.clone()),
            ("city", town.city.clone()),
            ("town", address.town_line().unwrap_or_default()),
        ];
        for (part, value) in values {
            self.answers.set(format!("{key}.{part}"), value);
        }
    }
}

/// The screens of an address made from the postal data: the town, its
/// 丁目 (choices when the data gives the range, else the keypad, skipped
/// The value of a [`Ask::Pick`] answer, if it is one of the options.
pub(super) fn picked(options: &[(String, String)], value: &str) -> Result<String, Message> {
    if options.iter().any(|(v, _)| v == value) {
        Ok(value.to_owned())
    } else {
        Err(Message::new("validation-choice").arg("value", value))
    }
}

/// where the town has none), the 番地, the 号.
pub(super) fn address_steps(
    field: &crate::domain::Field,
    required: bool,
    address: &PostalAddress,
) -> Vec<Step> {
    let target = |part| Target::Address(field.key.clone(), part);
    let digits = |max_len| Some(Ask::Digits { max_len });
    let chome = address.chome_options();
    let (chome_ask, chome_required, chome_help) = if chome.is_empty() {
        (digits(2), false, Some("make-address-chome-help".to_owned()))
    } else {
        (Some(Ask::Pick(chome)), required, None)
    };
    vec![
        Step {
            target: target(AddressPart::Town),
            label: field.label.clone(),
            help: field.help.clone(),
            required,
            ask: Some(Ask::Pick(address.town_options())),
        },
        Step {
            target: target(AddressPart::Chome),
            label: "make-address-chome".to_owned(),
            help: chome_help,
            required: chome_required,
            ask: chome_ask,
        },
        Step {
            target: target(AddressPart::Banchi),
            label: "make-address-banchi".to_owned(),
            help: None,
            required,
            ask: digits(4),
        },
        Step {
            target: target(AddressPart::Go),
            label: "make-address-go".to_owned(),
            help: Some("make-address-go-help".to_owned()),
            required: false,
            ask: digits(4),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::postal::Kana;

    fn town(name: &str, note: Option<&str>) -> Candidate {
        Candidate {
            code: "1110031".into(),
            prefecture: "東京都".into(),
            city: "台東区".into(),
            town: name.into(),
            kana: Kana {
                prefecture: String::new(),
                city: String::new(),
                town: String::new(),
            },
            note: note.map(str::to_owned),
        }
    }

    #[test]
    fn ranges_and_labels_of_chome() {
        assert_eq!(chome_range("１〜１９丁目"), Some((1, 19)));
        assert_eq!(chome_range("1-4丁目"), Some((1, 4)));
        assert_eq!(chome_range("次のビルを除く"), None);
        assert_eq!(chome_label(2), "二丁目");
        assert_eq!(chome_label(10), "十丁目");
        assert_eq!(chome_label(19), "十九丁目");
        assert_eq!(chome_label(21), "二十一丁目");
    }

    #[test]
    fn one_town_is_chosen_and_the_parts_make_the_line() {
        let mut address = PostalAddress::new("111-0031".into(), vec![town("千束", None)]);
        assert!(!address.is_complete());
        address.set(AddressPart::Chome, Some("2".into()));
        address.set(AddressPart::Banchi, Some("3".into()));
        assert_eq!(address.town_line().as_deref(), Some("千束二丁目3番地"));
        address.set(AddressPart::Go, Some("4".into()));
        assert_eq!(address.town_line().as_deref(), Some("千束二丁目3番4号"));
        assert!(address.is_complete());
    }

    #[test]
    fn several_towns_wait_for_a_choice_and_a_range_limits_the_chome() {
        let mut address = PostalAddress::new(
            "060-0042".into(),
            vec![town("大通西", Some("１〜１９丁目")), town("", None)],
        );
        assert_eq!(address.chosen(), None);
        assert_eq!(address.town_options()[0].1, "東京都台東区大通西");
        assert_eq!(address.town_options()[1].1, "東京都台東区");
        address.set(AddressPart::Town, Some("0".into()));
        assert_eq!(address.chome_options().len(), 19);
        assert!(address.check_chome("19").is_ok());
        assert!(address.check_chome("20").is_err());
    }

    #[test]
    fn the_catalogue_knows_the_chome_the_data_does_not_list() {
        let known = TownChome::from([
            (("東京都".into(), "台東区".into(), "千束".into()), 4),
            (("東京都".into(), "台東区".into(), "大通西".into()), 3),
        ]);
        let mut address = PostalAddress::new(
            "111-0031".into(),
            vec![
                town("千束", None),
                town("大通西", Some("１〜１９丁目")),
                town("竜泉", None),
            ],
        )
        .with_known_chome(&known);
        address.set(AddressPart::Town, Some("0".into()));
        assert_eq!(address.chome_range(), Some((1, 4)));
        assert_eq!(
            address.chome_options()[3],
            ("4".to_owned(), "四丁目".to_owned())
        );
        assert!(address.check_chome("5").is_err());
        // The data's own range comes first.
        address.set(AddressPart::Town, Some("1".into()));
        assert_eq!(address.chome_range(), Some((1, 19)));
        // Known to neither: asked on the keypad.
        address.set(AddressPart::Town, Some("2".into()));
        assert_eq!(address.chome_range(), None);
        // The shipped catalogue lists the demo ward's towns.
        let shipped = crate::domain::Catalog::embedded();
        let key = ("東京都".to_owned(), "台東区".to_owned(), "千束".to_owned());
        assert_eq!(shipped.towns().get(&key), Some(&4));
    }

    #[test]
    fn an_address_is_asked_from_the_towns_of_its_current_postal_code() {
        use crate::domain::Catalog;
        use crate::domain::interview::Offer;
        let catalog = Catalog::embedded();
        let mut interview = Interview::new(&catalog, Offer::Procedure("tennyu".into())).unwrap();
        let town_step = Target::Address("applicant.address".into(), AddressPart::Town);
        let has_step =
            |i: &Interview, target: &Target| i.steps().iter().any(|s| &s.target == target);
        interview.answers.set("applicant.postal", "111-0031");
        interview.postal_found("111-0031", vec![town("千束", None)]);
        assert!(has_step(&interview, &town_step));
        assert_eq!(
            interview.answers.get("applicant.address.city"),
            Some("台東区")
        );
        assert!(interview.postal_keys().contains("applicant.address.town"));

        // Another code the data does not know: asked as without postal data.
        interview.answers.set("applicant.postal", "999-9999");
        interview.postal_found("999-9999", Vec::new());
        assert!(!has_step(&interview, &town_step));
        assert_eq!(interview.answers.get("applicant.address.city"), None);
        assert!(interview.postal_keys().is_empty());
        assert!(interview.clerk_keys().contains("applicant.address.town"));
    }
}
