//! Drawing the sheets on A4 pages with krilla: first a plan of which block
//! goes on which page at which height, then the pages, so every footer
//! knows the page count.

use krilla::Document;
use krilla::color::{luma, rgb};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::TextDirection;

use super::fonts::{Fonts, Role};
use super::input::{Mark, PaperForm};
use super::layout::{Block, Label, MEMBER_COLUMNS, Sheet, Value, member_cells};
use super::{Options, PaperError};
use crate::domain::Member;
use crate::domain::date::display_wareki;
use crate::domain::model::member_part_label;
use crate::i18n::{I18n, Lang};

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 36.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN;
const LABEL_W: f32 = 150.0;
const MARK_W: f32 = 82.0;
const VALUE_W: f32 = CONTENT_W - LABEL_W - MARK_W;
const BODY_TOP: f32 = MARGIN + 104.0;
const BODY_BOTTOM: f32 = PAGE_H - MARGIN - 22.0;
const HEADING_H: f32 = 20.0;
const MEMBER_H: f32 = 32.0;
/// Widths of the household table's columns: name, then [`MEMBER_COLUMNS`].
const MEMBER_W: [f32; 4] = [180.0, 150.0, 120.0, CONTENT_W - 450.0];
const CHOICE_LINE: f32 = 15.0;

/// One thing placed on a page.
enum Item<'a> {
    Block(&'a Block),
    MemberHeader(Mark),
    Member(&'a Member),
}

struct Planned<'a> {
    sheet: usize,
    items: Vec<(f32, Item<'a>)>,
}

/// What every drawing call needs.
struct Ctx<'a> {
    i18n: &'a I18n,
    fonts: &'a Fonts,
    form: &'a PaperForm,
    copy: Option<Lang>,
    today: chrono::NaiveDate,
}

pub(super) fn document(
    i18n: &I18n,
    fonts: &Fonts,
    form: &PaperForm,
    sheets: &[Sheet],
    options: Options,
) -> Result<Vec<u8>, PaperError> {
    let ctx = Ctx {
        i18n,
        fonts,
        form,
        copy: options.copy,
        today: options.today,
    };
    let pages = plan(&ctx, sheets);
    let mut document = Document::new();
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or(PaperError::Pdf("page".into()))?;
    for (n, page_plan) in pages.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        header(&mut surface, &ctx, &sheets[page_plan.sheet]);
        for (y, item) in &page_plan.items {
            match item {
                Item::Block(block) => draw_block(&mut surface, &ctx, *y, block),
                Item::MemberHeader(mark) => member_header(&mut surface, &ctx, *y, *mark),
                Item::Member(member) => member_row(&mut surface, &ctx, *y, member),
            }
        }
        footer(&mut surface, &ctx, n + 1, pages.len());
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| PaperError::Pdf(format!("{e:?}")))
}

/// Which items go on which page: a new page per sheet, and wherever the
/// next item would cross the bottom margin.
fn plan<'a>(ctx: &Ctx<'_>, sheets: &'a [Sheet]) -> Vec<Planned<'a>> {
    let mut pages: Vec<Planned<'a>> = Vec::new();
    for (index, sheet) in sheets.iter().enumerate() {
        pages.push(Planned {
            sheet: index,
            items: Vec::new(),
        });
        let mut y = BODY_TOP;
        // `room`: the height that must fit below (a heading keeps a row with it).
        let mut place = |item: Item<'a>, height: f32, room: f32, pages: &mut Vec<Planned<'a>>| {
            if y + room > BODY_BOTTOM {
                pages.push(Planned {
                    sheet: index,
                    items: Vec::new(),
                });
                y = BODY_TOP;
            }
            if let Some(page) = pages.last_mut() {
                page.items.push((y, item));
            }
            y += height;
        };
        for block in &sheet.blocks {
            match block {
                Block::Household { members, mark } => {
                    let header = row_height(ctx);
                    place(
                        Item::MemberHeader(*mark),
                        header,
                        header + MEMBER_H,
                        &mut pages,
                    );
                    for member in members {
                        place(Item::Member(member), MEMBER_H, MEMBER_H, &mut pages);
                    }
                }
                Block::Heading(_) => {
                    let height = HEADING_H + 1.0;
                    place(Item::Block(block), height, height + 40.0, &mut pages)
                }
                Block::Row { .. } => {
                    let height = block_height(ctx, block);
                    place(Item::Block(block), height, height, &mut pages)
                }
            }
        }
    }
    pages
}

/// A label row's height: taller when the resident's label is under the Japanese.
fn row_height(ctx: &Ctx<'_>) -> f32 {
    if ctx.copy.is_some() { 30.0 } else { 24.0 }
}

fn block_height(ctx: &Ctx<'_>, block: &Block) -> f32 {
    match block {
        Block::Row {
            value: Value::Name { .. },
            ..
        } => row_height(ctx).max(34.0),
        Block::Row {
            value: Value::Choice(options),
            ..
        } => {
            let lines = choice_lines(ctx, options).len() as f32;
            row_height(ctx).max(lines * CHOICE_LINE + 9.0)
        }
        _ => row_height(ctx),
    }
}

/// The Japanese text of a label key, and the resident's when printing a 控え.
fn labels(ctx: &Ctx<'_>, label: &Label) -> (String, Option<String>) {
    match label {
        Label::Key(key) => (
            ctx.i18n.tr(&Lang::ja(), key),
            ctx.copy
                .filter(|l| *l != Lang::ja())
                .map(|l| ctx.i18n.tr(&l, key)),
        ),
        Label::Plain(text) => (text.clone(), None),
    }
}

/// An option's text: Japanese, with the resident's words in brackets on a 控え.
fn option_text(ctx: &Ctx<'_>, key: &str) -> String {
    match labels(ctx, &Label::Key(key.to_owned())) {
        (ja, Some(own)) if own != ja => format!("{ja}（{own}）"),
        (ja, _) => ja,
    }
}

/// Options cut into lines that fit the value column: (text, checked, width at 9 pt).
fn choice_lines(ctx: &Ctx<'_>, options: &[(String, bool)]) -> Vec<Vec<(String, bool)>> {
    let mut lines: Vec<Vec<(String, bool)>> = vec![Vec::new()];
    let mut x = 0.0;
    for (key, checked) in options {
        let text = option_text(ctx, key);
        let width = 14.0 + ctx.fonts.width(&text, Role::Text, lang(ctx)) * 9.0 + 12.0;
        if x + width > VALUE_W - 8.0 && x > 0.0 {
            lines.push(Vec::new());
            x = 0.0;
        }
        x += width;
        if let Some(line) = lines.last_mut() {
            line.push((text, *checked));
        }
    }
    lines
}

fn lang<'c>(ctx: &'c Ctx<'_>) -> &'c str {
    ctx.copy.map_or("ja", |l| l.code())
}

fn header(s: &mut Surface<'_>, ctx: &Ctx<'_>, sheet: &Sheet) {
    let ja = Lang::ja();
    let title = ctx.i18n.tr(&ja, &sheet.procedure.name);
    // Left of the ticket number and the QR.
    let size = fit(ctx, &title, Role::Bold, 20.0, CONTENT_W - 220.0);
    text(s, ctx, MARGIN, MARGIN + 20.0, size, Role::Bold, &title);
    if let Some(own) = ctx.copy {
        let line = format!(
            "{} — {}",
            ctx.i18n.tr(&ja, "paper-copy"),
            ctx.i18n.tr(&own, "paper-copy")
        );
        text(s, ctx, MARGIN, MARGIN + 38.0, 10.0, Role::Resident, &line);
        if own != ja {
            let name = ctx.i18n.tr(&own, &sheet.procedure.name);
            text(s, ctx, MARGIN, MARGIN + 52.0, 10.0, Role::Resident, &name);
        }
    }
    let day = ctx.form.day.unwrap_or(ctx.today);
    let dated = format!(
        "{}　{}",
        ctx.i18n.tr(&ja, "paper-date"),
        display_wareki(day)
    );
    text(s, ctx, MARGIN, MARGIN + 72.0, 10.0, Role::Text, &dated);
    // 押印不要 where a seal box would be.
    let seal = ctx.i18n.tr(&ja, "paper-no-seal");
    let seal_w = ctx.fonts.width(&seal, Role::Bold, "ja") * 10.0 + 12.0;
    stroke_rect(s, MARGIN + 220.0, MARGIN + 60.0, seal_w, 17.0, 0.8);
    text(
        s,
        ctx,
        MARGIN + 226.0,
        MARGIN + 72.5,
        10.0,
        Role::Bold,
        &seal,
    );
    let qr_size = 74.0;
    let qr_x = PAGE_W - MARGIN - qr_size;
    if let Some(number) = &ctx.form.number {
        let label = ctx.i18n.tr(&ja, "paper-ticket");
        let w = ctx.fonts.width(number, Role::Bold, "ja") * 22.0;
        text(
            s,
            ctx,
            qr_x - 16.0 - w,
            MARGIN + 40.0,
            22.0,
            Role::Bold,
            number,
        );
        let lw = ctx.fonts.width(&label, Role::Text, "ja") * 9.0;
        text(
            s,
            ctx,
            qr_x - 16.0 - lw,
            MARGIN + 14.0,
            9.0,
            Role::Text,
            &label,
        );
    }
    if let Some(id) = ctx.form.id {
        qr(s, qr_x, MARGIN, qr_size, &id.to_string());
        let caption = ctx.i18n.tr(&ja, "paper-record-lookup");
        let cw = ctx.fonts.width(&caption, Role::Text, "ja") * 7.0;
        text(
            s,
            ctx,
            PAGE_W - MARGIN - cw,
            MARGIN + qr_size + 10.0,
            7.0,
            Role::Text,
            &caption,
        );
    }
    line(
        s,
        MARGIN,
        BODY_TOP - 8.0,
        PAGE_W - MARGIN,
        BODY_TOP - 8.0,
        1.2,
    );
}

fn footer(s: &mut Surface<'_>, ctx: &Ctx<'_>, page: usize, pages: usize) {
    let ja = Lang::ja();
    let y = PAGE_H - MARGIN;
    let mut parts = vec![
        ctx.i18n.tr(&ja, "paper-no-seal"),
        format!(
            "{} {}",
            ctx.i18n.tr(&ja, "paper-made"),
            display_wareki(ctx.today)
        ),
    ];
    if let Some(id) = ctx.form.id {
        parts.push(format!("{} {id}", ctx.i18n.tr(&ja, "paper-record-id")));
    }
    text(s, ctx, MARGIN, y, 7.5, Role::Text, &parts.join("　"));
    let count = ctx.i18n.tr_args(
        &ja,
        "paper-page",
        &[("page", page.into()), ("pages", pages.into())],
    );
    let w = ctx.fonts.width(&count, Role::Text, "ja") * 7.5;
    text(s, ctx, PAGE_W - MARGIN - w, y, 7.5, Role::Text, &count);
}

fn draw_block(s: &mut Surface<'_>, ctx: &Ctx<'_>, y: f32, block: &Block) {
    match block {
        Block::Heading(key) => {
            fill_rect(s, MARGIN, y, CONTENT_W, HEADING_H, 225);
            let (ja, own) = labels(ctx, &Label::Key(key.clone()));
            text(s, ctx, MARGIN + 6.0, y + 14.0, 10.5, Role::Bold, &ja);
            if let Some(own) = own {
                let x = MARGIN + 14.0 + ctx.fonts.width(&ja, Role::Bold, "ja") * 10.5;
                text(s, ctx, x, y + 14.0, 9.0, Role::Resident, &own);
            }
        }
        Block::Row {
            label,
            value,
            marks,
        } => {
            let h = block_height(ctx, block);
            label_cell(s, ctx, MARGIN, y, LABEL_W, h, label);
            stroke_rect(s, MARGIN + LABEL_W, y, VALUE_W, h, 0.5);
            value_cell(s, ctx, MARGIN + LABEL_W + 5.0, y, h, value);
            marks_cell(s, ctx, y, h, marks);
        }
        Block::Household { .. } => {}
    }
}

fn label_cell(s: &mut Surface<'_>, ctx: &Ctx<'_>, x: f32, y: f32, w: f32, h: f32, label: &Label) {
    fill_rect(s, x, y, w, h, 245);
    stroke_rect(s, x, y, w, h, 0.5);
    let (ja, own) = labels(ctx, label);
    let size = fit(ctx, &ja, Role::Text, 9.0, w - 10.0);
    match own {
        Some(own) => {
            text(s, ctx, x + 5.0, y + 12.0, size, Role::Text, &ja);
            let small = fit(ctx, &own, Role::Resident, 7.5, w - 10.0);
            if small >= 6.0 {
                text(s, ctx, x + 5.0, y + 23.0, small, Role::Resident, &own);
                return;
            }
            // Too long for one line: two, at a word break where there is one.
            let (first, second) = halves(&own);
            let size = fit(ctx, first, Role::Resident, 6.5, w - 10.0).min(fit(
                ctx,
                second,
                Role::Resident,
                6.5,
                w - 10.0,
            ));
            text(s, ctx, x + 5.0, y + 20.0, size, Role::Resident, first);
            text(s, ctx, x + 5.0, y + 27.0, size, Role::Resident, second);
        }
        None => text(
            s,
            ctx,
            x + 5.0,
            y + h / 2.0 + size * 0.35,
            size,
            Role::Text,
            &ja,
        ),
    }
}

fn value_cell(s: &mut Surface<'_>, ctx: &Ctx<'_>, x: f32, y: f32, h: f32, value: &Value) {
    match value {
        Value::Text(value) => {
            let size = fit(ctx, value, Role::Text, 10.5, VALUE_W - 10.0);
            text(
                s,
                ctx,
                x,
                y + h / 2.0 + size * 0.36,
                size,
                Role::Text,
                value,
            );
        }
        Value::Name { name, reading } => {
            if let Some(reading) = reading {
                text(s, ctx, x + 2.0, y + 10.0, 7.5, Role::Text, reading);
            }
            let size = fit(ctx, name, Role::Name, 14.0, VALUE_W - 10.0);
            text(s, ctx, x, y + h - 8.0, size, Role::Name, name);
        }
        Value::Choice(options) => {
            let mut line_y = y + (h - choice_lines(ctx, options).len() as f32 * CHOICE_LINE) / 2.0;
            for line in choice_lines(ctx, options) {
                let mut at = x;
                for (label, checked) in line {
                    check_box(s, at, line_y + 3.0, 9.0, checked);
                    text(s, ctx, at + 13.0, line_y + 11.5, 9.0, Role::Text, &label);
                    at += 14.0 + ctx.fonts.width(&label, Role::Text, lang(ctx)) * 9.0 + 12.0;
                }
                line_y += CHOICE_LINE;
            }
        }
    }
}

/// The sources of a row, one per line, in the right-hand column.
fn marks_cell(s: &mut Surface<'_>, ctx: &Ctx<'_>, y: f32, h: f32, marks: &[Mark]) {
    let x = MARGIN + LABEL_W + VALUE_W;
    stroke_rect(s, x, y, MARK_W, h, 0.5);
    let mut line_y = y + 10.0;
    for mark in marks {
        let word = ctx.i18n.tr(&Lang::ja(), mark.message_key());
        let size = fit(ctx, &word, Role::Text, 7.0, MARK_W - 8.0);
        text(s, ctx, x + 4.0, line_y, size, Role::Text, &word);
        line_y += 9.0;
    }
}

fn member_header(s: &mut Surface<'_>, ctx: &Ctx<'_>, y: f32, mark: Mark) {
    let h = row_height(ctx);
    let mut x = MARGIN;
    let parts = std::iter::once("name").chain(MEMBER_COLUMNS);
    for (part, w) in parts.zip(MEMBER_W) {
        label_cell(s, ctx, x, y, w, h, &Label::Key(member_part_label(part)));
        x += w;
    }
    let word = ctx.i18n.tr(&Lang::ja(), mark.message_key());
    let size = 7.0;
    let w = ctx.fonts.width(&word, Role::Text, "ja") * size;
    text(
        s,
        ctx,
        PAGE_W - MARGIN - w - 4.0,
        y + 9.0,
        size,
        Role::Text,
        &word,
    );
}

fn member_row(s: &mut Surface<'_>, ctx: &Ctx<'_>, y: f32, member: &Member) {
    let cells = member_cells(ctx.i18n, member);
    let mut x = MARGIN;
    stroke_rect(s, x, y, MEMBER_W[0], MEMBER_H, 0.5);
    if let Some(reading) = cells.get("reading").filter(|r| !r.is_empty()) {
        text(s, ctx, x + 7.0, y + 10.0, 7.5, Role::Text, reading);
    }
    if let Some(name) = cells.get("name") {
        let size = fit(ctx, name, Role::Name, 13.0, MEMBER_W[0] - 10.0);
        text(s, ctx, x + 5.0, y + MEMBER_H - 7.0, size, Role::Name, name);
    }
    x += MEMBER_W[0];
    for (part, w) in MEMBER_COLUMNS.iter().zip(&MEMBER_W[1..]) {
        stroke_rect(s, x, y, *w, MEMBER_H, 0.5);
        let value = cells.get(part).map(String::as_str).unwrap_or_default();
        let size = fit(ctx, value, Role::Text, 10.0, w - 10.0);
        text(
            s,
            ctx,
            x + 5.0,
            y + MEMBER_H / 2.0 + size * 0.36,
            size,
            Role::Text,
            value,
        );
        x += w;
    }
}

/// A text cut in two near its middle, at a space when it has one.
fn halves(text: &str) -> (&str, &str) {
    let middle = text.len() / 2;
    let at = text
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle))
        .or_else(|| text.char_indices().map(|(i, _)| i).find(|i| *i >= middle))
        .unwrap_or(text.len());
    let (first, second) = text.split_at(at);
    (first.trim_end(), second.trim_start())
}

/// The size, at most `size`, at which a text fits `width`.
fn fit(ctx: &Ctx<'_>, value: &str, role: Role, size: f32, width: f32) -> f32 {
    let unit = ctx.fonts.width(value, role, lang(ctx));
    if unit * size > width && unit > 0.0 {
        (width / unit).max(5.0)
    } else {
        size
    }
}

/// A line of text from its baseline's left end, face by face.
fn text(s: &mut Surface<'_>, ctx: &Ctx<'_>, x: f32, y: f32, size: f32, role: Role, value: &str) {
    s.set_fill(Some(Fill::default()));
    let mut at = x;
    for run in ctx.fonts.runs(value, role, lang(ctx)) {
        s.draw_text(
            Point::from_xy(at, y),
            run.font,
            size,
            run.text,
            false,
            TextDirection::Auto,
        );
        at += run.width * size;
    }
}

fn stroke_rect(s: &mut Surface<'_>, x: f32, y: f32, w: f32, h: f32, width: f32) {
    let Some(rect) = Rect::from_xywh(x, y, w, h) else {
        return;
    };
    let mut path = PathBuilder::new();
    path.push_rect(rect);
    if let Some(path) = path.finish() {
        s.set_fill(None);
        s.set_stroke(Some(Stroke {
            width,
            ..Stroke::default()
        }));
        s.draw_path(&path);
        s.set_stroke(None);
    }
}

fn fill_rect(s: &mut Surface<'_>, x: f32, y: f32, w: f32, h: f32, grey: u8) {
    let Some(rect) = Rect::from_xywh(x, y, w, h) else {
        return;
    };
    let mut path = PathBuilder::new();
    path.push_rect(rect);
    if let Some(path) = path.finish() {
        s.set_stroke(None);
        s.set_fill(Some(Fill {
            paint: luma::Color::new(grey).into(),
            ..Fill::default()
        }));
        s.draw_path(&path);
    }
}

fn line(s: &mut Surface<'_>, x1: f32, y1: f32, x2: f32, y2: f32, width: f32) {
    let mut path = PathBuilder::new();
    path.move_to(x1, y1);
    path.line_to(x2, y2);
    if let Some(path) = path.finish() {
        s.set_fill(None);
        s.set_stroke(Some(Stroke {
            width,
            ..Stroke::default()
        }));
        s.draw_path(&path);
        s.set_stroke(None);
    }
}

/// A check box, ticked when `checked`.
fn check_box(s: &mut Surface<'_>, x: f32, y: f32, size: f32, checked: bool) {
    stroke_rect(s, x, y, size, size, 0.7);
    if !checked {
        return;
    }
    let mut path = PathBuilder::new();
    path.move_to(x + size * 0.15, y + size * 0.5);
    path.line_to(x + size * 0.42, y + size * 0.8);
    path.line_to(x + size * 0.9, y + size * 0.12);
    if let Some(path) = path.finish() {
        s.set_fill(None);
        s.set_stroke(Some(Stroke {
            width: 1.4,
            paint: rgb::Color::new(0, 0, 0).into(),
            ..Stroke::default()
        }));
        s.draw_path(&path);
        s.set_stroke(None);
    }
}

/// A QR code of `data` as filled squares, `size` points wide.
fn qr(s: &mut Surface<'_>, x: f32, y: f32, size: f32, data: &str) {
    let Ok(code) = qrcode::QrCode::new(data.as_bytes()) else {
        return;
    };
    let modules = code.width();
    let quiet = 2.0;
    let cell = size / (modules as f32 + 2.0 * quiet);
    let mut path = PathBuilder::new();
    for (i, colour) in code.to_colors().iter().enumerate() {
        if *colour == qrcode::Color::Dark {
            let (col, row) = ((i % modules) as f32, (i / modules) as f32);
            if let Some(rect) = Rect::from_xywh(
                x + (col + quiet) * cell,
                y + (row + quiet) * cell,
                cell,
                cell,
            ) {
                path.push_rect(rect);
            }
        }
    }
    if let Some(path) = path.finish() {
        s.set_stroke(None);
        s.set_fill(Some(Fill::default()));
        s.draw_path(&path);
    }
}
