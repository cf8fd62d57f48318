//! The kiosk's frame cost and memory over simulated residents
//! (`cargo bench --bench kiosk`).
//!
//! The kiosk runs as the iced runtime runs it, minus the window: every
//! message goes through [`Kiosk::update`], then a frame is made of the new
//! state: [`Kiosk::view`], the layout (`UserInterface::build`, with the
//! widget cache of the previous frame, as the runtime keeps it), `draw`
//! (primitives) and the headless tiny-skia raster of the whole 1280×800
//! window. Taps are mouse clicks routed through the last frame's widgets to
//! the button showing a translated label; a USB scanner is keyboard events
//! 4 ms apart through [`key_message`]; time passes as `Tick`s every 500 ms,
//! as the kiosk's subscription sends them. The office is real: `madoguchi
//! hub` in a process of its own on loopback, this process an enrolled kiosk
//! with its SQLite outbox and the background push (see [`Office`]);
//! confirming waits for the hub's number.
//!
//! Residents arrive every 20 s of simulated time (or when the one before
//! leaves), for `KIOSK_BENCH_MINUTES` simulated minutes (default 60) and at
//! least `KIOSK_BENCH_RESIDENTS` residents (default 180), in
//! every offered language in turn, and do one of: scan a one-part QR and
//! confirm; scan a three-part QR, change the number of copies, switch the
//! language and confirm; scan, switch to large text and high contrast,
//! then walk away from the review (the idle wipe); take a plain number.
//! Tickets are closed with the button or left to time out.
//!
//! Printed:
//! 1. per interaction kind: update, view, update+view (budget p99 < 8 ms),
//!    layout+draw, raster, and the whole frame; p50/p99/max;
//! 2. resident memory (`VmRSS` of /proc/self/status) every
//!    `KIOSK_BENCH_SAMPLE` residents (default 10), first vs last and the
//!    least-squares slope after the first sample, and over the second half
//!    alone (budget < 200 MB, no growth).
//!
//! Diagnosis: `KIOSK_BENCH_RASTER=all|none` (default: the many scanner-key
//! and tick frames are rasterized 1 in 16), `KIOSK_BENCH_FRAMES=none` (no
//! frames, only the taps' layouts), `KIOSK_BENCH_ONLY=0..3` (one kind of
//! resident), `KIOSK_BENCH_HUB=embedded` (the hub in this process).
//!
//! The first `WARM_UP` residents are not timed (first use of each font and
//! glyph cache); memory is sampled from the start.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::futures::executor::block_on;
use iced::keyboard::{self, Key, Location, Modifiers, key};
use iced::{Size, Theme};
use iced_test::core::renderer::{Headless, Style};
use iced_test::core::theme::Base;
use iced_test::core::widget::{self, Operation};
use iced_test::core::{Event, Font, SmolStr, clipboard, mouse};
use iced_test::runtime::user_interface::{Cache, UserInterface};
use iced_test::selector::Selector;
use madoguchi::config::kiosk::KioskConfig;
use madoguchi::hub::api::Role;
use madoguchi::i18n::{I18n, Lang, Message as Text};
use madoguchi::preapp::{EncodeParams, encode};
use madoguchi::ui::demo::{Demo, demo_form};
use madoguchi::ui::kiosk::service::{HubTicketService, TicketService};
use madoguchi::ui::kiosk::{Kiosk, KioskOptions, Message, Screen, key_message, review};
use madoguchi::ui::{WINDOW_SIZE, fonts, theme};

/// Residents not timed at the start (caches filling on first use).
const WARM_UP: usize = 12;
/// Budget for update + view of one interaction, p99 (issue #6).
const FRAME_BUDGET: Duration = Duration::from_millis(8);
/// Budget for the resident set size after an hour (issue #6).
const MEMORY_BUDGET_KB: u64 = 200 * 1024;
/// The kiosk subscription's tick.
const TICK: Duration = Duration::from_millis(500);
/// A resident every this much simulated time, if the last one has left.
const ARRIVAL: Duration = Duration::from_secs(20);
/// Time a resident takes to read a screen before the next tap.
const DWELL: Duration = Duration::from_millis(2_500);
/// Gap between the keys of a USB scanner.
const WEDGE_GAP: Duration = Duration::from_millis(4);
/// Kinds of frames so many that only 1 in 16 is rasterized (unless
/// `KIOSK_BENCH_RASTER=all`): they change nothing or a countdown on screen,
/// and the window's compositor redraws only damaged regions anyway.
const RASTER_SAMPLED: &[&str] = &[
    "scanner key",
    "tick (welcome, idle)",
    "tick (resident on screen)",
];

/// The times of one interaction: the update of its message and the frame
/// made after it.
#[derive(Clone, Copy, Default)]
struct Times {
    update: Duration,
    view: Duration,
    layout: Duration,
    draw: Duration,
    /// The full-window raster, when this frame was rasterized.
    raster: Option<Duration>,
}

impl Times {
    fn update_view(&self) -> Duration {
        self.update + self.view
    }
    fn layout_draw(&self) -> Duration {
        self.layout + self.draw
    }
    fn frame(&self) -> Option<Duration> {
        Some(self.update + self.view + self.layout + self.draw + self.raster?)
    }
}

/// The record of every timed interaction, spooled to a file as it comes.
///
/// Kept in memory it grew by one [`Times`] per scanner key and tick, some
/// 20 kB per resident (more in `VmRSS`, with the vectors' regrowth): the
/// whole "growth" this bench once reported was its own record. The memory
/// sampled is the kiosk's; the record is read back only for the report.
struct Record {
    /// The kinds seen so far (a fixed handful); a record names its kind by
    /// index here.
    kinds: Vec<&'static str>,
    file: std::io::BufWriter<std::fs::File>,
    /// The newest interaction, held back so a tick that wipes can be
    /// retimed under its own name ([`Record::rename_last`]).
    last: Option<(usize, Times)>,
}

impl Record {
    /// `u64`s per interaction: kind, update, view, layout, draw, raster.
    const WORDS: usize = 6;
    /// `raster` of a frame that was not rasterized.
    const NO_RASTER: u64 = u64::MAX;

    fn new() -> Record {
        Record {
            kinds: Vec::new(),
            file: std::io::BufWriter::new(tempfile::tempfile().expect("temp file for the record")),
            last: None,
        }
    }

    fn push(&mut self, kind: &'static str, times: Times) {
        let index = match self.kinds.iter().position(|k| *k == kind) {
            Some(index) => index,
            None => {
                self.kinds.push(kind);
                self.kinds.len() - 1
            }
        };
        self.write_last();
        self.last = Some((index, times));
    }

    /// Files the newest interaction under `to` when it was of kind `from`.
    fn rename_last(&mut self, from: &str, to: &'static str) {
        if let Some((index, times)) = self.last
            && self.kinds[index] == from
        {
            self.last = None;
            self.push(to, times);
        }
    }

    fn write_last(&mut self) {
        use std::io::Write;
        let Some((index, t)) = self.last.take() else {
            return;
        };
        let nanos = |d: Duration| d.as_nanos() as u64;
        let words: [u64; Record::WORDS] = [
            index as u64,
            nanos(t.update),
            nanos(t.view),
            nanos(t.layout),
            nanos(t.draw),
            t.raster.map_or(Record::NO_RASTER, nanos),
        ];
        for word in words {
            self.file
                .write_all(&word.to_le_bytes())
                .expect("write the record");
        }
    }

    /// Every interaction, by kind.
    fn read_back(mut self) -> BTreeMap<&'static str, Vec<Times>> {
        use std::io::{Read, Seek};
        self.write_last();
        let mut file = self.file.into_inner().expect("flush the record");
        file.rewind().expect("rewind the record");
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).expect("read the record");
        let mut times: BTreeMap<&'static str, Vec<Times>> = BTreeMap::new();
        for record in bytes.chunks_exact(8 * Record::WORDS) {
            let word = |i: usize| {
                u64::from_le_bytes(record[8 * i..8 * i + 8].try_into().expect("8 bytes"))
            };
            let raster = word(5);
            times
                .entry(self.kinds[word(0) as usize])
                .or_default()
                .push(Times {
                    update: Duration::from_nanos(word(1)),
                    view: Duration::from_nanos(word(2)),
                    layout: Duration::from_nanos(word(3)),
                    draw: Duration::from_nanos(word(4)),
                    raster: (raster != Record::NO_RASTER).then(|| Duration::from_nanos(raster)),
                });
        }
        times
    }
}

/// The window without the window: a headless renderer with the kiosk's
/// fonts and the widget cache the runtime carries from frame to frame.
struct Screenless {
    renderer: iced::Renderer,
    cache: Option<Cache>,
    size: Size,
}

impl Screenless {
    fn new() -> Screenless {
        let loaded = fonts::load();
        let default_font = loaded.default_font();
        for bytes in loaded.bytes {
            iced_test::renderer::graphics::text::font_system()
                .write()
                .expect("font system")
                .load_font(bytes);
        }
        let default_font = if default_font == Font::DEFAULT {
            Font::with_name("Fira Sans")
        } else {
            default_font
        };
        let renderer = block_on(<iced::Renderer as Headless>::new(
            default_font,
            theme::Sizes::NORMAL.body.into(),
            None,
        ))
        .expect("headless tiny-skia renderer");
        Screenless {
            renderer,
            cache: Some(Cache::default()),
            size: WINDOW_SIZE,
        }
    }

    /// One frame of `kiosk`, timed into `times`; rasterized only when
    /// `raster` (else `times.raster` stays `None`).
    fn frame(&mut self, kiosk: &Kiosk, times: &mut Times, raster: bool) {
        let theme: Theme = kiosk.theme();
        let base = theme.base();
        let start = Instant::now();
        let element = kiosk.view();
        times.view = start.elapsed();

        let start = Instant::now();
        let mut ui = UserInterface::build(
            element,
            self.size,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        times.layout = start.elapsed();

        let start = Instant::now();
        ui.draw(
            &mut self.renderer,
            &theme,
            &Style {
                text_color: base.text_color,
            },
            mouse::Cursor::Unavailable,
        );
        times.draw = start.elapsed();
        self.cache = Some(ui.into_cache());

        if !raster {
            return;
        }
        let start = Instant::now();
        let pixels = self.renderer.screenshot(
            Size::new(self.size.width as u32, self.size.height as u32),
            1.0,
            base.background_color,
        );
        times.raster = Some(start.elapsed());
        assert_eq!(
            pixels.len(),
            (self.size.width * self.size.height) as usize * 4
        );
    }

    /// The messages of a click on the first text `label` of the current
    /// screen (routed through the widgets, like a finger on the glass).
    fn click(&mut self, kiosk: &Kiosk, label: &str) -> Vec<Message> {
        let mut ui = UserInterface::build(
            kiosk.view(),
            self.size,
            self.cache.take().unwrap_or_default(),
            &mut self.renderer,
        );
        let mut find = Selector::find(label);
        ui.operate(&self.renderer, &mut widget::operation::black_box(&mut find));
        let target = match find.finish() {
            widget::operation::Outcome::Some(Some(target)) => target,
            _ => panic!(
                "no {label:?} on screen {:?}",
                kiosk.resident().screen_name()
            ),
        };
        let bounds = target
            .visible_bounds()
            .unwrap_or_else(|| panic!("{label:?} is off screen"));
        let mut messages = Vec::new();
        let _ = ui.update(
            &[
                Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)),
                Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)),
            ],
            mouse::Cursor::Available(bounds.center()),
            &mut self.renderer,
            &mut clipboard::Null,
            &mut messages,
        );
        self.cache = Some(ui.into_cache());
        assert!(!messages.is_empty(), "tapping {label:?} did nothing");
        messages
    }
}

trait ScreenName {
    fn screen_name(&self) -> &'static str;
}

impl ScreenName for madoguchi::ui::kiosk::Resident {
    fn screen_name(&self) -> &'static str {
        match self.screen {
            Screen::Welcome => "welcome",
            Screen::Choose(_) => "choose",
            Screen::Make(_) => "make",
            Screen::Scan(_) => "scan",
            Screen::Review(_) => "review",
            Screen::Ticket(_) => "ticket",
            Screen::Notice(_) => "notice",
            Screen::Card(_) => "card",
        }
    }
}

/// Which frames are rasterized (`KIOSK_BENCH_RASTER=all|none`, default
/// sampled): the raster is the costly part of the bench's wall time.
#[derive(Clone, Copy)]
enum Raster {
    All,
    /// Every frame but 15 in 16 of [`RASTER_SAMPLED`].
    Sampled,
    None,
}

/// The kiosk, the clock and the record of every interaction.
struct Run {
    kiosk: Kiosk,
    screen: Screenless,
    i18n: I18n,
    now: Instant,
    /// Whether interactions are recorded (not while warming up).
    timing: bool,
    raster: Raster,
    no_frames: bool,
    only: Option<usize>,
    record: Record,
    interactions: usize,
}

impl Run {
    /// Sends `message` (and the answers of its effects, as the runtime's
    /// tasks would) as interaction `kind`, each followed by a frame.
    fn send(&mut self, kind: &'static str, message: Message) {
        let mut times = Times::default();
        let start = Instant::now();
        let effects = self.kiosk.update(message);
        times.update = start.elapsed();
        if self.no_frames {
            // Diagnosis only (`KIOSK_BENCH_FRAMES=none`): the kiosk without iced's side.
            self.record(kind, times);
            for effect in effects {
                let reply = block_on(self.kiosk.perform(effect));
                self.send("effect answer", reply);
            }
            return;
        }
        let raster = match self.raster {
            Raster::All => true,
            Raster::Sampled => {
                !RASTER_SAMPLED.contains(&kind) || self.interactions.is_multiple_of(16)
            }
            Raster::None => false,
        };
        self.screen.frame(&self.kiosk, &mut times, raster);
        self.record(kind, times);
        for effect in effects {
            // Runs off the UI thread in the app: the wait is not a frame.
            let reply = block_on(self.kiosk.perform(effect));
            let kind = match &reply {
                Message::TicketIssued(..) => "ticket arrives (hub answer)",
                Message::FileRead(..) => "file read",
                _ => "effect answer",
            };
            self.send(kind, reply);
        }
    }

    fn record(&mut self, kind: &'static str, times: Times) {
        self.interactions += 1;
        if self.timing {
            self.record.push(kind, times);
        }
    }

    fn lang(&self) -> Lang {
        self.kiosk.resident().lang
    }

    fn tr(&self, key: &str) -> String {
        self.i18n.tr(&self.lang(), key)
    }

    /// Taps the text `label`: one interaction per message it produces.
    fn tap(&mut self, kind: &'static str, label: &str) {
        for message in self.screen.click(&self.kiosk, label) {
            self.send(kind, message);
        }
    }

    fn tap_key(&mut self, kind: &'static str, key: &str) {
        let label = self.tr(key);
        self.tap(kind, &label);
    }

    /// Lets `by` pass in ticks.
    fn wait(&mut self, by: Duration) {
        let until = self.now + by;
        while self.now + TICK <= until {
            self.now += TICK;
            let kind = if self.kiosk.is_fresh() {
                "tick (welcome, idle)"
            } else {
                "tick (resident on screen)"
            };
            let was_fresh = self.kiosk.is_fresh();
            self.send(kind, Message::Tick(self.now));
            if !was_fresh && self.kiosk.is_fresh() {
                // That tick wiped the resident: retime it under its own name.
                self.record.rename_last(kind, "tick that wipes");
            }
        }
    }

    /// A USB scanner types `text` and Enter.
    fn scanner_types(&mut self, text: &str) {
        let mut at = self.now;
        for c in text.chars().map(Some).chain([None]) {
            at += WEDGE_GAP;
            let (key, typed) = match c {
                Some(c) => (Key::Character(SmolStr::new(c.to_string())), Some(c)),
                None => (Key::Named(key::Named::Enter), None),
            };
            let event = keyboard::Event::KeyPressed {
                modified_key: key.clone(),
                key,
                physical_key: key::Physical::Unidentified(key::NativeCode::Unidentified),
                location: Location::Standard,
                modifiers: Modifiers::empty(),
                text: typed.map(|c| SmolStr::new(c.to_string())),
                repeat: false,
            };
            let message = key_message(&event, at).expect("a key the kiosk reads");
            let kind = if c.is_some() {
                "scanner key"
            } else {
                "scanner Enter (decode)"
            };
            self.send(kind, message);
        }
        self.now = at;
    }

    fn on(&self, screen: &str) -> bool {
        self.kiosk.resident().screen_name() == screen
    }

    fn expect(&self, screen: &str) {
        assert!(
            self.on(screen),
            "expected {screen}, on {}",
            self.kiosk.resident().screen_name()
        );
    }

    /// Welcome → language → start → "I have a QR".
    fn open_scan(&mut self, lang: Lang) {
        self.expect("welcome");
        self.tap("tap language", lang.native_name());
        self.wait(DWELL);
        self.tap_key("tap start", "kiosk-welcome-start");
        self.wait(DWELL);
        self.tap_key("tap I have a QR", "kiosk-choose-qr");
        self.wait(DWELL);
        self.expect("scan");
    }

    /// The ticket: the resident taps done, or walks off and it times out.
    fn leave_ticket(&mut self, tap_done: bool) {
        self.expect("ticket");
        self.wait(DWELL * 2);
        if tap_done {
            self.tap_key("tap done (ticket)", "kiosk-ticket-done");
        } else {
            while !self.kiosk.is_fresh() {
                self.wait(TICK);
            }
        }
        assert!(self.kiosk.is_fresh(), "{:?}", self.kiosk);
    }

    fn resident(&mut self, n: usize, payloads: &Payloads, services: &[(String, Text)]) {
        let langs: Vec<Lang> = self.kiosk.settings().languages.offered.clone();
        // `KIOSK_BENCH_ONLY=0..3`: one kind of resident only (diagnosis),
        // in the languages that kind has in the full rotation.
        let n = self.only.map_or(n, |kind| n * 4 + kind % 4);
        let lang = langs[n % langs.len()];
        match n % 4 {
            // One QR, confirm, the ticket button.
            0 => {
                self.open_scan(lang);
                self.scanner_types(&payloads.one[0]);
                self.expect("review");
                self.wait(DWELL * 2);
                self.tap_key("tap confirm", "kiosk-review-confirm");
                self.leave_ticket(true);
            }
            // Three parts out of order, one change, another language, confirm.
            1 => {
                self.open_scan(lang);
                let parts = &payloads.three;
                for i in [2, 0, 1] {
                    self.scanner_types(&parts[i % parts.len()]);
                    self.wait(Duration::from_secs(1));
                }
                for part in parts.iter().skip(3) {
                    self.scanner_types(part);
                }
                self.expect("review");
                self.wait(DWELL);
                self.send(
                    "review: open a field",
                    Message::Review(review::Message::Edit("juminhyo-utsushi.copies".into())),
                );
                self.wait(DWELL);
                self.tap("tap + (copies)", "+");
                self.wait(DWELL);
                self.tap_key("tap done (field)", "kiosk-review-done");
                self.tap_key("tap language (bar)", "kiosk-bar-language");
                self.wait(DWELL);
                let other = langs[(n + 5) % langs.len()];
                self.tap("tap language", other.native_name());
                self.wait(DWELL);
                self.tap_key("tap confirm", "kiosk-review-confirm");
                self.leave_ticket(false);
            }
            // Large text, high contrast, then walks away: the idle wipe.
            2 => {
                self.open_scan(lang);
                self.scanner_types(&payloads.one[0]);
                self.expect("review");
                self.tap_key("tap large text", "kiosk-bar-large-text");
                self.wait(DWELL);
                self.tap_key("tap high contrast", "kiosk-bar-high-contrast");
                while !self.kiosk.is_fresh() {
                    self.wait(TICK);
                }
            }
            // Just a number.
            _ => {
                self.expect("welcome");
                self.tap("tap language", lang.native_name());
                self.wait(DWELL);
                self.tap_key("tap start", "kiosk-welcome-start");
                self.wait(DWELL);
                self.tap_key("tap just a number", "kiosk-choose-number");
                self.wait(DWELL);
                let (_, name) = &services[n % services.len()];
                let label = self.i18n.render(&self.lang(), name);
                self.tap("tap a service", &label);
                self.leave_ticket(n % 8 == 3);
            }
        }
    }
}

/// The office around the kiosk. By default the hub is a process of its own
/// (`madoguchi hub`, as on the hub PC) and this process is the kiosk
/// (`madoguchi kiosk` without the window: outbox, background push, screens),
/// so the memory measured is the kiosk's. `KIOSK_BENCH_HUB=embedded` runs
/// `madoguchi demo`'s office instead, the hub in this process.
struct Office {
    config: KioskConfig,
    service: Arc<HubTicketService>,
    /// The hub process, if the hub is one.
    hub: Option<std::process::Child>,
    /// Keeps the demo's embedded hub (and its folders) alive.
    _demo: Option<Demo>,
    _runtime: Option<tokio::runtime::Runtime>,
    _dir: tempfile::TempDir,
}

impl Office {
    fn start() -> Office {
        let dir = tempfile::tempdir().expect("temp dir");
        if std::env::var("KIOSK_BENCH_HUB").is_ok_and(|v| v == "embedded") {
            let demo = Demo::start(Some(dir.path()), dir.path()).expect("demo office");
            return Office {
                config: demo.config.clone(),
                service: demo.service.clone(),
                hub: None,
                _demo: Some(demo),
                _runtime: None,
                _dir: dir,
            };
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let url = format!("http://127.0.0.1:{port}");
        let hub_dir = dir.path().join("hub");
        let mut hub = std::process::Command::new(env!("CARGO_BIN_EXE_madoguchi"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .arg("--data-dir")
            .arg(&hub_dir)
            .args(["hub", "--listen", &format!("127.0.0.1:{port}")])
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("start `madoguchi hub`");
        // The kiosk's own runtime for the push, as `madoguchi kiosk` has.
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let up = runtime.block_on(async {
            let http = reqwest::Client::new();
            for _ in 0..400 {
                if http.get(format!("{url}/healthz")).send().await.is_ok() {
                    return true;
                }
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
            false
        });
        if !up {
            let _ = hub.kill();
            panic!("the hub did not answer on {url}");
        }
        let code = madoguchi::hub::cli::enroll_device(&hub_dir, "bench kiosk", Role::Kiosk)
            .unwrap_or_else(|e| panic!("enroll: {e:?}"));
        let token = runtime
            .block_on(madoguchi::sync::enroll(&url, &code, None))
            .expect("enrolled")
            .token;
        let mut config = KioskConfig::shipped(&url);
        config.name = "ベンチ キオスク".into();
        let kiosk_dir = dir.path().join("kiosk");
        std::fs::create_dir_all(&kiosk_dir).expect("kiosk folder");
        std::fs::write(kiosk_dir.join(&config.device_token_file), token).expect("token");
        let service = HubTicketService::start(&config, &kiosk_dir, runtime.handle().clone())
            .expect("kiosk service");
        Office {
            config,
            service: Arc::new(service),
            hub: Some(hub),
            _demo: None,
            _runtime: Some(runtime),
            _dir: dir,
        }
    }

    fn where_hub(&self) -> &'static str {
        if self.hub.is_some() {
            "hub in its own process"
        } else {
            "hub embedded in this process (demo)"
        }
    }
}

impl Drop for Office {
    fn drop(&mut self) {
        if let Some(hub) = &mut self.hub {
            let _ = hub.kill();
            let _ = hub.wait();
        }
    }
}

struct Payloads {
    one: Vec<String>,
    three: Vec<String>,
}

fn payloads() -> Payloads {
    let form = demo_form();
    let one = encode(&form, None, &EncodeParams::now(30))
        .expect("demo payload")
        .parts;
    let mut params = EncodeParams::now(30);
    params.max_version = 5;
    let three = encode(&form, None, &params).expect("demo payload").parts;
    assert_eq!(one.len(), 1);
    assert!(three.len() >= 3, "{} parts", three.len());
    Payloads { one, three }
}

/// `VmRSS` of this process in kB.
fn rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS")
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

/// p50 / p99 / max of one measure (over the frames that have it).
#[derive(Clone, Copy)]
struct Stats {
    n: usize,
    p50: Duration,
    p99: Duration,
    max: Duration,
}

impl Stats {
    fn of(list: &[Times], measure: impl Fn(&Times) -> Option<Duration>) -> Option<Stats> {
        let mut sorted: Vec<Duration> = list.iter().filter_map(measure).collect();
        sorted.sort();
        Some(Stats {
            n: sorted.len(),
            p50: percentile(&sorted, 0.5),
            p99: percentile(&sorted, 0.99),
            max: *sorted.last()?,
        })
    }
}

fn cell(stats: Option<Stats>) -> String {
    match stats {
        Some(s) => format!("{} / {} / {}", ms(s.p50), ms(s.p99), ms(s.max)),
        None => "–".into(),
    }
}

/// Least-squares slope of `(x, y)`.
fn slope(points: &[(f64, f64)]) -> f64 {
    let n = points.len() as f64;
    let (sx, sy) = points
        .iter()
        .fold((0.0, 0.0), |(a, b), (x, y)| (a + x, b + y));
    let (mx, my) = (sx / n, sy / n);
    let (num, den) = points.iter().fold((0.0, 0.0), |(num, den), (x, y)| {
        (num + (x - mx) * (y - my), den + (x - mx) * (x - mx))
    });
    if den == 0.0 { 0.0 } else { num / den }
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let minutes = env_number("KIOSK_BENCH_MINUTES", 60).max(2);
    let min_residents = env_number("KIOSK_BENCH_RESIDENTS", 180);
    let sample_every = env_number("KIOSK_BENCH_SAMPLE", 10).max(1);
    let office = Office::start();
    let services: Vec<(String, Text)> = office
        .service
        .services()
        .into_iter()
        .map(|s| (s.id, s.name))
        .collect();
    let options = KioskOptions::new(
        office.config.clone(),
        office.service.clone() as Arc<dyn TicketService>,
    );
    let payloads = payloads();
    let now = Instant::now();
    let mut run = Run {
        kiosk: Kiosk::new(options, now),
        screen: Screenless::new(),
        i18n: I18n::embedded(),
        now,
        timing: false,
        raster: match std::env::var("KIOSK_BENCH_RASTER").as_deref() {
            Ok("all") => Raster::All,
            Ok("none") => Raster::None,
            _ => Raster::Sampled,
        },
        no_frames: std::env::var("KIOSK_BENCH_FRAMES").is_ok_and(|v| v == "none"),
        only: std::env::var("KIOSK_BENCH_ONLY")
            .ok()
            .and_then(|v| v.parse().ok()),
        record: Record::new(),
        interactions: 0,
    };
    // The first frame (font atlases and shaping caches start empty).
    run.screen.frame(&run.kiosk, &mut Times::default(), true);

    let simulated = Duration::from_secs(60 * minutes as u64);
    let wall = Instant::now();
    let mut memory: Vec<(usize, Duration, u64)> = vec![(0, Duration::ZERO, rss_kb())];
    let mut residents = 0;
    while run.now.duration_since(now) < simulated || residents < min_residents {
        run.timing = residents >= WARM_UP;
        let arrived = run.now;
        run.resident(residents, &payloads, &services);
        residents += 1;
        // Nobody at the kiosk until the next arrival.
        let next = arrived + ARRIVAL;
        if next > run.now {
            run.wait(next - run.now);
        }
        if residents % sample_every == 0 {
            memory.push((residents, run.now.duration_since(now), rss_kb()));
        }
    }
    let wall = wall.elapsed();
    drop(run.screen);
    report_times(
        &run.record.read_back(),
        residents,
        run.interactions,
        run.now.duration_since(now),
        wall,
        office.where_hub(),
    );
    report_memory(&memory, sample_every, office.where_hub());
    drop(office);
}

fn report_times(
    times: &BTreeMap<&'static str, Vec<Times>>,
    residents: usize,
    interactions: usize,
    simulated: Duration,
    wall: Duration,
    hub: &str,
) {
    println!(
        "kiosk over the iced_test headless runtime: {residents} residents, {} simulated min, \
         {interactions} interactions, {:.0} s wall ({WARM_UP} warm-up residents not timed); \
         window {}x{}, tiny-skia, {hub} on loopback",
        simulated.as_secs() / 60,
        wall.as_secs_f64(),
        WINDOW_SIZE.width,
        WINDOW_SIZE.height,
    );
    println!();
    println!(
        "| interaction | n | update p50/p99/max ms | view | **update+view** | \
         layout+draw | full-window raster (n) | update+view+layout+draw p99 |"
    );
    println!("| --- | ---: | --- | --- | --- | --- | --- | ---: |");
    let all: Vec<Times> = times.values().flatten().copied().collect();
    let row = |name: &str, list: &[Times]| {
        let raster = Stats::of(list, |t| t.raster);
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} ({}) | {} |",
            list.len(),
            cell(Stats::of(list, |t| Some(t.update))),
            cell(Stats::of(list, |t| Some(t.view))),
            cell(Stats::of(list, |t| Some(t.update_view()))),
            cell(Stats::of(list, |t| Some(t.layout_draw()))),
            cell(raster),
            raster.map_or(0, |r| r.n),
            ms(Stats::of(list, |t| Some(t.update_view() + t.layout_draw()))
                .map_or(Duration::ZERO, |s| s.p99)),
        );
    };
    for (kind, list) in times {
        row(kind, list);
    }
    row("**all**", &all);

    let Some(overall) = Stats::of(&all, |t| Some(t.update_view())) else {
        println!("no interactions timed (raise KIOSK_BENCH_MINUTES)");
        return;
    };
    let (worst, worst_kind) = times
        .iter()
        .filter_map(|(kind, list)| Some((Stats::of(list, |t| Some(t.update_view()))?.p99, *kind)))
        .max()
        .unwrap_or((Duration::ZERO, "-"));
    let pipeline = Stats::of(&all, |t| Some(t.update_view() + t.layout_draw()));
    let frame = Stats::of(&all, Times::frame);
    println!();
    println!(
        "update+view p99 {} ms over all interactions (max {} ms); worst kind p99 {} ms ({worst_kind}); \
         budget p99 < {} ms: {}",
        ms(overall.p99),
        ms(overall.max),
        ms(worst),
        FRAME_BUDGET.as_millis(),
        if worst < FRAME_BUDGET {
            "met for every kind"
        } else if overall.p99 < FRAME_BUDGET {
            "met overall, MISSED for a kind"
        } else {
            "MISSED"
        }
    );
    println!(
        "update+view+layout+draw p99 {} ms; with the full-window raster (rasterized frames) p99 {} ms",
        ms(pipeline.map_or(Duration::ZERO, |s| s.p99)),
        ms(frame.map_or(Duration::ZERO, |s| s.p99)),
    );
}

fn report_memory(memory: &[(usize, Duration, u64)], sample_every: usize, hub: &str) {
    println!();
    println!(
        "resident memory (VmRSS of the kiosk process; {hub}), sampled every {sample_every} residents"
    );
    println!("| residents | simulated min | VmRSS MB |");
    println!("| ---: | ---: | ---: |");
    for (n, at, kb) in memory {
        println!(
            "| {n} | {:.1} | {:.1} |",
            at.as_secs_f64() / 60.0,
            *kb as f64 / 1024.0
        );
    }
    if memory.len() < 3 {
        println!("too few samples for a slope (lower KIOSK_BENCH_SAMPLE)");
        return;
    }
    // From the first sample after residents began: start-up is not growth.
    let used = &memory[1..];
    let (first, last) = (used[0], used[used.len() - 1]);
    let per_hour = slope(
        &used
            .iter()
            .map(|(_, at, kb)| (at.as_secs_f64() / 3600.0, *kb as f64 / 1024.0))
            .collect::<Vec<_>>(),
    );
    let per_resident = slope(
        &used
            .iter()
            .map(|(n, _, kb)| (*n as f64, *kb as f64))
            .collect::<Vec<_>>(),
    );
    // The second half alone: a leak keeps climbing there, a cache has filled.
    let half = &used[used.len() / 2..];
    let per_hour_late = slope(
        &half
            .iter()
            .map(|(_, at, kb)| (at.as_secs_f64() / 3600.0, *kb as f64 / 1024.0))
            .collect::<Vec<_>>(),
    );
    let peak = memory.iter().map(|m| m.2).max().unwrap_or(0);
    println!();
    println!(
        "VmRSS before residents {:.1} MB; after {} residents {:.1} MB; after {} residents {:.1} MB; \
         peak {:.1} MB; slope {per_hour:+.2} MB/hour ({per_resident:+.2} kB/resident), \
         second half {per_hour_late:+.2} MB/hour",
        memory[0].2 as f64 / 1024.0,
        first.0,
        first.2 as f64 / 1024.0,
        last.0,
        last.2 as f64 / 1024.0,
        peak as f64 / 1024.0,
    );
    println!(
        "budget < 200 MB: {}; no growth (second-half slope < 1 MB/hour): {}",
        if peak < MEMORY_BUDGET_KB {
            "met"
        } else {
            "MISSED"
        },
        if per_hour_late < 1.0 { "met" } else { "MISSED" }
    );
}
