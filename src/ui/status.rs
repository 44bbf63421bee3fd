//! One polite live region for short confirmations ("Copied"), shared through context.

use leptos::prelude::*;

use crate::ui::language;
use rolesmith_core::lang::Message;

/// Writes to the page's status region.
#[derive(Clone, Copy)]
pub struct Status(WriteSignal<Option<Message>>);

impl Status {
    pub fn new(set: WriteSignal<Option<Message>>) -> Status {
        Status(set)
    }

    /// Says `message` to screen readers (and shows it, visually hidden, in the region).
    pub fn say(self, message: Message) {
        self.0.set(Some(message));
    }
}

/// The status region's writer, provided by `App`.
pub fn status() -> Status {
    expect_context::<Status>()
}

/// The region itself, saying the last message in the page's language.
#[component]
pub fn StatusRegion(said: ReadSignal<Option<Message>>) -> impl IntoView {
    let lang = language::current();
    view! {
        <p class="visually-hidden" role="status" aria-live="polite">
            {move || said.get().map(|message| message.text(lang.get()))}
        </p>
    }
}
