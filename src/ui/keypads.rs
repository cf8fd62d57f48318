//! Input without a keyboard for the "make it here" screens: a grid of
//! fixed-size keys, the 50音 kana grid, the date pad (era buttons and
//! year / month / day) and a read-out of what was typed. The digits keypad
//! itself is [`crate::ui::widgets::keypad`]; the logic (dakuten, era
//! conversion) lives in plain Rust in [`crate::domain::interview`].

use iced::widget::{Column, button, column, row, text};
use iced::{Element, Length};

use crate::domain::date::Era;
use crate::domain::interview::{DateEntry, DatePart, GOJUON, KanaMark, in_kana};
use crate::domain::model::Kana;
use crate::ui::theme::{Emphasis, card, focused_card};
use crate::ui::widgets::Ctx;

/// A key of a grid: fixed width, at least the touch height, label centred.
pub fn grid_key<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    label: String,
    size: f32,
    emphasis: Emphasis,
    on_press: Option<M>,
    width: impl Into<Length>,
) -> Element<'a, M> {
    // A strut keeps the touch height; a long label wraps and grows the key.
    let focused = on_press.as_ref().is_some_and(|m| ctx.is_focused(m));
    let content = row![
        iced::widget::space().height(key_height(ctx) - 8.0),
        ctx.focus_anchor(focused, text(label).size(size).font(ctx.font()).center())
            .center_x(Length::Fill),
    ]
    .align_y(iced::Alignment::Center);
    button(content)
        .padding(4)
        .width(width)
        .style(ctx.button_style(emphasis, on_press.as_ref()))
        .on_press_maybe(on_press)
        .into()
}

/// Height of a grid key: a little under a touch button so a kana grid and
/// its question fit one screen, never under the 64 px touch minimum.
pub fn key_height(ctx: &Ctx<'_>) -> f32 {
    (ctx.sizes.touch * 0.89).max(64.0)
}

/// Buttons laid out `columns` to a row, all the same width.
pub fn button_grid<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    columns: usize,
    keys: Vec<(String, Emphasis, M)>,
) -> Element<'a, M> {
    let gap = ctx.sizes.spacing * 0.4;
    let mut rows = Column::new().spacing(gap);
    let mut keys = keys.into_iter().peekable();
    while keys.peek().is_some() {
        let mut line = row![].spacing(gap);
        for _ in 0..columns {
            line = match keys.next() {
                Some((label, emphasis, message)) => line.push(grid_key(
                    ctx,
                    label,
                    ctx.sizes.button,
                    emphasis,
                    Some(message),
                    Length::FillPortion(1),
                )),
                None => line.push(iced::widget::space().width(Length::FillPortion(1))),
            };
        }
        rows = rows.push(line);
    }
    rows.into()
}

/// What a kana grid key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KanaKey {
    Char(char),
    Mark(KanaMark),
    Space,
    Backspace,
}

/// The keys of the 50音 grid in the syllabary a field expects, row by row
/// as drawn (a kana of each column, then the row's mark key): the grid
/// itself and the order the kiosk's keypad focus goes through them.
pub fn kana_keys(
    kana: Kana,
    space_label: String,
    backspace_label: String,
) -> Vec<(String, KanaKey)> {
    kana_rows(kana, space_label, backspace_label)
        .into_iter()
        .flat_map(|(row, mark)| row.into_iter().flatten().chain([mark]))
        .collect()
}

/// The grid's five rows: a kana (or a gap) per column, and the mark key.
type KanaRow = (Vec<Option<(String, KanaKey)>>, (String, KanaKey));

fn kana_rows(kana: Kana, space_label: String, backspace_label: String) -> Vec<KanaRow> {
    let marks = [
        ("゛".to_owned(), KanaKey::Mark(KanaMark::Dakuten)),
        ("゜".to_owned(), KanaKey::Mark(KanaMark::Handakuten)),
        (
            format!("{}→{}", in_kana('つ', kana), in_kana('っ', kana)),
            KanaKey::Mark(KanaMark::Small),
        ),
        (space_label, KanaKey::Space),
        (backspace_label, KanaKey::Backspace),
    ];
    marks
        .into_iter()
        .enumerate()
        .map(|(r, mark)| {
            let row = GOJUON
                .iter()
                .map(|column| {
                    column[r].map(|c| {
                        let c = in_kana(c, kana);
                        (c.to_string(), KanaKey::Char(c))
                    })
                })
                .collect();
            (row, mark)
        })
        .collect()
}

/// The 50音 grid in the syllabary a field expects, with ゛ ゜ 小, space and
/// backspace in the last column. Columns run あ か さ … left to right.
pub fn kana_grid<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    kana: Kana,
    space_label: String,
    backspace_label: String,
    on_key: impl Fn(KanaKey) -> M,
) -> Element<'a, M> {
    let gap = ctx.sizes.spacing * 0.3;
    // Proportional widths: eleven kana columns and a wider one for the
    // marks share whatever width the screen (and the text size) leaves.
    let side = Length::FillPortion(10);
    let mut lines = Column::new().spacing(gap);
    for (keys, (mark_label, mark)) in kana_rows(kana, space_label, backspace_label) {
        let mut line = row![].spacing(gap);
        for key in keys {
            line = match key {
                Some((label, k)) => line.push(grid_key(
                    ctx,
                    label,
                    ctx.sizes.heading * 0.8,
                    Emphasis::Secondary,
                    Some(on_key(k)),
                    side,
                )),
                None => line.push(iced::widget::space().width(side)),
            };
        }
        line = line.push(grid_key(
            ctx,
            mark_label,
            ctx.sizes.small,
            Emphasis::Secondary,
            Some(on_key(mark)),
            Length::FillPortion(16),
        ));
        lines = lines.push(line);
    }
    lines.into()
}

/// What the date pad does (digits come from the numeric keypad).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKey {
    /// An era, or `None` for 西暦.
    Era(Option<Era>),
    Part(DatePart),
}

/// The date pad's keys in the order drawn: the eras (newest first), 西暦,
/// then year, month and day (each with what is typed in it), with the
/// emphasis each is drawn with. `labels` are the translated 西暦, 年, 月, 日.
pub fn date_keys(
    ctx: &Ctx<'_>,
    entry: &DateEntry,
    labels: [String; 4],
) -> Vec<(String, Emphasis, DateKey)> {
    let [western, year, month, day] = labels;
    let emphasis = |on: bool| {
        if on {
            Emphasis::Selected
        } else {
            Emphasis::Secondary
        }
    };
    let mut keys: Vec<(String, Emphasis, DateKey)> = Era::ALL
        .iter()
        .rev()
        .map(|era| {
            (
                ctx.tr(era.message_key()),
                emphasis(entry.era == Some(*era)),
                DateKey::Era(Some(*era)),
            )
        })
        .collect();
    keys.push((western, emphasis(entry.era.is_none()), DateKey::Era(None)));
    for (value, unit, part) in [
        (&entry.year, year, DatePart::Year),
        (&entry.month, month, DatePart::Month),
        (&entry.day, day, DatePart::Day),
    ] {
        let shown = if value.is_empty() { "—" } else { value };
        keys.push((
            format!("{shown} {unit}"),
            emphasis(entry.part == part),
            DateKey::Part(part),
        ));
    }
    keys
}

/// Era buttons (newest first, then 西暦) and the three parts; the part being
/// typed is highlighted. `labels` are the translated 西暦, 年, 月, 日.
pub fn date_pad<'a, M: Clone + PartialEq + 'static>(
    ctx: &Ctx<'_>,
    entry: &DateEntry,
    labels: [String; 4],
    on_key: impl Fn(DateKey) -> M,
) -> Element<'a, M> {
    let mut eras = date_keys(ctx, entry, labels);
    let parts = eras.split_off(eras.len() - 3);
    let eras = eras
        .into_iter()
        .map(|(label, emphasis, key)| (label, emphasis, on_key(key)))
        .collect();
    let parts = parts.into_iter().map(|(label, emphasis, key)| {
        let portion = if key == DateKey::Part(DatePart::Year) {
            3
        } else {
            2
        };
        grid_key(
            ctx,
            label,
            ctx.sizes.heading * 0.8,
            emphasis,
            Some(on_key(key)),
            Length::FillPortion(portion),
        )
    });
    column![
        button_grid(ctx, 3, eras),
        iced::widget::Row::with_children(parts).spacing(ctx.sizes.spacing * 0.4),
    ]
    .spacing(ctx.sizes.spacing)
    .into()
}

/// What has been typed so far, large, in a card, with a caret where the
/// next key goes; `focused`: the keypad's focus is on it (keys typed on a
/// keyboard go there).
pub fn readout<'a, M: 'a>(ctx: &Ctx<'_>, value: String, focused: bool) -> Element<'a, M> {
    let shown = format!("{value}▏");
    ctx.focus_anchor(
        focused,
        text(shown).size(ctx.sizes.heading).font(ctx.font()),
    )
    .padding([8, 24])
    .width(Length::Fill)
    .style(if focused { focused_card } else { card })
    .into()
}
