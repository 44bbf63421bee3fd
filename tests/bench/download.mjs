// 1. Initial download: the wasm and JS a cold load of the seed page fetches until its first
// output is painted, measured by the network (not by listing dist/), brotli q11. Beside it, the
// files of dist/ that load did not fetch by then: what is left for on-demand use.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { firstOutputPainted, newContext } from './probes.mjs';
import { brotliSize } from './stats.mjs';

// 100 KB as 100,000 bytes (not 102,400), brotli q11.
const DOWNLOAD_BUDGET_BYTES = 100_000;

const CODE = /\.(wasm|js)$/;
// What a module loaded on first use may be: code, or a text catalogue (a second language).
const ON_DEMAND = /\.(wasm|js|txt)$/;

export async function initialDownload(browser, { dist, url }) {
  const context = await newContext(browser);
  const responses = [];
  // On the context, not the page, so a worker's requests count too.
  context.on('response', (response) => responses.push(response));
  const page = await context.newPage();
  await page.goto(url);
  const painted = await firstOutputPainted(page);
  // Requests started before the paint may still be running: let the network settle first.
  await page.waitForLoadState('networkidle');
  const paintedAtEpochMs = painted.timeOrigin + painted.outputPainted;

  const fetched = [];
  for (const response of responses) {
    const path = new URL(response.url()).pathname;
    if (!ON_DEMAND.test(path)) continue;
    // Epoch milliseconds, the clock performance.timeOrigin uses too.
    const startedAt = response.request().timing().startTime;
    const body = await response.body();
    fetched.push({ path, raw: body.length, brotli: brotliSize(body), beforePaint: startedAt <= paintedAtEpochMs });
  }
  await context.close();

  const initial = fetched.filter((file) => file.beforePaint && CODE.test(file.path));
  const initialPaths = new Set(initial.map((file) => file.path));
  const onDemand = distFiles(dist)
    .filter((path) => ON_DEMAND.test(path) && !initialPaths.has(path))
    .map((path) => {
      const bytes = readFileSync(join(dist, path));
      const load = fetched.find((file) => file.path === path);
      // A catalogue is fetched on load but is no wasm or JS; anything else fetched on load came
      // after the paint (a prefetch, say).
      const on_load = load === undefined ? null : load.beforePaint ? 'before first paint' : 'after first paint';
      return { path, raw: bytes.length, brotli: brotliSize(bytes), on_load };
    });
  const total = initial.reduce((sum, file) => sum + file.brotli, 0);
  return {
    first_output_painted_ms: painted.outputPainted,
    files: initial.map(({ path, raw, brotli }) => ({ path, raw, brotli })),
    brotli_bytes: total,
    budget_bytes: DOWNLOAD_BUDGET_BYTES,
    met: total <= DOWNLOAD_BUDGET_BYTES,
    on_demand: onDemand,
  };
}

// Every file under dist/, as the URL path the server gives it ("/name.wasm").
function distFiles(dist) {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(dist, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/')}`)
    .sort();
}
