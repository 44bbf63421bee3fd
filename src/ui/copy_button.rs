//! A button that copies one output's text and confirms it visibly and to screen readers.
//!
//! The clipboard is written synchronously in the click handler (Safari and sandboxed frames
//! refuse a write after an await), and "Copied" shows only once the write has succeeded. When it
//! is refused, the text is selected instead and the user is told to press Ctrl/Cmd+C.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::status::{status, Status};

#[component]
pub fn CopyButton(
    /// The `data-output` name this button copies.
    name: &'static str,
    /// What it copies, completing its accessible name: "Copy" + " the trust policy".
    #[prop(into)]
    what: String,
    /// What is copied; `None` while errors block the output.
    #[prop(into)]
    text: Signal<Option<String>>,
    /// Inside a text that is itself an output (the console steps): the label comes from CSS, so
    /// the button adds no text to the output it sits in.
    #[prop(optional)]
    compact: bool,
    /// The one button of its step drawn as the main action.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    // Looked up while the component is made: an event handler runs outside its owner.
    let status = status();
    let copied = RwSignal::new(false);
    let copy = {
        let what = what.clone();
        move |_| {
            let Some(text) = text.get_untracked() else { return };
            copy_with_feedback(status, &text, what.clone(), copied, move || browser::select_output(name));
        }
    };
    let label = move || if copied.get() { "Copied ✓" } else { "Copy" };
    view! {
        <button
            type="button"
            class:compact=compact
            class:primary=primary
            data-copy-for=name
            data-copied=move || copied.get().then_some("true")
            aria-label=compact.then(|| format!("Copy {what}"))
            disabled=move || text.with(Option::is_none)
            on:click=copy
        >
            {(!compact).then(|| view! { {label} <span class="visually-hidden">{format!(" {what}")}</span> })}
        </button>
    }
}

/// Copies `text` and, once the clipboard has it, says so (`what` names it: "Copied {what}.") and
/// marks `copied` for two seconds; if the browser refuses, runs `refused` (selecting the text, say)
/// and tells the user to press Ctrl+C. Shared by every copy button, whatever it copies.
pub fn copy_with_feedback(
    status: Status,
    text: &str,
    what: String,
    copied: RwSignal<bool>,
    refused: impl FnOnce() + 'static,
) {
    browser::copy_text(
        text,
        move || {
            copied.set(true);
            status.say(format!("Copied {what}."));
            set_timeout(move || copied.set(false), std::time::Duration::from_secs(2));
        },
        move || {
            refused();
            status.say(
                "The browser didn't allow copying: select the text and press Ctrl+C (Cmd+C on a Mac).".into(),
            );
        },
    );
}
