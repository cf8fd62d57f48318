//! CSV files of a day for the office's own records and reports.
//!
//! Both files are RFC 4180 (comma separated, CRLF line ends, fields with a
//! comma, quote or line break in double quotes, quotes doubled) in UTF-8
//! with a byte-order mark, because Excel in Japan reads a CSV without one as
//! Shift_JIS and garbles every kanji.
//!
//! - [`records_csv`]: one row per confirmed record of the day: `number`,
//!   `service`, `procedures` (the record's procedure ids separated by a
//!   space: a moving bundle is one record with several procedures sharing
//!   its fields), `confirmed_at` (Tokyo time, `YYYY-MM-DD HH:MM:SS`),
//!   `clerk`, then one column per field id that any of the day's records
//!   has, sorted by id so the columns are the same for the same data.
//!   Individual numbers (マイナンバー) are never in it: the hub refuses them
//!   on arrival and the export drops any such column again. Any cell
//!   (values, headers, procedure ids alike) that Excel would run as a
//!   formula (starting with `=`, `+`, `-`, `@`, tab or CR and not a plain
//!   number) gets a leading `'`, as OWASP advises; the hub also refuses
//!   field names and procedure ids its catalogue does not know.
//! - [`stats_csv`]: `metric,key,value` rows: `visits` per service,
//!   `visits_total`, `called`, `wait_average_minutes`, `wait_p90_minutes`,
//!   `qr_visits`, `qr_share` (0 to 1), `language` per language code.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::model::{ConfirmedRecord, DailyStats, is_individual_number};

/// The UTF-8 byte-order mark that tells Excel the encoding.
pub const BOM: &str = "\u{feff}";

/// One CSV field, quoted when it must be.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A cell's text as Excel will not run it: a leading `'` before what would
/// start a formula, unless it is a plain number.
fn defused(text: String) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && text.parse::<f64>().is_err() {
        format!("'{text}")
    } else {
        text
    }
}

/// One row: every cell defused and quoted as needed.
fn line(out: &mut String, fields: impl IntoIterator<Item = String>) {
    let fields: Vec<String> = fields.into_iter().map(|f| field(&defused(f))).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// A field value as a cell's text: text as is, numbers and booleans as
/// written, lists and objects as JSON, nothing as empty.
fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The confirmed records of a day as CSV (see the module docs).
pub fn records_csv(records: &[ConfirmedRecord], tz: chrono_tz::Tz) -> String {
    let columns: BTreeSet<&str> = records
        .iter()
        .flat_map(|r| r.fields.keys().map(String::as_str))
        .filter(|name| {
            !records.iter().any(|r| {
                r.fields
                    .get(*name)
                    .is_some_and(|f| is_individual_number(name, &f.value))
            })
        })
        .collect();
    let mut out = String::from(BOM);
    let head = ["number", "service", "procedures", "confirmed_at", "clerk"];
    line(
        &mut out,
        head.iter()
            .map(|h| h.to_string())
            .chain(columns.iter().map(|c| c.to_string())),
    );
    for r in records {
        let fixed = [
            r.number.clone().unwrap_or_default(),
            r.service.clone().unwrap_or_default(),
            r.procedures.join(" "),
            r.confirmed_at
                .with_timezone(&tz)
                .format("%Y-%m-%d %H:%M:%S")
                .to_string(),
            r.clerk.clone(),
        ];
        let values = columns
            .iter()
            .map(|c| r.fields.get(*c).map(|f| cell(&f.value)).unwrap_or_default());
        line(&mut out, fixed.into_iter().chain(values));
    }
    out
}

/// A day's statistics as CSV (see the module docs).
pub fn stats_csv(stats: &DailyStats) -> String {
    let mut out = String::from(BOM);
    let mut row = |metric: &str, key: &str, value: String| {
        line(&mut out, [metric.to_owned(), key.to_owned(), value]);
    };
    row("metric", "key", "value".into());
    row("day", "", stats.day.format("%Y-%m-%d").to_string());
    for s in &stats.visits {
        row("visits", &s.service, s.visits.to_string());
    }
    row("visits_total", "", stats.total_visits.to_string());
    row("called", "", stats.called.to_string());
    let number = |x: Option<f64>| x.map(|x| x.to_string()).unwrap_or_default();
    row(
        "wait_average_minutes",
        "",
        number(stats.wait_average_minutes),
    );
    row("wait_p90_minutes", "", number(stats.wait_p90_minutes));
    row("qr_visits", "", stats.qr_visits.to_string());
    row(
        "qr_share",
        "",
        number(stats.qr_share.map(|s| (s * 1000.0).round() / 1000.0)),
    );
    for l in &stats.languages {
        row("language", &l.lang, l.count.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(field("山田"), "山田");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn formulas_are_defused_but_numbers_kept() {
        let defused_cell = |v: Value| defused(cell(&v));
        assert_eq!(defused_cell(Value::String("=1+1".into())), "'=1+1");
        assert_eq!(defused_cell(Value::String("@SUM(A1)".into())), "'@SUM(A1)");
        assert_eq!(defused_cell(Value::String("-5".into())), "-5");
        assert_eq!(defused_cell(serde_json::json!(3)), "3");
        assert_eq!(defused_cell(Value::Null), "");
        assert_eq!(defused_cell(serde_json::json!(["a", "b"])), "[\"a\",\"b\"]");
    }

    #[test]
    fn every_cell_is_defused_headers_and_procedures_too() {
        use chrono::TimeZone;
        let record = ConfirmedRecord {
            number: Some("A-001".into()),
            service: Some("A".into()),
            procedures: vec!["=cmd|' /C calc'!A0".into(), "juminhyo-utsushi".into()],
            confirmed_at: chrono::Utc.with_ymd_and_hms(2025, 4, 1, 1, 0, 0).unwrap(),
            clerk: "+c1".into(),
            fields: [(
                "@SUM(1+1)".to_owned(),
                crate::model::FieldValue {
                    value: Value::String("-2+3".into()),
                    source: crate::model::Source::Qr,
                },
            )]
            .into(),
        };
        let csv = records_csv(&[record], chrono_tz::Asia::Tokyo);
        let cells: Vec<&str> = csv
            .trim_start_matches(BOM)
            .split("\r\n")
            .flat_map(|row| row.split(','))
            .filter(|c| !c.is_empty())
            .collect();
        for cell in &cells {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell} in {csv}");
        }
        assert!(csv.contains(",'@SUM(1+1)\r\n"), "{csv}");
        assert!(
            csv.contains(",'=cmd|' /C calc'!A0 juminhyo-utsushi,"),
            "{csv}"
        );
        assert!(csv.contains(",'+c1,'-2+3\r\n"), "{csv}");
    }
}
