//! Opens the demo kiosk in a window (what `madoguchi demo` shows), for
//! screenshots before the CLI is wired: `MADOGUCHI_SCREEN=ticket
//! MADOGUCHI_LANG=en cargo run --release --example kiosk_demo`.

fn main() -> iced::Result {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let mut options = madoguchi::ui::KioskOptions::offline_preview();
    options.fullscreen = std::env::var_os("MADOGUCHI_FULLSCREEN").is_some();
    madoguchi::ui::run_kiosk(options)
}
