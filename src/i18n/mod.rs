//! Translations: fluent bundles, the language list, fallbacks and messages.
//!
//! Every string shown to a person lives in `locales/<lang>/*.ftl`. Japanese
//! (`ja`) is the source language; every other locale carries the same keys.
//! The locale files are compiled into the binary (so a kiosk never starts
//! without its texts) and can be overridden from a directory at run time.
//!
//! Code never formats user-facing text itself: errors and notices carry a
//! [`Message`] (a fluent key and its arguments) and the screen that shows it
//! renders it in the reader's language with [`I18n::render`].
//!
//! やさしい日本語 (plain Japanese for foreign residents) is the tag
//! `ja-x-easy`: BCP 47 has no registered subtag for it, and a private-use
//! extension keeps it a Japanese locale for plural rules and fallback.

pub mod check;
pub mod cli;
pub mod fonts;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use unic_langid::LanguageIdentifier;

static EMBEDDED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The text of a shipped locale file (`locales/<lang>/<file>`), for what is
/// exported as it is (the resident's web page reads the same `.ftl` files).
pub fn embedded_source(lang: &Lang, file: &str) -> Option<&'static str> {
    EMBEDDED_LOCALES
        .get_file(format!("{}/{file}", lang.code()))?
        .contents_utf8()
}

/// A language Madoguchi speaks, with how it names itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LanguageInfo {
    /// The tag used in configuration, folder names and payloads.
    pub code: &'static str,
    /// The language's own name in its own script, for the language buttons.
    pub native_name: &'static str,
    /// The locale fluent uses for plural rules.
    pub fluent_locale: &'static str,
}

/// Every language the product ships, in the order of the language buttons.
pub const LANGUAGES: &[LanguageInfo] = &[
    LanguageInfo {
        code: "ja",
        native_name: "日本語",
        fluent_locale: "ja",
    },
    LanguageInfo {
        code: "ja-x-easy",
        native_name: "やさしい にほんご",
        fluent_locale: "ja",
    },
    LanguageInfo {
        code: "en",
        native_name: "English",
        fluent_locale: "en",
    },
    LanguageInfo {
        code: "zh-Hans",
        native_name: "简体中文",
        fluent_locale: "zh-Hans",
    },
    LanguageInfo {
        code: "zh-Hant",
        native_name: "繁體中文",
        fluent_locale: "zh-Hant",
    },
    LanguageInfo {
        code: "ko",
        native_name: "한국어",
        fluent_locale: "ko",
    },
    LanguageInfo {
        code: "vi",
        native_name: "Tiếng Việt",
        fluent_locale: "vi",
    },
    LanguageInfo {
        code: "ne",
        native_name: "नेपाली",
        fluent_locale: "ne",
    },
    LanguageInfo {
        code: "fil",
        native_name: "Filipino",
        fluent_locale: "fil",
    },
    LanguageInfo {
        code: "pt-BR",
        native_name: "Português",
        fluent_locale: "pt-BR",
    },
    LanguageInfo {
        code: "es",
        native_name: "Español",
        fluent_locale: "es",
    },
    LanguageInfo {
        code: "id",
        native_name: "Bahasa Indonesia",
        fluent_locale: "id",
    },
];

/// A language code known to [`LANGUAGES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(&'static LanguageInfo);

impl Lang {
    /// Japanese, the source language and the last fallback.
    pub fn ja() -> Lang {
        Lang(&LANGUAGES[0])
    }

    /// A known language by its tag, case-insensitively (`zh-hant` is `zh-Hant`).
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim();
        LANGUAGES
            .iter()
            .find(|info| info.code.eq_ignore_ascii_case(code))
            .map(Lang)
    }

    /// The best known language for an HTTP `Accept-Language` header.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut ranges: Vec<(f32, &str)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.parse::<f32>().ok())
                    .unwrap_or(1.0);
                (!tag.is_empty() && quality > 0.0).then_some((quality, tag))
            })
            .collect();
        // Stable sort keeps the header's order among equal weights.
        ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranges
            .into_iter()
            .find_map(|(_, tag)| Lang::best_match(tag))
    }

    /// Exact tag first, then the tag's language with a script guess
    /// (`zh-TW` → `zh-Hant`, `pt` → `pt-BR`, `en-US` → `en`).
    fn best_match(tag: &str) -> Option<Lang> {
        if let Some(lang) = Lang::parse(tag) {
            return Some(lang);
        }
        let lower = tag.to_ascii_lowercase();
        let mapped = match lower.as_str() {
            "zh-tw" | "zh-hk" | "zh-mo" => "zh-Hant",
            "zh" | "zh-cn" | "zh-sg" => "zh-Hans",
            "tl" => "fil",
            _ => lower.split('-').next().unwrap_or_default(),
        };
        Lang::parse(mapped).or_else(|| {
            LANGUAGES
                .iter()
                .find(|info| info.code.split('-').next() == Some(mapped))
                .map(Lang)
        })
    }

    pub fn code(&self) -> &'static str {
        self.0.code
    }

    pub fn native_name(&self) -> &'static str {
        self.0.native_name
    }

    /// Every shipped language in button order.
    pub fn all() -> impl Iterator<Item = Lang> {
        LANGUAGES.iter().map(Lang)
    }

    /// Where a missing message is looked up next.
    fn fallback(&self) -> Option<Lang> {
        match self.code() {
            "ja" => None,
            _ => Some(Lang::ja()),
        }
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::ja()
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl serde::Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Lang::parse(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown language `{code}`")))
    }
}

/// An argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Number(value as f64)
            }
        }
    )*};
}
number_arg!(i32, i64, u8, u16, u32, u64, usize, f32, f64);

/// Text for a person, not yet in a language: a fluent key and its arguments.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Message {
    pub key: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, Arg)>,
}

impl Message {
    pub fn new(key: impl Into<String>) -> Self {
        Message {
            key: key.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: impl Into<String>, value: impl Into<Arg>) -> Self {
        self.args.push((name.into(), value.into()));
        self
    }
}

impl std::fmt::Display for Message {
    /// Japanese, for logs and errors that reach a developer's terminal.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&I18n::embedded().render(&Lang::ja(), self))
    }
}

/// A problem in a locale folder.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("{file}: {reason}")]
    Syntax { file: String, reason: String },
    #[error("{0}: cannot read: {1}")]
    Io(String, std::io::Error),
}

type Bundle = FluentBundle<FluentResource>;

/// All locales, ready to format. Cheap to clone; shared across threads.
#[derive(Clone)]
pub struct I18n {
    bundles: Arc<HashMap<&'static str, Bundle>>,
    keys: Arc<HashMap<&'static str, Vec<String>>>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl I18n {
    /// The locales compiled into the binary. Built once per process.
    pub fn embedded() -> I18n {
        static EMBEDDED: std::sync::OnceLock<I18n> = std::sync::OnceLock::new();
        EMBEDDED
            .get_or_init(|| {
                let files = EMBEDDED_LOCALES.dirs().flat_map(|dir| {
                    let lang = dir.path().to_string_lossy().into_owned();
                    dir.files().filter_map(move |file| {
                        let name = file.path().to_string_lossy().into_owned();
                        (name.ends_with(".ftl"))
                            .then(|| (lang.clone(), name, file.contents_utf8().map(str::to_owned)))
                    })
                });
                let files = files.map(|(lang, name, text)| {
                    (lang, name.clone(), text.ok_or_else(|| not_utf8(&name)))
                });
                // The shipped files are checked by tests; a syntax error there is a build defect.
                I18n::from_sources(files).expect("embedded locales are valid fluent")
            })
            .clone()
    }

    /// Locales from a folder laid out like `locales/`: `<dir>/<lang>/*.ftl`.
    pub fn from_dir(dir: &Path) -> Result<I18n, I18nError> {
        let mut files = Vec::new();
        let read =
            |p: &Path| std::fs::read_dir(p).map_err(|e| I18nError::Io(p.display().to_string(), e));
        for lang_dir in read(dir)? {
            let lang_dir = lang_dir.map_err(|e| I18nError::Io(dir.display().to_string(), e))?;
            if !lang_dir.path().is_dir() {
                continue;
            }
            let lang = lang_dir.file_name().to_string_lossy().into_owned();
            for file in read(&lang_dir.path())? {
                let path = file.map_err(|e| I18nError::Io(lang.clone(), e))?.path();
                if path.extension().is_some_and(|ext| ext == "ftl") {
                    let name = path.display().to_string();
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| I18nError::Io(name.clone(), e))
                        .map_err(|e| e.to_string());
                    files.push((lang.clone(), name, text));
                }
            }
        }
        files.sort_by(|a, b| a.1.cmp(&b.1));
        I18n::from_sources(files)
    }

    fn from_sources(
        files: impl IntoIterator<Item = (String, String, Result<String, String>)>,
    ) -> Result<I18n, I18nError> {
        let mut bundles: HashMap<&'static str, Bundle> = HashMap::new();
        let mut keys: HashMap<&'static str, Vec<String>> = HashMap::new();
        for (lang_dir, name, text) in files {
            let Some(lang) = Lang::parse(&lang_dir) else {
                tracing::warn!(folder = %lang_dir, "locale folder for an unknown language skipped");
                continue;
            };
            let text = text.map_err(|reason| I18nError::Syntax {
                file: name.clone(),
                reason,
            })?;
            let resource =
                FluentResource::try_new(text).map_err(|(_, errors)| I18nError::Syntax {
                    file: name.clone(),
                    reason: format!("{errors:?}"),
                })?;
            keys.entry(lang.code())
                .or_default()
                .extend(resource.entries().filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                }));
            let bundle = bundles
                .entry(lang.code())
                .or_insert_with(|| new_bundle(lang));
            bundle
                .add_resource(resource)
                .map_err(|errors| I18nError::Syntax {
                    file: name.clone(),
                    reason: format!("{errors:?}"),
                })?;
        }
        Ok(I18n {
            bundles: Arc::new(bundles),
            keys: Arc::new(keys),
        })
    }

    /// Languages that have at least one locale file.
    pub fn languages(&self) -> Vec<Lang> {
        Lang::all()
            .filter(|l| self.bundles.contains_key(l.code()))
            .collect()
    }

    /// Whether `lang` itself (without fallback) has `key`.
    pub fn has(&self, lang: &Lang, key: &str) -> bool {
        self.bundles
            .get(lang.code())
            .is_some_and(|b| b.has_message(key))
    }

    /// Every message key a language defines (without fallback), sorted.
    pub fn keys(&self, lang: &Lang) -> Vec<String> {
        let mut keys = self.keys.get(lang.code()).cloned().unwrap_or_default();
        keys.sort();
        keys
    }

    pub fn tr(&self, lang: &Lang, key: &str) -> String {
        self.format(lang, key, None)
    }

    pub fn tr_args(&self, lang: &Lang, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, fluent_value(value));
        }
        self.format(lang, key, Some(&fluent_args))
    }

    pub fn render(&self, lang: &Lang, message: &Message) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in &message.args {
            fluent_args.set(name.as_str(), fluent_value(value));
        }
        self.format(lang, &message.key, Some(&fluent_args))
    }

    fn format(&self, lang: &Lang, key: &str, args: Option<&FluentArgs>) -> String {
        let mut current = Some(*lang);
        while let Some(lang) = current {
            if let Some(bundle) = self.bundles.get(lang.code())
                && let Some(pattern) = bundle.get_message(key).and_then(|m| m.value())
            {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(
                        key,
                        lang = lang.code(),
                        ?errors,
                        "message formatted with errors"
                    );
                }
                return text.into_owned();
            }
            current = lang.fallback();
            // Screens redraw every frame: say each missing message once.
            if let Some(next) = current
                && first_time_missing(lang, key)
            {
                tracing::warn!(
                    key,
                    lang = lang.code(),
                    fallback = next.code(),
                    "message missing"
                );
            }
        }
        tracing::error!(key, "message missing in every locale");
        key.to_owned()
    }
}

/// Whether this is the first time `key` is found missing in `lang`.
fn first_time_missing(lang: Lang, key: &str) -> bool {
    static SEEN: std::sync::Mutex<Option<std::collections::HashSet<(&'static str, String)>>> =
        std::sync::Mutex::new(None);
    let mut seen = SEEN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    seen.get_or_insert_with(Default::default)
        .insert((lang.code(), key.to_owned()))
}

fn fluent_value(arg: &Arg) -> FluentValue<'static> {
    match arg {
        Arg::Number(n) => FluentValue::from(*n),
        Arg::Text(t) => FluentValue::from(t.clone()),
    }
}

fn new_bundle(lang: Lang) -> Bundle {
    let locale: LanguageIdentifier = lang.0.fluent_locale.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Unicode isolation marks show as boxes in some fonts and break copy-paste.
    bundle.set_use_isolating(false);
    bundle
}

fn not_utf8(name: &str) -> String {
    format!("{name} is not UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse_case_insensitively() {
        assert_eq!(Lang::parse("zh-hant").unwrap().code(), "zh-Hant");
        assert_eq!(
            Lang::parse("ja-x-easy").unwrap().native_name(),
            "やさしい にほんご"
        );
        assert!(Lang::parse("xx").is_none());
        assert_eq!(Lang::all().count(), 12);
    }

    #[test]
    fn accept_language_picks_the_best_known_language() {
        let pick = |h| Lang::from_accept_language(h).map(|l| l.code());
        assert_eq!(pick("en-US,en;q=0.9"), Some("en"));
        assert_eq!(pick("fr;q=1.0, zh-TW;q=0.8, ja;q=0.5"), Some("zh-Hant"));
        assert_eq!(pick("pt;q=0.9, ko;q=0.95"), Some("ko"));
        assert_eq!(pick("pt"), Some("pt-BR"));
        assert_eq!(pick("fr, de"), None);
        assert_eq!(pick(""), None);
    }

    #[test]
    fn missing_message_falls_back_to_japanese_then_the_key() {
        let i18n = I18n::from_sources([
            (
                "ja".into(),
                "ja/a.ftl".into(),
                Ok("only-ja = 日本語だけ\ncount = { $n }件\n".into()),
            ),
            (
                "en".into(),
                "en/a.ftl".into(),
                Ok("count = { $n ->\n [one] one item\n *[other] { $n } items\n}\n".into()),
            ),
        ])
        .unwrap();
        let en = Lang::parse("en").unwrap();
        assert_eq!(i18n.tr(&en, "only-ja"), "日本語だけ");
        assert_eq!(i18n.tr(&en, "nowhere"), "nowhere");
        assert_eq!(i18n.tr_args(&en, "count", &[("n", 1.into())]), "one item");
        assert_eq!(
            i18n.render(&en, &Message::new("count").arg("n", 3)),
            "3 items"
        );
        assert_eq!(
            i18n.render(&Lang::ja(), &Message::new("count").arg("n", 3)),
            "3件"
        );
        assert_eq!(i18n.keys(&en), vec!["count".to_string()]);
        assert!(i18n.has(&Lang::ja(), "only-ja") && !i18n.has(&en, "only-ja"));
    }

    #[test]
    fn embedded_locales_load() {
        let i18n = I18n::embedded();
        assert!(i18n.has(&Lang::ja(), "config-error-syntax"));
    }
}
