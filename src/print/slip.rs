//! The ticket slip (番号札) as a 1-bit image the width of the paper.
//!
//! Top to bottom: the office, the service, the number large, people ahead
//! and the estimated wait, the time issued, the status QR (the URL the
//! ticket screen shows) and one line in the resident's language. The office
//! reads Japanese, so the rest is Japanese. Text is shaped and drawn by
//! cosmic-text (the engine iced draws the kiosk's screens with) in the
//! kiosk's own font files ([`crate::i18n::fonts::load`]), so Han, kana,
//! Hangul, Devanagari and Vietnamese diacritics print as on screen; then
//! everything is thresholded to 1 bit ([`Raster::from_gray`]).

use chrono::{DateTime, Utc};
use cosmic_text::{
    Align, Attrs, Buffer, Color, Family, FontSystem, Metrics, Shaping, SwashCache, Weight, fontdb,
};
use image::{GrayImage, Luma};
use qrcode::{EcLevel, QrCode};

use super::raster::Raster;
use crate::i18n::fonts::{LoadedFonts, family_for};
use crate::i18n::{I18n, Lang, Message};
use crate::model::Ticket;

/// Paper widths the slip is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 58 mm roll: 384 dots at 203 dpi.
    Mm58,
    /// 80 mm roll: 576 dots at 203 dpi.
    Mm80,
}

impl Paper {
    pub fn from_mm(mm: u16) -> Option<Paper> {
        match mm {
            58 => Some(Paper::Mm58),
            80 => Some(Paper::Mm80),
            _ => None,
        }
    }

    pub fn dots(self) -> u32 {
        match self {
            Paper::Mm58 => 384,
            Paper::Mm80 => 576,
        }
    }

    /// White dots left and right of the text.
    pub fn margin(self) -> u32 {
        self.dots() / 48
    }
}

/// Everything a slip says.
#[derive(Debug, Clone, PartialEq)]
pub struct Slip {
    pub office: String,
    pub service: Message,
    /// As displayed: `A-012`.
    pub number: String,
    pub people_ahead: u32,
    pub wait_minutes: u32,
    pub issued_at: DateTime<Utc>,
    /// The hub's status page (printed as a QR), when there is a hub.
    pub status_url: Option<String>,
    /// The resident's language (their line at the bottom).
    pub lang: Lang,
}

impl Slip {
    pub fn of_ticket(
        office: &str,
        ticket: &Ticket,
        service: Message,
        status_url: Option<String>,
        lang: Lang,
    ) -> Slip {
        Slip {
            office: office.to_owned(),
            service,
            number: ticket.number.clone(),
            // Position 1 is next; an offline number (0) knows of nobody ahead.
            people_ahead: ticket.position.saturating_sub(1),
            wait_minutes: ticket.estimated_wait_minutes,
            issued_at: ticket.issued_at,
            status_url,
            lang,
        }
    }

    /// The sample the facilities test print and `madoguchi print slip` print.
    pub fn sample(office: &str, lang: Lang, issued_at: DateTime<Utc>) -> Slip {
        Slip {
            office: office.to_owned(),
            service: Message::new("hub-service-certificates"),
            number: "A-012".into(),
            people_ahead: 3,
            wait_minutes: 12,
            issued_at,
            status_url: Some(format!("http://127.0.0.1:8750/status?lang={}", lang.code())),
            lang,
        }
    }
}

/// The one language the office reads the slip in.
fn office_lang() -> Lang {
    Lang::ja()
}

/// Lays slips out and draws them; holds the fonts (read once: the CJK
/// collections are tens of megabytes).
pub struct SlipRenderer {
    fonts: FontSystem,
    glyphs: SwashCache,
    i18n: I18n,
}

impl SlipRenderer {
    /// With the font files the kiosk's windows load.
    pub fn new(i18n: I18n) -> SlipRenderer {
        SlipRenderer::with_fonts(i18n, &crate::i18n::fonts::load())
    }

    pub fn with_fonts(i18n: I18n, loaded: &LoadedFonts) -> SlipRenderer {
        let mut db = fontdb::Database::new();
        for bytes in &loaded.bytes {
            db.load_font_data(bytes.to_vec());
        }
        SlipRenderer {
            fonts: FontSystem::new_with_locale_and_db("ja-JP".into(), db),
            glyphs: SwashCache::new(),
            i18n,
        }
    }

    /// The slip, thresholded to 1 bit, [`Paper::dots`] wide.
    pub fn render(&mut self, slip: &Slip, paper: Paper) -> Raster {
        Raster::from_gray(&self.render_gray(slip, paper))
    }

    fn render_gray(&mut self, slip: &Slip, paper: Paper) -> GrayImage {
        let width = paper.dots();
        let scale = width as f32 / 384.0;
        let ja = office_lang();
        let ja_family = family_for(ja.code());
        let tr = |key: &str, args: &[(&str, u32)]| {
            let message = args
                .iter()
                .fold(Message::new(key), |m, (name, value)| m.arg(*name, *value));
            self.i18n.render(&ja, &message)
        };
        let time = slip
            .issued_at
            .with_timezone(&chrono_tz::Asia::Tokyo)
            .format("%Y-%m-%d %H:%M")
            .to_string();
        let blocks: Vec<TextBlock> = vec![
            TextBlock::bold(slip.office.clone(), ja_family, 26.0),
            TextBlock::regular(self.i18n.render(&ja, &slip.service), ja_family, 26.0),
            TextBlock::regular(tr("print-slip-number", &[]), ja_family, 22.0),
            number_block(&slip.number),
            TextBlock::regular(
                tr("kiosk-ticket-ahead", &[("count", slip.people_ahead)]),
                ja_family,
                24.0,
            ),
            TextBlock::regular(
                tr("kiosk-ticket-wait", &[("minutes", slip.wait_minutes)]),
                ja_family,
                24.0,
            ),
            TextBlock::regular(
                self.i18n.render(
                    &ja,
                    &Message::new("print-slip-issued").arg("time", time.as_str()),
                ),
                ja_family,
                20.0,
            ),
        ];
        let resident = TextBlock::regular(
            self.i18n
                .render(&slip.lang, &Message::new("print-slip-resident-line")),
            family_for(slip.lang.code()),
            22.0,
        );
        let hint = TextBlock::regular(tr("kiosk-ticket-qr-hint", &[]), ja_family, 18.0);

        let margin = paper.margin();
        let text_width = width - 2 * margin;
        let mut pieces: Vec<GrayImage> = blocks
            .iter()
            .map(|block| self.draw_text(block, scale, text_width))
            .collect();
        if let Some(qr) = slip
            .status_url
            .as_deref()
            .and_then(|url| qr_image(url, width))
        {
            pieces.push(qr);
            pieces.push(self.draw_text(&hint, scale, text_width));
        }
        pieces.push(rule(text_width, (2.0 * scale).ceil() as u32));
        pieces.push(self.draw_text(&resident, scale, text_width));

        let gap = (10.0 * scale).round() as u32;
        let height = pieces.iter().map(|p| p.height() + gap).sum::<u32>() + 2 * margin;
        let mut page = GrayImage::from_pixel(width, height, Luma([255]));
        let mut y = margin;
        for piece in &pieces {
            let x = (width - piece.width()) / 2;
            image::imageops::overlay(&mut page, piece, i64::from(x), i64::from(y));
            y += piece.height() + gap;
        }
        page
    }

    /// The number alone, as the slip has it ([`Paper::margin`] from the
    /// left): tests find it in a printed slip.
    pub fn render_number(&mut self, number: &str, paper: Paper) -> Raster {
        let scale = paper.dots() as f32 / 384.0;
        let width = paper.dots() - 2 * paper.margin();
        Raster::from_gray(&self.draw_text(&number_block(number), scale, width))
    }

    /// One block of text, centred and wrapped to `width`, as tall as its lines.
    fn draw_text(&mut self, block: &TextBlock, scale: f32, width: u32) -> GrayImage {
        let size = block.size * scale;
        let mut buffer = Buffer::new(&mut self.fonts, Metrics::new(size, size * 1.25));
        let mut buffer = buffer.borrow_with(&mut self.fonts);
        buffer.set_size(Some(width as f32), None);
        let attrs = Attrs::new()
            .family(Family::Name(block.family))
            .weight(block.weight);
        buffer.set_text(&block.text, &attrs, Shaping::Advanced, Some(Align::Center));
        buffer.shape_until_scroll(true);
        let height = buffer
            .layout_runs()
            .map(|run| run.line_top + run.line_height)
            .fold(0.0f32, f32::max)
            .ceil() as u32;
        let mut image = GrayImage::from_pixel(width, height.max(1), Luma([255]));
        buffer.draw(
            &mut self.glyphs,
            Color::rgb(0, 0, 0),
            |x, y, w, h, color| {
                for dy in 0..h as i32 {
                    for dx in 0..w as i32 {
                        let (px, py) = (x + dx, y + dy);
                        if px < 0 || py < 0 || px as u32 >= width || py as u32 >= image.height() {
                            continue;
                        }
                        let pixel = image.get_pixel_mut(px as u32, py as u32);
                        pixel.0[0] = pixel.0[0].min(255 - color.a());
                    }
                }
            },
        );
        image
    }
}

/// The number, large and bold.
fn number_block(number: &str) -> TextBlock {
    let family = if number.is_ascii() {
        // Numbers are Latin ("A-004"): the Latin face draws them best.
        family_for("en")
    } else {
        family_for(office_lang().code())
    };
    TextBlock::bold(number.to_owned(), family, 110.0)
}

struct TextBlock {
    text: String,
    family: &'static str,
    /// Pixels on 58 mm paper; scaled for wider paper.
    size: f32,
    weight: Weight,
}

impl TextBlock {
    fn regular(text: String, family: &'static str, size: f32) -> TextBlock {
        TextBlock {
            text,
            family,
            size,
            weight: Weight::NORMAL,
        }
    }

    fn bold(text: String, family: &'static str, size: f32) -> TextBlock {
        TextBlock {
            weight: Weight::BOLD,
            ..TextBlock::regular(text, family, size)
        }
    }
}

/// The QR of `url` with its quiet zone, in whole dots per module, at most
/// 60% of the paper wide (a phone reads it from a hand's length).
fn qr_image(url: &str, paper_width: u32) -> Option<GrayImage> {
    let code = match QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M) {
        Ok(code) => code,
        Err(error) => {
            tracing::warn!(%error, "status URL does not fit a QR code; slip without it");
            return None;
        }
    };
    let modules = code.width() as u32;
    let quiet = 4;
    let dot = (paper_width * 6 / 10 / (modules + 2 * quiet)).max(2);
    let side = (modules + 2 * quiet) * dot;
    Some(GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = (
            (x / dot) as i64 - quiet as i64,
            (y / dot) as i64 - quiet as i64,
        );
        let inside = (0..modules as i64).contains(&mx) && (0..modules as i64).contains(&my);
        let dark = inside && code[(mx as usize, my as usize)] == qrcode::Color::Dark;
        Luma([if dark { 0 } else { 255 }])
    }))
}

/// A thin line across: the resident's own line is set apart.
fn rule(width: u32, thickness: u32) -> GrayImage {
    GrayImage::from_pixel(width, thickness, Luma([0]))
}
