//! The waiting-room board against a loopback hub: waiting counts, captions
//! in several languages, "reconnecting" when the hub goes away, and the same
//! state on board and clerk console after a hub restart.

mod hub_support;
mod ui_support;

use chrono::Utc;
use futures_util::StreamExt;
use hub_support::TestHub;
use madoguchi::hub::api::{HubEvent, Role};
use madoguchi::i18n::Lang;
use madoguchi::sync::clerk::{Feed, HubClient, feed};
use madoguchi::ui::board::{self, Board, BoardOptions, Connection};
use madoguchi::ui::clerk;
use serde_json::json;
use ui_support::{
    BoardHarness, ClerkHarness, Events, RestartableHub, board_for, enroll, named, next_event,
    next_feed,
};

#[test]
fn waiting_counts_follow_the_event_stream() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let (mut board, mut events) = board_for(&rt, &hub);
    assert_eq!(board.board.connection(), Connection::Online);
    assert!(board.sees("まだお呼び出しはありません"));
    assert!(board.sees("0人待ち"));
    for _ in 0..2 {
        rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
        let event = next_event(&rt, &mut events, |e| matches!(e, HubEvent::Ticket { .. }));
        board.feed(&rt, event);
    }
    let a = &board.board.state().unwrap().services[0];
    assert_eq!((a.prefix.as_str(), a.waiting), ("A", 2));
    assert!(board.sees("2人待ち"));
    assert!(board.sees(&format!("約{}分", a.estimated_wait_minutes)));
    assert!(board.sees("証明書"), "service names are translated");
    rt.block_on(hub.stop());
}

#[test]
fn captions_cycle_through_the_configured_languages() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let (mut board, _events) = board_for(&rt, &hub);
    let start = Utc::now();
    let mut seen = vec![board.board.caption_lang()];
    for i in 1..=3 {
        board.send(
            &rt,
            board::Message::Tick(start + chrono::Duration::seconds(8 * i + 1)),
        );
        seen.push(board.board.caption_lang());
        if board.board.caption_lang() == Lang::parse("en").unwrap() {
            assert!(board.sees("Now calling"));
            assert!(board.sees("0 waiting"));
        }
    }
    let codes: Vec<&str> = seen.iter().map(|l| l.code()).collect();
    assert_eq!(codes, ["ja", "ja-x-easy", "en", "ja"]);
    rt.block_on(hub.stop());
}

#[test]
fn the_board_says_reconnecting_when_the_hub_stops_and_keeps_the_last_state() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let (mut board, mut events) = board_for(&rt, &hub);
    assert!(!board.sees_part("再接続"));
    rt.block_on(hub.stop());
    let gone = next_feed(&rt, &mut events, |f| matches!(f, Feed::Disconnected(_)));
    board.feed(&rt, gone);
    assert_eq!(board.board.connection(), Connection::Reconnecting);
    assert!(board.sees_part("受付システムに再接続しています"));
    assert!(
        board.board.state().is_some(),
        "the last state stays on screen"
    );
    // Further attempts fail quietly; the board never panics.
    let again = next_feed(&rt, &mut events, |_| true);
    assert!(matches!(again, Feed::Disconnected(_)));
    board.feed(&rt, again);
    board.send(&rt, board::Message::Tick(Utc::now()));
    assert!(board.sees_part("再接続"));
}

#[test]
fn after_a_hub_restart_board_and_console_show_the_same_state() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut hub = RestartableHub::start(&rt);
    let base = hub.base();
    let kiosk = rt.block_on(enroll(&base, hub.dir.path(), "kiosk-1", Role::Kiosk));
    let board_token = rt.block_on(enroll(&base, hub.dir.path(), "board-1", Role::Board));
    let kiosk_client = reqwest::Client::new();
    for _ in 0..3 {
        rt.block_on(
            kiosk_client
                .post(format!("{base}/api/v1/tickets"))
                .bearer_auth(&kiosk)
                .json(&json!({"service": "A"}))
                .send(),
        )
        .unwrap();
    }
    let mut clerk = ClerkHarness::start_at(&rt, &base, hub.dir.path());
    clerk.log_in("c1", "2468");
    clerk.key(named(iced::keyboard::key::Named::F1));
    assert_eq!(clerk.desk().current.as_ref().unwrap().number, "A-001");

    let client = HubClient::new(&base, &board_token);
    let mut board = BoardHarness {
        board: Board::new(BoardOptions::new(client.clone()), Utc::now()),
    };
    let mut board_events: Events = Box::pin(feed(client));
    let mut clerk_events: Events = Box::pin(feed(clerk.session().clone()));
    for events in [&mut board_events, &mut clerk_events] {
        assert_eq!(rt.block_on(events.next()), Some(Feed::Connected));
    }
    board.feed(&rt, Feed::Connected);
    let before = board.board.state().unwrap().clone();
    assert_eq!(before.recent_calls[0].number, "A-001");
    assert_eq!(before.services[0].waiting, 2);

    hub.restart(&rt);
    for (events, is_board) in [(&mut board_events, true), (&mut clerk_events, false)] {
        let gone = next_feed(&rt, events, |f| matches!(f, Feed::Disconnected(_)));
        let back = next_feed(&rt, events, |f| *f == Feed::Connected);
        if is_board {
            board.feed(&rt, gone);
            assert!(board.sees_part("再接続"));
            board.feed(&rt, back);
        } else {
            clerk.send(clerk::Message::Feed(gone));
            assert!(!clerk.clerk.online());
            clerk.send(clerk::Message::Feed(back));
        }
    }
    assert_eq!(board.board.connection(), Connection::Online);
    let after = board.board.state().unwrap();
    assert_eq!(after.recent_calls, before.recent_calls);
    assert_eq!(after.services[0].waiting, 2);
    assert!(!board.sees_part("再接続"));
    assert!(clerk.clerk.online());
    let current = clerk
        .desk()
        .current
        .as_ref()
        .expect("same visit after restart");
    assert_eq!(current.number, "A-001");
    assert_eq!(
        clerk.desk().waiting.len(),
        3,
        "the called visit and two waiting"
    );
    // The console keeps working on the restarted hub.
    clerk.key(iced::keyboard::Key::Character("f".into()));
    clerk.key(named(iced::keyboard::key::Named::F1));
    assert_eq!(clerk.desk().current.as_ref().unwrap().number, "A-002");
    let called = next_event(
        &rt,
        &mut board_events,
        |e| matches!(e, HubEvent::Called { number, .. } if number == "A-002"),
    );
    board.feed(&rt, called);
    assert_eq!(board.board.newest(), Some("A-002"));
    hub.stop(&rt);
}
