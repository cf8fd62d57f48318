//! Image preparation for the rqrr stages: scale pyramid, contrast stretch,
//! inversion, global (Otsu) and local (mean) thresholds, crops.
//!
//! All functions take and return [`Frame`]s; they never panic on any size,
//! including empty frames.

use super::Frame;

/// Downscales so that the longest side is at most `max_side` (area average,
/// which also smooths sensor noise and moiré). Returns a copy when the frame
/// is already small enough.
pub fn downscale(frame: &Frame, max_side: usize) -> Frame {
    let longest = frame.width.max(frame.height);
    if longest <= max_side || max_side == 0 || frame.pixels.is_empty() {
        return frame.clone();
    }
    let w = (frame.width * max_side / longest).max(1);
    let h = (frame.height * max_side / longest).max(1);
    resize_area(frame, w, h)
}

/// Fast downscale for fallback stages: each output pixel averages a 2×2
/// sample at its source position, so the cost follows the output size, not
/// the (possibly multi-megapixel) input.
pub fn downscale_sampled(frame: &Frame, max_side: usize) -> Frame {
    let longest = frame.width.max(frame.height);
    if longest <= max_side || max_side == 0 || frame.pixels.is_empty() {
        return frame.clone();
    }
    let w = (frame.width * max_side / longest).max(1);
    let h = (frame.height * max_side / longest).max(1);
    let mut out = Vec::with_capacity(w * h);
    // Source columns once per frame, not a division per pixel.
    let cols: Vec<(usize, usize)> = (0..w)
        .map(|x| {
            let sx = (x * frame.width / w).min(frame.width - 1);
            (sx, (sx + 1).min(frame.width - 1))
        })
        .collect();
    // The two source rows are summed first (a loop the compiler
    // vectorises), so each output pixel gathers two sums, not four pixels.
    let mut pair = vec![0u16; frame.width];
    for y in 0..h {
        let sy = (y * frame.height / h).min(frame.height - 1);
        let sy1 = (sy + 1).min(frame.height - 1);
        let r0 = &frame.pixels[sy * frame.width..(sy + 1) * frame.width];
        let r1 = &frame.pixels[sy1 * frame.width..(sy1 + 1) * frame.width];
        for ((p, &a), &b) in pair.iter_mut().zip(r0).zip(r1) {
            *p = a as u16 + b as u16;
        }
        out.extend(
            cols.iter()
                .map(|&(sx, sx1)| ((pair[sx] as u32 + pair[sx1] as u32) / 4) as u8),
        );
    }
    Frame {
        width: w,
        height: h,
        pixels: out,
    }
}

/// Area-average resize to exactly `w × h` (downscaling only makes sense).
pub fn resize_area(frame: &Frame, w: usize, h: usize) -> Frame {
    let mut out = vec![0u8; w * h];
    // Source column span of each destination column, computed once.
    let xs: Vec<(usize, usize)> = (0..w)
        .map(|x| {
            let a = x * frame.width / w;
            let b = ((x + 1) * frame.width / w).max(a + 1).min(frame.width);
            (a, b)
        })
        .collect();
    let mut acc = vec![0u32; w];
    for y in 0..h {
        let y0 = y * frame.height / h;
        let y1 = ((y + 1) * frame.height / h).max(y0 + 1).min(frame.height);
        acc.iter_mut().for_each(|a| *a = 0);
        for sy in y0..y1 {
            let row = &frame.pixels[sy * frame.width..(sy + 1) * frame.width];
            for (a, &(x0, x1)) in acc.iter_mut().zip(&xs) {
                *a += row[x0..x1].iter().map(|&p| p as u32).sum::<u32>();
            }
        }
        let rows = (y1 - y0) as u32;
        for (x, &(x0, x1)) in xs.iter().enumerate() {
            let n = rows * (x1 - x0) as u32;
            out[y * w + x] = (acc[x] / n.max(1)) as u8;
        }
    }
    Frame {
        width: w,
        height: h,
        pixels: out,
    }
}

pub fn invert(frame: &Frame) -> Frame {
    Frame {
        width: frame.width,
        height: frame.height,
        pixels: frame.pixels.iter().map(|&p| 255 - p).collect(),
    }
}

fn histogram(frame: &Frame) -> [u32; 256] {
    let mut h = [0u32; 256];
    for &p in &frame.pixels {
        h[p as usize] += 1;
    }
    h
}

/// Stretches the 1st..99th percentile to 0..255 (low-contrast screens, glare).
pub fn stretch_contrast(frame: &Frame) -> Frame {
    let h = histogram(frame);
    let n = frame.pixels.len() as u64;
    if n == 0 {
        return frame.clone();
    }
    let cut = n / 100;
    let (mut lo, mut hi) = (0usize, 255usize);
    let mut seen = 0u64;
    for (i, &c) in h.iter().enumerate() {
        seen += c as u64;
        if seen > cut {
            lo = i;
            break;
        }
    }
    seen = 0;
    for (i, &c) in h.iter().enumerate().rev() {
        seen += c as u64;
        if seen > cut {
            hi = i;
            break;
        }
    }
    if hi <= lo + 1 {
        return frame.clone();
    }
    let span = (hi - lo) as u32;
    let lut: Vec<u8> = (0..256u32)
        .map(|v| {
            let v = v.clamp(lo as u32, hi as u32) - lo as u32;
            (v * 255 / span) as u8
        })
        .collect();
    Frame {
        width: frame.width,
        height: frame.height,
        pixels: frame.pixels.iter().map(|&p| lut[p as usize]).collect(),
    }
}

/// Otsu's global threshold: the level that best separates two classes.
pub fn otsu_level(frame: &Frame) -> u8 {
    let h = histogram(frame);
    let total = frame.pixels.len() as f64;
    if total == 0.0 {
        return 128;
    }
    let sum_all: f64 = h
        .iter()
        .enumerate()
        .map(|(i, &c)| i as f64 * c as f64)
        .sum();
    let (mut w_b, mut sum_b, mut best, mut level) = (0.0, 0.0, -1.0, 128u8);
    for (t, &c) in h.iter().enumerate() {
        w_b += c as f64;
        if w_b == 0.0 {
            continue;
        }
        let w_f = total - w_b;
        if w_f == 0.0 {
            break;
        }
        sum_b += t as f64 * c as f64;
        let m_b = sum_b / w_b;
        let m_f = (sum_all - sum_b) / w_f;
        let between = w_b * w_f * (m_b - m_f) * (m_b - m_f);
        if between > best {
            best = between;
            level = t as u8;
        }
    }
    level
}

/// Pixels `<= level` become black (0), others white (255).
pub fn threshold(frame: &Frame, level: u8) -> Frame {
    Frame {
        width: frame.width,
        height: frame.height,
        pixels: frame
            .pixels
            .iter()
            .map(|&p| if p <= level { 0 } else { 255 })
            .collect(),
    }
}

/// Local mean threshold over a `(2r+1)²` window (integral image): a pixel is
/// black when darker than the local mean minus `bias`. Copes with glare and
/// uneven light that defeat a global level.
pub fn adaptive_threshold(frame: &Frame, radius: usize, bias: i32) -> Frame {
    let (w, h) = (frame.width, frame.height);
    if w == 0 || h == 0 {
        return frame.clone();
    }
    let mut integral = vec![0u64; (w + 1) * (h + 1)];
    for y in 0..h {
        let mut row = 0u64;
        for x in 0..w {
            row += frame.pixels[y * w + x] as u64;
            integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
        }
    }
    let mut out = vec![0u8; w * h];
    for y in 0..h {
        let y0 = y.saturating_sub(radius);
        let y1 = (y + radius + 1).min(h);
        for x in 0..w {
            let x0 = x.saturating_sub(radius);
            let x1 = (x + radius + 1).min(w);
            let sum = integral[y1 * (w + 1) + x1] + integral[y0 * (w + 1) + x0]
                - integral[y0 * (w + 1) + x1]
                - integral[y1 * (w + 1) + x0];
            let n = ((y1 - y0) * (x1 - x0)) as u64;
            let mean = (sum / n) as i32;
            out[y * w + x] = if (frame.pixels[y * w + x] as i32) < mean - bias {
                0
            } else {
                255
            };
        }
    }
    Frame {
        width: w,
        height: h,
        pixels: out,
    }
}

/// 3×3 median filter (edges replicate): removes texture and salt-and-pepper
/// noise inside modules while keeping module edges sharp.
///
/// Row at a time: every column triple is sorted once (low, mid, high), then
/// the median of a 3×3 window is the median of (max of the lows, median of
/// the mids, min of the highs) of its three columns. Exact, and made of plain
/// min/max loops over slices that the compiler vectorises.
pub fn median3(frame: &Frame) -> Frame {
    let (w, h) = (frame.width, frame.height);
    if w < 3 || h < 3 {
        return frame.clone();
    }
    let mut out = frame.pixels.clone();
    let px = &frame.pixels;
    let (mut lo, mut mid, mut hi) = (vec![0u8; w], vec![0u8; w], vec![0u8; w]);
    for y in 1..h - 1 {
        let (r0, r1, r2) = (
            &px[(y - 1) * w..y * w],
            &px[y * w..(y + 1) * w],
            &px[(y + 1) * w..(y + 2) * w],
        );
        for i in 0..w {
            let (a, b, c) = (r0[i], r1[i], r2[i]);
            let (l, m) = (a.min(b), a.max(b));
            let (t, top) = (m.min(c), m.max(c));
            lo[i] = l.min(t);
            mid[i] = l.max(t);
            hi[i] = top;
        }
        let n = w - 2;
        let dst = &mut out[y * w + 1..y * w + 1 + n];
        let (l0, l1, l2) = (&lo[..n], &lo[1..n + 1], &lo[2..n + 2]);
        let (m0, m1, m2) = (&mid[..n], &mid[1..n + 1], &mid[2..n + 2]);
        let (h0, h1, h2) = (&hi[..n], &hi[1..n + 1], &hi[2..n + 2]);
        for x in 0..n {
            let l = l0[x].max(l1[x]).max(l2[x]);
            let m = med3(m0[x], m1[x], m2[x]);
            let t = h0[x].min(h1[x]).min(h2[x]);
            dst[x] = med3(l, m, t);
        }
    }
    Frame {
        width: w,
        height: h,
        pixels: out,
    }
}

#[inline(always)]
fn med3(a: u8, b: u8, c: u8) -> u8 {
    a.min(b).max(a.max(b).min(c))
}

/// Median of 9 with the classic 19-exchange network (Paeth): the reference
/// the row-wise [`median3`] is checked against.
#[cfg(test)]
fn median9(p: &mut [u8; 9]) -> u8 {
    #[inline(always)]
    fn s(p: &mut [u8; 9], a: usize, b: usize) {
        let (x, y) = (p[a], p[b]);
        p[a] = x.min(y);
        p[b] = x.max(y);
    }
    s(p, 1, 2);
    s(p, 4, 5);
    s(p, 7, 8);
    s(p, 0, 1);
    s(p, 3, 4);
    s(p, 6, 7);
    s(p, 1, 2);
    s(p, 4, 5);
    s(p, 7, 8);
    s(p, 0, 3);
    s(p, 5, 8);
    s(p, 4, 7);
    s(p, 3, 6);
    s(p, 1, 4);
    s(p, 2, 5);
    s(p, 4, 7);
    s(p, 4, 2);
    s(p, 6, 4);
    s(p, 4, 2);
    p[4]
}

/// The part of `frame` inside the rectangle, clamped to the frame.
pub fn crop(frame: &Frame, x: usize, y: usize, w: usize, h: usize) -> Frame {
    let x = x.min(frame.width);
    let y = y.min(frame.height);
    let w = w.min(frame.width - x);
    let h = h.min(frame.height - y);
    let mut pixels = Vec::with_capacity(w * h);
    for row in y..y + h {
        pixels.extend_from_slice(&frame.pixels[row * frame.width + x..row * frame.width + x + w]);
    }
    Frame {
        width: w,
        height: h,
        pixels,
    }
}

/// Bilinear upscale by an integer factor: gives zxing's binarizer and grid
/// sampler more than ~2 pixels per module on small codes.
pub fn upscale(frame: &Frame, factor: usize) -> Frame {
    let (w, h) = (frame.width, frame.height);
    if factor <= 1 || w == 0 || h == 0 {
        return frame.clone();
    }
    let (ow, oh) = (w * factor, h * factor);
    let k = factor as f32;
    // Source position (left/top index and weight) of each output column/row.
    let taps = |n: usize, out: usize| -> Vec<(usize, usize, f32)> {
        (0..out)
            .map(|o| {
                let s = ((o as f32 + 0.5) / k - 0.5).max(0.0);
                let i = (s as usize).min(n - 1);
                (i, (i + 1).min(n - 1), s - i as f32)
            })
            .collect()
    };
    let (xs, ys) = (taps(w, ow), taps(h, oh));
    let mut out = Vec::with_capacity(ow * oh);
    for &(y0, y1, fy) in &ys {
        let (r0, r1) = (&frame.pixels[y0 * w..][..w], &frame.pixels[y1 * w..][..w]);
        out.extend(xs.iter().map(|&(x0, x1, fx)| {
            let top = r0[x0] as f32 + (r0[x1] as f32 - r0[x0] as f32) * fx;
            let bottom = r1[x0] as f32 + (r1[x1] as f32 - r1[x0] as f32) * fx;
            (top + (bottom - top) * fy + 0.5) as u8
        }));
    }
    Frame {
        width: ow,
        height: oh,
        pixels: out,
    }
}

/// Mean over a `(2r+1)²` box (edges use the part of the box inside), in
/// place, with running sums: O(1) per pixel whatever the radius.
pub fn box_mean(values: &mut [f32], w: usize, h: usize, r: usize, scratch: &mut Vec<f32>) {
    if r == 0 || w == 0 || h == 0 {
        return;
    }
    scratch.resize(values.len(), 0.0);
    // Rows into scratch, then columns back into values.
    for y in 0..h {
        let row = &values[y * w..(y + 1) * w];
        let dst = &mut scratch[y * w..(y + 1) * w];
        let mut sum: f32 = row[..(r + 1).min(w)].iter().sum();
        let mut n = (r + 1).min(w);
        for x in 0..w {
            dst[x] = sum / n as f32;
            if x + r + 1 < w {
                sum += row[x + r + 1];
                n += 1;
            }
            if x >= r {
                sum -= row[x - r];
                n -= 1;
            }
        }
    }
    let mut sums = vec![0f32; w];
    for y in 0..=r.min(h - 1) {
        for (s, v) in sums.iter_mut().zip(&scratch[y * w..(y + 1) * w]) {
            *s += v;
        }
    }
    let mut n = (r + 1).min(h);
    for y in 0..h {
        for (d, s) in values[y * w..(y + 1) * w].iter_mut().zip(&sums) {
            *d = s / n as f32;
        }
        if y + r + 1 < h {
            let add = &scratch[(y + r + 1) * w..(y + r + 2) * w];
            sums.iter_mut().zip(add).for_each(|(s, a)| *s += a);
            n += 1;
        }
        if y >= r {
            let sub = &scratch[(y - r) * w..(y - r + 1) * w];
            sums.iter_mut().zip(sub).for_each(|(s, a)| *s -= a);
            n -= 1;
        }
    }
}

/// Richardson–Lucy deconvolution for a defocused camera, with a box of
/// radius `radius` as the blur model: sharpens module edges that a
/// fixed-focus camera held too close smears into their neighbours.
/// `iterations` trades strength for noise (and time).
pub fn deblur(frame: &Frame, radius: usize, iterations: usize) -> Frame {
    let (w, h) = (frame.width, frame.height);
    if w == 0 || h == 0 || radius == 0 {
        return frame.clone();
    }
    // +1 keeps ratios finite on black pixels.
    let observed: Vec<f32> = frame.pixels.iter().map(|&p| p as f32 + 1.0).collect();
    let mut estimate = observed.clone();
    let mut ratio = vec![0f32; w * h];
    let mut scratch = Vec::new();
    for _ in 0..iterations {
        ratio.copy_from_slice(&estimate);
        box_mean(&mut ratio, w, h, radius, &mut scratch);
        ratio
            .iter_mut()
            .zip(&observed)
            .for_each(|(r, o)| *r = o / r.max(1e-3));
        box_mean(&mut ratio, w, h, radius, &mut scratch);
        estimate.iter_mut().zip(&ratio).for_each(|(e, r)| *e *= r);
    }
    Frame {
        width: w,
        height: h,
        pixels: estimate
            .iter()
            .map(|&v| (v - 1.0).clamp(0.0, 255.0) as u8)
            .collect(),
    }
}

/// Unsharp mask: `p + amount · (p − box mean of radius r)`.
pub fn unsharp(frame: &Frame, radius: usize, amount: f32) -> Frame {
    let (w, h) = (frame.width, frame.height);
    let original: Vec<f32> = frame.pixels.iter().map(|&p| p as f32).collect();
    let mut mean = original.clone();
    box_mean(&mut mean, w, h, radius, &mut Vec::new());
    Frame {
        width: w,
        height: h,
        pixels: original
            .iter()
            .zip(&mean)
            .map(|(&p, &m)| (p + amount * (p - m)).clamp(0.0, 255.0) as u8)
            .collect(),
    }
}

/// A rectangle of a frame, in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rect {
    pub x: usize,
    pub y: usize,
    pub w: usize,
    pub h: usize,
}

impl Rect {
    pub fn centre(&self) -> (f32, f32) {
        (
            self.x as f32 + self.w as f32 / 2.0,
            self.y as f32 + self.h as f32 / 2.0,
        )
    }
}

/// Side of the blocks [`busiest_region`] scores.
const BLOCK: usize = 16;

/// Where a QR code most likely is: the densest patch of fine detail (a QR
/// is the busiest thing on a phone screen). Blocks of 16 px are scored by
/// their summed 2-px differences; the region is the connected group of
/// blocks above 40% of the busiest one, grown by one block, with how many
/// times busier than the frame's typical (median) block the busiest is.
/// `None` when that is under `min_ratio` or the group is too small to hold
/// a code. Costs one pass over a quarter of the pixels.
pub fn busiest_region(frame: &Frame, min_ratio: f32) -> Option<(Rect, f32)> {
    let (w, h) = (frame.width, frame.height);
    let (bw, bh) = (w / BLOCK, h / BLOCK);
    if bw < 2 || bh < 2 {
        return None;
    }
    let mut score = vec![0u32; bw * bh];
    for y in (0..bh * BLOCK).step_by(2) {
        let row = &frame.pixels[y * w..(y + 1) * w];
        let below = &frame.pixels[(y + 2).min(h - 1) * w..][..w];
        let line = &mut score[(y / BLOCK) * bw..][..bw];
        for (b, s) in line.iter_mut().enumerate() {
            let x0 = b * BLOCK;
            let mut sum = 0u32;
            for x in (x0..x0 + BLOCK).step_by(2) {
                let p = row[x] as i32;
                sum += (p - row[(x + 2).min(w - 1)] as i32).unsigned_abs()
                    + (p - below[x] as i32).unsigned_abs();
            }
            *s += sum;
        }
    }
    let (best, &top) = score.iter().enumerate().max_by_key(|&(_, s)| *s)?;
    let mut sorted = score.clone();
    sorted.sort_unstable();
    let median = sorted[sorted.len() / 2].max(1);
    let ratio = top as f32 / median as f32;
    if ratio < min_ratio {
        return None;
    }
    let cut = top * 2 / 5;
    let mut seen = vec![false; score.len()];
    let mut stack = vec![best];
    seen[best] = true;
    let (mut x0, mut y0, mut x1, mut y1) = (bw, bh, 0, 0);
    let mut blocks = 0;
    while let Some(i) = stack.pop() {
        let (bx, by) = (i % bw, i / bw);
        blocks += 1;
        (x0, y0, x1, y1) = (x0.min(bx), y0.min(by), x1.max(bx), y1.max(by));
        let neighbours = [
            (bx > 0).then(|| i - 1),
            (bx + 1 < bw).then(|| i + 1),
            (by > 0).then(|| i - bw),
            (by + 1 < bh).then(|| i + bw),
        ];
        for n in neighbours.into_iter().flatten() {
            if !seen[n] && score[n] >= cut {
                seen[n] = true;
                stack.push(n);
            }
        }
    }
    // A code of 21 modules at 1.5 px is at least ~2×2 blocks.
    if blocks < 4 {
        return None;
    }
    let (x0, y0) = (x0.saturating_sub(1), y0.saturating_sub(1));
    let (x1, y1) = ((x1 + 2).min(bw), (y1 + 2).min(bh));
    let rect = Rect {
        x: x0 * BLOCK,
        y: y0 * BLOCK,
        w: ((x1 - x0) * BLOCK).min(w - x0 * BLOCK),
        h: ((y1 - y0) * BLOCK).min(h - y0 * BLOCK),
    };
    Some((rect, ratio))
}

/// [`busiest_region`] of the frame at half resolution (each pixel the
/// mean of a 2×2 block, an odd last row or column dropped), in the half
/// picture's pixels. Only the means the block scores read are taken (a
/// quarter of the frame's pixels): every other one of every other row,
/// and the right and lower neighbours the last ones are compared with.
pub fn busiest_region_half(frame: &Frame, min_ratio: f32) -> Option<(Rect, f32)> {
    let (w, h) = (frame.width / 2, frame.height / 2);
    let (bw, bh) = (w / BLOCK, h / BLOCK);
    if bw < 2 || bh < 2 {
        return None;
    }
    let mean = |x: usize, y: usize| {
        let top = &frame.pixels[2 * y * frame.width + 2 * x..][..2];
        let bottom = &frame.pixels[(2 * y + 1) * frame.width + 2 * x..][..2];
        ((top[0] as u16 + top[1] as u16 + bottom[0] as u16 + bottom[1] as u16 + 2) / 4) as u8
    };
    let mut half = Frame::filled(w, h, 0);
    let last_column = (bw * BLOCK).min(w - 1);
    let rows = (0..bh * BLOCK).step_by(2).chain([(bh * BLOCK).min(h - 1)]);
    for y in rows {
        let row = &mut half.pixels[y * w..][..w];
        for x in (0..bw * BLOCK).step_by(2).chain([last_column]) {
            row[x] = mean(x, y);
        }
    }
    busiest_region(&half, min_ratio)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ramp(w: usize, h: usize) -> Frame {
        Frame::new(w, h, (0..w * h).map(|i| (i % 256) as u8).collect()).unwrap()
    }

    /// The frame at half resolution, made whole.
    fn halve(frame: &Frame) -> Frame {
        let (w, h) = (frame.width / 2, frame.height / 2);
        let mean = |x: usize, y: usize| {
            let p = |x, y| frame.get(x, y) as u16;
            ((p(2 * x, 2 * y)
                + p(2 * x + 1, 2 * y)
                + p(2 * x, 2 * y + 1)
                + p(2 * x + 1, 2 * y + 1)
                + 2)
                / 4) as u8
        };
        Frame::new(
            w,
            h,
            (0..h)
                .flat_map(|y| (0..w).map(move |x| mean(x, y)))
                .collect(),
        )
        .unwrap()
    }

    #[test]
    fn busiest_region_half_is_that_of_the_halved_frame() {
        let mut rng = super::super::synth::Rng::new(5);
        for (w, h) in [
            (640, 480),
            (97, 131),
            (1281, 721),
            (64, 64),
            (40, 300),
            (66, 67),
        ] {
            // Noise with a busier patch.
            let pixels = (0..w * h)
                .map(|i| {
                    let (x, y) = (i % w, i / w);
                    let busy = x > w / 3 && x < w / 2 && y > h / 4 && y < h / 2;
                    (rng.below(if busy { 200 } else { 40 }) + 20) as u8
                })
                .collect();
            let frame = Frame::new(w, h, pixels).unwrap();
            assert_eq!(
                busiest_region_half(&frame, 0.0),
                busiest_region(&halve(&frame), 0.0),
                "{w}x{h}"
            );
        }
        assert_eq!(busiest_region_half(&Frame::filled(0, 0, 0), 0.0), None);
    }

    #[test]
    fn downscale_keeps_aspect_and_mean() {
        let f = Frame::filled(1280, 720, 77);
        let d = downscale(&f, 640);
        assert_eq!((d.width, d.height), (640, 360));
        assert!(d.pixels.iter().all(|&p| p == 77));
        assert_eq!(downscale(&f, 2000), f);
        let s = downscale_sampled(&f, 640);
        assert_eq!((s.width, s.height), (640, 360));
        assert!(s.pixels.iter().all(|&p| p == 77));
    }

    #[test]
    fn otsu_splits_two_levels() {
        let mut px = vec![40u8; 100];
        px.extend(vec![200u8; 100]);
        let f = Frame::new(20, 10, px).unwrap();
        let t = otsu_level(&f);
        assert!((40..200).contains(&t), "level {t}");
        let b = threshold(&f, t);
        assert_eq!(b.pixels[0], 0);
        assert_eq!(b.pixels[150], 255);
    }

    #[test]
    fn stretch_and_invert() {
        let f = Frame::new(4, 1, vec![100, 110, 120, 130]).unwrap();
        let s = stretch_contrast(&f);
        assert_eq!(s.pixels[0], 0);
        assert_eq!(s.pixels[3], 255);
        assert_eq!(invert(&f).pixels, vec![155, 145, 135, 125]);
    }

    #[test]
    fn adaptive_marks_dark_spot_on_gradient() {
        let mut f = ramp(64, 8);
        f.pixels[4 * 64 + 32] = 0;
        let b = adaptive_threshold(&f, 4, 5);
        assert_eq!(b.pixels[4 * 64 + 32], 0);
    }

    #[test]
    fn median9_network_matches_sort() {
        let mut rng = crate::scan::synth::Rng::new(3);
        for _ in 0..2000 {
            let mut v = [0u8; 9];
            v.iter_mut().for_each(|x| *x = rng.below(256) as u8);
            let mut sorted = v;
            sorted.sort_unstable();
            assert_eq!(median9(&mut v), sorted[4]);
        }
    }

    /// The window-by-window median, as the filter was first written.
    fn median3_reference(frame: &Frame) -> Frame {
        let (w, h) = (frame.width, frame.height);
        let mut out = frame.clone();
        for y in 1..h.saturating_sub(1) {
            for x in 1..w.saturating_sub(1) {
                let mut v = [0u8; 9];
                for (i, v) in v.iter_mut().enumerate() {
                    *v = frame.get(x + i % 3 - 1, y + i / 3 - 1);
                }
                out.pixels[y * w + x] = median9(&mut v);
            }
        }
        out
    }

    #[test]
    fn median3_rowwise_equals_window_median() {
        let mut rng = crate::scan::synth::Rng::new(11);
        for (w, h) in [(3, 3), (4, 7), (17, 5), (64, 33), (2, 9), (9, 2)] {
            for levels in [2, 5, 256] {
                let pixels = (0..w * h).map(|_| rng.below(levels) as u8).collect();
                let f = Frame::new(w, h, pixels).unwrap();
                assert_eq!(
                    median3(&f),
                    median3_reference(&f),
                    "{w}x{h} levels {levels}"
                );
            }
        }
    }

    #[test]
    fn median_removes_speckle_keeps_edges() {
        let mut f = Frame::filled(5, 5, 200);
        f.pixels[12] = 0; // lone dark speck
        assert_eq!(median3(&f).pixels[12], 200);
        let edge = Frame::new(4, 3, vec![0, 0, 255, 255, 0, 0, 255, 255, 0, 0, 255, 255]).unwrap();
        assert_eq!(median3(&edge).pixels, edge.pixels);
    }

    #[test]
    fn crop_and_empty_frames_do_not_panic() {
        let f = ramp(10, 10);
        let c = crop(&f, 8, 8, 5, 5);
        assert_eq!((c.width, c.height), (2, 2));
        let e = Frame::filled(0, 0, 0);
        for g in [
            downscale(&e, 10),
            invert(&e),
            stretch_contrast(&e),
            adaptive_threshold(&e, 3, 1),
            crop(&e, 1, 1, 1, 1),
        ] {
            assert!(g.pixels.is_empty());
        }
        let _ = otsu_level(&e);
    }
}
