//! The waiting-room board against a loopback hub: waiting counts, captions
//! in several languages, the chime for a new call or a recall (and none for
//! a loaded list), the voice call after it (a call and a recall said in
//! order, never together), "reconnecting" when the hub goes away, and the same state
//! on board and clerk console after a hub restart.

mod hub_support;
mod speech_support;
mod ui_support;

use chrono::Utc;
use futures_util::StreamExt;
use hub_support::TestHub;
use madoguchi::hub::api::{HubEvent, Role};
use madoguchi::i18n::Lang;
use madoguchi::speech::queue::{Part, Recorder, Speaker};
use madoguchi::sync::board::BoardClient;
use madoguchi::sync::clerk::{Feed, StationArgs, device_token, feed};
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
        if board.board.caption_lang() == Lang::parse("ja-x-easy").unwrap() {
            assert!(board.sees("いま よんで いる ばんごう"));
            assert!(board.sees("0人 まって います"));
        }
        // The clock shows office time (Asia/Tokyo) whatever the caption.
        let now = start + chrono::Duration::seconds(8 * i + 1);
        let clock = now.with_timezone(&chrono_tz::Asia::Tokyo).format("%H:%M");
        assert!(board.sees(&clock.to_string()), "clock {clock}");
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
    assert_eq!(clerk.desk().current().unwrap().number, "A-001");

    let client = BoardClient::new(&base, &board_token);
    let mut board = BoardHarness::new(Board::new(BoardOptions::new(client.clone()), Utc::now()));
    let mut board_events: Events = Box::pin(client.events());
    let mut clerk_events: Events = Box::pin(feed(clerk.session().clone()));
    for events in [&mut board_events, &mut clerk_events] {
        assert_eq!(rt.block_on(events.next()), Some(Feed::Connected));
    }
    board.feed(&rt, Feed::Connected);
    let before = board.board.state().unwrap().clone();
    assert_eq!(before.recent_calls[0].number, "A-001");
    assert_eq!(before.services[0].waiting, 2);

    // The hub PC goes away for a while: the board says so, keeps the last
    // state and tells since when, and keeps trying without a panic.
    hub.stop(&rt);
    let gone = next_feed(&rt, &mut board_events, |f| {
        matches!(f, Feed::Disconnected(_))
    });
    board.feed(&rt, gone);
    assert_eq!(board.board.connection(), Connection::Reconnecting);
    assert!(board.sees_part("受付システムに再接続しています"));
    assert!(
        board.sees_part("時点の表示です"),
        "the banner says how old the screen is"
    );
    assert!(board.sees("A-001"), "the last state stays on screen");
    let retry = next_feed(&rt, &mut board_events, |_| true);
    assert!(
        matches!(retry, Feed::Disconnected(_)),
        "still away: {retry:?}"
    );
    board.feed(&rt, retry);
    board.send(&rt, board::Message::Tick(Utc::now()));
    assert!(board.sees_part("再接続"));
    let gone = next_feed(&rt, &mut clerk_events, |f| {
        matches!(f, Feed::Disconnected(_))
    });
    clerk.send(clerk::Message::Feed(gone));
    assert!(!clerk.clerk.online());

    // Started again on the same data directory and port.
    hub.restart(&rt);
    for (events, is_board) in [(&mut board_events, true), (&mut clerk_events, false)] {
        let back = next_feed(&rt, events, |f| *f == Feed::Connected);
        if is_board {
            board.feed(&rt, back);
        } else {
            clerk.send(clerk::Message::Feed(back));
        }
    }
    assert_eq!(board.board.connection(), Connection::Online);
    assert_eq!(board.chimes, 0, "loading and reconnecting never chime");
    let after = board.board.state().unwrap();
    assert_eq!(after.recent_calls, before.recent_calls);
    assert_eq!(after.services[0].waiting, 2);
    assert!(!board.sees_part("再接続"));
    assert!(clerk.clerk.online());
    let current = clerk.desk().current().expect("same visit after restart");
    assert_eq!(current.number, "A-001");
    assert_eq!(
        clerk.desk().waiting().len(),
        3,
        "the called visit and two waiting"
    );
    // The console keeps working on the restarted hub.
    clerk.key(iced::keyboard::Key::Character("f".into()));
    clerk.key(named(iced::keyboard::key::Named::F1));
    assert_eq!(clerk.desk().current().unwrap().number, "A-002");
    let called = next_event(
        &rt,
        &mut board_events,
        |e| matches!(e, HubEvent::Called { number, .. } if number == "A-002"),
    );
    board.feed(&rt, called);
    assert_eq!(board.board.newest(), Some("A-002"));
    assert_eq!(board.chimes, 1, "a call after the restart chimes");
    hub.stop(&rt);
}

#[test]
fn a_call_or_a_recall_chimes_and_a_loaded_list_does_not() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let clerk = rt.block_on(hub.clerk("c1", "2"));
    for _ in 0..3 {
        rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    }
    let (status, first) = rt.block_on(hub.post(&clerk, "/api/v1/clerk/call-next", json!({})));
    assert_eq!(status, 200, "{first}");

    // A-001 was called before the board started: shown, highlighted, silent.
    let (mut board, mut events) = board_for(&rt, &hub);
    assert_eq!(board.board.newest(), Some("A-001"));
    assert!(board.sees("A-001"));
    assert_eq!(board.chimes, 0);

    let first = first["visit"]["id"].as_i64().unwrap();
    let (status, _) = rt.block_on(hub.post(
        &clerk,
        &format!("/api/v1/visits/{first}/no-show"),
        json!({}),
    ));
    assert_eq!(status, 200);
    let (_, called) = rt.block_on(hub.post(&clerk, "/api/v1/clerk/call-next", json!({})));
    let visit = called["visit"]["id"].as_i64().unwrap();
    let event = next_event(
        &rt,
        &mut events,
        |e| matches!(e, HubEvent::Called { number, recall: false, .. } if number == "A-002"),
    );
    board.feed(&rt, event);
    assert_eq!(board.chimes, 1);
    assert_eq!(board.board.newest(), Some("A-002"));
    assert_eq!(board.board.state().unwrap().recent_calls[0].number, "A-002");
    assert!(board.sees("2番窓口"));

    // The resident did not come: the clerk calls the same number again.
    let (status, _) =
        rt.block_on(hub.post(&clerk, &format!("/api/v1/visits/{visit}/recall"), json!({})));
    assert_eq!(status, 200);
    let event = next_event(&rt, &mut events, |e| {
        matches!(e, HubEvent::Called { recall: true, .. })
    });
    board.feed(&rt, event);
    assert_eq!(board.chimes, 2, "a recall chimes too");

    // Other events, a resync and a reconnection only refresh the list.
    rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    let event = next_event(&rt, &mut events, |e| matches!(e, HubEvent::Ticket { .. }));
    board.feed(&rt, event);
    board.feed(&rt, Feed::Resync);
    board.feed(
        &rt,
        Feed::Disconnected(madoguchi::i18n::Message::new("hub-sync-offline")),
    );
    board.feed(&rt, Feed::Connected);
    assert_eq!(board.board.connection(), Connection::Online);
    assert_eq!(board.chimes, 2);
    assert_eq!(board.board.newest(), Some("A-002"));
    rt.block_on(hub.stop());
}

#[test]
fn a_board_that_cannot_reach_the_hub_at_start_says_so_in_its_own_words() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Nothing listens on a port just freed.
    let addr = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap()
        .local_addr()
        .unwrap();
    let hub = format!("http://{addr}");
    let station = StationArgs {
        hub: Some(hub.clone()),
        token: None,
        enroll: Some("ABCD-EFGH".into()),
    };
    let error = rt
        .block_on(device_token(
            station.hub.as_deref(),
            None,
            station.enroll.as_deref(),
            &dir.path().join("device.token"),
        ))
        .expect_err("no hub there");
    let i18n = madoguchi::i18n::I18n::embedded();
    for code in ["ja", "ja-x-easy", "en"] {
        let lang = Lang::parse(code).unwrap();
        let said = i18n.render(&lang, &board::cli::start_error(&station, &error));
        assert!(said.contains(&addr.to_string()), "{code}: {said}");
        let kiosk_words = i18n.render(&lang, &error.message());
        assert_ne!(said, kiosk_words, "{code}: not the kiosk's wording");
    }
}

#[test]
fn mute_is_a_command_line_switch() {
    #[derive(clap::Parser)]
    struct Cli {
        #[command(flatten)]
        board: board::cli::BoardArgs,
    }
    let quiet =
        <Cli as clap::Parser>::try_parse_from(["board", "--hub", "http://h:1", "--mute"]).unwrap();
    assert!(quiet.board.mute);
    let loud = <Cli as clap::Parser>::try_parse_from(["board"]).unwrap();
    assert!(!loud.board.mute);
}

#[test]
fn a_call_and_a_recall_arriving_together_are_said_in_order_without_overlap() {
    let Some(engines) = speech_support::engines("the board's voice call") else {
        return;
    };
    let rt = tokio::runtime::Runtime::new().unwrap();
    let hub = rt.block_on(TestHub::start());
    let kiosk = rt.block_on(hub.device("kiosk-1", Role::Kiosk));
    let clerk = rt.block_on(hub.clerk("c1", "2"));
    let (_, ticket) = rt.block_on(hub.post(&kiosk, "/api/v1/tickets", json!({"service": "A"})));
    // The resident applied in English: the call is said in English too.
    let mut record = ui_support::clean_record(ticket["number"].as_str());
    record.lang = "en".into();
    rt.block_on(hub.post(&kiosk, "/api/v1/records", json!({"records": [record]})));

    let (mut board, mut events) = board_for(&rt, &hub);
    let recorder = Recorder::new(0.1);
    board.board = Board::new(
        BoardOptions {
            speaker: Speaker::start(engines, Box::new(recorder.clone()), 1.0),
            ..board.board.options().clone()
        },
        Utc::now(),
    );
    board.feed(&rt, Feed::Connected);

    let (_, called) = rt.block_on(hub.post(&clerk, "/api/v1/clerk/call-next", json!({})));
    let visit = called["visit"]["id"].as_i64().unwrap();
    let call = next_event(
        &rt,
        &mut events,
        |e| matches!(e, HubEvent::Called { recall: false, lang: Some(lang), .. } if lang == "en"),
    );
    rt.block_on(hub.post(&clerk, &format!("/api/v1/visits/{visit}/recall"), json!({})));
    let recall = next_event(
        &rt,
        &mut events,
        |e| matches!(e, HubEvent::Called { recall: true, lang: Some(lang), .. } if lang == "en"),
    );
    // Both arrive before the first has been said.
    board.feed(&rt, call);
    board.feed(&rt, recall);

    let played = recorder.wait_for(6, std::time::Duration::from_secs(120));
    let said: Vec<Option<(&str, &str)>> = played
        .iter()
        .map(|p| match &p.part {
            Part::Chime => None,
            Part::Say { lang, text } => Some((lang.code(), text.as_str())),
        })
        .collect();
    assert_eq!(
        said,
        [
            None,
            Some(("ja", "Aの1番の方、2番窓口へお越しください。")),
            Some(("en", "Number A 1, please come to counter 2.")),
            None,
            Some((
                "ja",
                "もう一度お呼びします。Aの1番の方、2番窓口へお越しください。"
            )),
            Some(("en", "Calling again: number A 1, please come to counter 2.")),
        ]
    );
    for pair in played.windows(2) {
        assert!(pair[0].ended <= pair[1].started, "two sounds overlap");
    }
    for p in &played {
        assert!(p.wav.rms() > 0.01, "{:?} is silent", p.part);
    }
    rt.block_on(hub.stop());
}
