//! The page's last resort: a panic anywhere replaces the app with a plain message and a reload
//! button, so a bug never leaves a blank page or a half-working form. It speaks the page's last
//! language, kept where the hook can read it without the reactive system, which may be what
//! broke.

use std::cell::Cell;

use rolesmith_core::lang::{msg, Lang};
use wasm_bindgen::prelude::*;

thread_local! {
    /// The page's language, as last shown.
    static LAST_LANG: Cell<Lang> = Cell::new(Lang::default());
}

/// Keeps the language the page shows, for the message.
pub fn remember(lang: Lang) {
    LAST_LANG.with(|last| last.set(lang));
}

/// Installs the hook; called once, before the app mounts.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
        show();
    }));
}

/// Replaces the page's content with the message. Best effort: with no document there is
/// nothing to show it in.
fn show() {
    if let Some(body) = web_sys::window().and_then(|window| window.document()).and_then(|d| d.body()) {
        replace_content(&body);
    }
}

/// Replaces what `root` holds with the message and a reload button (public for its test, which
/// can't panic the page it runs in).
pub fn replace_content(root: &web_sys::Element) {
    let Some(document) = root.owner_document() else { return };
    let lang = LAST_LANG.try_with(Cell::get).unwrap_or_default();
    let (heading, message, reload) =
        (msg::crash_heading().text(lang), msg::crash_message().text(lang), msg::crash_reload().text(lang));
    let element = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let (Some(main), Some(heading), Some(message), Some(button)) =
        (element("main", ""), element("h1", &heading), element("p", &message), element("button", &reload))
    else {
        return;
    };
    let _ = main.set_attribute("role", "alert");
    let _ = main.set_attribute("data-crashed", "true");
    // The wasm instance has stopped, but a closure is plain JS-callable code and still runs.
    let reload = Closure::<dyn Fn()>::new(|| {
        let _ = web_sys::window().map(|window| window.location().reload());
    });
    let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
    reload.forget();
    root.set_text_content(None);
    for child in [&heading, &message, &button] {
        let _ = main.append_child(child);
    }
    let _ = root.append_child(&main);
}
