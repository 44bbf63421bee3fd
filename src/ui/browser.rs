//! The few places the app touches the browser: the page URL, what a text field holds, its
//! languages, the clipboard and file downloads.

use js_sys::JsString;
use leptos::prelude::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlElement, Url};

use rolesmith_core::embed::HeightMessage;
use rolesmith_core::lang::{msg, Lang};
use rolesmith_core::model::{Accent, Theme};
use rolesmith_core::spec::Spec;

/// The inputs carried by the page's query string and fragment.
pub fn spec_from_location() -> Spec {
    let location = window().location().unchecked_into::<PageLocation>();
    let query = text(&location.search());
    let fragment = text(&location.hash());
    Spec::from_url(query.trim_start_matches('?'), fragment.trim_start_matches('#'))
}

/// What a form control (`input`, `textarea`) holds, as it changed.
pub fn value_of(control: &HtmlElement) -> String {
    text(&control.unchecked_ref::<FormControl>().value())
}

/// A JS string as a Rust one, encoded by the browser's native `TextEncoder`. wasm-bindgen's own
/// conversion copies a string's ASCII characters one at a time in JavaScript: for a pasted
/// megabyte or a link of 100,000 parameters that loop took 10–20 ms, more before V8 compiled
/// it, of the 100 ms the page has to answer.
fn text(value: &JsString) -> String {
    thread_local! {
        static ENCODER: Utf8Encoder = Utf8Encoder::new();
    }
    let bytes = ENCODER.with(|encoder| encoder.encode(value));
    // The encoder writes valid UTF-8 (a lone surrogate becomes U+FFFD), so this never copies.
    String::from_utf8(bytes)
        .unwrap_or_else(|invalid| String::from_utf8_lossy(invalid.as_bytes()).into_owned())
}

#[wasm_bindgen]
extern "C" {
    /// The browser's `TextEncoder`, bound to take a JS string as it is (web-sys's `encode`
    /// takes a `&str`, one that would have crossed into Rust first).
    #[wasm_bindgen(js_name = TextEncoder)]
    type Utf8Encoder;
    #[wasm_bindgen(constructor, js_class = TextEncoder)]
    fn new() -> Utf8Encoder;
    #[wasm_bindgen(method, js_class = TextEncoder)]
    fn encode(this: &Utf8Encoder, text: &JsString) -> Vec<u8>;

    /// An `input` or a `textarea`: what it holds, as the JS string it is.
    type FormControl;
    #[wasm_bindgen(method, getter)]
    fn value(this: &FormControl) -> JsString;

    /// The page's `location`: its query string and fragment, as the JS strings they are.
    #[wasm_bindgen(js_name = Location)]
    type PageLocation;
    #[wasm_bindgen(method, getter, js_class = Location)]
    fn search(this: &PageLocation) -> JsString;
    #[wasm_bindgen(method, getter, js_class = Location)]
    fn hash(this: &PageLocation) -> JsString;
}

/// Calls `changed` whenever the address's fragment changes without a page load.
pub fn on_fragment_change(changed: impl Fn() + 'static) {
    let listener = Closure::<dyn Fn()>::new(changed);
    let _ = window().add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref());
    // Listens as long as the page lives.
    listener.forget();
}

/// The page's address without query or fragment, to build share links on.
pub fn page_address() -> String {
    let location = window().location();
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

/// The browser's languages, most preferred first (`navigator.languages`).
pub fn languages() -> Vec<String> {
    window().navigator().languages().iter().filter_map(|tag| tag.as_string()).collect()
}

/// Says which language the page is in (`<html lang>`), for screen readers, fonts and CSS, and
/// titles the tab in it (index.html holds the English title until the app mounts).
pub fn set_page_lang(lang: Lang) {
    let Some(document) = window().document() else { return };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(&msg::page_title().text(lang));
}

/// Puts `text` on the clipboard, starting the write inside the click that asked for it (Safari
/// and sandboxed frames refuse a write after an await); calls `done` once the clipboard has it,
/// or `refused` if the browser has no clipboard here or turns the write down.
pub fn copy_text(text: &str, done: impl FnOnce() + 'static, refused: impl FnOnce() + 'static) {
    let navigator = window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .is_ok_and(|clipboard| !clipboard.is_undefined());
    if !has_clipboard {
        refused();
        return;
    }
    let on_done = Closure::once(move |_: JsValue| done());
    let on_refusal = Closure::once(move |_: JsValue| refused());
    let _ = navigator.clipboard().write_text(text).then2(&on_done, &on_refusal);
    // They live until the promise settles, which is after this returns.
    on_done.forget();
    on_refusal.forget();
}

/// Selects the text of an output, so the user can copy it with the keyboard.
pub fn select_output(name: &str) {
    let Some(document) = window().document() else { return };
    let Ok(Some(element)) = document.query_selector(&format!("[data-output=\"{name}\"]")) else { return };
    let (Ok(range), Some(selection)) = (document.create_range(), window().get_selection().ok().flatten())
    else {
        return;
    };
    if range.select_node_contents(&element).is_ok() {
        let _ = selection.remove_all_ranges();
        let _ = selection.add_range(&range);
    }
}

/// Saves `text` as a file named `file_name`, made in the browser: nothing goes to a server.
pub fn download(file_name: &str, text: &str) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement =
        window().document().ok_or(JsValue::NULL)?.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Revoked a moment later: some browsers (Safari) cancel a download whose URL goes at once.
    leptos::prelude::set_timeout(
        move || drop(Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// Applies the vendor's look to the whole page: the theme as `data-theme` on the root element
/// (CSS picks light or dark from it) and the accent with the text colour the core chose for it.
/// Through the CSSOM, which the page's Content-Security-Policy allows, unlike style attributes.
pub fn apply_look(theme: Theme, accent: Option<Accent>) {
    let Some(root) = window().document().and_then(|document| document.document_element()) else { return };
    let _ = root.set_attribute("data-theme", theme.as_str());
    let style = root.unchecked_into::<web_sys::HtmlElement>().style();
    match accent {
        Some(accent) => {
            let _ = style.set_property("--accent", &accent.css());
            let _ = style.set_property("--accent-text", accent.text_css());
            // The focus ring keeps its own colour unless the accent stands out on both themes.
            match accent.focus_css() {
                Some(focus) => drop(style.set_property("--focus", &focus)),
                None => drop(style.remove_property("--focus")),
            }
        }
        None => {
            for property in ["--accent", "--accent-text", "--focus"] {
                let _ = style.remove_property(property);
            }
        }
    }
}

/// Moves the keyboard focus to the selected tab of the ways of creating it.
pub fn focus_selected_tab() {
    focus("[role=tab][aria-selected=true]");
}

/// Moves the keyboard focus to the element with this id.
pub fn focus_element(id: &str) {
    focus(&format!("#{id}"));
}

fn focus(selector: &str) {
    let element = window().document().and_then(|document| document.query_selector(selector).ok().flatten());
    if let Some(element) = element {
        let _ = element.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Sizes the vendor kit's preview frame to the height its page reports, as the kit's own
/// snippet does on a vendor's docs page: only messages from that frame's window count.
pub fn size_preview_frames() {
    let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
        let Some(document) = window().document() else { return };
        let Ok(Some(frame)) = document.query_selector("iframe.preview") else { return };
        let frame: web_sys::HtmlIFrameElement = frame.unchecked_into();
        let from_frame = match (event.source(), frame.content_window()) {
            (Some(source), Some(content)) => JsValue::from(source) == JsValue::from(content),
            _ => false,
        };
        let data = event.data();
        let kind =
            js_sys::Reflect::get(&data, &JsValue::from_str("type")).ok().and_then(|kind| kind.as_string());
        let height =
            js_sys::Reflect::get(&data, &JsValue::from_str("height")).ok().and_then(|height| height.as_f64());
        if let (true, Some(HeightMessage::KIND), Some(height)) = (from_frame, kind.as_deref(), height) {
            let _ = frame.style().set_property("height", &format!("{}px", height.ceil()));
        }
    });
    let _ = window().add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    listener.forget();
}
