//! Review: what will be submitted, before the resident confirms.
//!
//! One card per form of the pre-application: labels in the resident's
//! language from the catalogue, values as written (a Japanese name stays
//! Japanese; choices, yes/no and dates are shown through
//! [`present::display_value`]), the fee and the documents to bring, and every
//! problem [`Catalog::validate`] finds, marked under its field.
//!
//! Choice and count fields can be changed here with taps (no typing), so a
//! resident who picked the wrong purpose or number of copies fixes it
//! without starting over. Other problems (a missing reading, say) need the
//! keyboard: the record still goes to the counter, where the clerk fixes it
//! with the resident, and the screen says so.

use std::collections::BTreeSet;
use std::sync::Arc;

use iced::widget::{Column, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use crate::domain::answers::ADDRESS_PARTS;
use crate::domain::card_fill::card_answers;
use crate::domain::model::member_part_label;
use crate::domain::record::Reviewed;
use crate::domain::validate::{has_errors, parse_count};
use crate::domain::{Answers, Catalog, FieldKind, Problem, Procedure, present};
use crate::i18n::{Lang, Message as Text};
use crate::preapp::PreApplication;
use crate::ui::theme::{Emphasis, card, danger_text};
use crate::ui::widgets::{Ctx, touch_button};

#[derive(Debug, Clone)]
pub struct State {
    pub procedures: Vec<Arc<Procedure>>,
    pub answers: Answers,
    /// Answer keys the resident changed here (sent as `kiosk`, not `qr`).
    pub changed: BTreeSet<String>,
    pub problems: Vec<Problem>,
    /// The field whose choices are open.
    pub editing: Option<String>,
    pub sealed: bool,
    /// Made on the kiosk ("make it here"), not read from a QR.
    pub made_here: bool,
    /// Answer keys the clerk completes (names and addresses in kanji): a
    /// missing answer there is the clerk's job, not the resident's mistake.
    pub clerk: BTreeSet<String>,
    /// Answer keys made from the postal data (an address's prefecture, city
    /// and town), until the resident changes them here.
    pub postal: BTreeSet<String>,
    /// Answer keys read from the My Number card.
    pub card: BTreeSet<String>,
    /// The kiosk has a card reader (the card button shows).
    pub card_reader: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Edit(String),
    Set(String, String),
    Step(String, i32),
    DoneEditing,
    Confirm,
    Back,
    /// "マイナンバーカードで入力".
    UseCard,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    Back,
    Confirm,
    UseCard,
}

impl State {
    /// The review of a decoded pre-application; `Err` (a message for the
    /// resident) when it names a procedure this office does not have.
    pub fn new(
        catalog: &Catalog,
        application: &PreApplication,
        sealed: bool,
    ) -> Result<Self, Text> {
        let mut procedures = Vec::new();
        for id in &application.form.procedures {
            match catalog.procedure(id) {
                Some(p) => procedures.push(p.clone()),
                None => {
                    return Err(Text::new("kiosk-review-unknown-procedure").arg("id", id.as_str()));
                }
            }
        }
        if procedures.is_empty() {
            return Err(Text::new("kiosk-review-unknown-procedure").arg("id", ""));
        }
        let mut answers = Answers::new();
        answers.values = application.form.fields.clone();
        answers.household = application.form.household.clone();
        let state = State {
            sealed,
            ..State::checked(catalog, procedures, answers, false, BTreeSet::new())
        };
        Ok(state)
    }

    /// The review of forms made on the kiosk (see [`super::make`]).
    pub fn made_here(
        catalog: &Catalog,
        procedures: Vec<Arc<Procedure>>,
        answers: Answers,
        clerk: BTreeSet<String>,
        postal: BTreeSet<String>,
        card: BTreeSet<String>,
    ) -> Self {
        State {
            postal,
            card,
            ..State::checked(catalog, procedures, answers, true, clerk)
        }
    }

    /// Unsealed, unchanged forms with their problems found.
    fn checked(
        catalog: &Catalog,
        procedures: Vec<Arc<Procedure>>,
        answers: Answers,
        made_here: bool,
        clerk: BTreeSet<String>,
    ) -> Self {
        let mut state = State {
            procedures,
            answers,
            changed: BTreeSet::new(),
            problems: Vec::new(),
            editing: None,
            sealed: false,
            made_here,
            clerk,
            postal: BTreeSet::new(),
            card: BTreeSet::new(),
            card_reader: false,
        };
        state.revalidate(catalog);
        state
    }

    /// The card's items replace what the forms had for them: changed here,
    /// from the card, and no longer the clerk's or the postal data's.
    pub fn fill_from_card(&mut self, catalog: &Catalog, four: &crate::card::BasicFour) {
        for (key, value) in card_answers(&self.procedures, four) {
            self.answers.set(key.clone(), value);
            self.clerk.remove(&key);
            self.postal.remove(&key);
            self.changed.insert(key.clone());
            self.card.insert(key);
        }
        self.revalidate(catalog);
    }

    /// Whether a card can fill anything on these forms.
    pub fn takes_card(&self) -> bool {
        self.procedures.iter().any(|p| !p.card.is_empty())
    }

    /// The queue of the first form: where the resident is going.
    pub fn service(&self) -> &str {
        &self.procedures[0].service
    }

    /// The forms as confirmed by a resident reading `lang`, for
    /// [`crate::domain::record::record_of`].
    pub fn reviewed(&self, lang: Lang) -> Reviewed {
        Reviewed {
            procedures: self.procedures.iter().map(|p| p.id.clone()).collect(),
            answers: self.answers.clone(),
            changed: self.changed.clone(),
            clerk: self.clerk.clone(),
            postal: self.postal.difference(&self.changed).cloned().collect(),
            card: self.card.clone(),
            made_here: self.made_here,
            sealed: self.sealed,
            lang,
        }
    }

    fn revalidate(&mut self, catalog: &Catalog) {
        let mut problems: Vec<Problem> = Vec::new();
        for procedure in &self.procedures {
            let normalized = present::normalize(procedure, &self.answers);
            for problem in catalog.validate(&procedure.id, &normalized) {
                if !problems.contains(&problem) {
                    problems.push(problem);
                }
            }
        }
        self.problems = problems;
    }

    /// Whether the resident can still fix an error here (a choice or count).
    pub fn fixable_errors(&self) -> bool {
        self.problems
            .iter()
            .filter(|p| p.is_error())
            .any(|p| self.fixable(&p.field))
    }

    fn fixable(&self, key: &str) -> bool {
        self.procedures
            .iter()
            .flat_map(|p| p.fields.iter())
            .any(|f| {
                f.key == key && matches!(f.kind, FieldKind::Choice { .. } | FieldKind::Count { .. })
            })
    }

    pub fn update(&mut self, message: Message, catalog: &Catalog) -> Action {
        match message {
            Message::Back => Action::Back,
            Message::UseCard => Action::UseCard,
            Message::Edit(key) => {
                self.editing = (self.editing.as_deref() != Some(&key)).then_some(key);
                Action::None
            }
            Message::DoneEditing => {
                self.editing = None;
                Action::None
            }
            Message::Set(key, value) => {
                self.answers.set(key.clone(), value);
                self.changed.insert(key);
                self.editing = None;
                self.revalidate(catalog);
                Action::None
            }
            Message::Step(key, step) => {
                let Some((min, max)) = self.count_range(&key) else {
                    return Action::None;
                };
                let now = self.answers.get(&key).and_then(parse_count).unwrap_or(min);
                let next = now.saturating_add_signed(step).clamp(min, max);
                self.answers.set(key.clone(), next.to_string());
                self.changed.insert(key);
                self.revalidate(catalog);
                Action::None
            }
            Message::Confirm if !self.fixable_errors() => Action::Confirm,
            Message::Confirm => Action::None,
        }
    }

    fn field(&self, key: &str) -> Option<&crate::domain::Field> {
        self.procedures
            .iter()
            .flat_map(|p| p.fields.iter())
            .find(|f| f.key == key)
    }

    fn count_range(&self, key: &str) -> Option<(u32, u32)> {
        self.procedures
            .iter()
            .flat_map(|p| p.fields.iter())
            .find_map(|f| match f.kind {
                FieldKind::Count { min, max } if f.key == key => Some((min, max)),
                _ => None,
            })
    }

    pub fn total_fee(&self) -> u32 {
        self.procedures
            .iter()
            .map(|p| p.fee.total(&self.answers))
            .sum()
    }

    pub fn view<'a>(&'a self, ctx: &Ctx<'_>) -> Element<'a, Message> {
        let mut forms = column![].spacing(ctx.sizes.spacing);
        let fields = self.shown_fields(ctx);
        for procedure in &self.procedures {
            let own = fields
                .iter()
                .filter(|(p, _, _)| std::ptr::eq(*p, procedure.as_ref()))
                .map(|(_, field, value)| (*field, value.clone()));
            forms = forms.push(self.form_card(ctx, procedure, own));
        }

        let mut footer = column![]
            .spacing(ctx.sizes.spacing * 0.5)
            .align_x(Alignment::Center);
        // The open editor sits above the buttons, always in view, not
        // inline where a long form could scroll it off the screen.
        if let Some(field) = self.editing.as_deref().and_then(|key| self.field(key)) {
            footer = footer.push(
                container(
                    column![ctx.body(ctx.tr(&field.label)), self.editor(ctx, field)]
                        .spacing(ctx.sizes.spacing * 0.5),
                )
                .padding(16)
                .width(Length::Fill)
                .style(card),
            );
        }
        if self.card_reader && self.card.is_empty() && self.takes_card() {
            footer = footer.push(super::card::use_card_button(
                ctx,
                Message::UseCard,
                Length::Fill,
            ));
        }
        let errors = has_errors(&self.problems);
        if self.fixable_errors() {
            footer = footer.push(
                ctx.body(ctx.tr("kiosk-review-fix-marked"))
                    .style(danger_text),
            );
        } else if errors {
            footer = footer.push(ctx.body(ctx.tr("kiosk-review-staff-will-check")));
        }
        footer = footer.push(
            row![
                touch_button(
                    ctx,
                    ctx.tr("kiosk-review-back"),
                    Emphasis::Secondary,
                    Some(Message::Back),
                    300
                ),
                touch_button(
                    ctx,
                    ctx.tr("kiosk-review-confirm"),
                    Emphasis::Primary,
                    (!self.fixable_errors()).then_some(Message::Confirm),
                    620
                ),
            ]
            .spacing(ctx.sizes.spacing),
        );

        column![
            ctx.heading(ctx.tr("kiosk-review-heading")),
            // Room under the last row so it scrolls fully into view, clear
            // of the scroll area's edge.
            scrollable(
                container(forms).padding(
                    iced::Padding::ZERO
                        .horizontal(16)
                        .bottom(ctx.sizes.touch * 0.5)
                )
            )
            .height(Length::Fill),
            footer,
        ]
        .spacing(ctx.sizes.spacing)
        .padding([8, 32])
        .align_x(Alignment::Center)
        .into()
    }

    /// The value of `field` as the resident reads it.
    fn field_value(&self, ctx: &Ctx<'_>, field: &crate::domain::Field) -> String {
        let i18n = ctx.i18n;
        let lang = ctx.lang;
        match &field.kind {
            FieldKind::Address => ADDRESS_PARTS
                .iter()
                .filter_map(|part| self.answers.get(&format!("{}.{part}", field.key)))
                .collect::<Vec<_>>()
                .join(" "),
            FieldKind::Household { .. } => self
                .answers
                .household
                .iter()
                .map(|member| {
                    member
                        .iter()
                        .map(|(part, v)| {
                            format!(
                                "{}: {}",
                                ctx.tr(&member_part_label(part)),
                                present::display_member_part(i18n, &lang, part, v)
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("、")
                })
                .collect::<Vec<_>>()
                .join("\n"),
            _ => self
                .answers
                .get(&field.key)
                .map(|v| present::display_value(i18n, &lang, field, v))
                .unwrap_or_default(),
        }
    }

    /// The problems found in `field` (or its parts, or the household).
    fn field_problems(&self, field: &crate::domain::Field) -> Vec<&Problem> {
        self.problems
            .iter()
            .filter(|p| {
                p.field == field.key
                    || p.field.starts_with(&format!("{}.", field.key))
                    || (matches!(field.kind, FieldKind::Household { .. })
                        && p.field.starts_with("household"))
            })
            .collect()
    }

    /// The fields shown, each once (a shared answer on the first form that
    /// uses it), with their values; an optional field left empty is not.
    fn shown_fields<'a>(
        &'a self,
        ctx: &Ctx<'_>,
    ) -> Vec<(&'a Procedure, &'a crate::domain::Field, String)> {
        let mut shown: BTreeSet<&str> = BTreeSet::new();
        let mut fields = Vec::new();
        for procedure in &self.procedures {
            for field in &procedure.fields {
                if field.shared && !shown.insert(field.key.as_str()) {
                    continue;
                }
                let value = self.field_value(ctx, field);
                if value.is_empty() && self.field_problems(field).is_empty() {
                    continue;
                }
                fields.push((procedure.as_ref(), field, value));
            }
        }
        fields
    }

    /// The controls in the order drawn, each with what the keypad's focus
    /// says of it: each changeable field's Change (its label and value), the
    /// open field's choices, the card button, Back and Confirm.
    pub fn controls(&self, ctx: &Ctx<'_>) -> Vec<(String, Message)> {
        let mut controls = Vec::new();
        let change = ctx.tr("kiosk-review-change");
        for (_, field, value) in self.shown_fields(ctx) {
            if editable(field) {
                let value = if value.is_empty() {
                    ctx.tr("kiosk-review-empty")
                } else {
                    value
                };
                let label = format!("{}: {value}、{change}", ctx.tr(&field.label));
                controls.push((label, Message::Edit(field.key.clone())));
            }
        }
        if let Some(field) = self.editing.as_deref().and_then(|key| self.field(key)) {
            controls.extend(
                self.editor_keys(ctx, field)
                    .into_iter()
                    .map(|(l, _, m)| (l, m)),
            );
        }
        if self.card_reader && self.card.is_empty() && self.takes_card() {
            controls.push((ctx.tr("card-use"), Message::UseCard));
        }
        controls.push((ctx.tr("kiosk-review-back"), Message::Back));
        if !self.fixable_errors() {
            controls.push((ctx.tr("kiosk-review-confirm"), Message::Confirm));
        }
        controls
    }

    /// The open field and its value, as said after a key changed it.
    pub fn editing_value(&self, ctx: &Ctx<'_>) -> Option<String> {
        let field = self.field(self.editing.as_deref()?)?;
        let value = self.field_value(ctx, field);
        Some(format!("{}: {value}", ctx.tr(&field.label)))
    }

    /// What 読み上げ says: the heading, each form's fields with their
    /// values and what is wrong, the open field's choices, and the buttons.
    pub fn reading(&self, ctx: &Ctx<'_>) -> Vec<String> {
        let mut texts = vec![ctx.tr("kiosk-review-heading")];
        for (_, field, value) in self.shown_fields(ctx) {
            texts.push(format!("{}: {value}", ctx.tr(&field.label)));
            for problem in self.field_problems(field) {
                if problem.is_error() && !self.clerk.contains(&problem.field) {
                    texts.push(ctx.render(&problem.message));
                }
            }
        }
        if let Some(field) = self.editing.as_deref().and_then(|key| self.field(key)) {
            texts.push(ctx.tr(&field.label));
            texts.extend(self.editor_keys(ctx, field).into_iter().map(|(l, _, _)| l));
        }
        texts.push(ctx.tr("kiosk-review-confirm"));
        texts.push(ctx.tr("kiosk-review-back"));
        texts
    }

    /// A form's card: its `fields` (from [`State::shown_fields`]) with
    /// their values, problems and Change buttons, its fee and documents.
    fn form_card<'a, 'f>(
        &'a self,
        ctx: &Ctx<'_>,
        procedure: &'a Procedure,
        fields: impl Iterator<Item = (&'f crate::domain::Field, String)>,
    ) -> Element<'a, Message> {
        let mut card_column: Column<'a, Message> = column![
            text(ctx.tr(&procedure.name))
                .size(ctx.sizes.body * 1.2)
                .font(ctx.bold())
        ]
        .spacing(ctx.sizes.spacing * 0.4);

        for (field, value) in fields {
            let problems = self.field_problems(field);
            let editable = editable(field);
            let shown_value = if value.is_empty() {
                ctx.tr("kiosk-review-empty")
            } else {
                value
            };
            let mut line = row![
                ctx.small(ctx.tr(&field.label))
                    .width(Length::FillPortion(2)),
                ctx.body(shown_value).width(Length::FillPortion(3)),
            ]
            .spacing(ctx.sizes.spacing)
            .align_y(Alignment::Center);
            // The same trailing slot on every line keeps the values aligned.
            line = line.push(if editable {
                touch_button(
                    ctx,
                    ctx.tr("kiosk-review-change"),
                    Emphasis::Secondary,
                    Some(Message::Edit(field.key.clone())),
                    200,
                )
                .into()
            } else {
                Element::from(iced::widget::space().width(200))
            });
            card_column = card_column.push(line);
            for problem in problems {
                let for_clerk = self.clerk.contains(&problem.field)
                    && problem.message.key == "validation-required";
                if for_clerk {
                    let part = clerk_field_label(ctx, &problem.field);
                    let note = ctx.tr("make-clerk-completes");
                    card_column = card_column.push(ctx.small(if part.is_empty() {
                        format!("ⓘ {note}")
                    } else {
                        format!("ⓘ {part}: {note}")
                    }));
                    continue;
                }
                let mark = if problem.is_error() { "⚠ " } else { "ⓘ " };
                card_column = card_column.push(
                    ctx.small(format!("{mark}{}", ctx.render(&problem.message)))
                        .style(danger_text),
                );
            }
        }

        let fee = procedure.fee.total(&self.answers);
        card_column =
            card_column.push(ctx.body(ctx.tr_args("kiosk-review-fee", &[("yen", fee.into())])));
        if !procedure.documents.is_empty() {
            card_column = card_column.push(ctx.small(ctx.tr("kiosk-review-bring")));
            for doc in &procedure.documents {
                card_column = card_column.push(ctx.small(format!("・{}", ctx.tr(doc))));
            }
        }
        container(card_column)
            .padding(24)
            .width(Length::Fill)
            .style(card)
            .into()
    }

    /// The open field's buttons in the order drawn: a choice's options
    /// (the chosen one selected), or a count's −, + and Done.
    fn editor_keys(
        &self,
        ctx: &Ctx<'_>,
        field: &crate::domain::Field,
    ) -> Vec<(String, Emphasis, Message)> {
        let key = field.key.clone();
        match &field.kind {
            FieldKind::Choice { options } => {
                let current = self.answers.get(&field.key);
                options
                    .iter()
                    .map(|option| {
                        let emphasis = if current == Some(option.value.as_str()) {
                            Emphasis::Selected
                        } else {
                            Emphasis::Secondary
                        };
                        let set = Message::Set(key.clone(), option.value.clone());
                        (ctx.tr(&option.label), emphasis, set)
                    })
                    .collect()
            }
            FieldKind::Count { .. } => vec![
                (
                    "−".into(),
                    Emphasis::Secondary,
                    Message::Step(key.clone(), -1),
                ),
                ("+".into(), Emphasis::Secondary, Message::Step(key, 1)),
                (
                    ctx.tr("kiosk-review-done"),
                    Emphasis::Primary,
                    Message::DoneEditing,
                ),
            ],
            _ => Vec::new(),
        }
    }

    fn editor<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        field: &'a crate::domain::Field,
    ) -> Element<'a, Message> {
        let keys = self.editor_keys(ctx, field);
        match &field.kind {
            // Three to a row so eight options still fit above the buttons.
            FieldKind::Choice { .. } => column(keys.chunks(3).map(|chunk| {
                row(chunk.iter().cloned().map(|(label, emphasis, message)| {
                    touch_button(ctx, label, emphasis, Some(message), Length::Fill).into()
                }))
                .spacing(ctx.sizes.spacing * 0.4)
                .into()
            }))
            .spacing(ctx.sizes.spacing * 0.4)
            .into(),
            _ => row(keys.into_iter().map(|(label, emphasis, message)| {
                let width = if message == Message::DoneEditing {
                    220
                } else {
                    120
                };
                touch_button(ctx, label, emphasis, Some(message), width).into()
            }))
            .spacing(ctx.sizes.spacing)
            .into(),
        }
    }
}

/// Whether a field can be changed here (a choice or a count).
fn editable(field: &crate::domain::Field) -> bool {
    matches!(
        field.kind,
        FieldKind::Choice { .. } | FieldKind::Count { .. }
    )
}

/// The part a clerk completes, as the resident reads it: an address part
/// (市区町村) or a member part (氏名); empty for a whole field.
fn clerk_field_label(ctx: &Ctx<'_>, key: &str) -> String {
    let part = key.rsplit('.').next().unwrap_or_default();
    if ADDRESS_PARTS.contains(&part) {
        ctx.tr(&crate::domain::model::address_part_label(part))
    } else if key.starts_with("household[") {
        ctx.tr(&member_part_label(part))
    } else {
        String::new()
    }
}
