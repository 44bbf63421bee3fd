//! The page: state is one `RwSignal<Spec>` made from the URL; everything else derives from it,
//! the page's language too. A guided flow: 1. what to grant (the form), 2. create it (one way at
//! a time), 3. hand back and check; the policy checker below.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::checker::Checker;
use crate::ui::derived;
use crate::ui::grant_form::GrantForm;
use crate::ui::language::{self, words, LanguageSwitch};
use crate::ui::notices::Notices;
use crate::ui::share_link::ShareLink;
use crate::ui::status::{Status, StatusRegion};
use crate::ui::ways::{output_panel, Ways};
use rolesmith_core::lang::{msg, Lang};
use rolesmith_core::model::Mode;
use rolesmith_core::output::{self, OutputName};
use rolesmith_core::param::Param;
use rolesmith_core::policy::kind::DocKind;
use rolesmith_core::spec::Spec;

/// The builder over `spec`, which may also change from outside (the page following its
/// address). What the vendor locked and whether the page is embedded are read once: a new value
/// of either needs a new `App` (see [`start`](crate::ui::start)).
#[component]
pub fn App(spec: RwSignal<Spec>) -> impl IntoView {
    let (locked, embedded) = spec.with_untracked(|spec| (spec.locked(), spec.embedded()));
    let locked = StoredValue::new(locked);
    let lang = language::provide_for(spec);
    let checked = Memo::new(move |_| spec.read().validate());
    // Followed, not memos: most of the page reads these, and a keystroke seldom changes them
    // (see `derived`).
    let findings = derived::follow(checked, |(_, findings)| findings.clone());
    let mode: Signal<Mode> = derived::follow(spec, Spec::mode).into();
    let shown: Signal<Vec<OutputName>> = derived::follow(spec, output::shown).into();
    let (said, set_said) = signal(None);
    provide_context(Status::new(set_said));
    let look = derived::follow(spec, |spec| (spec.theme(), spec.accent()));
    Effect::new(move |_| {
        let (theme, accent) = look.get();
        browser::apply_look(theme, accent);
    });

    let blocked: Signal<bool> = derived::follow(checked, |(plan, _)| plan.is_none()).into();
    let heading = move || spec.read().heading().text(lang.get());
    let after = move || {
        shown
            .get()
            .into_iter()
            .filter(|name| name.how().is_none())
            .map(|name| output_panel(checked, mode, name))
            .collect_view()
    };
    let load_fix = move |(fix, kind): (Spec, DocKind)| {
        spec.update(|spec| spec.load_fix(&fix, kind, &locked.get_value()));
        Status::new(set_said).say(msg::page_fix_loaded());
    };
    // Typed values stay: the language is one more parameter of the spec (and of the share link).
    let switch_to = move |lang: Lang| spec.update(|spec| spec.set(Param::Lang, lang.code().to_owned()));

    view! {
        <div class="app" class:embed=embedded data-ready="true">
            <button type="button" class="skip" on:click=move |_| browser::focus_selected_tab()>
                {words(msg::page_skip())}
            </button>
            <LanguageSwitch on_change=switch_to />
            // Embedded, the host page is the chrome: the heading stays for screen readers only.
            <header class="masthead" class:visually-hidden=embedded>
                <h1>{heading}</h1>
                <p class="lede">{words(msg::page_lede())}</p>
            </header>
            <Notices findings />
            <div class="layout">
                <GrantForm spec findings locked />
                <div class="result" role="region" aria-label=words(msg::page_results())>
                    <h2 class="step-title">{words(msg::page_step_create())}</h2>
                    <Ways spec checked mode shown blocked />
                    <h2 class="step-title">{words(msg::page_step_hand_back())}</h2>
                    {move || blocked.get().then(|| view! {
                        <p class="hint">{words(msg::page_step_hand_back_waiting())}</p>
                    })}
                    {after}
                    {(!embedded).then(|| view! { <ShareLink spec /> })}
                </div>
            </div>
            {(!embedded).then(|| view! { <Checker on_load=load_fix /> })}
            <StatusRegion said />
        </div>
    }
}
