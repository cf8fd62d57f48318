//! What every subcommand shares: the options that let several processes run
//! side by side, and where configuration files are found by default.
//!
//! A leaf module: the command-line parts of `config`, `domain`, `i18n` and
//! the screens all take [`CommonArgs`] without depending on each other.

use std::path::{Path, PathBuf};

/// Options every process and tool takes, so several run side by side.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct CommonArgs {
    /// Configuration file (default: the process's file under `config/`).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Where SQLite files and keys live (default: the platform's data directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

impl CommonArgs {
    /// The data directory for a role (`kiosk`, `hub`, …), created if missing.
    pub fn data_dir(&self, role: &str) -> PathBuf {
        let (dir, ours) = match &self.data_dir {
            Some(dir) => (dir.clone(), false),
            None => (
                directories::ProjectDirs::from("jp.lg", "Madoguchi", "madoguchi")
                    .map(|dirs| dirs.data_dir().join(role))
                    .unwrap_or_else(|| PathBuf::from(".madoguchi").join(role)),
                true,
            ),
        };
        let made =
            create_private_dir(&dir).and_then(|()| if ours { restrict_dir(&dir) } else { Ok(()) });
        if let Err(error) = made {
            tracing::warn!(dir = %dir.display(), %error, "cannot create data directory");
        }
        dir
    }

    /// The configuration file given, or the default one for a role.
    pub fn config_file(&self, role: &str) -> PathBuf {
        self.config
            .clone()
            .unwrap_or_else(|| default_config_dir().join(format!("{role}.toml")))
    }
}

/// `config/` of the source tree when run from it, else next to the binary.
pub fn default_config_dir() -> PathBuf {
    let here = PathBuf::from("config");
    if here.is_dir() {
        return here;
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("config");
    if manifest.is_dir() {
        return manifest;
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("config")))
        .unwrap_or(here)
}

/// Writes a file only its owner can read (keys, tokens), replacing an older one.
pub fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let mut file = options.open(path)?;
        // `mode` applies only to a new file; an old one keeps its bits unless set.
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        file.write_all(contents)
    }
    #[cfg(not(unix))]
    {
        options.open(path)?.write_all(contents)
    }
}

/// Creates `dir` and any missing parents readable by their owner only
/// (0700): data directories hold personal data and device tokens. A folder
/// that already exists is left as it is (it may be one the operator named
/// for other things too).
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Makes a folder of the program's own (the platform's data directory)
/// readable by its owner only, also when an older version made it open.
fn restrict_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}
