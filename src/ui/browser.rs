//! The few places the app touches the browser: the page URL, the clipboard and file downloads.

use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use rolesmith_core::spec::Spec;

/// The inputs carried by the page's query string and fragment.
pub fn spec_from_location() -> Spec {
    let location = window().location();
    let query = location.search().unwrap_or_default();
    let fragment = location.hash().unwrap_or_default();
    Spec::from_url(query.trim_start_matches('?'), fragment.trim_start_matches('#'))
}

/// The page's address without query or fragment, to build share links on.
pub fn page_address() -> String {
    let location = window().location();
    format!("{}{}", location.origin().unwrap_or_default(), location.pathname().unwrap_or_default())
}

/// Puts `text` on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    JsFuture::from(window().navigator().clipboard().write_text(text)).await.map(drop)
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
    Url::revoke_object_url(&url)
}
