//! Sparse linear least squares for the grid fit ([`super::gridfit`]):
//! columns that touch few rows (a module's blurred footprint, a background
//! node's hat), and CGLS, which needs only products with them.

/// A sparse column: row indices (into the fit's pixel list) and weights.
#[derive(Clone, Default)]
pub struct Column {
    pub rows: Vec<u32>,
    pub weights: Vec<f32>,
}

impl Column {
    pub fn dot(&self, v: &[f32]) -> f32 {
        self.rows
            .iter()
            .zip(&self.weights)
            .map(|(&r, &w)| w * v[r as usize])
            .sum()
    }
    pub fn add_to(&self, v: &mut [f32], k: f32) {
        for (&r, &w) in self.rows.iter().zip(&self.weights) {
            v[r as usize] += k * w;
        }
    }
    /// The dot product of two columns (rows are sorted).
    pub fn overlap(&self, other: &Column) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0f32);
        while i < self.rows.len() && j < other.rows.len() {
            match self.rows[i].cmp(&other.rows[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weights[i] * other.weights[j];
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    pub fn norm(&self) -> f32 {
        self.weights.iter().map(|w| w * w).sum::<f32>().sqrt()
    }
    pub fn scale(&mut self, k: f32) {
        self.weights.iter_mut().for_each(|w| *w *= k);
    }
}

/// `A x` for sparse columns.
pub fn apply(columns: &[Column], x: &[f32], rows: usize) -> Vec<f32> {
    let mut out = vec![0f32; rows];
    for (c, &v) in columns.iter().zip(x) {
        if v != 0.0 {
            c.add_to(&mut out, v);
        }
    }
    out
}

/// Least squares `min |A x − y|² + Σ dᵢ xᵢ²` by conjugate gradients on the
/// normal equations (CGLS), from zero, for a fixed number of iterations.
pub fn cgls(columns: &[Column], y: &[f32], damping: &[f32], iterations: usize) -> Vec<f32> {
    let mut x = vec![0f32; columns.len()];
    let mut r = y.to_vec();
    let gradient = |r: &[f32], x: &[f32]| -> Vec<f32> {
        columns
            .iter()
            .zip(damping.iter().zip(x))
            .map(|(c, (d, x))| c.dot(r) - d * x)
            .collect()
    };
    let mut s = gradient(&r, &x);
    let mut p = s.clone();
    let mut gamma: f32 = s.iter().map(|v| v * v).sum();
    for _ in 0..iterations {
        if gamma <= 1e-12 {
            break;
        }
        let q = apply(columns, &p, y.len());
        let qq: f32 = q.iter().map(|v| v * v).sum::<f32>()
            + damping.iter().zip(&p).map(|(d, p)| d * p * p).sum::<f32>();
        if qq <= 0.0 {
            break;
        }
        let alpha = gamma / qq;
        x.iter_mut().zip(&p).for_each(|(x, p)| *x += alpha * p);
        r.iter_mut().zip(&q).for_each(|(r, q)| *r -= alpha * q);
        s = gradient(&r, &x);
        let next: f32 = s.iter().map(|v| v * v).sum();
        let beta = next / gamma;
        gamma = next;
        p.iter_mut().zip(&s).for_each(|(p, s)| *p = s + beta * *p);
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CGLS solves a small overdetermined system to its least-squares
    /// solution, and damping pulls the solution towards zero.
    #[test]
    fn cgls_solves_least_squares() {
        // y = 2·a + 3·b on four rows.
        let columns = vec![
            Column {
                rows: vec![0, 1, 2],
                weights: vec![1.0, 1.0, 0.5],
            },
            Column {
                rows: vec![1, 2, 3],
                weights: vec![0.5, 1.0, 1.0],
            },
        ];
        let y = [2.0, 3.5, 4.0, 3.0];
        let x = cgls(&columns, &y, &[0.0, 0.0], 10);
        assert!(
            (x[0] - 2.0).abs() < 1e-4 && (x[1] - 3.0).abs() < 1e-4,
            "{x:?}"
        );
        let damped = cgls(&columns, &y, &[10.0, 10.0], 10);
        assert!(damped[0] < x[0] && damped[1] < x[1], "{damped:?}");
    }
}
