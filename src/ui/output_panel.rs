//! One output: heading, copy and download buttons, size meter for policies, and the text itself.
//! While errors stand, the text says what to fix and the buttons are disabled.

use leptos::prelude::*;

use crate::ui::copy_button::CopyButton;
use crate::ui::derived;
use crate::ui::download_button::DownloadButton;
use crate::ui::language::{self, words};
use rolesmith_core::model::Mode;
use rolesmith_core::output::OutputName;
use rolesmith_core::policy::size::Size;

#[component]
pub fn OutputPanel(
    name: OutputName,
    #[prop(into)] mode: Signal<Mode>,
    /// The output's text, or what to fix before there is one.
    #[prop(into)]
    content: Signal<Result<String, String>>,
) -> impl IntoView {
    let lang = language::current();
    // A memo: the panel's parts read it by reference, not each with a copy of the text.
    let ready = Memo::new(move |_| content.read().as_ref().ok().cloned());
    let blocked = derived::follow(content, Result::is_err);
    let shown_text = move || match content.get() {
        Ok(text) | Err(text) => text,
    };
    let heading_id = format!("output-{}", name.as_str());
    let labelled_by = heading_id.clone();
    let size = move || {
        let quota = name.quota()?;
        let size = Size::of(ready.read().as_deref()?, quota);
        Some(view! {
            <p class="size" class:over=!size.fits() data-size-for=name.as_str()>
                <meter min="0" max=quota.limit() value=size.chars></meter>
                " " {move || size.line(lang.get())}
            </p>
        })
    };
    let download = move || {
        let file_name = Signal::derive(move || name.file_name(mode.get()).unwrap_or_default());
        name.file_name(mode.get_untracked()).map(|_| view! { <DownloadButton name file_name text=ready /> })
    };
    view! {
        // While errors stand, one calm panel above says what to fix; the blocked output stays in
        // the page (its text says the same), not drawn.
        <section class="output" aria-labelledby=labelled_by hidden=blocked>
            <div class="output-head">
                <h3 id=heading_id>{words(name.title())}</h3>
                <div class="buttons">
                    <CopyButton name=name.as_str() what=name.what() text=ready primary=is_primary(name) />
                    {download}
                </div>
            </div>
            {size}
            <pre class:blocked=blocked class:whole=is_prose(name) data-output=name.as_str() tabindex="0">{shown_text}</pre>
        </section>
    }
}

/// The main action of its step: the way of creating it a tab shows, and what to send back.
fn is_primary(name: OutputName) -> bool {
    matches!(
        name,
        OutputName::CliBash
            | OutputName::CliPowershell
            | OutputName::Cloudformation
            | OutputName::Terraform
            | OutputName::Handback
    )
}

/// Text for a person, not a machine: it wraps, so no line is cut off on a narrow screen.
fn is_prose(name: OutputName) -> bool {
    matches!(name, OutputName::Handback | OutputName::Followup)
}
