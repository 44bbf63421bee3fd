//! A button that saves one output as a file under its fixed contract name.

use leptos::prelude::*;

use crate::ui::{browser, language, status::status};
use rolesmith_core::lang::msg;
use rolesmith_core::output::OutputName;

#[component]
pub fn DownloadButton(
    /// The output this button saves.
    name: OutputName,
    #[prop(into)] file_name: Signal<&'static str>,
    /// The output's text, `None` while errors block it; its file's contents are made from it
    /// when the button is pressed.
    #[prop(into)]
    text: Signal<Option<String>>,
    /// As for [`CopyButton`](crate::ui::copy_button::CopyButton): no text of its own, for a
    /// button inside another output.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let status = status();
    let lang = language::current();
    let save = move |_| {
        let Some(contents) = text.with_untracked(|text| text.as_deref().map(|text| name.file_contents(text)))
        else {
            return;
        };
        let file_name = file_name.get_untracked();
        match browser::download(file_name, &contents) {
            Ok(()) => status.say(msg::status_saved(file_name)),
            Err(_) => status.say(msg::status_save_refused(file_name)),
        }
    };
    let label = move || msg::download_file(file_name.get()).text(lang.get());
    view! {
        <button
            type="button"
            class="download"
            class:compact=compact
            data-download-for=name.as_str()
            data-label=move || compact.then(|| msg::download().text(lang.get()))
            aria-label=move || compact.then(label)
            disabled=move || text.with(Option::is_none)
            on:click=save
        >
            {(!compact).then_some(label)}
        </button>
    }
}
