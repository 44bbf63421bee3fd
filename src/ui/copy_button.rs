//! A button that copies one output's text and confirms it visibly and to screen readers.
//!
//! The clipboard is written synchronously in the click handler (Safari and sandboxed frames
//! refuse a write after an await). When it is refused, the text is selected instead and the
//! user is told to press Ctrl/Cmd+C.

use leptos::prelude::*;

use crate::ui::{browser, status::status};

#[component]
pub fn CopyButton(
    /// The `data-output` name this button copies.
    name: &'static str,
    /// What is copied; `None` while errors block the output.
    #[prop(into)]
    text: Signal<Option<String>>,
    /// Inside a text that is itself an output (the console steps): the label comes from CSS, so
    /// the button adds no text to the output it sits in; `label` names it for screen readers.
    #[prop(optional)]
    compact: Option<&'static str>,
) -> impl IntoView {
    let status = status();
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let Some(text) = text.get_untracked() else { return };
        copied.set(true);
        status.say(format!("Copied {name} to the clipboard."));
        set_timeout(move || copied.set(false), std::time::Duration::from_secs(2));
        browser::copy_text(&text, move || {
            copied.set(false);
            browser::select_output(name);
            status.say(
                "The browser didn't allow copying: the text is selected, press Ctrl+C (Cmd+C on a Mac)."
                    .into(),
            );
        });
    };
    let label = move || if copied.get() { "Copied ✓" } else { "Copy" };
    view! {
        <button
            type="button"
            class:compact=compact.is_some()
            data-copy-for=name
            data-copied=move || copied.get().then_some("true")
            aria-label=compact.map(|what| format!("Copy {what}"))
            disabled=move || text.with(Option::is_none)
            on:click=copy
        >
            {compact.is_none().then_some(label)}
        </button>
    }
}
