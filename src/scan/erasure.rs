//! Decoding fitted modules with their least certain codewords erased.
//!
//! The grid fit ([`super::gridfit`]) knows more than which modules it
//! decided dark: it knows how sure it is of each (how much worse the
//! pixels would be explained with the module flipped). zxing sees only the
//! decisions, so its Reed–Solomon decoder spends two check symbols on each
//! wrong codeword. Told where the doubtful codewords are, a decoder spends
//! one on each of those (an erasure), so nearly twice as many wrong
//! modules can be repaired when the doubt falls on them. Here the
//! codewords are read from the decided modules (format information,
//! unmasking, the placement order, de-interleaving), each block is
//! corrected with more and more of its least certain codewords erased
//! (generalized minimum distance decoding), and the corrected codewords
//! are drawn into a clean code for zxing to read the data of.
//!
//! A decoder that corrects more also miscorrects more readily, so every
//! block keeps [`MARGIN`] check symbols unspent and its syndromes are
//! checked again after the correction.

use qrcode::bits::Bits;
use qrcode::canvas::{Canvas, MaskPattern, Module};
use qrcode::ec::construct_codewords;
use qrcode::{Color, EcLevel, Version};

/// Check symbols every block keeps unspent when erasures are used: a
/// correction that needs all of them is as likely a miscorrection.
const MARGIN: usize = 2;

/// Largest version decoded here (what the grid fit reads).
const MAX_VERSION: i16 = 40;

const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

const LEVELS: [EcLevel; 4] = [EcLevel::L, EcLevel::M, EcLevel::Q, EcLevel::H];

/// Corrects the codewords of a code of `modules` per side, read from the
/// decided modules `dark` (row by row) with each module's `certainty`
/// (larger is surer; any scale), and returns the corrected code's modules,
/// or `None` when a block cannot be corrected within its margin.
pub fn correct(modules: usize, dark: &[bool], certainty: &[f32]) -> Option<Vec<bool>> {
    let version = Version::Normal(version_of(modules)?);
    if dark.len() != modules * modules || certainty.len() != dark.len() {
        return None;
    }
    let layout = Layout::new(version);
    let Format {
        differ,
        level,
        mask,
        reference,
        blocks,
    } = nearest_format(version, &layout, dark)?;
    if differ > FORMAT_TOLERANCE {
        return None;
    }

    // Codewords in placement order (data then check symbols, interleaved),
    // unmasked, each with the certainty of its least certain module.
    let total = blocks.data_len + blocks.check_len * blocks.sizes.len();
    let mut words = vec![0u8; total];
    let mut sure = vec![f32::INFINITY; total];
    for (bit, &k) in layout.data.iter().take(total * 8).enumerate() {
        let value = dark[k] != reference[k];
        let w = bit / 8;
        words[w] = (words[w] << 1) | value as u8;
        sure[w] = sure[w].min(certainty[k]);
    }

    let gf = Field::new();
    let mut data = vec![0u8; blocks.data_len];
    let mut check = vec![0u8; blocks.check_len * blocks.sizes.len()];
    for (b, positions) in blocks.positions().iter().enumerate() {
        let block: Vec<u8> = positions.iter().map(|&p| words[p]).collect();
        let doubt: Vec<f32> = positions.iter().map(|&p| sure[p]).collect();
        let fixed = gf.decode_with_doubt(&block, &doubt, blocks.check_len)?;
        let size = blocks.sizes[b];
        for (i, &p) in positions.iter().enumerate() {
            if i < size {
                data[p] = fixed[i];
            } else {
                check[p - blocks.data_len] = fixed[i];
            }
        }
    }

    Some(draw(version, level, mask, &data, &check))
}

/// The modules of a code (row by row, `true` dark) holding these codewords.
fn draw(
    version: Version,
    level: EcLevel,
    mask: MaskPattern,
    data: &[u8],
    check: &[u8],
) -> Vec<bool> {
    let mut canvas = Canvas::new(version, level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(data, check);
    canvas.apply_mask(mask);
    canvas
        .into_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect()
}

/// Where a version's data modules are, in placement order, and where its
/// format information is (row by row indices).
struct Layout {
    data: Vec<usize>,
    format: Vec<usize>,
}

impl Layout {
    fn new(version: Version) -> Layout {
        let n = version.width();
        let mut canvas = Canvas::new(version, EcLevel::L);
        canvas.draw_all_functional_patterns();
        let index = |x: i16, y: i16| y as usize * n as usize + x as usize;
        // Two columns at a time from the right, upwards then downwards,
        // stepping over the vertical timing pattern (column 6).
        let mut data = Vec::new();
        let mut right = n - 1;
        let mut upwards = true;
        while right > 0 {
            if right == 6 {
                right -= 1;
            }
            for i in 0..n {
                let y = if upwards { n - 1 - i } else { i };
                for x in [right, right - 1] {
                    if canvas.get(x, y) == Module::Empty {
                        data.push(index(x, y));
                    }
                }
            }
            upwards = !upwards;
            right -= 2;
        }
        // Format information: row 8 and column 8 beside the finders, the
        // timing patterns' crossing modules and the fixed dark one excepted.
        let format = (0..n)
            .flat_map(|y| (0..n).map(move |x| (x, y)))
            .filter(|&(x, y)| {
                (y == 8 && x != 6 && (x <= 8 || x >= n - 8))
                    || (x == 8 && y != 6 && (y <= 8 || y >= n - 7))
            })
            .map(|(x, y)| index(x, y))
            .collect();
        Layout { data, format }
    }
}

/// Format modules (of 30) that may differ from a valid format: what the
/// two copies' BCH codes could correct (3 each).
const FORMAT_TOLERANCE: usize = 6;

fn version_of(modules: usize) -> Option<i16> {
    let version = (modules.checked_sub(17)? / 4) as i16;
    ((1..=MAX_VERSION).contains(&version) && 17 + 4 * version as usize == modules)
        .then_some(version)
}

/// The format information the decided modules show best.
struct Format {
    /// Of its 30 modules, how many the decided modules show otherwise.
    differ: usize,
    level: EcLevel,
    mask: MaskPattern,
    /// The code of this level and mask on all-zero data: its mask, where
    /// the data lies.
    reference: Vec<bool>,
    blocks: Blocks,
}

/// The error-correction level and mask whose format information the
/// decided modules show best (fewest of its 30 modules differ).
fn nearest_format(version: Version, layout: &Layout, dark: &[bool]) -> Option<Format> {
    let mut best: Option<Format> = None;
    for level in LEVELS {
        let Some(blocks) = Blocks::new(version, level) else {
            continue;
        };
        let check = vec![0; blocks.check_len * blocks.sizes.len()];
        let mut nearest: Option<(usize, MaskPattern, Vec<bool>)> = None;
        for mask in MASKS {
            let reference = draw(version, level, mask, &vec![0; blocks.data_len], &check);
            let differ = layout
                .format
                .iter()
                .filter(|&&k| reference[k] != dark[k])
                .count();
            if nearest.as_ref().is_none_or(|n| differ < n.0) {
                nearest = Some((differ, mask, reference));
            }
        }
        if let Some((differ, mask, reference)) = nearest
            && best.as_ref().is_none_or(|b| differ < b.differ)
        {
            best = Some(Format {
                differ,
                level,
                mask,
                reference,
                blocks,
            });
        }
    }
    best
}

/// How a version and level split their codewords into blocks.
struct Blocks {
    /// Data codewords of each block.
    sizes: Vec<usize>,
    data_len: usize,
    /// Check symbols per block (the same for all).
    check_len: usize,
    /// The data codewords' placement: `order[i]` is the position, in the
    /// placed stream, of the `i`th data codeword of the blocks taken in turn.
    order: Vec<usize>,
}

impl Blocks {
    /// Learnt from the encoder itself: codewords numbered in the order of
    /// the blocks come out in placement order.
    fn new(version: Version, level: EcLevel) -> Option<Blocks> {
        let data_len = Bits::new(version).max_len(level).ok()? / 8;
        let number = |digit: fn(usize) -> u8| -> Option<Vec<u8>> {
            let raw: Vec<u8> = (0..data_len).map(digit).collect();
            Some(construct_codewords(&raw, version, level).ok()?.0)
        };
        let low = number(|i| (i % 256) as u8)?;
        let high = number(|i| (i / 256) as u8)?;
        let (_, check) = construct_codewords(&vec![0; data_len], version, level).ok()?;
        let placed: Vec<usize> = low
            .iter()
            .zip(&high)
            .map(|(&l, &h)| h as usize * 256 + l as usize)
            .collect();
        // The first codeword of each block is placed first, in block order,
        // then the second of the first block.
        let count = placed.iter().position(|&i| i == 1)?;
        let starts: Vec<usize> = placed[..count].to_vec();
        let sizes: Vec<usize> = (0..count)
            .map(|b| starts.get(b + 1).copied().unwrap_or(data_len) - starts[b])
            .collect();
        let mut order = vec![0; data_len];
        for (position, &i) in placed.iter().enumerate() {
            order[i] = position;
        }
        if check.len() % count != 0 {
            return None;
        }
        Some(Blocks {
            sizes,
            data_len,
            check_len: check.len() / count,
            order,
        })
    }

    /// Each block's codewords (data, then check symbols) as positions in
    /// the placed stream; check symbols are interleaved block by block.
    fn positions(&self) -> Vec<Vec<usize>> {
        let count = self.sizes.len();
        let mut first = 0;
        self.sizes
            .iter()
            .enumerate()
            .map(|(b, &size)| {
                let mut positions: Vec<usize> = self.order[first..first + size].to_vec();
                first += size;
                positions.extend((0..self.check_len).map(|j| self.data_len + j * count + b));
                positions
            })
            .collect()
    }
}

/// GF(256) with the QR codes' polynomial x⁸ + x⁴ + x³ + x² + 1.
struct Field {
    exp: [u8; 512],
    log: [u8; 256],
}

impl Field {
    fn new() -> Field {
        let (mut exp, mut log) = ([0u8; 512], [0u8; 256]);
        let mut x: u16 = 1;
        for (i, e) in exp.iter_mut().enumerate() {
            // α^i repeats every 255: the second half spares a modulo in mul.
            if i == 255 {
                x = 1;
            }
            *e = x as u8;
            if i < 255 {
                log[x as usize] = i as u8;
            }
            x <<= 1;
            if x & 0x100 != 0 {
                x ^= 0x11d;
            }
        }
        Field { exp, log }
    }

    fn mul(&self, a: u8, b: u8) -> u8 {
        if a == 0 || b == 0 {
            0
        } else {
            self.exp[self.log[a as usize] as usize + self.log[b as usize] as usize]
        }
    }

    fn inv(&self, a: u8) -> u8 {
        self.exp[255 - self.log[a as usize] as usize]
    }

    /// α^e.
    fn pow(&self, e: usize) -> u8 {
        self.exp[e % 255]
    }

    /// A polynomial (lowest degree first) at `x`.
    fn eval(&self, poly: &[u8], x: u8) -> u8 {
        poly.iter().rev().fold(0, |acc, &c| self.mul(acc, x) ^ c)
    }

    /// Syndromes S_j = c(α^j), j < `check`; the codeword's first symbol is
    /// its highest-degree coefficient.
    fn syndromes(&self, word: &[u8], check: usize) -> Vec<u8> {
        (0..check)
            .map(|j| {
                let x = self.pow(j);
                word.iter().fold(0, |acc, &c| self.mul(acc, x) ^ c)
            })
            .collect()
    }

    /// Tries the block with 0, 2, 4, … of its least certain codewords
    /// erased (while the margin allows); the first correction that leaves
    /// every syndrome zero wins.
    fn decode_with_doubt(&self, word: &[u8], certainty: &[f32], check: usize) -> Option<Vec<u8>> {
        let mut doubtful: Vec<usize> = (0..word.len()).collect();
        doubtful.sort_by(|&a, &b| certainty[a].total_cmp(&certainty[b]));
        let budget = check.saturating_sub(MARGIN);
        (0..=budget)
            .step_by(2)
            .find_map(|erased| self.decode(word, &doubtful[..erased], check, budget))
    }

    /// Errors-and-erasures decoding (Berlekamp–Massey from the erasure
    /// locator, Forney's magnitudes) with at most `budget` check symbols
    /// spent: two per error, one per erasure.
    fn decode(
        &self,
        word: &[u8],
        erasures: &[usize],
        check: usize,
        budget: usize,
    ) -> Option<Vec<u8>> {
        let n = word.len();
        let syndromes = self.syndromes(word, check);
        if syndromes.iter().all(|&s| s == 0) {
            return Some(word.to_vec());
        }
        // A symbol at index p is the coefficient of x^(n − 1 − p).
        let locator_of = |p: usize| self.pow(n - 1 - p);
        // Erasure locator Γ(x) = Π (1 + X_i x).
        let mut gamma = vec![1u8];
        for &p in erasures {
            let x = locator_of(p);
            let mut next = vec![0u8; gamma.len() + 1];
            for (i, &g) in gamma.iter().enumerate() {
                next[i] ^= g;
                next[i + 1] ^= self.mul(g, x);
            }
            gamma = next;
        }
        let f = erasures.len();
        let (mut lambda, mut b) = (gamma.clone(), gamma);
        let mut l = f;
        for r in f..check {
            let delta = (0..lambda.len())
                .filter(|&i| i <= r)
                .fold(0, |acc, i| acc ^ self.mul(lambda[i], syndromes[r - i]));
            // b ← x·b
            b.insert(0, 0);
            if delta == 0 {
                continue;
            }
            let mut next = lambda.clone();
            if next.len() < b.len() {
                next.resize(b.len(), 0);
            }
            for (i, &c) in b.iter().enumerate() {
                next[i] ^= self.mul(delta, c);
            }
            if 2 * l <= r + f {
                let inv = self.inv(delta);
                b = lambda.iter().map(|&c| self.mul(c, inv)).collect();
                l = r + 1 + f - l;
            }
            lambda = next;
        }
        while lambda.len() > 1 && lambda.last() == Some(&0) {
            lambda.pop();
        }
        let degree = lambda.len() - 1;
        if degree != l || degree < f || 2 * (degree - f) + f > budget {
            return None;
        }
        // Chien search: the positions whose locator inverse is a root.
        let places: Vec<usize> = (0..n)
            .filter(|&p| self.eval(&lambda, self.inv(locator_of(p))) == 0)
            .collect();
        if places.len() != degree {
            return None;
        }
        // Ω(x) = S(x)Λ(x) mod x^check; magnitudes X·Ω(X⁻¹)/Λ'(X⁻¹).
        let mut omega = vec![0u8; check];
        for (i, &s) in syndromes.iter().enumerate() {
            for (j, &c) in lambda.iter().enumerate() {
                if i + j < check {
                    omega[i + j] ^= self.mul(s, c);
                }
            }
        }
        let derivative: Vec<u8> = lambda
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, &c)| if i % 2 == 1 { c } else { 0 })
            .collect();
        let mut fixed = word.to_vec();
        for &p in &places {
            let x = locator_of(p);
            let x_inv = self.inv(x);
            let denominator = self.eval(&derivative, x_inv);
            if denominator == 0 {
                return None;
            }
            let magnitude = self.mul(x, self.mul(self.eval(&omega, x_inv), self.inv(denominator)));
            fixed[p] ^= magnitude;
        }
        self.syndromes(&fixed, check)
            .iter()
            .all(|&s| s == 0)
            .then_some(fixed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use qrcode::QrCode;
    use qrcode::ec::create_error_correction_code;

    fn block(seed: u64, data: usize, check: usize) -> Vec<u8> {
        let mut rng = crate::scan::synth::Rng::new(seed);
        let mut word: Vec<u8> = (0..data).map(|_| rng.below(256) as u8).collect();
        let ec = create_error_correction_code(&word, check);
        word.extend(ec);
        word
    }

    #[test]
    fn errors_and_erasures_within_the_budget_are_corrected() {
        let gf = Field::new();
        let clean = block(1, 40, 22);
        let mut word = clean.clone();
        // 6 errors (12 symbols) and 8 erasures (8 symbols): 20 ≤ 22 − MARGIN.
        for p in [0, 5, 17, 30, 44, 61] {
            word[p] ^= 0x5a;
        }
        let erased = [2, 3, 9, 20, 33, 40, 50, 55];
        for &p in &erased {
            word[p] ^= 0xff;
        }
        assert_eq!(gf.decode(&word, &erased, 22, 20), Some(clean.clone()));
        // Without the erasures, 14 errors are beyond the 11 correctable.
        assert_eq!(gf.decode(&word, &[], 22, 22), None);
    }

    #[test]
    fn doubt_on_the_wrong_codewords_repairs_more_than_errors_alone() {
        let gf = Field::new();
        let clean = block(2, 30, 18);
        let mut word = clean.clone();
        let wrong = [1, 4, 8, 12, 19, 23, 27, 31, 36, 40, 44];
        for &p in &wrong {
            word[p] ^= 0x33;
        }
        let mut certainty = vec![1.0f32; word.len()];
        for &p in &wrong[..8] {
            certainty[p] = 0.1;
        }
        // 11 errors: beyond the 9 an errors-only decoder corrects.
        assert_eq!(gf.decode(&word, &[], 18, 18), None);
        assert_eq!(gf.decode_with_doubt(&word, &certainty, 18), Some(clean));
    }

    #[test]
    fn a_code_with_doubtful_wrong_modules_comes_back_whole() {
        let code = QrCode::with_error_correction_level(b"MDG1:ERASURE TEST 0123456789", EcLevel::M)
            .unwrap();
        let n = code.width();
        let truth: Vec<bool> = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        // Unchanged, it comes back as it is.
        assert_eq!(correct(n, &truth, &vec![1.0; n * n]).as_ref(), Some(&truth));
        // Flip a run of data modules (bottom right, many codewords) and
        // say they are doubtful: more wrong codewords than errors alone fix.
        let mut dark = truth.clone();
        let mut certainty = vec![1.0f32; n * n];
        let layout = Layout::new(Version::Normal(((n - 17) / 4) as i16));
        for &k in layout.data.iter().skip(200).step_by(7).take(12) {
            dark[k] = !dark[k];
            certainty[k] = 0.01;
        }
        assert_eq!(correct(n, &dark, &certainty).as_ref(), Some(&truth));
        // Without the doubt, it is too much.
        assert_eq!(correct(n, &dark, &vec![1.0; n * n]), None);
    }

    /// Version 10 at level M: two groups of blocks, of 43 and 44 codewords.
    #[test]
    fn a_code_of_several_blocks_comes_back_whole() {
        let text = "MDG1:".to_string() + &"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".repeat(8);
        let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).unwrap();
        let n = code.width();
        assert_eq!(n, 17 + 4 * 10);
        let truth: Vec<bool> = code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        let mut dark = truth.clone();
        let mut certainty = vec![1.0f32; n * n];
        let layout = Layout::new(Version::Normal(10));
        for &k in layout.data.iter().skip(800).step_by(5).take(120) {
            dark[k] = !dark[k];
            certainty[k] = 0.01;
        }
        assert_eq!(correct(n, &dark, &certainty).as_ref(), Some(&truth));
        assert_eq!(correct(n, &dark, &vec![1.0; n * n]), None);
    }
}
