//! The clerk console: queue control and record confirmation at a counter.
//!
//! [`Clerk`] owns two screens, each a module with its own `State`,
//! `Message`, `update` and `view` like the kiosk's: [`login`] (clerk id, PIN,
//! counter, services) and [`desk`] (see its docs for the keyboard
//! shortcuts). The desk is made of panels, each a part with its own state,
//! messages and events for the desk: [`queue`] (the visit at the counter and
//! the numbers waiting), [`record`] (the application, laid out like its
//! paper form by [`form`]), [`search`], [`staff_calls`] and [`export`]. The
//! console talks to the hub with [`crate::sync::clerk::HubClient`]: the
//! station's device token logs the clerk in, the clerk's session does the
//! rest, and every action the hub performs goes to its append-only audit
//! log with the clerk's id.
//!
//! Live updates come from the hub's event stream (an iced
//! [`Subscription`] over [`feed`]): a new ticket, a call at another counter or
//! a record pushed by a kiosk refresh the queue; after the hub restarts the
//! stream reconnects by itself and the console reloads the queue and the
//! visit it was serving, so it shows the same state as before.
//!
//! Staff calls: when a resident taps "call a staff member" on a kiosk, a
//! panel on top of the queue lists the kiosk, the resident's language and
//! how long they have waited, with an Answer button; answering is audited
//! by the hub and every console drops the call from the event stream.
//!
//! Export: a button in the top bar opens [`export`] in place of the record
//! panel: the day's confirmed records and statistics as CSV files saved in
//! the export folder, and the day's numbers as bar charts.
//!
//! Paper: buttons above the record (P for the first) print the application
//! through CUPS on `--printer` or save it as PDF in `--forms-dir`, as the
//! office's form or as the resident's 控え ([`paper`]).
//!
//! As in the kiosk, side effects leave [`Clerk::update`] as [`Effects`] run
//! by [`Clerk::perform`], and time enters as [`Message::Tick`], so tests
//! drive the console against a real hub without a window.

pub mod card_desk;
pub mod cli;
pub mod desk;
pub mod export;
pub mod form;
pub mod login;
pub mod notice;
pub mod paper;
pub mod queue;
pub mod record;
pub mod search;
pub mod source_badge;
pub mod staff_calls;

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use iced::keyboard::{self, Key, Modifiers};
use iced::widget::{button, column, container, row, space, text};
use iced::{Alignment, Element, Length, Subscription, Task, Theme};

use crate::card::CardReader;
use crate::domain::Catalog;
use crate::hub::api::LoginResponse;
use crate::i18n::{I18n, Lang, Message as Text};
use crate::model::BoardService;
use crate::queue::local_day;
use crate::sync::clerk::{Feed, HubClient, feed};
use crate::ui::effect::Effects;
use crate::ui::theme::{Emphasis, Look, Sizes, button_style};
use crate::ui::widgets::Ctx;

/// Everything the console needs to start.
#[derive(Clone, Debug)]
pub struct ClerkOptions {
    /// The hub with this station's `clerk-station` device token.
    pub client: HubClient,
    pub i18n: I18n,
    pub catalog: Arc<Catalog>,
    /// The counter this station stands at (pre-filled at log-in).
    pub counter: Option<String>,
    pub lang: Lang,
    pub tz: chrono_tz::Tz,
    /// Where the export panel saves its CSV files.
    pub export_dir: PathBuf,
    /// The desk's My Number card reader, if it has one.
    pub card: Option<Arc<dyn CardReader>>,
    /// The CUPS queue the record's form is printed on (`--printer`).
    pub printer: Option<String>,
    /// Where forms are saved as PDF (and kept when printed).
    pub forms_dir: PathBuf,
}

/// The console's export folder when none is given: `exports/` in its data
/// directory (the same place `madoguchi clerk` keeps its device token).
pub fn default_export_dir() -> PathBuf {
    directories::ProjectDirs::from("jp.lg", "Madoguchi", "madoguchi")
        .map(|dirs| dirs.data_dir().join("clerk"))
        .unwrap_or_else(|| PathBuf::from(".madoguchi").join("clerk"))
        .join("exports")
}

impl ClerkOptions {
    pub fn new(client: HubClient) -> Self {
        ClerkOptions {
            client,
            i18n: I18n::embedded(),
            catalog: Arc::new(Catalog::embedded()),
            counter: None,
            lang: Lang::ja(),
            tz: chrono_tz::Asia::Tokyo,
            export_dir: default_export_dir(),
            card: None,
            printer: None,
            forms_dir: default_export_dir().with_file_name("forms"),
        }
    }
}

#[derive(Debug)]
pub enum Stage {
    Login(login::State),
    Desk(Box<desk::Desk>),
}

#[derive(Debug, Clone)]
pub enum Message {
    Tick(DateTime<Utc>),
    Feed(Feed),
    Keyboard(keyboard::Event),
    ToggleLanguage,
    /// Open or close the export and statistics panel.
    ToggleExport,
    Logout,
    Login(login::Message),
    Desk(desk::Message),
    ServicesLoaded(Result<Vec<BoardService>, Text>),
    LoggedIn {
        services: Vec<String>,
        result: Result<LoginResponse, Text>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadServices,
    Login {
        id: String,
        pin: String,
        counter: String,
        services: Vec<String>,
    },
    /// End this clerk session (its token) at the hub.
    Logout(String),
    Desk(desk::Effect),
    /// Move the keyboard to the next (or previous) text box.
    FocusNext(bool),
}

#[derive(Debug)]
pub struct Clerk {
    options: ClerkOptions,
    lang: Lang,
    stage: Stage,
    /// The clerk's session once logged in.
    session: Option<HubClient>,
    now: DateTime<Utc>,
    online: bool,
}

impl Clerk {
    /// A console on its log-in screen; the effect loads the office's services.
    pub fn new(options: ClerkOptions, now: DateTime<Utc>) -> (Self, Effect) {
        let clerk = Clerk {
            lang: options.lang,
            stage: Stage::Login(login::State::new(options.counter.clone())),
            options,
            session: None,
            now,
            online: false,
        };
        (clerk, Effect::LoadServices)
    }

    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    pub fn desk(&self) -> Option<&desk::Desk> {
        match &self.stage {
            Stage::Desk(d) => Some(d),
            Stage::Login(_) => None,
        }
    }

    /// The hub with the logged-in clerk's session.
    pub fn session(&self) -> Option<&HubClient> {
        self.session.as_ref()
    }

    /// Where forms are printed (a CUPS queue) and saved.
    pub fn set_paper(&mut self, printer: Option<String>, forms_dir: PathBuf) {
        self.options.printer = printer;
        self.options.forms_dir = forms_dir;
    }

    /// Where exports are saved (tests point it at a temporary folder).
    pub fn set_export_dir(&mut self, dir: PathBuf) {
        self.options.export_dir = dir;
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn online(&self) -> bool {
        self.online
    }

    pub fn title(&self) -> String {
        self.options.i18n.tr(&self.lang, "clerk-title")
    }

    pub fn theme(&self) -> Theme {
        Look::default().theme()
    }

    fn relayout(&mut self) {
        let today = local_day(self.now, self.options.tz);
        let (i18n, lang) = (&self.options.i18n, self.lang);
        if let Stage::Desk(desk) = &mut self.stage {
            desk.relayout(i18n, &lang, today);
        }
    }

    /// The log-in screen again, saying `why` when there is a reason.
    fn back_to_login(&mut self, why: Option<Text>) {
        let mut state = login::State::new(self.options.counter.clone());
        state.error = why;
        self.stage = Stage::Login(state);
    }

    pub fn update(&mut self, message: Message) -> Effects<Effect> {
        match message {
            Message::Tick(now) => self.tick(now),
            Message::Feed(feed) => self.on_feed(feed),
            Message::Keyboard(event) => self.on_keyboard(event),
            Message::ToggleLanguage => self.toggle_language(),
            Message::ToggleExport => self.toggle_export(),
            Message::Logout => self.logout(),
            Message::Login(message) => self.on_login(message),
            Message::ServicesLoaded(result) => self.services_loaded(result),
            Message::LoggedIn { services, result } => self.logged_in(services, result),
            Message::Desk(message) => self.on_desk(message),
        }
    }

    fn tick(&mut self, now: DateTime<Utc>) -> Effects<Effect> {
        self.now = now;
        Effects::none()
    }

    fn toggle_language(&mut self) -> Effects<Effect> {
        self.lang = other_lang(self.lang);
        self.relayout();
        Effects::none()
    }

    fn toggle_export(&mut self) -> Effects<Effect> {
        let today = local_day(self.now, self.options.tz);
        match &mut self.stage {
            Stage::Desk(desk) => desk.toggle_export(today).map(Effect::Desk),
            Stage::Login(_) => Effects::none(),
        }
    }

    fn logout(&mut self) -> Effects<Effect> {
        let Some(session) = self.session.take() else {
            return Effects::none();
        };
        let effect = Effect::Logout(session.token().to_owned());
        self.back_to_login(None);
        Effects::from(vec![effect, Effect::LoadServices])
    }

    fn on_login(&mut self, message: login::Message) -> Effects<Effect> {
        let Stage::Login(state) = &mut self.stage else {
            return Effects::none();
        };
        match state.update(message) {
            login::Action::None => Effects::none(),
            login::Action::Login {
                id,
                pin,
                counter,
                services,
            } => Effects::one(Effect::Login {
                id,
                pin,
                counter,
                services,
            }),
        }
    }

    fn services_loaded(&mut self, result: Result<Vec<BoardService>, Text>) -> Effects<Effect> {
        match (&mut self.stage, result) {
            (Stage::Login(state), Ok(services)) => {
                self.online = true;
                state.set_services(services)
            }
            (Stage::Login(state), Err(e)) => state.error = Some(e),
            _ => {}
        }
        Effects::none()
    }

    fn logged_in(
        &mut self,
        services: Vec<String>,
        result: Result<LoginResponse, Text>,
    ) -> Effects<Effect> {
        let Stage::Login(state) = &mut self.stage else {
            return Effects::none();
        };
        state.pending = false;
        let login = match result {
            Ok(login) => login,
            Err(e) => {
                state.error = Some(e);
                return Effects::none();
            }
        };
        tracing::info!(clerk = %login.clerk, counter = ?login.counter, "clerk logged in");
        self.session = Some(self.options.client.with_session(&login.session));
        let mut desk = desk::Desk::new(
            login.clerk,
            login.counter.unwrap_or_default(),
            services,
            state.offered.clone(),
            self.options.catalog.clone(),
        );
        let effects = desk.load();
        self.stage = Stage::Desk(Box::new(desk));
        effects.map(Effect::Desk)
    }

    /// A desk message; an expired or revoked session goes back to log-in,
    /// saying why.
    fn on_desk(&mut self, message: desk::Message) -> Effects<Effect> {
        let effects = self.desk_update(message);
        if self.desk().is_some_and(desk::Desk::session_expired) {
            tracing::warn!("clerk session no longer valid; logging out");
            self.session = None;
            self.back_to_login(Some(Text::new("clerk-session-expired")));
            return Effects::one(Effect::LoadServices);
        }
        effects
    }

    fn desk_update(&mut self, message: desk::Message) -> Effects<Effect> {
        let Stage::Desk(desk) = &mut self.stage else {
            return Effects::none();
        };
        let effects = desk.update(message);
        self.relayout();
        effects.map(Effect::Desk)
    }

    fn on_feed(&mut self, feed: Feed) -> Effects<Effect> {
        match feed {
            Feed::Disconnected(_) => {
                self.online = false;
                Effects::none()
            }
            Feed::Connected | Feed::Resync => self.reconnected(),
            Feed::Event(event) => match &mut self.stage {
                Stage::Desk(desk) => desk.follow(event).map(Effect::Desk),
                Stage::Login(_) => Effects::none(),
            },
        }
    }

    /// Connected (again): fetch what may have been missed.
    fn reconnected(&mut self) -> Effects<Effect> {
        self.online = true;
        match &mut self.stage {
            Stage::Login(state) if state.offered.is_empty() => Effects::one(Effect::LoadServices),
            Stage::Login(_) => Effects::none(),
            Stage::Desk(desk) => desk.reload().map(Effect::Desk),
        }
    }

    fn on_keyboard(&mut self, event: keyboard::Event) -> Effects<Effect> {
        match event {
            keyboard::Event::KeyPressed {
                key,
                modifiers,
                repeat: false,
                ..
            } => self.on_key(&key, modifiers),
            _ => Effects::none(),
        }
    }

    fn on_key(&mut self, key: &Key, modifiers: Modifiers) -> Effects<Effect> {
        if let Key::Named(keyboard::key::Named::Tab) = key {
            return Effects::one(Effect::FocusNext(!modifiers.shift()));
        }
        let Stage::Desk(desk) = &self.stage else {
            return Effects::none();
        };
        match desk.shortcut(key, modifiers) {
            Some(message) => self.desk_update(message),
            None => Effects::none(),
        }
    }

    /// The future that carries out an effect and answers with a message.
    pub fn perform(&self, effect: Effect) -> impl Future<Output = Message> + Send + 'static {
        let device = self.options.client.clone();
        let session = self.session.clone();
        let export_dir = self.options.export_dir.clone();
        let card = self.options.card.clone();
        let paper = paper::Settings {
            printer: self.options.printer.clone(),
            folder: self.options.forms_dir.clone(),
            catalog: self.options.catalog.clone(),
            i18n: self.options.i18n.clone(),
        };
        async move {
            let session = session.unwrap_or_else(|| device.clone());
            match effect {
                Effect::LoadServices => Message::ServicesLoaded(
                    device
                        .board()
                        .await
                        .map(|b| b.services)
                        .map_err(clerk_error),
                ),
                Effect::Login {
                    id,
                    pin,
                    counter,
                    services,
                } => Message::LoggedIn {
                    services,
                    result: device
                        .login(&id, &pin, Some(&counter))
                        .await
                        .map_err(clerk_error),
                },
                Effect::Logout(token) => {
                    if let Err(e) = device.with_session(&token).logout().await {
                        tracing::warn!(error = %e, "logout failed");
                    }
                    Message::Tick(Utc::now())
                }
                Effect::Desk(effect) => {
                    match desk::perform(session, export_dir, card, paper, effect).await {
                        Some(message) => Message::Desk(message),
                        // A widget operation, run by `update_task`; nothing to do here.
                        None => Message::Tick(Utc::now()),
                    }
                }
                // A widget operation too.
                Effect::FocusNext(_) => Message::Tick(Utc::now()),
            }
        }
    }

    pub fn update_task(&mut self, message: Message) -> Task<Message> {
        self.update(message).into_task(|effect| match effect {
            Effect::FocusNext(true) => iced::widget::operation::focus_next(),
            Effect::FocusNext(false) => iced::widget::operation::focus_previous(),
            Effect::Desk(desk::Effect::Focus(id)) => iced::widget::operation::focus(id),
            effect => Task::future(self.perform(effect)),
        })
    }

    pub fn subscription(&self) -> Subscription<Message> {
        Subscription::batch([
            Subscription::run_with(self.options.client.clone(), |client| feed(client.clone()))
                .map(Message::Feed),
            keyboard::listen().map(Message::Keyboard),
            iced::time::every(Duration::from_secs(1)).map(|_| Message::Tick(Utc::now())),
        ])
    }

    pub fn view(&self) -> Element<'_, Message> {
        let ctx = Ctx::new(&self.options.i18n, self.lang, Sizes::NORMAL);
        let other = if self.lang == Lang::ja() {
            "English"
        } else {
            "日本語"
        };
        let who = match &self.stage {
            Stage::Desk(d) => ctx.tr_args(
                "clerk-bar-who",
                &[("counter", d.counter().into()), ("clerk", d.clerk().into())],
            ),
            Stage::Login(_) => String::new(),
        };
        let status = if self.online {
            ctx.tr("clerk-online")
        } else {
            ctx.tr("clerk-offline")
        };
        let mut bar = row![
            text(ctx.tr("clerk-title")).size(22).font(ctx.bold()),
            text(who).size(18).font(ctx.font()),
            space().width(Length::Fill),
            if self.online {
                ctx.small(status).size(16)
            } else {
                ctx.small(status)
                    .size(16)
                    .style(crate::ui::theme::danger_text)
            },
            text(
                self.now
                    .with_timezone(&self.options.tz)
                    .format("%H:%M")
                    .to_string()
            )
            .size(20),
            button(
                text(other)
                    .size(16)
                    .font(crate::ui::fonts::font_for(other_lang(self.lang)))
            )
            .style(button_style(Emphasis::Secondary))
            .on_press(Message::ToggleLanguage),
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        if let (Some(_), Stage::Desk(desk)) = (&self.session, &self.stage) {
            let label = if desk.export().is_some() {
                "clerk-export-close"
            } else {
                "clerk-export-open"
            };
            bar = bar.push(
                button(text(ctx.tr(label)).size(16).font(ctx.font()))
                    .style(button_style(Emphasis::Secondary))
                    .on_press(Message::ToggleExport),
            );
            bar = bar.push(
                button(text(ctx.tr("clerk-logout")).size(16).font(ctx.font()))
                    .style(button_style(Emphasis::Secondary))
                    .on_press(Message::Logout),
            );
        }
        let body: Element<'_, Message> = match &self.stage {
            Stage::Login(state) => state.view(&ctx).map(Message::Login),
            Stage::Desk(desk) => desk.view(&ctx, self.now).map(Message::Desk),
        };
        container(column![bar, body].spacing(12).padding(14))
            .width(Length::Fill)
            .height(Length::Fill)
            .into()
    }
}

/// A hub error as the clerk reads it: "unreachable" in the console's own
/// words (the shared sync message speaks of a kiosk's saved applications).
pub fn clerk_error(e: crate::sync::SyncError) -> Text {
    match e {
        crate::sync::SyncError::Offline(_) => Text::new("clerk-error-unreachable"),
        other => other.message(),
    }
}

/// The language the top bar's button switches to: English from Japanese,
/// Japanese from anything else.
fn other_lang(lang: Lang) -> Lang {
    if lang == Lang::ja() {
        Lang::parse("en").unwrap_or_else(Lang::ja)
    } else {
        Lang::ja()
    }
}

/// A language tag as its own name (`ja` → 日本語); unknown tags as given.
fn language_name(code: &str) -> String {
    Lang::parse(code)
        .map(|l| l.native_name().to_owned())
        .unwrap_or_else(|| code.to_owned())
}

/// Procedure names in the clerk's language, joined by ・ (an id the
/// catalogue does not know, as given).
fn procedure_names(catalog: &Catalog, ctx: &Ctx<'_>, ids: &[String]) -> String {
    ids.iter()
        .map(|p| {
            catalog
                .procedure(p)
                .map(|p| ctx.tr(&p.name))
                .unwrap_or_else(|| p.clone())
        })
        .collect::<Vec<_>>()
        .join("・")
}

/// Opens the console window and runs it until it is closed.
pub fn run(options: ClerkOptions) -> iced::Result {
    let loaded = crate::ui::fonts::load();
    let default_font = loaded.default_font();
    let settings = iced::Settings {
        id: Some("madoguchi-clerk".into()),
        fonts: loaded.bytes,
        default_font,
        default_text_size: 18.into(),
        ..iced::Settings::default()
    };
    let window = iced::window::Settings {
        size: iced::Size::new(1440.0, 900.0),
        ..iced::window::Settings::default()
    };
    iced::application(
        move || {
            let (mut clerk, effect) = Clerk::new(options.clone(), Utc::now());
            let task = Task::batch([
                Task::future(clerk.perform(effect)),
                iced::widget::operation::focus(login::ID_INPUT),
            ]);
            clerk.now = Utc::now();
            (clerk, task)
        },
        Clerk::update_task,
        Clerk::view,
    )
    .title(Clerk::title)
    .theme(Clerk::theme)
    .subscription(Clerk::subscription)
    .settings(settings)
    .window(window)
    .run()
}
