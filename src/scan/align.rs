//! Laying a grid's picture over the pixels: moving a module grid to where
//! the blurred picture of its modules best explains a frame, by
//! Gauss–Newton on how the grid may move ([`corners`] each on its own, or
//! the whole grid by one [`shift`]) with the picture's contrast and a
//! smooth background.

use super::Frame;
use super::geometry::{self, Homography};
use super::gridfit::{self, Grid, model_picture};

/// Which pixels [`corners`] matches.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Pixels {
    /// Every pixel of the grid.
    All,
    /// Only pixels the undecided modules (darkness strictly between 0
    /// and 1) do not reach through the blur: mid grey is a poor model of
    /// a module that is either, and its pixels pull the grid off.
    Decided,
}

/// Share of a pixel's blur window undecided modules may cover for
/// [`Pixels::Decided`].
const DOUBT: f32 = 0.05;

/// Gauss–Newton steps of [`corners`].
const ALIGN_STEPS: usize = 6;

/// Corner shift, in pixels, by which [`corners`] measures how far each
/// pixel's grid point moves per pixel a corner moves (the homography is
/// smooth: any small step gives the same).
const CORNER_STEP: f64 = 1e-3;

/// Moves `grid`'s corners to where the blurred picture of the modules
/// of the given `darkness` best explains the pixels, by Gauss–Newton on the 8 corner
/// coordinates together with the picture's contrast and a background plane.
///
/// The picture's change as a corner moves is its slope along the way each
/// pixel's grid point moves ([`gridfit::ModelPixel::slope`]), not the difference
/// to the picture drawn again with the corner moved: one picture a step
/// instead of nine. Set 1 and set 2 read the same frames as with the
/// pictures drawn again (186 and 194, the same misses), set 1 through the
/// standard pipeline in 12.5 s instead of 28.6; live set 1 (paced at 30
/// fps) p90 18 frames and 3 scenes never read, where it was 25 and 4.
pub fn corners(
    frame: &Frame,
    grid: &Grid,
    blur: usize,
    darkness: &[f32],
    pixels: Pixels,
) -> Option<Grid> {
    gauss_newton(frame, grid, blur, darkness, pixels, Motion::Corners)
}

/// Moves `grid` as a whole (no turn, no change of size) to where the
/// blurred picture of the modules of the given `darkness` best explains
/// every pixel: for a grid known but for the hand's tremor since.
pub fn shift(frame: &Frame, grid: &Grid, blur: usize, darkness: &[f32]) -> Option<Grid> {
    gauss_newton(frame, grid, blur, darkness, Pixels::All, Motion::Shift)
}

/// How [`gauss_newton`] may move a grid.
#[derive(Clone, Copy, PartialEq)]
enum Motion {
    /// Each corner coordinate on its own.
    Corners,
    /// All corners together, by one shift.
    Shift,
}

impl Motion {
    /// The motion's parameters: corner coordinates, or the shift's x and y.
    fn parameters(self) -> usize {
        match self {
            Motion::Corners => 8,
            Motion::Shift => 2,
        }
    }

    /// Which parameter moves corner coordinate `c` (x of the first
    /// corner, y of the first, x of the second, …).
    fn parameter_of(self, c: usize) -> usize {
        match self {
            Motion::Corners => c,
            Motion::Shift => c % 2,
        }
    }
}

/// [`corners`] and [`shift`].
fn gauss_newton(
    frame: &Frame,
    grid: &Grid,
    blur: usize,
    darkness: &[f32],
    pixels: Pixels,
    motion: Motion,
) -> Option<Grid> {
    let n = grid.modules;
    let size = n as f64;
    let mut quad =
        [(0.0, 0.0), (size, 0.0), (size, size), (0.0, size)].map(|(u, v)| grid.to_frame.map(u, v));
    let undecided: Option<Vec<f32>> = (pixels == Pixels::Decided).then(|| {
        darkness
            .iter()
            .map(|&d| (d > 0.0 && d < 1.0) as u8 as f32)
            .collect()
    });
    for _ in 0..ALIGN_STEPS {
        let grid = Grid::from_corners(n, quad)?;
        let base = match &undecided {
            Some(undecided) => {
                let [base, doubt] =
                    gridfit::model_pictures(frame, &grid, blur, [darkness, undecided])?;
                let decided: Vec<_> = base
                    .into_iter()
                    .zip(doubt)
                    .filter(|(_, d)| d.darkness < DOUBT)
                    .map(|(b, _)| b)
                    .collect();
                if decided.len() < 64 {
                    return None;
                }
                decided
            }
            None => model_picture(frame, &grid, blur, darkness)?,
        };
        // For each corner coordinate, the grid with it moved: where each
        // pixel's grid point goes then, against where it is.
        let corner_moves: Option<(Homography, Vec<Homography>)> = match motion {
            Motion::Corners => Some((
                grid.to_frame.inverse()?,
                (0..8)
                    .map(|c| grid.nudged(c, CORNER_STEP).map(|g| g.to_frame))
                    .collect::<Option<_>>()?,
            )),
            Motion::Shift => None,
        };
        let (mut x0, mut y0, mut x1, mut y1) = (u32::MAX, u32::MAX, 0, 0);
        for p in &base {
            (x0, y0, x1, y1) = (x0.min(p.x), y0.min(p.y), x1.max(p.x), y1.max(p.y));
        }
        // Normal equations of y = background(x, y) + contrast·m + Σ g_c·dm_c,
        // with g_c = contrast · (corner shift c) and a quadratic background
        // (a glare spot is rarely flat over a code).
        const B: usize = 6;
        let p_count = B + 1 + motion.parameters();
        let mut ata = vec![vec![0f64; p_count]; p_count];
        let mut aty = vec![0f64; p_count];
        let (cx, cy) = ((x0 + x1) as f64 / 2.0, (y0 + y1) as f64 / 2.0);
        for p in &base {
            let (x, y) = (p.x as f64, p.y as f64);
            let mut row = [0f64; B + 1 + 8];
            let (u, v) = ((x - cx) / 64.0, (y - cy) / 64.0);
            row[..B].copy_from_slice(&[1.0, u, v, u * u, u * v, v * v]);
            row[B] = p.darkness as f64;
            // Moving corner coordinate c moves the point drawn at (x, y)
            // by `way`, and the picture with it: its change here is the
            // slope against that way.
            let slope = (p.slope.0 as f64, p.slope.1 as f64);
            match &corner_moves {
                Some((to_grid, moved)) => {
                    // Both ends through the homography, so their rounding
                    // cancels in the difference.
                    let (s, t) = to_grid.map(x, y);
                    let at = grid.to_frame.map(s, t);
                    for (c, moved) in moved.iter().enumerate() {
                        let to = moved.map(s, t);
                        let way = ((to.0 - at.0) / CORNER_STEP, (to.1 - at.1) / CORNER_STEP);
                        row[B + 1 + c] = -(slope.0 * way.0 + slope.1 * way.1);
                    }
                }
                None => {
                    row[B + 1] = -slope.0;
                    row[B + 2] = -slope.1;
                }
            }
            let row = &row[..p_count];
            let target = 255.0 - frame.get(p.x as usize, p.y as usize) as f64;
            // The upper triangle only (the same sums, mirrored below).
            for a in 0..p_count {
                aty[a] += row[a] * target;
                for b in a..p_count {
                    ata[a][b] += row[a] * row[b];
                }
            }
        }
        for a in 1..p_count {
            let (above, rest) = ata.split_at_mut(a);
            for (b, row) in above.iter().enumerate() {
                rest[0][b] = row[a];
            }
        }
        // A little ridge on the shifts keeps flat directions still.
        let ridge = 1e-3 * (0..p_count).map(|a| ata[a][a]).sum::<f64>() / p_count as f64;
        let system: Vec<Vec<f64>> = ata
            .into_iter()
            .zip(aty)
            .enumerate()
            .map(|(a, (mut row, rhs))| {
                if a > B {
                    row[a] += ridge;
                }
                row.push(rhs);
                row
            })
            .collect();
        let solution = geometry::solve(system)?;
        let contrast = solution[B];
        if contrast <= 1.0 {
            return None;
        }
        let mut largest = 0f64;
        for c in 0..8 {
            let shift = (solution[B + 1 + motion.parameter_of(c)] / contrast).clamp(-1.0, 1.0);
            largest = largest.max(shift.abs());
            if c % 2 == 0 {
                quad[c / 2].0 += shift;
            } else {
                quad[c / 2].1 += shift;
            }
        }
        if largest < 0.02 {
            break;
        }
    }
    Grid::from_corners(n, quad)
}
