//! The 券面事項入力補助AP's commands (ISO 7816-4 APDUs) over any
//! [`Transport`], and what their status words mean.

use super::tlv;
use super::{BASIC_FOUR_FILE, BasicFour, CardError, KENHOJO_AID, PIN_FILE, Pin, parse_basic_four};

/// Sends one command APDU, returns the response APDU (data and status word).
pub trait Transport {
    fn transmit(&mut self, command: &[u8]) -> Result<Vec<u8>, CardError>;
}

/// Bytes asked per READ BINARY: short APDUs, which every reader carries.
const CHUNK: usize = 0xFF;

/// Largest basic-four file read: the card's own limit is far below this;
/// a larger length means the file is not what it should be.
const MAX_FILE: usize = 0x7FFF;

/// The commands of one card connection, counted (for the measures).
pub struct Session<T> {
    transport: T,
    apdus: usize,
}

impl<T: Transport> Session<T> {
    pub fn new(transport: T) -> Self {
        Session {
            transport,
            apdus: 0,
        }
    }

    /// The connection, to close it.
    pub fn into_transport(self) -> T {
        self.transport
    }

    /// Command APDUs sent so far.
    pub fn apdus(&self) -> usize {
        self.apdus
    }

    /// Selects the application and its PIN file, and asks the tries left
    /// (VERIFY with no data: the card answers `63 Cx` without spending one).
    pub fn tries_left(&mut self) -> Result<u8, CardError> {
        self.select_application()?;
        self.select_file(PIN_FILE)?;
        let (_, status) = self.send(&[0x00, 0x20, 0x00, 0x80])?;
        match status {
            0x6983 | 0x6984 => Ok(0),
            status if status & 0xFFF0 == 0x63C0 => Ok((status & 0x0F) as u8),
            status => Err(CardError::Unexpected { status }),
        }
    }

    /// Verifies the PIN, then selects and reads the basic-four file.
    pub fn read_basic_four(&mut self, pin: &Pin) -> Result<BasicFour, CardError> {
        self.select_application()?;
        self.select_file(PIN_FILE)?;
        let mut verify = vec![0x00, 0x20, 0x00, 0x80, 0x04];
        verify.extend_from_slice(pin.digits());
        let (_, status) = self.send(&verify)?;
        match status {
            0x9000 => {}
            0x6983 | 0x6984 | 0x63C0 => return Err(CardError::PinBlocked),
            status if status & 0xFFF0 == 0x63C0 => {
                return Err(CardError::WrongPin {
                    tries_left: (status & 0x0F) as u8,
                });
            }
            status => return Err(CardError::Unexpected { status }),
        }
        self.select_file(BASIC_FOUR_FILE)?;
        let file = self.read_file()?;
        parse_basic_four(&file)
    }

    fn select_application(&mut self) -> Result<(), CardError> {
        let mut select = vec![0x00, 0xA4, 0x04, 0x0C, KENHOJO_AID.len() as u8];
        select.extend_from_slice(&KENHOJO_AID);
        match self.send(&select)? {
            (_, 0x9000) => Ok(()),
            // Any card without the application (6A 82, or a card that does
            // not know the command at all) is not a My Number card.
            _ => Err(CardError::NotMyNumberCard),
        }
    }

    fn select_file(&mut self, file: u16) -> Result<(), CardError> {
        let [high, low] = file.to_be_bytes();
        match self.send(&[0x00, 0xA4, 0x02, 0x0C, 0x02, high, low])? {
            (_, 0x9000) => Ok(()),
            (_, 0x6A82) => Err(CardError::NotMyNumberCard),
            (_, status) => Err(CardError::Unexpected { status }),
        }
    }

    /// The selected file, in chunks: first its outer tag and length (the
    /// BER-TLV says how long the whole file is), then the rest.
    fn read_file(&mut self) -> Result<Vec<u8>, CardError> {
        let mut file = self.read_binary(0, 8)?;
        let total = tlv::outer_length(&file).ok_or(CardError::Malformed)?;
        if total > MAX_FILE {
            return Err(CardError::Malformed);
        }
        file.truncate(total);
        while file.len() < total {
            let ask = (total - file.len()).min(CHUNK);
            let chunk = self.read_binary(file.len(), ask)?;
            if chunk.is_empty() {
                return Err(CardError::Malformed);
            }
            file.extend_from_slice(&chunk);
        }
        file.truncate(total);
        Ok(file)
    }

    fn read_binary(&mut self, offset: usize, length: usize) -> Result<Vec<u8>, CardError> {
        let [high, low] = (offset as u16).to_be_bytes();
        let (data, status) = self.send(&[0x00, 0xB0, high, low, length as u8])?;
        match status {
            // 62 82: the file ended before `length` bytes.
            0x9000 | 0x6282 => Ok(data),
            status => Err(CardError::Unexpected { status }),
        }
    }

    fn send(&mut self, command: &[u8]) -> Result<(Vec<u8>, u16), CardError> {
        self.apdus += 1;
        let mut response = self.transport.transmit(command)?;
        if response.len() < 2 {
            return Err(CardError::Unexpected { status: 0 });
        }
        let low = response.pop().unwrap_or_default();
        let high = response.pop().unwrap_or_default();
        Ok((response, u16::from_be_bytes([high, low])))
    }
}
