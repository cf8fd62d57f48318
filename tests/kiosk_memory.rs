//! The kiosk keeps nothing from one resident to the next (issue #6: "no
//! growth"): after a few residents have filled the caches that fill once,
//! more residents through the QR path leave the live heap where it was.
//!
//! Every allocation of this test binary is counted by [`Counting`]; the
//! kiosk runs as the iced runtime runs it, minus the window: `update`, then
//! `view`, the layout with the widget cache of the last frame and `draw`
//! into one headless renderer kept for the whole run (so caches keyed by
//! content, texts and images, would show).

// Counting allocations needs a GlobalAlloc, whose methods are unsafe by nature.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Arc;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::{Duration, Instant};

use iced::Font;
use iced::futures::executor::block_on;
use iced_test::core::renderer::{Headless, Style};
use iced_test::core::{Color, mouse};
use iced_test::runtime::user_interface::{Cache, UserInterface};
use madoguchi::config::kiosk::KioskConfig;
use madoguchi::ui::WINDOW_SIZE;
use madoguchi::ui::demo::demo_payload;
use madoguchi::ui::kiosk::service::{InMemoryTicketService, TicketService};
use madoguchi::ui::kiosk::{Kiosk, KioskOptions, Message, Screen};

/// The system allocator, counting the bytes live.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: the caller's contract for `alloc`, passed on.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: the caller's contract for `alloc_zeroed`, passed on.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: the caller's contract for `dealloc`, passed on.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        // SAFETY: the caller's contract for `realloc`, passed on.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static COUNTING: Counting = Counting;

/// The kiosk, a renderer that outlives the frames, and the clock.
struct Run {
    kiosk: Kiosk,
    renderer: iced::Renderer,
    cache: Option<Cache>,
    now: Instant,
}

impl Run {
    fn send(&mut self, message: Message) {
        for effect in self.kiosk.update(message) {
            let reply = block_on(self.kiosk.perform(effect));
            self.send(reply);
        }
        self.frame();
    }

    fn frame(&mut self) {
        let mut ui = UserInterface::build(
            self.kiosk.view(),
            WINDOW_SIZE,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        ui.draw(
            &mut self.renderer,
            &self.kiosk.theme(),
            &Style {
                text_color: Color::BLACK,
            },
            mouse::Cursor::Unavailable,
        );
        self.cache = Some(ui.into_cache());
    }

    fn tick(&mut self, by: Duration) {
        self.now += by;
        self.send(Message::Tick(self.now));
    }

    /// A resident scans the QR from the welcome screen, turns on large text
    /// and high contrast on the review and walks away: the idle wipe.
    fn resident(&mut self, payload: &str) {
        let mut at = self.now;
        for c in payload.chars().chain(['\n']) {
            at += Duration::from_millis(4);
            self.send(Message::WedgeKey(c, at));
        }
        self.now = at;
        assert!(
            matches!(self.kiosk.resident().screen, Screen::Review(_)),
            "{:?}",
            self.kiosk.resident().screen
        );
        self.send(Message::ToggleLargeText);
        self.send(Message::ToggleHighContrast);
        while !self.kiosk.is_fresh() {
            self.tick(Duration::from_millis(500));
        }
    }
}

#[test]
fn residents_through_the_qr_path_leave_no_heap_behind() {
    let payload = demo_payload().unwrap().parts.remove(0);
    let service = Arc::new(InMemoryTicketService::sample());
    let options = KioskOptions::new(
        KioskConfig::shipped("http://127.0.0.1:8750"),
        service as Arc<dyn TicketService>,
    );
    let now = Instant::now();
    let renderer = block_on(<iced::Renderer as Headless>::new(
        Font::DEFAULT,
        16.into(),
        None,
    ))
    .expect("headless renderer");
    let mut run = Run {
        kiosk: Kiosk::new(options, now),
        renderer,
        cache: None,
        now,
    };
    // Caches that fill once (fonts, shaping, the fluent bundles' memos).
    for _ in 0..5 {
        run.resident(&payload);
    }
    let before = LIVE.load(Ordering::Relaxed);
    const RESIDENTS: isize = 40;
    for _ in 0..RESIDENTS {
        run.resident(&payload);
    }
    let after = LIVE.load(Ordering::Relaxed);
    // A leak on this path once looked like 36–60 kB per resident; allow a
    // few hundred bytes each for a cache still settling.
    let per_resident = (after - before) / RESIDENTS;
    assert!(
        per_resident < 512,
        "live heap grew {} bytes over {RESIDENTS} residents ({per_resident} per resident)",
        after - before
    );
}
