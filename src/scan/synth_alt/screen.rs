//! The resident page on a phone screen: what each device pixel shows,
//! and the sub-pixel layout that emits it.

use qrcode::QrCode;

use super::{Grid, Page, Shot};

/// The resident page on the phone, in device pixels.
pub(super) struct Screen {
    pub(super) modules: Vec<bool>,
    pub(super) n: usize,
    pub(super) quiet: usize,
    pub(super) dark: bool,
    /// Device pixels per CSS px, mm per device px.
    pub(super) dpr: f64,
    pub(super) pitch: f64,
    pub(super) width_px: f64,
    pub(super) height_px: f64,
    /// QR canvas: left/top device px and width.
    pub(super) qx: f64,
    pub(super) qy: f64,
    pub(super) qw: f64,
    pub(super) white: f64,
    pub(super) gamma: f64,
}

const TEXT_LIGHT: [f64; 3] = [0.13, 0.13, 0.13];
const TEXT_DARK: [f64; 3] = [0.88, 0.88, 0.88];
const HINT_LIGHT: [f64; 3] = [1.0, 0.957, 0.839];
const HINT_DARK: [f64; 3] = [0.3, 0.25, 0.1];

impl Screen {
    pub(super) fn new(text: &str, page: &Page, shot: &Shot) -> Option<Screen> {
        let code = QrCode::with_error_correction_level(text.as_bytes(), page.ec).ok()?;
        let n = code.width();
        let modules = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        let dpr = shot.device_px / shot.css_width;
        // The page's figure: full content width (1 rem padding each side),
        // at most 30 rem, scaled by the variant, never wider than the screen.
        let qr_css = ((shot.css_width - 32.0).min(480.0) * page.size).min(shot.css_width);
        let qw = (qr_css * dpr).round();
        Some(Screen {
            modules,
            n,
            quiet: page.quiet,
            dark: page.dark,
            dpr,
            pitch: shot.screen_mm / shot.device_px,
            width_px: shot.device_px,
            height_px: (shot.device_px * 19.5 / 9.0).round(),
            qx: ((shot.device_px - qw) / 2.0).round(),
            qy: (shot.qr_top_css * dpr).round(),
            qw,
            white: shot.white,
            gamma: shot.screen_gamma,
        })
    }

    /// Modules across the canvas, quiet zone included.
    pub(super) fn side(&self) -> usize {
        self.n + 2 * self.quiet
    }

    /// QR centre in device px.
    pub(super) fn qr_center(&self) -> (f64, f64) {
        (self.qx + self.qw / 2.0, self.qy + self.qw / 2.0)
    }

    /// The page colour (sRGB, 0–1) of device pixel `(i, j)`.
    fn page_color(&self, i: f64, j: f64) -> [f64; 3] {
        let (light, dark) = if self.dark { (0.07, 1.0) } else { (1.0, 0.0) };
        let (bx, by) = (i - self.qx, j - self.qy);
        if bx >= 0.0 && by >= 0.0 && bx < self.qw && by < self.qw {
            // Canvas scaled with `image-rendering: pixelated`: each device
            // pixel shows the module under its corner.
            let side = self.side() as f64;
            let mx = (bx * side / self.qw) as usize;
            let my = (by * side / self.qw) as usize;
            let q = self.quiet;
            let on = mx >= q
                && my >= q
                && mx < q + self.n
                && my < q + self.n
                && self.modules[(my - q) * self.n + (mx - q)];
            let v = if on { dark } else { light };
            return [v; 3];
        }
        let text = if self.dark { TEXT_DARK } else { TEXT_LIGHT };
        let (x, y) = (i / self.dpr, j / self.dpr);
        let top = self.qy / self.dpr;
        let bottom = (self.qy + self.qw) / self.dpr;
        let css_w = self.width_px / self.dpr;
        // Heading, the brightness hint in its box, then text below the code.
        let line = if (top - 112.0..top - 84.0).contains(&y) {
            Some((y - (top - 112.0), 28.0, 0))
        } else if (bottom + 16.0..bottom + 40.0).contains(&y) {
            Some((y - (bottom + 16.0), 24.0, 1))
        } else if (bottom + 48.0..bottom + 72.0).contains(&y) {
            Some((y - (bottom + 48.0), 24.0, 2))
        } else {
            None
        };
        let in_hint = (top - 72.0..top - 16.0).contains(&y) && (16.0..css_w - 16.0).contains(&x);
        let background = if in_hint {
            if self.dark { HINT_DARK } else { HINT_LIGHT }
        } else {
            [light; 3]
        };
        let glyph_line = line.or_else(|| {
            (in_hint && (top - 58.0..top - 30.0).contains(&y)).then_some((
                y - (top - 58.0),
                28.0,
                3,
            ))
        });
        match glyph_line {
            Some((dy, size, id)) if glyph_ink(x - 24.0, dy, size, id, css_w - 48.0) => text,
            _ => background,
        }
    }

    /// Linear radiance (relative to white paper in the room) of the screen
    /// at device px `(i, j)`, before the sub-pixel grid.
    pub(super) fn emission(&self, i: f64, j: f64) -> [f64; 3] {
        let c = self.page_color(i.floor(), j.floor());
        c.map(|v| self.white * (v.powf(self.gamma) + 0.0005))
    }
}

/// Text-like ink: glyph cells of `size` CSS px made of a 4×4 pattern from a
/// hash of the glyph, the line stopping at a hashed length.
pub(super) fn glyph_ink(x: f64, dy: f64, size: f64, line: u64, max_w: f64) -> bool {
    if x < 0.0 || x >= max_w * (0.5 + 0.5 * (hash(line, 99) % 100) as f64 / 100.0) {
        return false;
    }
    let g = (x / size) as u64;
    let (lx, ly) = ((x % size) / size, dy / size);
    if !(0.1..0.9).contains(&lx) || !(0.1..0.9).contains(&ly) {
        return false;
    }
    let bit = ((lx - 0.1) / 0.2) as u64 + 4 * ((ly - 0.1) / 0.2) as u64;
    hash(line, g) >> bit & 1 == 1 && hash(line, g) >> (bit + 16) & 1 == 1
}

fn hash(a: u64, b: u64) -> u64 {
    let mut x = a.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    x ^= x >> 31;
    x = x.wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 29)
}

/// One lattice of sub-pixels of one colour: lattice vectors, offset and
/// size of each emitter, in device px.
pub(super) struct Emitters {
    pub(super) basis: [[f64; 2]; 2],
    pub(super) offset: [f64; 2],
    pub(super) size: [f64; 2],
}

pub(super) fn emitters(grid: Grid) -> [Emitters; 3] {
    let square = [[1.0, 0.0], [0.0, 1.0]];
    match grid {
        Grid::RgbStripe => [1.0 / 6.0, 0.5, 5.0 / 6.0].map(|x| Emitters {
            basis: square,
            offset: [x, 0.5],
            size: [0.28, 0.8],
        }),
        Grid::PenTile => {
            let diamond = [[1.0, 1.0], [1.0, -1.0]];
            [
                Emitters {
                    basis: diamond,
                    offset: [0.0, 0.0],
                    size: [0.45, 0.45],
                },
                Emitters {
                    basis: square,
                    offset: [0.5, 0.5],
                    size: [0.28, 0.34],
                },
                Emitters {
                    basis: diamond,
                    offset: [1.0, 0.0],
                    size: [0.5, 0.5],
                },
            ]
        }
    }
}
