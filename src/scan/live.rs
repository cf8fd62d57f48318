//! Reading a phone held in front of the live camera over several frames.
//!
//! [`LiveReader::push`] gets every camera frame. It runs the fast pipeline
//! on the whole frame first (a sharp screen reads there, in one frame).
//! When that finds nothing it keeps the frame's busiest region (where a
//! code most likely is, [`preprocess::busiest_region`]) and adds it, aligned
//! to the first one by the shift that matches them best, to a running
//! average: the average cuts sensor noise and the moiré (whose beat pattern
//! moves with every tremor of the hand) while the code stays put. Each
//! frame then spends one extra attempt on that average, taking turns over
//! the phone stage's sharpenings, a plain read of the average, and the
//! textured fallback on the whole frame, so the work per frame stays
//! bounded (one region of at most 360 px, one extra decode) while a steady
//! hand gets all of them within a few frames.
//!
//! A code so defocused that zxing finds no finder pattern even in the
//! average is read from its outline ([`phone::read_outline`]), which takes
//! 0.1–3 s: that runs on a thread of its own, one attempt at a time, taking
//! turns between the latest frame (from the first frame on) and the average
//! (once it holds [`OUTLINE_AFTER`] frames), and its result is picked up by
//! the first frame after it ends. The live camera's attempt is a quick
//! survey ([`outline::Effort::SURVEY`]); when it does not read, its best
//! grid is followed over the next frames ([`Track`]): fitted to each, the
//! fits' decisions summed by their certainty, which reads codes no single
//! frame does.

use super::Frame;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::align;
use super::decode::{Pipeline, Stage, ZxingStage, contain};
use super::gridfit::{self, Estimate};
use super::outline::{self, Effort, Fit};
use super::phone::{self, SHARPENINGS, Sharpen};
use super::preprocess::{self, Rect};

/// Frames in the running average (older ones fade out): enough to cut
/// noise by ~3×, few enough to follow a phone that drifts.
const WINDOW: f32 = 8.0;
/// The extra attempt runs only when the fast path left this much of a
/// frame's 33 ms (at 30 frames a second) unused.
const EXTRA_WHEN_UNDER: Duration = Duration::from_millis(18);
/// Largest shift (in region pixels) searched when aligning a frame: a
/// steady hand wanders ±2 px from where it started, so two frames may lie
/// 4 apart (at 3, set 1's live scenes 7 and 38 lost their average and
/// track to resets; at 5 they read at frames 18 and 12).
const MAX_SHIFT: i32 = 5;
/// Frames in the average before the outline attempt starts: enough to cut
/// the moiré and noise the outline's texture measure is thrown by.
pub const OUTLINE_AFTER: f32 = 6.0;

/// The extra attempt of one frame.
#[derive(Clone, Copy, Debug)]
enum Turn {
    Sharpened(Sharpen),
    /// The average itself, at double resolution.
    Average,
    /// The textured fallback (median, global threshold) on the whole frame.
    Textured,
}

const TURNS: [Turn; 5] = [
    Turn::Sharpened(SHARPENINGS[0]),
    Turn::Sharpened(SHARPENINGS[1]),
    Turn::Average,
    Turn::Sharpened(SHARPENINGS[2]),
    Turn::Textured,
];

/// Combines successive camera frames of one code. See the module docs.
pub struct LiveReader {
    pipeline: Pipeline,
    /// Where the average is taken, in frame pixels.
    rect: Option<Rect>,
    /// The first region of the average: what later frames are aligned to.
    reference: Option<Frame>,
    sum: Vec<f32>,
    count: f32,
    turn: usize,
    /// Where the latest frame lies against the reference, in frame pixels.
    shift: (f64, f64),
    /// The outline thread's job running, with the [`Self::generation`] it
    /// started in: a result from before a reset is dropped.
    outline: Option<(u64, JoinHandle<JobResult>)>,
    /// The best grid an outline attempt fitted, and what the frames since
    /// said of its modules.
    track: Option<Track>,
    /// Counts resets (a new code, or one read).
    generation: u64,
    /// Outline attempts started since the last reset.
    outline_attempts: usize,
}

impl Default for LiveReader {
    fn default() -> Self {
        LiveReader::new()
    }
}

impl LiveReader {
    /// Over the live pipeline ([`Pipeline::live`]).
    pub fn new() -> LiveReader {
        LiveReader::with_pipeline(Pipeline::live())
    }

    /// Over `pipeline` as the per-frame fast path.
    pub fn with_pipeline(pipeline: Pipeline) -> LiveReader {
        LiveReader {
            pipeline,
            rect: None,
            reference: None,
            sum: Vec::new(),
            count: 0.0,
            turn: 0,
            shift: (0.0, 0.0),
            outline: None,
            track: None,
            generation: 0,
            outline_attempts: 0,
        }
    }

    /// Forgets the frames seen so far (a new resident, or the code read).
    pub fn reset(&mut self) {
        self.rect = None;
        self.reference = None;
        self.sum.clear();
        self.count = 0.0;
        self.shift = (0.0, 0.0);
        self.track = None;
        self.generation += 1;
        self.outline_attempts = 0;
    }

    /// Takes the next camera frame; the texts read, when a read succeeds.
    pub fn push(&mut self, frame: &Frame) -> Option<Vec<String>> {
        let start = Instant::now();
        let codes = self.pipeline.decode(frame).codes;
        if !codes.is_empty() {
            self.reset();
            return Some(codes);
        }
        if start.elapsed() > EXTRA_WHEN_UNDER {
            return None;
        }
        let Some((rect, _)) = phone::code_region(frame, phone::MIN_BUSYNESS_LIVE) else {
            self.reset();
            return None;
        };
        if self.rect.is_some_and(|r| !same_place(r, rect)) {
            self.reset();
        }
        let rect = *self.rect.get_or_insert(rect);
        let region = phone::region(frame, rect);
        self.accumulate(&region);
        if let Some(found) = self.outline_turn(frame, rect) {
            self.reset();
            return Some(found);
        }
        let turn = TURNS[self.turn % TURNS.len()];
        self.turn = self.turn.wrapping_add(1);
        let found = contain(|| match turn {
            Turn::Sharpened(s) => {
                phone::read_sharpened(&self.average(), s, phone::LocatedFit::AsLocated)
            }
            Turn::Average => ZxingStage::main().decode(&preprocess::upscale(&self.average(), 2)),
            Turn::Textured => ZxingStage::textured().decode(frame),
        })
        .unwrap_or_default();
        if found.is_empty() {
            return None;
        }
        self.reset();
        Some(found)
    }

    /// Collects the outline thread's finished job (its texts, when it read
    /// the current code, or the track it leaves) and starts the next one
    /// when no job is running. With no track, the job is an outline
    /// attempt ([`phone::read_outline`], 0.1–3 s); attempts take turns
    /// between the latest frame itself (from the first frame on) and,
    /// once it has [`OUTLINE_AFTER`] frames, the average: the average has
    /// less noise and moiré, but the sub-pixel shifts that align its
    /// frames blur it a little beyond the fit's blur models, so some codes
    /// read only on single frames. An unread attempt leaves its best fit
    /// as the track, and the next [`TRACK_FRAMES`] jobs fit that grid,
    /// moved with the hand, to the latest frame ([`Track::follow`], 10–40
    /// ms). A stale job still running holds the next one back, so at most
    /// one thread works.
    fn outline_turn(&mut self, frame: &Frame, rect: Rect) -> Option<Vec<String>> {
        if let Some((generation, job)) = self.outline.take() {
            if !job.is_finished() {
                self.outline = Some((generation, job));
                return None;
            }
            let outcome = job.join().unwrap_or_default();
            if generation == self.generation {
                if !outcome.texts.is_empty() {
                    return Some(outcome.texts);
                }
                self.track = outcome.track;
            }
        }
        let job: Box<dyn FnOnce() -> JobResult + Send> = match self.track.take() {
            Some(mut track) if track.frames < TRACK_FRAMES => {
                let (frame, shift) = (frame.clone(), self.shift);
                Box::new(move || {
                    let texts = track.follow(&frame, shift);
                    JobResult {
                        texts,
                        track: Some(track),
                    }
                })
            }
            _ => self.outline_attempt(frame, rect),
        };
        let job = std::thread::spawn(move || contain(job).unwrap_or_default());
        self.outline = Some((self.generation, job));
        None
    }

    /// The next outline attempt: on the latest frame or on the average
    /// (see [`Self::outline_turn`]); its best fit is put back in the
    /// reference frame's pixels.
    fn outline_attempt(
        &mut self,
        frame: &Frame,
        rect: Rect,
    ) -> Box<dyn FnOnce() -> JobResult + Send> {
        let on_average = self.count >= OUTLINE_AFTER && self.outline_attempts % 2 == 1;
        self.outline_attempts += 1;
        if on_average {
            let average = self.average();
            let whole = Rect {
                x: 0,
                y: 0,
                w: average.width,
                h: average.height,
            };
            // An average pixel `p` shows the reference frame's pixel at
            // `rect.x + (p + 0.5) · scale − 0.5`.
            let scale = rect.w as f64 / average.width.max(1) as f64;
            let to_reference = move |(x, y): (f64, f64)| {
                (
                    rect.x as f64 + (x + 0.5) * scale - 0.5,
                    rect.y as f64 + (y + 0.5) * scale - 0.5,
                )
            };
            Box::new(move || {
                JobResult::of(
                    phone::read_outline(&average, whole, Effort::SURVEY),
                    to_reference,
                )
            })
        } else {
            let (frame, (dx, dy)) = (frame.clone(), self.shift);
            Box::new(move || {
                let outcome = phone::read_outline(&frame, rect, Effort::SURVEY);
                JobResult::of(outcome, move |(x, y)| (x - dx, y - dy))
            })
        }
    }

    /// Adds a region to the running average, aligned to the first one.
    fn accumulate(&mut self, region: &Frame) {
        let reference = match &self.reference {
            Some(r) if r.width == region.width && r.height == region.height => r,
            _ => {
                self.sum = region.pixels.iter().map(|&p| p as f32).collect();
                self.count = 1.0;
                self.shift = (0.0, 0.0);
                self.reference = Some(region.clone());
                return;
            }
        };
        let Some((dx, dy)) = best_shift(reference, region) else {
            // Moved too far to align: start the average again from here.
            self.reset();
            self.accumulate(region);
            return;
        };
        let scale = self
            .rect
            .map_or(1.0, |r| r.w as f64 / region.width.max(1) as f64);
        self.shift = (dx as f64 * scale, dy as f64 * scale);
        if self.count >= WINDOW {
            let keep = (WINDOW - 1.0) / WINDOW;
            self.sum.iter_mut().for_each(|s| *s *= keep);
            self.count = WINDOW - 1.0;
        }
        let (w, h) = (region.width, region.height);
        for y in 0..h {
            for x in 0..w {
                self.sum[y * w + x] += sample(region, x as f32 + dx, y as f32 + dy);
            }
        }
        self.count += 1.0;
    }

    fn average(&self) -> Frame {
        let Some(r) = &self.reference else {
            return Frame::filled(0, 0, 0);
        };
        let pixels = self
            .sum
            .iter()
            .map(|&s| (s / self.count.max(1.0)).round().clamp(0.0, 255.0) as u8)
            .collect();
        Frame {
            width: r.width,
            height: r.height,
            pixels,
        }
    }
}

/// Fits of one grid followed across frames before the next outline
/// attempt: a grid that explains the pixels best but reads in none of
/// them is often a fraction of a pixel off, and the attempt moves it.
const TRACK_FRAMES: usize = 20;

/// What a job of the outline thread found: the texts, or the track to go
/// on with.
#[derive(Default)]
struct JobResult {
    texts: Vec<String>,
    track: Option<Track>,
}

impl JobResult {
    /// An outline attempt's outcome, its best fit's grid mapped to the
    /// reference frame's pixels by `to_reference`.
    fn of(outcome: outline::Outcome, to_reference: impl Fn((f64, f64)) -> (f64, f64)) -> JobResult {
        let track = outcome.best.and_then(|(fit, estimate)| {
            let fit = Fit {
                grid: fit.grid.mapped(to_reference)?,
                ..fit
            };
            Some(Track::new(fit, &estimate))
        });
        JobResult {
            texts: outcome.texts,
            track,
        }
    }
}

/// A grid followed from frame to frame, and each module's evidence.
///
/// The hand moves the code by a pixel or two between frames. The running
/// average measures that shift ([`best_shift`]), but only to within
/// 0.3–0.8 px on a moiré (live set 1's scene 38), where a decode wants a
/// third of one; so the grid found once is moved by it, then by the shift
/// that best lays the evidence's picture of the modules over the frame
/// ([`align::shift`]), and fitted to each new frame. Each
/// fit's decisions are added up, weighed by their certainty (how much the
/// residual would rise were the module flipped): noise and moiré change
/// from frame to frame, so the sum gets the modules right where no single
/// frame does, without the blur the average's resampling adds. Of the 7
/// live set 1 scenes the reader missed before, the sum at the true grid
/// reads 5 within 3 frames (single frames at that grid read 0–3 of 30 in
/// four of the five).
struct Track {
    /// In the reference frame's pixels.
    fit: Fit,
    /// Row by row: the certainties summed, positive for dark.
    evidence: Vec<f32>,
    /// The modules the version fixes ([`gridfit::function_modules`]).
    known: Vec<Option<bool>>,
    frames: usize,
}

impl Track {
    /// A track of `fit`, whose `estimate` (on the picture the fit was
    /// found in) is the first evidence.
    fn new(fit: Fit, estimate: &Estimate) -> Track {
        let n = fit.grid.modules;
        let known = fit
            .grid
            .version()
            .map_or_else(|| vec![None; n * n], gridfit::function_modules);
        let mut track = Track {
            fit,
            evidence: vec![0.0; n * n],
            known,
            frames: 0,
        };
        track.add(estimate);
        track
    }

    /// Fits the grid, moved by `shift`, to `frame`, adds the fit's
    /// decisions to the evidence, and decodes the frame's own fit, then
    /// the evidence's.
    fn follow(&mut self, frame: &Frame, (dx, dy): (f64, f64)) -> Vec<String> {
        let Some(estimate) = self
            .fit
            .grid
            .mapped(|(x, y)| (x + dx, y + dy))
            .map(|grid| align::shift(frame, &grid, self.fit.blur, &self.darkness()).unwrap_or(grid))
            .and_then(|grid| gridfit::estimate(frame, &grid, self.fit.blur))
        else {
            self.frames += 1;
            return Vec::new();
        };
        let found = gridfit::decode(&estimate);
        if !found.is_empty() {
            return found;
        }
        self.add(&estimate);
        gridfit::decode(&self.combined(estimate))
    }

    /// The modules as the evidence has them, 0 light to 1 dark, the
    /// version's own as it fixes them: the picture the grid is moved to.
    fn darkness(&self) -> Vec<f32> {
        self.known
            .iter()
            .zip(&self.evidence)
            .map(|(known, &sum)| known.unwrap_or(sum > 0.0) as u8 as f32)
            .collect()
    }

    /// Adds a fit's decisions, weighed by their certainty, to the evidence.
    fn add(&mut self, estimate: &Estimate) {
        self.frames += 1;
        for ((sum, &dark), &certainty) in self
            .evidence
            .iter_mut()
            .zip(&estimate.dark)
            .zip(&estimate.certainty)
        {
            if certainty.is_finite() {
                *sum += if dark {
                    certainty.max(0.0)
                } else {
                    -certainty.max(0.0)
                };
            }
        }
    }

    /// The evidence as one fit: modules decided by its sign, certain by
    /// its size (the version's own modules as `estimate` has them).
    fn combined(&self, estimate: Estimate) -> Estimate {
        let (dark, certainty) = estimate
            .dark
            .iter()
            .zip(&estimate.certainty)
            .zip(&self.evidence)
            .map(|((&dark, &certainty), &sum)| {
                if certainty.is_infinite() {
                    (dark, certainty)
                } else {
                    (sum > 0.0, sum.abs())
                }
            })
            .unzip();
        Estimate {
            dark,
            certainty,
            ..estimate
        }
    }
}

/// Whether two busiest regions are the same code (the region found wobbles
/// by a block or so from frame to frame).
fn same_place(a: Rect, b: Rect) -> bool {
    let ((ax, ay), (bx, by)) = (a.centre(), b.centre());
    let side = a.w.max(a.h) as f32;
    (ax - bx).abs() < side / 4.0
        && (ay - by).abs() < side / 4.0
        && (a.w as f32 / b.w.max(1) as f32 - 1.0).abs() < 0.5
        && (a.h as f32 / b.h.max(1) as f32 - 1.0).abs() < 0.5
}

/// Bilinear sample, edges clamped.
fn sample(f: &Frame, x: f32, y: f32) -> f32 {
    let x = x.clamp(0.0, (f.width - 1) as f32);
    let y = y.clamp(0.0, (f.height - 1) as f32);
    let (x0, y0) = (x as usize, y as usize);
    let (x1, y1) = ((x0 + 1).min(f.width - 1), (y0 + 1).min(f.height - 1));
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let p = |x, y| f.get(x, y) as f32;
    let top = p(x0, y0) + (p(x1, y0) - p(x0, y0)) * fx;
    let bottom = p(x0, y1) + (p(x1, y1) - p(x0, y1)) * fx;
    top + (bottom - top) * fy
}

/// The shift `d` (sub-pixel) for which `frame(x + d)` best matches
/// `reference(x)`: sum of absolute differences over every other pixel of
/// the interior, integer search then a parabola through the neighbours.
/// `None` when the best match is at the edge of the search (moved too far).
fn best_shift(reference: &Frame, frame: &Frame) -> Option<(f32, f32)> {
    let (w, h) = (frame.width as i32, frame.height as i32);
    let m = MAX_SHIFT;
    if w <= 4 * m || h <= 4 * m {
        return Some((0.0, 0.0));
    }
    let side = (2 * m + 1) as usize;
    let mut sad = vec![0u64; side * side];
    for dy in -m..=m {
        for dx in -m..=m {
            let mut total = 0u64;
            for y in (m..h - m).step_by(2) {
                let r = &reference.pixels[(y * w) as usize..][..w as usize];
                let f = &frame.pixels[((y + dy) * w) as usize..][..w as usize];
                for x in (m..w - m).step_by(2) {
                    total +=
                        (r[x as usize] as i32 - f[(x + dx) as usize] as i32).unsigned_abs() as u64;
                }
            }
            sad[((dy + m) as usize) * side + (dx + m) as usize] = total;
        }
    }
    let (best, _) = sad.iter().enumerate().min_by_key(|&(_, s)| *s)?;
    let (bx, by) = ((best % side) as i32 - m, (best / side) as i32 - m);
    if bx.abs() == m || by.abs() == m {
        return None;
    }
    let at = |dx: i32, dy: i32| sad[((dy + m) as usize) * side + (dx + m) as usize] as f32;
    let vertex = |minus: f32, centre: f32, plus: f32| {
        let curve = minus - 2.0 * centre + plus;
        if curve > 0.0 {
            (0.5 * (minus - plus) / curve).clamp(-0.5, 0.5)
        } else {
            0.0
        }
    };
    Some((
        bx as f32 + vertex(at(bx - 1, by), at(bx, by), at(bx + 1, by)),
        by as f32 + vertex(at(bx, by - 1), at(bx, by), at(bx, by + 1)),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seed 38 of the bench's live scenes: at the true grid, 1 frame in 30
    /// reads alone (not the first three); the evidence of the first three
    /// reads.
    #[test]
    fn track_evidence_reads_what_no_single_frame_does() {
        let (text, samples) = crate::scan::synth::scene_samples(38, 3);
        let corners = |i: usize| samples[i].symbol.expect("the scene knows its grid").0;
        let n = samples[0].symbol.expect("grid").1;
        let grid = |i: usize| gridfit::Grid::from_corners(n, corners(i)).expect("a grid");
        let estimates: Vec<Estimate> = (0..samples.len())
            .map(|i| gridfit::estimate(&samples[i].frame, &grid(i), 2).expect("a fit"))
            .collect();
        for (i, estimate) in estimates.iter().enumerate() {
            assert!(gridfit::decode(estimate).is_empty(), "frame {i} read alone");
        }
        let fit = Fit {
            grid: grid(0),
            blur: 2,
        };
        let mut track = Track::new(fit, &estimates[0]);
        let read: Vec<Vec<String>> = (1..samples.len())
            .map(|i| {
                let shift = (
                    corners(i)[0].0 - corners(0)[0].0,
                    corners(i)[0].1 - corners(0)[0].1,
                );
                track.follow(&samples[i].frame, shift)
            })
            .collect();
        assert_eq!(read.last(), Some(&vec![text]));
    }

    #[test]
    fn shift_of_a_moved_picture_is_found() {
        let qr = crate::scan::synth::render_qr("MDG1:SHIFT", 3).unwrap();
        let moved = preprocess::crop(&qr, 2, 0, qr.width - 2, qr.height - 1);
        let reference = preprocess::crop(&qr, 0, 1, qr.width - 2, qr.height - 1);
        let (dx, dy) = best_shift(&reference, &moved).unwrap();
        assert!(
            (dx + 2.0).abs() < 0.3 && (dy - 1.0).abs() < 0.3,
            "{dx} {dy}"
        );
    }
}
