//! The camera's optics: where a sensor position looks on the phone, the
//! sub-pixel grid's harmonics through the lens and the pixel, the defocus
//! disc.

use super::screen::emitters;
use super::{Grid, HEIGHT, Shot, WIDTH, dot};

fn sinc(x: f64) -> f64 {
    if x.abs() < 1e-9 {
        1.0
    } else {
        let p = std::f64::consts::PI * x;
        p.sin() / p
    }
}

/// Bessel J1 (rational approximations, Numerical Recipes `bessj1`).
fn bessel_j1(x: f64) -> f64 {
    let ax = x.abs();
    if ax < 8.0 {
        let y = x * x;
        let a = x
            * (72362614232.0
                + y * (-7895059235.0
                    + y * (242396853.1
                        + y * (-2972611.439 + y * (15704.48260 + y * -30.16036606)))));
        let b = 144725228442.0
            + y * (2300535178.0 + y * (18583304.74 + y * (99447.43394 + y * (376.9991397 + y))));
        a / b
    } else {
        let z = 8.0 / ax;
        let y = z * z;
        let xx = ax - 2.356194491;
        let a = 1.0
            + y * (0.183105e-2
                + y * (-0.3516396496e-4 + y * (0.2457520174e-5 + y * -0.240337019e-6)));
        let b = 0.04687499995
            + y * (-0.2002690873e-3
                + y * (0.8449199096e-5 + y * (-0.88228987e-6 + y * 0.105787412e-6)));
        let v = (std::f64::consts::FRAC_2_PI / ax).sqrt() * (xx.cos() * a - z * xx.sin() * b);
        if x < 0.0 { -v } else { v }
    }
}

/// Transfer function of a uniform disc of `diameter` px at `f` cycles/px.
fn disc_mtf(diameter: f64, f: f64) -> f64 {
    let x = std::f64::consts::PI * diameter * f;
    if x < 1e-6 {
        1.0
    } else {
        2.0 * bessel_j1(x) / x
    }
}

/// A sub-pixel harmonic as the sensor sees it: frequency in device px and
/// its filtered amplitude and phase.
pub(super) struct Harmonic {
    pub(super) g: [f64; 2],
    pub(super) amp: f64,
    pub(super) phase: f64,
}

/// The grid's harmonics per colour, filtered by the optics and the sensor
/// pixel: `a` maps device px to sensor px (the Jacobian at the QR centre),
/// `motion` is the travel in sensor px.
pub(super) fn harmonics(
    grid: Grid,
    a: [[f64; 2]; 2],
    defocus: f64,
    motion: [f64; 2],
) -> [Vec<Harmonic>; 3] {
    let det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
    // Frequencies transform with the inverse transpose.
    let inv_t = [
        [a[1][1] / det, -a[1][0] / det],
        [-a[0][1] / det, a[0][0] / det],
    ];
    emitters(grid).map(|e| {
        let [a1, a2] = e.basis;
        let d = a1[0] * a2[1] - a1[1] * a2[0];
        let (b1, b2) = ([a2[1] / d, -a2[0] / d], [-a1[1] / d, a1[0] / d]);
        let mut out = Vec::new();
        for m in -4i32..=4 {
            for k in -4i32..=4 {
                if m == 0 && k == 0 {
                    continue;
                }
                let g = [
                    m as f64 * b1[0] + k as f64 * b2[0],
                    m as f64 * b1[1] + k as f64 * b2[1],
                ];
                if g[0].abs() > 2.5 || g[1].abs() > 2.5 {
                    continue;
                }
                let shape = sinc(g[0] * e.size[0]) * sinc(g[1] * e.size[1]);
                let f = [
                    inv_t[0][0] * g[0] + inv_t[0][1] * g[1],
                    inv_t[1][0] * g[0] + inv_t[1][1] * g[1],
                ];
                let fr = f[0].hypot(f[1]);
                // Pixel area, defocus disc, exposure travel, lens blur.
                let h = sinc(f[0])
                    * sinc(f[1])
                    * disc_mtf(defocus, fr)
                    * sinc(f[0] * motion[0] + f[1] * motion[1])
                    * (-2.0 * (std::f64::consts::PI * 0.35 * fr).powi(2)).exp();
                let amp = shape * h;
                if amp.abs() > 0.003 {
                    let phase = -std::f64::consts::TAU * (g[0] * e.offset[0] + g[1] * e.offset[1]);
                    out.push(Harmonic { g, amp, phase });
                }
            }
        }
        out
    })
}

/// Where a sensor position looks on the phone plane, in mm from the QR
/// centre, at exposure time `t` (0–1).
pub(super) struct Optics {
    f: f64,
    k1: f64,
    norm: f64,
    e_u: [f64; 3],
    e_v: [f64; 3],
    n: [f64; 3],
    center: [f64; 3],
    motion: [f64; 3],
}

impl Optics {
    pub(super) fn new(shot: &Shot) -> Optics {
        let r = shot.rotation();
        let col = |j: usize| [r[0][j], r[1][j], r[2][j]];
        Optics {
            f: shot.focal(),
            k1: shot.k1,
            norm: (WIDTH as f64).hypot(HEIGHT as f64) / 2.0,
            e_u: col(0),
            e_v: col(1),
            n: col(2),
            center: shot.center,
            motion: shot.motion,
        }
    }

    pub(super) fn plane_point(&self, x: f64, y: f64, t: f64) -> Option<(f64, f64)> {
        let (dx, dy) = (
            (x - WIDTH as f64 / 2.0) / self.norm,
            (y - HEIGHT as f64 / 2.0) / self.norm,
        );
        let k = 1.0 + self.k1 * (dx * dx + dy * dy);
        let ray = [
            dx * k * self.norm / self.f,
            dy * k * self.norm / self.f,
            1.0,
        ];
        let p = [0, 1, 2].map(|i| self.center[i] + self.motion[i] * (t - 0.5));
        let denom = dot(self.n, ray);
        if denom.abs() < 1e-9 {
            return None;
        }
        let s = dot(self.n, p) / denom;
        if s <= 0.0 {
            return None;
        }
        let d = [0, 1, 2].map(|i| s * ray[i] - p[i]);
        Some((dot(d, self.e_u), dot(d, self.e_v)))
    }

    /// Sensor position of a plane point (mm from the QR centre), ignoring
    /// distortion and motion (bounding boxes, the Jacobian).
    pub(super) fn project(&self, u: f64, v: f64) -> (f64, f64) {
        let p = [0, 1, 2].map(|i| self.center[i] + u * self.e_u[i] + v * self.e_v[i]);
        (
            WIDTH as f64 / 2.0 + self.f * p[0] / p[2],
            HEIGHT as f64 / 2.0 + self.f * p[1] / p[2],
        )
    }
}

/// Blurs one channel with a uniform disc of `radius` px inside `bbox`
/// (row sums through prefix sums, one pass per disc row).
pub(super) fn disc_blur(img: &mut [f32], radius: f64, bbox: [usize; 4]) {
    let r = radius.floor() as i64;
    if radius < 0.5 {
        return;
    }
    let [x0, y0, x1, y1] = bbox;
    let src = img.to_vec();
    let half: Vec<i64> = (-r..=r)
        .map(|dy| ((radius * radius - (dy * dy) as f64).max(0.0).sqrt()).round() as i64)
        .collect();
    // Prefix sums per row, over the whole width.
    let mut prefix = vec![0f64; (WIDTH + 1) * HEIGHT];
    for y in 0..HEIGHT {
        let row = &mut prefix[y * (WIDTH + 1)..(y + 1) * (WIDTH + 1)];
        for x in 0..WIDTH {
            row[x + 1] = row[x] + src[y * WIDTH + x] as f64;
        }
    }
    for y in y0..y1 {
        for x in x0..x1 {
            let (mut sum, mut count) = (0.0, 0i64);
            for (k, w) in half.iter().enumerate() {
                let yy = (y as i64 + k as i64 - r).clamp(0, HEIGHT as i64 - 1) as usize;
                let a = (x as i64 - w).max(0) as usize;
                let b = ((x as i64 + w + 1) as usize).min(WIDTH);
                sum += prefix[yy * (WIDTH + 1) + b] - prefix[yy * (WIDTH + 1) + a];
                count += (b - a) as i64;
            }
            img[y * WIDTH + x] = (sum / count as f64) as f32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disc_transfer_function() {
        assert!((disc_mtf(0.0, 0.3) - 1.0).abs() < 1e-9);
        // First zero of 2 J1(x)/x at x = 3.8317.
        assert!(disc_mtf(3.8317 / std::f64::consts::PI, 1.0).abs() < 1e-3);
        assert!(disc_mtf(2.0, 0.1) > 0.9);
    }
}
