//! The Leptos layer: thin components over the core. No AWS rule lives here; the core decides,
//! the UI shows.

mod app;
mod browser;
mod checker;
mod checker_worker;
mod console_steps;
mod copy_button;
pub mod crash;
mod derived;
mod download_button;
mod field;
mod grant_form;
mod height;
mod language;
mod locked_summary;
mod notices;
mod on_demand;
mod output_panel;
mod share_link;
mod status;
mod vendor_kit;
mod ways;

pub use app::App;
pub use vendor_kit::VendorKit;

use leptos::prelude::*;

use crate::ui::field::Arrival;
use rolesmith_core::lang::{msg, Lang};
use rolesmith_core::spec::Spec;

/// Reads the inputs from the page URL and mounts the builder on `<body>`, or, for `view=vendor`,
/// starts the vendor kit, which loads on first use.
pub fn start() {
    let initial = browser::spec_from_location();
    if initial.embedded() {
        height::report_to_parent();
    }
    with_language(initial, |initial, lang| {
        if initial.vendor_view() {
            wasm_bindgen_futures::spawn_local(run_kit(lang));
        } else {
            // The page follows its address: a new fragment (the kit's preview as the vendor
            // types, a link pasted into the address bar) becomes the form's state in place, so
            // what the page holds beside it stays (the checker's text, a section opened); only
            // new locks or embedding start the builder over. Each new address is an `Arrival`:
            // a field visited at the last one is a field not yet visited at this one.
            let spec = RwSignal::new(initial);
            let arrivals = RwSignal::new(0);
            browser::on_fragment_change(move || {
                spec.set(browser::spec_from_location());
                arrivals.update(|count| *count += 1);
            });
            let locks_and_embedding = Memo::new(move |_| spec.with(|spec| (spec.locked(), spec.embedded())));
            leptos::mount::mount_to_body(move || {
                provide_context(Arrival(arrivals.read_only()));
                move || locks_and_embedding.with(|_| view! { <App spec /> })
            });
        }
    });
}

/// Mounts the vendor kit on `<body>`: the `main` of its own binary, `rolesmith-kit`.
pub fn start_kit() {
    with_language(browser::spec_from_location(), |initial, _| {
        leptos::mount::mount_to_body(move || view! { <VendorKit initial /> });
    });
}

/// Installs the crash screen, makes the language `initial` asks for ready, then calls `mount`,
/// so that a link with `lang=zh-CN` opens in Chinese. A language that can't be fetched now is
/// tried again, and said so, once the page is up.
fn with_language(initial: Spec, mount: impl FnOnce(Spec, Lang) + 'static) {
    crash::install();
    let lang = initial.lang(browser::languages().iter().map(String::as_str));
    // Leptos's own executor starts with the mount, so not `leptos::task::spawn_local`.
    wasm_bindgen_futures::spawn_local(async move {
        let lang = if language::prepare(lang).await.is_ok() { lang } else { Lang::default() };
        mount(initial, lang);
    });
}

/// Runs the vendor kit's program on the page, saying that it loads, and, if it can't, why the
/// page stays empty.
async fn run_kit(lang: Lang) {
    let Some(body) = document().body() else { return };
    let status = RwSignal::new(msg::kit_loading());
    let shown = leptos::mount::mount_to(body, move || {
        view! { <p class="part-status" role="status">{move || status.get().text(lang)}</p> }
    });
    match on_demand::program("kit").await {
        Ok(()) => drop(shown),
        Err(on_demand::Unavailable) => {
            status.set(msg::kit_unavailable());
            shown.forget();
        }
    }
}
