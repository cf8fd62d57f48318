//! What the make-it-here screens draw, and their controls named for the
//! keypad's focus and for 読み上げ, from the same lists so the focus goes
//! through the controls in the order they are drawn.

use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length};

use super::{Input, Message, Phase, State};
use crate::domain::Catalog;
use crate::domain::answers::Member;
use crate::domain::interview::{Ask, Interview, Offer, Step, Target};
use crate::domain::model::relationship_label;
use crate::domain::validate::PREFECTURES;
use crate::i18n::Message as Text;
use crate::ui::keypads::{
    button_grid, date_keys, date_pad, grid_key, kana_grid, kana_keys, readout,
};
use crate::ui::theme::{Emphasis, danger_text};
use crate::ui::widgets::{Ctx, keypad, keypad_keys, touch_button};

impl State {
    pub fn view<'a>(&'a self, ctx: &Ctx<'_>, catalog: &'a Catalog) -> Element<'a, Message> {
        let content: Column<'a, Message> = match (&self.phase, &self.interview) {
            (Phase::Forms, Some(interview)) => self.forms_view(ctx, interview),
            (Phase::Ask, Some(interview)) => match interview.step() {
                Some(step) => self.ask_view(ctx, interview, step),
                None => column![],
            },
            _ => self.pick_view(ctx, catalog),
        };
        container(content.spacing(ctx.sizes.spacing * 0.4).max_width(1220))
            .center_x(Length::Fill)
            .padding([4, 24])
            .into()
    }

    /// The controls of the screen in the order drawn, each with what the
    /// keypad's focus says of it: the order the focus goes through them.
    pub fn controls(&self, ctx: &Ctx<'_>, catalog: &Catalog) -> Vec<(String, Message)> {
        let unstyled = |keys: Vec<(String, Emphasis, Message)>| {
            keys.into_iter()
                .map(|(label, _, message)| (label, message))
                .collect::<Vec<_>>()
        };
        let mut controls = Vec::new();
        let (skip, next) = match (&self.phase, &self.interview) {
            (Phase::Forms, Some(interview)) => {
                controls.extend(unstyled(self.forms_keys(ctx, interview)));
                (None, Some(Message::FormsDone))
            }
            (Phase::Ask, Some(interview)) => {
                let Some(step) = interview.step() else {
                    return controls;
                };
                if self.shows_card_button(interview) {
                    controls.push((ctx.tr("card-use"), Message::UseCard));
                }
                controls.extend(self.input_controls(ctx, interview, &step));
                (skip_of(&step), self.next_of(interview, &step))
            }
            _ => {
                controls.extend(unstyled(self.pick_keys(ctx, catalog, true)));
                controls.extend(unstyled(self.pick_keys(ctx, catalog, false)));
                (None, None)
            }
        };
        controls.extend(
            nav_keys(ctx, skip, next)
                .into_iter()
                .map(|(label, _, message)| (label, message)),
        );
        controls
    }

    /// The controls of the current question's answer, in the order drawn.
    fn input_controls(
        &self,
        ctx: &Ctx<'_>,
        interview: &Interview,
        step: &Step,
    ) -> Vec<(String, Message)> {
        if let Some(keys) = self.choice_keys(ctx, interview, step) {
            return keys.into_iter().map(|(l, _, m)| (l, m)).collect();
        }
        let field = (self.field_label(ctx, step), Message::Field);
        match (&step.ask, &self.input) {
            (None, _) => {
                let mut controls: Vec<(String, Message)> = interview
                    .answers
                    .household
                    .iter()
                    .enumerate()
                    .map(|(index, member)| {
                        let line = member_line(ctx, index, member);
                        let remove = ctx.tr("make-remove");
                        (format!("{line}: {remove}"), Message::RemoveMember(index))
                    })
                    .collect();
                controls.push((ctx.tr("make-add-person"), Message::AddMember));
                controls
            }
            (Some(Ask::Count { .. }), _) => {
                vec![
                    ("−".into(), Message::Count(-1)),
                    ("+".into(), Message::Count(1)),
                ]
            }
            (Some(Ask::Date { .. }), Input::Date(entry)) => date_keys(ctx, entry, date_labels(ctx))
                .into_iter()
                .map(|(label, _, key)| (label, Message::Date(key)))
                .chain(digit_controls(ctx))
                .collect(),
            (Some(Ask::Kana { kana, .. }), _) => [field]
                .into_iter()
                .chain(
                    kana_keys(*kana, ctx.tr("make-kana-space"), ctx.tr("make-backspace"))
                        .into_iter()
                        .map(|(label, key)| (label, Message::Kana(key))),
                )
                .collect(),
            (Some(Ask::Postal | Ask::Phone | Ask::Digits { .. }), _) => {
                [field].into_iter().chain(digit_controls(ctx)).collect()
            }
            _ => Vec::new(),
        }
    }

    /// The answer field as spoken: the question and what is typed so far.
    fn field_label(&self, ctx: &Ctx<'_>, step: &Step) -> String {
        let question = ctx.tr(&step.label);
        match self.input_text() {
            Some(typed) => format!("{question}: {typed}"),
            None => question,
        }
    }

    /// What 読み上げ says: the screen's title, its question or instruction
    /// with the hint, what is answered so far, the choices and the buttons,
    /// as drawn, and what is wrong with the answer.
    pub fn reading(&self, ctx: &Ctx<'_>, catalog: &Catalog) -> Vec<String> {
        let mut texts = Vec::new();
        match (&self.phase, &self.interview) {
            (Phase::Forms, Some(interview)) => {
                texts.push(ctx.tr("make-forms-heading"));
                let mut toggles = self.forms_keys(ctx, interview).into_iter();
                for procedure in &interview.procedures {
                    if interview.optional().iter().any(|p| p.id == procedure.id) {
                        texts.extend(toggles.next().map(|(label, _, _)| label));
                    } else {
                        let name = ctx.tr(&procedure.name);
                        texts.push(ctx.tr_args("make-forms-required", &[("name", name.into())]));
                    }
                }
            }
            (Phase::Ask, Some(interview)) => {
                let Some(step) = interview.step() else {
                    return texts;
                };
                texts.push(offer_name(ctx, catalog, &interview.offer).unwrap_or_default());
                texts.push(self.title(ctx, &step));
                let (current, total) = interview.progress();
                let progress = [("current", current.into()), ("total", total.into())];
                texts.push(ctx.tr_args("make-progress", &progress));
                if let Some(help) = &step.help {
                    texts.push(ctx.tr(help));
                }
                if let Some(typed) = self.input_text() {
                    texts.push(typed);
                }
                match self.choice_keys(ctx, interview, &step) {
                    Some(keys) => texts.extend(keys.into_iter().map(|(label, _, _)| label)),
                    None if step.ask.is_none() => texts.extend(
                        self.input_controls(ctx, interview, &step)
                            .into_iter()
                            .map(|(l, _)| l),
                    ),
                    None => {}
                }
                if let Some(note) = self.note(interview, &step) {
                    texts.push(ctx.render(&note));
                }
            }
            _ => {
                texts.push(ctx.tr("make-pick-heading"));
                texts.push(ctx.tr("make-pick-events"));
                texts.extend(self.pick_keys(ctx, catalog, true).into_iter().map(|k| k.0));
                texts.push(ctx.tr("make-pick-certificates"));
                texts.extend(self.pick_keys(ctx, catalog, false).into_iter().map(|k| k.0));
            }
        }
        if let Some(error) = &self.error {
            texts.push(ctx.render(error));
        }
        texts.retain(|text| !text.is_empty());
        texts
    }

    /// The life events (`bundles`) or the certificates to pick from.
    fn pick_keys(
        &self,
        ctx: &Ctx<'_>,
        catalog: &Catalog,
        bundles: bool,
    ) -> Vec<(String, Emphasis, Message)> {
        self.offers
            .iter()
            .filter(|o| matches!(o, Offer::Bundle(_)) == bundles)
            .filter_map(|o| {
                let name = offer_name(ctx, catalog, o)?;
                Some((name, Emphasis::Secondary, Message::Pick(o.clone())))
            })
            .collect()
    }

    fn pick_view<'a>(&self, ctx: &Ctx<'_>, catalog: &Catalog) -> Column<'a, Message> {
        column![
            ctx.heading(ctx.tr("make-pick-heading")),
            ctx.body(ctx.tr("make-pick-events")),
            button_grid(ctx, 2, self.pick_keys(ctx, catalog, true)),
            ctx.body(ctx.tr("make-pick-certificates")),
            button_grid(ctx, 2, self.pick_keys(ctx, catalog, false)),
            self.nav(ctx, None, None, None),
        ]
    }

    /// The optional forms, each a toggle (✓ included, ＋ not).
    fn forms_keys(&self, ctx: &Ctx<'_>, interview: &Interview) -> Vec<(String, Emphasis, Message)> {
        interview
            .optional()
            .iter()
            .map(|procedure| {
                let name = ctx.tr(&procedure.name);
                let (mark, emphasis) = if interview.included.contains(&procedure.id) {
                    ("✓ ", Emphasis::Selected)
                } else {
                    ("＋ ", Emphasis::Secondary)
                };
                (
                    format!("{mark}{name}"),
                    emphasis,
                    Message::Toggle(procedure.id.clone()),
                )
            })
            .collect()
    }

    fn forms_view<'a>(&self, ctx: &Ctx<'_>, interview: &Interview) -> Column<'a, Message> {
        let optional: Vec<String> = interview.optional().iter().map(|p| p.id.clone()).collect();
        let mut toggles = self.forms_keys(ctx, interview).into_iter();
        let mut list = column![ctx.heading(ctx.tr("make-forms-heading"))];
        for procedure in &interview.procedures {
            if !optional.contains(&procedure.id) {
                let name = ctx.tr(&procedure.name);
                list = list
                    .push(ctx.body(ctx.tr_args("make-forms-required", &[("name", name.into())])));
                continue;
            }
            if let Some((label, emphasis, message)) = toggles.next() {
                list = list.push(touch_button(
                    ctx,
                    label,
                    emphasis,
                    Some(message),
                    Length::Fill,
                ));
            }
        }
        list.push(self.nav(ctx, None, Some(Message::FormsDone), None))
    }

    /// The question's title: a household member's number before it.
    fn title(&self, ctx: &Ctx<'_>, step: &Step) -> String {
        let title = ctx.tr(&step.label);
        match step.target {
            Target::Member(index, _) => format!(
                "{} — {}",
                ctx.tr_args("make-member-number", &[("number", (index + 1).into())]),
                title
            ),
            _ => title,
        }
    }

    /// Whether the card button shows in the question's header.
    fn shows_card_button(&self, interview: &Interview) -> bool {
        let takes_card = interview.active().iter().any(|p| !p.card.is_empty());
        self.card_reader && interview.card.is_empty() && takes_card
    }

    /// The buttons of a question answered by a choice (choice, town,
    /// yes/no, prefecture), the chosen one selected; `None` for others.
    fn choice_keys(
        &self,
        ctx: &Ctx<'_>,
        interview: &Interview,
        step: &Step,
    ) -> Option<Vec<(String, Emphasis, Message)>> {
        let chosen = interview.value(&step.target);
        let option = |value: &str, label: String| {
            let emphasis = if chosen == Some(value) {
                Emphasis::Selected
            } else {
                Emphasis::Secondary
            };
            (label, emphasis, Message::Choose(value.to_owned()))
        };
        Some(match &step.ask {
            Some(Ask::Choice(options)) => options
                .iter()
                .map(|o| option(&o.value, ctx.tr(&o.label)))
                .collect(),
            Some(Ask::Pick(options)) => options
                .iter()
                .map(|(value, label)| option(value, label.clone()))
                .collect(),
            Some(Ask::YesNo) => vec![
                option("yes", ctx.tr("fields-answer-yes")),
                option("no", ctx.tr("fields-answer-no")),
            ],
            Some(Ask::Prefecture) => PREFECTURES
                .iter()
                .map(|p| option(p, (*p).to_owned()))
                .collect(),
            _ => return None,
        })
    }

    /// Next, where the question has it: a choice answers as it is tapped,
    /// a town chosen already (a code with one town) goes on with Next.
    fn next_of(&self, interview: &Interview, step: &Step) -> Option<Message> {
        match &step.ask {
            Some(Ask::Choice(_) | Ask::YesNo | Ask::Prefecture) => None,
            Some(Ask::Pick(_)) => interview.value(&step.target).map(|_| Message::Next),
            _ => Some(Message::Next),
        }
    }

    /// Why the kanji are not asked, where the resident would look for them.
    fn note(&self, interview: &Interview, step: &Step) -> Option<Text> {
        (matches!(step.ask, Some(Ask::Kana { .. }) | Some(Ask::Prefecture))
            && !interview.clerk_keys().is_empty())
        .then(|| Text::new("make-clerk-note"))
    }

    fn ask_view<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        interview: &'a Interview,
        step: Step,
    ) -> Column<'a, Message> {
        let (current, total) = interview.progress();
        let mut header = row![ctx.heading(self.title(ctx, &step)).width(Length::Fill)]
            .align_y(Alignment::Center)
            .spacing(ctx.sizes.spacing);
        // The card button sits in the header: the question keeps its room.
        if self.shows_card_button(interview) {
            header = header.push(crate::ui::kiosk::card::use_card_button(
                ctx,
                Message::UseCard,
                Length::Shrink,
            ));
        }
        let progress = [("current", current.into()), ("total", total.into())];
        let mut page = column![header.push(ctx.body(ctx.tr_args("make-progress", &progress)))];
        if let Some(help) = &step.help {
            page = page.push(ctx.small(ctx.tr(help)));
        }
        let field_focused = ctx.is_focused(&Message::Field);
        let choices = self.choice_keys(ctx, interview, &step);
        let input: Element<'a, Message> = match (&step.ask, choices) {
            (Some(Ask::Prefecture), Some(keys)) => prefecture_grid(ctx, keys),
            (_, Some(keys)) => {
                let columns = if keys.len() > 4 { 3 } else { 2 };
                button_grid(ctx, columns, keys)
            }
            (None, None) => self.household_view(ctx, interview),
            (Some(Ask::Count { .. }), None) => {
                let n = match self.input {
                    Input::Count(n) => n,
                    _ => 1,
                };
                row![
                    grid_key(
                        ctx,
                        "−".into(),
                        ctx.sizes.heading,
                        Emphasis::Secondary,
                        Some(Message::Count(-1)),
                        160
                    ),
                    text(n.to_string())
                        .size(ctx.sizes.huge * 0.6)
                        .font(ctx.bold()),
                    grid_key(
                        ctx,
                        "+".into(),
                        ctx.sizes.heading,
                        Emphasis::Secondary,
                        Some(Message::Count(1)),
                        160
                    ),
                ]
                .spacing(ctx.sizes.spacing * 2.0)
                .align_y(Alignment::Center)
                .into()
            }
            (Some(Ask::Date { .. }), None) => {
                let Input::Date(entry) = &self.input else {
                    return page;
                };
                beside_digit_keys(ctx, date_pad(ctx, entry, date_labels(ctx), Message::Date))
            }
            (Some(Ask::Postal | Ask::Phone | Ask::Digits { .. }), None) => {
                let typed = match &self.input {
                    Input::Text(t) => t.clone(),
                    _ => String::new(),
                };
                let shown = match step.ask {
                    Some(Ask::Postal) if typed.len() > 3 => {
                        format!("〒{}-{}", &typed[..3], &typed[3..])
                    }
                    Some(Ask::Postal) => format!("〒{typed}"),
                    _ => typed,
                };
                beside_digit_keys(ctx, readout(ctx, shown, field_focused))
            }
            (Some(Ask::Kana { kana, .. }), None) => {
                let typed = match &self.input {
                    Input::Text(t) => t.clone(),
                    _ => String::new(),
                };
                column![
                    readout(ctx, typed, field_focused),
                    kana_grid(
                        ctx,
                        *kana,
                        ctx.tr("make-kana-space"),
                        ctx.tr("make-backspace"),
                        Message::Kana
                    ),
                ]
                .spacing(ctx.sizes.spacing * 0.4)
                .into()
            }
            (Some(_), None) => column![].into(),
        };
        let note = self.note(interview, &step);
        let nav = self.nav(ctx, skip_of(&step), self.next_of(interview, &step), note);
        page.push(input).push(nav)
    }

    /// Back on the left, Skip and Next on the right, and between them what
    /// is wrong with the answer (in view next to the button that refused it)
    /// or else `note`.
    fn nav<'a>(
        &self,
        ctx: &Ctx<'_>,
        skip: Option<Message>,
        next: Option<Message>,
        note: Option<Text>,
    ) -> Element<'a, Message> {
        let error: Element<'a, Message> = match (&self.error, note) {
            (Some(message), _) => ctx
                .body(format!("⚠ {}", ctx.render(message)))
                .style(danger_text)
                .width(Length::Fill)
                .center()
                .into(),
            (None, Some(note)) => ctx
                .small(ctx.render(&note))
                .width(Length::Fill)
                .center()
                .into(),
            (None, None) => iced::widget::space().width(Length::Fill).into(),
        };
        let mut keys = nav_keys(ctx, skip, next).into_iter();
        let mut bar = row![].spacing(ctx.sizes.spacing).align_y(Alignment::Center);
        if let Some((label, width, message)) = keys.next() {
            bar = bar.push(touch_button(
                ctx,
                label,
                Emphasis::Secondary,
                Some(message),
                width,
            ));
        }
        bar = bar.push(error);
        for (label, width, message) in keys {
            let emphasis = if message == Message::Next {
                Emphasis::Primary
            } else {
                Emphasis::Secondary
            };
            bar = bar.push(touch_button(ctx, label, emphasis, Some(message), width));
        }
        bar.into()
    }

    fn household_view<'a>(&self, ctx: &Ctx<'_>, interview: &Interview) -> Element<'a, Message> {
        let mut list = column![].spacing(ctx.sizes.spacing * 0.4);
        if interview.answers.household.is_empty() {
            list = list.push(ctx.body(ctx.tr("make-household-empty")));
        }
        for (index, member) in interview.answers.household.iter().enumerate() {
            list = list.push(
                row![
                    ctx.body(member_line(ctx, index, member))
                        .width(Length::Fill),
                    touch_button(
                        ctx,
                        ctx.tr("make-remove"),
                        Emphasis::Secondary,
                        Some(Message::RemoveMember(index)),
                        Length::Shrink
                    ),
                ]
                .align_y(Alignment::Center)
                .spacing(ctx.sizes.spacing),
            );
        }
        list.push(touch_button(
            ctx,
            ctx.tr("make-add-person"),
            Emphasis::Primary,
            Some(Message::AddMember),
            Length::Fill,
        ))
        .into()
    }
}

fn member_line(ctx: &Ctx<'_>, index: usize, member: &Member) -> String {
    let mut parts = vec![ctx.tr_args("make-member-number", &[("number", (index + 1).into())])];
    if let Some(reading) = member.get("reading") {
        parts.push(reading.clone());
    }
    if let Some(relationship) = member.get("relationship") {
        parts.push(ctx.tr(&relationship_label(relationship)));
    }
    parts.join("  ")
}

/// Skip, for a question that may be left unanswered.
fn skip_of(step: &Step) -> Option<Message> {
    (!step.required).then_some(Message::Skip)
}

/// The buttons of the bar under a question in the order drawn (Back, then
/// Skip and Next where given), with their widths.
fn nav_keys(
    ctx: &Ctx<'_>,
    skip: Option<Message>,
    next: Option<Message>,
) -> Vec<(String, f32, Message)> {
    let mut keys = vec![(ctx.tr("make-back"), 220.0, Message::Back)];
    if let Some(skip) = skip {
        keys.push((ctx.tr("make-skip"), 220.0, skip));
    }
    if let Some(next) = next {
        keys.push((ctx.tr("make-next"), 280.0, next));
    }
    keys
}

/// The digits keypad's keys as controls of a question.
/// What the resident is entering, with the digit keys beside it.
fn beside_digit_keys<'a>(
    ctx: &Ctx<'_>,
    entry: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    row![
        container(entry).width(Length::Fill),
        keypad(
            ctx,
            ctx.tr("make-clear"),
            ctx.tr("make-backspace"),
            Message::Digit
        ),
    ]
    .spacing(ctx.sizes.spacing * 1.5)
    .into()
}

fn digit_controls(ctx: &Ctx<'_>) -> Vec<(String, Message)> {
    keypad_keys(ctx.tr("make-clear"), ctx.tr("make-backspace"))
        .into_iter()
        .map(|(label, key)| (label, Message::Digit(key)))
        .collect()
}

/// The date pad's translated 西暦, 年, 月, 日.
fn date_labels(ctx: &Ctx<'_>) -> [String; 4] {
    [
        ctx.tr("make-date-western"),
        ctx.tr("make-date-year"),
        ctx.tr("make-date-month"),
        ctx.tr("make-date-day"),
    ]
}

/// The name of a life event or certificate offered.
fn offer_name(ctx: &Ctx<'_>, catalog: &Catalog, offer: &Offer) -> Option<String> {
    match offer {
        Offer::Bundle(id) => catalog.bundle(id).map(|b| ctx.tr(&b.name)),
        Offer::Procedure(id) => catalog.procedure(id).map(|p| ctx.tr(&p.name)),
    }
}

/// The 47 prefectures, smaller keys so they fit one screen.
fn prefecture_grid<'a>(
    ctx: &Ctx<'_>,
    keys: Vec<(String, Emphasis, Message)>,
) -> Element<'a, Message> {
    let gap = ctx.sizes.spacing * 0.3;
    let mut rows = column![].spacing(gap);
    for chunk in keys.chunks(10) {
        let mut line = row![].spacing(gap);
        for (label, emphasis, message) in chunk.iter().cloned() {
            line = line.push(grid_key(
                ctx,
                label,
                ctx.sizes.small,
                emphasis,
                Some(message),
                Length::FillPortion(1),
            ));
        }
        for _ in chunk.len()..10 {
            line = line.push(iced::widget::space().width(Length::FillPortion(1)));
        }
        rows = rows.push(line);
    }
    rows.into()
}
