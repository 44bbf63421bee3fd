//! The page's last resort: a panic anywhere replaces the app with a plain message and a reload
//! button, so a bug never leaves a blank page or a half-working form.

use wasm_bindgen::prelude::*;

const HEADING: &str = "Rolesmith stopped";
const MESSAGE: &str = "Something went wrong inside the page, so it stopped rather than show you wrong commands. Nothing you typed left your browser. Reload the page to start again.";

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
    let element = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let (Some(main), Some(heading), Some(message), Some(button)) =
        (element("main", ""), element("h1", HEADING), element("p", MESSAGE), element("button", "Reload"))
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
