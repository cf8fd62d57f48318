//! QR images of payload texts: choosing the version, drawing PNGs, reading
//! them back. Level M (15 % recovery) is the usual trade-off for a code shown
//! on a phone screen: L fails on scratched or glaring screens, Q and H cost
//! two to four versions for the sizes of a household.

use std::path::Path;

use image::{GrayImage, Luma};
use qrcode::{EcLevel, QrCode, Version};

/// The smallest QR version holding `text` at level M, if any does.
pub fn version_for(text: &str) -> Option<u8> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    match code.version() {
        Version::Normal(v) => u8::try_from(v).ok(),
        Version::Micro(_) => None,
    }
}

/// A QR code of `text` at level M, smallest version, 8 px per module with
/// the standard 4-module quiet zone.
pub fn render(text: &str) -> Option<GrayImage> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(
        code.render::<Luma<u8>>()
            .module_dimensions(8, 8)
            .quiet_zone(true)
            .build(),
    )
}

/// Every QR text found in an image. rqrr can panic on unusual images, so it
/// runs under `catch_unwind`: a bad picture is "no code", never a crash.
pub fn read_image(image: &GrayImage) -> Vec<String> {
    let image = image.clone();
    std::panic::catch_unwind(move || {
        let mut prepared = rqrr::PreparedImage::prepare(image);
        prepared
            .detect_grids()
            .into_iter()
            .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
            .collect::<Vec<_>>()
    })
    .unwrap_or_default()
}

/// [`read_image`] of an image file; `Err` when the file is not a readable image.
pub fn read_file(path: &Path) -> Result<Vec<String>, image::ImageError> {
    let image = image::open(path)?.to_luma8();
    Ok(read_image(&image))
}
