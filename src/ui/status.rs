//! One polite live region for short confirmations ("Copied"), shared through context.

use leptos::prelude::*;

/// Writes to the page's status region.
#[derive(Clone, Copy)]
pub struct Status(WriteSignal<String>);

impl Status {
    pub fn new(set: WriteSignal<String>) -> Status {
        Status(set)
    }

    /// Says `message` to screen readers (and shows it, visually hidden, in the region).
    pub fn say(self, message: String) {
        self.0.set(message);
    }
}

/// The status region's writer, provided by `App`.
pub fn status() -> Status {
    expect_context::<Status>()
}
