//! Builds the resident's pre-application page (assets/web) into OUT_DIR/web,
//! and the waiting pages (assets/web/wait, `site::wait_page`) into
//! OUT_DIR/wait, with node and esbuild, so the binary embeds them
//! (`madoguchi site build`, `/preapp/` of the hub and demo, the relay and the
//! static wait pages). Needs no network: when node or the npm
//! packages (`npm ci` in assets/web, done by scripts/setup.sh) are absent the
//! binary embeds no page, says so in a warning, and `site build` explains how
//! to get it.

use std::path::Path;
use std::process::Command;

const WATCHED: &[&str] = &[
    "assets/web/src",
    "assets/web/wait",
    "assets/web/index.html",
    "assets/web/style.css",
    "assets/web/build.mjs",
    "assets/web/package-lock.json",
    "assets/web/node_modules/.package-lock.json",
];

fn main() {
    for path in WATCHED {
        println!("cargo::rerun-if-changed={path}");
    }
    println!("cargo::rerun-if-env-changed=MADOGUCHI_NODE");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let pages = [
        (
            "web",
            None,
            "the resident's web page is not embedded",
            "MADOGUCHI_WEB_MISSING",
        ),
        (
            "wait",
            Some("--wait"),
            "the waiting pages are not embedded",
            "MADOGUCHI_WAIT_MISSING",
        ),
    ];
    for (folder, mode, warning, missing_env) in pages {
        let out = Path::new(&out_dir).join(folder);
        // A stale page must not survive a failed build.
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out).expect("OUT_DIR is writable");
        if let Err(reason) = build_page(mode, &out) {
            let _ = std::fs::remove_dir_all(&out);
            std::fs::create_dir_all(&out).expect("OUT_DIR is writable");
            println!("cargo::warning={warning}: {reason}");
            println!("cargo::rustc-env={missing_env}={reason}");
        }
    }
}

/// `node assets/web/build.mjs [MODE] OUT`.
fn build_page(mode: Option<&str>, out: &Path) -> Result<(), String> {
    let web = Path::new("assets/web");
    if !web.join("node_modules/esbuild").is_dir() {
        return Err("assets/web/node_modules is missing (run `bash scripts/setup.sh`, which runs `npm ci` there)".into());
    }
    let sources: &[&str] = match mode {
        Some(_) => &[
            "wait/ticket.html",
            "wait/index.html",
            "wait/wait.css",
            "wait/main.js",
        ],
        None => &["index.html", "style.css", "src/main.js"],
    };
    for file in sources {
        if !web.join(file).is_file() {
            return Err(format!("assets/web/{file} is missing"));
        }
    }
    let node = std::env::var("MADOGUCHI_NODE").unwrap_or_else(|_| "node".into());
    let output = Command::new(&node)
        .arg(web.join("build.mjs"))
        .args(mode)
        .arg(out)
        .output()
        .map_err(|e| format!("cannot run {node} ({e}); install nodejs (scripts/setup.sh does)"))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let first = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        return Err(format!("node assets/web/build.mjs failed: {first}"));
    }
    Ok(())
}
