//! Finding the module grid of a code too defocused for zxing's finder
//! pattern search, from its outline.
//!
//! A code whose modules are smaller than the blur over them loses its
//! finder patterns' 1:1:3:1:1 rings, but not its outline: a textured square
//! inside a flat quiet zone. Its four sides are long straight edges, and
//! the mean of many profiles across a side locates the edge to a fraction
//! of a pixel whatever the blur (a symmetric blur keeps the half-way point
//! of a step where it was). So: the textured area's hull gives a rough
//! quadrilateral, each side is moved to its edge, the corners are where
//! the sides meet, and which corner lacks a finder and how many modules
//! the grid has are chosen by how well each grid's blurred function
//! patterns match the pixels.

use super::Frame;
use super::align::{self, Pixels};
use super::gridfit::{self, Estimate, Grid, function_modules, pattern_match};
use super::preprocess;

/// Half-width, in pixels, of the smoothing before the gradients (against
/// sensor noise and the moiré's fine beat) and of the window the gradients'
/// structure is averaged over (in cells of 2×2 pixels).
const SMOOTH_RADIUS: usize = 1;
const TEXTURE_RADIUS: usize = 2;

/// Largest version tried: the resident page splits at 12, set 2 keeps 20.
const MAX_VERSION: usize = 20;

/// Largest module, in pixels, the outline is searched for.
const MAX_MODULE_PX: f64 = 4.0;

/// How well a grid's blurred function patterns must match the pixels
/// ([`pattern_match`]) to be worth aligning and fitting: the set 1 codes
/// the outline reads match 0.50–0.77 (two glare-lit ones 0.49), the
/// QR-like distractors of `synth::empty_scene` (checkerboards, bars) up to
/// 0.51. A grid matching
/// less than [`SURE_MATCH`] gets one fit only ([`quick_read`]): the
/// bench's 150 empty 720p scenes then cost at most 40 ms (p99 29 ms),
/// where fitting them fully cost up to 0.7 s. The still picture's sweep
/// ([`Effort::sweep`]) gives up that bound: it tries every size of a
/// textured outline, distractors' too (see the bench's latency table).
const MIN_MATCH: f64 = 0.50;
const SURE_MATCH: f64 = 0.55;

/// Grids kept for the fit, best match first.
const CANDIDATES: usize = 2;

type Point = (f64, f64);

/// A grid the outline gave, and how well its function patterns match.
#[derive(Clone, Copy, Debug)]
pub struct Candidate {
    pub grid: Grid,
    pub matched: f64,
}

impl Candidate {
    /// `grid` with how well its function patterns, blurred by one pixel,
    /// match `frame` ([`pattern_match`]); `None` when it leaves the frame
    /// or has no version.
    pub fn scored(frame: &Frame, grid: Grid) -> Option<Candidate> {
        let known = gridfit::darkness(&function_modules(grid.version()?));
        let matched = pattern_match(frame, &grid, 1, &known)?;
        Some(Candidate { grid, matched })
    }
}

/// The grids of a code filling most of `region`: the best turn of each
/// size, best match first.
pub fn grids(region: &Frame) -> Vec<Candidate> {
    let Some(rough) = textured_quad(region) else {
        return Vec::new();
    };
    let Some(quad) = fit_sides(region, rough) else {
        return Vec::new();
    };
    let side = (0..4)
        .map(|i| distance(quad[i], quad[(i + 1) % 4]))
        .sum::<f64>()
        / 4.0;
    let mut scored: Vec<Candidate> = Vec::new();
    for version in 1..=MAX_VERSION {
        let modules = 17 + 4 * version;
        // Modules under 1.2 pixels can hardly be read; over 4, zxing's own
        // detector finds the code unless something else than blur hides it.
        let module_px = side / modules as f64;
        if module_px < 1.2 {
            break;
        }
        if module_px > MAX_MODULE_PX {
            continue;
        }
        for turn in 0..4 {
            let corners = [0, 1, 2, 3].map(|i| quad[(i + turn) % 4]);
            scored.extend(
                Grid::from_corners(modules, corners)
                    .and_then(|grid| Candidate::scored(region, grid)),
            );
        }
    }
    scored.sort_by(|a, b| b.matched.total_cmp(&a.matched));
    // The best turn of each size: two turns of one size rarely both need
    // a try, while the second-best size often is the right one.
    let mut chosen: Vec<Candidate> = Vec::new();
    for candidate in scored {
        if chosen
            .iter()
            .all(|c| c.grid.modules != candidate.grid.modules)
        {
            chosen.push(candidate);
        }
    }
    chosen
}

/// A grid and the blur its modules were fitted with.
#[derive(Clone, Copy, Debug)]
pub struct Fit {
    pub grid: Grid,
    pub blur: usize,
}

/// What [`read`] found: the texts when a code read, and otherwise the fit
/// that explained the pixels best, with its estimate (where a live reader
/// goes on from).
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub texts: Vec<String>,
    pub best: Option<(Fit, Estimate)>,
}

impl Outcome {
    fn read(texts: Vec<String>) -> Outcome {
        Outcome { texts, best: None }
    }
}

/// Reads a code from the grids its outline gave ([`grids`]), in `frame`'s
/// pixels. For each blur, each grid is aligned to the pixels of its
/// function patterns that no data module reaches through the blur
/// ([`align::corners`], [`Pixels::Decided`]: on live set 1's scene 38 that leaves
/// the grid 0.1 px off, where all pixels left it 0.6; the strongest blur
/// also from a second, coarse-to-fine start, see [`COARSE_TO_FINE`]), its modules
/// fitted and decoded ([`Effort`] says how many times), and the
/// grid aligned once more to the fitted modules' picture (their darkness
/// before the decisions, so the modules the fit got wrong pull little).
/// A decode wants the corners within about a third of a pixel (set 1: 42
/// of 48 reads at 0.25 px off, 27 at 0.5, 6 at 1), which alignment often
/// misses by settling half a module off; so the grid and blur that
/// explained the pixels best are then moved corner by corner while the
/// fit's residual falls ([`polish`]). The outline may come from a
/// scaled-down copy; the fit wants every pixel.
pub fn read(frame: &Frame, candidates: &[Candidate], effort: Effort) -> Outcome {
    let mut best: Option<(Fit, Estimate)> = None;
    let (main, rest): (Vec<&Candidate>, Vec<&Candidate>) =
        candidates.iter().partition(|c| c.matched >= MIN_MATCH);
    let (main, others) = main.split_at(main.len().min(CANDIDATES));
    for &candidate in main {
        let rough = &candidate.grid;
        let Some(version) = rough.version() else {
            continue;
        };
        let functions = gridfit::darkness(&function_modules(version));
        if candidate.matched < SURE_MATCH {
            let middle = gridfit::BLURS[gridfit::BLURS.len() / 2];
            let found = quick_read(frame, rough, &functions, middle);
            if !found.is_empty() {
                return Outcome::read(found);
            }
            continue;
        }
        for (i, &blur) in effort.blurs.iter().enumerate() {
            let starts: &[&[usize]] = if i == 0 && effort.coarse_start {
                &[&[0], &COARSE_TO_FINE]
            } else {
                &[&[0]]
            };
            for &start in starts {
                let aligned = start.iter().try_fold(*rough, |grid, &extra| {
                    align::corners(frame, &grid, blur + extra, &functions, Pixels::Decided)
                });
                let Some(grid) = aligned else {
                    continue;
                };
                if let Some(found) = refine(frame, grid, blur, effort.refinements, &mut best) {
                    return Outcome::read(found);
                }
            }
        }
    }
    if effort.sweep {
        // The blur that explained the best matching grids best, when one
        // was fitted: the code's own, whatever its size.
        let fitted = best.as_ref().map(|(fit, _)| [fit.blur]);
        let blurs = fitted.as_ref().map_or(effort.blurs, |b| &b[..]);
        for candidate in others.iter().chain(&rest) {
            let Some(version) = candidate.grid.version() else {
                continue;
            };
            let functions = gridfit::darkness(&function_modules(version));
            for &blur in blurs {
                let found = quick_read(frame, &candidate.grid, &functions, blur);
                if !found.is_empty() {
                    return Outcome::read(found);
                }
            }
        }
    }
    match best {
        Some((fit, estimate)) if !effort.polish.is_empty() => {
            polish(frame, fit, estimate, effort.polish)
        }
        best => Outcome {
            texts: Vec::new(),
            best,
        },
    }
}

/// Fits the modules at `grid` and decodes them, `refinements` times, the
/// grid aligned to the fitted modules' picture between them; keeps in
/// `best` the fit whose residual is lowest.
fn refine(
    frame: &Frame,
    mut grid: Grid,
    blur: usize,
    refinements: usize,
    best: &mut Option<(Fit, Estimate)>,
) -> Option<Vec<String>> {
    for turn in 0..refinements {
        let estimate = gridfit::estimate(frame, &grid, blur)?;
        let found = gridfit::decode(&estimate);
        if !found.is_empty() {
            return Some(found);
        }
        if best
            .as_ref()
            .is_none_or(|(_, b)| estimate.residual < b.residual)
        {
            *best = Some((Fit { grid, blur }, estimate.clone()));
        }
        if turn + 1 == refinements {
            break;
        }
        grid = align::corners(frame, &grid, blur, &estimate.soft, Pixels::All)?;
    }
    None
}

/// The second start of the strongest blur's alignment: first at these
/// blurs more (3, then 1), then at the blur itself. A wider blur
/// smooths the residual over more pixels, so alignment comes in from
/// further: an outline side pulled 6 px off by glare (set 1 frame 10)
/// ends 0.3 px off this way and 4 px off directly. It is a second start,
/// not the only one: as the only start it loses other frames (75).
const COARSE_TO_FINE: [usize; 3] = [3, 1, 0];

/// How hard [`read`] tries.
#[derive(Clone, Copy, Debug)]
pub struct Effort {
    /// The blurs tried, in order.
    pub blurs: &'static [usize],
    /// Fits per grid and blur, the grid aligned to the fitted modules'
    /// picture between them.
    pub refinements: usize,
    /// Corner steps, in pixels, the best fit is polished with ([`polish`]:
    /// up to 16 fits a step).
    pub polish: &'static [f64],
    /// Whether the first blur's grid is also aligned from coarse to fine
    /// ([`COARSE_TO_FINE`]). Not for the live survey: there it made live
    /// set 1 slower (lab, paced at 30 fps: p90 19 frames and 4 scenes
    /// never read, against 13 and 3).
    pub coarse_start: bool,
    /// Whether, when the best matching grids did not read, every other
    /// size of the outline is tried too, with one fit per blur
    /// ([`quick_read`]). The function patterns of a code whose modules
    /// span 1.4–1.6 px match other sizes as well as its own (set 1
    /// frames 12 and 58: the right size ranked 9th and 3rd, 0.43 and
    /// 0.49); the decode tells them apart, at 20–30 ms a try.
    pub sweep: bool,
}

impl Effort {
    /// A still picture: everything. Strongest blur first: a code whose
    /// finders the blur erased is most likely under the strongest (set 1:
    /// 33 s for 200 frames, was 42 s, same reads).
    pub const THOROUGH: Effort = Effort {
        blurs: &[2, 1, 0],
        refinements: 2,
        polish: &[0.5, 0.25],
        coarse_start: true,
        sweep: true,
    };

    /// The live camera's first look (0.1–0.3 s where the thorough read
    /// takes 0.7–2 s): one fit per grid at the two blurs that hide
    /// finder patterns (a sharp code reads on the fast path), no polish:
    /// the live reader follows the best fit over the next frames instead
    /// ([`super::live`]).
    pub const SURVEY: Effort = Effort {
        blurs: &[2, 1],
        refinements: 1,
        polish: &[],
        coarse_start: false,
        sweep: false,
    };
}

/// One alignment and fit at `blur`, decoded: for a grid whose function
/// patterns match weakly (at the middle blur, and no more unless that
/// reads: distractors match as weakly, and frames without a code must
/// stay cheap), and for the sizes [`Effort::sweep`] tries.
fn quick_read(frame: &Frame, grid: &Grid, functions: &[f32], blur: usize) -> Vec<String> {
    align::corners(frame, grid, blur, functions, Pixels::Decided)
        .and_then(|g| gridfit::estimate(frame, &g, blur))
        .map(|e| gridfit::decode(&e))
        .unwrap_or_default()
}

/// Moves one corner coordinate at a time by each of `steps` while
/// that lowers the residual of the module fit, decoding after each step
/// size. On set 1 this brings grids the alignment left 0.6–1.8 px off to
/// within 0.2–0.7 px, at 32 fits. Unread, the polished fit is the best.
fn polish(frame: &Frame, fit: Fit, estimate: Estimate, steps: &[f64]) -> Outcome {
    let blur = fit.blur;
    let (mut grid, mut best) = (fit.grid, estimate);
    for &step in steps {
        for c in 0..8 {
            for delta in [-step, step] {
                let Some((moved, estimate)) = grid
                    .nudged(c, delta)
                    .and_then(|g| Some((g, gridfit::estimate(frame, &g, blur)?)))
                else {
                    continue;
                };
                if estimate.residual < best.residual {
                    (grid, best) = (moved, estimate);
                    break;
                }
            }
        }
        let found = gridfit::decode(&best);
        if !found.is_empty() {
            return Outcome::read(found);
        }
    }
    Outcome {
        texts: Vec::new(),
        best: Some((Fit { grid, blur }, best)),
    }
}

fn distance(a: Point, b: Point) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// The largest textured area's enclosing quadrilateral: the hull's
/// extreme points along the diagonals of its smallest bounding rectangle.
fn textured_quad(frame: &Frame) -> Option<[Point; 4]> {
    if frame.width < 16 || frame.height < 16 {
        return None;
    }
    // The texture map has one cell per 2×2 pixels.
    let (w, h) = (frame.width / 2, frame.height / 2);
    let texture = texture(frame);
    let mut ranked = texture.clone();
    let at = ranked.len() * 95 / 100;
    let high = *ranked.select_nth_unstable_by(at, f32::total_cmp).1;
    let cut = 0.3 * high;
    if high <= 0.0 {
        return None;
    }
    // The largest 4-connected group above the cut.
    let mut label = vec![0u32; w * h];
    let mut best = (0usize, 0u32);
    let mut next = 0u32;
    for start in 0..w * h {
        if label[start] != 0 || texture[start] < cut {
            continue;
        }
        next += 1;
        let mut size = 0;
        let mut stack = vec![start];
        label[start] = next;
        while let Some(i) = stack.pop() {
            size += 1;
            let (x, y) = (i % w, i / w);
            for (nx, ny) in [
                (x.wrapping_sub(1), y),
                (x + 1, y),
                (x, y.wrapping_sub(1)),
                (x, y + 1),
            ] {
                if nx < w && ny < h {
                    let j = ny * w + nx;
                    if label[j] == 0 && texture[j] >= cut {
                        label[j] = next;
                        stack.push(j);
                    }
                }
            }
        }
        if size > best.0 {
            best = (size, next);
        }
    }
    if best.0 < 16 {
        return None;
    }
    // Each row's leftmost and rightmost pixel of the group hold its hull.
    let mut points = Vec::new();
    for y in 0..h {
        let row = &label[y * w..(y + 1) * w];
        if let (Some(a), Some(b)) = (
            row.iter().position(|&l| l == best.1),
            row.iter().rposition(|&l| l == best.1),
        ) {
            // A cell's pixels: 2a, 2a + 1 (outer edges, in pixels).
            let y = 2.0 * y as f64 + 0.5;
            points.push((2.0 * a as f64, y));
            points.push((2.0 * b as f64 + 1.0, y));
        }
    }
    // The rotation whose bounding box is smallest (1° steps over 90°).
    let (mut best_angle, mut best_area) = (0.0, f64::INFINITY);
    for step in 0..90 {
        let a = (step as f64).to_radians();
        let (s, c) = a.sin_cos();
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for &(x, y) in &points {
            let (u, v) = (x * c + y * s, -x * s + y * c);
            (x0, x1, y0, y1) = (x0.min(u), x1.max(u), y0.min(v), y1.max(v));
        }
        let area = (x1 - x0) * (y1 - y0);
        if area < best_area {
            (best_angle, best_area) = (a, area);
        }
    }
    let (s, c) = f64::sin_cos(best_angle);
    // Clockwise in the picture (y down): top left, top right, bottom right,
    // bottom left of the rotated box.
    let corner = |du: f64, dv: f64| {
        points
            .iter()
            .copied()
            .max_by(|p, q| {
                let score = |(x, y): Point| du * (x * c + y * s) + dv * (-x * s + y * c);
                score(*p).total_cmp(&score(*q))
            })
            .expect("the group has points")
    };
    Some([
        corner(-1.0, -1.0),
        corner(1.0, -1.0),
        corner(1.0, 1.0),
        corner(-1.0, 1.0),
    ])
}

/// How textured in two directions each cell of 2×2 pixels is: the smaller
/// eigenvalue of the gradients' structure tensor over its neighbourhood
/// (its square root, in grey levels per pixel). A code's modules vary
/// across and along any direction; the long straight edges of the phone,
/// its bezel and the desk vary across only, and score near zero however
/// strong they are. Cells keep the cost a quarter of a per-pixel map; the
/// sides are found on the pixels afterwards ([`fit_sides`]).
fn texture(frame: &Frame) -> Vec<f32> {
    let (w, h) = (frame.width, frame.height);
    let (cw, ch) = (w / 2, h / 2);
    let mut scratch = Vec::new();
    let mut smooth: Vec<f32> = frame.pixels.iter().map(|&p| p as f32).collect();
    preprocess::box_mean(&mut smooth, w, h, SMOOTH_RADIUS, &mut scratch);
    let (mut xx, mut xy, mut yy) = (
        vec![0f32; cw * ch],
        vec![0f32; cw * ch],
        vec![0f32; cw * ch],
    );
    for y in 1..(2 * ch).min(h - 1) {
        for x in 1..(2 * cw).min(w - 1) {
            let i = y * w + x;
            let gx = (smooth[i + 1] - smooth[i - 1]) / 2.0;
            let gy = (smooth[i + w] - smooth[i - w]) / 2.0;
            let c = (y / 2) * cw + x / 2;
            xx[c] += gx * gx;
            xy[c] += gx * gy;
            yy[c] += gy * gy;
        }
    }
    for t in [&mut xx, &mut xy, &mut yy] {
        preprocess::box_mean(t, cw, ch, TEXTURE_RADIUS, &mut scratch);
    }
    (0..cw * ch)
        .map(|i| {
            let (a, b, c) = (xx[i], xy[i], yy[i]);
            let smaller = (a + c) / 2.0 - (((a - c) / 2.0).powi(2) + b * b).sqrt();
            (smaller / 4.0).max(0.0).sqrt()
        })
        .collect()
}

/// Moves each side of `quad` to the code's edge, twice, and returns where
/// the sides meet.
fn fit_sides(frame: &Frame, mut quad: [Point; 4]) -> Option<[Point; 4]> {
    for _ in 0..2 {
        let centre = (
            quad.iter().map(|p| p.0).sum::<f64>() / 4.0,
            quad.iter().map(|p| p.1).sum::<f64>() / 4.0,
        );
        let mut lines = [((0.0, 0.0), (0.0, 0.0)); 4];
        for (i, line) in lines.iter_mut().enumerate() {
            let (a, b) = (quad[i], quad[(i + 1) % 4]);
            let along = ((b.0 - a.0), (b.1 - a.1));
            let length = distance(a, b);
            if length < 8.0 {
                return None;
            }
            let mut inward = (-along.1 / length, along.0 / length);
            let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
            if (centre.0 - mid.0) * inward.0 + (centre.1 - mid.1) * inward.1 < 0.0 {
                inward = (-inward.0, -inward.1);
            }
            // The edge under each half of the side.
            let point_at = |t0: f64, t1: f64| -> Option<Point> {
                let offset = edge_offset(frame, a, along, inward, t0, t1)?;
                let t = (t0 + t1) / 2.0;
                Some((
                    a.0 + along.0 * t + inward.0 * offset,
                    a.1 + along.1 * t + inward.1 * offset,
                ))
            };
            *line = (point_at(0.12, 0.5)?, point_at(0.5, 0.88)?);
        }
        for i in 0..4 {
            quad[(i + 1) % 4] = intersect(lines[i], lines[(i + 1) % 4])?;
        }
    }
    Some(quad)
}

/// Search range across a side, in pixels each way.
const EDGE_SEARCH: f64 = 8.0;
const EDGE_STEP: f64 = 0.25;

/// Where, along `inward` from the side's points between `t0` and `t1`, the
/// mean profile across the side turns from the quiet zone's light to the
/// code's grey: the half-way crossing nearest the inside.
fn edge_offset(
    frame: &Frame,
    a: Point,
    along: Point,
    inward: Point,
    t0: f64,
    t1: f64,
) -> Option<f64> {
    let samples = 24;
    let steps = (2.0 * EDGE_SEARCH / EDGE_STEP) as usize + 1;
    let profile: Vec<f64> = (0..steps)
        .map(|k| {
            let d = -EDGE_SEARCH + k as f64 * EDGE_STEP;
            let mut sum = 0.0;
            for j in 0..samples {
                let t = t0 + (t1 - t0) * (j as f64 + 0.5) / samples as f64;
                let (x, y) = (
                    a.0 + along.0 * t + inward.0 * d,
                    a.1 + along.1 * t + inward.1 * d,
                );
                sum += 255.0 - frame.bilinear(x, y)?;
            }
            Some(sum / samples as f64)
        })
        .collect::<Option<_>>()?;
    // Light outside: the least dark stretch of 1.5 px on the outer half;
    // code inside: the mean of the inner quarter.
    let inner = &profile[steps * 3 / 4..];
    let code = inner.iter().sum::<f64>() / inner.len() as f64;
    let outer = &profile[..steps / 2];
    let quiet = outer
        .windows(6)
        .map(|w| w.iter().sum::<f64>() / 6.0)
        .fold(f64::INFINITY, f64::min);
    if code - quiet < 8.0 {
        return None;
    }
    let half = (code + quiet) / 2.0;
    // From the inside outwards, the first sample below half way.
    let k = (1..steps)
        .rev()
        .find(|&k| profile[k - 1] < half && profile[k] >= half)?;
    let (p, q) = (profile[k - 1], profile[k]);
    let frac = (half - p) / (q - p);
    Some(-EDGE_SEARCH + (k as f64 - 1.0 + frac) * EDGE_STEP)
}

/// Where two lines (each through two points) cross.
fn intersect(l: (Point, Point), m: (Point, Point)) -> Option<Point> {
    let (p, r) = (l.0, (l.1.0 - l.0.0, l.1.1 - l.0.1));
    let (q, s) = (m.0, (m.1.0 - m.0.0, m.1.1 - m.0.1));
    let cross = r.0 * s.1 - r.1 * s.0;
    if cross.abs() < 1e-9 {
        return None;
    }
    let t = ((q.0 - p.0) * s.1 - (q.1 - p.1) * s.0) / cross;
    Some((p.0 + t * r.0, p.1 + t * r.1))
}
