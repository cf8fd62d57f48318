//! The desk's one line of feedback: what just happened, or why it did not,
//! or that a service is running out of numbers (from the board at log-in and
//! the hub's `numbers_low` events).

use crate::i18n::Message as Text;

#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub text: Text,
    pub error: bool,
}

impl Notice {
    /// What happened, from a translation key and its arguments.
    pub fn info(key: &str, args: Vec<(&str, String)>) -> Notice {
        let mut text = Text::new(key);
        for (name, value) in args {
            text = text.arg(name, value);
        }
        Notice { text, error: false }
    }

    /// Why an action failed (the hub's reason, or the console's).
    pub fn error(text: Text) -> Notice {
        Notice { text, error: true }
    }

    /// What the hub says is running out: a service's numbers of the day
    /// (`left` of them), shown like an error so it is seen.
    pub fn numbers_low(service: &str, left: u32) -> Notice {
        Notice {
            error: true,
            ..Notice::info(
                "clerk-notice-numbers-low",
                vec![("service", service.to_owned()), ("left", left.to_string())],
            )
        }
    }
}
