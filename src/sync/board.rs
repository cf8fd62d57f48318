//! The hub client of the waiting-room board.
//!
//! A board reads one thing, what it shows (`GET /api/v1/board`), and
//! follows the hub's event stream, with its `board` device token
//! throughout. The connection is the stations' one from [`super::clerk`]
//! (timeout, bearer token, the reconnecting [`feed`]), so console and board
//! reach the hub and say "offline" the same way; the board sees none of the
//! clerk's endpoints.

use futures_util::Stream;

use super::SyncError;
use super::clerk::{Feed, HubClient, feed};
use crate::model::Board;

/// The hub as the board sees it. Cheap to clone; known by its hub and token.
#[derive(Clone, Debug, Hash)]
pub struct BoardClient {
    hub: HubClient,
}

/// A board on a station's connection (its hub, token and pinned CA).
impl From<HubClient> for BoardClient {
    fn from(hub: HubClient) -> BoardClient {
        BoardClient { hub }
    }
}

impl BoardClient {
    /// A client for `hub_url` (`http://host:port`) with a `board` device token.
    pub fn new(hub_url: &str, token: &str) -> BoardClient {
        BoardClient {
            hub: HubClient::new(hub_url, token),
        }
    }

    /// What the board shows: recent calls, waiting counts and estimates.
    pub async fn board(&self) -> Result<Board, SyncError> {
        self.hub.board().await
    }

    /// The hub's event stream for this board, reconnecting forever.
    pub fn events(&self) -> impl Stream<Item = Feed> + Send + use<> {
        feed(self.hub.clone())
    }
}
