//! zxing-cpp's local-average binarizer (its `HybridBinarizer`), done here.
//!
//! Why: with Debian's GCC 12, zxing-cpp's own binarizer was 38% of the
//! main stage's time on the reference photos without a code (perf), and the
//! same loops in Rust vectorise. [`local_average`] computes the very same
//! black and white pixels as zxing-cpp 3.1's `HybridBinarizer` (block
//! thresholds, smoothing, gap filling, in that order, with its integer
//! arithmetic); zxing then reads the result with its `BoolCast` binarizer,
//! which only turns 0 into black. Same bits in, same codes out: the tests
//! compare every read and every corner with zxing's own binarizer.

use super::Frame;

/// zxing's block side: one threshold per 8×8 pixels.
const BLOCK: usize = 8;
/// Smoothing radius in blocks (zxing's 40-pixel window).
const RADIUS: usize = 2;
/// Blocks whose brightest and darkest pixels differ by this much or less
/// get no threshold of their own.
const MIN_DYNAMIC_RANGE: u8 = 24;

/// Black (0) and white (255) pixels as zxing-cpp's local-average binarizer
/// makes them; `None` where zxing would use its global histogram instead
/// (a side under 40 pixels, or no block with any contrast), so the caller
/// lets zxing binarize that frame itself.
pub fn local_average(frame: &Frame) -> Option<Frame> {
    let (w, h) = (frame.width, frame.height);
    if w < BLOCK * (2 * RADIUS + 1) || h < BLOCK * (2 * RADIUS + 1) {
        return None;
    }
    let thresholds = fill_gaps(smooth(block_thresholds(frame)))?;
    Some(threshold_blocks(frame, &thresholds))
}

/// Thresholds per block, row-major, with their width and height in blocks.
struct Blocks {
    values: Vec<u8>,
    width: usize,
    height: usize,
}

impl Blocks {
    fn at(&self, x: usize, y: usize) -> u8 {
        self.values[y * self.width + x]
    }
}

/// Where block `i` of `count` along a side of `len` pixels starts: the last
/// block is moved back to end at the border (it overlaps its neighbour).
fn block_start(i: usize, len: usize) -> usize {
    (i * BLOCK).min(len - BLOCK)
}

/// Per block: the midpoint of its darkest and brightest pixel where they
/// differ by more than [`MIN_DYNAMIC_RANGE`], else 0 (no threshold).
fn block_thresholds(frame: &Frame) -> Blocks {
    let (w, h) = (frame.width, frame.height);
    let (bw, bh) = (w.div_ceil(BLOCK), h.div_ceil(BLOCK));
    let mut values = vec![0u8; bw * bh];
    let mut col_min = vec![0u8; w];
    let mut col_max = vec![0u8; w];
    for by in 0..bh {
        let y0 = block_start(by, h);
        // The columns' extremes over the block row's 8 pixel rows first:
        // whole rows at a time, which vectorise.
        let first = &frame.pixels[y0 * w..(y0 + 1) * w];
        col_min.copy_from_slice(first);
        col_max.copy_from_slice(first);
        for y in y0 + 1..y0 + BLOCK {
            let row = &frame.pixels[y * w..(y + 1) * w];
            for ((lo, hi), &p) in col_min.iter_mut().zip(col_max.iter_mut()).zip(row) {
                *lo = (*lo).min(p);
                *hi = (*hi).max(p);
            }
        }
        for bx in 0..bw {
            let x0 = block_start(bx, w);
            let lo = col_min[x0..x0 + BLOCK].iter().copied().min().unwrap_or(0);
            let hi = col_max[x0..x0 + BLOCK].iter().copied().max().unwrap_or(0);
            values[by * bw + bx] = if hi - lo > MIN_DYNAMIC_RANGE {
                ((hi as u16 + lo as u16) / 2) as u8
            } else {
                0
            };
        }
    }
    Blocks {
        values,
        width: bw,
        height: bh,
    }
}

/// zxing's smoothing: each block's threshold becomes the mean of the
/// non-zero thresholds in the 5×5 blocks around it (the window kept inside
/// the picture), its own counted twice. The window sums are taken row-wise
/// then column-wise (same integers, a fifth of the additions).
fn smooth(blocks: Blocks) -> Blocks {
    let (bw, bh) = (blocks.width, blocks.height);
    let span = 2 * RADIUS + 1;
    // (sum, non-zero count) of each window, by the window's centre; only
    // centres at least RADIUS from the border exist.
    let (cw, ch) = (bw - 2 * RADIUS, bh - 2 * RADIUS);
    let mut rows = vec![(0u32, 0u32); bh * cw];
    for y in 0..bh {
        let values = &blocks.values[y * bw..(y + 1) * bw];
        for (i, window) in values.windows(span).enumerate() {
            rows[y * cw + i] = window
                .iter()
                .fold((0, 0), |(s, n), &t| (s + t as u32, n + (t > 0) as u32));
        }
    }
    let mut windows = vec![(0u32, 0u32); ch * cw];
    for cy in 0..ch {
        for y in cy..cy + span {
            for (acc, &(s, n)) in windows[cy * cw..(cy + 1) * cw]
                .iter_mut()
                .zip(&rows[y * cw..(y + 1) * cw])
            {
                acc.0 += s;
                acc.1 += n;
            }
        }
    }
    let mut values = vec![0u8; bw * bh];
    for y in 0..bh {
        let cy = y.clamp(RADIUS, bh - RADIUS - 1) - RADIUS;
        for x in 0..bw {
            let cx = x.clamp(RADIUS, bw - RADIUS - 1) - RADIUS;
            let own = blocks.at(x, y) as u32;
            let (window_sum, window_n) = windows[cy * cw + cx];
            let sum = own * 2 + window_sum;
            let n = if own > 0 { 2 } else { 0 } + window_n;
            values[y * bw + x] = sum.checked_div(n).unwrap_or(0) as u8;
        }
    }
    Blocks { values, ..blocks }
}

/// Blocks still without a threshold (large areas with no contrast) take
/// the next one in row-major order, trailing ones the last; `None` when no
/// block has one.
fn fill_gaps(mut blocks: Blocks) -> Option<Blocks> {
    let mut next = 0u8;
    for v in blocks.values.iter_mut().rev() {
        if *v == 0 {
            *v = next;
        } else {
            next = *v;
        }
    }
    let last = blocks.values.iter().rposition(|&v| v != 0)?;
    let trailing = blocks.values[last];
    // Still zero after the backward pass: only the ones after the last
    // threshold.
    blocks.values[last + 1..].fill(trailing);
    Some(blocks)
}

/// Every pixel against its block's threshold: at or below is black (0).
/// Where the last block of a row or column overlaps its neighbour, the
/// last block's threshold holds (zxing writes it last).
fn threshold_blocks(frame: &Frame, blocks: &Blocks) -> Frame {
    let (w, h) = (frame.width, frame.height);
    let last_column = block_start(blocks.width - 1, w);
    let last_row = block_start(blocks.height - 1, h);
    let mut pixels = Vec::with_capacity(w * h);
    let mut row_thresholds = vec![0u8; w];
    let mut current = usize::MAX;
    for y in 0..h {
        let by = if y >= last_row {
            blocks.height - 1
        } else {
            y / BLOCK
        };
        if by != current {
            current = by;
            let block_row = &blocks.values[by * blocks.width..(by + 1) * blocks.width];
            // Each block's threshold over its 8 columns, then the last
            // block's over its own (overlapping) columns.
            let (&last, others) = block_row.split_last().unwrap_or((&0, &[]));
            for (columns, &t) in row_thresholds.chunks_mut(BLOCK).zip(others) {
                columns.fill(t);
            }
            row_thresholds[last_column..].fill(last);
        }
        let src = &frame.pixels[y * w..(y + 1) * w];
        pixels.extend(
            src.iter()
                .zip(&row_thresholds)
                .map(|(&p, &t)| if p <= t { 0 } else { 255 }),
        );
    }
    Frame {
        width: w,
        height: h,
        pixels,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// zxing-cpp 3.1's `HybridBinarizer::getBlackMatrix` (its
    /// `USE_NEW_ALGORITHM` branch) transcribed loop for loop, as the
    /// reference for the optimised version above.
    fn zxing_transcribed(frame: &Frame) -> Option<Vec<u8>> {
        let (w, h) = (frame.width as i64, frame.height as i64);
        if w < 40 || h < 40 {
            return None;
        }
        let px = |x: i64, y: i64| frame.pixels[(y * w + x) as usize] as i64;
        let (sw, sh) = ((w + 7) / 8, (h + 7) / 8);
        let mut thresholds = vec![0i64; (sw * sh) as usize];
        for y in 0..sh {
            let y0 = (y * 8).min(h - 8);
            for x in 0..sw {
                let x0 = (x * 8).min(w - 8);
                let (mut min, mut max) = (255, 0);
                for yy in 0..8 {
                    for xx in 0..8 {
                        min = px(x0 + xx, y0 + yy).min(min);
                        max = px(x0 + xx, y0 + yy).max(max);
                    }
                }
                thresholds[(y * sw + x) as usize] =
                    if max - min > 24 { (max + min) / 2 } else { 0 };
            }
        }
        let at = |x: i64, y: i64| thresholds[(y * sw + x) as usize];
        let mut out = vec![0i64; (sw * sh) as usize];
        for y in 0..sh {
            for x in 0..sw {
                let left = x.clamp(2, sw - 3);
                let top = y.clamp(2, sh - 3);
                let mut sum = at(x, y) * 2;
                let mut n = (sum > 0) as i64 * 2;
                for dy in -2..=2 {
                    for dx in -2..=2 {
                        let t = at(left + dx, top + dy);
                        sum += t;
                        n += (t > 0) as i64;
                    }
                }
                out[(y * sw + x) as usize] = if n > 0 { sum / n } else { 0 };
            }
        }
        let mut last: i64 = -1;
        for i in 0..out.len() as i64 {
            if out[i as usize] != 0 {
                if last != i - 1 {
                    let v = out[i as usize];
                    out[(last + 1) as usize..i as usize].fill(v);
                }
                last = i;
            }
        }
        let v = out[last.max(0) as usize];
        out[(last + 1) as usize..].fill(v);
        if out.iter().all(|&t| t == 0) {
            return None;
        }
        let mut bits = vec![0u8; (w * h) as usize];
        for y in 0..sh {
            let y0 = (y * 8).min(h - 8);
            for x in 0..sw {
                let x0 = (x * 8).min(w - 8);
                let t = out[(y * sw + x) as usize];
                for yy in y0..y0 + 8 {
                    for xx in x0..x0 + 8 {
                        bits[(yy * w + xx) as usize] = if px(xx, yy) <= t { 0 } else { 255 };
                    }
                }
            }
        }
        Some(bits)
    }

    /// Random pictures with what the algorithm has edge cases for: flat
    /// areas without a threshold, sides that are not multiples of 8, a
    /// picture with no contrast at all.
    fn pictures() -> Vec<Frame> {
        let mut rng = crate::scan::synth::Rng::new(11);
        let mut next = move || rng.next_u64();
        let mut frames = Vec::new();
        for i in 0..40 {
            let (w, h) = (40 + (next() % 110) as usize, 40 + (next() % 90) as usize);
            let flat = (next() % 256) as u8;
            let pixels = (0..w * h)
                .map(|p| {
                    let (x, y) = (p % w, p / w);
                    match i % 4 {
                        // Two noisy corners, one dark and one light, in a
                        // flat picture: the blocks far from both get no
                        // threshold, and which corner's they take decides
                        // their colour.
                        0 if x < 16 && y < 16 => (next() % 60) as u8,
                        0 if x + 16 >= w && y + 16 >= h => 150 + (next() % 100) as u8,
                        0 => 110,
                        // Noise only in some 16-pixel tiles, flat elsewhere.
                        1 if (x / 16 + y / 16 + i) % 3 != 0 => flat,
                        // Faint everywhere: some blocks over the range, most not.
                        2 => flat.saturating_add((next() % 28) as u8),
                        _ => (next() % 256) as u8,
                    }
                })
                .collect();
            frames.push(Frame {
                width: w,
                height: h,
                pixels,
            });
        }
        frames.push(Frame {
            width: 45,
            height: 41,
            pixels: vec![90; 45 * 41],
        });
        frames.push(Frame {
            width: 39,
            height: 80,
            pixels: (0..39 * 80).map(|p| (p * 37 % 256) as u8).collect(),
        });
        frames
    }

    #[test]
    fn the_same_pixels_as_zxings_own_loops() {
        let mut compared = 0;
        for (i, frame) in pictures().iter().enumerate() {
            let ours = local_average(frame).map(|f| f.pixels);
            let theirs = zxing_transcribed(frame);
            assert_eq!(ours.is_some(), theirs.is_some(), "picture {i}");
            if let (Some(ours), Some(theirs)) = (ours, theirs) {
                let differ = ours.iter().zip(&theirs).filter(|(a, b)| a != b).count();
                assert_eq!(differ, 0, "picture {i}: {differ} pixels differ");
                compared += 1;
            }
        }
        assert!(compared >= 35, "{compared}");
    }
}
