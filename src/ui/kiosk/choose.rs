//! Choose: what the resident came for. Four large choices; "just a number"
//! then asks which counter when the office runs more than one queue.

use iced::widget::{column, container, text};
use iced::{Alignment, Element, Length};

use super::service::ServiceInfo;
use crate::ui::theme::Emphasis;
use crate::ui::widgets::{Ctx, choice_button, touch_button};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
    Options,
    /// Choosing the queue for a plain number.
    Services,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub step: Step,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    HaveQr,
    MakeHere,
    JustNumber,
    CallStaff,
    Service(String),
    Back,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    ScanQr,
    MakeHere,
    TakeNumber(String),
    CallStaff,
    /// Leave this screen for the welcome screen.
    Back,
}

impl State {
    pub fn update(&mut self, message: Message, services: &[ServiceInfo]) -> Action {
        match message {
            Message::HaveQr => Action::ScanQr,
            Message::MakeHere => Action::MakeHere,
            Message::CallStaff => Action::CallStaff,
            Message::JustNumber => match services {
                // One queue: asking would be a wasted tap.
                [only] => Action::TakeNumber(only.id.clone()),
                _ => {
                    self.step = Step::Services;
                    Action::None
                }
            },
            Message::Service(id) => Action::TakeNumber(id),
            Message::Back => match self.step {
                Step::Services => {
                    self.step = Step::Options;
                    Action::None
                }
                Step::Options => Action::Back,
            },
        }
    }

    /// `busy` while a ticket is being issued: buttons are disabled so a
    /// double tap cannot take two numbers.
    pub fn view<'a>(
        &self,
        ctx: &Ctx<'_>,
        services: &[ServiceInfo],
        busy: bool,
        staff: bool,
    ) -> Element<'a, Message> {
        let content = match self.step {
            Step::Options => {
                let options = column![
                    ctx.heading(ctx.tr("kiosk-choose-heading")),
                    choice_button(
                        ctx,
                        ctx.tr("kiosk-choose-qr"),
                        ctx.tr("kiosk-choose-qr-hint"),
                        Emphasis::Primary,
                        Message::HaveQr
                    ),
                    choice_button(
                        ctx,
                        ctx.tr("kiosk-choose-make"),
                        ctx.tr("kiosk-choose-make-hint"),
                        Emphasis::Primary,
                        Message::MakeHere
                    ),
                    choice_button(
                        ctx,
                        ctx.tr("kiosk-choose-number"),
                        ctx.tr("kiosk-choose-number-hint"),
                        Emphasis::Secondary,
                        Message::JustNumber
                    ),
                ];
                if staff {
                    options.push(choice_button(
                        ctx,
                        ctx.tr("kiosk-choose-staff"),
                        ctx.tr("kiosk-choose-staff-hint"),
                        Emphasis::Secondary,
                        Message::CallStaff,
                    ))
                } else {
                    options
                }
            }
            Step::Services => {
                let mut list = column![ctx.heading(ctx.tr("kiosk-services-heading"))];
                for service in services {
                    let on_press = (!busy).then(|| Message::Service(service.id.clone()));
                    list = list.push(touch_button(
                        ctx,
                        ctx.render(&service.name),
                        Emphasis::Primary,
                        on_press,
                        Length::Fill,
                    ));
                }
                if busy {
                    list = list.push(
                        text(ctx.tr("kiosk-issuing"))
                            .size(ctx.sizes.body)
                            .font(ctx.font()),
                    );
                }
                list
            }
        };
        container(
            content
                .spacing(ctx.sizes.spacing)
                .align_x(Alignment::Center)
                .max_width(900),
        )
        .center_x(Length::Fill)
        .padding([16, 32])
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Message as Text;

    fn services(ids: &[&str]) -> Vec<ServiceInfo> {
        ids.iter()
            .map(|id| ServiceInfo {
                id: (*id).into(),
                name: Text::new(*id),
            })
            .collect()
    }

    #[test]
    fn one_queue_skips_the_service_step() {
        let mut state = State::default();
        assert_eq!(
            state.update(Message::JustNumber, &services(&["a"])),
            Action::TakeNumber("a".into())
        );
        assert_eq!(state.step, Step::Options);
    }

    #[test]
    fn back_from_services_returns_to_options_then_leaves() {
        let mut state = State::default();
        assert_eq!(
            state.update(Message::JustNumber, &services(&["a", "b"])),
            Action::None
        );
        assert_eq!(state.step, Step::Services);
        assert_eq!(state.update(Message::Back, &[]), Action::None);
        assert_eq!(state.step, Step::Options);
        assert_eq!(state.update(Message::Back, &[]), Action::Back);
    }
}
