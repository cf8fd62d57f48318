//! What a screen's `update` asks the world to do.
//!
//! Every top-level screen (kiosk, clerk console, board) keeps `update` free
//! of side effects: it changes its own state and returns [`Effects`], which
//! the screen's `perform` carries out (hub requests, file writes, sounds) and
//! whose answers come back as messages. Tests call `update` and look at the
//! effects without a hub, a disk or a window. One type for all three, so a
//! reader learns the pattern once.

use iced::Task;

/// Zero or more effects of one `update`, in the order they were asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "effects are work to carry out"]
pub struct Effects<E>(Vec<E>);

impl<E> Effects<E> {
    pub fn none() -> Self {
        Effects(Vec::new())
    }

    pub fn one(effect: E) -> Self {
        Effects(vec![effect])
    }

    pub fn push(&mut self, effect: E) {
        self.0.push(effect);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, E> {
        self.0.iter()
    }

    /// The first effect, for an `update` that asks for at most one.
    pub fn first(&self) -> Option<&E> {
        self.0.first()
    }

    /// Wraps a part's effects into its parent's.
    pub fn map<F>(self, f: impl FnMut(E) -> F) -> Effects<F> {
        Effects(self.0.into_iter().map(f).collect())
    }

    /// The effects as one iced task, each made by `to_task`.
    pub fn into_task<M: Send + 'static>(self, to_task: impl FnMut(E) -> Task<M>) -> Task<M> {
        Task::batch(self.0.into_iter().map(to_task))
    }
}

impl<E> Default for Effects<E> {
    fn default() -> Self {
        Effects::none()
    }
}

impl<E> From<Option<E>> for Effects<E> {
    fn from(effect: Option<E>) -> Self {
        Effects(effect.into_iter().collect())
    }
}

impl<E> From<Vec<E>> for Effects<E> {
    fn from(effects: Vec<E>) -> Self {
        Effects(effects)
    }
}

impl<E> FromIterator<E> for Effects<E> {
    fn from_iter<I: IntoIterator<Item = E>>(iter: I) -> Self {
        Effects(iter.into_iter().collect())
    }
}

impl<E> Extend<E> for Effects<E> {
    fn extend<I: IntoIterator<Item = E>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

impl<E> IntoIterator for Effects<E> {
    type Item = E;
    type IntoIter = std::vec::IntoIter<E>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a, E> IntoIterator for &'a Effects<E> {
    type Item = &'a E;
    type IntoIter = std::slice::Iter<'a, E>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_keeps_order_and_option_becomes_zero_or_one() {
        let mut effects = Effects::one(1);
        effects.push(2);
        assert_eq!(
            effects.map(|n| n * 10).into_iter().collect::<Vec<_>>(),
            [10, 20]
        );
        assert!(Effects::<u8>::from(None).is_empty());
        assert_eq!(Effects::from(Some(3)).first(), Some(&3));
    }
}
