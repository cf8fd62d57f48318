//! Sources: image files and folders (and the CLI over them), the
//! keyboard-wedge timing detector, and the camera through a fake device.

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;
use std::sync::mpsc::sync_channel;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use madoguchi::scan::camera::{
    CameraDevice, CameraError, CameraOpener, CaptureConfig, CaptureEvent, PixelFormat, RawFrame,
    spawn_capture, to_gray,
};
use madoguchi::scan::cli::{ScanArgs, scan_to};
use madoguchi::scan::decode::Pipeline;
use madoguchi::scan::scanner::{Deduper, Scanner};
use madoguchi::scan::source::ImageSource;
use madoguchi::scan::wedge::{WedgeDetector, WedgeOutput};
use madoguchi::scan::{DeviceStatus, Frame, ScanEvent, synth};

fn write_png(path: &std::path::Path, frame: &Frame) {
    frame.to_image().save(path).unwrap();
}

#[test]
fn files_and_folders_and_cli_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    write_png(
        &dir.path().join("a.png"),
        &synth::render_qr("FILE-A", 4).unwrap(),
    );
    write_png(&sub.join("b.png"), &synth::render_qr("FILE-B", 4).unwrap());
    write_png(&sub.join("blank.png"), &Frame::filled(50, 50, 255));
    std::fs::write(sub.join("notes.txt"), "ignored in folders").unwrap();
    std::fs::write(dir.path().join("broken.png"), b"not a png").unwrap();

    let items: Vec<_> = ImageSource::new(&[dir.path().to_path_buf()]).collect();
    // Folder walk: a.png, broken.png, sub/b.png, sub/blank.png (txt skipped).
    assert_eq!(items.len(), 4);
    assert!(items.iter().filter(|(_, f)| f.is_err()).count() == 1);

    let args = ScanArgs {
        files: vec![
            dir.path().to_path_buf(),
            PathBuf::from("/nonexistent/x.png"),
        ],
        lang: "en".into(),
    };
    let mut out = Vec::new();
    let with_codes = scan_to(&args, &mut out).unwrap();
    assert_eq!(with_codes, 2);
    let lines: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    let by_file = |end: &str| {
        lines
            .iter()
            .find(|l| l["file"].as_str().unwrap().ends_with(end))
            .unwrap()
    };
    assert_eq!(by_file("a.png")["codes"], serde_json::json!(["FILE-A"]));
    assert_eq!(by_file("b.png")["codes"], serde_json::json!(["FILE-B"]));
    assert_eq!(by_file("blank.png")["codes"], serde_json::json!([]));
    assert!(by_file("blank.png")["ms"].as_f64().is_some());
    assert!(
        by_file("broken.png")["error"]
            .as_str()
            .unwrap()
            .contains("broken.png")
    );
    assert!(
        by_file("x.png")["error"]
            .as_str()
            .unwrap()
            .starts_with("Cannot read")
    );
}

fn feed(d: &mut WedgeDetector, t0: Instant, keys: &[(char, u64)]) -> Vec<WedgeOutput> {
    keys.iter()
        .filter_map(|&(c, ms)| d.push(c, t0 + Duration::from_millis(ms)))
        .collect()
}

fn timed(text: &str, start: u64, gap: u64) -> Vec<(char, u64)> {
    let mut v: Vec<(char, u64)> = text
        .chars()
        .enumerate()
        .map(|(i, c)| (c, start + i as u64 * gap))
        .collect();
    v.push(('\n', start + text.chars().count() as u64 * gap));
    v
}

#[test]
fn wedge_tells_scanner_burst_from_typing() {
    let t0 = Instant::now();
    let mut d = WedgeDetector::default();
    // Scanner: 8 ms between keys.
    assert_eq!(
        feed(&mut d, t0, &timed("MDG1:ABC", 0, 8)),
        vec![WedgeOutput::Scan("MDG1:ABC".into())]
    );
    // Person: 150 ms between keys → each pause breaks the run; Enter ends typing.
    let out = feed(&mut d, t0, &timed("hello", 1000, 150));
    assert!(
        out.iter().all(|o| matches!(o, WedgeOutput::Typed(_))),
        "{out:?}"
    );
    assert!(!out.is_empty());
    // Even but slowish typing (60 ms mean, no long pause): not a scan.
    assert_eq!(
        feed(&mut d, t0, &timed("abcdef", 5000, 60)),
        vec![WedgeOutput::Typed("abcdef".into())]
    );
    // Too short for a scan even if fast.
    assert_eq!(
        feed(&mut d, t0, &timed("ab", 8000, 5)),
        vec![WedgeOutput::Typed("ab".into())]
    );
    // A burst left without Enter is flushed as typing by poll.
    feed(&mut d, t0, &[('x', 9000), ('y', 9005)]);
    assert!(d.is_pending());
    assert_eq!(d.poll(t0 + Duration::from_millis(9010)), None);
    assert_eq!(
        d.poll(t0 + Duration::from_millis(9500)),
        Some(WedgeOutput::Typed("xy".into()))
    );
    // A person typed a letter, then a scan follows after a pause: scan is clean.
    let mut keys = vec![('q', 20_000)];
    keys.extend(timed("PAYLOAD-2", 21_000, 4));
    let out = feed(&mut d, t0, &keys);
    assert_eq!(
        out,
        vec![
            WedgeOutput::Typed("q".into()),
            WedgeOutput::Scan("PAYLOAD-2".into())
        ]
    );
}

#[test]
fn wedge_scans_reach_the_scanner_stream() {
    let scanner = Scanner::new();
    let sink = scanner.wedge_sink();
    let mut d = WedgeDetector::default();
    let t0 = Instant::now();
    for out in feed(&mut d, t0, &timed("MDG1:XYZ", 0, 5)) {
        assert!(sink.deliver(out));
    }
    match scanner
        .events()
        .recv_timeout(Duration::from_secs(1))
        .unwrap()
    {
        ScanEvent::Text(t) => assert_eq!(t, "MDG1:XYZ"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn deduper_reports_a_code_in_view_once() {
    let t0 = Instant::now();
    let mut d = Deduper::new(Duration::from_secs(2));
    assert!(d.admit("A", t0));
    for s in 1..10 {
        // Seen every second: stays suppressed.
        assert!(!d.admit("A", t0 + Duration::from_secs(s)));
    }
    assert!(d.admit("B", t0 + Duration::from_secs(9)));
    // Out of view for longer than the hold: reported again.
    assert!(d.admit("A", t0 + Duration::from_secs(12)));
}

fn yuyv_of(frame: &Frame) -> RawFrame {
    let data = frame.pixels.iter().flat_map(|&y| [y, 128]).collect();
    RawFrame {
        width: frame.width,
        height: frame.height,
        format: PixelFormat::Yuyv,
        data,
    }
}

#[test]
fn pixel_conversions() {
    let f = synth::render_qr("CONV", 2).unwrap();
    assert_eq!(to_gray(&yuyv_of(&f)).unwrap(), f);
    let mut jpeg = Vec::new();
    f.to_image()
        .write_to(
            &mut std::io::Cursor::new(&mut jpeg),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    let g = to_gray(&RawFrame {
        width: f.width,
        height: f.height,
        format: PixelFormat::Mjpeg,
        data: jpeg,
    })
    .unwrap();
    assert_eq!((g.width, g.height), (f.width, f.height));
    // Truncated and garbage frames are errors, not panics.
    let mut short = yuyv_of(&f);
    short.data.truncate(10);
    assert!(to_gray(&short).is_err());
    assert!(
        to_gray(&RawFrame {
            width: 4,
            height: 4,
            format: PixelFormat::Mjpeg,
            data: vec![0xFF, 0xD8, 1]
        })
        .is_err()
    );
}

/// A recorded camera: plays its frames, then "unplugs" (error). Opening
/// fails while `unplugged` is set, like a missing /dev/video0.
struct FakeCamera {
    frames: Vec<RawFrame>,
    unplugged: Arc<Mutex<u32>>,
    opens: Arc<Mutex<u32>>,
}
struct FakeDevice {
    frames: Vec<RawFrame>,
    panic_after: bool,
}
impl CameraDevice for FakeDevice {
    fn run(&mut self, sink: &mut dyn FnMut(RawFrame) -> bool) -> Result<(), CameraError> {
        for f in &self.frames {
            if !sink(f.clone()) {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        if self.panic_after {
            panic!("driver bug");
        }
        Err(CameraError::Device {
            device: "fake".into(),
            reason: "unplugged".into(),
        })
    }
}
impl CameraOpener for FakeCamera {
    fn name(&self) -> String {
        "fake0".into()
    }
    fn open(&mut self) -> Result<Box<dyn CameraDevice>, CameraError> {
        let mut n = self.unplugged.lock().unwrap();
        if *n > 0 {
            *n -= 1;
            return Err(CameraError::Device {
                device: "fake0".into(),
                reason: "no such device".into(),
            });
        }
        let mut opens = self.opens.lock().unwrap();
        *opens += 1;
        Ok(Box::new(FakeDevice {
            frames: self.frames.clone(),
            panic_after: *opens == 2,
        }))
    }
}

#[test]
fn camera_capture_survives_unplug_replug_and_driver_panic() {
    let qr = synth::render_qr("CAMERA-1", 4).unwrap();
    let frames = vec![
        yuyv_of(&qr),
        RawFrame {
            width: 2,
            height: 2,
            format: PixelFormat::Yuyv,
            data: vec![],
        },
        yuyv_of(&qr),
    ];
    let opens = Arc::new(Mutex::new(0));
    let cam = FakeCamera {
        frames,
        unplugged: Arc::new(Mutex::new(2)),
        opens: opens.clone(),
    };
    let (tx, rx) = sync_channel(64);
    let config = CaptureConfig {
        first_retry: Duration::from_millis(10),
        max_retry: Duration::from_millis(40),
    };
    let handle = spawn_capture(cam, config, tx);
    let mut statuses = Vec::new();
    let mut good_frames = 0;
    let deadline = Instant::now() + Duration::from_secs(10);
    while *opens.lock().unwrap() < 3 && Instant::now() < deadline {
        match rx.recv_timeout(Duration::from_millis(500)) {
            Ok(CaptureEvent::Status(s)) => statuses.push(s),
            Ok(CaptureEvent::Frame(f)) => {
                assert_eq!(f, qr);
                good_frames += 1;
            }
            Err(_) => {}
        }
    }
    handle.stop();
    // Missing at start (reported once), opened, lost (unplug), reopened,
    // lost (contained driver panic), reopened.
    assert!(
        matches!(statuses[0], DeviceStatus::Lost { .. }),
        "{statuses:?}"
    );
    assert!(
        matches!(statuses[1], DeviceStatus::Opened { .. }),
        "{statuses:?}"
    );
    let opened = statuses
        .iter()
        .filter(|s| matches!(s, DeviceStatus::Opened { .. }))
        .count();
    assert!(opened >= 3, "{statuses:?}");
    assert!(
        statuses.iter().any(
            |s| matches!(s, DeviceStatus::Lost { reason, .. } if reason.contains("driver bug"))
        ),
        "{statuses:?}"
    );
    assert!(good_frames >= 4, "{good_frames}");
}

#[test]
fn scanner_decodes_camera_frames_once_per_code() {
    let a = synth::render_qr("MDG1:PART-1", 4).unwrap();
    let b = synth::render_qr("MDG1:PART-2", 4).unwrap();
    let blank = Frame::filled(a.width, a.height, 255);
    let cam = FakeCamera {
        frames: vec![
            yuyv_of(&a),
            yuyv_of(&a),
            yuyv_of(&blank),
            yuyv_of(&b),
            yuyv_of(&a),
        ],
        unplugged: Arc::new(Mutex::new(0)),
        opens: Arc::new(Mutex::new(0)),
    };
    let scanner = Scanner::with_camera(cam, Pipeline::live(), Duration::from_secs(30));
    let mut texts = Vec::new();
    let mut previews = 0;
    let deadline = Instant::now() + Duration::from_secs(5);
    while texts.len() < 2 && Instant::now() < deadline {
        match scanner.events().recv_timeout(Duration::from_millis(200)) {
            Ok(ScanEvent::Text(t)) => texts.push(t),
            Ok(ScanEvent::Preview(_)) => previews += 1,
            _ => {}
        }
    }
    // The fake camera replays its frames after each "unplug": watch a while
    // longer to see that repeats stay suppressed.
    let until = Instant::now() + Duration::from_millis(600);
    while Instant::now() < until {
        if let Ok(ScanEvent::Text(t)) = scanner.events().recv_timeout(Duration::from_millis(50)) {
            texts.push(t);
        }
    }
    assert_eq!(
        texts,
        vec!["MDG1:PART-1".to_string(), "MDG1:PART-2".to_string()]
    );
    assert!(previews >= 2);
}
