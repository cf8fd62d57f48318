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
use crate::domain::interview::{
    Ask, DateEntry, Interview, Offer, Step, Target, in_kana, toggle_mark,
};
use crate::domain::model::relationship_label;
use crate::domain::validate::{PREFECTURES, today};
use crate::i18n::Message as Text;
use crate::ui::keypads::{
    DateKey, KanaKey, button_grid, date_keys, date_pad, grid_key, kana_grid, kana_keys, readout,
};
use crate::ui::theme::{Emphasis, danger_text};
use crate::ui::widgets::{Ctx, Key, keypad, keypad_keys, touch_button};

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
    /// The answer field (typed digits or kana): where the keypad's focus
    /// takes keys typed on a keyboard; activating it answers, as Next.
    Field,
    /// Keys typed on a keyboard into the answer field.
    Typed(String),
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
            Message::Field => self.next(),
            Message::Typed(typed) => self.typed(&typed),
        }
    }

    /// Keys typed on a keyboard: digits into a digits or date answer, kana
    /// (hiragana or katakana, as an input method gives them) and spaces
    /// into a reading; anything else is not for this answer.
    fn typed(&mut self, typed: &str) -> Action {
        let kana = match self.step().and_then(|s| s.ask) {
            Some(Ask::Kana { kana, .. }) => Some(kana),
            _ => None,
        };
        for c in typed.chars() {
            match kana {
                Some(_) if c == ' ' || c == '\u{3000}' => {
                    self.kana(KanaKey::Space);
                }
                Some(kana) => {
                    // Katakana as hiragana first, then in the syllabary asked.
                    let hiragana = match c {
                        'ァ'..='ヶ' => char::from_u32(u32::from(c) - 0x60).unwrap_or(c),
                        _ => c,
                    };
                    if ('ぁ'..='ゖ').contains(&hiragana) || hiragana == 'ー' {
                        self.kana(KanaKey::Char(in_kana(hiragana, kana)));
                    }
                }
                None => {
                    if let Some(d) = c.to_digit(10) {
                        self.digit(Key::Digit(d as u8));
                    }
                }
            }
        }
        Action::None
    }

    /// Whether the keypad's focus on `message` takes typed keys (the answer
    /// field, or a part of a date).
    pub fn takes_typing(message: &Message) -> bool {
        matches!(message, Message::Field | Message::Date(DateKey::Part(_)))
    }

    /// The answer as typed so far, as the resident would hear it.
    pub fn input_text(&self) -> Option<String> {
        let text = match &self.input {
            Input::None => return None,
            Input::Text(t) => t.clone(),
            Input::Date(d) => d.text(),
            Input::Count(n) => n.to_string(),
        };
        (!text.is_empty()).then_some(text)
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
                for procedure in &interview.procedures {
                    if !interview.optional().iter().any(|p| p.id == procedure.id) {
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
                row![
                    container(date_pad(ctx, entry, date_labels(ctx), Message::Date))
                        .width(Length::Fill),
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
                row![
                    container(readout(ctx, shown, field_focused)).width(Length::Fill),
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
