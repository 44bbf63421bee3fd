//! The page: state is one `RwSignal<Spec>` made from the URL; everything else derives from it.
//! A guided flow: 1. what to grant (the form), 2. create it (one way at a time), 3. hand back and
//! check; the policy checker below.

use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::checker::Checker;
use crate::ui::grant_form::GrantForm;
use crate::ui::notices::Notices;
use crate::ui::share_link::ShareLink;
use crate::ui::status::Status;
use crate::ui::ways::{output_panel, Ways};
use rolesmith_core::output;
use rolesmith_core::param::Param;
use rolesmith_core::policy::kind::DocKind;
use rolesmith_core::spec::Spec;

#[component]
pub fn App(initial: Spec) -> impl IntoView {
    let locked = StoredValue::new(initial.locked());
    let embedded = initial.embedded();
    let spec = RwSignal::new(initial);
    let checked = Memo::new(move |_| spec.read().validate());
    let findings = Memo::new(move |_| checked.read().1.clone());
    let mode = Memo::new(move |_| spec.read().mode());
    let shown = Memo::new(move |_| output::shown(&spec.read()));
    let (status, set_status) = signal(String::new());
    provide_context(Status::new(set_status));
    Effect::new(move |_| {
        let spec = spec.read();
        browser::apply_look(spec.theme(), spec.accent());
    });

    let vendor = move || Some(spec.read().get(Param::Vendor).trim().to_owned()).filter(|v| !v.is_empty());
    let heading = move || match vendor() {
        Some(vendor) => format!("Give {vendor} access to your S3 bucket"),
        None => "Give a data vendor access to your S3 bucket".to_owned(),
    };
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
        Status::new(set_status).say("Loaded the policy's values into the form.".into());
    };

    view! {
        <div class="app" class:embed=embedded data-ready="true">
            <button type="button" class="skip" on:click=move |_| browser::focus_selected_tab()>
                "Skip to the result"
            </button>
            // Embedded, the host page is the chrome: the heading stays for screen readers only.
            <header class="masthead" class:visually-hidden=embedded>
                <h1>{heading}</h1>
                <p class="lede">
                    "Fill in what the vendor gave you, then create the role the way you prefer. Everything stays in this browser tab: nothing you type is sent anywhere."
                </p>
            </header>
            <Notices findings />
            <div class="layout">
                <GrantForm spec findings locked />
                <div class="result" role="region" aria-label="Policies and commands to copy">
                    <h2 class="step-title">"2. Create it"</h2>
                    <Ways spec checked />
                    <h2 class="step-title">"3. Hand back and check"</h2>
                    {move || checked.read().0.is_none().then(|| view! {
                        <p class="hint">"What to send the vendor, and the commands that check the result, appear here once step 1 is complete."</p>
                    })}
                    {after}
                    {(!embedded).then(|| view! { <ShareLink spec /> })}
                </div>
            </div>
            {(!embedded).then(|| view! { <Checker on_load=load_fix /> })}
            <p class="visually-hidden" role="status" aria-live="polite">{status}</p>
        </div>
    }
}
