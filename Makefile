# The README's two commands. Each first runs .ci/setup, which installs whatever is missing on a
# Debian machine with Rust and skips what is already there, so reruns start at once.
#   make serve   builds the page and serves it on http://127.0.0.1:8080 (rebuilds on save)
#   make test    runs every test level and fails if any fails
#   make bench   measures design.md's "fast and small" figures against their budgets (issue 23):
#                the release build's initial download, first render, keystroke latency and huge
#                inputs in Chromium, and the core's full output set natively (prints a table with
#                MET / NOT MET; writes target/bench.json; see BENCHMARKS.md)

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
# Tools .ci/setup installs: wasm-opt and Playwright (npm), moto and the AWS CLI (venv), trunk and
# wasm-bindgen (cargo). The npm wasm-opt must come before any other on PATH (toolchain.md trap 3).
export PATH := $(CURDIR)/node_modules/.bin:$(CURDIR)/.tools/venv/bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: serve test bench setup

serve: setup
	trunk serve

# In order: AWS's action tables are what the pinned data package generates; the core's native unit, golden, property and emulator tests and
# the command line's (no web crate is compiled for them); the core's API docs, with every public item documented
# and no broken link; component tests in headless Chromium; the release build; end-to-end tests
# on that build.
test: setup
	node scripts/iam-data.mjs --check
	cargo test --locked -p rolesmith-core -p rolesmith-cli
	RUSTDOCFLAGS=-Dwarnings cargo doc --locked --no-deps -p rolesmith-core
	CHROMEDRIVER=/usr/bin/chromedriver CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
		cargo test --locked --target wasm32-unknown-unknown --test web
	trunk build --release
	npx --no-install playwright test

# Not a test: figures for design.md's "fast and small" bar, measured on the release build. A budget
# not met is printed, not an exit code; only a measurement that fails stops make.
bench: setup
	trunk build --release
	cargo bench --locked -p rolesmith-core --bench outputs > target/bench-core.json
	node tests/bench/bench.mjs target/bench-core.json

setup:
	bash .ci/setup
