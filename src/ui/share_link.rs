//! The share link: the current inputs in the URL fragment, which browsers never send to a server.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::copy_button::CopyButton;
use crate::ui::language::words;
use rolesmith_core::lang::msg;
use rolesmith_core::output::SHARE_LINK;
use rolesmith_core::spec::Spec;

#[component]
pub fn ShareLink(spec: RwSignal<Spec>) -> impl IntoView {
    let address = browser::page_address();
    let link = Memo::new(move |_| spec.read().share_link(&address));
    view! {
        <section class="output" aria-labelledby="output-share-link">
            <div class="output-head">
                <h3 id="output-share-link">{words(msg::share_heading())}</h3>
                <div class="buttons">
                    <CopyButton name=SHARE_LINK what=msg::share_what() text=Signal::derive(move || Some(link.get())) />
                </div>
            </div>
            <p class="hint" data-notice="share-link">
                {words(msg::share_hint())}
            </p>
            <pre data-output=SHARE_LINK tabindex="0">{move || link.get()}</pre>
        </section>
    }
}
