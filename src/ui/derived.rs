//! Values derived from the page's larger state (the spec, the walk-through), made so that a
//! keystroke wakes only what it changed.
//!
//! A keystroke changes the spec every time, and Leptos then wakes every effect below anything
//! that reads it, through any chain of memos, so each can check whether its sources changed: a
//! memo stops recomputation below it, not the waking. What follows a part that rarely changes
//! (the language, the mode) is a signal set only when that part changes; below it, nothing wakes.
//!
//! Here an effect sets a signal, which style.md avoids: each signal is its effect's own, derived
//! and set by nothing else, as Leptos's own `Selector` does it.

use std::borrow::Borrow;

use leptos::prelude::*;

/// A signal of `read` applied to `source`, set when that value changes. One effect follows
/// `source`; whatever reads the signal wakes only when the value changed.
pub fn follow<S, T>(source: impl Source<S>, read: impl Fn(&S) -> T + Send + Sync + 'static) -> ReadSignal<T>
where
    S: ?Sized + 'static,
    T: PartialEq + Send + Sync + 'static,
{
    // Untracked as a whole: `read` may read other signals too, which only the effect follows.
    let initial = untrack(|| source.with_untracked(&read));
    followed(
        source,
        initial,
        Box::new(move |source, held| {
            let now = read(source);
            (now != *held).then_some(now)
        }),
    )
}

/// As [`follow`], for a part `read` finds in `source` (a field's value, a piece of the
/// walk-through): compared where it stands, and copied only when it changed.
pub fn follow_part<S, B>(
    source: impl Source<S>,
    read: impl Fn(&S) -> &B + Send + Sync + 'static,
) -> ReadSignal<B::Owned>
where
    S: ?Sized + 'static,
    B: ToOwned + PartialEq + ?Sized + 'static,
    B::Owned: Send + Sync + 'static,
{
    let initial = untrack(|| source.with_untracked(|source| read(source).to_owned()));
    followed(
        source,
        initial,
        Box::new(move |source, held| {
            let now = read(source);
            (held.borrow() != now).then(|| now.to_owned())
        }),
    )
}

/// What a part reads as now, if it differs from the value held.
type Changed<S, T> = Box<dyn Fn(&S, &T) -> Option<T> + Send + Sync>;

/// The signal, starting at `initial`, and the effect that follows `source` and sets the signal to
/// what `changed` finds. Boxed: the page follows some forty parts, and this is compiled once
/// per kind of source and value, not once per part.
fn followed<S, T>(source: impl Source<S>, initial: T, changed: Changed<S, T>) -> ReadSignal<T>
where
    S: ?Sized + 'static,
    T: Send + Sync + 'static,
{
    let (value, set) = signal(initial);
    Effect::new(move |_| {
        // Read under the source's guard, set after it.
        if let Some(now) = source.with(|source| value.with_untracked(|held| changed(source, held))) {
            set.set(now);
        }
    });
    value
}

/// What can be followed: a signal or memo, read by reference.
pub trait Source<S: ?Sized>:
    With<Value = S> + WithUntracked<Value = S> + Copy + Send + Sync + 'static
{
}

impl<S: ?Sized, T> Source<S> for T where
    T: With<Value = S> + WithUntracked<Value = S> + Copy + Send + Sync + 'static
{
}
