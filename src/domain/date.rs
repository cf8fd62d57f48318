//! Dates as residents write them: 和暦 (Japanese era) and 西暦 (Gregorian).
//!
//! Ward forms print birth dates in 和暦 ("昭和60年4月12日") and residents
//! answer in either calendar, so parsing accepts both and storage is always
//! ISO 8601 (`1985-04-12`), which is what [`crate::domain::Answers`] carries.
//!
//! Era boundaries are the days the era name changed (the first day of an era
//! is 元年, "year 1", written 元年 on display):
//!
//! | era | first day | last day |
//! | --- | --- | --- |
//! | 明治 M | 1873-01-01 (see below) | 明治45年7月29日 = 1912-07-29 |
//! | 大正 T | 大正元年7月30日 = 1912-07-30 | 大正15年12月24日 = 1926-12-24 |
//! | 昭和 S | 昭和元年12月25日 = 1926-12-25 | 昭和64年1月7日 = 1989-01-07 |
//! | 平成 H | 平成元年1月8日 = 1989-01-08 | 平成31年4月30日 = 2019-04-30 |
//! | 令和 R | 令和元年5月1日 = 2019-05-01 | — |
//!
//! Japan adopted the Gregorian calendar on 明治6年1月1日 (1873-01-01); earlier
//! Meiji dates are lunisolar and cannot be converted by arithmetic, so they are
//! refused ([`DateError::BeforeGregorian`]) rather than converted wrongly.
//!
//! Accepted input (full-width digits and spaces are fine):
//! `1985-04-12`, `1985/4/12`, `1985.4.12`, `1985年4月12日`, `昭和60年4月12日`,
//! `平成元年1月8日`, `S60.4.12`, `H1/1/8`, `R01-05-01`.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::i18n::Message;

/// A Japanese era from the adoption of the Gregorian calendar on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Era {
    Meiji,
    Taisho,
    Showa,
    Heisei,
    Reiwa,
}

impl Era {
    /// Every era, oldest first.
    pub const ALL: [Era; 5] = [Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa];

    /// The day the era's year 1 began (元年). For Meiji this is the day the
    /// era was proclaimed; years still count from it.
    fn year_one(self) -> i32 {
        match self {
            Era::Meiji => 1868,
            Era::Taisho => 1912,
            Era::Showa => 1926,
            Era::Heisei => 1989,
            Era::Reiwa => 2019,
        }
    }

    /// First day a date of this era can be converted (Meiji: Gregorian adoption).
    pub fn first_day(self) -> NaiveDate {
        let (y, m, d) = match self {
            Era::Meiji => (1873, 1, 1),
            Era::Taisho => (1912, 7, 30),
            Era::Showa => (1926, 12, 25),
            Era::Heisei => (1989, 1, 8),
            Era::Reiwa => (2019, 5, 1),
        };
        ymd(y, m, d)
    }

    /// Last day of the era, `None` for the current one.
    pub fn last_day(self) -> Option<NaiveDate> {
        self.next().map(|next| {
            next.first_day()
                .pred_opt()
                .expect("era boundaries are not MIN")
        })
    }

    fn next(self) -> Option<Era> {
        match self {
            Era::Meiji => Some(Era::Taisho),
            Era::Taisho => Some(Era::Showa),
            Era::Showa => Some(Era::Heisei),
            Era::Heisei => Some(Era::Reiwa),
            Era::Reiwa => None,
        }
    }

    /// The era name in kanji (明治 …).
    pub fn kanji(self) -> &'static str {
        match self {
            Era::Meiji => "明治",
            Era::Taisho => "大正",
            Era::Showa => "昭和",
            Era::Heisei => "平成",
            Era::Reiwa => "令和",
        }
    }

    /// The one-letter abbreviation used on forms and cards (M T S H R).
    pub fn initial(self) -> char {
        match self {
            Era::Meiji => 'M',
            Era::Taisho => 'T',
            Era::Showa => 'S',
            Era::Heisei => 'H',
            Era::Reiwa => 'R',
        }
    }

    /// Fluent key of the era's name in other languages (`fields-era-showa`).
    pub fn message_key(self) -> &'static str {
        match self {
            Era::Meiji => "fields-era-meiji",
            Era::Taisho => "fields-era-taisho",
            Era::Showa => "fields-era-showa",
            Era::Heisei => "fields-era-heisei",
            Era::Reiwa => "fields-era-reiwa",
        }
    }

    fn from_name(name: &str) -> Option<Era> {
        Era::ALL.into_iter().find(|era| {
            name == era.kanji()
                || name.eq_ignore_ascii_case(&era.initial().to_string())
                // 明 大 昭 平 令: the one-kanji abbreviations on older forms.
                || name.chars().eq(era.kanji().chars().take(1))
        })
    }

    /// The era a Gregorian date falls in.
    pub fn of(date: NaiveDate) -> Result<Era, DateError> {
        Era::ALL
            .into_iter()
            .rev()
            .find(|era| date >= era.first_day())
            .ok_or(DateError::BeforeGregorian)
    }
}

/// A date written in 和暦.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wareki {
    pub era: Era,
    /// 1 is 元年.
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

impl Wareki {
    /// The 和暦 of a Gregorian date.
    pub fn from_date(date: NaiveDate) -> Result<Wareki, DateError> {
        let era = Era::of(date)?;
        Ok(Wareki {
            era,
            year: (date.year() - era.year_one() + 1) as u32,
            month: date.month(),
            day: date.day(),
        })
    }

    /// The Gregorian date, refusing dates that do not exist or lie outside the era
    /// (昭和65年, 平成31年5月1日, 大正元年7月29日).
    pub fn to_date(self) -> Result<NaiveDate, DateError> {
        if self.year == 0 {
            return Err(DateError::NoSuchDate);
        }
        let year = i32::try_from(self.year)
            .ok()
            .and_then(|y| self.era.year_one().checked_add(y - 1))
            .ok_or(DateError::OutsideEra { era: self.era })?;
        let date =
            NaiveDate::from_ymd_opt(year, self.month, self.day).ok_or(DateError::NoSuchDate)?;
        if self.era == Era::Meiji && date < Era::Meiji.first_day() {
            return Err(DateError::BeforeGregorian);
        }
        let inside = date >= self.era.first_day() || self.era == Era::Meiji;
        if !inside || self.era.last_day().is_some_and(|last| date > last) {
            return Err(DateError::OutsideEra { era: self.era });
        }
        Ok(date)
    }

    /// `S60.4.12`, the compact form used on cards.
    pub fn abbreviated(&self) -> String {
        format!(
            "{}{}.{}.{}",
            self.era.initial(),
            self.year,
            self.month,
            self.day
        )
    }

    /// Year part as written on forms: `元` for year 1, else the number.
    pub fn year_text(&self) -> String {
        if self.year == 1 {
            "元".to_owned()
        } else {
            self.year.to_string()
        }
    }
}

impl fmt::Display for Wareki {
    /// `令和元年5月1日`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{}年{}月{}日",
            self.era.kanji(),
            self.year_text(),
            self.month,
            self.day
        )
    }
}

/// Why a date could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("not a date")]
    Syntax,
    #[error("no such day")]
    NoSuchDate,
    #[error("outside the era {era:?}")]
    OutsideEra { era: Era },
    #[error("before 1873-01-01")]
    BeforeGregorian,
}

impl DateError {
    pub fn message(&self) -> Message {
        match self {
            DateError::Syntax => Message::new("validation-date-syntax"),
            DateError::NoSuchDate => Message::new("validation-date-no-such-day"),
            DateError::OutsideEra { era } => {
                let last = era
                    .last_day()
                    .map(|d| Wareki::from_date(d).map(|w| w.to_string()));
                Message::new("validation-date-outside-era")
                    .arg("era", era.kanji())
                    .arg("last", last.and_then(Result::ok).unwrap_or_default())
            }
            DateError::BeforeGregorian => Message::new("validation-date-too-early"),
        }
    }
}

/// Reads a date in either calendar (see the module docs for the forms).
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let text = normalize(input);
    let text = text.trim();
    if text.is_empty() {
        return Err(DateError::Syntax);
    }
    let era_len = text
        .find(|c: char| c.is_ascii_digit() || c == '元')
        .unwrap_or(text.len());
    let (era_name, rest) = text.split_at(era_len);
    let era_name = era_name.trim();
    let (year, month, day) = split_ymd(rest.trim())?;
    if era_name.is_empty() {
        if year.0 == "元" || year.0.len() != 4 {
            return Err(DateError::Syntax);
        }
        let date = NaiveDate::from_ymd_opt(number(year.0)? as i32, number(month)?, number(day)?)
            .ok_or(DateError::NoSuchDate)?;
        if date < Era::Meiji.first_day() {
            return Err(DateError::BeforeGregorian);
        }
        return Ok(date);
    }
    let era = Era::from_name(era_name).ok_or(DateError::Syntax)?;
    let year = if year.0 == "元" { 1 } else { number(year.0)? };
    Wareki {
        era,
        year,
        month: number(month)?,
        day: number(day)?,
    }
    .to_date()
}

/// ISO text of a date, the storage form.
pub fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// `昭和60年4月12日` for a date, or the ISO form before 1873.
pub fn display_wareki(date: NaiveDate) -> String {
    Wareki::from_date(date)
        .map(|w| w.to_string())
        .unwrap_or_else(|_| iso(date))
}

/// Whole years of age on `today` (a birthday on 29 February counts from 1 March
/// in common years, as Japanese law counts age from the day before the birthday).
pub fn age_on(birth: NaiveDate, today: NaiveDate) -> i32 {
    let mut age = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// Year, month and day fields of `60年4月12日`, `60.4.12`, `1985-04-12`.
/// The year is returned with a marker so `元` survives.
fn split_ymd(text: &str) -> Result<(Year<'_>, &str, &str), DateError> {
    let parts: Vec<&str> = if text.contains('年') {
        let text = text.strip_suffix('日').ok_or(DateError::Syntax)?;
        let (year, rest) = text.split_once('年').ok_or(DateError::Syntax)?;
        let (month, day) = rest.split_once('月').ok_or(DateError::Syntax)?;
        vec![year, month, day]
    } else {
        text.split(['-', '/', '.']).collect()
    };
    match parts.as_slice() {
        [y, m, d] => Ok((Year(y.trim()), m.trim(), d.trim())),
        _ => Err(DateError::Syntax),
    }
}

struct Year<'a>(&'a str);

fn number(text: &str) -> Result<u32, DateError> {
    if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::Syntax);
    }
    text.parse().map_err(|_| DateError::Syntax)
}

/// Full-width digits, letters and punctuation to ASCII; ideographic space to space.
pub(crate) fn normalize(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            'ー' | '―' | '‐' => '-',
            _ => c,
        })
        .collect()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("era table holds real dates")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_makes_ascii() {
        assert_eq!(normalize("Ｓ６０．４．１２"), "S60.4.12");
    }

    #[test]
    fn age_counts_birthdays() {
        let b = ymd(2000, 4, 12);
        assert_eq!(age_on(b, ymd(2018, 4, 11)), 17);
        assert_eq!(age_on(b, ymd(2018, 4, 12)), 18);
    }
}
