//! The vendor kit (`view=vendor`): the vendor enters what it gives every customer and picks what
//! they can't change; the page writes a snippet for each docs platform and previews the embedded
//! builder beside them. Every snippet comes from the core's `embed`; this only shows them.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::copy_button::CopyButton;
use crate::ui::field::SpecField;
use crate::ui::language::{self, words};
use crate::ui::notices::Notices;
use crate::ui::status::{Status, StatusRegion};
use rolesmith_core::embed::{Kit, KitOutput, KIT_PARAMS};
use rolesmith_core::form;
use rolesmith_core::lang::{msg, Message};
use rolesmith_core::output;
use rolesmith_core::param::Param;
use rolesmith_core::spec::Spec;

#[component]
pub fn VendorKit(initial: Spec) -> impl IntoView {
    let constants = RwSignal::new(initial);
    // The kit speaks the language it sets for the builder (`lang`, one of its fields, which is
    // the page's one language control here): a vendor writing Chinese docs works in Chinese.
    let lang = language::provide_for(constants);
    let page = RwSignal::new(browser::page_address());
    let docs = RwSignal::new(String::new());
    // Built again when a language fetched on demand arrives: the kit names the frame in it.
    let built = Memo::new(move |_| {
        lang.track();
        Kit::build(&constants.read(), &page.read(), &docs.read())
    });
    let findings = Memo::new(move |_| built.read().1.clone());
    let (said, set_said) = signal(None);
    provide_context(Status::new(set_said));
    browser::size_preview_frames();

    // A lock box only where a lock does something: on a field the customer could change, not on
    // how the page looks.
    let field = move |param: Param| {
        if !param.is_field() {
            return view! { <SpecField spec=constants findings param no_default=true /> }.into_any();
        }
        let lock_id = format!("lock-{param}");
        let lock_for = lock_id.clone();
        let label = form::field_text(param).map(|text| text.label);
        let lock_label = move || label.clone().map(|label| msg::kit_lock_field(label).text(lang.get()));
        view! {
            <div class="kit-row">
                <SpecField spec=constants findings param no_default=true />
                <label class="lock" for=lock_for>
                    <input
                        type="checkbox"
                        id=lock_id
                        name="lock"
                        value=param.as_str()
                        prop:checked=move || constants.read().locked().contains(&param)
                        on:change:target=move |ev| {
                            let locked = ev.target().checked();
                            constants.update(|spec| spec.set_locked(param, locked));
                        }
                    />
                    <span class="visually-hidden">{lock_label}</span>
                    <span aria-hidden="true">{words(msg::kit_lock())}</span>
                </label>
            </div>
        }
        .into_any()
    };
    let text_input = move |id: &'static str, label: Message, hint: Message, value: RwSignal<String>| {
        view! {
            <div class="field">
                <label for=id>{words(label)}</label>
                <input
                    type="text"
                    id=id
                    name=id
                    prop:value=move || value.get()
                    on:input:target=move |ev| value.set(browser::value_of(&ev.target()))
                    aria-describedby=format!("{id}-hint")
                    autocomplete="off"
                    spellcheck="false"
                />
                <p class="hint" id=format!("{id}-hint")>{words(hint)}</p>
            </div>
        }
    };
    // One docs platform's snippet at a time, chosen at the top; the host headers always. Every
    // snippet stays in the page with its full text.
    let platform = RwSignal::new(KitOutput::Link);
    let platforms = KitOutput::ALL
        .into_iter()
        .filter(|output| *output != KitOutput::HostHeaders)
        .map(|output| {
            view! {
                <option value=output.as_str() prop:selected=move || platform.get() == output>{words(output.title())}</option>
            }
        })
        .collect_view();
    let choose = move |value: String| {
        if let Some(output) = KitOutput::ALL.into_iter().find(|output| output.as_str() == value) {
            platform.set(output);
        }
    };
    let outputs = KitOutput::ALL
        .into_iter()
        .map(|output| {
            let text = Signal::derive(move || built.read().0.as_ref().map(|kit| output.text(kit)));
            let shown = move || text.get().unwrap_or_else(|| output::blocked(&findings.read(), lang.get()));
            let heading = format!("output-{}", output.as_str());
            let labelled_by = heading.clone();
            let hidden = move || output != KitOutput::HostHeaders && platform.get() != output;
            view! {
                <section class="output" aria-labelledby=labelled_by hidden=hidden>
                    <div class="output-head">
                        <h3 id=heading>{words(output.title())}</h3>
                        <div class="buttons">
                            <CopyButton name=output.as_str() what=output.what() text primary=output != KitOutput::HostHeaders />
                        </div>
                    </div>
                    <pre class:blocked=move || text.read().is_none() data-output=output.as_str() tabindex="0">{shown}</pre>
                </section>
            }
        })
        .collect_view();
    // One frame for as long as there is a kit to preview: its address changes as the vendor
    // types (a new fragment, which the builder inside follows), never the frame itself.
    let previewed = Memo::new(move |_| built.read().0.is_some());
    let frame_src = move || built.read().0.as_ref().map(Kit::frame_src);
    let frame_title = move || {
        built.read().0.as_ref().map(|kit| msg::kit_preview_title(kit.title.as_str()).text(lang.get()))
    };
    let preview = move || {
        previewed.get().then(|| view! { <iframe class="preview" title=frame_title src=frame_src></iframe> })
    };
    view! {
        <div class="app kit" data-ready="true">
            <header class="masthead">
                <h1>{words(msg::kit_heading())}</h1>
                <p class="lede">{words(msg::kit_lede())}</p>
            </header>
            <div class="layout">
                <form class="form" aria-label=words(msg::kit_form_name()) on:submit=|ev| ev.prevent_default()>
                    <fieldset>
                        <legend>{words(msg::kit_constants())}</legend>
                        {KIT_PARAMS
                            .into_iter()
                            .map(|param| {
                                // The site only for a known vendor with several.
                                let offered = move || constants.read().offers(param);
                                view! { <Show when=offered>{field(param)}</Show> }
                            })
                            .collect_view()}
                    </fieldset>
                    <fieldset>
                        <legend>{words(msg::kit_where())}</legend>
                        {text_input("kit_page", msg::kit_page(), msg::kit_page_hint(), page)}
                        {text_input("kit_docs", msg::kit_docs(), msg::kit_docs_hint(), docs)}
                        <Notices findings />
                    </fieldset>
                </form>
                <div class="result" role="region" aria-label=words(msg::kit_results())>
                    <h2 class="step-title">{words(msg::kit_snippets())}</h2>
                    <div class="field">
                        <label for="kit_platform">{words(msg::kit_platform())}</label>
                        <select id="kit_platform" name="kit_platform" on:change:target=move |ev| choose(ev.target().value())>
                            {platforms}
                        </select>
                    </div>
                    {outputs}
                    <h2 class="step-title">{words(msg::kit_preview())}</h2>
                    <p class="hint">{words(msg::kit_preview_hint())}</p>
                    {preview}
                </div>
            </div>
            <StatusRegion said />
        </div>
    }
}
