//! Values derived from the page's larger state (the spec, the walk-through), made so that a
//! keystroke wakes only what it changed.
//!
//! A keystroke changes the spec every time, and Leptos then wakes every effect below anything
//! that reads it, through any chain of memos, so each can check whether its sources changed: a
//! memo stops recomputation below it, not the waking. What follows a part that rarely changes
//! (the language, the mode) is a signal set only when that part changes; below it, nothing wakes.

use std::borrow::Borrow;

use leptos::prelude::*;

/// A signal of `read` applied to `source`, set when that value changes. One effect follows
/// `source`; whatever reads the signal wakes only when the value changed.
pub fn follow<S, T>(source: impl Source<S>, read: impl Fn(&S) -> T + Send + Sync + 'static) -> ReadSignal<T>
where
    S: ?Sized + 'static,
    T: PartialEq + Send + Sync + 'static,
{
    // Boxed: the page follows some forty parts, and the effect is compiled once per kind of
    // source and value, not once per part.
    follow_boxed(source, Box::new(read))
}

fn follow_boxed<S, T>(source: impl Source<S>, read: Box<dyn Fn(&S) -> T + Send + Sync>) -> ReadSignal<T>
where
    S: ?Sized + 'static,
    T: PartialEq + Send + Sync + 'static,
{
    // Untracked as a whole: `read` may read other signals too, which only the effect follows.
    let (value, set) = signal(untrack(|| source.with_untracked(&read)));
    Effect::new(move |_| {
        let now = source.with(&read);
        if value.with_untracked(|value| *value != now) {
            set.set(now);
        }
    });
    value
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
    follow_part_boxed(source, Box::new(read))
}

fn follow_part_boxed<S, B>(
    source: impl Source<S>,
    read: Box<dyn Fn(&S) -> &B + Send + Sync>,
) -> ReadSignal<B::Owned>
where
    S: ?Sized + 'static,
    B: ToOwned + PartialEq + ?Sized + 'static,
    B::Owned: Send + Sync + 'static,
{
    let (value, set) = signal(untrack(|| source.with_untracked(|source| read(source).to_owned())));
    Effect::new(move |_| {
        source.with(|source| {
            let now = read(source);
            if value.with_untracked(|value| value.borrow() != now) {
                set.set(now.to_owned());
            }
        })
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
