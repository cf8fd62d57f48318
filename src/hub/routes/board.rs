//! The board and the live event stream (any device or clerk).

use std::convert::Infallible;

use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse;
use axum::response::sse::{Event, KeepAlive, Sse};
use tokio::sync::broadcast::error::RecvError;

use crate::hub::AppState;
use crate::hub::api::Board;
use crate::hub::auth::Caller;
use crate::hub::error::ApiResult;

pub(super) async fn board(State(s): State<AppState>, _caller: Caller) -> ApiResult<Json<Board>> {
    Ok(Json(s.current_board().await?))
}

pub(super) async fn events(State(s): State<AppState>, _caller: Caller) -> impl IntoResponse {
    let rx = s.0.events.subscribe();
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        let event = match rx.recv().await {
            Ok(ev) => Event::default()
                .event(ev.name())
                .json_data(&ev)
                .unwrap_or_default(),
            // The client missed events: tell it to fetch the board again.
            Err(RecvError::Lagged(_)) => Event::default().event("resync").data("{}"),
            Err(RecvError::Closed) => return None,
        };
        Some((Ok::<_, Infallible>(event), rx))
    });
    let mut closing = s.0.closing.subscribe();
    let stream = futures_util::StreamExt::take_until(stream, async move {
        let _ = closing.wait_for(|closing| *closing).await;
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}
