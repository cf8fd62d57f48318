//! Phone screens held close to a fixed-focus camera: the stage that reads
//! what the plain zxing pass cannot.
//!
//! Measured on the synthetic phone set (`synth::phone_screens(200, 42,
//! 640, 480)`), the frames zxing-cpp misses are nearly all defocused (46 of
//! its 62 misses carry the strongest blur, 14 the lighter one, 2 none) and
//! mostly so small that a module spans 1.4–3 pixels: zxing finds no finder
//! pattern (51 of 62) or reads a wrong grid (checksum error, 11 of 62).
//! Moiré, glare and low contrast add to the blur but alone rarely defeat
//! zxing. So this stage works where the code most likely is
//! ([`preprocess::busiest_region`], found at half resolution, where the
//! moiré averages out, and at full), sharpens that region (deconvolution or
//! an unsharp mask), doubles its resolution and reads it again with zxing;
//! a code zxing locates but cannot decode gets its module grid fitted to
//! the pixels ([`gridfit`]), and a code whose finder patterns the blur
//! erased is found by its outline ([`outline`]).
//! It costs time only on frames the earlier stages found nothing in, and
//! only on the region, never the whole frame.

use super::Frame;
use super::decode::{Stage, ZxingStage};
use super::preprocess::{self, Rect};
use super::{gridfit, outline};

/// The region is scaled down to at most this many pixels on its longest
/// side before sharpening: a larger region holds a code with large modules,
/// which needs no extra resolution, and the cost must stay bounded.
pub const REGION_MAX_SIDE: usize = 360;

/// How much busier than the frame's typical block the busiest block must
/// be for a region to be worth the sharpenings on a single picture. A
/// defocused screen code on a 640×480 frame scores 2.5–16, the lowest
/// where moiré makes the whole frame busy; 4 keeps the stage off the
/// reference photos without a code (their busiest square region scores
/// 3.5–4), so pictures without a code stay cheap.
pub const MIN_BUSYNESS: f32 = 4.0;

/// The same for [`super::live::LiveReader`], which spends a bounded extra
/// attempt per frame anyway and whose average removes the moiré that keeps
/// such frames' scores low.
pub const MIN_BUSYNESS_LIVE: f32 = 2.5;

/// The same for the outline step ([`read_outline`]), which must also reach
/// the codes moiré hides from the block score (set 1's moiré frames score
/// 2.5–4): its own texture measure ignores the moiré, and its function
/// pattern test turns other busy regions away after a few milliseconds.
pub const MIN_BUSYNESS_OUTLINE: f32 = 2.5;

/// One way of sharpening a region.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Sharpen {
    /// Richardson–Lucy with a box blur of this radius.
    Deconvolve { radius: usize, iterations: usize },
    /// Unsharp mask.
    Unsharp { radius: usize, amount: f32 },
}

/// The sharpenings tried, in order of what each read on its own among the
/// synthetic set's 62 misses when tried on whole frames (13, 11 and 8).
/// The deconvolutions' iterations are for a region of the full
/// [`REGION_MAX_SIDE`] size, bounded by the live camera's frame time.
pub const SHARPENINGS: [Sharpen; 3] = [
    Sharpen::Deconvolve {
        radius: 1,
        iterations: 10,
    },
    Sharpen::Unsharp {
        radius: 2,
        amount: 4.0,
    },
    Sharpen::Deconvolve {
        radius: 2,
        iterations: 15,
    },
];

impl Sharpen {
    pub fn apply(&self, frame: &Frame) -> Frame {
        match *self {
            Sharpen::Deconvolve { radius, iterations } => {
                // `iterations` is for a full-size region: a smaller one gets
                // more (up to twice as many) for the same time.
                let full = (REGION_MAX_SIDE * REGION_MAX_SIDE) as f32;
                let share = full / (frame.width * frame.height).max(1) as f32;
                let iterations = (iterations as f32 * share.min(2.0)) as usize;
                preprocess::deblur(frame, radius, iterations)
            }
            Sharpen::Unsharp { radius, amount } => preprocess::unsharp(frame, radius, amount),
        }
    }
}

/// Where a small phone-screen code most likely is: the busiest region
/// ([`preprocess::busiest_region`]) when it could be one. A QR is square
/// (tilt and the margin stretch its region to at most ~1.6:1) and one that
/// fills most of the frame has modules far larger than any defocus, so
/// long strips (text lines, keyboards) and whole-frame textures are left
/// alone: on the reference photos without a code this leaves 1 of the 8
/// that have a busy region (and [`MIN_BUSYNESS`] that one). With the
/// region comes its busyness (see [`preprocess::busiest_region`]).
pub fn code_region(frame: &Frame, min_busyness: f32) -> Option<(Rect, f32)> {
    let found = preprocess::busiest_region(frame, min_busyness)?;
    code_shaped(found, frame.width, frame.height)
}

/// The region when its shape could hold a code, in a `width × height` picture.
fn code_shaped((rect, busyness): (Rect, f32), width: usize, height: usize) -> Option<(Rect, f32)> {
    let aspect = rect.w as f32 / rect.h.max(1) as f32;
    let area = (rect.w * rect.h) as f32 / (width * height).max(1) as f32;
    ((0.6..=1.67).contains(&aspect) && area <= 0.6).then_some((rect, busyness))
}

/// [`code_region`] found on the frame at half resolution (means of 2×2
/// pixels, [`preprocess::busiest_region_half`]), in the frame's pixels.
/// The means cancel the moiré's fine beat, which at full resolution
/// makes every block busy (set 1 frame 154: 2.1 times the median block,
/// 4.4 at half) or the region loose (frame 34: 352×304 px around a 90 px
/// code, 256×224 at half).
pub fn code_region_half(frame: &Frame, min_busyness: f32) -> Option<(Rect, f32)> {
    let found = preprocess::busiest_region_half(frame, min_busyness)?;
    let (rect, busyness) = code_shaped(found, frame.width / 2, frame.height / 2)?;
    let (x, y) = (rect.x * 2, rect.y * 2);
    let rect = Rect {
        x,
        y,
        w: (rect.w * 2).min(frame.width - x),
        h: (rect.h * 2).min(frame.height - y),
    };
    Some((rect, busyness))
}

/// The part of `frame` in `rect`, scaled down to [`REGION_MAX_SIDE`].
pub fn region(frame: &Frame, rect: Rect) -> Frame {
    let crop = preprocess::crop(frame, rect.x, rect.y, rect.w, rect.h);
    preprocess::downscale(&crop, REGION_MAX_SIDE)
}

/// zxing on a prepared region: the main stage's settings without its
/// inverted pass (a phone screen shows dark modules on light).
fn region_reader() -> ZxingStage {
    ZxingStage {
        name: "zxing-region",
        try_invert: false,
        ..ZxingStage::main()
    }
}

/// How a code zxing located but could not decode is fitted.
#[derive(Clone, Copy, Debug)]
pub enum LocatedFit {
    /// The grid as zxing located it, each of [`gridfit::BLURS`] once: a
    /// bounded cost, for the live camera's per-frame attempt.
    AsLocated,
    /// Aligned, refined and polished like an outline's grid
    /// ([`outline::read`], up to a second): zxing's corners are often a
    /// pixel off (set 1 frame 94: 0.9 px, read once polished).
    Aligned(outline::Effort),
}

/// Sharpens a region, doubles its resolution and reads it. When zxing
/// locates a code there but cannot decode it, the module grid it located
/// is fitted to the region itself ([`read_located`]).
pub fn read_sharpened(region: &Frame, sharpen: Sharpen, fit: LocatedFit) -> Vec<String> {
    let sharp = preprocess::upscale(&sharpen.apply(region), 2);
    let found = region_reader().decode(&sharp);
    if !found.is_empty() {
        return found;
    }
    // A pixel `o` of the doubled picture lies at `(o + 0.5) / 2 − 0.5`.
    let located: Vec<(usize, [(f64, f64); 4])> = gridfit::locate(&sharp)
        .into_iter()
        .filter_map(|l| {
            Some((
                l.modules?,
                l.corners
                    .map(|(x, y)| ((x + 0.5) / 2.0 - 0.5, (y + 0.5) / 2.0 - 0.5)),
            ))
        })
        .collect();
    read_located(region, &located, fit)
}

/// The phone-screen stage: busiest region, each sharpening in turn.
pub struct PhoneStage;

impl Stage for PhoneStage {
    fn name(&self) -> &str {
        "phone-region"
    }

    fn decode(&self, frame: &Frame) -> Vec<String> {
        // The half-resolution region first; the full-resolution one too
        // when it differs. Without a half-resolution region nothing more
        // is tried: the full-resolution region alone then read no more of
        // set 1 and cost the reference photos without a code 1 ms. The
        // cheaper sharpened reads of both come before the outlines.
        let mut regions: Vec<(Rect, f32)> = Vec::new();
        if let Some(half) = code_region_half(frame, MIN_BUSYNESS_OUTLINE) {
            regions.push(half);
            regions.extend(
                code_region(frame, MIN_BUSYNESS_OUTLINE).filter(|(rect, _)| *rect != half.0),
            );
        }
        for &(rect, busyness) in &regions {
            if busyness < MIN_BUSYNESS {
                continue;
            }
            let region = region(frame, rect);
            for sharpen in SHARPENINGS {
                let found = read_sharpened(
                    &region,
                    sharpen,
                    LocatedFit::Aligned(outline::Effort::THOROUGH),
                );
                if !found.is_empty() {
                    return found;
                }
            }
        }
        // The full-resolution region's outline too: it reads set 1 frame
        // 84, which the half-resolution one's does not. Its outline is
        // mostly the same, so the sizes are swept once, and it is tried
        // only when the first one fitted a grid (a photo without a code
        // paid 1 ms for it, and no set 1 or set 2 frame reads without).
        for (i, &(rect, _)) in regions.iter().enumerate() {
            let effort = outline::Effort {
                sweep: i == 0,
                ..outline::Effort::THOROUGH
            };
            let outcome = read_outline(frame, rect, effort);
            if !outcome.texts.is_empty() {
                return outcome.texts;
            }
            if outcome.best.is_none() {
                break;
            }
        }
        Vec::new()
    }
}

/// Reads a code in `rect` of `frame` from its outline: the outline is found
/// on the scaled-down region ([`outline::grids`]), the modules are fitted
/// on the frame's own pixels ([`outline::read`]).
pub fn read_outline(frame: &Frame, rect: Rect, effort: outline::Effort) -> outline::Outcome {
    let region = region(frame, rect);
    let scale = rect.w as f64 / region.width.max(1) as f64;
    let to_frame = |(x, y): (f64, f64)| {
        (
            rect.x as f64 + (x + 0.5) * scale - 0.5,
            rect.y as f64 + (y + 0.5) * scale - 0.5,
        )
    };
    let candidates: Vec<outline::Candidate> = outline::grids(&region)
        .into_iter()
        .filter_map(|c| {
            Some(outline::Candidate {
                grid: c.grid.mapped(to_frame)?,
                ..c
            })
        })
        .collect();
    outline::read(frame, &candidates, effort)
}

/// Codes zxing located but could not read, at most this many per frame:
/// each costs a grid fit.
const MAX_LOCATED: usize = 4;

/// Reads codes zxing located but could not decode by fitting their module
/// grid to the frame (see [`LocatedFit`]); `located` holds modules per
/// side and corners in frame pixels, the same code often several times.
pub fn read_located(
    frame: &Frame,
    located: &[(usize, [(f64, f64); 4])],
    fit: LocatedFit,
) -> Vec<String> {
    let mut grids: Vec<gridfit::Grid> = Vec::new();
    for &(modules, corners) in located {
        let same = |other: &gridfit::Grid| {
            other.modules == modules
                && other
                    .corners()
                    .iter()
                    .zip(&corners)
                    .all(|(a, b)| (a.0 - b.0).abs() + (a.1 - b.1).abs() < 1.0)
        };
        if grids.len() == MAX_LOCATED || grids.iter().any(same) {
            continue;
        }
        grids.extend(gridfit::Grid::from_corners(modules, corners));
    }
    match fit {
        LocatedFit::AsLocated => grids
            .iter()
            .map(|grid| gridfit::read(frame, grid, &gridfit::BLURS))
            .find(|found| !found.is_empty())
            .unwrap_or_default(),
        LocatedFit::Aligned(effort) => {
            // zxing found three finder patterns where the grid says: a
            // surer sign of a code than the outline's pattern match (set 1
            // frame 94 matches 0.5, where an outline's grid gets one fit).
            let candidates: Vec<outline::Candidate> = grids
                .into_iter()
                .map(|grid| outline::Candidate { grid, matched: 1.0 })
                .collect();
            outline::read(frame, &candidates, effort).texts
        }
    }
}
