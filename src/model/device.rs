//! Devices and what their tokens may do.

use serde::{Deserialize, Serialize};

/// Device roles: what a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Kiosk,
    Board,
    ClerkStation,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Kiosk => "kiosk",
            Role::Board => "board",
            Role::ClerkStation => "clerk-station",
        }
    }
    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "kiosk" => Some(Role::Kiosk),
            "board" => Some(Role::Board),
            "clerk-station" => Some(Role::ClerkStation),
            _ => None,
        }
    }
}
