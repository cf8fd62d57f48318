//! Drives the clerk console and the board like the iced runtime would:
//! effects run on a tokio runtime against the loopback hub, their answers go
//! back into `update`, and every screen is a fresh simulator of `view`.
#![allow(dead_code)]
// Test code: an unwrap here is an assertion (Cargo.toml warns on it in the product).
#![allow(clippy::unwrap_used)]

use std::collections::BTreeMap;
use std::pin::Pin;

use chrono::Utc;
use futures_util::{Stream, StreamExt};
use iced::keyboard::{self, Key, Modifiers};
use iced_test::core::Settings;
use iced_test::selector::{Candidate, Text};
use iced_test::simulator::Simulator;
use madoguchi::hub::api::{FieldValue, HubEvent, Preapp, RecordIn, Role, Source};
use madoguchi::sync::board::BoardClient;
use madoguchi::sync::clerk::{Feed, HubClient};
use madoguchi::ui::board::{self, Board, BoardOptions};
use madoguchi::ui::clerk::{self, Clerk, ClerkOptions};
use serde_json::json;
use tokio::runtime::Runtime;

use crate::hub_support::TestHub;

/// A clean certificate request as a resident's QR brings it.
pub fn clean_record(number: Option<&str>) -> RecordIn {
    let qr = |v: serde_json::Value| FieldValue {
        value: v,
        source: Source::Qr,
    };
    let mut fields = BTreeMap::new();
    for (key, value) in [
        ("applicant.name", json!("山田 花子")),
        ("applicant.reading", json!("ヤマダ ハナコ")),
        ("applicant.birth", json!("1985-04-01")),
        ("applicant.postal", json!("160-0023")),
        ("applicant.address.prefecture", json!("東京都")),
        ("applicant.address.city", json!("新宿区")),
        ("applicant.address.town", json!("西新宿2-8-1")),
        ("applicant.phone", json!("03-5321-1111")),
        ("juminhyo-utsushi.requester", json!("self")),
        ("juminhyo-utsushi.scope", json!("self")),
        ("juminhyo-utsushi.show-relationship", json!("no")),
        ("juminhyo-utsushi.show-honseki", json!("no")),
        ("juminhyo-utsushi.copies", json!("1")),
        ("juminhyo-utsushi.purpose", json!("employment")),
    ] {
        fields.insert(key.to_owned(), qr(value));
    }
    RecordIn {
        id: uuid::Uuid::new_v4(),
        created_at: Utc::now(),
        procedures: vec!["juminhyo-utsushi".into()],
        lang: "ja".into(),
        fields,
        number: number.map(str::to_owned),
        preapp: Preapp::Encrypted,
    }
}

pub fn named(key: keyboard::key::Named) -> Key {
    Key::Named(key)
}

fn press(key: Key, modifiers: Modifiers) -> keyboard::Event {
    let text = match &key {
        Key::Character(c) => Some(c.clone()),
        _ => None,
    };
    keyboard::Event::KeyPressed {
        modified_key: key.clone(),
        key,
        physical_key: keyboard::key::Physical::Unidentified(
            keyboard::key::NativeCode::Unidentified,
        ),
        location: keyboard::Location::Standard,
        modifiers,
        text,
        repeat: false,
    }
}

/// Selects the first text that contains `part`.
fn contains(part: &str) -> impl FnMut(Candidate<'_>) -> Option<Text> + Send + '_ {
    move |c| match c {
        Candidate::Text {
            content,
            id,
            bounds,
            visible_bounds,
        } if content.contains(part) => Some(Text::Raw {
            id: id.cloned(),
            bounds,
            visible_bounds,
        }),
        _ => None,
    }
}

pub struct ClerkHarness<'a> {
    pub rt: &'a Runtime,
    pub clerk: Clerk,
    /// Keys pressed at the console (shortcuts and typing).
    pub keystrokes: u32,
}

impl<'a> ClerkHarness<'a> {
    /// A station enrolled at counter 1, clerk `c1` with PIN 2468 registered.
    pub fn start(rt: &'a Runtime, hub: &TestHub) -> Self {
        ClerkHarness::start_at(rt, &hub.base, hub.dir.path())
    }

    /// [`ClerkHarness::start`] for any hub: its URL and data directory.
    pub fn start_at(rt: &'a Runtime, base: &str, dir: &std::path::Path) -> Self {
        ClerkHarness::start_with(rt, base, dir, None)
    }

    /// [`ClerkHarness::start_at`] with a card reader at the desk.
    pub fn start_with(
        rt: &'a Runtime,
        base: &str,
        dir: &std::path::Path,
        card: Option<std::sync::Arc<dyn madoguchi::card::CardReader>>,
    ) -> Self {
        madoguchi::hub::cli::add_clerk(dir, "c1", "2468").unwrap();
        let station = rt.block_on(enroll(base, dir, "station-1", Role::ClerkStation));
        let mut options = ClerkOptions::new(HubClient::new(base, &station));
        options.counter = Some("1".into());
        options.card = card;
        let (clerk, effect) = Clerk::new(options, Utc::now());
        let mut harness = ClerkHarness {
            rt,
            clerk,
            keystrokes: 0,
        };
        harness.run([effect]);
        harness
    }

    fn run(&mut self, effects: impl IntoIterator<Item = clerk::Effect>) {
        for effect in effects {
            let reply = self.rt.block_on(self.clerk.perform(effect));
            self.send(reply);
        }
    }

    pub fn send(&mut self, message: clerk::Message) {
        let effects = self.clerk.update(message);
        self.run(effects);
    }

    pub fn ui(&self) -> Simulator<'_, clerk::Message> {
        Simulator::with_size(Settings::default(), (1440.0, 900.0), self.clerk.view())
    }

    pub fn sees(&self, text: &str) -> bool {
        self.ui().find(text).is_ok()
    }

    pub fn sees_part(&self, part: &str) -> bool {
        self.ui().find(contains(part)).is_ok()
    }

    /// A key press that no widget took (what `keyboard::listen` delivers).
    pub fn key(&mut self, key: Key) {
        self.keystrokes += 1;
        self.send(clerk::Message::Keyboard(press(key, Modifiers::default())));
    }

    pub fn tap(&mut self, label: &str) {
        let messages: Vec<clerk::Message> = {
            let mut ui = self.ui();
            ui.click(label)
                .unwrap_or_else(|e| panic!("cannot click {label:?}: {e}"));
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "clicking {label:?} did nothing");
        for m in messages {
            self.send(m);
        }
    }

    /// Clicks the first text containing `part`.
    pub fn tap_part(&mut self, part: &str) {
        let messages: Vec<clerk::Message> = {
            let mut ui = self.ui();
            ui.click(contains(part))
                .unwrap_or_else(|e| panic!("cannot click {part:?}: {e}"));
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "clicking {part:?} did nothing");
        for m in messages {
            self.send(m);
        }
    }

    fn in_input(&mut self, id: &'static str, act: impl FnOnce(&mut Simulator<'_, clerk::Message>)) {
        let messages: Vec<clerk::Message> = {
            let mut ui = self.ui();
            ui.click(iced::widget::Id::new(id))
                .unwrap_or_else(|e| panic!("no input {id}: {e}"));
            act(&mut ui);
            ui.into_messages().collect()
        };
        for m in messages {
            self.send(m);
        }
    }

    /// Types into a text box one key at a time (each key sees the value
    /// the last one produced, as on screen).
    pub fn type_into(&mut self, id: &'static str, text: &str) {
        for c in text.chars() {
            self.keystrokes += 1;
            self.in_input(id, |ui| {
                ui.tap_key(named(keyboard::key::Named::End));
                ui.typewrite(&c.to_string());
            });
        }
    }

    /// Deletes the edit box's text key by key, and types `text`.
    pub fn clear_and_type(&mut self, id: &'static str, text: &str) {
        let current = match self.desk().mode() {
            clerk::record::Mode::Editing { text, .. } => text.chars().count(),
            _ => 0,
        };
        for _ in 0..current {
            self.keystrokes += 1;
            self.in_input(id, |ui| {
                ui.tap_key(named(keyboard::key::Named::End));
                ui.tap_key(named(keyboard::key::Named::Backspace));
            });
        }
        self.type_into(id, text);
    }

    pub fn submit(&mut self, id: &'static str) {
        self.keystrokes += 1;
        self.in_input(id, |ui| {
            ui.tap_key(named(keyboard::key::Named::Enter));
        });
    }

    pub fn log_in(&mut self, id: &str, pin: &str) {
        self.type_into(clerk::login::ID_INPUT, id);
        self.type_into(clerk::login::PIN_INPUT, pin);
        self.submit(clerk::login::PIN_INPUT);
    }

    pub fn desk(&self) -> &clerk::desk::Desk {
        self.clerk.desk().expect("logged in")
    }

    /// The clerk's session, for checking what the hub holds.
    pub fn session(&self) -> HubClient {
        self.clerk.session().expect("logged in").clone()
    }
}

pub type Events = Pin<Box<dyn Stream<Item = Feed> + Send>>;

pub struct BoardHarness {
    pub board: Board,
    /// Chimes the board asked for ([`board::Effect::Chime`]).
    pub chimes: usize,
}

impl BoardHarness {
    pub fn new(board: Board) -> Self {
        BoardHarness { board, chimes: 0 }
    }

    pub fn send(&mut self, rt: &Runtime, message: board::Message) {
        for effect in self.board.update(message) {
            if effect == board::Effect::Chime {
                self.chimes += 1;
            }
            if let Some(reply) = self.board.perform(effect) {
                let reply = rt.block_on(reply);
                self.send(rt, reply);
            }
        }
    }

    pub fn feed(&mut self, rt: &Runtime, item: Feed) {
        self.send(rt, board::Message::Feed(item));
    }

    pub fn ui(&self) -> Simulator<'_, board::Message> {
        Simulator::with_size(Settings::default(), (1600.0, 900.0), self.board.view())
    }

    pub fn sees(&self, text: &str) -> bool {
        self.ui().find(text).is_ok()
    }

    pub fn sees_part(&self, part: &str) -> bool {
        self.ui().find(contains(part)).is_ok()
    }
}

/// A board device on the hub, connected, with its own event stream for the
/// test to pump. Returns the board (state loaded) and a second stream.
pub fn board_for(rt: &Runtime, hub: &TestHub) -> (BoardHarness, Events) {
    let token = rt.block_on(hub.device("board-1", Role::Board));
    let client = BoardClient::new(&hub.base, &token);
    let mut harness = BoardHarness::new(Board::new(BoardOptions::new(client.clone()), Utc::now()));
    let mut events: Events = Box::pin(client.events());
    let first = rt.block_on(events.next()).expect("stream");
    assert_eq!(first, Feed::Connected);
    harness.feed(rt, first);
    (harness, events)
}

/// The next hub event on `events` matching `wanted` (within 5 s).
pub fn next_event(rt: &Runtime, events: &mut Events, wanted: impl Fn(&HubEvent) -> bool) -> Feed {
    rt.block_on(async {
        tokio::time::timeout(std::time::Duration::from_secs(5), async {
            loop {
                match events.next().await {
                    Some(Feed::Event(e)) if wanted(&e) => return Feed::Event(e),
                    Some(_) => continue,
                    None => panic!("stream ended"),
                }
            }
        })
        .await
        .expect("event within 5 s")
    })
}

/// Enrolls a device on the hub at `base` whose store is in `dir`.
pub async fn enroll(base: &str, dir: &std::path::Path, name: &str, role: Role) -> String {
    let code = madoguchi::hub::cli::enroll_device(dir, name, role).unwrap();
    madoguchi::sync::enroll(base, &code, None)
        .await
        .unwrap()
        .token
}

/// A hub that can be stopped and started again on the same address and
/// store, as after a restart of the hub PC.
pub struct RestartableHub {
    pub dir: tempfile::TempDir,
    pub addr: std::net::SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

impl RestartableHub {
    pub fn start(rt: &Runtime) -> RestartableHub {
        let dir = tempfile::tempdir().unwrap();
        let listener = rt
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let addr = listener.local_addr().unwrap();
        let mut hub = RestartableHub {
            dir,
            addr,
            stop: None,
            task: None,
        };
        hub.serve(rt, listener);
        hub
    }

    pub fn base(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn serve(&mut self, rt: &Runtime, listener: tokio::net::TcpListener) {
        let options = madoguchi::hub::HubOptions::new(
            madoguchi::config::hub::HubConfig::sample(),
            self.dir.path(),
        );
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let _guard = rt.enter();
        self.task = Some(tokio::spawn(madoguchi::hub::serve_with(
            options,
            listener,
            async {
                let _ = stopped.await;
            },
        )));
        self.stop = Some(stop);
        let health = format!("{}/healthz", self.base());
        rt.block_on(async {
            let http = reqwest::Client::new();
            for _ in 0..250 {
                if http
                    .get(&health)
                    .send()
                    .await
                    .is_ok_and(|r| r.status().is_success())
                {
                    return;
                }
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
            panic!("hub did not start");
        });
    }

    pub fn stop(&mut self, rt: &Runtime) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(mut task) = self.task.take() {
            rt.block_on(async {
                if tokio::time::timeout(std::time::Duration::from_secs(2), &mut task)
                    .await
                    .is_err()
                {
                    task.abort();
                }
            });
        }
    }

    pub fn restart(&mut self, rt: &Runtime) {
        self.stop(rt);
        let listener = rt
            .block_on(tokio::net::TcpListener::bind(self.addr))
            .unwrap();
        self.serve(rt, listener);
    }
}

/// The next item of `events` that `wanted` accepts (within 10 s).
pub fn next_feed(rt: &Runtime, events: &mut Events, wanted: impl Fn(&Feed) -> bool) -> Feed {
    rt.block_on(async {
        tokio::time::timeout(std::time::Duration::from_secs(10), async {
            loop {
                match events.next().await {
                    Some(item) if wanted(&item) => return item,
                    Some(_) => continue,
                    None => panic!("stream ended"),
                }
            }
        })
        .await
        .expect("feed item within 10 s")
    })
}
