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
    // The body's size follows its content, both ways (the root's would never shrink below the
    // frame).
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
    let Some(height) = content_height(&window) else { return };
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

/// The height the frame needs so nothing scrolls: from the top of the page to the bottom margin
/// of the body's last laid-out child, plus the body's own padding, border and margin below it.
/// Measured from the content, not the root's scroll height, which never falls below the frame's
/// own height and so could never shrink.
fn content_height(window: &web_sys::Window) -> Option<f64> {
    let body = window.document()?.body()?;
    let scrolled = window.scroll_y().unwrap_or(0.0);
    let px = |style: &web_sys::CssStyleDeclaration, property: &str| {
        style
            .get_property_value(property)
            .ok()
            .and_then(|value| value.trim_end_matches("px").parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let children = body.children();
    let mut bottom: f64 = 0.0;
    for index in 0..children.length() {
        let Some(child) = children.item(index) else { continue };
        let Ok(Some(style)) = window.get_computed_style(&child) else { continue };
        let position = style.get_property_value("position").unwrap_or_default();
        if matches!(position.as_str(), "absolute" | "fixed")
            || style.get_property_value("display").ok()? == "none"
        {
            continue;
        }
        bottom =
            bottom.max(child.get_bounding_client_rect().bottom() + scrolled + px(&style, "margin-bottom"));
    }
    let body_style = window.get_computed_style(&body).ok()??;
    let below = ["padding-bottom", "border-bottom-width", "margin-bottom"]
        .iter()
        .map(|property| px(&body_style, property))
        .sum::<f64>();
    Some((bottom + below).ceil())
}
