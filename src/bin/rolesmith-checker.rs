//! The policy checker's web worker, so that a page that never checks a policy never downloads the
//! checker (issue 23). Trunk builds it from `<link data-trunk rel="rust" data-bin="rolesmith-checker"
//! data-type="worker">` in `index.html`; the page starts it on the checker's first use through
//! its loader (`src/bin/checker-loader.js`, see `src/ui/checker_worker.rs`). What the two say to
//! each other is `rolesmith::checker_protocol`.

use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use rolesmith::checker_protocol::{Checked, FromWorker, Question};
use rolesmith_core::check;

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new({
        let scope = scope.clone();
        move |event: MessageEvent| {
            // The page is this build's own (it named this worker's files by their content), so
            // a question always reads; if one did not, the page would stop waiting in time.
            if let Ok(question) = serde_wasm_bindgen::from_value::<Question>(event.data()) {
                let checked = Checked::from_report(check::check(&question.text, None));
                say(&scope, &FromWorker::Checked(question.number, checked));
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker, which the page ends with `terminate()`.
    on_message.forget();
    say(&scope, &FromWorker::Ready);
}

fn say(scope: &DedicatedWorkerGlobalScope, message: &FromWorker) {
    if let Ok(value) = serde_wasm_bindgen::to_value(message) {
        let _ = scope.post_message(&value);
    }
}
