//! The speech engines for tests that synthesize: present, or a printed
//! reason to skip. `.ci/run` installs them (scripts/setup.sh) and sets
//! `MADOGUCHI_REQUIRE_SPEECH=1`, so there they may not skip.
#![allow(dead_code)]

use madoguchi::i18n::Lang;
use madoguchi::speech::Engines;

/// The installed engines when every language can be spoken, else `None`
/// after saying why `what` is skipped (or failing under
/// `MADOGUCHI_REQUIRE_SPEECH`).
pub fn engines(what: &str) -> Option<Engines> {
    let engines = Engines::installed();
    let missing = Lang::all().find_map(|lang| engines.unavailable(lang));
    match missing {
        None => Some(engines),
        Some(why) if std::env::var_os("MADOGUCHI_REQUIRE_SPEECH").is_some() => {
            panic!("{what}: {why} (run `bash scripts/setup.sh`)")
        }
        Some(why) => {
            eprintln!("skipped {what}: {why} (run `bash scripts/setup.sh`)");
            None
        }
    }
}
