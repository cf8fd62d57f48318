//! What the browser tests share: Debian's Chromium and the page's npm
//! packages (puppeteer-core, axe-core) in assets/web/node_modules, and the
//! rule that they skip only outside CI.

use std::path::{Path, PathBuf};

pub const CHROMIUM: &str = "/usr/bin/chromium";

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// assets/web: the pages, their node tests and the browser harness.
pub fn web() -> PathBuf {
    root().join("assets/web")
}

/// Whether the browser tests can run; says why not, or fails when
/// `MADOGUCHI_REQUIRE_BROWSER` is set (`.ci/run` sets it).
pub fn browser_ready(what: &str) -> bool {
    let missing = if !Path::new(CHROMIUM).exists() {
        Some(format!("{CHROMIUM} missing"))
    } else if !web().join("node_modules/puppeteer-core").is_dir() {
        Some("assets/web/node_modules missing".to_owned())
    } else {
        None
    };
    match missing {
        None => true,
        Some(why) if std::env::var_os("MADOGUCHI_REQUIRE_BROWSER").is_some() => {
            panic!("{what}: {why} (run `bash scripts/setup.sh`)")
        }
        Some(why) => {
            eprintln!("skipped {what}: {why} (run `bash scripts/setup.sh`)");
            false
        }
    }
}
