//! A button that copies one output's text and confirms it visibly and to screen readers.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::{browser, status::status};

#[component]
pub fn CopyButton(
    /// The `data-output` name this button copies.
    name: &'static str,
    /// What is copied; `None` while errors block the output.
    #[prop(into)]
    text: Signal<Option<String>>,
) -> impl IntoView {
    let status = status();
    let (label, set_label) = signal("Copy");
    let copy = move |_| {
        let Some(text) = text.get_untracked() else { return };
        spawn_local(async move {
            match browser::copy_text(&text).await {
                Ok(()) => {
                    set_label.set("Copied ✓");
                    status.say(format!("Copied {name} to the clipboard."));
                    set_timeout(move || set_label.set("Copy"), std::time::Duration::from_secs(2));
                }
                Err(_) => status.say("The browser refused to copy; select the text and press Ctrl+C.".into()),
            }
        });
    };
    view! {
        <button type="button" data-copy-for=name disabled=move || text.with(Option::is_none) on:click=copy>
            {label}
        </button>
    }
}
