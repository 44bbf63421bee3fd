//! A button that copies one output's text and confirms it visibly and to screen readers.
//!
//! The clipboard is written synchronously in the click handler (Safari and sandboxed frames
//! refuse a write after an await), and "Copied" shows only once the write has succeeded. When it
//! is refused, the text is selected instead and the user is told to press Ctrl/Cmd+C.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::language;
use crate::ui::status::{status, Status};
use rolesmith_core::lang::{msg, Arg, Lang, Message, Part};

#[component]
pub fn CopyButton(
    /// The `data-output` name this button copies.
    name: &'static str,
    /// What it copies, completing its accessible name: "Copy" + " the trust policy".
    what: Message,
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
    let lang = language::current();
    let copied = RwSignal::new(false);
    let copy = {
        let what = what.clone();
        move |_| {
            let Some(text) = text.get_untracked() else { return };
            copy_with_feedback(status, &text, what.clone(), copied, move || browser::select_output(name));
        }
    };
    let label = label(copied, lang);
    // The visible label where the sentence has its slot; the rest for screen readers only.
    let named = {
        let what = what.clone();
        move || {
            msg::copy_button(Arg::Slot, what.clone())
                .parts(lang.get())
                .into_iter()
                .map(|part| match part {
                    Part::Slot(_) => label.into_any(),
                    Part::Text(words) => view! { <span class="visually-hidden">{words}</span> }.into_any(),
                })
                .collect_view()
        }
    };
    let aria_label = move || compact.then(|| msg::copy_named(what.clone()).text(lang.get()));
    view! {
        <button
            type="button"
            class:compact=compact
            class:primary=primary
            data-copy-for=name
            data-copied=move || copied.get().then_some("true")
            data-label=move || compact.then(label)
            aria-label=aria_label
            disabled=move || text.with(Option::is_none)
            on:click=copy
        >
            {(!compact).then_some(named)}
        </button>
    }
}

/// A copy button's words: "Copy", then "Copied" while the clipboard has just taken it.
pub fn label(copied: RwSignal<bool>, lang: Signal<Lang>) -> impl Fn() -> String + Copy {
    move || if copied.get() { msg::copied() } else { msg::copy() }.text(lang.get())
}

/// Copies `text` and, once the clipboard has it, says so (`what` names it: "Copied {what}.") and
/// marks `copied` for two seconds; if the browser refuses, runs `refused` (selecting the text, say)
/// and tells the user to press Ctrl+C. Shared by every copy button, whatever it copies.
pub fn copy_with_feedback(
    status: Status,
    text: &str,
    what: Message,
    copied: RwSignal<bool>,
    refused: impl FnOnce() + 'static,
) {
    browser::copy_text(
        text,
        move || {
            copied.set(true);
            status.say(msg::status_copied(what));
            set_timeout(move || copied.set(false), std::time::Duration::from_secs(2));
        },
        move || {
            refused();
            status.say(msg::status_copy_refused());
        },
    );
}
