//! The search panel: today's records by ticket number (`a-1` finds
//! A-001), else records by the reading of the applicant's name (hiragana
//! or katakana); a result opens in the record panel.

use std::sync::Arc;

use iced::widget::{button, column, container, text, text_input};
use iced::{Element, Length};
use uuid::Uuid;

use super::notice::Notice;
use super::procedure_names;
use crate::domain::Catalog;
use crate::i18n::Message as Text;
use crate::model::RecordSummary;
use crate::queue::TicketNumber;
use crate::sync::clerk::HubClient;
use crate::ui::effect::Effects;
use crate::ui::theme::{Emphasis, button_style, card};
use crate::ui::widgets::Ctx;

pub const SEARCH_INPUT: &str = "clerk-search";

#[derive(Debug, Clone)]
pub enum Message {
    Text(String),
    Search,
    /// Put the keyboard in the search box (S or /).
    Focus,
    Open(Uuid),
    // Answer from the hub.
    Results(Result<Vec<RecordSummary>, Text>),
}

/// Work for the hub ([`perform`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    ByNumber(String),
    ByKana(String),
}

/// What the panel tells the desk.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Hub(Effect),
    Notice(Notice),
    Focus(&'static str),
    /// Show this record in the record panel.
    Open(Uuid),
}

#[derive(Debug)]
pub struct State {
    catalog: Arc<Catalog>,
    query: String,
    results: Vec<RecordSummary>,
}

impl State {
    pub fn new(catalog: Arc<Catalog>) -> Self {
        State {
            catalog,
            query: String::new(),
            results: Vec::new(),
        }
    }

    pub fn results(&self) -> &[RecordSummary] {
        &self.results
    }

    pub fn update(&mut self, message: Message) -> Effects<Event> {
        match message {
            Message::Text(text) => {
                self.query = text.chars().take(40).collect();
                Effects::none()
            }
            Message::Search => self.search(),
            Message::Focus => Effects::one(Event::Focus(SEARCH_INPUT)),
            Message::Open(id) => Effects::one(Event::Open(id)),
            Message::Results(result) => self.found(result),
        }
    }

    fn search(&mut self) -> Effects<Event> {
        let query = self.query.trim().to_owned();
        if query.is_empty() {
            self.results.clear();
            return Effects::none();
        }
        let effect = match TicketNumber::parse(&query) {
            Some(number) => Effect::ByNumber(number.to_string()),
            None => Effect::ByKana(query),
        };
        Effects::one(Event::Hub(effect))
    }

    fn found(&mut self, result: Result<Vec<RecordSummary>, Text>) -> Effects<Event> {
        match result {
            Ok(found) => {
                let none = found
                    .is_empty()
                    .then(|| Event::Notice(Notice::info("clerk-notice-not-found", Vec::new())));
                self.results = found;
                none.into()
            }
            Err(e) => Effects::one(Event::Notice(Notice::error(e))),
        }
    }

    pub fn view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let mut panel = column![
            text_input(&ctx.tr("clerk-search-placeholder"), &self.query)
                .id(SEARCH_INPUT)
                .on_input(Message::Text)
                .on_submit(Message::Search)
                .size(18)
                .padding(8)
                .font(ctx.font()),
        ]
        .spacing(6);
        for r in &self.results {
            // The reading when the hub indexed one, else what was applied for.
            let what = if r.kana.is_empty() {
                procedure_names(&self.catalog, ctx, &r.procedures)
            } else {
                r.kana.clone()
            };
            let label = format!(
                "{} {}  {}  {}",
                r.number.clone().unwrap_or_else(|| "—".into()),
                r.day.format("%m/%d"),
                what,
                ctx.tr(&format!("clerk-status-{}", r.status.as_str()))
            );
            panel = panel.push(
                button(text(label).size(16).font(ctx.font()))
                    .width(Length::Fill)
                    .style(button_style(Emphasis::Secondary))
                    .on_press(Message::Open(r.id)),
            );
        }
        container(panel)
            .padding(14)
            .width(Length::Fill)
            .style(card)
            .into()
    }
}

/// Carries out a search with the clerk's session.
pub async fn perform(session: HubClient, effect: Effect) -> Message {
    let found = match effect {
        Effect::ByNumber(number) => session.records_by_number(&number).await,
        Effect::ByKana(kana) => session.records_by_kana(&kana).await,
    };
    Message::Results(found.map_err(super::clerk_error))
}
