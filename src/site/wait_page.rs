//! The waiting pages a phone opens outside the office network
//! (docs/wait-anywhere.md): the relay (`madoguchi relay`) serves them and the
//! static publisher writes them at `BASE/`, beside the data files they read.
//!
//! ```text
//! BASE/ticket.html        one resident's ticket (`?t=ID&lang=LANG`)
//! BASE/index.html         the ward's congestion, every office and service
//! BASE/wait.js            both pages' code (assets/web/wait, one ES module)
//! BASE/wait.css           their styles
//! BASE/wait-messages.js   globalThis.MADOGUCHI_WAIT = { …WaitMessages… };
//! ```
//!
//! The HTML, code and styles are bundled by `assets/web/build.mjs --wait`
//! when cargo builds this crate (see `build.rs`) and embedded in the binary;
//! `wait-messages.js` is exported here from `locales/<lang>/wait.ftl`, so
//! the pages' strings are the locale files themselves. The pages fetch only
//! from their own origin: `data/tickets/ID.json` (or the relay's
//! `events/tickets/ID` when the ticket file names it) and `data/ward.json`.

use std::collections::BTreeMap;

use include_dir::{Dir, include_dir};
use serde::Serialize;

use super::LanguageExport;
use super::page::PageMissing;
use crate::i18n::Lang;

static PAGES: Dir<'static> = include_dir!("$OUT_DIR/wait");

/// Layout version of `wait-messages.js`; the pages refuse other numbers.
pub const SCHEMA_VERSION: u32 = 1;
/// The locale files the pages read (`locales/<lang>/<name>.ftl`).
pub const MESSAGE_FILES: &[&str] = &["wait.ftl"];
/// The paths of [`files`], relative to `BASE/`.
pub const PATHS: &[&str] = &[
    "ticket.html",
    "index.html",
    "wait.js",
    "wait.css",
    "wait-messages.js",
];

/// The pages' policy, for a server to send as a header too: the same as
/// their meta element (`WAIT_POLICY` of assets/web/build.mjs), and no
/// framing (which only a header can say).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; img-src data:; connect-src 'self'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// The contents of `wait-messages.js`.
#[derive(Debug, Clone, Serialize)]
pub struct WaitMessages {
    pub schema: u32,
    /// Every shipped language, in button order (the switcher's list).
    pub languages: Vec<LanguageExport>,
    /// Language code → the text of its [`MESSAGE_FILES`], for `@fluent/bundle`.
    pub messages: BTreeMap<String, String>,
}

/// The pages' strings in every shipped language.
pub fn wait_messages() -> WaitMessages {
    WaitMessages {
        schema: SCHEMA_VERSION,
        languages: Lang::all().filter_map(|l| LanguageExport::of(&l)).collect(),
        messages: Lang::all()
            .map(|lang| {
                (
                    lang.code().to_owned(),
                    super::messages_of(&lang, MESSAGE_FILES),
                )
            })
            .collect(),
    }
}

/// The pages' files by path relative to `BASE/` ([`PATHS`]). A relay serves
/// them as they are, a static publisher writes them once beside its data
/// files; both send `text/html`, `text/javascript` and `text/css` by
/// extension.
pub fn files() -> Result<BTreeMap<String, Vec<u8>>, PageMissing> {
    if let Some(reason) = option_env!("MADOGUCHI_WAIT_MISSING") {
        return Err(PageMissing {
            reason: reason.to_owned(),
        });
    }
    let mut out: BTreeMap<String, Vec<u8>> = PAGES
        .files()
        .map(|f| {
            (
                f.path().to_string_lossy().into_owned(),
                f.contents().to_vec(),
            )
        })
        .collect();
    out.insert(
        "wait-messages.js".into(),
        super::global_script("MADOGUCHI_WAIT", &wait_messages()).into_bytes(),
    );
    if let Some(missing) = PATHS.iter().find(|p| !out.contains_key(**p)) {
        return Err(PageMissing {
            reason: format!("the embedded waiting pages have no {missing}"),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_carry_every_language_and_its_wait_strings() {
        let messages = wait_messages();
        assert_eq!(messages.languages.len(), Lang::all().count());
        for lang in Lang::all() {
            let text = &messages.messages[lang.code()];
            assert!(text.contains("wait-ticket-title ="), "{}", lang.code());
        }
        let script = super::super::global_script("MADOGUCHI_WAIT", &messages);
        assert!(script.starts_with("globalThis.MADOGUCHI_WAIT = {\"schema\":1,"));
    }

    #[test]
    fn files_are_the_contract_paths_with_the_policy_of_the_header() {
        let files = match files() {
            Ok(files) => files,
            // Built without node: the browser tests say so (or fail under CI).
            Err(missing) => {
                eprintln!("skipped: {missing}");
                return;
            }
        };
        let names: Vec<&str> = files.keys().map(String::as_str).collect();
        let mut expected = PATHS.to_vec();
        expected.sort_unstable();
        assert_eq!(names, expected);
        for page in ["ticket.html", "index.html"] {
            let html = String::from_utf8(files[page].clone()).unwrap();
            let meta = html
                .split("http-equiv=\"Content-Security-Policy\" content=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap();
            assert_eq!(
                format!("{meta}; frame-ancestors 'none'"),
                CONTENT_SECURITY_POLICY,
                "{page}"
            );
            assert!(html.contains("src=\"wait-messages.js\""), "{page}");
            assert!(!html.contains("<script>"), "{page}: no inline script");
        }
    }
}
