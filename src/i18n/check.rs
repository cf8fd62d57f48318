//! `madoguchi i18n check`: the locales are complete, consistent, used and drawable.
//!
//! Japanese is the source. For every other locale folder the check demands:
//! the same keys as `ja` (none missing, none extra); the same variables in
//! every message as its Japanese source (a translation that drops `$count`
//! would show a wrong sentence); every key used somewhere in `src/`,
//! `config/`, the resident's web page or the waiting pages (`assets/web/src/`,
//! `assets/web/wait/`, JavaScript modules calling keys the same way) (dead strings rot untranslated); and every character covered by
//! a font the windows load (no tofu on a kiosk), naming the Debian package to
//! install when a font file is missing.
//!
//! A key built at run time is "used" when a string literal in the code
//! matches it with its `{…}` placeholders as wildcards
//! (`format!("lang-name-{code}")` uses `lang-name-en`).
//!
//! Two checks look at what a reader would see. A translation is *stale* when
//! the Japanese message it was made from has changed since: every locale keeps
//! `source-hashes.txt`, the hash of each key's Japanese source at the time it
//! was translated, written by `madoguchi i18n stamp`. And every message is
//! rendered with counts 0, 1, 2, 5, 11, 21 and a date, failing on a leftover
//! brace, an empty text or a negative number.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::Message;
use super::fonts::{Coverage, FONT_FILES, load_font_files};

/// One message of one locale, as the check sees it.
#[derive(Debug, Default, Clone)]
struct Entry {
    file: String,
    variables: BTreeSet<String>,
    text: String,
    /// [`source_hash`] of the message as written.
    source_hash: String,
}

/// Every key of one locale folder.
type Locale = BTreeMap<String, Entry>;

/// What the check looks at.
#[derive(Debug, Clone)]
pub struct CheckInput {
    /// `locales/`, one folder per language.
    pub locales_dir: PathBuf,
    /// Folders whose files may use keys (`src/`, `config/`, `assets/web/src/`, `assets/web/wait/`).
    pub usage_dirs: Vec<PathBuf>,
    /// Font files to check coverage against; `None`: the ones the windows load.
    pub fonts: Option<Vec<PathBuf>>,
}

impl CheckInput {
    /// The source tree the binary was built from.
    pub fn source_tree() -> CheckInput {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        CheckInput {
            locales_dir: root.join("locales"),
            usage_dirs: vec![
                root.join("src"),
                root.join("config"),
                root.join("assets/web/src"),
                root.join("assets/web/wait"),
            ],
            fonts: None,
        }
    }
}

/// Runs every check; an empty list means all locales pass.
pub fn check(input: &CheckInput) -> Vec<Message> {
    let mut problems = Vec::new();
    let locales = match read_locales(&input.locales_dir, &mut problems) {
        Some(locales) => locales,
        None => return problems,
    };
    let Some(source) = locales.get("ja") else {
        problems.push(
            Message::new("i18n-check-no-source")
                .arg("dir", input.locales_dir.display().to_string()),
        );
        return problems;
    };

    for (lang, locale) in &locales {
        if super::Lang::parse(lang).is_none() {
            problems.push(Message::new("i18n-check-unknown-language").arg("lang", lang.as_str()));
        }
        if lang == "ja" {
            continue;
        }
        for (key, entry) in source {
            match locale.get(key) {
                None => problems.push(
                    Message::new("i18n-check-missing-key")
                        .arg("lang", lang.as_str())
                        .arg("key", key.as_str())
                        .arg("file", entry.file.as_str()),
                ),
                Some(translated) if translated.variables != entry.variables => problems.push(
                    Message::new("i18n-check-variables")
                        .arg("lang", lang.as_str())
                        .arg("key", key.as_str())
                        .arg("expected", join(&entry.variables))
                        .arg("found", join(&translated.variables)),
                ),
                Some(_) => {}
            }
        }
        for (key, entry) in locale {
            if !source.contains_key(key) {
                problems.push(
                    Message::new("i18n-check-extra-key")
                        .arg("lang", lang.as_str())
                        .arg("key", key.as_str())
                        .arg("file", entry.file.as_str()),
                );
            }
        }
        check_stale(&input.locales_dir, lang, source, locale, &mut problems);
    }
    check_renderings(&input.locales_dir, &locales, &mut problems);

    let usage = Usage::read(&input.usage_dirs);
    for key in source.keys() {
        if !usage.uses(key) {
            problems.push(Message::new("i18n-check-unused-key").arg("key", key.as_str()));
        }
    }

    check_fonts(input, &locales, &mut problems);
    problems
}

fn check_fonts(
    input: &CheckInput,
    locales: &BTreeMap<String, Locale>,
    problems: &mut Vec<Message>,
) {
    let (coverage, missing_packages) = match &input.fonts {
        Some(paths) => {
            let paths: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
            (Coverage::from_files(&paths), BTreeSet::new())
        }
        None => {
            let (loaded, missing) = load_font_files();
            let packages: BTreeSet<&str> = missing.iter().map(|m| m.package).collect();
            (
                Coverage::from_bytes(loaded.into_iter().map(|(_, bytes)| bytes).collect()),
                packages,
            )
        }
    };
    let mut verdicts: BTreeMap<char, bool> = BTreeMap::new();
    for (lang, locale) in locales {
        // One report per character and language is enough to act on.
        let mut reported = BTreeSet::new();
        for (key, entry) in locale {
            for ch in entry.text.chars() {
                let covered = *verdicts.entry(ch).or_insert_with(|| coverage.covers(ch));
                if !covered && reported.insert(ch) {
                    let install = if missing_packages.is_empty() {
                        FONT_FILES
                            .iter()
                            .map(|f| f.package)
                            .collect::<BTreeSet<_>>()
                    } else {
                        missing_packages.clone()
                    };
                    problems.push(
                        Message::new("i18n-check-glyph")
                            .arg("lang", lang.as_str())
                            .arg("key", key.as_str())
                            .arg("char", ch.to_string())
                            .arg("codepoint", format!("U+{:04X}", ch as u32))
                            .arg(
                                "packages",
                                install.into_iter().collect::<Vec<_>>().join(" "),
                            ),
                    );
                }
            }
        }
    }
}

fn join(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        return "-".into();
    }
    set.iter()
        .map(|v| format!("${v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn read_locales(dir: &Path, problems: &mut Vec<Message>) -> Option<BTreeMap<String, Locale>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        problems.push(Message::new("i18n-check-no-source").arg("dir", dir.display().to_string()));
        return None;
    };
    let mut locales = BTreeMap::new();
    for lang_dir in entries.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
        let lang = lang_dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let mut locale = Locale::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&lang_dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let name = format!(
                "{lang}/{}",
                file.file_name().unwrap_or_default().to_string_lossy()
            );
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let resource = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        problems.push(
                            Message::new("i18n-check-syntax")
                                .arg("file", name.as_str())
                                .arg("line", line_of(&text, error.pos.start)),
                        );
                    }
                    resource
                }
            };
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry {
                    let key = message.id.name.to_owned();
                    if locale.contains_key(&key) {
                        problems.push(
                            Message::new("i18n-check-duplicate-key")
                                .arg("lang", lang.as_str())
                                .arg("key", key.as_str())
                                .arg("file", name.as_str()),
                        );
                    }
                    let mut collected = Entry {
                        file: name.clone(),
                        ..Entry::default()
                    };
                    if let Some(pattern) = &message.value {
                        collect_pattern(pattern, &mut collected);
                    }
                    for attribute in &message.attributes {
                        collect_pattern(&attribute.value, &mut collected);
                    }
                    collected.source_hash = source_hash(&message);
                    locale.insert(key, collected);
                }
            }
        }
        locales.insert(lang, locale);
    }
    Some(locales)
}

/// 1-based line of a byte offset in a locale file. (The TOML loader, which
/// sits above i18n, counts its lines itself.)
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn collect_pattern(pattern: &ast::Pattern<&str>, entry: &mut Entry) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => entry.text.push_str(value),
            ast::PatternElement::Placeable { expression } => collect_expression(expression, entry),
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, entry: &mut Entry) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, entry);
            for variant in variants {
                collect_pattern(&variant.value, entry);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, entry),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, entry: &mut Entry) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            entry.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::StringLiteral { value } => entry.text.push_str(value),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, entry);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, entry),
        _ => {}
    }
}

/// The text of the files that may use keys, and the templates of dynamic keys.
struct Usage {
    text: String,
    templates: Vec<Vec<String>>,
}

impl Usage {
    fn read(dirs: &[PathBuf]) -> Usage {
        let mut text = String::new();
        let mut stack: Vec<PathBuf> = dirs.to_vec();
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(
                    std::fs::read_dir(&path)
                        .into_iter()
                        .flatten()
                        .flatten()
                        .map(|e| e.path()),
                );
            } else if path
                .extension()
                .is_some_and(|e| e == "rs" || e == "toml" || e == "js")
            {
                text.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
                text.push('\n');
            }
        }
        let templates = string_literals(&text)
            .filter(|literal| literal.contains('{') && literal.contains('-'))
            .map(split_template)
            .filter(|parts| parts.iter().any(|p| !p.is_empty()))
            .collect();
        Usage { text, templates }
    }

    fn uses(&self, key: &str) -> bool {
        self.text.contains(&format!("\"{key}\""))
            || self.templates.iter().any(|parts| glob_matches(parts, key))
    }
}

/// Naive string literals: the text between pairs of `"` on a line.
fn string_literals(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .flat_map(|line| line.split('"').skip(1).step_by(2))
}

/// `lang-{code}-name` → [`lang-`, `-name`].
fn split_template(literal: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut depth = 0;
    for ch in literal.chars() {
        match ch {
            '{' => {
                depth += 1;
                if depth == 1 {
                    parts.push(String::new());
                }
            }
            '}' => depth -= 1,
            _ if depth == 0 => parts.last_mut().expect("starts non-empty").push(ch),
            _ => {}
        }
    }
    parts
}

fn glob_matches(parts: &[String], key: &str) -> bool {
    let (first, rest) = match parts.split_first() {
        Some(split) => split,
        None => return false,
    };
    let Some(mut remaining) = key.strip_prefix(first.as_str()) else {
        return false;
    };
    for (i, part) in rest.iter().enumerate() {
        let last = i + 1 == rest.len();
        if last {
            // A wildcard must stand for at least one character.
            return remaining.len() > part.len() && remaining.ends_with(part.as_str());
        }
        match remaining.get(1..).and_then(|r| r.find(part.as_str())) {
            Some(at) => remaining = &remaining[1 + at + part.len()..],
            None => return false,
        }
    }
    remaining.is_empty()
}

/// The file in each translated locale that records, per key, the hash of the
/// Japanese message it was translated from.
pub const SOURCE_HASHES_FILE: &str = "source-hashes.txt";

const SOURCE_HASHES_HEADER: &str = "\
# The Japanese source each message of this locale was translated from: the key,
# then the first 16 hex digits of the SHA-256 of the Japanese message
# (normalized fluent syntax). Written by `madoguchi i18n stamp`; `madoguchi
# i18n check` flags every message whose Japanese source has changed since.
";

/// A stable fingerprint of a message: its normalized fluent text (so a change
/// of layout alone does not make translations stale), without its comment.
fn source_hash(message: &ast::Message<&str>) -> String {
    use sha2::{Digest, Sha256};
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            comment: None,
            ..message.clone()
        })],
    };
    let digest = Sha256::digest(fluent_syntax::serializer::serialize(&resource).as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// `key hash` lines of a locale's [`SOURCE_HASHES_FILE`]; empty when it is missing.
fn read_source_hashes(lang_dir: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(lang_dir.join(SOURCE_HASHES_FILE)).unwrap_or_default();
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once(' '))
        .map(|(key, hash)| (key.to_owned(), hash.trim().to_owned()))
        .collect()
}

fn write_source_hashes(lang_dir: &Path, hashes: &BTreeMap<String, String>) -> std::io::Result<()> {
    let mut text = SOURCE_HASHES_HEADER.to_owned();
    for (key, hash) in hashes {
        text.push_str(&format!("{key} {hash}\n"));
    }
    std::fs::write(lang_dir.join(SOURCE_HASHES_FILE), text)
}

/// Flags every translated message whose Japanese source is not the one recorded.
fn check_stale(
    locales_dir: &Path,
    lang: &str,
    source: &Locale,
    locale: &Locale,
    problems: &mut Vec<Message>,
) {
    let recorded = read_source_hashes(&locales_dir.join(lang));
    for (key, entry) in source {
        if !locale.contains_key(key) {
            continue;
        }
        let problem = match recorded.get(key) {
            None => "i18n-check-unstamped",
            Some(hash) if *hash != entry.source_hash => "i18n-check-stale",
            Some(_) => continue,
        };
        problems.push(
            Message::new(problem)
                .arg("lang", lang)
                .arg("key", key.as_str()),
        );
    }
}

/// Records the current Japanese source of `keys` (every key when empty) as
/// the one `lang`'s translations were made from; with `only_missing`, only
/// keys that have no record yet. Returns how many records were written
/// (none for Japanese, the source itself).
pub fn stamp(
    locales_dir: &Path,
    lang: &str,
    keys: &[String],
    only_missing: bool,
) -> Result<usize, Vec<Message>> {
    if lang == "ja" {
        return Ok(0);
    }
    let mut problems = Vec::new();
    let Some(locales) = read_locales(locales_dir, &mut problems) else {
        return Err(problems);
    };
    let (Some(source), Some(locale)) = (locales.get("ja"), locales.get(lang)) else {
        return Err(vec![
            Message::new("i18n-check-unknown-language").arg("lang", lang),
        ]);
    };
    for key in keys {
        if !source.contains_key(key) || !locale.contains_key(key) {
            problems.push(
                Message::new("i18n-check-missing-key")
                    .arg("lang", lang)
                    .arg("key", key.as_str())
                    .arg("file", source.get(key).map_or("-", |e| e.file.as_str())),
            );
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let lang_dir = locales_dir.join(lang);
    let mut recorded = read_source_hashes(&lang_dir);
    // Records of keys Japanese no longer has would only mislead.
    recorded.retain(|key, _| source.contains_key(key));
    let mut stamped = 0;
    for (key, entry) in source {
        let chosen = keys.is_empty() || keys.contains(key);
        let wanted = !only_missing || !recorded.contains_key(key);
        if chosen && wanted && locale.contains_key(key) {
            recorded.insert(key.clone(), entry.source_hash.clone());
            stamped += 1;
        }
    }
    write_source_hashes(&lang_dir, &recorded).map_err(|e| {
        vec![
            Message::new("i18n-check-write-failed")
                .arg(
                    "file",
                    lang_dir.join(SOURCE_HASHES_FILE).display().to_string(),
                )
                .arg("reason", e.to_string()),
        ]
    })?;
    Ok(stamped)
}

/// The counts every message is rendered with: none, one, two, a few, and the
/// numbers whose plural category differs from their neighbours' in some
/// languages (11, 21).
pub const SAMPLE_COUNTS: [i64; 6] = [0, 1, 2, 5, 11, 21];

/// Variables that carry a date or a time already formatted by the code.
const DATE_VARIABLES: [&str; 3] = ["date", "last", "time"];
const SAMPLE_DATE: &str = "2026-04-01";

/// Renders every message of every locale with each sample count in every
/// numeric variable and a date in the date variables; flags a leftover
/// brace (a variable that did not resolve), an empty text, or a negative
/// number.
fn check_renderings(
    locales_dir: &Path,
    locales: &BTreeMap<String, Locale>,
    problems: &mut Vec<Message>,
) {
    // A folder that does not load has already been reported as a syntax problem.
    let Ok(i18n) = super::I18n::from_dir(locales_dir) else {
        return;
    };
    for (lang_code, locale) in locales {
        let Some(lang) = super::Lang::parse(lang_code) else {
            continue;
        };
        for (key, entry) in locale {
            for count in SAMPLE_COUNTS {
                let args: Vec<(&str, super::Arg)> = entry
                    .variables
                    .iter()
                    .map(|name| {
                        let value = if DATE_VARIABLES.contains(&name.as_str()) {
                            super::Arg::from(SAMPLE_DATE)
                        } else {
                            super::Arg::from(count)
                        };
                        (name.as_str(), value)
                    })
                    .collect();
                let text = i18n.tr_args(&lang, key, &args);
                let problem = if text.trim().is_empty() {
                    "i18n-check-render-empty"
                } else if text.contains('{') || text.contains('}') {
                    "i18n-check-render-brace"
                } else if shows_negative_number(&text) {
                    "i18n-check-render-negative"
                } else {
                    continue;
                };
                problems.push(
                    Message::new(problem)
                        .arg("lang", lang_code.as_str())
                        .arg("key", key.as_str())
                        .arg("count", count)
                        .arg("text", text),
                );
                // One failing count is enough to send a translator to the message.
                break;
            }
        }
    }
}

/// A minus sign right before a digit that is not inside a code or a range
/// (`A-012`, `2026-04-01`, `03-1234-5678` are not negative numbers).
fn shows_negative_number(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).enumerate().any(|(i, pair)| {
        matches!(pair[0], '-' | '−' | '－')
            && pair[1].is_ascii_digit()
            && (i == 0 || !chars[i - 1].is_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Arg;

    fn write(dir: &Path, file: &str, text: &str) {
        let path = dir.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn templates_match_dynamic_keys() {
        let parts = split_template("lang-name-{code}");
        assert!(glob_matches(&parts, "lang-name-en"));
        assert!(!glob_matches(&parts, "lang-name-"));
        let parts = split_template("procedure-{}-name");
        assert!(glob_matches(&parts, "procedure-juminhyo-name"));
        assert!(!glob_matches(&parts, "procedure-juminhyo-fee"));
    }

    #[test]
    fn finds_missing_extra_variable_unused_and_syntax_problems() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "locales/ja/a.ftl",
            "greet = こんにちは { $name }\nbye = さようなら\nunused = 使わない\n",
        );
        write(
            root,
            "locales/en/a.ftl",
            "greet = Hello { $nme }\nextra = Extra\nunused = Unused\n",
        );
        write(
            root,
            "locales/ko/a.ftl",
            "greet = 안녕 { $name }\nbye = 안녕히\nunused = x\nbroken = {\n",
        );
        write(root, "src/x.rs", "fn f() { t(\"greet\"); t(\"bye\"); }\n");
        let input = CheckInput {
            locales_dir: root.join("locales"),
            usage_dirs: vec![root.join("src")],
            fonts: Some(vec![]),
        };
        let keys: Vec<String> = check(&input).iter().map(|m| m.key.clone()).collect();
        for expected in [
            "i18n-check-missing-key",
            "i18n-check-extra-key",
            "i18n-check-variables",
            "i18n-check-unused-key",
            "i18n-check-syntax",
            "i18n-check-glyph",
        ] {
            assert!(
                keys.iter().any(|k| k == expected),
                "{expected} not in {keys:?}"
            );
        }
    }

    #[test]
    fn clean_locales_pass() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "locales/ja/a.ftl",
            "greet = { $name ->\n [a] あ\n *[other] い\n}\n",
        );
        write(
            root,
            "locales/en/a.ftl",
            "greet = { $name ->\n [a] a\n *[other] b\n}\n",
        );
        write(root, "src/x.rs", "t(\"greet\")\n");
        let input = CheckInput {
            locales_dir: root.join("locales"),
            usage_dirs: vec![root.join("src")],
            fonts: Some(FONT_FILES.iter().map(|f| PathBuf::from(f.path)).collect()),
        };
        // The translation was made from this Japanese text.
        stamp(&input.locales_dir, "en", &[], false).unwrap();
        let problems = check(&input);
        // Without the fonts installed only glyph problems may remain.
        assert!(
            problems.iter().all(|m| m.key == "i18n-check-glyph"),
            "{problems:?}"
        );
    }

    #[test]
    fn stale_translations_are_flagged_until_stamped() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "locales/ja/a.ftl",
            "greet = こんにちは\nbye = さようなら\n",
        );
        write(root, "locales/en/a.ftl", "greet = Hello\nbye = Goodbye\n");
        write(root, "src/x.rs", "t(\"greet\"); t(\"bye\");\n");
        let input = CheckInput {
            locales_dir: root.join("locales"),
            usage_dirs: vec![root.join("src")],
            fonts: Some(vec![]),
        };
        let flagged = |key: &str| -> Vec<String> {
            check(&input)
                .into_iter()
                .filter(|m| m.key == key)
                .map(|m| format!("{:?}", m.args))
                .collect()
        };
        assert_eq!(flagged("i18n-check-unstamped").len(), 2);
        assert_eq!(stamp(&input.locales_dir, "en", &[], false).unwrap(), 2);
        assert!(flagged("i18n-check-unstamped").is_empty());
        assert!(flagged("i18n-check-stale").is_empty());

        // Layout alone is not a change of the source.
        write(
            root,
            "locales/ja/a.ftl",
            "greet =    こんにちは\n\nbye = さようなら\n",
        );
        assert!(flagged("i18n-check-stale").is_empty());

        write(
            root,
            "locales/ja/a.ftl",
            "greet = こんにちは！\nbye = さようなら\n",
        );
        let stale = flagged("i18n-check-stale");
        assert_eq!(stale.len(), 1, "{stale:?}");
        assert!(stale[0].contains("greet"), "{stale:?}");

        // Stamping only the missing keys does not hide a stale one.
        assert_eq!(stamp(&input.locales_dir, "en", &[], true).unwrap(), 0);
        assert_eq!(flagged("i18n-check-stale").len(), 1);
        assert_eq!(
            stamp(&input.locales_dir, "en", &["greet".to_owned()], false).unwrap(),
            1
        );
        assert!(flagged("i18n-check-stale").is_empty());
        assert!(stamp(&input.locales_dir, "en", &["nowhere".to_owned()], false).is_err());
        assert!(stamp(&input.locales_dir, "xx", &[], false).is_err());
        assert_eq!(stamp(&input.locales_dir, "ja", &[], false).unwrap(), 0);
        assert!(!root.join("locales/ja").join(SOURCE_HASHES_FILE).exists());
    }

    #[test]
    fn renderings_with_sample_counts_catch_braces_empty_text_and_negative_numbers() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "locales/ja/a.ftl",
            "temp = 気温 -{ $count }度\nempty = { \"\" }\nmissing = { other-message }\n\
             plural = { $count ->\n [0] なし\n [21] { \"\" }\n *[other] { $count }件\n}\n\
             fine = 番号 A-0{ $count }、{ $date }、03-1234-5678\n",
        );
        write(
            root,
            "src/x.rs",
            "t(\"temp\"); t(\"empty\"); t(\"missing\"); t(\"plural\"); t(\"fine\");\n",
        );
        let input = CheckInput {
            locales_dir: root.join("locales"),
            usage_dirs: vec![root.join("src")],
            fonts: Some(vec![]),
        };
        let problems: Vec<(String, String)> = check(&input)
            .into_iter()
            .filter(|m| m.key.starts_with("i18n-check-render"))
            .map(|m| {
                let key = m.args.iter().find(|(n, _)| n == "key").unwrap().1.clone();
                let Arg::Text(key) = key else { panic!() };
                (m.key, key)
            })
            .collect();
        let expected = [
            ("i18n-check-render-negative", "temp"),
            ("i18n-check-render-empty", "empty"),
            ("i18n-check-render-brace", "missing"),
            // Only the last sample count reaches the empty variant.
            ("i18n-check-render-empty", "plural"),
        ];
        for (problem, key) in expected {
            assert!(
                problems.iter().any(|(p, k)| p == problem && k == key),
                "{problem} {key} not in {problems:?}"
            );
        }
        assert!(!problems.iter().any(|(_, k)| k == "fine"), "{problems:?}");
    }

    #[test]
    fn negative_numbers_are_told_from_codes_dates_and_ranges() {
        assert!(shows_negative_number("-1歳"));
        assert!(shows_negative_number("age −3"));
        assert!(!shows_negative_number("A-012"));
        assert!(!shows_negative_number("2026-04-01"));
        assert!(!shows_negative_number("03-1234-5678"));
        assert!(!shows_negative_number("--data-dir"));
    }
}
