//! The export and statistics panel: a day's confirmed records and numbers
//! saved as CSV files for the office, and the day at a glance.
//!
//! The hub makes both files ([`crate::hub::export`]); the console saves
//! them as they came (UTF-8 with BOM, for Excel) into its export folder
//! (`--export-dir`, default `exports/` in the console's data directory) as
//! `records-YYYY-MM-DD.csv` and `stats-YYYY-MM-DD.csv`, replacing an older
//! export of the same day, and shows where. The bar charts are plain
//! containers whose widths are proportional to the counts, so no canvas is
//! needed.

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};
use iced::widget::{Column, button, column, container, row, space, text};
use iced::{Alignment, Background, Border, Element, Length, Theme};

use super::language_name;
use crate::i18n::Message as Text;
use crate::model::DailyStats;
use crate::sync::clerk::HubClient;
use crate::ui::effect::Effects;
use crate::ui::theme::{Emphasis, button_style, card, danger_text};
use crate::ui::widgets::Ctx;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Records,
    Stats,
}

impl Kind {
    /// The file name of a day's export.
    pub fn file_name(self, day: NaiveDate) -> String {
        match self {
            Kind::Records => format!("records-{day}.csv"),
            Kind::Stats => format!("stats-{day}.csv"),
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    PreviousDay,
    NextDay,
    Save(Kind),
    StatsLoaded(NaiveDate, Result<DailyStats, Text>),
    Saved(Result<PathBuf, Text>),
}

/// Work for the hub and the disk ([`perform`]).
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    LoadStats(NaiveDate),
    Save(Kind, NaiveDate),
}

#[derive(Debug, Clone)]
pub struct State {
    pub day: NaiveDate,
    pub today: NaiveDate,
    pub stats: Option<DailyStats>,
    /// Where the last file went.
    pub saved: Option<PathBuf>,
    pub error: Option<Text>,
}

impl State {
    /// The panel on `today`, with the effect that loads its numbers.
    pub fn new(today: NaiveDate) -> (State, Effect) {
        let state = State {
            day: today,
            today,
            stats: None,
            saved: None,
            error: None,
        };
        (state, Effect::LoadStats(today))
    }

    pub fn update(&mut self, message: Message) -> Effects<Effect> {
        match message {
            Message::PreviousDay => self.go_to(self.day.checked_sub_days(Days::new(1))),
            Message::NextDay => self.go_to(self.day.checked_add_days(Days::new(1))),
            Message::Save(kind) => {
                self.error = None;
                Effects::one(Effect::Save(kind, self.day))
            }
            Message::StatsLoaded(day, result) => self.stats_loaded(day, result),
            Message::Saved(result) => {
                match result {
                    Ok(path) => self.saved = Some(path),
                    Err(e) => self.error = Some(e),
                }
                Effects::none()
            }
        }
    }

    /// Another day, never after today; its numbers are loaded.
    fn go_to(&mut self, day: Option<NaiveDate>) -> Effects<Effect> {
        match day.filter(|d| *d <= self.today) {
            Some(day) => {
                self.day = day;
                self.stats = None;
                Effects::one(Effect::LoadStats(day))
            }
            None => Effects::none(),
        }
    }

    fn stats_loaded(
        &mut self,
        day: NaiveDate,
        result: Result<DailyStats, Text>,
    ) -> Effects<Effect> {
        // An answer for a day the clerk has already left is stale.
        if day == self.day {
            match result {
                Ok(stats) => self.stats = Some(stats),
                Err(e) => self.error = Some(e),
            }
        }
        Effects::none()
    }

    pub fn view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let day_bar = row![
            button(
                text(ctx.tr("clerk-export-prev-day"))
                    .size(16)
                    .font(ctx.font())
            )
            .style(button_style(Emphasis::Secondary))
            .on_press(Message::PreviousDay),
            ctx.body(ctx.tr_args(
                "clerk-export-heading",
                &[("day", self.day.format("%Y-%m-%d").to_string().into())]
            ))
            .font(ctx.bold())
            .size(22),
            button(
                text(ctx.tr("clerk-export-next-day"))
                    .size(16)
                    .font(ctx.font())
            )
            .style(button_style(Emphasis::Secondary))
            .on_press_maybe((self.day < self.today).then_some(Message::NextDay)),
        ]
        .spacing(14)
        .align_y(Alignment::Center);
        let buttons = row![
            button(
                text(ctx.tr("clerk-export-records"))
                    .size(18)
                    .font(ctx.bold())
            )
            .padding([10, 20])
            .style(button_style(Emphasis::Primary))
            .on_press(Message::Save(Kind::Records)),
            button(text(ctx.tr("clerk-export-stats")).size(18).font(ctx.bold()))
                .padding([10, 20])
                .style(button_style(Emphasis::Primary))
                .on_press(Message::Save(Kind::Stats)),
        ]
        .spacing(12);
        let mut page = column![day_bar, buttons].spacing(14);
        if let Some(path) = &self.saved {
            page = page.push(ctx.body(ctx.tr_args(
                "clerk-export-saved",
                &[("path", path.display().to_string().into())],
            )));
        }
        if let Some(error) = &self.error {
            page = page.push(ctx.body(ctx.render(error)).style(danger_text));
        }
        if let Some(stats) = &self.stats {
            page = page.push(stats_view(ctx, stats));
        }
        page.into()
    }
}

fn stats_view<'a>(ctx: &Ctx<'_>, stats: &'a DailyStats) -> Element<'a, Message> {
    if stats.total_visits == 0 {
        return ctx.body(ctx.tr("clerk-stats-empty")).into();
    }
    let wait = match (stats.wait_average_minutes, stats.wait_p90_minutes) {
        (Some(avg), Some(p90)) => ctx.tr_args(
            "clerk-stats-wait",
            &[
                ("avg", avg.to_string().into()),
                ("p90", p90.to_string().into()),
            ],
        ),
        _ => ctx.tr("clerk-stats-wait-none"),
    };
    let percent = stats
        .qr_share
        .map(|s| format!("{:.0}", s * 100.0))
        .unwrap_or_default();
    let services = stats
        .visits
        .iter()
        .map(|s| {
            let name = if s.name_key.is_empty() {
                String::new()
            } else {
                ctx.tr(&s.name_key)
            };
            (format!("{} {name}", s.service), s.visits)
        })
        .collect::<Vec<_>>();
    let languages = stats
        .languages
        .iter()
        .map(|l| (language_name(&l.lang), l.count))
        .collect::<Vec<_>>();
    column![
        ctx.body(wait),
        ctx.body(ctx.tr_args("clerk-stats-qr", &[("percent", percent.into())])),
        ctx.body(ctx.tr("clerk-stats-visits")).font(ctx.bold()),
        bars(ctx, services),
        ctx.body(ctx.tr("clerk-stats-languages")).font(ctx.bold()),
        bars(ctx, languages),
    ]
    .spacing(10)
    .into()
}

/// A horizontal bar chart: label, a bar as wide as its share of the
/// largest count, the count.
fn bars<'a>(ctx: &Ctx<'_>, items: Vec<(String, u32)>) -> Element<'a, Message> {
    let max = items.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    // FillPortion takes u16: scale to at most 1000 parts.
    let parts = |n: u32| ((n as u64 * 1000) / max as u64) as u16;
    let mut chart = Column::new().spacing(6);
    if items.is_empty() {
        chart = chart.push(text(ctx.tr("clerk-stats-none")).size(16).font(ctx.font()));
    }
    for (label, count) in items {
        let filled = parts(count);
        // A zero portion would not lay out: leave out the empty part.
        let mut bar = row![];
        if filled > 0 {
            bar = bar.push(
                container(space().height(20))
                    .width(Length::FillPortion(filled))
                    .style(bar_style),
            );
        }
        if filled < 1000 {
            bar = bar.push(space().width(Length::FillPortion(1000 - filled)));
        }
        chart = chart.push(
            row![
                text(label).size(16).font(ctx.font()).width(220),
                container(bar).width(Length::Fill),
                text(count.to_string()).size(16).width(50),
            ]
            .spacing(10)
            .align_y(Alignment::Center),
        );
    }
    container(chart)
        .padding(12)
        .width(Length::Fill)
        .style(card)
        .into()
}

fn bar_style(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(
            theme.extended_palette().primary.base.color,
        )),
        border: Border {
            radius: 4.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

/// Writes an export into `dir` (created if needed) as `name`, through a
/// temporary file so a crash never leaves half a file under the real name.
pub fn save(dir: &Path, name: &str, bytes: &[u8]) -> Result<PathBuf, Text> {
    let fail = |e: std::io::Error| Text::new("clerk-export-failed").arg("reason", e.to_string());
    std::fs::create_dir_all(dir).map_err(fail)?;
    let path = dir.join(name);
    let partial = dir.join(format!(".{name}.partial"));
    std::fs::write(&partial, bytes).map_err(fail)?;
    std::fs::rename(&partial, &path).map_err(fail)?;
    Ok(path)
}

/// Carries out an export effect with the clerk's session; files go to `dir`.
pub async fn perform(session: HubClient, dir: PathBuf, effect: Effect) -> Message {
    let m = super::clerk_error;
    match effect {
        Effect::LoadStats(day) => {
            Message::StatsLoaded(day, session.daily_stats(day).await.map_err(m))
        }
        Effect::Save(kind, day) => {
            let bytes = match kind {
                Kind::Records => session.records_csv(day).await,
                Kind::Stats => session.stats_csv(day).await,
            };
            let saved = match bytes {
                Ok(bytes) => {
                    let name = kind.file_name(day);
                    // File writes block: keep them off the async workers.
                    tokio::task::spawn_blocking(move || save(&dir, &name, &bytes))
                        .await
                        .unwrap_or_else(|e| {
                            Err(Text::new("clerk-export-failed").arg("reason", e.to_string()))
                        })
                }
                Err(e) => Err(m(e)),
            };
            Message::Saved(saved)
        }
    }
}
