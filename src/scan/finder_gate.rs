//! A cheap test that tells frames that cannot hold a QR code from frames
//! that might, so the decoders only run on the latter.
//!
//! zxing-cpp's QR detector needs three finder patterns (the 7×7 squares in
//! three corners) of one polarity. It binarizes the frame with its local
//! ("hybrid") binarizer, scans every third row for the run pattern
//! 1:1:3:1:1, then confirms each hit around its centre. A frame on which
//! fewer than three distinct finder-like targets exist, in either polarity,
//! gives it nothing to work with, however long it tries.
//!
//! [`could_hold_qr`] repeats that search, cheaper and looser:
//! - the same binarization: zxing-cpp 3.1's block thresholds (8×8 blocks,
//!   `(min+max)/2` where the block has contrast, smoothed over 5×5 blocks,
//!   gaps filled), applied on the fly to the rows and columns it reads, so
//!   no bitmap is built;
//! - the same rows (every third), both polarities from one pass over the
//!   runs (zxing's inverted pass sees the same runs with colours swapped);
//! - a row test with wider tolerances than zxing's, and a column test that
//!   only asks for the ring structure (centre, gap, ring, outside) within
//!   reach, where zxing checks ratios in several directions.
//!
//! So the gate passes every frame on which stage 1 can find a code (it is
//! a necessary condition of zxing's detector, loosened), and it stops
//! scenes without squares (the false-positive photos, empty camera frames)
//! after one pass over the pixels instead of the full decoder plus the
//! fallback. Frames too small or too flat for the hybrid binarizer (zxing
//! then uses a global threshold) always pass. The textured fallback works
//! on a median-filtered copy; its codes still show their finder squares
//! in the plain frame (checked on the reference set and the synthetic set
//! by `cargo bench --bench scan`: the gate costs no decode there).

use super::Frame;

const BLOCK: usize = 8;
/// zxing-cpp's `MIN_DYNAMIC_RANGE`: blocks with less contrast get no
/// threshold of their own.
const MIN_RANGE: u8 = 24;
/// Smoothing radius in blocks (zxing: 5×5 blocks).
const R: usize = 2;
/// zxing scans rows `2, 5, 8, …` when trying harder.
const ROW_STEP: usize = 3;

/// Per-block thresholds, exactly as zxing-cpp 3.1's `HybridBinarizer`
/// computes them; `None` when zxing would not use them (frame smaller than
/// 40 px, or no block with contrast).
struct Thresholds {
    /// Blocks across and down.
    bw: usize,
    bh: usize,
    t: Vec<u8>,
    width: usize,
    height: usize,
}

impl Thresholds {
    fn new(frame: &Frame) -> Option<Thresholds> {
        let (w, h) = (frame.width, frame.height);
        let window = BLOCK * (1 + 2 * R);
        if w < window || h < window || frame.pixels.len() != w * h {
            return None;
        }
        let (bw, bh) = (w.div_ceil(BLOCK), h.div_ceil(BLOCK));
        // Block min/max: per block row, column-wise min/max over its 8
        // pixel rows (vectorises), then over each block's 8 columns.
        let mut raw = vec![0u8; bw * bh];
        let (mut lo, mut hi) = (vec![0u8; w], vec![0u8; w]);
        for by in 0..bh {
            let y0 = (by * BLOCK).min(h - BLOCK);
            lo.copy_from_slice(&frame.pixels[y0 * w..y0 * w + w]);
            hi.copy_from_slice(&lo);
            for y in y0 + 1..y0 + BLOCK {
                let row = &frame.pixels[y * w..y * w + w];
                for ((l, m), &p) in lo.iter_mut().zip(hi.iter_mut()).zip(row) {
                    *l = (*l).min(p);
                    *m = (*m).max(p);
                }
            }
            for bx in 0..bw {
                let x0 = (bx * BLOCK).min(w - BLOCK);
                let mn = lo[x0..x0 + BLOCK].iter().copied().min().unwrap_or(0);
                let mx = hi[x0..x0 + BLOCK].iter().copied().max().unwrap_or(0);
                raw[by * bw + bx] = if mx - mn > MIN_RANGE {
                    ((mx as u16 + mn as u16) / 2) as u8
                } else {
                    0
                };
            }
        }
        if raw.iter().all(|&t| t == 0) {
            return None;
        }
        // Smoothing: a 5×5 window clamped inside the grid (it shifts at the
        // borders rather than shrinking), centre counted three times, zero
        // thresholds left out of the mean. Separable sums of values and of
        // non-zero counts.
        let clamp = |i: usize, n: usize| i.clamp(R, n - R - 1);
        let mut hsum = vec![0u32; bw * bh];
        let mut hcnt = vec![0u32; bw * bh];
        for by in 0..bh {
            let row = &raw[by * bw..by * bw + bw];
            for bx in 0..bw {
                let c = clamp(bx, bw);
                let (mut s, mut n) = (0u32, 0u32);
                for &t in &row[c - R..=c + R] {
                    s += t as u32;
                    n += (t > 0) as u32;
                }
                hsum[by * bw + bx] = s;
                hcnt[by * bw + bx] = n;
            }
        }
        let mut t = vec![0u8; bw * bh];
        for by in 0..bh {
            let c = clamp(by, bh);
            for bx in 0..bw {
                let centre = raw[by * bw + bx] as u32;
                let (mut s, mut n) = (centre * 2, if centre > 0 { 2 } else { 0 });
                for yy in c - R..=c + R {
                    s += hsum[yy * bw + bx];
                    n += hcnt[yy * bw + bx];
                }
                t[by * bw + bx] = if n > 0 { (s / n) as u8 } else { 0 };
            }
        }
        // Gaps (no contrast anywhere near): the next threshold in raster
        // order, trailing ones the last.
        let mut last: Option<usize> = None;
        for i in 0..t.len() {
            if t[i] != 0 {
                let from = last.map_or(0, |l| l + 1);
                let v = t[i];
                t[from..i].fill(v);
                last = Some(i);
            }
        }
        if let Some(l) = last {
            let v = t[l];
            t[l + 1..].fill(v);
        }
        Some(Thresholds {
            bw,
            bh,
            t,
            width: w,
            height: h,
        })
    }

    /// Block index along one axis: the last block is moved inside the
    /// frame and written last by zxing, so it owns the final 8 pixels.
    #[inline]
    fn block_of(i: usize, len: usize, blocks: usize) -> usize {
        if i + BLOCK >= len {
            blocks - 1
        } else {
            i / BLOCK
        }
    }

    #[inline]
    fn dark(&self, frame: &Frame, x: usize, y: usize) -> bool {
        let bx = Self::block_of(x, self.width, self.bw);
        let by = Self::block_of(y, self.height, self.bh);
        frame.pixels[y * self.width + x] <= self.t[by * self.bw + bx]
    }
}

/// Whether the run lengths `r[0..5]` could be a finder pattern's
/// 1:1:3:1:1: zxing's row test (centre at least 3 px, at least twice either
/// outer bar and as wide as either space; bar and space module sizes within
/// 4× of each other; per-run errors within 0.75 (bars) / 0.6 (spaces) of a
/// module plus half a pixel) with 25% more slack everywhere.
fn row_pattern(r: &[u32]) -> bool {
    let (b0, s1, c, s3, b4) = (r[0], r[1], r[2], r[3], r[4]);
    if c < 2 || 5 * c < 8 * b0.max(b4) || 5 * c < 4 * s1.max(s3) {
        return false;
    }
    let bar = (b0 + c + b4) as f32 / 5.0;
    let space = (s1 + s3) as f32 / 2.0;
    if bar.max(space) > 5.0 * bar.min(space) {
        return false;
    }
    let (tb, ts) = ((bar * 0.75 + 0.5) * 1.25, (space * 0.6 + 0.5) * 1.25);
    (b0 as f32 - bar).abs() <= tb
        && (b4 as f32 - bar).abs() <= tb
        && (c as f32 - 3.0 * bar).abs() <= tb
        && (s1 as f32 - space).abs() <= ts
        && (s3 as f32 - space).abs() <= ts
}

/// From the centre `(x, y)` (of colour `dark`), walks one way along the
/// column and measures the centre's part, the gap and the ring; `None`
/// when the ring does not close within `reach` pixels. The frame edge may
/// stand for the outside once the ring has started.
fn column_runs(
    th: &Thresholds,
    f: &Frame,
    (x, y): (usize, usize),
    dark: bool,
    reach: usize,
    up: bool,
) -> Option<[u32; 3]> {
    let mut runs = [0u32; 3]; // centre part, gap, ring
    let mut phase = 0;
    for step in 1..=reach {
        let yy = if up {
            y.checked_sub(step)
        } else {
            Some(y + step).filter(|&v| v < f.height)
        };
        let Some(yy) = yy else {
            return (phase == 2).then_some(runs);
        };
        let same = th.dark(f, x, yy) == dark;
        match (phase, same) {
            (0, false) | (1, true) => phase += 1,
            (2, false) => return Some(runs),
            _ => {}
        }
        runs[phase] += 1;
    }
    None
}

/// The column through a row hit must show the same ring structure: centre,
/// gap and ring on both sides, in 1:1:3:1:1 with the module size of the
/// column itself (perspective may stretch it up to 4× against the row's, as
/// zxing allows), with twice zxing's per-run slack.
fn column_pattern(up: [u32; 3], down: [u32; 3], row_module: f32) -> bool {
    let centre = (up[0] + down[0] + 1) as f32;
    let total = centre + (up[1] + up[2] + down[1] + down[2]) as f32;
    let m = total / 7.0;
    if m > 4.0 * row_module || 4.0 * m < row_module {
        return false;
    }
    let tol = (m * 0.75 + 0.5) * 2.0;
    (centre - 3.0 * m).abs() <= tol
        && [up[1], up[2], down[1], down[2]]
            .iter()
            .all(|&r| (r as f32 - m).abs() <= tol)
}

/// Whether `frame` has at least three distinct finder-like targets of one
/// polarity (see the module docs). Never panics; tiny, flat or malformed
/// frames pass (the decoders decide).
pub fn could_hold_qr(frame: &Frame) -> bool {
    let Some(th) = Thresholds::new(frame) else {
        return true;
    };
    let w = frame.width;
    // Distinct confirmed targets per polarity: (x, y, size).
    let mut found: [Vec<(f32, f32, f32)>; 2] = [Vec::new(), Vec::new()];
    let mut runs: Vec<u32> = Vec::with_capacity(w / 2);
    let mut row_t = vec![0u8; w];
    let mut y = ROW_STEP - 1;
    while y < frame.height {
        let by = Thresholds::block_of(y, th.height, th.bh);
        for (x, t) in row_t.iter_mut().enumerate() {
            *t = th.t[by * th.bw + Thresholds::block_of(x, w, th.bw)];
        }
        let row = &frame.pixels[y * w..y * w + w];
        // Runs of equal colour; `first_dark` is the colour of runs[0].
        runs.clear();
        let first_dark = row[0] <= row_t[0];
        let mut cur = first_dark;
        let mut len = 0u32;
        for (&p, &t) in row.iter().zip(&row_t) {
            let d = p <= t;
            if d == cur {
                len += 1;
            } else {
                runs.push(len);
                cur = d;
                len = 1;
            }
        }
        runs.push(len);
        let mut start = 0usize;
        for i in 0..runs.len() {
            if i + 5 <= runs.len() && row_pattern(&runs[i..i + 5]) {
                let dark = first_dark == (i % 2 == 0);
                let pol = dark as usize;
                let sum: u32 = runs[i..i + 5].iter().sum();
                let cx = start + (runs[i] + runs[i + 1] + runs[i + 2] / 2) as usize;
                let (fx, fy, size) = (cx as f32, y as f32, sum as f32);
                let known = found[pol]
                    .iter()
                    .any(|&(ox, oy, os)| (ox - fx).hypot(oy - fy) < os / 2.0);
                if !known {
                    let reach = 2 * sum as usize + 2;
                    let up = column_runs(&th, frame, (cx, y), dark, reach, true);
                    let down = column_runs(&th, frame, (cx, y), dark, reach, false);
                    if let (Some(up), Some(down)) = (up, down)
                        && column_pattern(up, down, size / 7.0)
                    {
                        found[pol].push((fx, fy, size));
                        if found[pol].len() >= 3 {
                            return true;
                        }
                    }
                }
            }
            start += runs[i] as usize;
        }
        y += ROW_STEP;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A frame with light background and `n` finder squares (7 modules of
    /// `m` px), dark on light or light on dark.
    fn squares(n: usize, m: usize, inverted: bool) -> Frame {
        let (w, h) = (400, 300);
        let (bg, fg) = if inverted {
            (20u8, 230u8)
        } else {
            (230u8, 20u8)
        };
        let mut f = Frame::filled(w, h, bg);
        let at = [(20, 20), (250, 20), (20, 170), (250, 170)];
        for &(ox, oy) in at.iter().take(n) {
            for dy in 0..7 * m {
                for dx in 0..7 * m {
                    let (mx, my) = (dx / m, dy / m);
                    let ring = mx == 0 || my == 0 || mx == 6 || my == 6;
                    let core = (2..=4).contains(&mx) && (2..=4).contains(&my);
                    f.pixels[(oy + dy) * w + ox + dx] = if ring || core { fg } else { bg };
                }
            }
        }
        f
    }

    #[test]
    fn three_finder_squares_pass_in_either_polarity() {
        for m in [2, 4, 9] {
            assert!(could_hold_qr(&squares(3, m, false)), "module {m}");
            assert!(could_hold_qr(&squares(3, m, true)), "module {m} inverted");
        }
    }

    #[test]
    fn fewer_than_three_squares_or_plain_texture_stop() {
        assert!(!could_hold_qr(&squares(2, 5, false)));
        assert!(!could_hold_qr(&squares(0, 5, false)));
        // Vertical stripes: 1:1:3:1:1 runs in rows but no ring in columns.
        let mut stripes = Frame::filled(400, 300, 230);
        for y in 0..300 {
            for x in 0..400 {
                if [0, 2, 3, 4, 6].contains(&((x / 4) % 8)) {
                    stripes.pixels[y * 400 + x] = 20;
                }
            }
        }
        assert!(!could_hold_qr(&stripes));
    }

    #[test]
    fn small_flat_and_odd_frames_pass_without_panic() {
        assert!(could_hold_qr(&Frame::filled(0, 0, 0)));
        assert!(could_hold_qr(&Frame::filled(39, 500, 9)));
        assert!(could_hold_qr(&Frame::filled(640, 480, 128)));
        // Odd sizes: the last block overlaps its neighbour.
        let f = squares(3, 3, false);
        let cropped = super::super::preprocess::crop(&f, 0, 0, 397, 293);
        assert!(could_hold_qr(&cropped));
    }

    #[test]
    fn block_of_matches_zxing_overlap() {
        // 20 px: blocks at 0, 8 and 12 (moved inside); 12..20 belong to the last.
        assert_eq!(Thresholds::block_of(11, 20, 3), 1);
        assert_eq!(Thresholds::block_of(12, 20, 3), 2);
        assert_eq!(Thresholds::block_of(19, 20, 3), 2);
        assert_eq!(Thresholds::block_of(7, 16, 2), 0);
        assert_eq!(Thresholds::block_of(8, 16, 2), 1);
    }
}
