//! The kiosk's scanner service: camera frames and wedge scans in, one
//! [`ScanEvent`] stream out.
//!
//! A decoder thread takes camera frames (the capture thread drops frames the
//! decoder has no time for), forwards each as a preview, reads it with a
//! [`LiveReader`] over the pipeline (successive frames of a steady phone add
//! up) and sends each *new* text once ([`Deduper`]: a code that stays in
//! view is reported once; it is reported again only after it has been out of
//! sight for the hold time). Wedge scans go to the same stream through
//! [`WedgeSink`]. Multi-part pre-applications are reassembled by the
//! consumer (`preapp`), which receives every part as its own `Text`.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, sync_channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::camera::{CameraOpener, CaptureConfig, CaptureEvent, CaptureHandle, spawn_capture};
use super::decode::Pipeline;
use super::live::LiveReader;
use super::wedge::WedgeOutput;
use super::{Frame, ScanEvent};

/// Suppresses repeats of a text seen within `hold` (every sighting renews).
pub struct Deduper {
    hold: Duration,
    seen: HashMap<String, Instant>,
}

impl Deduper {
    pub fn new(hold: Duration) -> Deduper {
        Deduper {
            hold,
            seen: HashMap::new(),
        }
    }

    /// True when `text` is new (not seen in the last `hold`).
    pub fn admit(&mut self, text: &str, now: Instant) -> bool {
        let hold = self.hold;
        self.seen
            .retain(|_, t| now.saturating_duration_since(*t) <= hold);
        self.seen.insert(text.to_string(), now).is_none()
    }

    /// Forget everything (e.g. after a visit ends, so the next resident's
    /// identical code is not swallowed).
    pub fn clear(&mut self) {
        self.seen.clear();
    }
}

/// Hands wedge scanner results to the scanner's stream.
#[derive(Clone)]
pub struct WedgeSink(Sender<ScanEvent>);

impl WedgeSink {
    /// Sends scans; typed text is not a scan and is ignored. Returns false
    /// when the stream's consumer is gone.
    pub fn deliver(&self, out: WedgeOutput) -> bool {
        match out {
            WedgeOutput::Scan(text) => self.0.send(ScanEvent::Text(text)).is_ok(),
            WedgeOutput::Typed(_) => true,
        }
    }
}

pub struct Scanner {
    events: Receiver<ScanEvent>,
    tx: Sender<ScanEvent>,
    capture: Option<CaptureHandle>,
    decoder: Option<JoinHandle<()>>,
}

impl Scanner {
    /// A scanner with no camera (wedge only, or frames fed by
    /// [`Scanner::with_frames`]).
    pub fn new() -> Scanner {
        let (tx, events) = std::sync::mpsc::channel();
        Scanner {
            events,
            tx,
            capture: None,
            decoder: None,
        }
    }

    /// Starts capture from `opener` and reading with a [`LiveReader`] over
    /// `pipeline` (its per-frame fast path, e.g. [`Pipeline::live`]).
    pub fn with_camera(opener: impl CameraOpener, pipeline: Pipeline, hold: Duration) -> Scanner {
        let (ftx, frx) = sync_channel(2);
        let capture = spawn_capture(opener, CaptureConfig::default(), ftx);
        let mut s = Scanner::with_frames(frx, pipeline, hold);
        s.capture = Some(capture);
        s
    }

    /// Decodes frames from any producer of [`CaptureEvent`]s (recorded
    /// frames, a test). The decoder thread ends when `frames` closes.
    pub fn with_frames(
        frames: Receiver<CaptureEvent>,
        pipeline: Pipeline,
        hold: Duration,
    ) -> Scanner {
        let mut s = Scanner::new();
        let tx = s.tx.clone();
        s.decoder = Some(
            std::thread::Builder::new()
                .name("madoguchi-decode".into())
                .spawn(move || decode_loop(frames, pipeline, hold, tx))
                .expect("spawning a thread only fails when the OS is out of resources"),
        );
        s
    }

    pub fn wedge_sink(&self) -> WedgeSink {
        WedgeSink(self.tx.clone())
    }

    pub fn events(&self) -> &Receiver<ScanEvent> {
        &self.events
    }
}

impl Default for Scanner {
    fn default() -> Self {
        Scanner::new()
    }
}

impl Drop for Scanner {
    fn drop(&mut self) {
        // Stop capture first: that closes the frame channel, ending the decoder.
        if let Some(c) = self.capture.take() {
            c.stop();
        }
        if let Some(d) = self.decoder.take() {
            let _ = d.join();
        }
    }
}

fn decode_loop(
    frames: Receiver<CaptureEvent>,
    pipeline: Pipeline,
    hold: Duration,
    tx: Sender<ScanEvent>,
) {
    let mut dedupe = Deduper::new(hold);
    let mut reader = LiveReader::with_pipeline(pipeline);
    for event in frames {
        let sent = match event {
            CaptureEvent::Status(s) => {
                // Another device, or the same one back: old frames do not add up with new ones.
                reader.reset();
                tx.send(ScanEvent::Device(s)).is_ok()
            }
            CaptureEvent::Frame(frame) => handle_frame(frame, &mut reader, &mut dedupe, &tx),
        };
        if !sent {
            return;
        }
    }
}

fn handle_frame(
    frame: Frame,
    reader: &mut LiveReader,
    dedupe: &mut Deduper,
    tx: &Sender<ScanEvent>,
) -> bool {
    let frame = Arc::new(frame);
    let codes = reader.push(&frame).unwrap_or_default();
    if tx.send(ScanEvent::Preview(frame)).is_err() {
        return false;
    }
    let now = Instant::now();
    for text in codes {
        if dedupe.admit(&text, now) && tx.send(ScanEvent::Text(text)).is_err() {
            return false;
        }
    }
    true
}
