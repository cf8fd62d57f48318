//! Japan Post's 「住所の郵便番号」 CSV: `utf_ken_all.csv` (UTF-8, one record a
//! line) and the older `KEN_ALL.CSV` (Shift_JIS, half-width kana, long towns
//! split over several lines).
//!
//! Fifteen columns: 全国地方公共団体コード, 旧郵便番号, 郵便番号, kana of
//! prefecture, city, town, then the same in kanji, then six one-digit flags.

use std::path::Path;

use super::{Candidate, Kana, PostalError};

/// What the file says when a code covers the rest of a city.
const REST_OF_CITY: &str = "以下に掲載がない場合";

/// Reads every record of `path` into `sink`, in file order; returns how many
/// records (after joining split lines) there were. The first malformed line
/// stops the read with an error naming it.
pub fn read_records(
    path: &Path,
    mut sink: impl FnMut(Candidate) -> Result<(), PostalError>,
) -> Result<usize, PostalError> {
    let bytes = std::fs::read(path).map_err(|e| PostalError::Read {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    let text = decode(&bytes);
    let mut pending: Option<(usize, Row)> = None;
    let mut records = 0;
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let row = Row::parse(line_no, line)?;
        let row = match pending.take() {
            Some((opened, mut first)) => {
                if first.code != row.code {
                    return Err(PostalError::Unclosed { line: opened });
                }
                first.town.push_str(&row.town);
                first.town_kana.push_str(&row.town_kana);
                (opened, first)
            }
            None => (line_no, row),
        };
        // KEN_ALL.CSV splits a long town mid-parenthesis onto the next lines.
        if row.1.town.contains('（') && !row.1.town.contains('）') {
            pending = Some(row);
            continue;
        }
        records += 1;
        sink(row.1.into_candidate())?;
    }
    match pending {
        Some((opened, _)) => Err(PostalError::Unclosed { line: opened }),
        None => Ok(records),
    }
}

/// UTF-8 when it is (the BOM dropped), else Shift_JIS.
fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.into(),
        Err(_) => encoding_rs::SHIFT_JIS.decode_without_bom_handling(bytes).0,
    }
}

struct Row {
    code: String,
    prefecture: String,
    city: String,
    town: String,
    kana: [String; 2],
    town_kana: String,
}

impl Row {
    fn parse(line: usize, text: &str) -> Result<Row, PostalError> {
        let columns = split_columns(text);
        if columns.len() != 15 {
            return Err(PostalError::Columns {
                line,
                columns: columns.len(),
            });
        }
        let code = columns[2].trim();
        if code.len() != 7 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PostalError::Code {
                line,
                value: code.to_owned(),
            });
        }
        for (offset, flag) in columns[9..].iter().enumerate() {
            let flag = flag.trim();
            if flag.len() != 1 || !flag.bytes().all(|b| b.is_ascii_digit()) {
                return Err(PostalError::Flag {
                    line,
                    column: 10 + offset,
                    value: flag.to_owned(),
                });
            }
        }
        Ok(Row {
            code: code.to_owned(),
            kana: [full_width_kana(&columns[3]), full_width_kana(&columns[4])],
            town_kana: full_width_kana(&columns[5]),
            prefecture: columns[6].clone(),
            city: columns[7].clone(),
            town: columns[8].clone(),
        })
    }

    fn into_candidate(self) -> Candidate {
        let (town, town_kana, note) = parse_town(&self.town, &self.town_kana);
        let [prefecture_kana, city_kana] = self.kana;
        Candidate {
            code: self.code,
            prefecture: self.prefecture,
            city: self.city,
            town,
            kana: Kana {
                prefecture: prefecture_kana,
                city: city_kana,
                town: town_kana,
            },
            note,
        }
    }
}

/// Splits a town column into the town, its reading and the note the file
/// adds in parentheses: 「大通西（１〜１９丁目）」 → 大通西 + 「１〜１９丁目」;
/// 「以下に掲載がない場合」 → an empty town with that note.
pub fn parse_town(kanji: &str, kana: &str) -> (String, String, Option<String>) {
    if kanji == REST_OF_CITY {
        return (String::new(), String::new(), Some(REST_OF_CITY.to_owned()));
    }
    let kana_town = kana.split('（').next().unwrap_or_default().to_owned();
    match kanji.split_once('（') {
        Some((town, rest)) => {
            let inner = rest.strip_suffix('）').unwrap_or(rest);
            // 「（高層棟）（１階）」: two notes in a row read as one.
            let note = inner.replace("）（", " ");
            (town.to_owned(), kana_town, Some(note))
        }
        None => (kanji.to_owned(), kana_town, None),
    }
}

/// CSV columns with Japan Post's quoting (no escaped quotes occur in the data).
fn split_columns(line: &str) -> Vec<String> {
    let mut columns = Vec::with_capacity(15);
    let mut current = String::new();
    let mut quoted = false;
    for ch in line.chars() {
        match ch {
            '"' => quoted = !quoted,
            ',' if !quoted => columns.push(std::mem::take(&mut current)),
            _ => current.push(ch),
        }
    }
    columns.push(current);
    columns
}

/// Half-width katakana (KEN_ALL.CSV) as full-width, voicing marks joined:
/// 「ﾄｳｷｮｳﾄ」 → 「トウキョウト」. Full-width text passes unchanged.
fn full_width_kana(text: &str) -> String {
    const HALF: &str = "｡｢｣､･ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ";
    const FULL: &str = "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
    // utf_ken_all.csv is full-width already: most calls copy.
    if !text
        .chars()
        .any(|ch| matches!(ch, '\u{FF61}'..='\u{FF9F}' | '(' | ')'))
    {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let voiced = |base: char, step: u32| {
            // In the table each base is directly followed by its voiced forms.
            let bases = if step == 1 {
                "カキクケコサシスセソタチツテトハヒフヘホ"
            } else {
                "ハヒフヘホ"
            };
            match base {
                'ウ' if step == 1 => Some('ヴ'),
                _ if bases.contains(base) => char::from_u32(base as u32 + step),
                _ => None,
            }
        };
        let last = out.chars().last();
        match (ch, last) {
            ('ﾞ', Some(base)) if voiced(base, 1).is_some() => {
                out.pop();
                out.extend(voiced(base, 1));
            }
            ('ﾟ', Some(base)) if voiced(base, 2).is_some() => {
                out.pop();
                out.extend(voiced(base, 2));
            }
            ('(', _) => out.push('（'),
            (')', _) => out.push('）'),
            _ => match HALF.chars().position(|h| h == ch) {
                Some(i) => out.extend(FULL.chars().nth(i)),
                None => out.push(ch),
            },
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_width_kana_becomes_full_width() {
        assert_eq!(full_width_kana("ﾄｳｷｮｳﾄ"), "トウキョウト");
        assert_eq!(full_width_kana("ｼﾝｼﾞｭｸｸ"), "シンジュクク");
        assert_eq!(full_width_kana("ﾊﾟﾙｺ"), "パルコ");
        assert_eq!(full_width_kana("ｳﾞｨ"), "ヴィ");
        assert_eq!(full_width_kana("ｾﾝｿﾞｸ"), "センゾク");
    }

    #[test]
    fn town_notes_are_split_off() {
        let (town, kana, note) = parse_town(
            "大通西（１〜１９丁目）",
            "オオドオリニシ（１−１９チョウメ）",
        );
        assert_eq!((town.as_str(), kana.as_str()), ("大通西", "オオドオリニシ"));
        assert_eq!(note.as_deref(), Some("１〜１９丁目"));
        let (town, _, note) = parse_town("以下に掲載がない場合", "イカニケイサイガナイバアイ");
        assert_eq!((town.as_str(), note.as_deref()), ("", Some(REST_OF_CITY)));
    }
}
