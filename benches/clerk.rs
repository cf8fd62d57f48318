//! Clerk console and board over loopback (`cargo bench --bench clerk`).
//!
//! 1. Call next → board: a clerk presses F1 in the console (its update, the
//!    HTTP call, the hub), the board receives the `called` event on its
//!    event stream and shows the number. Time from the key press to the
//!    board's state change, and to the board's re-fetched state (counts),
//!    p50/p90/p99/max (budget p99 < 200 ms).
//! 2. Keystrokes for a clerk to confirm a clean QR application after
//!    calling it (aim: one).
//!
//! Set `CLERK_BENCH_CALLS` to change the number of calls (default 300).

// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

#[path = "../tests/hub_support/mod.rs"]
mod hub_support;
#[path = "../tests/ui_support/mod.rs"]
mod ui_support;

use std::time::{Duration, Instant};

use chrono::Utc;
use futures_util::StreamExt;
use hub_support::TestHub;
use iced::keyboard::{self, Key, Modifiers};
use madoguchi::hub::api::{HubEvent, RecordStatus, Role};
use madoguchi::sync::board::BoardClient;
use madoguchi::sync::clerk::Feed;
use madoguchi::ui::board::{self, Board, BoardOptions};
use madoguchi::ui::clerk::{self, Clerk};
use madoguchi::ui::effect::Effects;
use serde_json::json;
use ui_support::{ClerkHarness, Events, clean_record};

fn press(key: Key) -> clerk::Message {
    clerk::Message::Keyboard(keyboard::Event::KeyPressed {
        modified_key: key.clone(),
        key,
        physical_key: keyboard::key::Physical::Unidentified(
            keyboard::key::NativeCode::Unidentified,
        ),
        location: keyboard::Location::Standard,
        modifiers: Modifiers::default(),
        text: None,
        repeat: false,
    })
}

/// Runs the console's effects to completion, as the iced runtime would.
async fn settle(clerk: &mut Clerk, effects: Effects<clerk::Effect>) {
    let mut queue: Vec<_> = effects.into_iter().collect();
    while let Some(effect) = queue.pop() {
        let reply = clerk.perform(effect).await;
        queue.extend(clerk.update(reply));
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

fn main() {
    let calls: usize = std::env::var("CLERK_BENCH_CALLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
        .clamp(10, 900);
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let board_token = rt.block_on(hub.device("board-1", Role::Board));
    for _ in 0..calls {
        let (status, _) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
        assert_eq!(status, 200);
    }

    let mut harness = ClerkHarness::start(&rt, &hub);
    harness.log_in("c1", "2468");
    let mut console = harness.clerk;

    let client = BoardClient::new(&hub.base, &board_token);
    let mut board = Board::new(BoardOptions::new(client.clone()), Utc::now());
    let mut events: Events = Box::pin(client.events());
    let mut shown = Vec::with_capacity(calls);
    let mut refetched = Vec::with_capacity(calls);
    rt.block_on(async {
        assert_eq!(events.next().await, Some(Feed::Connected));
        for effect in board.update(board::Message::Feed(Feed::Connected)) {
            if let Some(fetch) = board.perform(effect) {
                let reply = fetch.await;
                // Fetches run one at a time here, so the answer asks for no other.
                let _ = board.update(reply);
            }
        }
        for i in 0..calls {
            let expected = format!("A-{:03}", i + 1);
            let start = Instant::now();
            let effects = console.update(press(Key::Named(keyboard::key::Named::F1)));
            assert_eq!(effects.len(), 1, "F1 asks the hub for the next visit");
            let call = console.perform(effects.into_iter().next().unwrap());
            let watch = async {
                loop {
                    match events.next().await.expect("stream") {
                        Feed::Event(e @ HubEvent::Called { .. }) => {
                            let effects = board.update(board::Message::Feed(Feed::Event(e)));
                            if board.newest() == Some(expected.as_str()) {
                                let at_shown = start.elapsed();
                                for effect in effects {
                                    if let Some(fetch) = board.perform(effect) {
                                        let reply = fetch.await;
                                        let _ = board.update(reply);
                                    }
                                }
                                return (at_shown, start.elapsed());
                            }
                        }
                        Feed::Event(e) => {
                            for effect in board.update(board::Message::Feed(Feed::Event(e))) {
                                if let Some(fetch) = board.perform(effect) {
                                    let reply = fetch.await;
                                    let _ = board.update(reply);
                                }
                            }
                        }
                        other => panic!("stream broke: {other:?}"),
                    }
                }
            };
            let (reply, (at_shown, at_fetched)) = futures_util::future::join(call, watch).await;
            shown.push(at_shown);
            refetched.push(at_fetched);
            let more = console.update(reply);
            settle(&mut console, more).await;
            assert_eq!(
                console
                    .desk()
                    .and_then(|d| d.current())
                    .map(|v| v.number.clone()),
                Some(expected)
            );
            let done = console.update(press(Key::Character("f".into())));
            settle(&mut console, done).await;
        }
    });
    shown.sort();
    refetched.sort();

    // Keystrokes to confirm a clean QR application.
    let (_, ticket) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let rec = clean_record(ticket["number"].as_str());
    let id = rec.id;
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [rec]})));
    let mut keys_to_call = 0;
    let mut keys_to_confirm = 0;
    rt.block_on(async {
        let call = console.update(press(Key::Named(keyboard::key::Named::F1)));
        keys_to_call += 1;
        settle(&mut console, call).await;
        let confirm = console.update(press(Key::Named(keyboard::key::Named::Enter)));
        keys_to_confirm += 1;
        settle(&mut console, confirm).await;
    });
    let session = console.session().unwrap().clone();
    let record = rt.block_on(session.record(id)).unwrap();
    assert_eq!(record.status, RecordStatus::Confirmed);
    let visit_open = console.desk().and_then(|d| d.current()).is_some();

    println!("clerk console → board over loopback ({calls} calls)");
    println!("| measure | p50 ms | p90 ms | p99 ms | max ms | budget |");
    println!("| --- | ---: | ---: | ---: | ---: | --- |");
    for (name, list) in [
        ("F1 → board shows the number (event stream)", &shown),
        ("F1 → board re-fetched (counts too)", &refetched),
    ] {
        println!(
            "| {name} | {} | {} | {} | {} | p99 < 200 ms: {} |",
            ms(percentile(list, 0.5)),
            ms(percentile(list, 0.9)),
            ms(percentile(list, 0.99)),
            ms(*list.last().unwrap()),
            if percentile(list, 0.99) < Duration::from_millis(200) {
                "met"
            } else {
                "MISSED"
            }
        );
    }
    println!();
    println!("| clean QR application | keystrokes |");
    println!("| --- | ---: |");
    println!("| call it (F1) | {keys_to_call} |");
    println!(
        "| confirm it (Enter; visit finished too: {}) | {keys_to_confirm} |",
        if visit_open { "no" } else { "yes" }
    );
    rt.block_on(hub.stop());
}
