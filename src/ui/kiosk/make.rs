//! Make it here (書かない窓口): the resident picks a life event or a
//! certificate, includes the optional forms that apply, then answers one
//! question per screen — buttons for choices, a numeric keypad for dates,
//! postal codes and phone numbers, a kana grid for readings; after a postal
//! code the kiosk looks up ([`Action::LookupPostal`]), the address's towns
//! and 丁目 are buttons too. The questions come from [`Interview`] (the
//! catalogue decides them); this screen only draws them and keeps the
//! half-typed input of the current one.
//!
//! Finishing hands the interview to the kiosk, which opens the same review
//! as the QR path.

use iced::widget::{Column, column, container, row, text};
use iced::{Alignment, Element, Length};

use crate::domain::Catalog;
use crate::domain::answers::Member;
use crate::domain::interview::{Ask, DateEntry, Interview, Offer, Step, Target, toggle_mark};
use crate::domain::model::relationship_label;
use crate::domain::validate::{PREFECTURES, today};
use crate::i18n::Message as Text;
use crate::ui::keypads::{DateKey, KanaKey, button_grid, date_pad, grid_key, kana_grid, readout};
use crate::ui::theme::{Emphasis, danger_text};
use crate::ui::widgets::{Ctx, Key, keypad, touch_button};

/// Where the resident is in making.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// Which life event or certificate.
    Pick,
    /// Which optional forms of the bundle.
    Forms,
    /// One question per screen.
    Ask,
}

/// The half-typed answer of the current question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    None,
    Text(String),
    Date(DateEntry),
    Count(u32),
}

#[derive(Debug, Clone)]
pub struct State {
    pub offers: Vec<Offer>,
    pub phase: Phase,
    pub interview: Option<Interview>,
    pub input: Input,
    pub error: Option<Text>,
    /// Dates start in 西暦 rather than 和暦 (a resident reading a language
    /// other than Japanese).
    pub western: bool,
    /// The kiosk has a card reader (the card button shows).
    pub card_reader: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Pick(Offer),
    Toggle(String),
    FormsDone,
    /// A choice, yes/no or prefecture: answers and moves on.
    Choose(String),
    Digit(Key),
    Kana(KanaKey),
    Date(DateKey),
    Count(i32),
    Next,
    Skip,
    Back,
    AddMember,
    RemoveMember(usize),
    /// "マイナンバーカードで入力".
    UseCard,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    /// Leave for the choose screen.
    Back,
    /// Every question answered: show the review.
    Done,
    /// A postal code was answered: its towns, if the kiosk has the postal
    /// data, come back through [`State::postal_found`].
    LookupPostal(String),
    /// Read the My Number card; its items come back through
    /// [`State::fill_from_card`].
    UseCard,
}

impl State {
    pub fn new(offers: Vec<Offer>, western: bool) -> State {
        State {
            offers,
            phase: Phase::Pick,
            interview: None,
            input: Input::None,
            error: None,
            western,
            card_reader: false,
        }
    }

    /// The card's items fill the forms; the questions they answer are skipped.
    pub fn fill_from_card(&mut self, four: &crate::card::BasicFour) {
        if let Some(interview) = &mut self.interview {
            interview.fill_from_card(four);
            self.load_input();
        }
    }

    /// Back from the review: the last question again, answers kept.
    pub fn reopen(&mut self) {
        if let Some(interview) = &mut self.interview {
            interview.cursor = interview.steps().len().saturating_sub(1);
        }
        self.phase = Phase::Ask;
        self.load_input();
    }

    pub fn update(&mut self, message: Message, catalog: &Catalog) -> Action {
        self.error = None;
        match message {
            Message::Pick(offer) => self.pick(offer, catalog),
            Message::Toggle(id) => self.toggle(&id),
            Message::FormsDone => self.forms_done(),
            Message::Back => self.back(),
            Message::Choose(value) => self.submit(value),
            Message::Next => self.next(),
            Message::Skip => self.submit(String::new()),
            Message::Digit(key) => self.digit(key),
            Message::Kana(key) => self.kana(key),
            Message::Date(key) => self.date(key),
            Message::Count(step) => self.count(step),
            Message::AddMember => self.add_member(),
            Message::RemoveMember(index) => self.remove_member(index),
            Message::UseCard => Action::UseCard,
        }
    }

    fn pick(&mut self, offer: Offer, catalog: &Catalog) -> Action {
        let Some(interview) = Interview::new(catalog, offer) else {
            return Action::None;
        };
        let optional = !interview.optional().is_empty();
        self.interview = Some(interview);
        if optional {
            self.phase = Phase::Forms;
            Action::None
        } else {
            self.start_asking()
        }
    }

    fn toggle(&mut self, id: &str) -> Action {
        if let Some(interview) = &mut self.interview {
            interview.toggle(id);
        }
        Action::None
    }

    fn forms_done(&mut self) -> Action {
        if self
            .interview
            .as_ref()
            .is_some_and(|i| i.active().is_empty())
        {
            self.error = Some(Text::new("make-forms-none"));
            return Action::None;
        }
        self.start_asking()
    }

    fn back(&mut self) -> Action {
        match self.phase {
            Phase::Pick => return Action::Back,
            Phase::Forms => {
                self.phase = Phase::Pick;
                self.interview = None;
            }
            Phase::Ask => {
                let has_forms = self
                    .interview
                    .as_ref()
                    .is_some_and(|i| !i.optional().is_empty());
                let stepped = self.interview.as_mut().is_some_and(Interview::back);
                if stepped {
                    self.load_input();
                } else if has_forms {
                    self.phase = Phase::Forms;
                } else {
                    self.phase = Phase::Pick;
                    self.interview = None;
                }
            }
        }
        Action::None
    }

    fn next(&mut self) -> Action {
        let value = match &self.input {
            Input::None => String::new(),
            Input::Text(t) => t.clone(),
            Input::Date(d) => d.text(),
            Input::Count(n) => n.to_string(),
        };
        self.submit(value)
    }

    fn digit(&mut self, key: Key) -> Action {
        let max = self.max_len();
        match &mut self.input {
            Input::Text(t) => match key {
                Key::Digit(d) if t.chars().count() < max => t.push(char::from(b'0' + d.min(9))),
                Key::Digit(_) => {}
                Key::Backspace => {
                    t.pop();
                }
                Key::Clear => t.clear(),
            },
            Input::Date(d) => match key {
                Key::Digit(n) => d.digit(n),
                Key::Backspace => d.backspace(),
                Key::Clear => d.clear(),
            },
            _ => {}
        }
        Action::None
    }

    fn kana(&mut self, key: KanaKey) -> Action {
        let max = self.max_len();
        if let Input::Text(t) = &mut self.input {
            match key {
                KanaKey::Char(c) if t.chars().count() < max => t.push(c),
                KanaKey::Space if t.chars().count() < max && !t.ends_with(' ') => t.push(' '),
                KanaKey::Char(_) | KanaKey::Space => {}
                KanaKey::Mark(mark) => toggle_mark(t, mark),
                KanaKey::Backspace => {
                    t.pop();
                }
            }
        }
        Action::None
    }

    fn date(&mut self, key: DateKey) -> Action {
        if let Input::Date(d) = &mut self.input {
            match key {
                DateKey::Era(era) => d.set_era(era),
                DateKey::Part(part) => d.part = part,
            }
        }
        Action::None
    }

    fn count(&mut self, step: i32) -> Action {
        let ask = self.step().and_then(|s| s.ask);
        if let (Input::Count(n), Some(Ask::Count { min, max })) = (&mut self.input, ask) {
            *n = n.saturating_add_signed(step).clamp(min, max);
        }
        Action::None
    }

    fn add_member(&mut self) -> Action {
        if let Some(interview) = &mut self.interview {
            interview.add_member();
        }
        self.load_input();
        Action::None
    }

    fn remove_member(&mut self, index: usize) -> Action {
        if let Some(interview) = &mut self.interview {
            interview.remove_member(index);
        }
        self.load_input();
        Action::None
    }

    fn start_asking(&mut self) -> Action {
        self.phase = Phase::Ask;
        self.load_input();
        if self.interview.as_ref().is_some_and(Interview::finished) {
            return Action::Done;
        }
        Action::None
    }

    /// The towns of a postal code the resident answered: the address after
    /// it is then asked from them.
    pub fn postal_found(&mut self, code: &str, towns: Vec<crate::postal::Candidate>) {
        if let Some(interview) = &mut self.interview {
            interview.postal_found(code, towns);
            self.load_input();
        }
    }

    fn submit(&mut self, value: String) -> Action {
        let Some(interview) = &mut self.interview else {
            return Action::None;
        };
        let step = interview.step();
        match interview.answer(&value, today()) {
            Ok(()) if interview.finished() => Action::Done,
            Ok(()) => {
                self.load_input();
                match step {
                    Some(Step {
                        ask: Some(Ask::Postal),
                        target,
                        ..
                    }) => self
                        .interview
                        .as_ref()
                        .and_then(|i| i.value(&target))
                        .map_or(Action::None, |code| Action::LookupPostal(code.to_owned())),
                    _ => Action::None,
                }
            }
            Err(message) => {
                self.error = Some(message);
                Action::None
            }
        }
    }

    pub fn step(&self) -> Option<Step> {
        self.interview.as_ref().and_then(Interview::step)
    }

    fn max_len(&self) -> usize {
        match self.step().and_then(|s| s.ask) {
            Some(Ask::Postal) => 7,
            Some(Ask::Phone) => 11,
            Some(Ask::Digits { max_len }) | Some(Ask::Kana { max_len, .. }) => max_len,
            _ => 0,
        }
    }

    /// The input of the current question, from its answer so far.
    fn load_input(&mut self) {
        let Some(step) = self.step() else {
            self.input = Input::None;
            return;
        };
        let current = self
            .interview
            .as_ref()
            .and_then(|i| i.value(&step.target))
            .map(str::to_owned);
        self.input = match step.ask {
            Some(Ask::Date { .. }) => {
                Input::Date(DateEntry::from_value(current.as_deref(), self.western))
            }
            Some(Ask::Count { min, .. }) => Input::Count(
                current
                    .as_deref()
                    .and_then(crate::domain::validate::parse_count)
                    .unwrap_or(min),
            ),
            Some(Ask::Postal) | Some(Ask::Phone) | Some(Ask::Digits { .. }) => Input::Text(
                current
                    .unwrap_or_default()
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect(),
            ),
            Some(Ask::Kana { .. }) | Some(Ask::Pick(_)) => Input::Text(current.unwrap_or_default()),
            _ => Input::None,
        };
    }

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

    fn pick_view<'a>(&self, ctx: &Ctx<'_>, catalog: &Catalog) -> Column<'a, Message> {
        let name = |offer: &Offer| match offer {
            Offer::Bundle(id) => catalog.bundle(id).map(|b| ctx.tr(&b.name)),
            Offer::Procedure(id) => catalog.procedure(id).map(|p| ctx.tr(&p.name)),
        };
        let group = |bundles: bool| -> Vec<(String, Emphasis, Message)> {
            self.offers
                .iter()
                .filter(|o| matches!(o, Offer::Bundle(_)) == bundles)
                .filter_map(|o| Some((name(o)?, Emphasis::Secondary, Message::Pick(o.clone()))))
                .collect()
        };
        column![
            ctx.heading(ctx.tr("make-pick-heading")),
            ctx.body(ctx.tr("make-pick-events")),
            button_grid(ctx, 2, group(true)),
            ctx.body(ctx.tr("make-pick-certificates")),
            button_grid(ctx, 2, group(false)),
            self.nav(ctx, None, None, None),
        ]
    }

    fn forms_view<'a>(&self, ctx: &Ctx<'_>, interview: &Interview) -> Column<'a, Message> {
        let optional: Vec<String> = interview.optional().iter().map(|p| p.id.clone()).collect();
        let mut list = column![ctx.heading(ctx.tr("make-forms-heading"))];
        for procedure in &interview.procedures {
            let name = ctx.tr(&procedure.name);
            if !optional.contains(&procedure.id) {
                list = list
                    .push(ctx.body(ctx.tr_args("make-forms-required", &[("name", name.into())])));
                continue;
            }
            let on = interview.included.contains(&procedure.id);
            let (mark, emphasis) = if on {
                ("✓ ", Emphasis::Selected)
            } else {
                ("＋ ", Emphasis::Secondary)
            };
            list = list.push(touch_button(
                ctx,
                format!("{mark}{name}"),
                emphasis,
                Some(Message::Toggle(procedure.id.clone())),
                Length::Fill,
            ));
        }
        list.push(self.nav(ctx, None, Some(Message::FormsDone), None))
    }

    fn ask_view<'a>(
        &'a self,
        ctx: &Ctx<'_>,
        interview: &'a Interview,
        step: Step,
    ) -> Column<'a, Message> {
        let (current, total) = interview.progress();
        let mut title = ctx.tr(&step.label);
        if let Target::Member(index, _) = step.target {
            title = format!(
                "{} — {}",
                ctx.tr_args("make-member-number", &[("number", (index + 1).into())]),
                title
            );
        }
        let mut header = row![ctx.heading(title).width(Length::Fill)]
            .align_y(Alignment::Center)
            .spacing(ctx.sizes.spacing);
        // The card button sits in the header: the question keeps its room.
        let takes_card = interview.active().iter().any(|p| !p.card.is_empty());
        if self.card_reader && interview.card.is_empty() && takes_card {
            header = header.push(super::card::use_card_button(
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
        let skip = (!step.required).then_some(Message::Skip);
        let chosen = interview.value(&step.target);
        let option = |value: &str, label: String| {
            let emphasis = if chosen == Some(value) {
                Emphasis::Selected
            } else {
                Emphasis::Secondary
            };
            (label, emphasis, Message::Choose(value.to_owned()))
        };
        let (input, next): (Element<'a, Message>, Option<Message>) = match &step.ask {
            None => (self.household_view(ctx, interview), Some(Message::Next)),
            Some(Ask::Choice(options)) => {
                let keys = options
                    .iter()
                    .map(|o| option(&o.value, ctx.tr(&o.label)))
                    .collect();
                let columns = if options.len() > 4 { 3 } else { 2 };
                (button_grid(ctx, columns, keys), None)
            }
            Some(Ask::Pick(options)) => {
                let keys = options
                    .iter()
                    .map(|(value, label)| option(value, label.clone()))
                    .collect();
                let columns = if options.len() > 4 { 3 } else { 2 };
                // A town chosen already (a code with one town) goes on with Next.
                (
                    button_grid(ctx, columns, keys),
                    chosen.map(|_| Message::Next),
                )
            }
            Some(Ask::YesNo) => (
                button_grid(
                    ctx,
                    2,
                    vec![
                        option("yes", ctx.tr("fields-answer-yes")),
                        option("no", ctx.tr("fields-answer-no")),
                    ],
                ),
                None,
            ),
            Some(Ask::Prefecture) => {
                let keys = PREFECTURES
                    .iter()
                    .map(|p| {
                        let (label, emphasis, message) = option(p, (*p).to_owned());
                        (label, emphasis, message)
                    })
                    .collect::<Vec<_>>();
                (prefecture_grid(ctx, keys), None)
            }
            Some(Ask::Count { .. }) => {
                let n = match self.input {
                    Input::Count(n) => n,
                    _ => 1,
                };
                (
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
                    .into(),
                    Some(Message::Next),
                )
            }
            Some(Ask::Date { .. }) => {
                let Input::Date(entry) = &self.input else {
                    return page;
                };
                let labels = [
                    ctx.tr("make-date-western"),
                    ctx.tr("make-date-year"),
                    ctx.tr("make-date-month"),
                    ctx.tr("make-date-day"),
                ];
                (
                    row![
                        container(date_pad(ctx, entry, labels, Message::Date)).width(Length::Fill),
                        keypad(
                            ctx,
                            ctx.tr("make-clear"),
                            ctx.tr("make-backspace"),
                            Message::Digit
                        ),
                    ]
                    .spacing(ctx.sizes.spacing * 1.5)
                    .into(),
                    Some(Message::Next),
                )
            }
            Some(Ask::Postal) | Some(Ask::Phone) | Some(Ask::Digits { .. }) => {
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
                (
                    row![
                        container(readout(ctx, shown)).width(Length::Fill),
                        keypad(
                            ctx,
                            ctx.tr("make-clear"),
                            ctx.tr("make-backspace"),
                            Message::Digit
                        ),
                    ]
                    .spacing(ctx.sizes.spacing * 1.5)
                    .into(),
                    Some(Message::Next),
                )
            }
            Some(Ask::Kana { kana, .. }) => {
                let typed = match &self.input {
                    Input::Text(t) => t.clone(),
                    _ => String::new(),
                };
                (
                    column![
                        readout(ctx, typed),
                        kana_grid(
                            ctx,
                            *kana,
                            ctx.tr("make-kana-space"),
                            ctx.tr("make-backspace"),
                            Message::Kana
                        ),
                    ]
                    .spacing(ctx.sizes.spacing * 0.4)
                    .into(),
                    Some(Message::Next),
                )
            }
        };
        // Why the kanji are not asked, where the resident would look for them.
        let note = (matches!(step.ask, Some(Ask::Kana { .. }) | Some(Ask::Prefecture))
            && !interview.clerk_keys().is_empty())
        .then(|| Text::new("make-clerk-note"));
        page.push(input).push(self.nav(ctx, skip, next, note))
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
        let mut bar = row![
            touch_button(
                ctx,
                ctx.tr("make-back"),
                Emphasis::Secondary,
                Some(Message::Back),
                220
            ),
            error
        ]
        .spacing(ctx.sizes.spacing)
        .align_y(Alignment::Center);
        if let Some(skip) = skip {
            bar = bar.push(touch_button(
                ctx,
                ctx.tr("make-skip"),
                Emphasis::Secondary,
                Some(skip),
                220,
            ));
        }
        if let Some(next) = next {
            bar = bar.push(touch_button(
                ctx,
                ctx.tr("make-next"),
                Emphasis::Primary,
                Some(next),
                280,
            ));
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

/// The offers of `[offer]` in menu order: life events first.
pub fn offers(bundles: &[String], procedures: &[String]) -> Vec<Offer> {
    bundles
        .iter()
        .cloned()
        .map(Offer::Bundle)
        .chain(procedures.iter().cloned().map(Offer::Procedure))
        .collect()
}

/// Whether dates start in 西暦 for this language.
pub fn western_dates(lang: crate::i18n::Lang) -> bool {
    !lang.code().starts_with("ja")
}
