//! USB keyboard-wedge scanners: tell a scanner burst from a person typing.
//!
//! A wedge scanner "types" the QR text as key events followed by Enter, far
//! faster and more evenly than a person (typically 2–15 ms between keys; a
//! fast typist averages 100+ ms). [`WedgeDetector`] is a pure state machine
//! fed `(char, timestamp)` events by the UI's keyboard subscription:
//!
//! - a key that comes more than `max_gap` after the previous one starts a new
//!   run (the old run, if any, is handed back as typing);
//! - Enter ends a run: it is a scan when the run has at least `min_len`
//!   characters, its mean gap is below `max_mean_gap` and Enter itself came
//!   within `max_gap`; otherwise it is typing;
//! - [`WedgeDetector::poll`] flushes a run left without Enter as typing.
//!
//! Scans go to the same [`super::ScanEvent::Text`] channel as camera codes
//! (see [`super::scanner::ScanHub::wedge_sender`]).

use std::time::{Duration, Instant};

#[derive(Clone, Copy, Debug)]
pub struct WedgeConfig {
    /// Mean inter-key gap below which a run is a scanner (default 30 ms).
    pub max_mean_gap: Duration,
    /// Any single gap above this breaks a run (default 120 ms; scanners
    /// sometimes hiccup on USB polling, persons pause far longer).
    pub max_gap: Duration,
    /// Shortest scan accepted (default 4 characters).
    pub min_len: usize,
}

impl Default for WedgeConfig {
    fn default() -> Self {
        WedgeConfig {
            max_mean_gap: Duration::from_millis(30),
            max_gap: Duration::from_millis(120),
            min_len: 4,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WedgeOutput {
    /// A scanner burst: the payload text (without the Enter).
    Scan(String),
    /// Keys a person typed (for a text field, or to ignore).
    Typed(String),
}

#[derive(Debug, Default)]
struct Run {
    text: String,
    first: Option<Instant>,
    last: Option<Instant>,
    keys: usize,
}

pub struct WedgeDetector {
    config: WedgeConfig,
    run: Run,
}

impl WedgeDetector {
    pub fn new(config: WedgeConfig) -> WedgeDetector {
        WedgeDetector {
            config,
            run: Run::default(),
        }
    }

    /// True while characters are buffered (a possible scan in progress).
    pub fn is_pending(&self) -> bool {
        self.run.keys > 0
    }

    fn take_typed(&mut self) -> Option<WedgeOutput> {
        let run = std::mem::take(&mut self.run);
        (run.keys > 0).then_some(WedgeOutput::Typed(run.text))
    }

    /// Feeds one key; `'\n'` or `'\r'` is Enter. Returns what the key ended,
    /// if anything. A new run that starts after a long pause hands back the
    /// previous run as typing.
    pub fn push(&mut self, key: char, at: Instant) -> Option<WedgeOutput> {
        let gap = self.run.last.map(|l| at.saturating_duration_since(l));
        let broken = gap.is_some_and(|g| g > self.config.max_gap);
        if key == '\n' || key == '\r' {
            if self.run.keys == 0 {
                return None;
            }
            if broken {
                return self.take_typed();
            }
            let run = std::mem::take(&mut self.run);
            let span = run.last.unwrap_or(at) - run.first.unwrap_or(at);
            let gaps = run.keys.saturating_sub(1).max(1) as u32;
            let mean = span / gaps;
            return Some(
                if run.keys >= self.config.min_len && mean <= self.config.max_mean_gap {
                    WedgeOutput::Scan(run.text)
                } else {
                    WedgeOutput::Typed(run.text)
                },
            );
        }
        let previous = if broken { self.take_typed() } else { None };
        if self.run.keys == 0 {
            self.run.first = Some(at);
        }
        self.run.text.push(key);
        self.run.last = Some(at);
        self.run.keys += 1;
        previous
    }

    /// Call from a timer: a run idle for longer than `max_gap` was typing.
    pub fn poll(&mut self, now: Instant) -> Option<WedgeOutput> {
        match self.run.last {
            Some(l) if now.saturating_duration_since(l) > self.config.max_gap => self.take_typed(),
            _ => None,
        }
    }
}

impl Default for WedgeDetector {
    fn default() -> Self {
        WedgeDetector::new(WedgeConfig::default())
    }
}
