//! The Leptos layer: thin components over the core. No AWS rule lives here; the core decides,
//! the UI shows.

mod app;
mod browser;
mod checker;
mod console_steps;
mod copy_button;
pub mod crash;
mod download_button;
mod field;
mod grant_form;
mod height;
mod language;
mod locked_summary;
mod notices;
mod output_panel;
mod share_link;
mod status;
mod vendor_kit;
mod ways;

pub use app::App;
pub use vendor_kit::VendorKit;

use leptos::prelude::*;

/// Reads the inputs from the page URL and mounts the app on `<body>`.
pub fn start() {
    crash::install();
    let initial = browser::spec_from_location();
    if initial.embedded() {
        height::report_to_parent();
    }
    if initial.vendor_view() {
        leptos::mount::mount_to_body(move || view! { <VendorKit initial /> });
    } else {
        // The page follows its address: a new fragment (the kit's preview as the vendor types, a
        // link pasted into the address bar) starts the builder over from it.
        let address = RwSignal::new(initial);
        browser::on_fragment_change(move || address.set(browser::spec_from_location()));
        leptos::mount::mount_to_body(move || move || view! { <App initial=address.get() /> });
    }
}
