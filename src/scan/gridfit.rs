//! Reading a code whose modules are smaller than the blur over them, by
//! fitting the module grid to the pixels.
//!
//! A phone held close to a fixed-focus camera shows modules of 1.5–3
//! pixels under a defocus of 3–5: every pixel mixes a dozen modules, and a
//! binarizer that decides pixel by pixel (zxing's) sees grey mush. But the
//! picture is still a known linear function of the modules once the grid's
//! place in the frame is known: each pixel is the blur's average of the
//! modules under it, plus the screen's light level, which varies slowly
//! (glare, vignetting). So this module solves for the modules' darkness by
//! least squares over all pixels at once (CGLS on a sparse system: one
//! column per module, one for the known dark function modules' contrast,
//! and a coarse grid of smooth background terms), decides each module, and
//! hands zxing a clean picture of the decided modules to decode, so error
//! correction repairs what the fit got wrong.

use qrcode::canvas::{Canvas, is_functional};
use qrcode::{Color, EcLevel, Version};

use super::Frame;
use super::decode::{Stage, ZxingStage, luma_view};
use super::erasure;
use super::geometry::Homography;
use super::preprocess;
use super::sparse::{Column, apply, cgls};

/// Modules of quiet zone taken as known light around the grid. The
/// standard asks for 4; 3 leaves room for a tight crop on a phone page.
const QUIET: f64 = 3.0;

/// Spacing of the smooth background's nodes, in pixels: wide enough not to
/// copy the code, narrow enough to follow a glare spot.
const BACKGROUND_SPACING: f64 = 14.0;

/// CGLS iterations of the first, continuous fit. Stopping early and
/// [`DAMPING`] are its regularization: the directions the blur nearly
/// erases converge last and are mostly noise.
const ITERATIONS: usize = 40;

/// Pull of each module's deviation from mid grey, relative to its column's
/// weight (measured on the synthetic phone set: 0 and 0.5 both read fewer
/// codes than 0.1).
const DAMPING: f32 = 0.1;

/// Turns of refitting contrast and background to the decided modules and
/// flipping modules; flipping sweeps per turn (each stops early when
/// nothing flips); CGLS iterations of each refit.
const DECISION_ROUNDS: usize = 3;
const SWEEPS: usize = 8;
const REFIT_ITERATIONS: usize = 30;

/// Where a code's module grid lies in a frame.
#[derive(Clone, Copy, Debug)]
pub struct Grid {
    /// Modules per side (21 for version 1, 4 more per version).
    pub modules: usize,
    /// Module coordinates (`(0, 0)` the top left corner of the top left
    /// module, `(modules, modules)` the bottom right corner) to frame pixels.
    pub to_frame: Homography,
}

impl Grid {
    /// The grid whose corners lie at `corners` (clockwise from the top left).
    pub fn from_corners(modules: usize, corners: [(f64, f64); 4]) -> Option<Grid> {
        Some(Grid {
            modules,
            to_frame: Homography::square_to(modules as f64, corners)?,
        })
    }

    /// The grid's outer corners in frame pixels, clockwise from the top left.
    pub fn corners(&self) -> [(f64, f64); 4] {
        let n = self.modules as f64;
        [(0.0, 0.0), (n, 0.0), (n, n), (0.0, n)].map(|(u, v)| self.to_frame.map(u, v))
    }

    /// The same grid in another picture, whose pixel `f(p)` shows pixel `p`
    /// of this one (a crop, a scaled copy).
    pub fn mapped(&self, f: impl Fn((f64, f64)) -> (f64, f64)) -> Option<Grid> {
        Grid::from_corners(self.modules, self.corners().map(f))
    }

    /// The grid with corner coordinate `c` (x of the first corner, y of
    /// the first, x of the second, …) moved by `delta` pixels.
    pub fn nudged(&self, c: usize, delta: f64) -> Option<Grid> {
        let mut corners = self.corners();
        let (x, y) = &mut corners[c / 2];
        *if c.is_multiple_of(2) { x } else { y } += delta;
        Grid::from_corners(self.modules, corners)
    }

    pub fn version(&self) -> Option<i16> {
        let v = (self.modules.checked_sub(17)? / 4) as i16;
        ((1..=40).contains(&v) && 17 + 4 * v as usize == self.modules).then_some(v)
    }
}

/// The modules a version fixes, row by row: `Some(dark)` for finder,
/// separator, timing, alignment and version-information modules, `None`
/// for data and format information (the decoder reads those).
pub fn function_modules(version: i16) -> Vec<Option<bool>> {
    let v = Version::Normal(version);
    let n = v.width();
    let mut canvas = Canvas::new(v, EcLevel::M);
    canvas.draw_all_functional_patterns();
    let colors = canvas.into_colors();
    // Format information runs along row and column 8 beside the finders,
    // skipping the timing patterns (the dark module at (8, n − 8) too).
    let format = |x: i16, y: i16| {
        (y == 8 && x != 6 && (x <= 8 || x >= n - 8)) || (x == 8 && y != 6 && (y <= 8 || y >= n - 8))
    };
    (0..n)
        .flat_map(|y| (0..n).map(move |x| (x, y)))
        .map(|(x, y)| {
            (is_functional(v, n, x, y) && !format(x, y))
                .then(|| colors[(y * n + x) as usize] == Color::Dark)
        })
        .collect()
}

/// Modules known dark (1) or light (0); unknown ones mid grey (0.5).
pub fn darkness(known: &[Option<bool>]) -> Vec<f32> {
    known
        .iter()
        .map(|k| k.map_or(0.5, |dark| dark as u8 as f32))
        .collect()
}

/// What the fit decided.
#[derive(Clone, Debug)]
pub struct Estimate {
    pub modules: usize,
    /// Row by row, `true` for dark.
    pub dark: Vec<bool>,
    /// Root mean square of what the fitted model leaves unexplained, in
    /// grey levels: compares blur guesses and grids.
    pub residual: f64,
    /// The fitted contrast between light and dark modules, in grey levels.
    pub contrast: f64,
    /// Row by row, each module's darkness (0–1) before the decisions: an
    /// undecided module stays near mid grey, so a grid aligned to this
    /// picture is not pulled by the modules the fit got wrong.
    pub soft: Vec<f32>,
    /// Row by row, how much worse (in squared grey levels summed over the
    /// pixels) the decided modules would explain the pixels with that one
    /// module flipped: the decision's certainty, infinite for the modules
    /// the version fixes. What [`erasure::correct`] erases by.
    pub certainty: Vec<f32>,
}

/// What a sample point of the frame shows.
#[derive(Clone, Copy, PartialEq)]
enum Sample {
    Module(u32),
    Quiet,
    Outside,
}

/// The pixels around a grid, and what each quarter of each shows (2×2
/// samples model the sensor's pixel area).
struct Sampled {
    x0: usize,
    y0: usize,
    w: usize,
    h: usize,
    samples: Vec<[Sample; 4]>,
}

impl Sampled {
    /// The pixels the quiet-zone-extended grid covers, plus the blur.
    fn new(frame: &Frame, grid: &Grid, blur: usize) -> Option<Sampled> {
        let n = grid.modules as f64;
        let to_grid = grid.to_frame.inverse()?;
        let span = [-QUIET, n + QUIET];
        let corners =
            [(0, 0), (1, 0), (1, 1), (0, 1)].map(|(i, j)| grid.to_frame.map(span[i], span[j]));
        let pad = blur as f64 + 1.0;
        let bound = |coord: fn(&(f64, f64)) -> f64, max: usize| {
            let lo = corners.iter().map(coord).fold(f64::INFINITY, f64::min) - pad;
            let hi = corners.iter().map(coord).fold(f64::NEG_INFINITY, f64::max) + pad + 1.0;
            let clamp = |v: f64| v.clamp(0.0, max as f64) as usize;
            (clamp(lo), clamp(hi))
        };
        let (x0, x1) = bound(|c| c.0, frame.width);
        let (y0, y1) = bound(|c| c.1, frame.height);
        let (w, h) = (x1.saturating_sub(x0), y1.saturating_sub(y0));
        if w < 2 * blur + 8 || h < 2 * blur + 8 || w * h > 1_500_000 {
            return None;
        }
        let mut samples = vec![[Sample::Outside; 4]; w * h];
        let offsets = [(-0.25, -0.25), (0.25, -0.25), (-0.25, 0.25), (0.25, 0.25)];
        for y in 0..h {
            for x in 0..w {
                for (i, (dx, dy)) in offsets.into_iter().enumerate() {
                    let (s, t) = to_grid.map((x + x0) as f64 + dx, (y + y0) as f64 + dy);
                    samples[y * w + x][i] = if s >= 0.0 && t >= 0.0 && s < n && t < n {
                        Sample::Module(t as u32 * n as u32 + s as u32)
                    } else if s > span[0] && t > span[0] && s < span[1] && t < span[1] {
                        Sample::Quiet
                    } else {
                        Sample::Outside
                    };
                }
            }
        }
        Some(Sampled {
            x0,
            y0,
            w,
            h,
            samples,
        })
    }
}

/// A pixel of a model picture ([`model_picture`]).
#[derive(Clone, Copy, Debug)]
pub struct ModelPixel {
    /// Frame coordinates.
    pub x: u32,
    pub y: u32,
    /// The modules' blurred darkness, 0–1.
    pub darkness: f32,
    /// How the darkness changes per pixel right and down (central
    /// differences): what moving the picture by a fraction of a pixel
    /// does to it, without drawing it again.
    pub slope: (f32, f32),
}

/// The picture modules of the given `darkness` on `grid` would make (row by
/// row, 0 light to 1 dark, [`darkness`]), as darkness 0–1 blurred by a box
/// of `2 × blur + 1` pixels, for the pixels around the grid whose blur
/// window lies inside the quiet-zone-extended grid.
pub fn model_picture(
    frame: &Frame,
    grid: &Grid,
    blur: usize,
    darkness: &[f32],
) -> Option<Vec<ModelPixel>> {
    let [picture] = model_pictures(frame, grid, blur, [darkness])?;
    Some(picture)
}

/// [`model_picture`] of several darknesses on the same grid: the grid's
/// samples are taken once (the larger part of the cost).
pub fn model_pictures<const K: usize>(
    frame: &Frame,
    grid: &Grid,
    blur: usize,
    darknesses: [&[f32]; K],
) -> Option<[Vec<ModelPixel>; K]> {
    let Sampled {
        x0,
        y0,
        w,
        h,
        samples,
    } = Sampled::new(frame, grid, blur)?;
    let mut scratch = Vec::new();
    let mut outside: Vec<f32> = samples
        .iter()
        .map(|s| s.contains(&Sample::Outside) as u8 as f32)
        .collect();
    preprocess::box_mean(&mut outside, w, h, blur, &mut scratch);
    Some(darknesses.map(|darkness| {
        let mut model = vec![0f32; w * h];
        for (q, s) in samples.iter().enumerate() {
            for sample in s {
                if let Sample::Module(k) = *sample {
                    model[q] += 0.25 * darkness.get(k as usize).copied().unwrap_or(0.5)
                }
            }
        }
        preprocess::box_mean(&mut model, w, h, blur, &mut scratch);
        let mut out = Vec::with_capacity(w * h);
        for y in blur..h.saturating_sub(blur) {
            for x in blur..w.saturating_sub(blur) {
                let q = y * w + x;
                if outside[q] < 1e-4 {
                    let (left, right) = (x.saturating_sub(1), (x + 1).min(w - 1));
                    let (up, down) = (y.saturating_sub(1), (y + 1).min(h - 1));
                    out.push(ModelPixel {
                        x: (x + x0) as u32,
                        y: (y + y0) as u32,
                        darkness: model[q],
                        slope: (
                            (model[y * w + right] - model[y * w + left]) / (right - left) as f32,
                            (model[down * w + x] - model[up * w + x]) / (down - up) as f32,
                        ),
                    });
                }
            }
        }
        out
    }))
}

/// How well the modules `known` on `grid`, blurred, match the frame: the
/// correlation between [`model_picture`] and the frame's darkness.
pub fn pattern_match(frame: &Frame, grid: &Grid, blur: usize, darkness: &[f32]) -> Option<f64> {
    let model = model_picture(frame, grid, blur, darkness)?;
    let (mut n, mut sm, mut sf, mut smm, mut sff, mut smf) = (0f64, 0f64, 0f64, 0f64, 0f64, 0f64);
    for p in &model {
        let (m, f) = (
            p.darkness as f64,
            255.0 - frame.get(p.x as usize, p.y as usize) as f64,
        );
        n += 1.0;
        sm += m;
        sf += f;
        smm += m * m;
        sff += f * f;
        smf += m * f;
    }
    if n < 16.0 {
        return None;
    }
    let cov = smf - sm * sf / n;
    let var = (smm - sm * sm / n) * (sff - sf * sf / n);
    (var > 0.0).then(|| cov / var.sqrt())
}

/// Fits the modules of `grid` to `frame`, blurred by a box of
/// `2 × blur + 1` pixels.
pub fn estimate(frame: &Frame, grid: &Grid, blur: usize) -> Option<Estimate> {
    let n = grid.modules;
    let known = function_modules(grid.version()?);
    let Sampled {
        x0,
        y0,
        w,
        h,
        samples,
    } = Sampled::new(frame, grid, blur)?;

    // Pixels whose whole blur window shows the extended grid are the
    // observations; `row_of` numbers them.
    let r = blur as isize;
    let outside: Vec<f32> = samples
        .iter()
        .map(|s| s.contains(&Sample::Outside) as u8 as f32)
        .collect();
    let mut outside_near = outside;
    preprocess::box_mean(&mut outside_near, w, h, blur, &mut Vec::new());
    let mut row_of = vec![u32::MAX; w * h];
    let mut pixels = Vec::new();
    for y in blur..h.saturating_sub(blur) {
        for x in blur..w.saturating_sub(blur) {
            if outside_near[y * w + x] < 1e-4 {
                row_of[y * w + x] = pixels.len() as u32;
                pixels.push(y * w + x);
            }
        }
    }
    if pixels.len() < n * n {
        return None;
    }

    // Columns: unknown modules, then the known dark modules' contrast.
    let unknown: Vec<usize> = (0..n * n).filter(|&k| known[k].is_none()).collect();
    let mut column_of = vec![u32::MAX; n * n];
    for (c, &k) in unknown.iter().enumerate() {
        column_of[k] = c as u32;
    }
    let contrast_column = unknown.len();
    // One more column, not fitted: the known dark modules alone.
    let mut columns: Vec<Column> = (0..unknown.len() + 2).map(|_| Column::default()).collect();
    let window = ((2 * blur + 1) * (2 * blur + 1)) as f32;
    let mut scratch = vec![0f32; pixels.len()];
    let mut touched: Vec<u32> = Vec::new();
    // Sample → column lists, then each column's blurred footprint.
    // An unknown module's darkness is half the contrast plus its own
    // deviation: damping the deviations pulls undecided modules to mid
    // grey, not to light.
    let mut hits: Vec<Vec<(u32, f32)>> = vec![Vec::new(); columns.len()];
    for (q, s) in samples.iter().enumerate() {
        for sample in s {
            if let Sample::Module(k) = *sample {
                match known[k as usize] {
                    None => {
                        hits[column_of[k as usize] as usize].push((q as u32, 1.0));
                        hits[contrast_column].push((q as u32, 0.5));
                    }
                    Some(true) => {
                        hits[contrast_column].push((q as u32, 1.0));
                        hits[contrast_column + 1].push((q as u32, 1.0));
                    }
                    Some(false) => {}
                }
            }
        }
    }
    for (c, qs) in hits.iter().enumerate() {
        for &(q, weight) in qs {
            let (qx, qy) = ((q as usize % w) as isize, (q as usize / w) as isize);
            for dy in -r..=r {
                for dx in -r..=r {
                    let (px, py) = (qx + dx, qy + dy);
                    if px < 0 || py < 0 || px >= w as isize || py >= h as isize {
                        continue;
                    }
                    let row = row_of[py as usize * w + px as usize];
                    if row == u32::MAX {
                        continue;
                    }
                    if scratch[row as usize] == 0.0 {
                        touched.push(row);
                    }
                    scratch[row as usize] += weight * 0.25 / window;
                }
            }
        }
        touched.sort_unstable();
        let column = &mut columns[c];
        for &row in &touched {
            column.rows.push(row);
            column.weights.push(scratch[row as usize]);
            scratch[row as usize] = 0.0;
        }
        touched.clear();
    }
    let known_dark = columns.pop().expect("pushed above");
    // Smooth background: bilinear hats on a coarse grid of nodes.
    let nodes_x = (w as f64 / BACKGROUND_SPACING).ceil() as usize + 1;
    let nodes_y = (h as f64 / BACKGROUND_SPACING).ceil() as usize + 1;
    let first_background = columns.len();
    columns.extend((0..nodes_x * nodes_y).map(|_| Column::default()));
    for (row, &p) in pixels.iter().enumerate() {
        let (fx, fy) = (
            (p % w) as f64 / BACKGROUND_SPACING,
            (p / w) as f64 / BACKGROUND_SPACING,
        );
        let (ix, iy) = (fx as usize, fy as usize);
        let (ax, ay) = ((fx - ix as f64) as f32, (fy - iy as f64) as f32);
        for (node, weight) in [
            (iy * nodes_x + ix, (1.0 - ax) * (1.0 - ay)),
            (iy * nodes_x + ix + 1, ax * (1.0 - ay)),
            ((iy + 1) * nodes_x + ix, (1.0 - ax) * ay),
            ((iy + 1) * nodes_x + ix + 1, ax * ay),
        ] {
            if weight > 0.0 {
                let column = &mut columns[first_background + node];
                column.rows.push(row as u32);
                column.weights.push(weight);
            }
        }
    }
    // Unit columns: CGLS then treats every unknown alike.
    let scales: Vec<f32> = columns
        .iter_mut()
        .map(|c| {
            let norm = c.norm();
            if norm > 0.0 {
                c.scale(1.0 / norm);
                1.0 / norm
            } else {
                0.0
            }
        })
        .collect();

    // Dark modules raise the observation: y = 255 − grey.
    let y: Vec<f32> = pixels
        .iter()
        .map(|&p| 255.0 - frame.get(p % w + x0, p / w + y0) as f32)
        .collect();
    let damping: Vec<f32> = (0..columns.len())
        .map(|c| if c < unknown.len() { DAMPING } else { 0.0 })
        .collect();
    let x = cgls(&columns, &y, &damping, ITERATIONS);

    let contrast = x[contrast_column] * scales[contrast_column];
    if contrast <= 0.0 {
        return None;
    }
    // Decide each module; then, in turns, refit contrast and background to
    // the decided modules and flip single modules while that lowers the
    // squared residual of the two-level model (the least-squares values
    // amplify noise where the blur nearly erases a pattern; two levels do
    // not).
    let soft: Vec<f32> = (0..n * n)
        .map(|k| match known[k] {
            Some(d) => d as u8 as f32,
            None => {
                let c = column_of[k] as usize;
                (0.5 + x[c] * scales[c] / contrast).clamp(0.0, 1.0)
            }
        })
        .collect();
    let mut dark: Vec<bool> = (0..unknown.len()).map(|c| x[c] > 0.0).collect();
    let unit: Vec<f32> = (0..unknown.len()).map(|c| 1.0 / scales[c]).collect();
    let mut contrast = contrast;
    let mut rest = Vec::new();
    // The refit's columns: the decided code (set each turn), then the
    // background's.
    let mut refit = vec![Column::default()];
    refit.extend_from_slice(&columns[first_background..]);
    for _ in 0..DECISION_ROUNDS {
        // The decided code at contrast 1, as one dense column.
        let mut code = vec![0f32; y.len()];
        known_dark.add_to(&mut code, 1.0);
        for c in (0..unknown.len()).filter(|&c| dark[c]) {
            columns[c].add_to(&mut code, unit[c]);
        }
        let norm = code.iter().map(|v| v * v).sum::<f32>().sqrt();
        if norm <= 0.0 {
            return None;
        }
        refit[0] = Column {
            rows: (0..y.len() as u32).collect(),
            weights: code.iter().map(|v| v / norm).collect(),
        };
        let fit = cgls(&refit, &y, &vec![0.0; refit.len()], REFIT_ITERATIONS);
        contrast = fit[0] / norm;
        if contrast <= 0.0 {
            return None;
        }
        let fitted = apply(&refit, &fit, y.len());
        rest = y.iter().zip(&fitted).map(|(a, b)| a - b).collect();
        for _ in 0..SWEEPS {
            let mut flips = 0;
            for c in 0..unknown.len() {
                let delta = if dark[c] { -contrast } else { contrast } * unit[c];
                let gain = 2.0 * delta * columns[c].dot(&rest) - delta * delta;
                if gain > 0.0 {
                    columns[c].add_to(&mut rest, -delta);
                    dark[c] = !dark[c];
                    flips += 1;
                }
            }
            // Then neighbours that differ trade places: a module decided
            // one place off is a pair of errors no single flip undoes.
            for c in 0..unknown.len() {
                let k = unknown[c];
                for j in [k + 1, k + n] {
                    if (j == k + 1 && j % n == 0) || j >= n * n {
                        continue;
                    }
                    let Some(d) = (known[j].is_none()).then(|| column_of[j] as usize) else {
                        continue;
                    };
                    if dark[c] == dark[d] {
                        continue;
                    }
                    let dc = if dark[c] { -contrast } else { contrast } * unit[c];
                    let dd = if dark[d] { -contrast } else { contrast } * unit[d];
                    let gain = 2.0 * dc * columns[c].dot(&rest) - dc * dc
                        + 2.0 * dd * columns[d].dot(&rest)
                        - dd * dd
                        - 2.0 * dc * dd * columns[c].overlap(&columns[d]);
                    if gain > 0.0 {
                        columns[c].add_to(&mut rest, -dc);
                        columns[d].add_to(&mut rest, -dd);
                        dark[c] = !dark[c];
                        dark[d] = !dark[d];
                        flips += 1;
                    }
                }
            }
            if flips == 0 {
                break;
            }
        }
    }
    let certainty: Vec<f32> = (0..n * n)
        .map(|k| match known[k] {
            Some(_) => f32::INFINITY,
            None => {
                let c = column_of[k] as usize;
                let delta = if dark[c] { -contrast } else { contrast } * unit[c];
                delta * delta - 2.0 * delta * columns[c].dot(&rest)
            }
        })
        .collect();
    let dark: Vec<bool> = (0..n * n)
        .map(|k| match known[k] {
            Some(d) => d,
            None => dark[column_of[k] as usize],
        })
        .collect();
    let residual = (rest.iter().map(|r| (*r as f64).powi(2)).sum::<f64>() / y.len() as f64).sqrt();
    Some(Estimate {
        modules: n,
        dark,
        residual,
        contrast: contrast as f64,
        soft,
        certainty,
    })
}

/// Pixels per module of [`render`].
const RENDER_MODULE_PX: usize = 4;

/// Modules (`modules` per side, row by row, `true` dark) as a clean
/// picture, 4 modules of quiet zone.
pub fn render(modules: usize, dark: &[bool]) -> Frame {
    let n = modules;
    let side = (n + 8) * RENDER_MODULE_PX;
    let mut frame = Frame::filled(side, side, 255);
    for (k, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        let (mx, my) = (k % n + 4, k / n + 4);
        for y in my * RENDER_MODULE_PX..(my + 1) * RENDER_MODULE_PX {
            let row = y * side;
            frame.pixels[row + mx * RENDER_MODULE_PX..row + (mx + 1) * RENDER_MODULE_PX].fill(0);
        }
    }
    frame
}

/// zxing on a clean rendering: upright, known quiet zone.
fn pure_reader() -> ZxingStage {
    ZxingStage {
        name: "zxing-pure",
        try_harder: false,
        try_invert: false,
        pure: true,
        ..ZxingStage::main()
    }
}

/// Decodes fitted modules: zxing on their clean rendering, and when that
/// fails, on the rendering of the codewords corrected with the least
/// certain ones erased ([`erasure::correct`]).
pub fn decode(estimate: &Estimate) -> Vec<String> {
    let n = estimate.modules;
    let found = pure_reader().decode(&render(n, &estimate.dark));
    if !found.is_empty() {
        return found;
    }
    match erasure::correct(n, &estimate.dark, &estimate.certainty) {
        Some(corrected) => pure_reader().decode(&render(n, &corrected)),
        None => Vec::new(),
    }
}

/// Fits `grid` with each blur in `blurs` and decodes the first estimate
/// zxing accepts.
pub fn read(frame: &Frame, grid: &Grid, blurs: &[usize]) -> Vec<String> {
    for &blur in blurs {
        if let Some(estimate) = estimate(frame, grid, blur) {
            let found = decode(&estimate);
            if !found.is_empty() {
                return found;
            }
        }
    }
    Vec::new()
}

/// The box blurs tried, as radii: none, 3 and 5 pixels wide.
pub const BLURS: [usize; 3] = [0, 1, 2];

/// A place zxing's detector found a code, read or not: its corners
/// (clockwise from the top left of the code's own orientation), and the
/// modules per side when zxing got as far as the version.
#[derive(Clone, Debug)]
pub struct Located {
    pub corners: [(f64, f64); 4],
    pub modules: Option<usize>,
}

/// Every QR zxing's detector finds in `frame`, including the ones it
/// could not decode.
pub fn locate(frame: &Frame) -> Vec<Located> {
    let Some(view) = luma_view(frame) else {
        return Vec::new();
    };
    let reader = zxingcpp::read()
        .formats([zxingcpp::BarcodeFormat::QRCode])
        .try_harder(true)
        .try_invert(false)
        .return_errors(true);
    let Ok(codes) = reader.from(&view) else {
        return Vec::new();
    };
    codes
        .iter()
        .map(|code| {
            let p = code.position();
            let c = |q: zxingcpp::PointI| (q.x as f64, q.y as f64);
            let extra = code.extra();
            let modules = extra
                .split("\"Version\":")
                .nth(1)
                .and_then(|v| {
                    v.trim_start_matches([' ', '"'])
                        .split(|c: char| !c.is_ascii_digit())
                        .next()?
                        .parse::<usize>()
                        .ok()
                })
                .map(|v| 17 + 4 * v);
            Located {
                corners: [
                    c(p.top_left),
                    c(p.top_right),
                    c(p.bottom_right),
                    c(p.bottom_left),
                ],
                modules,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_modules_of_version_1() {
        let known = function_modules(1);
        assert_eq!(known.len(), 21 * 21);
        // Finder corner dark, separator light, timing alternates, data unknown.
        assert_eq!(known[0], Some(true));
        assert_eq!(known[7], Some(false));
        assert_eq!(known[6 * 21 + 8], Some(true));
        assert_eq!(known[6 * 21 + 9], Some(false));
        assert_eq!(known[10 * 21 + 10], None);
        // Format information is read, not known.
        assert_eq!(known[8 * 21 + 2], None);
    }

    #[test]
    fn grid_version_from_modules() {
        let grid = |n| Grid::from_corners(n, [(0.0, 0.0), (9.0, 0.0), (9.0, 9.0), (0.0, 9.0)]);
        assert_eq!(grid(21).unwrap().version(), Some(1));
        assert_eq!(grid(57).unwrap().version(), Some(10));
        assert_eq!(grid(22).unwrap().version(), None);
        assert_eq!(grid(13).unwrap().version(), None);
    }

    /// A clean code rendered and fitted on its own grid comes back module
    /// for module, and the rendering decodes.
    #[test]
    fn fit_of_a_clean_code_is_exact() {
        let text = "MDG1:GRID FIT";
        let clean = crate::scan::synth::render_qr(text, 3).unwrap();
        let n = clean.width / 3 - 8;
        let at = |m: usize| (3 * (m + 4)) as f64 - 0.5;
        let grid = Grid::from_corners(
            n,
            [
                (at(0), at(0)),
                (at(n), at(0)),
                (at(n), at(n)),
                (at(0), at(n)),
            ],
        )
        .unwrap();
        let estimate = estimate(&clean, &grid, 0).unwrap();
        let truth: Vec<bool> = (0..n * n)
            .map(|k| clean.get(3 * (k % n + 4) + 1, 3 * (k / n + 4) + 1) < 128)
            .collect();
        assert_eq!(estimate.dark, truth);
        assert!(estimate.residual < 1.0, "{}", estimate.residual);
        assert_eq!(read(&clean, &grid, &BLURS), vec![text.to_string()]);
    }
}
