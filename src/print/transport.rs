//! Getting bytes to a receipt printer: raw TCP (port 9100, "JetDirect") or
//! a USB printer's device file (`/dev/usb/lp0`), read and written directly.
//!
//! Every job asks the status first ([`super::escpos::STATUS_KINDS`]) and
//! sends the slip only to a printer that prints: a slip into a printer with
//! no paper is a slip the resident never gets, and the kiosk must say so.
//! A printer that does not answer the status requests (a plain device file,
//! a printer with status off) gets the slip anyway: its silence is not a
//! fault.

use std::io::{ErrorKind, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::escpos::{PrinterState, STATUS_KINDS, Status, status_request};
use crate::i18n::Message;

/// How long to wait for a connection, an answer or a write.
pub const TIMEOUT: Duration = Duration::from_secs(3);

/// Where the printer is: `tcp://HOST:PORT` or `usb:/dev/usb/lpN`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrinterUri {
    Tcp { host: String, port: u16 },
    Usb(PathBuf),
}

impl PrinterUri {
    pub fn parse(uri: &str) -> Result<PrinterUri, PrintError> {
        let bad = || PrintError::BadUri(uri.to_owned());
        if let Some(address) = uri.strip_prefix("tcp://") {
            let (host, port) = match address.rsplit_once(':') {
                Some((host, port)) => (host, port.parse().map_err(|_| bad())?),
                None => (address, 9100),
            };
            let host = host.trim_start_matches('[').trim_end_matches(']');
            if host.is_empty() || host.contains('/') {
                return Err(bad());
            }
            return Ok(PrinterUri::Tcp {
                host: host.to_owned(),
                port,
            });
        }
        match uri.strip_prefix("usb:") {
            Some(path) if path.starts_with('/') && path.len() > 1 => {
                Ok(PrinterUri::Usb(PathBuf::from(path)))
            }
            _ => Err(bad()),
        }
    }
}

impl std::fmt::Display for PrinterUri {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PrinterUri::Tcp { host, port } if host.contains(':') => {
                write!(f, "tcp://[{host}]:{port}")
            }
            PrinterUri::Tcp { host, port } => write!(f, "tcp://{host}:{port}"),
            PrinterUri::Usb(path) => write!(f, "usb:{}", path.display()),
        }
    }
}

/// Why a slip did not print.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrintError {
    #[error("not a printer address: {0} (tcp://HOST:9100 or usb:/dev/usb/lp0)")]
    BadUri(String),
    #[error("cannot reach the printer {printer}: {reason}")]
    Connect { printer: String, reason: String },
    #[error("the printer {printer} stopped taking data: {reason}")]
    Write { printer: String, reason: String },
    #[error("the printer's answer is not an ESC/POS status")]
    BadReply,
    #[error("the printer cannot print: {0:?}")]
    NotReady(PrinterState),
    /// The print thread ended (panicked) before the job was sent.
    #[error("printing stopped before the slip was sent")]
    Interrupted,
}

impl PrintError {
    pub fn message(&self) -> Message {
        match self {
            PrintError::BadUri(uri) => Message::new("print-error-uri").arg("uri", uri.as_str()),
            PrintError::Connect { printer, reason } => Message::new("print-error-connect")
                .arg("printer", printer.as_str())
                .arg("reason", reason.as_str()),
            PrintError::Write { printer, reason } => Message::new("print-error-write")
                .arg("printer", printer.as_str())
                .arg("reason", reason.as_str()),
            PrintError::BadReply => Message::new("print-error-reply"),
            PrintError::Interrupted => Message::new("print-error-interrupted"),
            PrintError::NotReady(state) => state_message(*state),
        }
    }

    /// The state the resident is told about: an unreachable printer is, to
    /// them, an offline one.
    pub fn state(&self) -> PrinterState {
        match self {
            PrintError::NotReady(state) => *state,
            PrintError::BadReply | PrintError::Interrupted => PrinterState::Error,
            _ => PrinterState::Offline,
        }
    }
}

/// What a printer state is called, for staff.
pub fn state_message(state: PrinterState) -> Message {
    Message::new(match state {
        PrinterState::Online => "print-state-online",
        PrinterState::PaperNearEnd => "print-state-paper-near-end",
        PrinterState::PaperOut => "print-state-paper-out",
        PrinterState::CoverOpen => "print-state-cover-open",
        PrinterState::Offline => "print-state-offline",
        PrinterState::Error => "print-state-error",
    })
}

/// What the printer said before the job: its state, or `None` when it did
/// not answer the status requests.
pub type Answered = Option<PrinterState>;

/// An open connection to a printer.
enum Connection {
    Tcp(TcpStream),
    Usb(std::fs::File),
}

impl Connection {
    fn open(uri: &PrinterUri) -> Result<Connection, PrintError> {
        let failed = |reason: String| PrintError::Connect {
            printer: uri.to_string(),
            reason,
        };
        match uri {
            PrinterUri::Tcp { host, port } => {
                let address = (host.as_str(), *port)
                    .to_socket_addrs()
                    .map_err(|e| failed(e.to_string()))?
                    .next()
                    .ok_or_else(|| failed("no address".into()))?;
                let stream = TcpStream::connect_timeout(&address, TIMEOUT)
                    .map_err(|e| failed(e.to_string()))?;
                stream
                    .set_read_timeout(Some(TIMEOUT))
                    .and_then(|()| stream.set_write_timeout(Some(TIMEOUT)))
                    .and_then(|()| stream.set_nodelay(true))
                    .map_err(|e| failed(e.to_string()))?;
                Ok(Connection::Tcp(stream))
            }
            PrinterUri::Usb(path) => {
                use std::os::unix::fs::OpenOptionsExt;
                std::fs::OpenOptions::new()
                    .read(true)
                    .write(true)
                    .custom_flags(libc::O_NONBLOCK)
                    .open(path)
                    .map(Connection::Usb)
                    .map_err(|e| failed(e.to_string()))
            }
        }
    }

    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            Connection::Tcp(stream) => stream.write_all(bytes),
            // Non-blocking: a full printer buffer is "try again shortly".
            Connection::Usb(file) => {
                let deadline = Instant::now() + TIMEOUT;
                let mut rest = bytes;
                while !rest.is_empty() {
                    match file.write(rest) {
                        Ok(0) => return Err(ErrorKind::WriteZero.into()),
                        Ok(n) => rest = &rest[n..],
                        Err(e)
                            if e.kind() == ErrorKind::WouldBlock && Instant::now() < deadline =>
                        {
                            std::thread::sleep(Duration::from_millis(5));
                        }
                        Err(e) => return Err(e),
                    }
                }
                file.flush()
            }
        }
    }

    /// One byte of answer; `None` when the printer has nothing to say
    /// within [`TIMEOUT`] (or a device file ends).
    fn read_byte(&mut self) -> std::io::Result<Option<u8>> {
        let mut byte = [0u8];
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let read = match self {
                Connection::Tcp(stream) => stream.read(&mut byte),
                Connection::Usb(file) => file.read(&mut byte),
            };
            match read {
                Ok(0) => return Ok(None),
                Ok(_) => return Ok(Some(byte[0])),
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                    if matches!(self, Connection::Tcp(_)) || Instant::now() >= deadline {
                        return Ok(None);
                    }
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

/// Asks the printer's status; `None` when it does not answer.
fn ask_status(connection: &mut Connection, uri: &PrinterUri) -> Result<Answered, PrintError> {
    let failed = |e: std::io::Error| PrintError::Write {
        printer: uri.to_string(),
        reason: e.to_string(),
    };
    // All three at once: a printer answers them in order, and a printer
    // that answers none costs one timeout, not three.
    let requests: Vec<u8> = STATUS_KINDS
        .iter()
        .flat_map(|k| status_request(*k))
        .collect();
    connection.write_all(&requests).map_err(failed)?;
    let mut replies = [0u8; 3];
    for reply in &mut replies {
        match connection.read_byte().map_err(failed)? {
            Some(byte) => *reply = byte,
            None => return Ok(None),
        }
    }
    Status::parse(replies)
        .map(|status| Some(status.state()))
        .ok_or(PrintError::BadReply)
}

/// The printer's state now (the facilities panel); `None`: no answer.
pub fn status(uri: &PrinterUri) -> Result<Answered, PrintError> {
    let mut connection = Connection::open(uri)?;
    ask_status(&mut connection, uri)
}

/// Sends `job` when the printer can print it; answers the state it
/// reported (near end is worth a word to staff) or `None` if it did not say.
pub fn print(uri: &PrinterUri, job: &[u8]) -> Result<Answered, PrintError> {
    let mut connection = Connection::open(uri)?;
    let answered = ask_status(&mut connection, uri)?;
    if let Some(state) = answered.filter(|s| !s.prints()) {
        return Err(PrintError::NotReady(state));
    }
    connection.write_all(job).map_err(|e| PrintError::Write {
        printer: uri.to_string(),
        reason: e.to_string(),
    })?;
    if let Connection::Tcp(stream) = &connection {
        // The last byte is out before we say it printed.
        let _ = stream.shutdown(std::net::Shutdown::Write);
    }
    Ok(answered)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printer_addresses() {
        assert_eq!(
            PrinterUri::parse("tcp://192.168.1.40:9100"),
            Ok(PrinterUri::Tcp {
                host: "192.168.1.40".into(),
                port: 9100
            })
        );
        assert_eq!(
            PrinterUri::parse("tcp://printer.local").map(|u| u.to_string()),
            Ok("tcp://printer.local:9100".into())
        );
        assert_eq!(
            PrinterUri::parse("usb:/dev/usb/lp0"),
            Ok(PrinterUri::Usb("/dev/usb/lp0".into()))
        );
        for bad in [
            "",
            "lp0",
            "usb:",
            "usb:lp0",
            "tcp://",
            "tcp://host:port",
            "http://x",
        ] {
            assert!(PrinterUri::parse(bad).is_err(), "{bad}");
        }
    }
}
