//! 読み上げ: the button on every screen that reads the screen aloud in the
//! resident's language: its title, its instruction and its choices, in the
//! order they are shown (a make-it-here question with its hint, its answer
//! so far and its choices; the review's fields with their values), through the kiosk's [`Speaker`] (its speaker or
//! headphones). Queuing is a channel send and never waits, so it is done
//! here and not as an effect.
//!
//! [`Speaker`]: crate::speech::queue::Speaker

use super::{Effect, Kiosk, Screen, card, choose};
use crate::speech::queue::{Part, Utterance};
use crate::speech::spoken;
use crate::ui::effect::Effects;

impl Kiosk {
    /// What the 読み上げ button says on the screen of the moment.
    pub fn reading(&self) -> Vec<String> {
        let lang = self.resident.lang;
        let tr = |key: &str| self.i18n.tr(&lang, key);
        let keys = |keys: &[&str]| keys.iter().map(|key| tr(key)).collect::<Vec<_>>();
        if self.resident.picking_language {
            let mut texts = keys(&["kiosk-language-heading"]);
            texts.extend(
                self.settings
                    .languages
                    .offered
                    .iter()
                    .map(|l| l.native_name().to_owned()),
            );
            return texts;
        }
        match &self.resident.screen {
            Screen::Welcome => keys(&[
                "kiosk-welcome-heading",
                "kiosk-welcome-attract",
                "kiosk-welcome-start",
                "kiosk-welcome-choose-language",
            ]),
            Screen::Choose(state) if state.step == choose::Step::Services => {
                let mut texts = keys(&["kiosk-services-heading"]);
                texts.extend(
                    self.services
                        .iter()
                        .map(|s| self.i18n.render(&lang, &s.name)),
                );
                texts
            }
            Screen::Choose(_) => keys(&[
                "kiosk-choose-heading",
                "kiosk-choose-qr",
                "kiosk-choose-qr-hint",
                "kiosk-choose-make",
                "kiosk-choose-make-hint",
                "kiosk-choose-number",
                "kiosk-choose-number-hint",
                "kiosk-choose-staff",
                "kiosk-choose-staff-hint",
            ]),
            Screen::Make(state) => state.reading(&self.ctx(), &self.catalog),
            Screen::Scan(state) => {
                let mut texts = keys(&["kiosk-scan-heading", "kiosk-scan-guidance"]);
                if let Some(error) = &state.error {
                    texts.push(self.i18n.render(&lang, error));
                }
                texts.push(tr("kiosk-scan-back"));
                if state.file.is_some() {
                    texts.push(tr("kiosk-scan-file"));
                }
                texts
            }
            Screen::Review(state) => state.reading(&self.ctx()),
            Screen::Ticket(state) => {
                let ticket = &state.ticket;
                vec![
                    spoken::ticket_text(&self.i18n, lang, &ticket.number),
                    self.i18n.render(&lang, &state.service.name),
                    self.i18n.tr_args(
                        &lang,
                        "kiosk-ticket-ahead",
                        &[("count", ticket.position.saturating_sub(1).into())],
                    ),
                    self.i18n.tr_args(
                        &lang,
                        "kiosk-ticket-wait",
                        &[("minutes", ticket.estimated_wait_minutes.into())],
                    ),
                    tr("kiosk-ticket-done"),
                ]
            }
            Screen::Notice(state) => vec![
                self.i18n.render(&lang, &state.heading),
                self.i18n.render(&lang, &state.body),
            ],
            Screen::Card(state) => match &state.phase {
                card::Phase::Place => keys(&["card-place-heading", "card-place-body"]),
                card::Phase::Pin { .. } => keys(&["card-pin-heading"]),
                card::Phase::Reading => keys(&["card-reading"]),
                card::Phase::Counter { blocked: true } => {
                    keys(&["card-counter-heading", "card-counter-blocked"])
                }
                card::Phase::Counter { blocked: false } => {
                    keys(&["card-counter-heading", "card-counter-last-try"])
                }
                card::Phase::Failed(reason) => {
                    let mut texts = keys(&["card-failed-heading"]);
                    texts.push(self.i18n.render(&lang, reason));
                    texts
                }
            },
        }
    }

    /// Reads the screen aloud (see the module docs).
    pub(super) fn read_aloud(&mut self) -> Effects<Effect> {
        let lang = self.resident.lang;
        self.speaker.say(Utterance {
            parts: self
                .reading()
                .into_iter()
                .map(|text| Part::Say { lang, text })
                .collect(),
        });
        Effects::none()
    }
}
