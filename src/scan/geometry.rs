//! Plane-to-plane projections (homographies): a code's module grid seen
//! through a camera, and a synthetic phone placed in a frame.

/// A projective map of the plane, `h33 = 1`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Homography(pub [f64; 9]);

impl Homography {
    /// The map taking the 4 `from` points onto the 4 `to` points (direct
    /// linear transform); `None` when three of them are collinear.
    pub fn from_quads(from: [(f64, f64); 4], to: [(f64, f64); 4]) -> Option<Homography> {
        let mut a = vec![vec![0f64; 9]; 8];
        for i in 0..4 {
            let (x, y) = from[i];
            let (u, v) = to[i];
            a[2 * i] = vec![x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y, u];
            a[2 * i + 1] = vec![0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y, v];
        }
        let solved = solve(a)?;
        let mut h = [0f64; 9];
        h[..8].copy_from_slice(&solved);
        h[8] = 1.0;
        h.iter().all(|v| v.is_finite()).then_some(Homography(h))
    }

    /// The square `[0, side]²` (corners clockwise from the origin) onto `quad`.
    pub fn square_to(side: f64, quad: [(f64, f64); 4]) -> Option<Homography> {
        Homography::from_quads([(0.0, 0.0), (side, 0.0), (side, side), (0.0, side)], quad)
    }

    #[inline]
    pub fn map(&self, x: f64, y: f64) -> (f64, f64) {
        let h = &self.0;
        let d = h[6] * x + h[7] * y + h[8];
        (
            (h[0] * x + h[1] * y + h[2]) / d,
            (h[3] * x + h[4] * y + h[5]) / d,
        )
    }

    /// The inverse map (adjugate of the matrix, rescaled to `h33 = 1`).
    pub fn inverse(&self) -> Option<Homography> {
        let [a, b, c, d, e, f, g, h, i] = self.0;
        let m = [
            e * i - f * h,
            c * h - b * i,
            b * f - c * e,
            f * g - d * i,
            a * i - c * g,
            c * d - a * f,
            d * h - e * g,
            b * g - a * h,
            a * e - b * d,
        ];
        let det = a * m[0] + b * m[3] + c * m[6];
        if det.abs() < 1e-15 || m[8].abs() < 1e-15 {
            return None;
        }
        Some(Homography(m.map(|v| v / m[8])))
    }
}

/// Solves the square system whose rows are `[a | b]` (each row holds its
/// coefficients and then its right-hand side) by Gaussian elimination with
/// partial pivoting; `None` when it is singular.
pub fn solve(mut a: Vec<Vec<f64>>) -> Option<Vec<f64>> {
    let n = a.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&p, &q| a[p][col].abs().total_cmp(&a[q][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        let pivot_row = a[col].clone();
        for (row, r) in a.iter_mut().enumerate() {
            if row != col {
                let k = r[col] / pivot_row[col];
                for (v, p) in r.iter_mut().zip(pivot_row.iter()).skip(col) {
                    *v -= k * p;
                }
            }
        }
    }
    Some((0..n).map(|i| a[i][n] / a[i][i]).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_corners_and_inverts() {
        let from = [(0.0, 0.0), (10.0, 0.0), (12.0, 9.0), (-1.0, 11.0)];
        let to = [(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)];
        let h = Homography::from_quads(from, to).unwrap();
        let back = h.inverse().unwrap();
        for (f, t) in from.iter().zip(to) {
            let (u, v) = h.map(f.0, f.1);
            assert!((u - t.0).abs() < 1e-6 && (v - t.1).abs() < 1e-6);
            let (x, y) = back.map(t.0, t.1);
            assert!((x - f.0).abs() < 1e-6 && (y - f.1).abs() < 1e-6);
        }
    }

    #[test]
    fn collinear_corners_have_no_map() {
        let line = [(0.0, 0.0), (1.0, 1.0), (2.0, 2.0), (3.0, 3.0)];
        assert!(Homography::square_to(1.0, line).is_none());
    }
}
