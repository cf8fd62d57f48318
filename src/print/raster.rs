//! A 1-bit image as a thermal printer takes it: rows of bytes, the leftmost
//! dot in the high bit, 1 = black.

use image::{GrayImage, Luma};

/// Grey levels darker than this print black. Text is drawn antialiased and
/// the QR's modules are pure black, so a threshold (not dithering) keeps
/// every edge sharp on a 203 dpi head.
pub const THRESHOLD: u8 = 128;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raster {
    /// Dots across, a multiple of 8.
    pub width: u32,
    pub height: u32,
    pub bits: Vec<u8>,
}

impl Raster {
    pub fn bytes_per_row(&self) -> usize {
        self.width.div_ceil(8) as usize
    }

    /// `image` thresholded at [`THRESHOLD`]; the width is padded with white
    /// to a multiple of 8.
    pub fn from_gray(image: &GrayImage) -> Raster {
        let width = image.width().div_ceil(8) * 8;
        let bytes_per_row = (width / 8) as usize;
        let mut bits = vec![0u8; bytes_per_row * image.height() as usize];
        for (x, y, Luma([level])) in image.enumerate_pixels() {
            if *level < THRESHOLD {
                bits[y as usize * bytes_per_row + x as usize / 8] |= 0x80 >> (x % 8);
            }
        }
        Raster {
            width,
            height: image.height(),
            bits,
        }
    }

    pub fn is_black(&self, x: u32, y: u32) -> bool {
        x < self.width
            && y < self.height
            && self.bits[y as usize * self.bytes_per_row() + x as usize / 8] & (0x80 >> (x % 8))
                != 0
    }

    /// Black on white, one pixel per dot.
    pub fn to_image(&self) -> GrayImage {
        GrayImage::from_fn(self.width, self.height, |x, y| {
            Luma([if self.is_black(x, y) { 0 } else { 255 }])
        })
    }

    /// Bands of one width, one under the other (a job's `GS v 0` images).
    pub fn stack(bands: &[Raster]) -> Raster {
        Raster {
            width: bands.first().map_or(0, |b| b.width),
            height: bands.iter().map(|b| b.height).sum(),
            bits: bands.iter().flat_map(|b| b.bits.iter().copied()).collect(),
        }
    }

    /// Black dots in rows `rows` (to find where something was printed).
    pub fn ink_in_rows(&self, rows: std::ops::Range<u32>) -> usize {
        let per_row = self.bytes_per_row();
        let start = rows.start.min(self.height) as usize * per_row;
        let end = rows.end.min(self.height) as usize * per_row;
        self.bits[start..end]
            .iter()
            .map(|b| b.count_ones() as usize)
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dark_pixels_become_set_bits_and_back() {
        let mut image = GrayImage::from_pixel(10, 2, Luma([255]));
        image.put_pixel(0, 0, Luma([0]));
        image.put_pixel(9, 1, Luma([100]));
        image.put_pixel(5, 1, Luma([200]));
        let raster = Raster::from_gray(&image);
        assert_eq!((raster.width, raster.bytes_per_row()), (16, 2));
        assert_eq!(raster.bits, [0x80, 0x00, 0x00, 0x40]);
        assert_eq!(raster.ink_in_rows(1..2), 1);
        let back = raster.to_image();
        assert_eq!(back.get_pixel(9, 1).0, [0]);
        assert_eq!(back.get_pixel(5, 1).0, [255]);
    }
}
