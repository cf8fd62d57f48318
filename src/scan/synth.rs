//! Synthetic "QR on a phone screen seen by the kiosk camera" frames, made by
//! the project itself for tests and the benchmark.
//!
//! A payload is encoded with the `qrcode` crate, drawn on a phone-like screen
//! (bright panel, dark bezel) and projected into a camera frame through a
//! random perspective; then a random mix of the degradations seen at the
//! counter is applied: defocus blur, moiré (screen pixel grid beating with
//! the sensor), glare (a bright reflection), low contrast (dimmed screen,
//! exposure for the room), and sensor noise. Everything is deterministic for
//! a given seed (own xorshift generator: no dependency on `rand`'s API).

use qrcode::{EcLevel, QrCode};

use super::Frame;
use super::geometry::Homography;

/// Small deterministic generator (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `[0, 1)`.
    pub fn f(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.f()
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, p: f64) -> bool {
        self.f() < p
    }
}

/// A clean QR image: `module_px` pixels per module, 4-module quiet zone,
/// black on white. `None` when the text does not fit in a QR code.
pub fn render_qr(text: &str, module_px: usize) -> Option<Frame> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let n = code.width();
    let colors = code.to_colors();
    let quiet = QUIET_MODULES;
    let side = (n + 2 * quiet) * module_px;
    let mut px = vec![255u8; side * side];
    for my in 0..n {
        for mx in 0..n {
            if colors[my * n + mx] == qrcode::Color::Dark {
                for dy in 0..module_px {
                    let row = ((my + quiet) * module_px + dy) * side;
                    let x0 = (mx + quiet) * module_px;
                    px[row + x0..row + x0 + module_px].fill(0);
                }
            }
        }
    }
    Frame::new(side, side, px)
}

/// Pixels per module of the QR drawn on a synthetic phone.
const QR_MODULE_PX: usize = 4;
/// Quiet zone of [`render_qr`], in modules.
const QUIET_MODULES: usize = 4;

/// Payload like the pre-application format: a short prefix and base45 text.
pub fn payload(rng: &mut Rng) -> String {
    const ALNUM: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    let len = 40 + rng.below(260);
    let mut s = String::from("MDG1:");
    for _ in 0..len {
        s.push(ALNUM[rng.below(ALNUM.len())] as char);
    }
    s
}

fn box_blur(values: &mut [f64], w: usize, h: usize, r: usize) {
    if r == 0 {
        return;
    }
    let mut tmp = vec![0f64; values.len()];
    for y in 0..h {
        for x in 0..w {
            let (a, b) = (x.saturating_sub(r), (x + r + 1).min(w));
            tmp[y * w + x] = values[y * w + a..y * w + b].iter().sum::<f64>() / (b - a) as f64;
        }
    }
    for x in 0..w {
        for y in 0..h {
            let (a, b) = (y.saturating_sub(r), (y + r + 1).min(h));
            values[y * w + x] = (a..b).map(|yy| tmp[yy * w + x]).sum::<f64>() / (b - a) as f64;
        }
    }
}

/// One synthetic frame and what it shows.
pub struct SynthSample {
    pub frame: Frame,
    pub text: String,
    /// Degradations applied, e.g. "blur2 moire glare".
    pub effects: String,
    /// Where the code's module grid lies in the frame, when the generator
    /// knows it: frame positions of the grid's corners (module coordinates
    /// (0, 0), (n, 0), (n, n), (0, n), clockwise from the top left) and n.
    pub symbol: Option<([(f64, f64); 4], usize)>,
}

/// Moiré: the screen's pixel grid beating with the sensor's, a product of
/// two sinusoids (radians per pixel, amplitude in grey levels).
#[derive(Clone, Copy)]
struct Moire {
    fx: f64,
    fy: f64,
    amp: f64,
}

/// A bright reflection on the glass.
#[derive(Clone, Copy)]
struct Glare {
    x: f64,
    y: f64,
    radius: f64,
    strength: f64,
}

/// Everything drawn for one phone in front of the camera: the screen, its
/// pose and the degradations. A frame is rendered from it with fresh
/// sensor noise, so a [`scene`] is many frames of one shot.
struct Shot {
    phone: Frame,
    width: usize,
    height: usize,
    /// Frame positions of the phone's corners (clockwise from top left).
    corners: [(f64, f64); 4],
    centre: (f64, f64),
    bg: (f64, f64),
    blur: usize,
    moire: Option<Moire>,
    glare: Option<Glare>,
    /// Screen black and white after exposure.
    levels: (f64, f64),
    noise: f64,
    effects: String,
    /// The QR's top left pixel on the phone picture, and its modules per side.
    qr_at: (usize, usize),
    modules: usize,
}

/// Small hand movement between frames: shift in pixels, rotation in
/// radians about the phone's centre, and the moiré's phase (the beat
/// pattern moves much faster than the phone: a sub-pixel shift of the
/// screen grid against the sensor grid moves it a whole period).
#[derive(Clone, Copy, Default)]
struct Tremor {
    dx: f64,
    dy: f64,
    angle: f64,
    moire_phase: (f64, f64),
}

impl Shot {
    /// Draws pose and degradations; the order of the draws is the
    /// generator's contract (the benchmark's set must not change).
    fn draw(rng: &mut Rng, text: &str, width: usize, height: usize) -> Option<Shot> {
        let qr = render_qr(text, QR_MODULE_PX)?;
        // Phone: screen with the QR centred, a dark bezel around it.
        let bezel = qr.width / 8;
        let side = qr.width + 2 * bezel;
        let phone_h = side + side / 2;
        let mut phone = Frame::filled(side, phone_h, 20);
        let screen_value = 255u8;
        for y in bezel / 2..phone_h - bezel / 2 {
            for x in bezel / 2..side - bezel / 2 {
                phone.pixels[y * side + x] = screen_value;
            }
        }
        let top = (phone_h - qr.height) / 2;
        for y in 0..qr.height {
            let row = (top + y) * side + bezel;
            phone.pixels[row..row + qr.width]
                .copy_from_slice(&qr.pixels[y * qr.width..(y + 1) * qr.width]);
        }

        // Pose: the phone covers 35–75% of the frame height, rotated, tilted.
        let scale = rng.range(0.35, 0.75) * height as f64 / phone_h as f64;
        let (pw, ph) = (side as f64 * scale, phone_h as f64 * scale);
        let angle = rng.range(-0.5, 0.5);
        let (cx, cy) = (
            rng.range(pw * 0.6, width as f64 - pw * 0.6),
            rng.range(ph * 0.5, height as f64 - ph * 0.5),
        );
        let (s, c) = angle.sin_cos();
        let tilt = rng.range(0.0, 0.18);
        let mut corners = [
            (-pw / 2.0, -ph / 2.0),
            (pw / 2.0, -ph / 2.0),
            (pw / 2.0, ph / 2.0),
            (-pw / 2.0, ph / 2.0),
        ];
        // Perspective: one edge shorter than the opposite one.
        let edge = rng.below(4);
        for (i, p) in corners.iter_mut().enumerate() {
            if i == edge || i == (edge + 1) % 4 {
                p.0 *= 1.0 - tilt;
                p.1 *= 1.0 - tilt;
            }
            *p = (cx + p.0 * c - p.1 * s, cy + p.0 * s + p.1 * c);
        }
        // A pose the projection cannot map ends the draw here, as it always did.
        phone_homography(&phone, corners)?;

        let mut effects = Vec::new();
        // Background: a desk/room gradient with texture.
        let bg = (rng.range(60.0, 180.0), rng.range(60.0, 180.0));
        let blur = if rng.chance(0.5) { 1 + rng.below(2) } else { 0 };
        if blur > 0 {
            effects.push(format!("blur{blur}"));
        }
        let moire = rng.chance(0.4).then(|| {
            effects.push("moire".into());
            let (fx, fy) = (rng.range(0.6, 1.4), rng.range(0.6, 1.4));
            Moire {
                fx,
                fy,
                amp: rng.range(8.0, 22.0),
            }
        });
        let glare = rng.chance(0.35).then(|| {
            effects.push("glare".into());
            let (x, y) = (cx + rng.range(-pw, pw) * 0.3, cy + rng.range(-ph, ph) * 0.3);
            Glare {
                x,
                y,
                radius: rng.range(0.15, 0.35) * pw,
                strength: rng.range(60.0, 140.0),
            }
        });
        let levels = if rng.chance(0.4) {
            effects.push("lowcontrast".into());
            let lo = rng.range(50.0, 90.0);
            (lo, lo + rng.range(50.0, 80.0))
        } else {
            (rng.range(0.0, 30.0), rng.range(200.0, 255.0))
        };
        let noise = rng.range(2.0, 8.0);
        if effects.is_empty() {
            effects.push("clean".into());
        }
        Some(Shot {
            phone,
            width,
            height,
            corners,
            centre: (cx, cy),
            bg,
            blur,
            moire,
            glare,
            levels,
            noise,
            effects: effects.join(" "),
            qr_at: (bezel, top),
            modules: qr.width / QR_MODULE_PX - 2 * QUIET_MODULES,
        })
    }

    /// One camera frame of the shot, moved by `tremor`, with sensor noise
    /// from `rng`.
    fn render(&self, tremor: Tremor, rng: &mut Rng) -> Option<Frame> {
        let (width, height) = (self.width, self.height);
        let h = phone_homography(&self.phone, self.moved_corners(tremor))?;
        let (bg_a, bg_b) = self.bg;
        let mut v = vec![0f64; width * height];
        for y in 0..height {
            for x in 0..width {
                let (xf, yf) = (x as f64, y as f64);
                let (u, w) = h.map(xf, yf);
                v[y * width + x] = match self.phone.bilinear(u, w) {
                    Some(p) => p,
                    None => {
                        bg_a + (bg_b - bg_a) * xf / width as f64
                            + 8.0 * ((xf * 0.05).sin() * (yf * 0.07).cos())
                    }
                };
            }
        }
        box_blur(&mut v, width, height, self.blur);
        if let Some(m) = self.moire {
            let (px, py) = tremor.moire_phase;
            for y in 0..height {
                for x in 0..width {
                    v[y * width + x] +=
                        m.amp * ((x as f64 * m.fx + px).sin() * (y as f64 * m.fy + py).sin());
                }
            }
        }
        if let Some(g) = self.glare {
            for y in 0..height {
                for x in 0..width {
                    let d2 = ((x as f64 - g.x).powi(2) + (y as f64 - g.y).powi(2))
                        / (g.radius * g.radius);
                    v[y * width + x] += g.strength * (-d2).exp();
                }
            }
        }
        let (lo, hi) = self.levels;
        let pixels = v
            .iter()
            .map(|&p| {
                let n = (rng.f() - 0.5) * 2.0 * self.noise;
                (lo + (hi - lo) * p / 255.0 + n).clamp(0.0, 255.0) as u8
            })
            .collect();
        Frame::new(width, height, pixels)
    }
}

impl Shot {
    /// Frame positions of the phone's corners moved by `tremor`.
    fn moved_corners(&self, tremor: Tremor) -> [(f64, f64); 4] {
        if tremor.dx == 0.0 && tremor.dy == 0.0 && tremor.angle == 0.0 {
            return self.corners;
        }
        let (s, c) = tremor.angle.sin_cos();
        let (cx, cy) = self.centre;
        self.corners.map(|(x, y)| {
            let (u, v) = (x - cx, y - cy);
            (
                cx + u * c - v * s + tremor.dx,
                cy + u * s + v * c + tremor.dy,
            )
        })
    }

    /// Frame positions of the module grid's corners, moved by `tremor`.
    /// The picture's pixel `i` is sampled at its centre, so a module edge
    /// lies half a pixel before the module's first pixel.
    fn symbol_corners(&self, tremor: Tremor) -> Option<[(f64, f64); 4]> {
        let to_frame = phone_homography(&self.phone, self.moved_corners(tremor))?.inverse()?;
        let (left, top) = self.qr_at;
        let edge = |i: usize, at: usize| (at + (QUIET_MODULES + i) * QR_MODULE_PX) as f64 - 0.5;
        let n = self.modules;
        let corner = |i, j| to_frame.map(edge(i, left), edge(j, top));
        Some([corner(0, 0), corner(n, 0), corner(n, n), corner(0, n)])
    }
}

/// The homography from frame positions to the phone picture's pixels.
fn phone_homography(phone: &Frame, corners: [(f64, f64); 4]) -> Option<Homography> {
    let (w, h) = (phone.width as f64, phone.height as f64);
    let src = [
        (0.0, 0.0),
        (w - 1.0, 0.0),
        (w - 1.0, h - 1.0),
        (0.0, h - 1.0),
    ];
    Homography::from_quads(corners, src)
}

/// Draws `text` as a phone screen in a `width × height` camera frame with
/// random pose and degradations.
pub fn phone_screen(rng: &mut Rng, text: &str, width: usize, height: usize) -> Option<SynthSample> {
    let shot = Shot::draw(rng, text, width, height)?;
    Some(SynthSample {
        frame: shot.render(Tremor::default(), rng)?,
        text: text.to_string(),
        symbol: shot
            .symbol_corners(Tremor::default())
            .map(|c| (c, shot.modules)),
        effects: shot.effects,
    })
}

/// Width and height of [`scene`] frames: those of the benchmark's
/// single-frame set.
pub const SCENE_SIZE: (usize, usize) = (640, 480);

/// The live camera's view of one phone held steadily in front of it:
/// `frames` successive 640×480 frames of one shot (the pose and
/// degradations of a [`phone_screen`] drawn from `seed`), each moved by
/// hand tremor (a wandering shift of up to 2 px, rotation up to 0.15°, the
/// moiré's phase moving with it) and with its own sensor noise. Returns
/// the payload and the frames.
pub fn scene(seed: u64, frames: usize) -> (String, Vec<Frame>) {
    let (text, samples) = scene_samples(seed, frames);
    (text, samples.into_iter().map(|s| s.frame).collect())
}

/// [`scene`]'s frames with what each shows: its degradations and where
/// the module grid lies in it (which the tremor moves frame by frame).
pub fn scene_samples(seed: u64, frames: usize) -> (String, Vec<SynthSample>) {
    let (width, height) = SCENE_SIZE;
    let mut rng = Rng::new(seed);
    loop {
        let text = payload(&mut rng);
        let Some(shot) = Shot::draw(&mut rng, &text, width, height) else {
            continue;
        };
        let mut tremor = Tremor::default();
        let mut out = Vec::with_capacity(frames);
        for _ in 0..frames {
            // A slow wander pulled back to the rest pose, plus a shake.
            tremor.dx = (0.7 * tremor.dx + rng.range(-0.8, 0.8)).clamp(-2.0, 2.0);
            tremor.dy = (0.7 * tremor.dy + rng.range(-0.8, 0.8)).clamp(-2.0, 2.0);
            tremor.angle = (0.7 * tremor.angle + rng.range(-0.001, 0.001)).clamp(-0.0026, 0.0026);
            tremor.moire_phase = (rng.range(0.0, 6.3), rng.range(0.0, 6.3));
            match shot.render(tremor, &mut rng) {
                Some(frame) => out.push(SynthSample {
                    frame,
                    text: text.clone(),
                    effects: shot.effects.clone(),
                    symbol: shot.symbol_corners(tremor).map(|c| (c, shot.modules)),
                }),
                None => break,
            }
        }
        if out.len() == frames {
            return (text, out);
        }
    }
}

/// `n` phone-screen frames from `seed`.
pub fn phone_screens(n: usize, seed: u64, width: usize, height: usize) -> Vec<SynthSample> {
    let mut rng = Rng::new(seed);
    (0..n)
        .filter_map(|_| {
            let text = payload(&mut rng);
            phone_screen(&mut rng, &text, width, height)
        })
        .collect()
}

/// A 1280×720-like frame with no QR: room gradient, texture, noise, and
/// QR-like distractors (checkerboards, text-like bars).
pub fn empty_scene(rng: &mut Rng, width: usize, height: usize) -> Frame {
    let (a, b) = (rng.range(40.0, 200.0), rng.range(40.0, 200.0));
    let (fx, fy) = (rng.range(0.01, 0.2), rng.range(0.01, 0.2));
    let mut px: Vec<u8> = (0..width * height)
        .map(|i| {
            let (x, y) = ((i % width) as f64, (i / width) as f64);
            let v = a + (b - a) * y / height as f64 + 20.0 * (x * fx).sin() * (y * fy).cos();
            (v + (rng.f() - 0.5) * 10.0).clamp(0.0, 255.0) as u8
        })
        .collect();
    // Distractors: dark squares and bars.
    for _ in 0..6 {
        let s = 10 + rng.below(60);
        let (x0, y0) = (
            rng.below(width.saturating_sub(s)),
            rng.below(height.saturating_sub(s)),
        );
        for y in y0..y0 + s {
            for x in x0..x0 + s {
                if ((x - x0) / 7 + (y - y0) / 7) % 2 == 0 {
                    px[y * width + x] = 15;
                }
            }
        }
    }
    Frame {
        width,
        height,
        pixels: px,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// FNV-1a of the first three frames, as the generator made them before scenes.
    const PINNED: u64 = 0x89aa_5345_0f98_642b;

    #[test]
    fn deterministic_for_a_seed() {
        let a = phone_screens(2, 7, 320, 240);
        let b = phone_screens(2, 7, 320, 240);
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].frame, b[0].frame);
        assert_eq!(a[1].text, b[1].text);
        assert_ne!(a[0].text, a[1].text);
    }

    fn fnv(frames: &[&Frame]) -> u64 {
        frames
            .iter()
            .flat_map(|f| f.pixels.iter())
            .fold(0xcbf2_9ce4_8422_2325, |h, &b| {
                (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
            })
    }

    /// The benchmark's single-frame set stays what it was before scenes
    /// shared its drawing (its 138/200 baseline stays comparable).
    #[test]
    fn single_frames_are_pinned() {
        let set = phone_screens(3, 42, 640, 480);
        let frames: Vec<&Frame> = set.iter().map(|s| &s.frame).collect();
        assert_eq!(fnv(&frames), PINNED);
    }

    #[test]
    fn scene_is_one_steady_phone_with_fresh_noise() {
        let (text, frames) = scene(3, 4);
        let (again, same) = scene(3, 4);
        assert_eq!((&text, &frames), (&again, &same));
        assert!(text.starts_with("MDG1:"));
        assert_eq!(frames.len(), 4);
        assert!(frames.iter().all(|f| (f.width, f.height) == SCENE_SIZE));
        for pair in frames.windows(2) {
            assert_ne!(pair[0], pair[1]);
            // Same picture up to tremor and noise: most pixels within a few levels.
            let close = pair[0]
                .pixels
                .iter()
                .zip(&pair[1].pixels)
                .filter(|(a, b)| a.abs_diff(**b) <= 24)
                .count();
            assert!(close * 10 > pair[0].pixels.len() * 8, "{close}");
        }
    }
}
