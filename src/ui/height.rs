//! Embedded (`embed=1`), the page tells its host how tall it is, so the host can size the frame:
//! the contract's `{type: "rolesmith:height", height}` message, built as the core's typed
//! [`HeightMessage`] and crossed to JavaScript with serde-wasm-bindgen, posted on load and
//! whenever a `ResizeObserver` sees the height change. Where the browser has
//! `window.requestResize()` (responsive embedded sizing), it is called too.

use leptos::prelude::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ResizeObserver, ResizeObserverEntry};

use rolesmith_core::embed::HeightMessage;

/// Starts reporting the page's height to the parent frame; does nothing when not framed.
pub fn report_to_parent() {
    let Some(body) = window().document().and_then(|document| document.body()) else { return };
    post_height();
    let observer =
        Closure::<dyn FnMut(Vec<ResizeObserverEntry>)>::new(|_: Vec<ResizeObserverEntry>| post_height());
    if let Ok(resize) = ResizeObserver::new(observer.as_ref().unchecked_ref()) {
        resize.observe(&body);
        // The observer lives as long as the page.
        std::mem::forget(resize);
    }
    observer.forget();
}

/// Posts the current height once.
fn post_height() {
    let window = window();
    // The body's own height: the root's is never less than the frame, so it could never shrink.
    let Some(body) = window.document().and_then(|document| document.body()) else { return };
    let height = body.get_bounding_client_rect().height().ceil();
    let Ok(message) = serde_wasm_bindgen::to_value(&HeightMessage::new(height)) else { return };
    if let Ok(Some(parent)) = window.parent() {
        if parent != window {
            // Only a height leaves the frame, so any parent may read it.
            let _ = parent.post_message(&message, "*");
        }
    }
    if let Ok(request) = js_sys::Reflect::get(&window, &JsValue::from_str("requestResize")) {
        if let Some(request) = request.dyn_ref::<js_sys::Function>() {
            let _ = request.call0(&window);
        }
    }
}
