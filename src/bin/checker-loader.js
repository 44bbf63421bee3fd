// Starts the policy checker's web worker (src/bin/rolesmith-checker.rs), which the page creates
// from this file on the checker's first use (src/ui/checker_worker.rs). Trunk builds the two files
// it names from `data-bin="rolesmith-checker" data-type="worker"` (wasm-bindgen's no-modules
// glue, whose global is `wasm_bindgen`, and the module); the build fingerprints them and writes
// their new names in (scripts/post_build.py), so each stays quoted and starts with ./ here.
// Written by hand rather than Trunk's `data-loader-shim`, whose shim passes the module's path the
// way wasm-bindgen 0.2.130 deprecates (a console warning on every start), and so that a module
// that fails to load says so at once: the page would otherwise wait out its deadline.
importScripts('./rolesmith-checker.js');
wasm_bindgen({ module_or_path: './rolesmith-checker_bg.wasm' }).catch(() => postMessage('failed'));
