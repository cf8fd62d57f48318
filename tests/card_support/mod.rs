//! A virtual My Number card for the tests: it plugs into vsmartcard's
//! virtual reader (`vpcd`, loaded by the real `pcscd`) over TCP and answers
//! like the card's 券面事項入力補助AP: SELECT of the application and of its
//! files, VERIFY (tries left, PIN, blocking), READ BINARY with offsets.
//!
//! vpcd's protocol: every message is a 2-byte big-endian length, then the
//! data. A 1-byte message is a control from the reader (0 power off, 1 power
//! on, 2 reset, 4 "send the ATR"); anything longer is a command APDU to
//! answer with a response APDU. The card is placed when it connects and
//! removed when it closes the connection.
//!
//! The card records every command it was sent, and whether the individual
//! number file (0001) was ever selected or read, so tests can assert it
//! never was. Only one card fits the virtual reader: [`reader`] serialises
//! the tests that use it.

#![allow(dead_code)]

pub mod fake;

use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use madoguchi::card::KENHOJO_AID;

/// Where `vpcd` listens (its reader.conf: `/dev/null:0x8C7B`).
pub const VPCD_PORT: u16 = 35963;
/// The virtual reader's name as pcscd lists it.
pub const READER: &str = "Virtual PCD 00 00";
/// A valid ATR for T=1 with one historical byte (`3B 81 80 01 80 80`).
const ATR: [u8; 6] = [0x3B, 0x81, 0x80, 0x01, 0x80, 0x80];

const PIN_FILE: u16 = 0x0011;
const BASIC_FOUR_FILE: u16 = 0x0002;
const INDIVIDUAL_NUMBER_FILE: u16 = 0x0001;
/// Tries a card starts with (and gets back after a right PIN).
pub const MAX_TRIES: u8 = 3;

/// Whether pcscd and the virtual reader are there; says why not, or fails
/// when `MADOGUCHI_REQUIRE_CARD` is set (`.ci/run` sets it).
pub fn ready(what: &str) -> bool {
    let why = match madoguchi::card::reader_names() {
        Ok(names) if names.iter().any(|name| name == READER) => return true,
        Ok(names) => format!("no reader {READER} among {names:?} (is vsmartcard-vpcd installed?)"),
        Err(error) => format!("PC/SC: {error} (is pcscd running?)"),
    };
    if std::env::var_os("MADOGUCHI_REQUIRE_CARD").is_some() {
        panic!("{what}: {why} (run `bash scripts/setup.sh` and start pcscd)");
    }
    eprintln!("skipped {what}: {why} (run `bash scripts/setup.sh` and start pcscd)");
    false
}

static READER_LOCK: Mutex<()> = Mutex::new(());

/// The virtual reader, for one test at a time.
pub fn reader() -> MutexGuard<'static, ()> {
    READER_LOCK
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// How a card behaves, set before it is placed.
#[derive(Debug, Clone)]
pub struct CardSpec {
    /// Has the 券面事項入力補助AP (false: some other card).
    pub my_number: bool,
    pub pin: [u8; 4],
    pub tries_left: u8,
    /// The basic-four file's bytes.
    pub basic_four: Vec<u8>,
    /// Bytes a READ BINARY returns at most, whatever was asked.
    pub chunk_limit: usize,
    /// Leave the reader (close the connection) instead of answering the
    /// READ BINARY with this index (0 = the first).
    pub removed_at_read: Option<usize>,
    /// Answer nothing from the READ BINARY with this index on.
    pub silent_at_read: Option<usize>,
}

impl CardSpec {
    pub fn new(name: &str, address: &str, birth: &str, sex: &str) -> CardSpec {
        CardSpec {
            my_number: true,
            pin: *b"1234",
            tries_left: MAX_TRIES,
            basic_four: basic_four_file(name, address, birth, sex),
            chunk_limit: usize::MAX,
            removed_at_read: None,
            silent_at_read: None,
        }
    }
}

/// What the card saw, for the tests to assert on.
#[derive(Debug, Default, Clone)]
pub struct Seen {
    pub commands: Vec<Vec<u8>>,
    pub individual_number_touched: bool,
    pub tries_left: u8,
}

/// A card on the virtual reader; removed when dropped.
pub struct VirtualCard {
    seen: Arc<Mutex<Seen>>,
    stop: Arc<AtomicBool>,
    stream: TcpStream,
    thread: Option<JoinHandle<()>>,
}

impl VirtualCard {
    /// Places the card and waits until pcscd sees it.
    pub fn place(spec: CardSpec) -> VirtualCard {
        let stream = connect();
        stream
            .set_read_timeout(Some(Duration::from_millis(100)))
            .expect("timeout");
        let seen = Arc::new(Mutex::new(Seen {
            tries_left: spec.tries_left,
            ..Seen::default()
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (stream, seen, stop) = (
                stream.try_clone().expect("clone"),
                seen.clone(),
                stop.clone(),
            );
            std::thread::spawn(move || serve(stream, spec, &seen, &stop))
        };
        wait_for_presence(true);
        VirtualCard {
            seen,
            stop,
            stream,
            thread: Some(thread),
        }
    }

    pub fn seen(&self) -> Seen {
        self.seen.lock().expect("seen").clone()
    }

    /// Takes the card off the reader and waits until pcscd sees it gone.
    pub fn remove(mut self) -> Seen {
        self.close();
        self.seen()
    }

    fn close(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.stream.shutdown(Shutdown::Both);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        wait_for_presence(false);
    }
}

impl Drop for VirtualCard {
    fn drop(&mut self) {
        if self.thread.is_some() {
            self.close();
        }
    }
}

/// vpcd accepts one card at a time; a card just removed may still hold it
/// for a moment.
fn connect() -> TcpStream {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match TcpStream::connect(("127.0.0.1", VPCD_PORT)) {
            Ok(stream) => return stream,
            Err(error) if Instant::now() > deadline => panic!("vpcd on port {VPCD_PORT}: {error}"),
            Err(_) => std::thread::sleep(Duration::from_millis(50)),
        }
    }
}

/// Polls pcscd until the virtual reader shows a card (or none).
fn wait_for_presence(present: bool) {
    use pcsc::{Context, ReaderState, Scope, State};
    let context = Context::establish(Scope::User).expect("pcscd");
    let name = std::ffi::CString::new(READER).expect("name");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut states = [ReaderState::new(name, State::UNAWARE)];
    loop {
        context
            .get_status_change(Duration::from_millis(500), &mut states)
            .or_else(|error| match error {
                pcsc::Error::Timeout => Ok(()),
                other => Err(other),
            })
            .expect("status");
        if states[0].event_state().contains(State::PRESENT) == present {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "pcscd never saw the card {}",
            if present { "placed" } else { "removed" }
        );
        states[0].sync_current_state();
    }
}

/// The card's state between commands.
struct Chip {
    spec: CardSpec,
    application: bool,
    file: Option<u16>,
    verified: bool,
    reads: usize,
}

enum Answer {
    Respond(Vec<u8>),
    Remove,
    Silent,
}

fn serve(mut stream: TcpStream, spec: CardSpec, seen: &Mutex<Seen>, stop: &AtomicBool) {
    let mut chip = Chip {
        spec,
        application: false,
        file: None,
        verified: false,
        reads: 0,
    };
    let mut silent = false;
    while !stop.load(Ordering::SeqCst) {
        let Some(message) = receive(&mut stream, stop) else {
            return;
        };
        let answer = match message.as_slice() {
            [0x00] | [0x01] | [0x02] => {
                chip.reset();
                continue;
            }
            [0x04] => Answer::Respond(ATR.to_vec()),
            [_] => continue,
            command => {
                let mut seen = seen.lock().expect("seen");
                seen.commands.push(command.to_vec());
                let answer = chip.answer(command, &mut seen);
                seen.tries_left = chip.spec.tries_left;
                answer
            }
        };
        match answer {
            _ if silent => {}
            Answer::Respond(bytes) => {
                let mut framed = (bytes.len() as u16).to_be_bytes().to_vec();
                framed.extend(bytes);
                if stream.write_all(&framed).is_err() {
                    return;
                }
            }
            Answer::Remove => {
                let _ = stream.shutdown(Shutdown::Both);
                return;
            }
            Answer::Silent => silent = true,
        }
    }
}

/// One framed message, or none when the reader went away or the test stops.
fn receive(stream: &mut TcpStream, stop: &AtomicBool) -> Option<Vec<u8>> {
    let mut length = [0u8; 2];
    read_exact(stream, &mut length, stop)?;
    let mut message = vec![0u8; usize::from(u16::from_be_bytes(length))];
    read_exact(stream, &mut message, stop)?;
    Some(message)
}

fn read_exact(stream: &mut TcpStream, buffer: &mut [u8], stop: &AtomicBool) -> Option<()> {
    let mut filled = 0;
    while filled < buffer.len() {
        if stop.load(Ordering::SeqCst) {
            return None;
        }
        match stream.read(&mut buffer[filled..]) {
            Ok(0) => return None,
            Ok(n) => filled += n,
            Err(error)
                if matches!(
                    error.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return None,
        }
    }
    Some(())
}

fn status(word: u16) -> Answer {
    Answer::Respond(word.to_be_bytes().to_vec())
}

impl Chip {
    fn reset(&mut self) {
        self.application = false;
        self.file = None;
        self.verified = false;
    }

    fn answer(&mut self, command: &[u8], seen: &mut Seen) -> Answer {
        match command {
            [0x00, 0xA4, 0x04, _, length, aid @ ..] if usize::from(*length) <= aid.len() => {
                let aid = &aid[..usize::from(*length)];
                self.application = self.spec.my_number && aid == KENHOJO_AID;
                self.file = None;
                self.verified = false;
                status(if self.application { 0x9000 } else { 0x6A82 })
            }
            [0x00, 0xA4, 0x02, _, 0x02, high, low, ..] if self.application => {
                let file = u16::from_be_bytes([*high, *low]);
                if file == INDIVIDUAL_NUMBER_FILE {
                    seen.individual_number_touched = true;
                }
                if [PIN_FILE, BASIC_FOUR_FILE, INDIVIDUAL_NUMBER_FILE].contains(&file) {
                    self.file = Some(file);
                    status(0x9000)
                } else {
                    status(0x6A82)
                }
            }
            [0x00, 0x20, 0x00, 0x80, rest @ ..] if self.file == Some(PIN_FILE) => self.verify(rest),
            [0x00, 0xB0, high, low, le] => {
                self.read_binary(u16::from_be_bytes([*high & 0x7F, *low]), *le, seen)
            }
            [0x00, 0xA4, ..] => status(0x6A82),
            _ => status(0x6D00),
        }
    }

    fn verify(&mut self, rest: &[u8]) -> Answer {
        if self.spec.tries_left == 0 {
            return status(0x6983);
        }
        match rest {
            [] | [0x00] => status(if self.verified {
                0x9000
            } else {
                0x63C0 | u16::from(self.spec.tries_left)
            }),
            [0x04, pin @ ..] if pin.len() == 4 => {
                if pin == self.spec.pin {
                    self.spec.tries_left = MAX_TRIES;
                    self.verified = true;
                    status(0x9000)
                } else {
                    self.spec.tries_left -= 1;
                    status(0x63C0 | u16::from(self.spec.tries_left))
                }
            }
            _ => status(0x6700),
        }
    }

    fn read_binary(&mut self, offset: u16, le: u8, seen: &mut Seen) -> Answer {
        let index = self.reads;
        self.reads += 1;
        if self.file == Some(INDIVIDUAL_NUMBER_FILE) {
            seen.individual_number_touched = true;
        }
        if self.spec.removed_at_read == Some(index) {
            return Answer::Remove;
        }
        if self.spec.silent_at_read == Some(index) {
            return Answer::Silent;
        }
        if self.file != Some(BASIC_FOUR_FILE) || !self.verified {
            return status(0x6982);
        }
        let file = &self.spec.basic_four;
        let offset = usize::from(offset);
        if offset > file.len() {
            return status(0x6B00);
        }
        let asked = if le == 0 { 256 } else { usize::from(le) };
        let end = file.len().min(offset + asked.min(self.spec.chunk_limit));
        let mut response = file[offset..end].to_vec();
        let word: u16 = if end - offset < asked { 0x6282 } else { 0x9000 };
        response.extend(word.to_be_bytes());
        Answer::Respond(response)
    }
}

/// The basic-four file as the card stores it: `FF 20` holding the header
/// `DF 21` (each item's offset in the file, two bytes each), then `DF 22`
/// name, `DF 23` address, `DF 24` birth date, `DF 25` sex, UTF-8.
pub fn basic_four_file(name: &str, address: &str, birth: &str, sex: &str) -> Vec<u8> {
    let items: Vec<Vec<u8>> = [(0x22, name), (0x23, address), (0x24, birth), (0x25, sex)]
        .iter()
        .map(|(tag, value)| {
            let mut item = vec![0xDF, *tag];
            push_length(&mut item, value.len());
            item.extend(value.as_bytes());
            item
        })
        .collect();
    let header_length = 2 + 1 + 2 * items.len();
    let body_length = header_length + items.iter().map(Vec::len).sum::<usize>();
    let mut out = vec![0xFF, 0x20];
    push_length(&mut out, body_length);
    let mut offset = out.len() + header_length;
    let mut header = vec![0xDF, 0x21, (2 * items.len()) as u8];
    for item in &items {
        header.extend((offset as u16).to_be_bytes());
        offset += item.len();
    }
    out.extend(header);
    for item in items {
        out.extend(item);
    }
    out
}

fn push_length(out: &mut Vec<u8>, length: usize) {
    match length {
        0..=0x7F => out.push(length as u8),
        0x80..=0xFF => out.extend([0x81, length as u8]),
        _ => out.extend([0x82, (length >> 8) as u8, length as u8]),
    }
}
