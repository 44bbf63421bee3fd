//! The page's language: one `Signal<Lang>` that every component reads from context to show its
//! words (each a core `Message`, rendered again when the language changes), and the switch
//! that changes it. `App` and the vendor kit derive it from their spec (`lang`, else the
//! browser's languages); in the kit, the `lang` it sets for the builder is the switch.
//!
//! The page carries English only; another language's catalogue is fetched the first time the
//! page needs it (`on_demand`), and until it is here the page goes on in the language it spoke.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::{browser, crash, derived, on_demand};
use rolesmith_core::lang::{msg, Lang, Message};
use rolesmith_core::spec::Spec;

/// The language the page speaks and the one it was asked for, as context.
#[derive(Clone, Copy)]
struct PageLang {
    shown: Signal<Lang>,
    wanted: Signal<Lang>,
    fetch: RwSignal<Fetch>,
}

/// Where fetching a language's catalogue stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fetch {
    Idle,
    Loading(Lang),
    Failed(Lang),
}

/// Makes `lang` ready to speak, fetching its catalogue if the page doesn't carry it. Before the
/// page mounts, so a link with `lang=zh-CN` opens in Chinese rather than turning Chinese.
pub async fn prepare(lang: Lang) -> Result<(), on_demand::Unavailable> {
    if lang.is_ready() {
        return Ok(());
    }
    let file = on_demand::text(&format!("lang-{}", lang.code())).await?;
    lang.load(&file).map_err(|_| on_demand::Unavailable)
}

/// Makes the language `spec` asks for (`lang`, else the browser's) the page's language once its
/// words are here: components below read it, `<html lang>` follows it, and so does the crash
/// screen, which can't ask a signal once the page has stopped.
pub fn provide_for(spec: RwSignal<Spec>) -> Signal<Lang> {
    let browser_languages = browser::languages();
    // Followed, not a memo: every word on the page reads the language, and a keystroke must not
    // wake them all (see `derived`).
    let wanted: Signal<Lang> =
        derived::follow(spec, move |spec| spec.lang(browser_languages.iter().map(String::as_str))).into();
    let fetch = RwSignal::new(Fetch::Idle);
    let shown: Signal<Lang> = Memo::new(move |spoken: Option<&Lang>| {
        fetch.track();
        let wanted = wanted.get();
        if wanted.is_ready() {
            wanted
        } else {
            spoken.copied().unwrap_or_default()
        }
    })
    .into();
    Effect::new(move |_| {
        let lang = wanted.get();
        if !lang.is_ready() && fetch.get_untracked() != Fetch::Loading(lang) {
            fetch.set(Fetch::Loading(lang));
            spawn_local(async move {
                let done = prepare(lang).await;
                fetch.set(if done.is_ok() { Fetch::Idle } else { Fetch::Failed(lang) });
            });
        }
    });
    provide_context(PageLang { shown, wanted, fetch });
    Effect::new(move |_| {
        let lang = shown.get();
        browser::set_page_lang(lang);
        crash::remember(lang);
    });
    shown
}

/// The page's language; English where none was provided.
pub fn current() -> Signal<Lang> {
    use_context::<PageLang>().map_or_else(|| Signal::stored(Lang::default()), |page| page.shown)
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
    let page = use_context::<PageLang>();
    let wanted = page.map_or_else(current, |page| page.wanted);
    let options = Lang::ALL
        .into_iter()
        .map(|option| {
            view! {
                <option value=option.code() lang=option.code() prop:selected=move || wanted.get() == option>
                    {option.name()}
                </option>
            }
        })
        .collect_view();
    let lang = current();
    let status = move || {
        let message = match page.map(|page| page.fetch.get()) {
            Some(Fetch::Loading(loading)) => msg::page_language_loading(loading.name()),
            Some(Fetch::Failed(failed)) => msg::page_language_unavailable(failed.name()),
            Some(Fetch::Idle) | None => return String::new(),
        };
        message.text(lang.get())
    };
    let choose = move |code: String| {
        if let Some(chosen) = Lang::ALL.into_iter().find(|option| option.code() == code) {
            on_change.run(chosen);
        }
    };
    view! {
        <div class="language">
            <label for="page-lang">{words(msg::page_language())}</label>
            <select
                id="page-lang"
                name="lang"
                aria-describedby="page-lang-status"
                on:change:target=move |ev| choose(ev.target().value())
            >
                {options}
            </select>
            <span id="page-lang-status" class="language-status" role="status">{status}</span>
        </div>
    }
}
