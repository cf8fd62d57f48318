//! A second synthetic "phone screen at the counter" generator, written apart
//! from [`super::synth`] so the pipeline can be judged on frames it was not
//! tuned to. Where `synth` draws a QR into a picture and adds effects to the
//! pixels, this one follows the light:
//!
//! - **Payloads** are the product's own: a 住民票 request and a
//!   household-of-four move, sealed by the pre-application encoder
//!   ([`crate::preapp::encode`]) at the version it picks.
//! - **Screen**: the resident page as a phone shows it (QR canvas as wide as
//!   the page allows, pixelated scaling onto device pixels, heading, the
//!   brightness hint and text around it, dark bezel), emitted by an RGB-stripe
//!   or PenTile sub-pixel grid with the screen's gamma and brightness, plus
//!   the glass's reflection of the room and, sometimes, of a ceiling light.
//! - **Camera**: a pinhole camera with radial lens distortion looking at the
//!   phone plane in 3-D; each sensor pixel integrates its area and the
//!   exposure time (motion blur); fixed focus gives a disc-shaped defocus
//!   from the phone's distance; the sub-pixel grid reaches the sensor through
//!   the optics' transfer function and aliases into moiré; global
//!   auto-exposure; RGGB Bayer mosaic with shot and read noise; bilinear
//!   demosaic, sRGB-like gamma; MJPEG at a random quality through the
//!   `image` crate; BT.601 luma, as [`super::camera::to_gray`] gives.
//!
//! Everything is deterministic for a seed. [`Shot`] holds every random
//! choice of one frame, so a test or the benchmark can switch degradations
//! off or push them, and [`Page`] holds what the encoder side chooses
//! (error-correction level, quiet zone, QR size on the page, dark mode).

use chrono::DateTime;
use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ExtendedColorType, RgbImage};
use qrcode::EcLevel;

use super::Frame;
use super::synth::{Rng, SynthSample};
use optics::{Optics, disc_blur, harmonics};
use screen::Screen;

mod optics;
mod screen;
use crate::preapp::{self, EncodeParams, SecretKey};

/// The kiosk camera's frame size.
pub const WIDTH: usize = 1280;
pub const HEIGHT: usize = 720;

/// What a resident brings: the two payload sizes the product makes most.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    /// 住民票の写し for oneself (one part, QR version 10 at level M).
    Juminhyo,
    /// 転入 of a household of four (one part, version 15 at level M).
    MoveHousehold4,
}

impl Request {
    pub fn label(self) -> &'static str {
        match self {
            Request::Juminhyo => "juminhyo",
            Request::MoveHousehold4 => "household4",
        }
    }

    fn form(self) -> preapp::Form {
        let json = match self {
            Request::Juminhyo => include_str!("../../../tests/fixtures/preapp/juminhyo.json"),
            Request::MoveHousehold4 => {
                include_str!("../../../tests/fixtures/preapp/tennyu-household-4.json")
            }
        };
        serde_json::from_str(json).expect("the fixture forms are valid")
    }

    /// The QR texts the product makes for this request, sealed to a fixed
    /// office key, split so each part fits `max_version` at level M (the
    /// sets use [`SET_MAX_QR_VERSION`]).
    /// `seed` varies the encryption's randomness, hence the text.
    pub fn parts(self, seed: u64, max_version: u8) -> Vec<String> {
        let office = SecretKey::derive(&[1; 32]);
        let created = DateTime::from_timestamp(1_795_000_000, 0).expect("fixed time");
        let mut ikm = [7u8; 32];
        ikm[..8].copy_from_slice(&seed.to_le_bytes());
        let params = EncodeParams {
            created,
            expires: created + chrono::Duration::days(14),
            ephemeral_ikm: ikm,
            max_version,
        };
        preapp::encode(&self.form(), Some(office.public()), &params)
            .expect("the fixture forms encode")
            .parts
    }
}

/// The encoder side: how the resident page draws the code.
#[derive(Clone, Copy, Debug)]
pub struct Page {
    pub ec: EcLevel,
    /// Light modules around the code (the page draws 4).
    pub quiet: usize,
    /// QR canvas width relative to the page's (as wide as the page, at most
    /// 480 CSS px); capped at the screen width.
    pub size: f64,
    /// Light modules on a dark page.
    pub dark: bool,
}

impl Page {
    /// What the resident page does today.
    pub fn product() -> Page {
        Page {
            ec: EcLevel::M,
            quiet: 4,
            size: 1.0,
            dark: false,
        }
    }
}

/// Sub-pixel layouts of phone screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grid {
    /// LCD: R, G, B stripes side by side in each pixel.
    RgbStripe,
    /// OLED diamond: a green per pixel, red and blue alternating between.
    PenTile,
}

/// A bright reflection on the glass (a ceiling light): a soft band across
/// the screen.
#[derive(Clone, Copy, Debug)]
pub struct Glare {
    /// Band centre, mm from the QR centre, and its direction (radians).
    pub offset_mm: f64,
    pub angle: f64,
    pub width_mm: f64,
    /// Peak radiance relative to the screen's white.
    pub strength: f64,
}

/// Every random choice behind one frame. Lengths in mm, camera coordinates
/// (x right, y down, z away from the camera), angles in radians.
#[derive(Clone, Debug)]
pub struct Shot {
    // Phone and screen.
    pub screen_mm: f64,
    pub css_width: f64,
    /// Device pixels across the screen.
    pub device_px: f64,
    /// `None`: a screen without sub-pixel structure (no moiré).
    pub grid: Option<Grid>,
    /// Radiance of the screen's white relative to white paper in the room.
    pub white: f64,
    pub screen_gamma: f64,
    /// Where the QR canvas starts on the page (CSS px from the top).
    pub qr_top_css: f64,
    pub bezel_mm: f64,
    // Pose: the QR centre and the phone's rotation.
    pub center: [f64; 3],
    pub roll: f64,
    pub pitch: f64,
    pub yaw: f64,
    /// Phone travel during the exposure.
    pub motion: [f64; 3],
    // Camera.
    pub hfov: f64,
    /// Radial distortion (barrel for positive values).
    pub k1: f64,
    /// Lens aperture diameter (0: pinhole, no defocus) and focus distance.
    pub aperture_mm: f64,
    pub focus_mm: f64,
    // Room.
    pub room: f64,
    pub room_tilt: f64,
    /// Reflectance of the glass for the room's diffuse light.
    pub reflection: f64,
    pub glare: Option<Glare>,
    // Sensor and compression.
    pub noise: bool,
    pub full_well: f64,
    pub read_noise: f64,
    pub jpeg_quality: Option<u8>,
    /// Seed of the sensor noise.
    pub noise_seed: u64,
}

impl Shot {
    /// A phone held up to the kiosk camera: realistic ranges, every
    /// degradation possible.
    pub fn random(rng: &mut Rng) -> Shot {
        const CSS: [f64; 7] = [360.0, 375.0, 390.0, 393.0, 412.0, 414.0, 430.0];
        const DPR: [f64; 4] = [2.625, 2.75, 3.0, 3.5];
        let css_width = CSS[rng.below(CSS.len())];
        let hfov = rng.range(62.0, 78.0).to_radians();
        let z = rng.range(140.0, 260.0);
        let f = focal_px(hfov);
        // The QR centre lands in the middle half of the frame.
        let (px, py) = (
            rng.range(0.3, 0.7) * WIDTH as f64,
            rng.range(0.3, 0.7) * HEIGHT as f64,
        );
        let center = [
            (px - WIDTH as f64 / 2.0) * z / f,
            (py - HEIGHT as f64 / 2.0) * z / f,
            z,
        ];
        // Hand speed: mostly slow, sometimes a quick move; exposure 1/30 s.
        let speed = (-(1.0 - rng.f()).ln() * 8.0).min(40.0) / 30.0;
        let dir = rng.range(0.0, std::f64::consts::TAU);
        let glare = rng.chance(0.3).then(|| Glare {
            offset_mm: rng.range(-30.0, 30.0),
            angle: rng.range(0.0, std::f64::consts::PI),
            width_mm: rng.range(3.0, 12.0),
            strength: rng.range(0.2, 1.2),
        });
        Shot {
            screen_mm: rng.range(62.0, 71.0),
            css_width,
            device_px: (css_width * DPR[rng.below(DPR.len())]).round(),
            grid: Some(if rng.chance(0.7) {
                Grid::PenTile
            } else {
                Grid::RgbStripe
            }),
            white: rng.range(1.5, 6.0),
            screen_gamma: rng.range(2.1, 2.4),
            qr_top_css: rng.range(120.0, 260.0),
            bezel_mm: rng.range(2.0, 4.5),
            center,
            roll: rng.range(-0.45, 0.45),
            pitch: rng.range(-0.35, 0.35),
            yaw: rng.range(-0.3, 0.3),
            motion: [speed * dir.cos(), speed * dir.sin(), rng.range(-0.1, 0.1)],
            hfov,
            k1: rng.range(0.0, 0.12),
            aperture_mm: rng.range(0.8, 1.3),
            focus_mm: rng.range(250.0, 500.0),
            room: rng.range(0.15, 0.6),
            room_tilt: rng.range(-0.5, 0.5),
            reflection: rng.range(0.02, 0.06),
            glare,
            noise: true,
            full_well: rng.range(4000.0, 8000.0),
            read_noise: rng.range(2.0, 6.0),
            jpeg_quality: Some(50 + rng.below(43) as u8),
            noise_seed: rng.next_u64(),
        }
    }

    /// The same phone and pose with every degradation off: in focus, still,
    /// no lens distortion, no sub-pixel grid, no reflection, no noise, no
    /// compression.
    pub fn clean(&self) -> Shot {
        Shot {
            grid: None,
            motion: [0.0; 3],
            k1: 0.0,
            aperture_mm: 0.0,
            reflection: 0.0,
            glare: None,
            noise: false,
            jpeg_quality: None,
            ..self.clone()
        }
    }

    fn focal(&self) -> f64 {
        focal_px(self.hfov)
    }

    /// Disc diameter (px) of a point at the QR's distance.
    pub fn defocus_px(&self) -> f64 {
        let z = self.center[2];
        self.aperture_mm * self.focal() * (1.0 / z - 1.0 / self.focus_mm).abs()
    }

    /// Travel of the QR centre on the sensor during the exposure (px).
    pub fn motion_px(&self) -> f64 {
        let f = self.focal() / self.center[2];
        (self.motion[0] * f).hypot(self.motion[1] * f)
    }

    fn rotation(&self) -> [[f64; 3]; 3] {
        let (sr, cr) = self.roll.sin_cos();
        let (sp, cp) = self.pitch.sin_cos();
        let (sy, cy) = self.yaw.sin_cos();
        let rz = [[cr, -sr, 0.0], [sr, cr, 0.0], [0.0, 0.0, 1.0]];
        let rx = [[1.0, 0.0, 0.0], [0.0, cp, -sp], [0.0, sp, cp]];
        let ry = [[cy, 0.0, sy], [0.0, 1.0, 0.0], [-sy, 0.0, cy]];
        mat_mul(mat_mul(rz, rx), ry)
    }
}

fn focal_px(hfov: f64) -> f64 {
    WIDTH as f64 / 2.0 / (hfov / 2.0).tan()
}

fn mat_mul(a: [[f64; 3]; 3], b: [[f64; 3]; 3]) -> [[f64; 3]; 3] {
    let mut out = [[0.0; 3]; 3];
    for (i, row) in out.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            *v = (0..3).map(|k| a[i][k] * b[k][j]).sum();
        }
    }
    out
}

fn dot(a: [f64; 3], b: [f64; 3]) -> f64 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn gaussian(rng: &mut Rng) -> f64 {
    let u = 1.0 - rng.f();
    (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * rng.f()).cos()
}

/// Renders `text` as the resident page on the phone of `shot`, seen by the
/// kiosk camera. `None` when the text does not fit a QR code at the page's
/// level.
pub fn render(text: &str, page: &Page, shot: &Shot) -> Option<Frame> {
    let screen = Screen::new(text, page, shot)?;
    let optics = Optics::new(shot);
    let (qcx, qcy) = screen.qr_center();
    let pitch = screen.pitch;
    // Phone body in mm from the QR centre.
    let left = -qcx * pitch - shot.bezel_mm;
    let right = (screen.width_px - qcx) * pitch + shot.bezel_mm;
    let top = -qcy * pitch - shot.bezel_mm;
    let bottom = (screen.height_px - qcy) * pitch + shot.bezel_mm;
    let defocus = shot.defocus_px();
    let margin = 4.0 + defocus + shot.motion_px();
    let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for (u, v) in [(left, top), (right, top), (right, bottom), (left, bottom)] {
        let (x, y) = optics.project(u, v);
        bbox = [
            bbox[0].min(x),
            bbox[1].min(y),
            bbox[2].max(x),
            bbox[3].max(y),
        ];
    }
    let clampx = |v: f64| v.clamp(0.0, WIDTH as f64) as usize;
    let clampy = |v: f64| v.clamp(0.0, HEIGHT as f64) as usize;
    let bbox = [
        clampx(bbox[0] - margin),
        clampy(bbox[1] - margin),
        clampx(bbox[2] + margin),
        clampy(bbox[3] + margin),
    ];

    // Jacobian of device px → sensor px at the QR centre.
    let (x0, y0) = optics.project(0.0, 0.0);
    let (xu, yu) = optics.project(pitch, 0.0);
    let (xv, yv) = optics.project(0.0, pitch);
    let jac = [[xu - x0, xv - x0], [yu - y0, yv - y0]];
    let focal = shot.focal() / shot.center[2];
    let travel = [shot.motion[0] * focal, shot.motion[1] * focal];
    let harmonics = shot.grid.map(|g| harmonics(g, jac, defocus, travel));

    let room = |x: f64, y: f64| -> [f64; 3] {
        let g = shot.room
            * (1.0 + shot.room_tilt * (x / WIDTH as f64 - 0.5))
            * (1.0 + 0.15 * ((x * 0.013).sin() * (y * 0.021).cos()));
        [g * 1.05, g, g * 0.9]
    };
    let on_phone = |u: f64, v: f64| u >= left && u < right && v >= top && v < bottom;
    let on_screen =
        |i: f64, j: f64| i >= 0.0 && j >= 0.0 && i < screen.width_px && j < screen.height_px;
    let bezel = [0.012, 0.012, 0.014];

    // Scene radiance integrated over each pixel's area and the exposure.
    let mut chan: [Vec<f32>; 3] = std::array::from_fn(|_| vec![0f32; WIDTH * HEIGHT]);
    const SUB: usize = 3;
    for y in 0..HEIGHT {
        for x in 0..WIDTH {
            let inside = (bbox[0]..bbox[2]).contains(&x) && (bbox[1]..bbox[3]).contains(&y);
            let mut acc = [0.0; 3];
            let samples = if inside { SUB * SUB } else { 1 };
            for s in 0..samples {
                let (sx, sy, t) = if inside {
                    let (a, b) = (s % SUB, s / SUB);
                    // Stratified: each sub-position gets its own exposure time.
                    let t = ((s * 5) % (SUB * SUB)) as f64 / (SUB * SUB - 1) as f64;
                    (
                        x as f64 + (a as f64 + 0.5) / SUB as f64,
                        y as f64 + (b as f64 + 0.5) / SUB as f64,
                        t,
                    )
                } else {
                    (x as f64 + 0.5, y as f64 + 0.5, 0.5)
                };
                let hit = if inside {
                    optics.plane_point(sx, sy, t)
                } else {
                    None
                };
                let c = match hit {
                    Some((u, v)) if on_phone(u, v) => {
                        let (i, j) = (u / pitch + qcx, v / pitch + qcy);
                        if on_screen(i, j) {
                            screen.emission(i, j)
                        } else {
                            bezel
                        }
                    }
                    _ => room(sx, sy),
                };
                for k in 0..3 {
                    acc[k] += c[k];
                }
            }
            for k in 0..3 {
                chan[k][y * WIDTH + x] = (acc[k] / samples as f64) as f32;
            }
        }
    }
    for c in chan.iter_mut() {
        disc_blur(c, defocus / 2.0, bbox);
    }

    // Sub-pixel grid (moiré) and the glass's reflections, at pixel centres.
    for y in bbox[1]..bbox[3] {
        for x in bbox[0]..bbox[2] {
            let Some((u, v)) = optics.plane_point(x as f64 + 0.5, y as f64 + 0.5, 0.5) else {
                continue;
            };
            if !on_phone(u, v) {
                continue;
            }
            let (i, j) = (u / pitch + qcx, v / pitch + qcy);
            let idx = y * WIDTH + x;
            if let Some(hs) = &harmonics
                && on_screen(i, j)
            {
                for (k, list) in hs.iter().enumerate() {
                    let m: f64 = list
                        .iter()
                        .map(|h| {
                            h.amp
                                * (std::f64::consts::TAU * (h.g[0] * i + h.g[1] * j) + h.phase)
                                    .cos()
                        })
                        .sum();
                    chan[k][idx] *= (1.0 + m).max(0.0) as f32;
                }
            }
            let mut add = shot.reflection * shot.room * (1.2 - 0.4 * (v - top) / (bottom - top));
            if let Some(g) = &shot.glare {
                let (s, c) = g.angle.sin_cos();
                let d = (u * c + v * s - g.offset_mm) / g.width_mm;
                add += g.strength * shot.white * (-d * d).exp();
            }
            for c in chan.iter_mut() {
                c[idx] += add as f32;
            }
        }
    }

    // Auto-exposure: centre-weighted mean luma to mid grey.
    let (mut sum, mut wsum) = (0.0, 0.0);
    for y in (0..HEIGHT).step_by(4) {
        for x in (0..WIDTH).step_by(4) {
            let dx = (x as f64 - WIDTH as f64 / 2.0) / (0.35 * WIDTH as f64);
            let dy = (y as f64 - HEIGHT as f64 / 2.0) / (0.35 * WIDTH as f64);
            let w = (-(dx * dx + dy * dy)).exp();
            let i = y * WIDTH + x;
            let l =
                0.299 * chan[0][i] as f64 + 0.587 * chan[1][i] as f64 + 0.114 * chan[2][i] as f64;
            sum += w * l;
            wsum += w;
        }
    }
    let gain = (0.18 / (sum / wsum).max(1e-6)).clamp(0.05, 16.0);
    // Gain beyond what the exposure time gives is analog gain: more noise.
    let iso = (gain / 1.5).max(1.0);

    // Bayer RGGB mosaic with shot and read noise.
    let mut rng = Rng::new(shot.noise_seed);
    let mut raw = vec![0f32; WIDTH * HEIGHT];
    for y in 0..HEIGHT {
        for x in 0..WIDTH {
            let k = bayer_channel(x, y);
            let i = y * WIDTH + x;
            let mut v = (gain * chan[k][i] as f64).min(1.0);
            if shot.noise {
                let electrons = v * shot.full_well / iso;
                let sd =
                    (electrons + shot.read_noise * shot.read_noise).sqrt() * iso / shot.full_well;
                v += sd * gaussian(&mut rng);
            }
            raw[i] = v.clamp(0.0, 1.0) as f32;
        }
    }
    // Bilinear demosaic, gamma, 8 bits.
    let mut rgb = vec![0u8; WIDTH * HEIGHT * 3];
    const W: [f32; 3] = [1.0, 2.0, 1.0];
    for y in 0..HEIGHT {
        for x in 0..WIDTH {
            let mut acc = [0f32; 3];
            let mut wsum = [0f32; 3];
            for (dy, wy) in W.iter().enumerate() {
                let yy = (y + dy).wrapping_sub(1);
                if yy >= HEIGHT {
                    continue;
                }
                for (dx, wx) in W.iter().enumerate() {
                    let xx = (x + dx).wrapping_sub(1);
                    if xx >= WIDTH {
                        continue;
                    }
                    let k = bayer_channel(xx, yy);
                    acc[k] += wx * wy * raw[yy * WIDTH + xx];
                    wsum[k] += wx * wy;
                }
            }
            for k in 0..3 {
                let v = (acc[k] / wsum[k]).powf(1.0 / 2.2);
                rgb[(y * WIDTH + x) * 3 + k] = (v * 255.0 + 0.5) as u8;
            }
        }
    }
    let image = RgbImage::from_raw(WIDTH as u32, HEIGHT as u32, rgb)?;
    let image = match shot.jpeg_quality {
        Some(q) => {
            let mut bytes = Vec::new();
            JpegEncoder::new_with_quality(&mut bytes, q)
                .encode(
                    image.as_raw(),
                    WIDTH as u32,
                    HEIGHT as u32,
                    ExtendedColorType::Rgb8,
                )
                .ok()?;
            image::load_from_memory_with_format(&bytes, image::ImageFormat::Jpeg).ok()?
        }
        None => DynamicImage::ImageRgb8(image),
    };
    Some(Frame::from_image(&image))
}

fn bayer_channel(x: usize, y: usize) -> usize {
    match (x % 2, y % 2) {
        (0, 0) => 0,
        (1, 1) => 2,
        _ => 1,
    }
}

/// Sensor px per module at the QR centre.
pub fn module_px(text: &str, page: &Page, shot: &Shot) -> Option<f64> {
    let screen = Screen::new(text, page, shot)?;
    let mm = screen.qw * screen.pitch / screen.side() as f64;
    Some(mm * shot.focal() / shot.center[2])
}

/// Labels of what makes a frame hard, for the benchmark's per-effect counts.
pub fn effects(text: &str, page: &Page, shot: &Shot) -> String {
    let mut out = Vec::new();
    if shot.defocus_px() >= 2.0 {
        out.push("defocus");
    }
    if shot.motion_px() >= 1.5 {
        out.push("motion");
    }
    if shot.glare.is_some() {
        out.push("glare");
    }
    if shot.jpeg_quality.is_some_and(|q| q < 65) {
        out.push("jpeg-low");
    }
    if module_px(text, page, shot).is_some_and(|m| m < 2.6) {
        out.push("small");
    }
    if shot.pitch.abs().max(shot.yaw.abs()) > 0.25 {
        out.push("tilt");
    }
    if out.is_empty() {
        out.push("mild");
    }
    out.push(match shot.grid {
        Some(Grid::PenTile) => "pentile",
        Some(Grid::RgbStripe) => "stripe",
        None => "nogrid",
    });
    out.join(" ")
}

/// The request of frame `index`: alternately a 住民票 and a household move.
fn request(index: usize) -> Request {
    if index.is_multiple_of(2) {
        Request::Juminhyo
    } else {
        Request::MoveHousehold4
    }
}

/// The largest QR version per part of the sets' payloads: the product's
/// default when the set was made (issue 20), kept so that the set, and the
/// numbers measured on it, stay the same when the default changes (it is
/// now [`preapp::limits::DEFAULT_MAX_QR_VERSION`]; the encoder table of
/// `benches/scan.rs` measures both).
pub const SET_MAX_QR_VERSION: u8 = 20;

/// `n` single frames from `seed`, payloads as the product encoded them
/// when the set was made ([`SET_MAX_QR_VERSION`]), the page as it draws them.
pub fn phone_screens(n: usize, seed: u64) -> Vec<SynthSample> {
    let mut rng = Rng::new(seed);
    (0..n)
        .filter_map(|i| {
            let r = request(i);
            let text = r.parts(rng.next_u64(), SET_MAX_QR_VERSION).swap_remove(0);
            let shot = Shot::random(&mut rng);
            let page = Page::product();
            let frame = render(&text, &page, &shot)?;
            Some(SynthSample {
                effects: format!("{} {}", r.label(), effects(&text, &page, &shot)),
                frame,
                text,
                symbol: None,
            })
        })
        .collect()
}

/// A steady hand holding the phone up for `frames` camera frames: the
/// payload text and the frames. Pose drifts a little and trembles from
/// frame to frame (hence some motion blur); noise and compression are
/// fresh in every frame.
pub fn scene(seed: u64, frames: usize) -> (String, Vec<Frame>) {
    let (text, frames) = scene_frames(seed, frames);
    (text, frames.collect())
}

/// [`scene`], each frame rendered only when asked for (a reader that has
/// read the code stops early).
pub fn scene_frames(seed: u64, frames: usize) -> (String, impl Iterator<Item = Frame>) {
    let mut rng = Rng::new(seed ^ 0x5CE7E);
    let text = request(seed as usize)
        .parts(rng.next_u64(), SET_MAX_QR_VERSION)
        .swap_remove(0);
    let mut shot = Shot::random(&mut rng);
    let drift = [
        rng.range(-0.3, 0.3),
        rng.range(-0.3, 0.3),
        rng.range(-0.5, 0.5),
    ];
    let shown = text.clone();
    let frames = (0..frames).filter_map(move |_| {
        // Tremor: a few tenths of a mm and of a degree per frame.
        let step = drift.map(|d| d + 0.25 * gaussian(&mut rng));
        for (c, s) in shot.center.iter_mut().zip(step) {
            *c += s;
        }
        shot.motion = step;
        shot.roll += 0.004 * gaussian(&mut rng);
        shot.pitch += 0.004 * gaussian(&mut rng);
        shot.yaw += 0.004 * gaussian(&mut rng);
        shot.noise_seed = rng.next_u64();
        render(&shown, &Page::product(), &shot)
    });
    (text, frames)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_payloads_have_the_product_versions() {
        let v = |r: Request| preapp::qr::version_for(&r.parts(1, 20)[0]);
        assert_eq!(v(Request::Juminhyo), Some(10));
        assert_eq!(v(Request::MoveHousehold4), Some(15));
        assert!(Request::MoveHousehold4.parts(1, 10).len() >= 2);
        assert_ne!(
            Request::Juminhyo.parts(1, 20),
            Request::Juminhyo.parts(2, 20)
        );
    }

    #[test]
    fn frames_are_deterministic_per_seed_and_camera_sized() {
        let a = phone_screens(1, 5);
        let b = phone_screens(1, 5);
        assert_eq!(a.len(), 1);
        assert_eq!((a[0].frame.width, a[0].frame.height), (WIDTH, HEIGHT));
        assert_eq!(a[0].frame, b[0].frame);
        assert_eq!(a[0].text, b[0].text);
        assert_ne!(phone_screens(1, 6)[0].frame, a[0].frame);
        let (text, frames) = scene(3, 2);
        assert!(text.starts_with(preapp::codec::PREFIX));
        assert_eq!(frames.len(), 2);
        assert!(
            frames
                .iter()
                .all(|f| (f.width, f.height) == (WIDTH, HEIGHT))
        );
        // A steady hand still moves, and the noise is fresh in every frame.
        assert_ne!(frames[0], frames[1]);
    }

    /// Without degradations every frame reads; pushed hard (far out of
    /// focus, a strong reflection, heavy compression) the same shots do not.
    #[test]
    fn clean_frames_read_and_degradations_degrade() {
        let pipeline = super::super::decode::Pipeline::standard();
        let page = Page::product();
        let (mut clean_reads, mut strong_reads) = (0, 0);
        let seeds = [11u64, 12, 13];
        for (i, seed) in seeds.into_iter().enumerate() {
            let text = request(i).parts(seed, 20).swap_remove(0);
            let shot = Shot::random(&mut Rng::new(seed));
            let reads = |shot: &Shot| {
                let frame = render(&text, &page, shot).expect("renders");
                pipeline.decode(&frame).codes.contains(&text)
            };
            clean_reads += reads(&shot.clean()) as usize;
            let strong = Shot {
                aperture_mm: 2.5,
                focus_mm: 1000.0,
                glare: Some(Glare {
                    offset_mm: 0.0,
                    angle: 0.3,
                    width_mm: 15.0,
                    strength: 1.5,
                }),
                jpeg_quality: Some(20),
                ..shot
            };
            strong_reads += reads(&strong) as usize;
        }
        assert_eq!(clean_reads, seeds.len());
        assert!(
            strong_reads < clean_reads,
            "{strong_reads} of {clean_reads}"
        );
    }
}
