//! Parts of the page fetched on first use, so that a reader downloads only what they use: a
//! language's catalogue (text), a program of its own (the vendor kit) or a web worker's loader
//! (the policy checker). Each is one of the site's own files, named in index.html by
//! `<meta name="rolesmith-part:NAME">` (whose `content` the build fingerprints, see
//! scripts/post_build.py), and fetched (or started as a worker) as design.md's "Private" allows:
//! a GET from the same origin, with no query string and nothing typed.

use leptos::prelude::window;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// A part the page could not fetch: offline, missing from this build, or refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

/// The part's file, relative to the page.
pub fn url(part: &str) -> Option<String> {
    let meta =
        window().document()?.query_selector(&format!("meta[name=\"rolesmith-part:{part}\"]")).ok()??;
    meta.get_attribute("content").filter(|file| !file.is_empty() && !file.contains(['?', '#', ':']))
}

/// The part's text.
pub async fn text(part: &str) -> Result<String, Unavailable> {
    let url = url(part).ok_or(Unavailable)?;
    let response: Response = JsFuture::from(window().fetch_with_str(&url))
        .await
        .and_then(|response| response.dyn_into())
        .map_err(|_| Unavailable)?;
    if !response.ok() {
        return Err(Unavailable);
    }
    let text = JsFuture::from(response.text().map_err(|_| Unavailable)?).await.map_err(|_| Unavailable)?;
    text.as_string().ok_or(Unavailable)
}

// `import()` is syntax, so no binding reaches it: one line of JavaScript, shipped with the page
// as a file of its own (wasm-bindgen's snippets), which the CSP's `script-src 'self'` allows.
// Both files are made absolute first: `import()` resolves against this snippet's own address.
#[wasm_bindgen(inline_js = "export async function run(glue, wasm) {
    const base = document.baseURI;
    const program = await import(new URL(glue, base).href);
    await program.default({ module_or_path: new URL(wasm, base).href });
}")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn run(glue: &str, wasm: &str) -> Result<(), wasm_bindgen::JsValue>;
}

/// Runs the program `part`: a Rust binary Trunk builds as a module of its own
/// (`data-type="worker" data-bindgen-target="web"`), its JavaScript the part `NAME` and its wasm
/// `NAME-wasm`. Its `main` runs once both are here.
pub async fn program(part: &str) -> Result<(), Unavailable> {
    let (Some(glue), Some(wasm)) = (url(part), url(&format!("{part}-wasm"))) else {
        return Err(Unavailable);
    };
    run(&glue, &wasm).await.map_err(|_| Unavailable)
}
