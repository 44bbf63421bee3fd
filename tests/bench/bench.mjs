// Benchmark of design.md's "fast and small" bar on the release build in dist/ (not a test: it
// prints figures and whether each budget is met, and writes target/bench.json).
//   1. size: dist's wasm + JS raw, gzip -9 and brotli q11, against 120 KB brotli;
//   2. first render: median of cold loads, navigation start to data-ready="true" and to first
//      contentful paint, next to a static HTML page of the same rendered markup;
//   3. keystroke to output: median and p95, from keydown in the bucket field to the moment every
//      output that names the bucket shows the new name, against 8 ms (half a 60 Hz frame).
// Run with `make bench` (after `trunk build --release`) or `node tests/bench/bench.mjs`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const DIST = join(ROOT, 'dist');
const SIZE_BUDGET = 120 * 1024; // 120 KB (KiB), brotli, wasm + JS together
const KEYSTROKE_BUDGET_MS = 8;
const COLD_LOADS = Number(process.env.BENCH_LOADS ?? 10);
const KEYSTROKES = Number(process.env.BENCH_KEYS ?? 50);
const STATIC_PATH = '/__static-same-markup.html';
// The Logz.io seed: a realistic form with every output filled.
const SEED_PARAMS = readFileSync(join(ROOT, 'core/tests/golden/seed-logzio-role/params'), 'utf8').trim();

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
};

function median(values) {
  return quantile(values, 0.5);
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

function round(value, digits = 1) {
  return Number(value.toFixed(digits));
}

// 1. Sizes.
function sizes() {
  const files = readdirSync(DIST).filter((name) => name.endsWith('.wasm') || name.endsWith('.js'));
  if (!files.some((name) => name.endsWith('.wasm'))) {
    throw new Error('dist/ has no .wasm: run `trunk build --release` first');
  }
  const rows = files.sort().map((name) => {
    const bytes = readFileSync(join(DIST, name));
    return {
      file: name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length,
    };
  });
  const total = { file: 'total (wasm + js)', raw: 0, gzip: 0, brotli: 0 };
  for (const row of rows) for (const key of ['raw', 'gzip', 'brotli']) total[key] += row[key];
  return { files: rows, total, budget: SIZE_BUDGET, met: total.brotli <= SIZE_BUDGET };
}

// A static server for dist/ that never lets the browser cache (each load is cold) and also
// serves the static copy of the rendered page.
function serve(staticPage) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === STATIC_PATH) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
      response.end(staticPage.html);
      return;
    }
    const file = normalize(join(DIST, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DIST)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

// Records, from navigation start, when data-ready="true" appears and when the first contentful
// paint happens. Installed before any page script runs.
const TIMING_SCRIPT = () => {
  window.__bench = { ready: null, fcp: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') window.__bench.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  const seen = () => {
    if (window.__bench.ready === null && document.querySelector('[data-ready="true"]')) {
      window.__bench.ready = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, attributes: true });
};

async function coldLoad(browser, url, waitForReady) {
  const context = await browser.newContext();
  await context.addInitScript(TIMING_SCRIPT);
  const page = await context.newPage();
  await page.goto(url);
  // A function, not a string: the page's CSP forbids eval.
  await page.waitForFunction(
    (ready) => window.__bench.fcp !== null && (!ready || window.__bench.ready !== null),
    waitForReady,
  );
  const timing = await page.evaluate(() => window.__bench);
  await context.close();
  return timing;
}

// 2. First render, app against the static copy of its own markup.
async function firstRender(browser, origin) {
  const app = [];
  for (let i = 0; i < COLD_LOADS; i++) app.push(await coldLoad(browser, `${origin}/?${SEED_PARAMS}`, true));
  const plain = [];
  for (let i = 0; i < COLD_LOADS; i++) plain.push(await coldLoad(browser, `${origin}${STATIC_PATH}`, false));
  const appFcp = median(app.map((t) => t.fcp));
  const staticFcp = median(plain.map((t) => t.fcp));
  return {
    loads: COLD_LOADS,
    app_ready_ms: round(median(app.map((t) => t.ready))),
    app_fcp_ms: round(appFcp),
    static_fcp_ms: round(staticFcp),
    app_minus_static_fcp_ms: round(appFcp - staticFcp),
  };
}

// The page as rendered, without the scripts that rendered it: a plain static page of the same
// markup and styles.
async function renderedMarkup(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/?${SEED_PARAMS}`);
  await page.waitForSelector('[data-ready="true"]');
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    for (const node of copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]')) {
      node.remove();
    }
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  await context.close();
  return { html };
}

// 3. Keystroke to output, measured inside the page.
async function keystrokes(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = 'bench';
  await page.goto(`${origin}/?${SEED_PARAMS.replace(/bucket=[^&]*/, `bucket=${start}`)}`);
  await page.waitForSelector('[data-ready="true"]');
  const tracked = await page.evaluate((bucket) => {
    const field = document.querySelector('[name="bucket"]');
    const outputs = [...document.querySelectorAll('[data-output]')].filter((o) => o.textContent.includes(bucket));
    const state = { pending: null, dom: [], frame: [] };
    window.__keys = state;
    const check = () => {
      const pending = state.pending;
      if (!pending || !outputs.every((o) => o.textContent.includes(pending.expected))) return;
      state.pending = null;
      const done = performance.now();
      state.dom.push(done - pending.t0);
      requestAnimationFrame(() => state.frame.push(performance.now() - pending.t0));
    };
    field.addEventListener(
      'keydown',
      (event) => {
        state.pending = { t0: performance.now(), expected: field.value + event.key };
      },
      { capture: true },
    );
    field.addEventListener('input', check);
    new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
    return outputs.map((o) => o.getAttribute('data-output'));
  }, start);
  await page.locator('[name="bucket"]').click();
  await page.keyboard.press('End');
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(alphabet[i % alphabet.length]);
    await page.waitForFunction((n) => window.__keys.frame.length === n, i + 1);
  }
  const { dom, frame } = await page.evaluate(() => window.__keys);
  await context.close();
  return {
    keystrokes: dom.length,
    outputs_checked: tracked,
    dom_median_ms: round(median(dom), 2),
    dom_p95_ms: round(quantile(dom, 0.95), 2),
    next_frame_median_ms: round(median(frame), 2),
    budget_ms: KEYSTROKE_BUDGET_MS,
    median_met: median(dom) <= KEYSTROKE_BUDGET_MS,
    p95_met: quantile(dom, 0.95) <= KEYSTROKE_BUDGET_MS,
  };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function verdict(met) {
  return met ? 'MET' : 'NOT MET';
}

async function main() {
  const size = sizes();
  const staticPage = { html: '' };
  const server = await serve(staticPage);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    staticPage.html = (await renderedMarkup(browser, origin)).html;
    const render = await firstRender(browser, origin);
    const keys = await keystrokes(browser, origin);
    const report = { date: new Date().toISOString(), size, first_render: render, keystroke: keys };

    console.log('\nSize of dist (wasm + js)');
    console.log('  file                                       raw        gzip -9    brotli 11');
    for (const row of [...size.files, size.total]) {
      console.log(`  ${row.file.padEnd(40)} ${kb(row.raw).padStart(10)} ${kb(row.gzip).padStart(10)} ${kb(row.brotli).padStart(10)}`);
    }
    console.log(`  budget: brotli <= ${kb(size.budget)}: ${verdict(size.met)} (${size.total.brotli} bytes)`);

    console.log(`\nFirst render (median of ${render.loads} cold loads, from navigation start)`);
    console.log(`  app: data-ready="true"            ${render.app_ready_ms} ms`);
    console.log(`  app: first contentful paint       ${render.app_fcp_ms} ms`);
    console.log(`  static page, same markup: FCP     ${render.static_fcp_ms} ms`);
    console.log(`  app FCP minus static FCP          ${render.app_minus_static_fcp_ms} ms`);

    console.log(`\nKeystroke to every output updated (${keys.keystrokes} keystrokes in the bucket field)`);
    console.log(`  outputs checked: ${keys.outputs_checked.join(', ')}`);
    console.log(`  median ${keys.dom_median_ms} ms, p95 ${keys.dom_p95_ms} ms (to next frame: median ${keys.next_frame_median_ms} ms)`);
    console.log(`  budget: median <= ${keys.budget_ms} ms: ${verdict(keys.median_met)}`);
    console.log(`  budget: p95    <= ${keys.budget_ms} ms: ${verdict(keys.p95_met)}`);

    mkdirSync(join(ROOT, 'target'), { recursive: true });
    writeFileSync(join(ROOT, 'target/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('\nWrote target/bench.json');
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
