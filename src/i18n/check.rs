//! `madoguchi i18n check`: the locales are complete, consistent, used and drawable.
//!
//! Japanese is the source. For every other locale folder the check demands:
//! the same keys as `ja` (none missing, none extra); the same variables in
//! every message as its Japanese source (a translation that drops `$count`
//! would show a wrong sentence); every key used somewhere in `src/`,
//! `config/` or the resident's web page (`assets/web/src/`, JavaScript
//! modules calling keys the same way) (dead strings rot untranslated); and every character covered by
//! a font the windows load (no tofu on a kiosk), naming the Debian package to
//! install when a font file is missing.
//!
//! A key built at run time is "used" when a string literal in the code
//! matches it with its `{…}` placeholders as wildcards
//! (`format!("lang-name-{code}")` uses `lang-name-en`).

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
}

/// Every key of one locale folder.
type Locale = BTreeMap<String, Entry>;

/// What the check looks at.
#[derive(Debug, Clone)]
pub struct CheckInput {
    /// `locales/`, one folder per language.
    pub locales_dir: PathBuf,
    /// Folders whose files may use keys (`src/`, `config/`, `assets/web/src/`).
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
    }

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

#[cfg(test)]
mod tests {
    use super::*;

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
        let problems = check(&input);
        // Without the fonts installed only glyph problems may remain.
        assert!(
            problems.iter().all(|m| m.key == "i18n-check-glyph"),
            "{problems:?}"
        );
    }
}
