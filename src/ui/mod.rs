//! The iced user interfaces. Only this module (and `main.rs`) imports iced.
//!
//! - [`kiosk`]: the resident's fullscreen flow (welcome, choose, ticket,
//!   facilities), one module per screen, with its seam to the hub
//!   ([`kiosk::service::TicketService`]) and `madoguchi kiosk`
//!   ([`kiosk::cli`]).
//! - [`theme`], [`fonts`], [`widgets`]: the shared look, the fonts loaded at
//!   start-up, and touch-sized building blocks.
//! - [`demo`]: `madoguchi demo`, an embedded hub, an enrolled kiosk and a
//!   demo QR on one machine.
//!
//! Entry point: [`run_kiosk`]. For screenshots and demos the environment
//! variables `MADOGUCHI_SCREEN` (see [`demo::StartScreen::ALL`]) and
//! `MADOGUCHI_LANG` (a language tag) open the kiosk on a given screen and
//! language, `MADOGUCHI_LOOK=large,contrast` with display modes on;
//! [`demo::Start::from_env`] reads them.

pub mod board;
pub mod clerk;
pub mod demo;
pub mod effect;
pub mod fonts;
pub mod keypads;
pub mod kiosk;
pub mod theme;
pub mod widgets;

use std::sync::Arc;
use std::time::Instant;

use iced::{Size, Task, window};

pub use kiosk::{KioskConfig, KioskOptions};

/// Window size when not fullscreen: a landscape 10-inch tablet.
pub const WINDOW_SIZE: Size = Size::new(1280.0, 800.0);

/// Opens the kiosk window (on the screen the environment asks for, see
/// [`demo::Start::from_env`]) and runs it until it is closed.
pub fn run_kiosk(options: KioskOptions) -> iced::Result {
    let start = demo::Start::from_env();
    let loaded = fonts::load();
    let default_font = loaded.default_font();
    tracing::info!(
        found = loaded.found.len(),
        missing = loaded.missing.len(),
        family = ?default_font.family,
        "fonts loaded"
    );
    let settings = iced::Settings {
        id: Some("madoguchi-kiosk".into()),
        fonts: loaded.bytes,
        default_font,
        default_text_size: theme::Sizes::NORMAL.body.into(),
        ..iced::Settings::default()
    };
    let window = window::Settings {
        size: WINDOW_SIZE,
        fullscreen: options.fullscreen,
        decorations: !options.fullscreen,
        ..window::Settings::default()
    };

    iced::application(
        move || {
            let (kiosk, effects) = demo::open_kiosk(options.clone(), start, Instant::now());
            let task = effects.into_task(|effect| Task::future(kiosk.perform(effect)));
            (kiosk, task)
        },
        kiosk::Kiosk::update_task,
        kiosk::Kiosk::view,
    )
    .title(kiosk::Kiosk::title)
    .theme(kiosk::Kiosk::theme)
    .subscription(kiosk::Kiosk::subscription)
    .settings(settings)
    .window(window)
    .run()
}

impl KioskOptions {
    /// A kiosk on the shipped settings with an in-memory queue (no hub):
    /// for unit tests and single-screen previews. `madoguchi demo` uses
    /// [`demo::Demo`] and a real hub instead.
    pub fn offline_preview() -> Self {
        KioskOptions::new(
            KioskConfig::shipped("http://127.0.0.1:8750"),
            Arc::new(kiosk::service::InMemoryTicketService::sample()),
        )
    }
}

/// The facilities PIN whose hash the shipped `config/kiosk.toml` holds
/// (documented there and in the README): replace it before going live.
pub const DEMO_PIN: &str = "2468";
