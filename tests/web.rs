//! Component tests in headless Chromium (`wasm-bindgen-test`). A placeholder that proves the
//! pipeline (wasm build, wasm-bindgen-test-runner, chromedriver) until the UI's tests replace it.
#![cfg(target_arch = "wasm32")]

use rolesmith::param::Param;
use rolesmith::spec::Spec;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_core_reads_a_bucket_from_the_url_in_the_browser() {
    let spec = Spec::from_url("bucket=acme-logs", "prefix=exports%2F");
    assert_eq!(spec.get(Param::Bucket), "acme-logs");
    assert_eq!(spec.get(Param::Prefix), "exports/");
}
