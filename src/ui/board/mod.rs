//! The waiting-room board: who is called to which counter, how many wait
//! and for about how long, with captions cycling through the office's
//! languages (やさしい日本語 included) and a clock.
//!
//! The board holds the hub's [`model::Board`] and follows the event stream
//! ([`BoardClient::events`]): a `called` event shows the number at once (no round trip),
//! every event also re-fetches the board for the waiting counts (at most one
//! fetch in flight; events during it cause one more). When the hub is away
//! the last state stays on screen under a "reconnecting" banner, and the
//! stream's reconnection brings the current state back: the board never
//! crashes and never shows an empty screen because of the network.
//!
//! A new call (or a recall) is highlighted, flashes for [`FLASH`] and is
//! announced by a chime and a voice: [`Board::update`] returns
//! [`Effect::Chime`] then [`Effect::Announce`]. With speech on, both go to
//! the one [`Speaker`] queue (the chime, the call in Japanese, then in the
//! ticket's language when it is not Japanese; a recall says so), so calls
//! that arrive together are said one after the other, never over each
//! other; with speech off the chime goes to the [`Chime`] player thread
//! (iced has no audio; see [`crate::sound`] and [`crate::speech`]). Only a call that arrives as an event chimes:
//! the list loaded at start-up or after a reconnection is shown silently, so
//! a hub restart does not ring for numbers called minutes ago.
//!
//! Like the kiosk, time only enters as [`Message::Tick`] and side effects
//! leave [`Board::update`] as [`Effects`] run by [`Board::perform`], so
//! tests drive it without a window.

pub mod cli;

use std::future::Future;
use std::time::Duration;

use chrono::{DateTime, Datelike, Utc};
use iced::widget::{column, container, row, text};
use iced::{Alignment, Background, Border, Color, Element, Length, Subscription, Task, Theme};

use crate::hub::api::HubEvent;
use crate::i18n::{I18n, Lang, Message as Text};
use crate::model::{self, Calling};
use crate::queue::VisitState;
use crate::sound::Chime;
use crate::speech::queue::{Part, Speaker, Utterance};
use crate::speech::spoken;
use crate::sync::board::BoardClient;
use crate::sync::clerk::Feed;
use crate::ui::effect::Effects;
use crate::ui::theme::{Look, Sizes, card, warning_banner};
use crate::ui::widgets::Ctx;

/// How many calls the board lists.
pub const SHOWN_CALLS: usize = 6;
/// Services shown with two large lines each; more are shown compactly.
pub const ROOMY_SERVICES: usize = 4;
/// A new call stands out (flashing colour) for this long.
pub const FLASH: Duration = Duration::from_secs(10);

/// Everything the board needs to start.
#[derive(Clone, Debug)]
pub struct BoardOptions {
    pub client: BoardClient,
    /// Caption languages in the order shown; never empty.
    pub languages: Vec<Lang>,
    /// Seconds each caption language stays.
    pub caption_seconds: u64,
    pub tz: chrono_tz::Tz,
    pub fullscreen: bool,
    pub i18n: I18n,
    /// The chime player; [`Chime::off`] when muted or when the speaker chimes.
    pub chime: Chime,
    /// The voice calls (and the chime before each); [`Speaker::off`] when muted.
    pub speaker: Speaker,
}

impl BoardOptions {
    pub fn new(client: BoardClient) -> Self {
        BoardOptions {
            client,
            languages: default_languages(),
            caption_seconds: 8,
            tz: chrono_tz::Asia::Tokyo,
            fullscreen: true,
            i18n: I18n::embedded(),
            chime: Chime::off(),
            speaker: Speaker::off(),
        }
    }
}

/// Japanese, やさしい日本語 and English.
pub fn default_languages() -> Vec<Lang> {
    ["ja", "ja-x-easy", "en"]
        .iter()
        .filter_map(|c| Lang::parse(c))
        .collect()
}

/// Whether the hub is there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connection {
    Connecting,
    Online,
    Reconnecting,
}

#[derive(Debug, Clone)]
pub enum Message {
    Feed(Feed),
    Loaded(Result<model::Board, Text>),
    Tick(DateTime<Utc>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Fetch the board from the hub ([`Board::perform`]).
    Fetch,
    /// A number was just called or recalled: play the chime.
    Chime,
    /// Then say the call.
    Announce(Call),
}

/// A call as the board says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub number: String,
    pub counter: Option<String>,
    pub recall: bool,
    /// The ticket's language, when the hub knows it.
    pub lang: Option<Lang>,
}

impl Call {
    /// The words of the call: Japanese first, then the ticket's language
    /// when that is another one (やさしい日本語 included).
    pub fn utterance(&self, i18n: &I18n) -> Utterance {
        let counter = self.counter.as_deref().unwrap_or_default();
        let mut langs = vec![Lang::ja()];
        langs.extend(self.lang.filter(|l| *l != Lang::ja()));
        Utterance {
            parts: langs
                .into_iter()
                .map(|lang| Part::Say {
                    lang,
                    text: spoken::call_text(i18n, lang, &self.number, counter, self.recall),
                })
                .collect(),
        }
    }
}

#[derive(Debug)]
pub struct Board {
    options: BoardOptions,
    board: Option<model::Board>,
    connection: Connection,
    now: DateTime<Utc>,
    caption: usize,
    caption_since: DateTime<Utc>,
    /// The newest call and when this board learnt of it.
    newest: Option<(String, DateTime<Utc>)>,
    fetching: bool,
    fetch_again: bool,
    /// When the hub last told this board anything (shown while reconnecting).
    updated: Option<DateTime<Utc>>,
}

impl Board {
    pub fn new(options: BoardOptions, now: DateTime<Utc>) -> Self {
        Board {
            options,
            board: None,
            connection: Connection::Connecting,
            now,
            caption: 0,
            caption_since: now,
            newest: None,
            fetching: false,
            fetch_again: false,
            updated: None,
        }
    }

    pub fn connection(&self) -> Connection {
        self.connection
    }

    pub fn options(&self) -> &BoardOptions {
        &self.options
    }

    pub fn state(&self) -> Option<&model::Board> {
        self.board.as_ref()
    }

    /// The number highlighted as the newest call.
    pub fn newest(&self) -> Option<&str> {
        self.newest.as_ref().map(|(n, _)| n.as_str())
    }

    /// The language of the captions now.
    pub fn caption_lang(&self) -> Lang {
        self.options
            .languages
            .get(self.caption)
            .copied()
            .unwrap_or_else(Lang::ja)
    }

    pub fn title(&self) -> String {
        self.options.i18n.tr(&Lang::ja(), "board-title")
    }

    pub fn theme(&self) -> Theme {
        Look::default().theme()
    }

    fn fetch(&mut self) -> Effects<Effect> {
        if self.fetching {
            self.fetch_again = true;
            Effects::none()
        } else {
            self.fetching = true;
            Effects::one(Effect::Fetch)
        }
    }

    pub fn update(&mut self, message: Message) -> Effects<Effect> {
        match message {
            Message::Tick(now) => self.tick(now),
            Message::Feed(Feed::Connected) => self.connected(),
            Message::Feed(Feed::Resync) => self.fetch(),
            Message::Feed(Feed::Disconnected(_)) => self.disconnected(),
            Message::Feed(Feed::Event(event)) => self.on_event(event),
            Message::Loaded(result) => self.loaded(result),
        }
    }

    /// Time passes: the captions move to the next language when it is due.
    fn tick(&mut self, now: DateTime<Utc>) -> Effects<Effect> {
        self.now = now;
        let every = chrono::Duration::seconds(self.options.caption_seconds.max(1) as i64);
        if now - self.caption_since >= every && !self.options.languages.is_empty() {
            self.caption = (self.caption + 1) % self.options.languages.len();
            self.caption_since = now;
        }
        Effects::none()
    }

    fn connected(&mut self) -> Effects<Effect> {
        self.connection = Connection::Online;
        self.fetch()
    }

    fn disconnected(&mut self) -> Effects<Effect> {
        self.connection = Connection::Reconnecting;
        Effects::none()
    }

    /// A call shows (and chimes) at once; every event re-fetches the counts.
    fn on_event(&mut self, event: HubEvent) -> Effects<Effect> {
        self.updated = Some(self.now);
        let mut effects = Effects::none();
        if let HubEvent::Called {
            number,
            service,
            counter,
            recall,
            lang,
        } = &event
        {
            self.show_call(number, service, counter.clone());
            effects.push(Effect::Chime);
            effects.push(Effect::Announce(Call {
                number: number.clone(),
                counter: counter.clone(),
                recall: *recall,
                lang: lang.as_deref().and_then(Lang::parse),
            }));
        }
        if let HubEvent::DayChanged { .. } = event {
            self.newest = None;
        }
        effects.extend(self.fetch());
        effects
    }

    fn loaded(&mut self, result: Result<model::Board, Text>) -> Effects<Effect> {
        self.fetching = false;
        match result {
            Ok(board) => {
                if self.connection == Connection::Connecting {
                    self.connection = Connection::Online;
                }
                if self.newest.is_none()
                    && let Some(first) = board.recent_calls.first()
                {
                    self.newest = Some((first.number.clone(), self.now - FLASH * 2));
                }
                self.board = Some(board);
                self.updated = Some(self.now);
            }
            Err(message) => {
                tracing::warn!(reason = %message, "board not loaded");
                self.connection = Connection::Reconnecting;
            }
        }
        if std::mem::take(&mut self.fetch_again) {
            self.fetch()
        } else {
            Effects::none()
        }
    }

    /// Puts a call at the top at once, before the board is fetched again.
    fn show_call(&mut self, number: &str, service: &str, counter: Option<String>) {
        self.newest = Some((number.to_owned(), self.now));
        let Some(board) = self.board.as_mut() else {
            return;
        };
        let call = Calling {
            number: number.to_owned(),
            counter,
            state: VisitState::Called,
            called_at: Some(self.now),
            recalls: 0,
        };
        board.recent_calls.retain(|c| c.number != number);
        board.recent_calls.insert(0, call.clone());
        if let Some(s) = board.services.iter_mut().find(|s| s.prefix == service) {
            s.calling.retain(|c| c.number != number);
            s.calling.insert(0, call);
        }
    }

    /// Carries out an effect: the chime and the call are queued at once
    /// (on their own thread), a fetch is the returned future, whose answer
    /// goes back to `update`.
    pub fn perform(
        &self,
        effect: Effect,
    ) -> Option<impl Future<Output = Message> + Send + 'static> {
        match effect {
            Effect::Chime if self.options.speaker.is_on() => {
                self.options.speaker.say(Utterance {
                    parts: vec![Part::Chime],
                });
                None
            }
            Effect::Chime => {
                self.options.chime.ring();
                None
            }
            Effect::Announce(call) => {
                self.options.speaker.say(call.utterance(&self.options.i18n));
                None
            }
            Effect::Fetch => {
                let client = self.options.client.clone();
                Some(async move { Message::Loaded(client.board().await.map_err(|e| e.message())) })
            }
        }
    }

    pub fn update_task(&mut self, message: Message) -> Task<Message> {
        self.update(message)
            .into_task(|effect| match self.perform(effect) {
                Some(fetch) => Task::future(fetch),
                None => Task::none(),
            })
    }

    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::batch([
            Subscription::run_with(self.options.client.clone(), BoardClient::events)
                .map(Message::Feed),
            iced::time::every(Duration::from_secs(1)).map(|_| Message::Tick(Utc::now())),
        ])
    }

    pub fn view(&self) -> Element<'_, Message> {
        let lang = self.caption_lang();
        let ctx = Ctx::new(&self.options.i18n, lang, Sizes::NORMAL);
        let local = self.now.with_timezone(&self.options.tz);
        let office = self
            .board
            .as_ref()
            .map(|b| b.office.clone())
            .unwrap_or_default();
        let date = ctx.tr_args(
            "board-date",
            &[
                ("year", local.year().to_string().into()),
                ("month", local.month().to_string().into()),
                ("day", local.day().to_string().into()),
            ],
        );
        let header = row![
            column![
                text(office).size(30).font(ctx.bold()),
                ctx.small(ctx.tr("board-please-go")),
            ]
            .spacing(4)
            .width(Length::Fill),
            column![
                text(local.format("%H:%M").to_string())
                    .size(56)
                    .font(ctx.bold()),
                ctx.small(date),
            ]
            .align_x(Alignment::End),
        ]
        .align_y(Alignment::Center);

        // Equal halves: the waiting lines need the width in the longer
        // languages (やさしい日本語 "2にん まって います" beside "だいたい 12ふん"),
        // and a called number with its counter fits in half a screen.
        let body = row![
            container(self.calls_view(&ctx))
                .padding(24)
                .width(Length::FillPortion(1))
                .height(Length::Fill)
                .style(card),
            container(self.waiting_view(&ctx))
                .padding(24)
                .width(Length::FillPortion(1))
                .height(Length::Fill)
                .style(card),
        ]
        .spacing(24)
        .height(Length::Fill);

        let captions = row(self.options.languages.iter().enumerate().map(|(i, l)| {
            let label = text(l.native_name())
                .size(20)
                .font(crate::ui::fonts::font_for(*l));
            if i == self.caption {
                container(label).padding([4, 12]).style(chip(true)).into()
            } else {
                container(label).padding([4, 12]).style(chip(false)).into()
            }
        }))
        .spacing(8);

        // While the hub is away the banner takes the captions' place, so the
        // waiting list keeps its room (the banner is in the caption language).
        let footer: Element<'_, Message> = if self.connection == Connection::Online {
            captions.into()
        } else {
            let key = if self.connection == Connection::Connecting {
                "board-connecting"
            } else {
                "board-reconnecting"
            };
            let mut banner = column![ctx.body(ctx.tr(key))]
                .spacing(2)
                .align_x(Alignment::Center);
            if let (Connection::Reconnecting, Some(at)) = (self.connection, self.updated) {
                let time = at
                    .with_timezone(&self.options.tz)
                    .format("%H:%M")
                    .to_string();
                banner = banner
                    .push(ctx.small(ctx.tr_args("board2-last-update", &[("time", time.into())])));
            }
            container(banner)
                .padding([6, 16])
                .width(Length::Fill)
                .center_x(Length::Fill)
                .style(warning_banner)
                .into()
        };
        let page = column![header, body, footer]
            .spacing(20)
            .padding(28)
            .height(Length::Fill);
        container(page)
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }

    fn calls_view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let calls: &[Calling] = self
            .board
            .as_ref()
            .map(|b| b.recent_calls.as_slice())
            .unwrap_or(&[]);
        let mut list = column![ctx.heading(ctx.tr("board-calling"))].spacing(14);
        if calls.is_empty() {
            list = list.push(ctx.body(ctx.tr("board-no-calls")));
        }
        let flashing = self
            .newest
            .as_ref()
            .is_some_and(|(_, at)| *at > self.now - FLASH);
        for (i, call) in calls.iter().take(SHOWN_CALLS).enumerate() {
            let newest = i == 0;
            let counter = call
                .counter
                .as_deref()
                .map(|c| ctx.tr_args("board-counter", &[("counter", c.into())]))
                .unwrap_or_default();
            let size = if newest { 84.0 } else { 52.0 };
            // The number keeps its width; the counter takes the rest and
            // wraps at word breaks when the language spells it out long.
            let line = row![
                text(call.number.clone())
                    .size(size)
                    .font(ctx.bold())
                    .wrapping(text::Wrapping::None),
                text("→").size(size * 0.6),
                text(counter)
                    .size(size * 0.62)
                    .font(ctx.bold())
                    .width(Length::Fill),
            ]
            .spacing(20)
            .align_y(Alignment::Center);
            let style = match (newest, flashing) {
                (true, true) => row_style(RowLook::Flash),
                (true, false) => row_style(RowLook::Newest),
                _ => row_style(RowLook::Plain),
            };
            list = list.push(
                container(line)
                    .padding([6, 18])
                    .width(Length::Fill)
                    .style(style),
            );
        }
        list.into()
    }

    fn waiting_view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let services: &[model::BoardService] = self
            .board
            .as_ref()
            .map(|b| b.services.as_slice())
            .unwrap_or(&[]);
        // Up to four services get two large lines each; more share one line
        // each so that eight still fit a 1080-line screen.
        let compact = services.len() > ROOMY_SERVICES;
        let scale = if compact { 0.7 } else { 1.0 };
        let mut list = column![ctx.heading(ctx.tr("board-waiting-heading"))].spacing(if compact {
            10
        } else {
            18
        });
        for service in services {
            let waiting = ctx.tr_args("board-waiting", &[("count", service.waiting.into())]);
            let wait = if service.waiting == 0 {
                ctx.tr("board-no-wait")
            } else {
                ctx.tr_args(
                    "board-wait-estimate",
                    &[("minutes", service.estimated_wait_minutes.into())],
                )
            };
            let name = row![
                text(service.prefix.clone())
                    .size(44.0 * scale)
                    .font(ctx.bold()),
                text(ctx.tr(&service.name_key))
                    .size(32.0 * scale)
                    .font(ctx.bold()),
            ]
            .spacing(14)
            .align_y(Alignment::Center);
            // The estimate is laid out first at its full width; the count
            // takes the rest and wraps when a language makes it long
            // (やさしい日本語), so neither is cut off.
            let counts = row![
                text(waiting)
                    .size(40.0 * scale)
                    .font(ctx.bold())
                    .width(Length::Fill),
                text(wait)
                    .size(34.0 * scale)
                    .font(ctx.font())
                    .wrapping(text::Wrapping::None),
            ]
            .spacing(16)
            .align_y(Alignment::Center);
            list = if compact {
                list.push(
                    row![
                        container(name).width(Length::FillPortion(5)),
                        container(counts).width(Length::FillPortion(6)),
                    ]
                    .align_y(Alignment::Center),
                )
            } else {
                list.push(column![name, counts].spacing(4))
            };
        }
        // A wall display has no one to scroll it: whatever does not fit is cut.
        container(list).height(Length::Fill).clip(true).into()
    }
}

#[derive(Clone, Copy)]
enum RowLook {
    Plain,
    Newest,
    Flash,
}

fn row_style(look: RowLook) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let palette = theme.extended_palette();
        let (background, text_color) = match look {
            RowLook::Plain => (palette.background.weak.color, palette.background.weak.text),
            RowLook::Newest => (palette.primary.base.color, palette.primary.base.text),
            RowLook::Flash => (palette.warning.strong.color, palette.warning.strong.text),
        };
        container::Style {
            background: Some(Background::Color(background)),
            text_color: Some(text_color),
            border: Border {
                radius: 12.0.into(),
                ..Border::default()
            },
            ..container::Style::default()
        }
    }
}

fn chip(active: bool) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let palette = theme.extended_palette();
        container::Style {
            background: Some(Background::Color(if active {
                palette.primary.base.color
            } else {
                Color::TRANSPARENT
            })),
            text_color: Some(if active {
                palette.primary.base.text
            } else {
                palette.background.base.text
            }),
            border: Border {
                radius: 10.0.into(),
                width: 1.0,
                color: palette.primary.base.color,
            },
            ..container::Style::default()
        }
    }
}

/// Opens the board window and runs it until it is closed.
pub fn run(options: BoardOptions) -> iced::Result {
    let loaded = crate::ui::fonts::load();
    let default_font = loaded.default_font();
    let settings = iced::Settings {
        id: Some("madoguchi-board".into()),
        fonts: loaded.bytes,
        default_font,
        default_text_size: Sizes::NORMAL.body.into(),
        ..iced::Settings::default()
    };
    let window = iced::window::Settings {
        size: iced::Size::new(1600.0, 900.0),
        fullscreen: options.fullscreen,
        decorations: !options.fullscreen,
        ..iced::window::Settings::default()
    };
    iced::application(
        move || (Board::new(options.clone(), Utc::now()), Task::none()),
        Board::update_task,
        Board::view,
    )
    .title(Board::title)
    .theme(Board::theme)
    .subscription(Board::subscription)
    .settings(settings)
    .window(window)
    .run()
}
