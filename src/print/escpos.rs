//! ESC/POS, the few commands a ticket slip needs, and the printer's status.
//!
//! Text is never sent as text: the slip is one raster image (`GS v 0`), so
//! what prints does not depend on the printer's code pages and every
//! language the kiosk shows prints. The image goes in bands of at most
//! [`BAND_ROWS`] rows, which every printer's receive buffer takes.
//!
//! Status is asked with the real-time request `DLE EOT n` (answered even
//! while the printer is offline): `n = 1` printer status (online or
//! offline), `2` why it is offline (cover open, paper end, error), `4` the
//! roll paper sensors (near end, end). Each answer is one byte whose fixed
//! bits (`0xx1 xx10`) say it is a status byte at all.

use super::raster::Raster;

pub const ESC: u8 = 0x1B;
pub const GS: u8 = 0x1D;
pub const DLE: u8 = 0x10;
pub const EOT: u8 = 0x04;

/// Rows per `GS v 0` band.
pub const BAND_ROWS: u32 = 128;

/// The status requests, in the order they are sent: printer, offline cause, paper.
pub const STATUS_KINDS: [u8; 3] = [1, 2, 4];

/// `ESC @`: clears the buffer and resets the modes.
pub fn initialize(out: &mut Vec<u8>) {
    out.extend_from_slice(&[ESC, b'@']);
}

/// `GS v 0` in bands; `raster.width` is a multiple of 8.
pub fn raster(out: &mut Vec<u8>, raster: &Raster) {
    let bytes_per_row = raster.bytes_per_row();
    let mut top = 0;
    while top < raster.height {
        let rows = BAND_ROWS.min(raster.height - top);
        let [xl, xh] = (bytes_per_row as u16).to_le_bytes();
        let [yl, yh] = (rows as u16).to_le_bytes();
        out.extend_from_slice(&[GS, b'v', b'0', 0, xl, xh, yl, yh]);
        let start = top as usize * bytes_per_row;
        out.extend_from_slice(&raster.bits[start..start + rows as usize * bytes_per_row]);
        top += rows;
    }
}

/// `ESC d n`: prints the buffer and feeds `lines` lines.
pub fn feed(out: &mut Vec<u8>, lines: u8) {
    out.extend_from_slice(&[ESC, b'd', lines]);
}

/// `GS V 66 0`: feeds to the cutter and cuts, leaving one point uncut, so
/// the slip hangs at the mouth until the resident takes it.
pub fn partial_cut(out: &mut Vec<u8>) {
    out.extend_from_slice(&[GS, b'V', 66, 0]);
}

/// `DLE EOT n`.
pub fn status_request(kind: u8) -> [u8; 3] {
    [DLE, EOT, kind]
}

/// The whole job for one slip: reset, the image, a little paper, the cut.
pub fn slip_job(image: &Raster) -> Vec<u8> {
    let mut out = Vec::with_capacity(image.bits.len() + 64);
    initialize(&mut out);
    raster(&mut out, image);
    feed(&mut out, 3);
    partial_cut(&mut out);
    out
}

/// The `GS v 0` images in a job, in order (for tests, and for whoever wants
/// to see what a printer would have printed).
pub fn rasters_in(job: &[u8]) -> Vec<Raster> {
    let mut images = Vec::new();
    let mut at = 0;
    while at + 8 <= job.len() {
        if job[at..at + 4] != [GS, b'v', b'0', 0] {
            at += 1;
            continue;
        }
        let bytes_per_row = usize::from(u16::from_le_bytes([job[at + 4], job[at + 5]]));
        let rows = usize::from(u16::from_le_bytes([job[at + 6], job[at + 7]]));
        let end = (at + 8 + bytes_per_row * rows).min(job.len());
        images.push(Raster {
            width: (bytes_per_row * 8) as u32,
            height: rows as u32,
            bits: job[at + 8..end].to_vec(),
        });
        at = end;
    }
    images
}

/// The answers to [`STATUS_KINDS`], as the printer sent them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Status {
    pub offline: bool,
    pub cover_open: bool,
    pub paper_out: bool,
    pub paper_near_end: bool,
    /// A mechanical, cutter or unrecoverable error.
    pub error: bool,
}

/// What a [`Status`] comes to, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrinterState {
    PaperOut,
    CoverOpen,
    Error,
    Offline,
    /// Prints, but the roll is nearly used up.
    PaperNearEnd,
    Online,
}

impl PrinterState {
    /// Whether a slip sent now comes out.
    pub fn prints(self) -> bool {
        matches!(self, PrinterState::Online | PrinterState::PaperNearEnd)
    }
}

impl Status {
    /// Reads the three answer bytes (`DLE EOT 1`, `2`, `4`); `None` when one
    /// is not a status byte.
    pub fn parse(replies: [u8; 3]) -> Option<Status> {
        if replies.iter().any(|b| b & 0x93 != 0x12) {
            return None;
        }
        let [printer, offline, paper] = replies;
        Some(Status {
            offline: printer & 0x08 != 0,
            cover_open: offline & 0x04 != 0,
            // Paper end is in both: the cause of going offline, and the sensor.
            paper_out: offline & 0x20 != 0 || paper & 0x60 != 0,
            paper_near_end: paper & 0x0C != 0,
            error: offline & 0x40 != 0,
        })
    }

    /// The answers a printer in `state` gives (the tests' fake printer).
    pub fn replies(state: PrinterState) -> [u8; 3] {
        let base = 0x12;
        match state {
            PrinterState::Online => [base, base, base],
            PrinterState::PaperNearEnd => [base, base, base | 0x0C],
            PrinterState::Offline => [base | 0x08, base, base],
            PrinterState::CoverOpen => [base | 0x08, base | 0x04, base],
            PrinterState::PaperOut => [base | 0x08, base | 0x20, base | 0x6C],
            PrinterState::Error => [base | 0x08, base | 0x40, base],
        }
    }

    pub fn state(&self) -> PrinterState {
        if self.paper_out {
            PrinterState::PaperOut
        } else if self.cover_open {
            PrinterState::CoverOpen
        } else if self.error {
            PrinterState::Error
        } else if self.offline {
            PrinterState::Offline
        } else if self.paper_near_end {
            PrinterState::PaperNearEnd
        } else {
            PrinterState::Online
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_survives_its_own_replies() {
        for state in [
            PrinterState::Online,
            PrinterState::PaperNearEnd,
            PrinterState::Offline,
            PrinterState::CoverOpen,
            PrinterState::PaperOut,
            PrinterState::Error,
        ] {
            let status = Status::parse(Status::replies(state)).expect("status bytes");
            assert_eq!(status.state(), state);
        }
        // An Epson answer seen in the wild: online, cover closed, paper fine.
        assert_eq!(
            Status::parse([0x16, 0x12, 0x12]).map(|s| s.state()),
            Some(PrinterState::Online)
        );
        // Not a status byte (a stray 'A').
        assert_eq!(Status::parse([0x41, 0x12, 0x12]), None);
    }

    #[test]
    fn a_tall_image_goes_in_bands_and_reads_back() {
        let mut bits = vec![0u8; 2 * 300];
        bits[0] = 0x80;
        bits[2 * 299 + 1] = 0x01;
        let image = Raster {
            width: 16,
            height: 300,
            bits,
        };
        let job = slip_job(&image);
        assert_eq!(&job[..2], &[ESC, b'@']);
        assert_eq!(&job[job.len() - 4..], &[GS, b'V', 66, 0]);
        let bands = rasters_in(&job);
        assert_eq!(
            bands.iter().map(|b| b.height).collect::<Vec<_>>(),
            [128, 128, 44]
        );
        assert_eq!(Raster::stack(&bands), image);
    }
}
