//! The facilities panel on screen, one function per section: on the left
//! who this kiosk is and what it offers (name, hub, idle timeout,
//! enrollment, languages, procedures), on the right its devices and health
//! (camera, scanner test, slip printer, sync), below them the outcome and
//! the buttons.

use iced::widget::{
    Checkbox, Column, Row, TextInput, checkbox, column, container, row, scrollable, text,
    text_input,
};
use iced::{Alignment, Element, Length};

use super::{Message, Outcome, Panel, PanelInfo};
use crate::i18n::Lang;
use crate::sync::SyncStatus;
use crate::ui::fonts;
use crate::ui::kiosk::scan::CameraFeed;
use crate::ui::theme::{Emphasis, card, danger_text};
use crate::ui::widgets::{Ctx, touch_button};

/// The `[camera] device` choices besides the devices found.
const CAMERA_SETTINGS: [&str; 2] = ["auto", "none"];

impl Panel {
    pub(super) fn view<'a>(&'a self, ctx: &Ctx<'_>, info: &PanelInfo<'_>) -> Element<'a, Message> {
        let left = column![
            label(ctx, "kiosk-admin-name"),
            input(ctx, &self.draft.name, Message::NameChanged),
            label(ctx, "kiosk-admin-hub"),
            input(ctx, &self.draft.hub_url, Message::HubChanged),
            label(ctx, "kiosk-admin-idle-timeout"),
            self.idle_timeout(ctx),
            self.enrollment(ctx, info.enrolled),
            self.languages(ctx),
            self.offer(ctx, info),
        ]
        .spacing(ctx.sizes.spacing * 0.5)
        .width(Length::FillPortion(3));
        let right = column![
            printer(ctx, info),
            self.camera(ctx, info),
            self.scanner_test(ctx),
            column![label(ctx, "kiosk-admin-sync"), sync(ctx, &info.sync)].spacing(6),
        ]
        .spacing(ctx.sizes.spacing)
        .width(Length::FillPortion(2));

        let settings_area = scrollable(
            row![left, right]
                .spacing(ctx.sizes.spacing * 1.5)
                .padding([0, 16]),
        )
        .height(Length::Fill);
        // The outcome and the buttons stay in view below the scrolled settings.
        let mut panel = column![
            ctx.heading(ctx.tr("kiosk-admin-panel-heading")),
            settings_area,
        ]
        .spacing(ctx.sizes.spacing * 0.7);
        if let Some(outcome) = &self.outcome {
            panel = panel.push(outcome_line(ctx, outcome));
        }
        container(panel.push(buttons(ctx)).width(Length::Fill).max_width(1200))
            .padding(24)
            .style(card)
            .into()
    }

    fn idle_timeout<'a>(&self, ctx: &Ctx<'_>) -> Row<'a, Message> {
        row![
            small_button(ctx, "−15".into(), Some(Message::IdleStep(-15))),
            text(self.draft.idle_timeout_secs.to_string())
                .size(ctx.sizes.body)
                .font(ctx.bold()),
            small_button(ctx, "+15".into(), Some(Message::IdleStep(15))),
        ]
        .spacing(ctx.sizes.spacing * 0.5)
        .align_y(Alignment::Center)
    }

    fn enrollment<'a>(&'a self, ctx: &Ctx<'_>, enrolled: bool) -> Column<'a, Message> {
        let state = if enrolled {
            "kiosk-admin-enrolled"
        } else {
            "kiosk-admin-not-enrolled"
        };
        let button = if self.enrolling {
            "kiosk-admin-enrolling"
        } else {
            "kiosk-admin-enroll"
        };
        column![
            label(ctx, "kiosk-admin-enrollment"),
            ctx.small(ctx.tr(state)),
            ctx.small(ctx.tr("kiosk-admin-enroll-hint")),
            row![
                input(ctx, &self.enroll_code, Message::EnrollCodeChanged)
                    .on_submit(Message::Enroll)
                    .width(Length::Fill),
                small_button(
                    ctx,
                    ctx.tr(button),
                    (!self.enrolling).then_some(Message::Enroll)
                ),
            ]
            .spacing(ctx.sizes.spacing * 0.5)
            .align_y(Alignment::Center),
        ]
        .spacing(6)
    }

    /// The languages offered, four to a row, and the default among them.
    fn languages<'a>(&self, ctx: &Ctx<'_>) -> Column<'a, Message> {
        let languages = &self.draft.languages;
        let all = Lang::all().collect::<Vec<_>>();
        let rows = all.chunks(4).map(|chunk| {
            row(chunk.iter().map(|&lang| {
                checkbox(languages.offered.contains(&lang))
                    .label(lang.native_name())
                    .font(fonts::font_for(lang))
                    .text_size(ctx.sizes.small)
                    .size(ctx.sizes.small)
                    .on_toggle(move |on| Message::ToggleLanguage(lang, on))
                    .width(Length::Fill)
                    .into()
            }))
            .spacing(ctx.sizes.spacing * 0.5)
            .into()
        });
        let default = row(languages.offered.iter().map(|&lang| {
            touch_button(
                ctx,
                lang.code().to_owned(),
                selected(lang == languages.default),
                Some(Message::DefaultLanguage(lang)),
                Length::Shrink,
            )
            .into()
        }))
        .spacing(6)
        .wrap();
        column![
            label(ctx, "kiosk-admin-languages"),
            column(rows).spacing(4),
            label(ctx, "kiosk-admin-default-language"),
            default,
        ]
        .spacing(ctx.sizes.spacing * 0.5)
    }

    /// The bundles and procedures of the catalogue, ticked when offered.
    fn offer<'a>(&self, ctx: &Ctx<'_>, info: &PanelInfo<'_>) -> Column<'a, Message> {
        let offer = &self.draft.offer;
        let mut section = column![label(ctx, "kiosk-admin-bundles")].spacing(4);
        for bundle in info.catalog.bundles() {
            let id = bundle.id.clone();
            section = section.push(check(
                ctx,
                offer.bundles.contains(&bundle.id),
                ctx.tr(&bundle.name),
                move |on| Message::ToggleBundle(id.clone(), on),
            ));
        }
        section = section.push(label(ctx, "kiosk-admin-procedures"));
        for procedure in info.catalog.procedures() {
            let id = procedure.id.clone();
            section = section.push(check(
                ctx,
                offer.procedures.contains(&procedure.id),
                ctx.tr(&procedure.name),
                move |on| Message::ToggleProcedure(id.clone(), on),
            ));
        }
        section
    }

    /// The camera setting (auto, none, a device found), its test and preview.
    fn camera<'a>(&self, ctx: &Ctx<'_>, info: &PanelInfo<'_>) -> Column<'a, Message> {
        let settings = CAMERA_SETTINGS
            .iter()
            .map(|s| (*s).to_owned())
            .chain(info.cameras.iter().cloned());
        let choices = row(settings.map(|setting| {
            let name = match setting.as_str() {
                "auto" => ctx.tr("kiosk-admin-camera-auto"),
                "none" => ctx.tr("kiosk-admin-camera-none"),
                device => device.to_owned(),
            };
            let emphasis = selected(setting == self.draft.camera.device);
            touch_button(
                ctx,
                name,
                emphasis,
                Some(Message::Camera(setting)),
                Length::Shrink,
            )
            .into()
        }))
        .spacing(6)
        .wrap();
        let found = if info.cameras.is_empty() {
            ctx.tr("kiosk-admin-camera-none-found")
        } else {
            ctx.tr_args(
                "kiosk-admin-camera-found",
                &[("count", info.cameras.len().into())],
            )
        };
        let mut section = column![
            label(ctx, "kiosk-admin-camera"),
            ctx.small(found),
            choices,
            small_button(
                ctx,
                ctx.tr("kiosk-admin-camera-test"),
                Some(Message::TestCamera)
            ),
        ]
        .spacing(6);
        if let Some(feed) = info.camera {
            section = section.push(ctx.small(ctx.tr_args(
                "kiosk-admin-camera-showing",
                &[
                    ("device", feed.device.as_str().into()),
                    ("frames", feed.frames.into()),
                ],
            )));
        }
        section.push(CameraFeed::view(info.camera, ctx, 180.0))
    }

    /// The last text a scanner read here.
    fn scanner_test<'a>(&self, ctx: &Ctx<'_>) -> Column<'a, Message> {
        column![
            label(ctx, "kiosk-admin-scanner-test"),
            ctx.small(match &self.last_scan {
                Some(text) => shorten(text, 120),
                None => ctx.tr("kiosk-admin-scanner-nothing"),
            }),
        ]
        .spacing(6)
    }
}

/// The outbox and hub state, when this kiosk syncs with a hub.
/// The slip printer: where it is, what it last said, and the test print.
fn printer<'a>(ctx: &Ctx<'_>, info: &PanelInfo<'_>) -> Column<'a, Message> {
    let mut section = column![label(ctx, "kiosk-admin-printer")].spacing(6);
    let Some(printer) = info.printer else {
        return section.push(ctx.small(ctx.tr("kiosk-admin-printer-none")));
    };
    section = section.push(ctx.small(format!("{} · {} mm", printer.uri, printer.paper_mm)));
    let state = match info.printer_report {
        _ if info.printer_busy => ctx.small(ctx.tr("kiosk-admin-printer-busy")),
        None => ctx.small(ctx.tr("kiosk-admin-printer-unchecked")),
        Some(Ok(Some(state))) => {
            ctx.small(ctx.render(&crate::print::transport::state_message(*state)))
        }
        Some(Ok(None)) => ctx.small(ctx.tr("print-state-unknown")),
        Some(Err(error)) => ctx.small(ctx.render(&error.message())).style(danger_text),
    };
    section.push(state).push(small_button(
        ctx,
        ctx.tr("kiosk-admin-printer-test"),
        (!info.printer_busy).then_some(Message::TestPrint),
    ))
}

fn sync<'a>(ctx: &Ctx<'_>, status: &Option<SyncStatus>) -> Column<'a, Message> {
    let Some(status) = status else {
        return column![ctx.small(ctx.tr("kiosk-admin-sync-none"))];
    };
    let last = status
        .last_sync
        .map(|t| {
            t.with_timezone(&chrono_tz::Asia::Tokyo)
                .format("%Y-%m-%d %H:%M:%S")
                .to_string()
        })
        .unwrap_or_else(|| ctx.tr("kiosk-admin-sync-never"));
    let mut lines = column![
        ctx.small(ctx.tr(if status.online {
            "kiosk-admin-sync-online"
        } else {
            "kiosk-admin-sync-offline"
        })),
        ctx.small(ctx.tr_args(
            "kiosk-admin-sync-pending",
            &[
                ("records", status.pending_records.into()),
                ("tickets", status.pending_tickets.into()),
            ],
        )),
        ctx.small(ctx.tr_args("kiosk-admin-sync-last", &[("time", last.into())])),
    ];
    if status.refused_records > 0 {
        lines = lines.push(
            ctx.small(ctx.tr_args(
                "kiosk-admin-sync-refused",
                &[("count", status.refused_records.into())],
            ))
            .style(danger_text),
        );
    }
    if let Some(error) = &status.last_error {
        lines = lines.push(ctx.small(ctx.render(error)).style(danger_text));
    }
    lines.spacing(4)
}

/// What the last apply, save or enrollment came to (red when it failed).
fn outcome_line<'a>(ctx: &Ctx<'_>, outcome: &Outcome) -> Element<'a, Message> {
    let (line, bad) = match outcome {
        Outcome::Applied => (ctx.tr("kiosk-admin-applied"), false),
        Outcome::Saved(path) => (
            ctx.tr_args(
                "kiosk-admin-saved",
                &[("path", path.display().to_string().into())],
            ),
            false,
        ),
        Outcome::Refused { key, reason } => (
            ctx.tr_args(
                "kiosk-admin-refused",
                &[
                    ("key", key.as_str().into()),
                    ("reason", ctx.render(reason).into()),
                ],
            ),
            true,
        ),
        Outcome::Failed(reason) => (ctx.render(reason), true),
        Outcome::Enrolled { name, hub_url } => (
            ctx.tr_args(
                "kiosk-admin-enrolled-as",
                &[
                    ("name", name.as_str().into()),
                    ("hub", hub_url.as_str().into()),
                ],
            ),
            false,
        ),
    };
    let line = ctx.body(line);
    if bad {
        line.style(danger_text).into()
    } else {
        line.into()
    }
}

/// Quit on the left; close and apply on the right.
fn buttons<'a>(ctx: &Ctx<'_>) -> Row<'a, Message> {
    row![
        touch_button(
            ctx,
            ctx.tr("kiosk-admin-quit"),
            Emphasis::Secondary,
            Some(Message::Quit),
            Length::Shrink
        ),
        iced::widget::space().width(Length::Fill),
        touch_button(
            ctx,
            ctx.tr("kiosk-admin-close"),
            Emphasis::Secondary,
            Some(Message::Cancel),
            260
        ),
        touch_button(
            ctx,
            ctx.tr("kiosk-admin-apply"),
            Emphasis::Primary,
            Some(Message::Apply),
            260
        ),
    ]
    .spacing(ctx.sizes.spacing)
}

fn label<'a>(ctx: &Ctx<'_>, key: &str) -> iced::widget::Text<'a> {
    ctx.small(ctx.tr(key)).font(ctx.bold())
}

fn input<'a>(
    ctx: &Ctx<'_>,
    value: &'a str,
    on_input: fn(String) -> Message,
) -> TextInput<'a, Message> {
    text_input("", value)
        .on_input(on_input)
        .size(ctx.sizes.small)
        .font(ctx.font())
        .padding(10)
}

fn small_button<'a>(
    ctx: &Ctx<'_>,
    label: String,
    message: Option<Message>,
) -> Element<'a, Message> {
    touch_button(ctx, label, Emphasis::Secondary, message, Length::Shrink).into()
}

fn check<'a>(
    ctx: &Ctx<'_>,
    on: bool,
    name: String,
    message: impl Fn(bool) -> Message + 'a,
) -> Checkbox<'a, Message> {
    checkbox(on)
        .label(name)
        .font(ctx.font())
        .text_size(ctx.sizes.small)
        .size(ctx.sizes.small)
        .on_toggle(message)
        .width(Length::Fill)
}

fn selected(on: bool) -> Emphasis {
    if on {
        Emphasis::Selected
    } else {
        Emphasis::Secondary
    }
}

/// A scanned text cut to `max` characters for the scanner test line.
fn shorten(text: &str, max: usize) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
