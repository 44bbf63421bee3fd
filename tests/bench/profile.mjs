// Size profile (issue 23, BENCHMARKS.md): what the page's main wasm is made of, by crate (and by
// module for Rolesmith's own), from twiggy on a build that keeps its function names:
//   wasm-opt -Oz -g … target/levers/base/page_bg.wasm -o named.wasm   (tests/bench/levers.sh base)
//   twiggy top -n 1000000 --format json named.wasm > top.json
//   node tests/bench/profile.mjs top.json
// Sizes are raw bytes of each function body or data segment; the name section, which the release
// build strips, is left out.
import { readFileSync } from 'node:fs';

/// The path that names an item's crate: `X` in `<X as Trait>::f` unless `X` is a type parameter
/// or a primitive (then the trait's), `X` in `X::f`.
function owner(name) {
  const impl = name.match(/^<([^<>]*?)(?: as ([^<>]*))?>::/) ?? name.match(/^<(.*?) as (.*?)>::/);
  if (!impl) return name;
  const [, type, trait] = impl;
  const plain = type.replace(/^(&|\*|mut |const |dyn )+/, '');
  if (/^([A-Z]|u8|u16|u32|u64|usize|i32|i64|f32|f64|char|str|bool|\[.*)$/.test(plain)) return trait ?? 'core::primitive';
  return plain;
}

/// The group a twiggy item belongs to: its crate, or for Rolesmith's core its module.
function group(name) {
  if (name.startsWith('data segment')) return 'data (strings, tables)';
  const [crate, module] = owner(name.replace(/\[[0-9a-f]+\]/g, '')).split('::');
  if (crate === 'rolesmith_core') return `rolesmith_core::${module}`;
  if (crate === 'rolesmith') return 'rolesmith (the UI)';
  if (/^(tachys|reactive_graph|leptos|leptos_dom|leptos_macro|any_spawner|throw_error|or_poisoned|guardian|slotmap|send_wrapper|oco_ref|either_of|next_tuple)$/.test(crate)) {
    return 'Leptos (tachys, reactive_graph, …)';
  }
  if (/^(serde|serde_core|serde_json|indexmap|ryu|itoa|serde_wasm_bindgen|hashbrown)$/.test(crate)) return 'serde, serde_json, indexmap';
  if (/^(js_sys|web_sys|wasm_bindgen|wasm_bindgen_futures|futures_util|futures_core|futures_channel|futures_executor)$/.test(crate)) {
    return 'wasm-bindgen, js-sys, web-sys, futures';
  }
  if (crate === 'core' && module === 'fmt') return 'core::fmt';
  if (/^(core|alloc|std|dlmalloc|compiler_builtins)$/.test(crate)) return `std (${crate} and generics it instantiates)`;
  return 'other';
}

const rows = JSON.parse(readFileSync(process.argv[2], 'utf8')).filter(
  (row) => !row.name.startsWith('"') && !row.name.startsWith('Σ') && !row.name.startsWith('...'),
);
const sizes = new Map();
for (const row of rows) sizes.set(group(row.name), (sizes.get(group(row.name)) ?? 0) + row.shallow_size);
const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
console.log(`| group | bytes | share |\n|---|---:|---:|`);
for (const [name, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${name} | ${size.toLocaleString('en')} | ${((100 * size) / total).toFixed(1)} % |`);
}
console.log(`| total (code and data, no names) | ${total.toLocaleString('en')} | |`);
