//! Printing the ticket slip (番号札) on a receipt printer.
//!
//! - [`escpos`]: our own small ESC/POS encoder over the spec (initialize,
//!   `GS v 0` raster in bands, feed, partial cut) and the `DLE EOT` status
//!   requests with their answers as [`PrinterState`]s;
//! - [`raster`]: the 1-bit image a thermal head prints;
//! - [`slip`]: the slip's layout, drawn with the kiosk's own fonts so every
//!   language prints ([`SlipRenderer`]);
//! - [`transport`]: raw TCP (`tcp://HOST:9100`) and USB device files
//!   (`usb:/dev/usb/lp0`), with timeouts and a typed [`PrintError`];
//! - [`cli`]: `madoguchi print slip`.
//!
//! [`SlipPrinter`] ties them together for the kiosk (a ticket's slip, the
//! facilities panel's test print) and the command line: the same code prints
//! both. Everything here blocks; the kiosk calls it off the UI thread.

pub mod cli;
pub mod escpos;
pub mod raster;
pub mod slip;
pub mod transport;

use std::sync::Mutex;

pub use escpos::{PrinterState, Status};
pub use raster::Raster;
pub use slip::{Paper, Slip, SlipRenderer};
pub use transport::{Answered, PrintError, PrinterUri};

use crate::i18n::I18n;

/// Renders slips and sends them. The fonts are read at the first slip, not
/// when the kiosk starts.
pub struct SlipPrinter {
    i18n: I18n,
    renderer: Mutex<Option<SlipRenderer>>,
}

impl SlipPrinter {
    pub fn new(i18n: I18n) -> SlipPrinter {
        SlipPrinter {
            i18n,
            renderer: Mutex::new(None),
        }
    }

    /// `slip` as the printer would print it.
    pub fn render(&self, slip: &Slip, paper: Paper) -> Raster {
        let mut renderer = self
            .renderer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        renderer
            .get_or_insert_with(|| SlipRenderer::new(self.i18n.clone()))
            .render(slip, paper)
    }

    /// The bytes of `slip`'s job (`ESC @`, the image, feed, cut).
    pub fn job(&self, slip: &Slip, paper: Paper) -> Vec<u8> {
        escpos::slip_job(&self.render(slip, paper))
    }

    /// Prints `slip` at `uri` when the printer can (see [`transport::print`]).
    pub fn print(
        &self,
        uri: &PrinterUri,
        paper: Paper,
        slip: &Slip,
    ) -> Result<Answered, PrintError> {
        let job = self.job(slip, paper);
        transport::print(uri, &job)
    }
}
