#!/usr/bin/env bash
# Size levers (issue 23, BENCHMARKS.md): builds the page's main wasm once per lever, each the way
# Trunk does (cargo build with the wasm-release profile, wasm-bindgen --target web, wasm-opt), and prints its size raw and
# brotli q11. Not part of `make bench`: each lever is a full build of its own (minutes each).
#   bash tests/bench/levers.sh            every lever
#   bash tests/bench/levers.sh base s     only those named
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/levers
FEATURES="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue"

# name | environment for cargo | wasm-opt level
LEVERS=(
  "base||-Oz"
  "wasm-opt-O3||-O3"
  "wasm-opt-none||"
  "opt-level-s|CARGO_PROFILE_WASM_RELEASE_OPT_LEVEL=s|-Oz"
  "keep-components|RUSTFLAGS=|-Oz"
)

brotli() {
  node -e "const b=require('fs').readFileSync(process.argv[1]);const z=require('zlib');console.log(b.length, z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length)" "$1"
}

printf '%-18s %10s %10s\n' lever raw brotli
for lever in "${LEVERS[@]}"; do
  IFS='|' read -r name environment level <<<"$lever"
  if [[ $# -gt 0 && ! " $* " =~ " $name " ]]; then continue; fi
  # Levers that change how Rust compiles build in a target directory of their own.
  target="$OUT/target-${environment:-base}"
  target="${target//[^A-Za-z0-9\/_.-]/_}"
  env $environment cargo build --quiet --locked --profile wasm-release --target wasm32-unknown-unknown --bin rolesmith-web --target-dir "$target"
  mkdir -p "$OUT/$name"
  wasm-bindgen --target web --no-typescript --out-dir "$OUT/$name" --out-name page \
    "$target/wasm32-unknown-unknown/wasm-release/rolesmith-web.wasm"
  wasm="$OUT/$name/page_bg.wasm"
  if [[ -n $level ]]; then
    wasm-opt $level $FEATURES "$wasm" -o "$OUT/$name/opt.wasm"
    wasm="$OUT/$name/opt.wasm"
  fi
  read -r raw compressed < <(brotli "$wasm")
  printf '%-18s %10s %10s\n' "$name" "$raw" "$compressed"
done
