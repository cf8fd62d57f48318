//! 和暦 ⇄ 西暦 across every era boundary, 元年, and refusals.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use chrono::NaiveDate;
use madoguchi::domain::date::{DateError, Era, Wareki, display_wareki, iso, parse_date};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// (Gregorian, 和暦 as displayed, compact form)
const BOUNDARIES: &[((i32, u32, u32), &str, &str)] = &[
    ((1873, 1, 1), "明治6年1月1日", "M6.1.1"),
    ((1912, 7, 29), "明治45年7月29日", "M45.7.29"),
    ((1912, 7, 30), "大正元年7月30日", "T1.7.30"),
    ((1912, 12, 31), "大正元年12月31日", "T1.12.31"),
    ((1913, 1, 1), "大正2年1月1日", "T2.1.1"),
    ((1926, 12, 24), "大正15年12月24日", "T15.12.24"),
    ((1926, 12, 25), "昭和元年12月25日", "S1.12.25"),
    ((1927, 1, 1), "昭和2年1月1日", "S2.1.1"),
    ((1985, 4, 12), "昭和60年4月12日", "S60.4.12"),
    ((1989, 1, 7), "昭和64年1月7日", "S64.1.7"),
    ((1989, 1, 8), "平成元年1月8日", "H1.1.8"),
    ((2000, 2, 29), "平成12年2月29日", "H12.2.29"),
    ((2019, 4, 30), "平成31年4月30日", "H31.4.30"),
    ((2019, 5, 1), "令和元年5月1日", "R1.5.1"),
    ((2020, 1, 1), "令和2年1月1日", "R2.1.1"),
    ((2025, 6, 16), "令和7年6月16日", "R7.6.16"),
];

#[test]
fn gregorian_to_wareki_and_back_at_every_boundary() {
    for &((y, m, day), text, compact) in BOUNDARIES {
        let date = d(y, m, day);
        let wareki = Wareki::from_date(date).unwrap();
        assert_eq!(wareki.to_string(), text, "{date}");
        assert_eq!(wareki.abbreviated(), compact, "{date}");
        assert_eq!(wareki.to_date().unwrap(), date, "{text}");
        assert_eq!(parse_date(text).unwrap(), date, "parse {text}");
        assert_eq!(parse_date(compact).unwrap(), date, "parse {compact}");
        assert_eq!(parse_date(&iso(date)).unwrap(), date);
        assert_eq!(display_wareki(date), text);
    }
}

#[test]
fn era_of_each_boundary_day() {
    let cases = [
        ((1912, 7, 29), Era::Meiji),
        ((1912, 7, 30), Era::Taisho),
        ((1926, 12, 24), Era::Taisho),
        ((1926, 12, 25), Era::Showa),
        ((1989, 1, 7), Era::Showa),
        ((1989, 1, 8), Era::Heisei),
        ((2019, 4, 30), Era::Heisei),
        ((2019, 5, 1), Era::Reiwa),
    ];
    for ((y, m, day), era) in cases {
        assert_eq!(Era::of(d(y, m, day)).unwrap(), era, "{y}-{m}-{day}");
    }
    assert_eq!(Era::Showa.last_day(), Some(d(1989, 1, 7)));
    assert_eq!(Era::Reiwa.last_day(), None);
}

#[test]
fn gannen_and_year_one_are_the_same() {
    for (a, b) in [
        ("平成元年1月8日", "平成1年1月8日"),
        ("令和元年5月1日", "令和1年5月1日"),
        ("昭和元年12月25日", "S01.12.25"),
        ("大正元年7月30日", "T1/7/30"),
    ] {
        assert_eq!(parse_date(a).unwrap(), parse_date(b).unwrap(), "{a} = {b}");
    }
}

#[test]
fn accepts_the_ways_residents_write_dates() {
    let showa = d(1985, 4, 12);
    for text in [
        "1985-04-12",
        "1985/4/12",
        "1985.4.12",
        "1985年4月12日",
        "昭和60年4月12日",
        " 昭和 60年 4月 12日 ",
        "昭和６０年４月１２日",
        "Ｓ６０．４．１２",
        "s60-4-12",
        "昭60.4.12",
    ] {
        assert_eq!(parse_date(text), Ok(showa), "{text}");
    }
}

#[test]
fn refuses_dates_outside_their_era_or_the_calendar() {
    let cases: &[(&str, DateError)] = &[
        ("昭和65年1月1日", DateError::OutsideEra { era: Era::Showa }),
        ("昭和64年1月8日", DateError::OutsideEra { era: Era::Showa }),
        ("平成31年5月1日", DateError::OutsideEra { era: Era::Heisei }),
        ("平成元年1月7日", DateError::OutsideEra { era: Era::Heisei }),
        ("令和元年4月30日", DateError::OutsideEra { era: Era::Reiwa }),
        (
            "大正元年7月29日",
            DateError::OutsideEra { era: Era::Taisho },
        ),
        (
            "大正15年12月25日",
            DateError::OutsideEra { era: Era::Taisho },
        ),
        (
            "昭和元年12月24日",
            DateError::OutsideEra { era: Era::Showa },
        ),
        ("明治45年7月30日", DateError::OutsideEra { era: Era::Meiji }),
        ("明治5年12月2日", DateError::BeforeGregorian),
        ("1872-12-31", DateError::BeforeGregorian),
        ("平成0年1月1日", DateError::NoSuchDate),
        ("令和3年2月29日", DateError::NoSuchDate),
        ("令和2年13月1日", DateError::NoSuchDate),
        ("2023-02-29", DateError::NoSuchDate),
        ("天平1年1月1日", DateError::Syntax),
        ("X1.1.1", DateError::Syntax),
        ("1985-04", DateError::Syntax),
        ("85-04-12", DateError::Syntax),
        ("", DateError::Syntax),
        ("元年1月1日", DateError::Syntax),
        ("令和99999年1月1日", DateError::Syntax),
    ];
    for (text, error) in cases {
        assert_eq!(parse_date(text), Err(*error), "{text}");
    }
}

#[test]
fn every_day_round_trips_from_1873_to_2100() {
    let mut date = d(1873, 1, 1);
    let end = d(2100, 12, 31);
    while date <= end {
        let wareki = Wareki::from_date(date).unwrap();
        assert_eq!(wareki.to_date(), Ok(date));
        assert_eq!(parse_date(&wareki.to_string()), Ok(date));
        date = date.succ_opt().unwrap();
    }
}

#[test]
fn errors_carry_translatable_messages() {
    let message = DateError::OutsideEra { era: Era::Heisei }.message();
    assert_eq!(message.key, "validation-date-outside-era");
    let i18n = madoguchi::i18n::I18n::embedded();
    let text = i18n.render(&madoguchi::i18n::Lang::ja(), &message);
    assert!(text.contains("平成31年4月30日"), "{text}");
}
