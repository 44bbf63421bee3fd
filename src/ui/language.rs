//! The page's language: one `Signal<Lang>` that every component reads from context to show its
//! words (each a core `Message`, rendered again when the language changes), and the switch
//! that changes it. `App` and the vendor kit derive it from their spec (`lang`, else the
//! browser's languages); in the kit, the `lang` it sets for the builder is the switch.

use leptos::prelude::*;

use crate::ui::{browser, crash};
use rolesmith_core::lang::{msg, Lang, Message};
use rolesmith_core::spec::Spec;

/// The language the page speaks, as context.
#[derive(Clone, Copy)]
struct PageLang(Signal<Lang>);

/// Makes the language `spec` asks for (`lang`, else the browser's) the page's language:
/// components below read it, `<html lang>` follows it, and so does the crash screen, which can't
/// ask a signal once the page has stopped.
pub fn provide_for(spec: RwSignal<Spec>) -> Signal<Lang> {
    let browser_languages = browser::languages();
    let lang: Signal<Lang> =
        Memo::new(move |_| spec.read().lang(browser_languages.iter().map(String::as_str))).into();
    provide_context(PageLang(lang));
    Effect::new(move |_| {
        let lang = lang.get();
        browser::set_page_lang(lang);
        crash::remember(lang);
    });
    lang
}

/// The page's language; English where none was provided.
pub fn current() -> Signal<Lang> {
    use_context::<PageLang>().map_or_else(|| Signal::stored(Lang::default()), |PageLang(lang)| lang)
}

/// `message` in the page's language, following it as it changes: for text and attributes.
pub fn words(message: Message) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let lang = current();
    move || message.text(lang.get())
}

/// A `<select name="lang">` offering every language by its own name, first in the page (after
/// the skip link), where someone who can't read the page's language looks for it.
#[component]
pub fn LanguageSwitch(
    /// Receives the language chosen.
    #[prop(into)]
    on_change: Callback<Lang>,
) -> impl IntoView {
    let lang = current();
    let options = Lang::ALL
        .into_iter()
        .map(|option| {
            view! {
                <option value=option.code() lang=option.code() prop:selected=move || lang.get() == option>
                    {option.name()}
                </option>
            }
        })
        .collect_view();
    let choose = move |code: String| {
        if let Some(chosen) = Lang::ALL.into_iter().find(|option| option.code() == code) {
            on_change.run(chosen);
        }
    };
    view! {
        <div class="language">
            <label for="page-lang">{words(msg::page_language())}</label>
            <select id="page-lang" name="lang" on:change:target=move |ev| choose(ev.target().value())>
                {options}
            </select>
        </div>
    }
}
