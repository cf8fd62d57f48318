//! A fake ESC/POS printer on loopback TCP: it records every connection's
//! bytes and answers the first three `DLE EOT n` of each with the status
//! bytes of a scripted [`PrinterState`], as a receipt printer on port 9100
//! would. Used by tests/print_slip.rs, tests/ui_kiosk_print.rs and
//! benches/slip.rs.
#![allow(dead_code)]
// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use madoguchi::print::escpos::{DLE, EOT, STATUS_KINDS};
use madoguchi::print::{PrinterState, Status};

/// What one connection sent, and when its last byte arrived.
#[derive(Debug, Clone)]
pub struct Received {
    pub bytes: Vec<u8>,
    pub last_byte_at: Instant,
}

pub struct FakePrinter {
    pub uri: String,
    /// `None`: the printer never answers status requests.
    state: Arc<Mutex<Option<PrinterState>>>,
    received: Receiver<Received>,
}

impl FakePrinter {
    pub fn start(state: PrinterState) -> FakePrinter {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let uri = format!("tcp://{}", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(Some(state)));
        let (send, received) = channel();
        let scripted = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { return };
                let (scripted, send) = (scripted.clone(), send.clone());
                std::thread::spawn(move || serve(stream, &scripted, &send));
            }
        });
        FakePrinter {
            uri,
            state,
            received,
        }
    }

    /// From now on the printer answers as `state` (`None`: not at all).
    pub fn set_state(&self, state: Option<PrinterState>) {
        *self.state.lock().unwrap() = state;
    }

    /// The next connection's bytes, once it closed.
    pub fn next_job(&self) -> Received {
        self.received
            .recv_timeout(Duration::from_secs(20))
            .expect("the printer got a connection")
    }

    /// Whatever connections closed so far.
    pub fn jobs_so_far(&self) -> Vec<Received> {
        self.received.try_iter().collect()
    }
}

fn serve(mut stream: TcpStream, state: &Mutex<Option<PrinterState>>, send: &Sender<Received>) {
    let mut bytes = Vec::new();
    let mut answered = 0;
    let mut scanned = 0;
    let mut last_byte_at = Instant::now();
    let mut buffer = [0u8; 64 * 1024];
    loop {
        let n = match stream.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        last_byte_at = Instant::now();
        bytes.extend_from_slice(&buffer[..n]);
        // Real-time requests come before the job; the job's image may hold
        // the same byte pairs, which a printer in the middle of a job takes
        // as image data here.
        while answered < STATUS_KINDS.len() && scanned + 3 <= bytes.len() {
            if bytes[scanned] == DLE && bytes[scanned + 1] == EOT {
                let kind = bytes[scanned + 2];
                let current = *state.lock().unwrap();
                if let Some(current) = current {
                    let replies = Status::replies(current);
                    let index = STATUS_KINDS.iter().position(|k| *k == kind).unwrap();
                    let _ = stream.write_all(&[replies[index]]);
                }
                answered += 1;
                scanned += 3;
            } else {
                scanned += 1;
            }
        }
    }
    let _ = send.send(Received {
        bytes,
        last_byte_at,
    });
}
