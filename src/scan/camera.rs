//! Camera capture: a thread per camera that converts frames to grayscale and
//! sends them through a channel, surviving unplug and replug.
//!
//! The capture loop ([`spawn_capture`]) is written against two small traits
//! so it can be tested without hardware: a [`CameraOpener`] opens a
//! [`CameraDevice`], and a device *runs*, handing raw frames to a sink until
//! the sink asks to stop (`Ok`) or the device fails (`Err`, e.g. unplugged).
//! On failure the loop reports [`DeviceStatus::Lost`], waits (backoff
//! 200 ms doubling to 2 s) and reopens, reporting [`DeviceStatus::Opened`]
//! when the camera is back. Nothing in this path panics the process: device
//! code runs under [`super::decode::contain`].
//!
//! Frames are sent with `try_send` on a bounded channel: when the consumer
//! (decoder, preview) is slower than the camera, old frames are dropped, never
//! queued, so the preview shows the present.
//!
//! The V4L2 device ([`v4l2::V4l2Opener`], Linux, cargo feature `camera`,
//! which needs libclang at build time for the `v4l` crate's bindings) asks for
//! 1280×720 YUYV and accepts what the driver offers among YUYV, MJPEG and
//! GREY.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{SyncSender, TrySendError};
use std::thread::JoinHandle;
use std::time::Duration;

use super::{DeviceStatus, Frame};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PixelFormat {
    /// Packed 4:2:2, Y0 U Y1 V: luma is every other byte.
    Yuyv,
    /// Motion JPEG: each frame a JPEG image.
    Mjpeg,
    /// 8-bit luma.
    Gray,
}

#[derive(Clone, Debug)]
pub struct RawFrame {
    pub width: usize,
    pub height: usize,
    pub format: PixelFormat,
    pub data: Vec<u8>,
}

#[derive(Debug, thiserror::Error)]
pub enum CameraError {
    #[error("camera {device}: {reason}")]
    Device { device: String, reason: String },
    #[error("bad frame: {0}")]
    Frame(String),
}

/// Grayscale from a raw camera frame. Short buffers are an error, never a
/// panic (drivers do deliver truncated frames on disconnect).
pub fn to_gray(raw: &RawFrame) -> Result<Frame, CameraError> {
    let n = raw
        .width
        .checked_mul(raw.height)
        .ok_or_else(|| CameraError::Frame("size overflow".into()))?;
    match raw.format {
        PixelFormat::Yuyv => {
            if raw.data.len() < 2 * n {
                return Err(CameraError::Frame(format!(
                    "YUYV {}x{} needs {} bytes, got {}",
                    raw.width,
                    raw.height,
                    2 * n,
                    raw.data.len()
                )));
            }
            let pixels = raw.data[..2 * n].iter().step_by(2).copied().collect();
            Frame::new(raw.width, raw.height, pixels)
                .ok_or_else(|| CameraError::Frame("size".into()))
        }
        PixelFormat::Gray => {
            if raw.data.len() < n {
                return Err(CameraError::Frame("short GREY frame".into()));
            }
            Frame::new(raw.width, raw.height, raw.data[..n].to_vec())
                .ok_or_else(|| CameraError::Frame("size".into()))
        }
        PixelFormat::Mjpeg => {
            let img = super::decode::contain(|| {
                image::load_from_memory_with_format(&raw.data, image::ImageFormat::Jpeg)
            })
            .map_err(CameraError::Frame)?
            .map_err(|e| CameraError::Frame(e.to_string()))?;
            Ok(Frame::from_image(&img))
        }
    }
}

/// An open camera.
pub trait CameraDevice {
    /// Captures until `sink` returns `false` (then `Ok`) or the device fails.
    fn run(&mut self, sink: &mut dyn FnMut(RawFrame) -> bool) -> Result<(), CameraError>;
}

/// Opens (and after a failure, reopens) a camera.
pub trait CameraOpener: Send + 'static {
    /// Name for status messages, e.g. `/dev/video0`.
    fn name(&self) -> String;
    fn open(&mut self) -> Result<Box<dyn CameraDevice>, CameraError>;
}

#[derive(Debug)]
pub enum CaptureEvent {
    Frame(Frame),
    Status(DeviceStatus),
}

#[derive(Clone, Copy, Debug)]
pub struct CaptureConfig {
    pub first_retry: Duration,
    pub max_retry: Duration,
}

impl Default for CaptureConfig {
    fn default() -> Self {
        CaptureConfig {
            first_retry: Duration::from_millis(200),
            max_retry: Duration::from_secs(2),
        }
    }
}

/// Stops the capture thread when dropped (or on [`CaptureHandle::stop`]).
pub struct CaptureHandle {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl CaptureHandle {
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Drop for CaptureHandle {
    fn drop(&mut self) {
        self.halt();
    }
}

/// Sleeps up to `d`, waking early when asked to stop.
fn sleep_unless_stopped(stop: &AtomicBool, d: Duration) {
    let step = Duration::from_millis(20);
    let mut left = d;
    while !left.is_zero() && !stop.load(Ordering::SeqCst) {
        let s = left.min(step);
        std::thread::sleep(s);
        left -= s;
    }
}

/// Starts the capture thread. Frames that fail conversion are skipped;
/// device errors (and panics in device code) lead to `Lost` and a reopen.
/// The thread also ends when the receiver is gone.
pub fn spawn_capture(
    mut opener: impl CameraOpener,
    config: CaptureConfig,
    tx: SyncSender<CaptureEvent>,
) -> CaptureHandle {
    let stop = Arc::new(AtomicBool::new(false));
    let stop_t = stop.clone();
    let thread = std::thread::Builder::new()
        .name("madoguchi-camera".into())
        .spawn(move || {
            let name = opener.name();
            let mut retry = config.first_retry;
            let mut lost_reported = false;
            while !stop_t.load(Ordering::SeqCst) {
                let opened = super::decode::contain(|| opener.open()).unwrap_or_else(|p| {
                    Err(CameraError::Device {
                        device: name.clone(),
                        reason: p,
                    })
                });
                let mut device = match opened {
                    Ok(d) => d,
                    Err(e) => {
                        if !lost_reported {
                            let status = DeviceStatus::Lost {
                                device: name.clone(),
                                reason: e.to_string(),
                            };
                            if tx.send(CaptureEvent::Status(status)).is_err() {
                                return;
                            }
                            lost_reported = true;
                        }
                        sleep_unless_stopped(&stop_t, retry);
                        retry = (retry * 2).min(config.max_retry);
                        continue;
                    }
                };
                retry = config.first_retry;
                lost_reported = false;
                let opened = DeviceStatus::Opened {
                    device: name.clone(),
                };
                if tx.send(CaptureEvent::Status(opened)).is_err() {
                    return;
                }
                let mut receiver_gone = false;
                let mut sink = |raw: RawFrame| {
                    if stop_t.load(Ordering::SeqCst) {
                        return false;
                    }
                    if let Ok(frame) = to_gray(&raw) {
                        match tx.try_send(CaptureEvent::Frame(frame)) {
                            Ok(()) | Err(TrySendError::Full(_)) => {}
                            Err(TrySendError::Disconnected(_)) => {
                                receiver_gone = true;
                                return false;
                            }
                        }
                    }
                    true
                };
                let result = super::decode::contain(|| device.run(&mut sink)).unwrap_or_else(|p| {
                    Err(CameraError::Device {
                        device: name.clone(),
                        reason: p,
                    })
                });
                drop(device);
                if receiver_gone {
                    return;
                }
                if let Err(e) = result {
                    let status = DeviceStatus::Lost {
                        device: name.clone(),
                        reason: e.to_string(),
                    };
                    if tx.send(CaptureEvent::Status(status)).is_err() {
                        return;
                    }
                    lost_reported = true;
                    sleep_unless_stopped(&stop_t, retry);
                }
            }
        })
        .expect("spawning a thread only fails when the OS is out of resources");
    CaptureHandle {
        stop,
        thread: Some(thread),
    }
}

/// The video capture devices of this machine (`/dev/video*`), sorted by
/// number; empty where there are none (or no `/dev`).
pub fn list_devices() -> Vec<String> {
    list_devices_in(std::path::Path::new("/dev"))
}

/// [`list_devices`] in another folder (tests).
pub fn list_devices_in(dev: &std::path::Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dev) else {
        return Vec::new();
    };
    let mut found: Vec<(u32, String)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let number = name.strip_prefix("video")?.parse().ok()?;
            Some((number, e.path().display().to_string()))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, path)| path).collect()
}

/// A frame for a preview on screen: RGBA pixels, scaled down (nearest
/// pixel) so its width is at most `max_width`. Returns `(width, height,
/// rgba)`.
pub fn preview_rgba(frame: &Frame, max_width: usize) -> (u32, u32, Vec<u8>) {
    let step = frame.width.div_ceil(max_width.max(1)).max(1);
    let (width, height) = (frame.width / step, frame.height / step);
    let mut rgba = Vec::with_capacity(width * height * 4);
    for y in 0..height {
        let row = &frame.pixels[y * step * frame.width..];
        for x in 0..width {
            let luma = row[x * step];
            rgba.extend_from_slice(&[luma, luma, luma, 255]);
        }
    }
    (width as u32, height as u32, rgba)
}

#[cfg(all(target_os = "linux", feature = "camera"))]
pub mod v4l2 {
    //! V4L2 capture through the `v4l` crate (memory-mapped streaming).
    use super::*;
    use v4l::buffer::Type;
    use v4l::io::traits::CaptureStream;
    use v4l::video::Capture;

    pub struct V4l2Opener {
        pub path: String,
        pub width: u32,
        pub height: u32,
    }

    impl V4l2Opener {
        pub fn new(path: impl Into<String>) -> V4l2Opener {
            V4l2Opener {
                path: path.into(),
                width: 1280,
                height: 720,
            }
        }
    }

    struct V4l2Device {
        dev: v4l::Device,
        name: String,
        width: usize,
        height: usize,
        format: PixelFormat,
    }

    fn err(device: &str, e: impl std::fmt::Display) -> CameraError {
        CameraError::Device {
            device: device.to_string(),
            reason: e.to_string(),
        }
    }

    impl CameraOpener for V4l2Opener {
        fn name(&self) -> String {
            self.path.clone()
        }

        fn open(&mut self) -> Result<Box<dyn CameraDevice>, CameraError> {
            let dev = v4l::Device::with_path(&self.path).map_err(|e| err(&self.path, e))?;
            let mut fmt = dev.format().map_err(|e| err(&self.path, e))?;
            fmt.width = self.width;
            fmt.height = self.height;
            fmt.fourcc = v4l::FourCC::new(b"YUYV");
            // The driver answers with what it can do; take that.
            let fmt = dev.set_format(&fmt).map_err(|e| err(&self.path, e))?;
            let format = match &fmt.fourcc.repr {
                b"YUYV" => PixelFormat::Yuyv,
                b"MJPG" => PixelFormat::Mjpeg,
                b"GREY" => PixelFormat::Gray,
                other => {
                    return Err(err(
                        &self.path,
                        format!(
                            "unsupported pixel format {}",
                            String::from_utf8_lossy(other)
                        ),
                    ));
                }
            };
            Ok(Box::new(V4l2Device {
                dev,
                name: self.path.clone(),
                width: fmt.width as usize,
                height: fmt.height as usize,
                format,
            }))
        }
    }

    impl CameraDevice for V4l2Device {
        fn run(&mut self, sink: &mut dyn FnMut(RawFrame) -> bool) -> Result<(), CameraError> {
            let mut stream = v4l::io::mmap::Stream::with_buffers(&self.dev, Type::VideoCapture, 4)
                .map_err(|e| err(&self.name, e))?;
            // A timeout turns a silent unplug into an error.
            stream.set_timeout(Duration::from_secs(2));
            loop {
                let (buf, meta) = stream.next().map_err(|e| err(&self.name, e))?;
                let used = (meta.bytesused as usize).min(buf.len());
                let raw = RawFrame {
                    width: self.width,
                    height: self.height,
                    format: self.format,
                    data: buf[..used].to_vec(),
                };
                if !sink(raw) {
                    return Ok(());
                }
            }
        }
    }
}
