//! The page's built files (index.html, app.js, app.css), embedded when cargo
//! built this crate with node and the npm packages at hand (see `build.rs`).
//! The waiting pages are embedded the same way ([`super::wait_page`]).

use std::collections::BTreeMap;

use include_dir::{Dir, include_dir};

static PAGE: Dir<'static> = include_dir!("$OUT_DIR/web");

/// Why this binary has no page (the resident's, or the waiting pages): `build.rs`'s reason, and how to get one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "this madoguchi was built without its web pages ({reason}). \
     Run `bash scripts/setup.sh` (it installs nodejs and runs `npm ci` in assets/web), \
     then `cargo build` again"
)]
pub struct PageMissing {
    pub reason: String,
}

/// The page's files by path (`index.html`, `app.js`, `app.css`).
pub fn files() -> Result<BTreeMap<String, Vec<u8>>, PageMissing> {
    if let Some(reason) = option_env!("MADOGUCHI_WEB_MISSING") {
        return Err(PageMissing {
            reason: reason.to_owned(),
        });
    }
    let mut out = BTreeMap::new();
    collect(&PAGE, &mut out);
    if !out.contains_key("index.html") {
        return Err(PageMissing {
            reason: "the embedded page has no index.html".into(),
        });
    }
    Ok(out)
}

fn collect(dir: &Dir<'static>, out: &mut BTreeMap<String, Vec<u8>>) {
    for file in dir.files() {
        out.insert(
            file.path().to_string_lossy().replace('\\', "/"),
            file.contents().to_vec(),
        );
    }
    for sub in dir.dirs() {
        collect(sub, out);
    }
}
