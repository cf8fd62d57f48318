//! [`CardReader`] over PC/SC (libpcsclite and the `pcscd` daemon).
//!
//! Each call opens its own connection on a worker thread: it waits for a
//! card, runs the commands, and disconnects with a reset, so the PIN's
//! verified state never outlives the call. The caller waits at most the
//! answer timeout once a card is connected; a card or reader that never
//! answers leaves the worker blocked in `pcscd` until it gives up, not the
//! caller.

use std::ffi::CString;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use pcsc::{Context, Disposition, Protocols, ReaderState, Scope, ShareMode, State};

use super::protocol::{Session, Transport};
use super::{ANSWER_TIMEOUT, BasicFour, CardError, CardReader, Pin};

/// The readers PC/SC knows, by name.
pub fn reader_names() -> Result<Vec<String>, CardError> {
    let context = Context::establish(Scope::User).map_err(card_error)?;
    let names = context.list_readers_owned().map_err(card_error)?;
    Ok(names
        .iter()
        .map(|name| name.to_string_lossy().into_owned())
        .collect())
}

/// The PC/SC reader when PC/SC lists one at start (a kiosk or a desk
/// without one shows no card button).
pub fn system_reader() -> Option<std::sync::Arc<dyn CardReader>> {
    match reader_names() {
        Ok(names) if !names.is_empty() => Some(std::sync::Arc::new(PcscReader::default())),
        Ok(_) | Err(_) => {
            tracing::info!("no card reader: the card button is not shown");
            None
        }
    }
}

/// The real reader: the first with a card, or the one named.
#[derive(Debug, Clone)]
pub struct PcscReader {
    reader: Option<String>,
    answer_timeout: Duration,
}

impl Default for PcscReader {
    fn default() -> Self {
        PcscReader {
            reader: None,
            answer_timeout: ANSWER_TIMEOUT,
        }
    }
}

impl PcscReader {
    /// Only the reader of this name (the CLI's `--reader`, a kiosk's config).
    pub fn named(reader: impl Into<String>) -> Self {
        PcscReader {
            reader: Some(reader.into()),
            ..PcscReader::default()
        }
    }

    /// How long a connected card may take to do what was asked.
    pub fn with_answer_timeout(mut self, timeout: Duration) -> Self {
        self.answer_timeout = timeout;
        self
    }

    /// Runs `job` on a connected card, on a worker thread; also returns the
    /// number of APDUs sent.
    pub fn run<R, F>(&self, wait: Duration, job: F) -> Result<(R, usize), CardError>
    where
        R: Send + 'static,
        F: FnOnce(&mut Session<PcscTransport>) -> Result<R, CardError> + Send + 'static,
    {
        let (sender, receiver) = mpsc::channel();
        let reader = self.reader.clone();
        std::thread::spawn(move || {
            let outcome = connect(reader.as_deref(), wait).map(|card| {
                // The caller may have given up already; nothing to tell then.
                let _ = sender.send(Step::Connected);
                let mut session = Session::new(PcscTransport {
                    card: Some(card),
                    renegotiated: false,
                });
                let result = job(&mut session);
                let apdus = session.apdus();
                session.into_transport().disconnect();
                result.map(|value| (value, apdus))
            });
            let _ = sender.send(Step::Done(outcome.and_then(|result| result)));
        });
        // Waiting for a card has its own timeout inside PC/SC; the margin
        // covers a daemon that does not answer at all.
        match receiver.recv_timeout(wait + self.answer_timeout) {
            Ok(Step::Connected) => {}
            Ok(Step::Done(result)) => return result,
            Err(_) => return Err(CardError::Timeout),
        }
        match receiver.recv_timeout(self.answer_timeout) {
            Ok(Step::Done(result)) => result,
            Ok(Step::Connected) | Err(_) => Err(CardError::Timeout),
        }
    }
}

enum Step<R> {
    Connected,
    Done(Result<(R, usize), CardError>),
}

impl CardReader for PcscReader {
    fn tries_left(&self, wait: Duration) -> Result<u8, CardError> {
        self.run(wait, |session| session.tries_left())
            .map(|(tries, _)| tries)
    }

    fn read(&self, pin: &Pin, wait: Duration) -> Result<BasicFour, CardError> {
        let pin = pin.clone();
        self.run(wait, move |session| session.read_basic_four(&pin))
            .map(|(four, _)| four)
    }
}

/// Waits up to `wait` for a card on the reader (or any reader) and connects.
fn connect(reader: Option<&str>, wait: Duration) -> Result<pcsc::Card, CardError> {
    let context = Context::establish(Scope::User).map_err(card_error)?;
    let mut names = context.list_readers_owned().map_err(card_error)?;
    if let Some(wanted) = reader {
        names.retain(|name| name.to_bytes() == wanted.as_bytes());
    }
    if names.is_empty() {
        return Err(CardError::NoReader);
    }
    let name = wait_for_card(&context, &names, wait)?;
    context
        .connect(&name, ShareMode::Shared, Protocols::ANY)
        .map_err(card_error)
}

fn wait_for_card(
    context: &Context,
    names: &[CString],
    wait: Duration,
) -> Result<CString, CardError> {
    let mut states: Vec<ReaderState> = names
        .iter()
        .map(|name| ReaderState::new(name.clone(), State::UNAWARE))
        .collect();
    let deadline = Instant::now() + wait;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match context.get_status_change(left, &mut states) {
            Ok(()) => {}
            Err(pcsc::Error::Timeout) => return Err(CardError::NoCard),
            Err(error) => return Err(card_error(error)),
        }
        if let Some(state) = states.iter().find(|state| {
            state.event_state().contains(State::PRESENT)
                && !state.event_state().contains(State::MUTE)
        }) {
            return Ok(state.name().to_owned());
        }
        if states.iter().all(|state| {
            state
                .event_state()
                .intersects(State::UNKNOWN | State::UNAVAILABLE)
        }) {
            return Err(CardError::ReaderUnplugged);
        }
        if left.is_zero() {
            return Err(CardError::NoCard);
        }
        for state in &mut states {
            state.sync_current_state();
        }
    }
}

/// A connected card.
pub struct PcscTransport {
    card: Option<pcsc::Card>,
    renegotiated: bool,
}

impl PcscTransport {
    /// Leaves the card reset: its PIN must be verified again next time.
    fn disconnect(mut self) {
        if let Some(card) = self.card.take() {
            let _ = card.disconnect(Disposition::ResetCard);
        }
    }

    /// Whether the card left the reader, asked after a failed exchange:
    /// pcscd notices a removal within its polling interval, so this asks
    /// for up to a second.
    fn card_gone(card: &pcsc::Card) -> bool {
        for _ in 0..10 {
            match card.status2_owned() {
                Ok(status) if status.status().contains(pcsc::Status::PRESENT) => {}
                _ => return true,
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    }
}

impl Transport for PcscTransport {
    fn transmit(&mut self, command: &[u8]) -> Result<Vec<u8>, CardError> {
        let card = self.card.as_mut().ok_or(CardError::CardRemoved)?;
        let mut buffer = [0u8; pcsc::MAX_BUFFER_SIZE];
        let mut outcome = card.transmit(command, &mut buffer).map(<[u8]>::to_vec);
        if outcome == Err(pcsc::Error::ProtoMismatch) && !self.renegotiated {
            // pcscd powered the card up again after we connected (a card
            // swapped quickly is seen late), so the protocol it gave us is
            // stale: agree on it again, once, and resend.
            self.renegotiated = true;
            outcome = card
                .reconnect(ShareMode::Shared, Protocols::ANY, Disposition::LeaveCard)
                .and_then(|()| card.transmit(command, &mut buffer).map(<[u8]>::to_vec));
        }
        match outcome {
            // No status word: the exchange failed on the way.
            Ok(response) if response.len() < 2 && PcscTransport::card_gone(card) => {
                Err(CardError::CardRemoved)
            }
            Ok(response) => Ok(response),
            Err(error) => match card_error(error) {
                CardError::Reader { .. } if PcscTransport::card_gone(card) => {
                    Err(CardError::CardRemoved)
                }
                other => Err(other),
            },
        }
    }
}

/// What a PC/SC failure means for the person at the reader.
fn card_error(error: pcsc::Error) -> CardError {
    use pcsc::Error as E;
    match error {
        E::NoService | E::ServiceStopped | E::NoReadersAvailable => CardError::NoReader,
        E::ReaderUnavailable | E::UnknownReader => CardError::ReaderUnplugged,
        E::RemovedCard | E::ResetCard | E::NoSmartcard | E::UnpoweredCard => CardError::CardRemoved,
        E::Timeout | E::UnresponsiveCard => CardError::Timeout,
        other => CardError::Reader {
            detail: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pcsc_failures_mean_what_the_resident_sees() {
        assert_eq!(card_error(pcsc::Error::NoService), CardError::NoReader);
        assert_eq!(
            card_error(pcsc::Error::NoReadersAvailable),
            CardError::NoReader
        );
        assert_eq!(
            card_error(pcsc::Error::ReaderUnavailable),
            CardError::ReaderUnplugged
        );
        assert_eq!(card_error(pcsc::Error::RemovedCard), CardError::CardRemoved);
        assert_eq!(card_error(pcsc::Error::Timeout), CardError::Timeout);
        assert!(matches!(
            card_error(pcsc::Error::CommError),
            CardError::Reader { .. }
        ));
    }
}
