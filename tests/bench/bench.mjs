// Benchmark of design.md's "fast and small" bar (issue 23) on the release build in dist/. Not a
// test: it prints every figure beside its budget, MET or NOT MET, and writes target/bench.json;
// it exits non-zero only when a measurement itself fails (no answer, a page that never paints).
//   1. initial download: wasm + JS fetched until the first output is painted, brotli q11;
//   2. first render: the app's first output painted against a static page of the same markup;
//   3. keystroke to every output, p95;
//   4. huge input: the field's error (or the notice) painted, and the longest task meanwhile;
//   5. the core's full output set, natively: the JSON `cargo bench --bench outputs` printed.
// Run with `make bench`, or after `trunk build --release` and
// `cargo bench --locked -p rolesmith-core --bench outputs > target/bench-core.json`:
// `node tests/bench/bench.mjs target/bench-core.json`. BENCH_LOADS and BENCH_KEYS change the
// number of cold loads (20) and keystrokes (200), BENCH_RUNS the runs of each huge input (5).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from '@playwright/test';

import { initialDownload } from './download.mjs';
import { firstRender, renderedMarkup } from './first-render.mjs';
import { hugeInputs } from './huge-input.mjs';
import { keystrokes } from './keystroke.mjs';
import { serve, STATIC_PATH } from './serve.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const DIST = join(ROOT, 'dist');
const COLD_LOADS = Number(process.env.BENCH_LOADS ?? 20);
const KEYSTROKES = Number(process.env.BENCH_KEYS ?? 200);
const HUGE_RUNS = Number(process.env.BENCH_RUNS ?? 5);
if (!Number.isInteger(HUGE_RUNS) || HUGE_RUNS < 1) throw new Error(`BENCH_RUNS must be a whole number of 1 or more, not ${process.env.BENCH_RUNS}`);
// The Logz.io seed: a realistic form with every output filled.
const SEED_PARAMS = readFileSync(join(ROOT, 'core/tests/golden/seed-logzio-role/params'), 'utf8').trim();

// Each measurement's result, or the error that stopped it; a failure never stops the others.
async function attempt(measure) {
  try {
    return { result: await measure() };
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  }
}

async function measurePage() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no index.html: run `trunk build --release` first');
  }
  const staticPage = { html: '' };
  const { server, origin } = await serve(DIST, staticPage);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const appUrl = `${origin}/?${SEED_PARAMS}`;
  const staticUrl = `${origin}${STATIC_PATH}`;
  try {
    const download = await attempt(() => initialDownload(browser, { dist: DIST, url: appUrl }));
    const render = await attempt(async () => {
      staticPage.html = await renderedMarkup(browser, appUrl);
      return firstRender(browser, { appUrl, staticUrl, loads: COLD_LOADS });
    });
    const keys = await attempt(() => keystrokes(browser, { origin, seedParams: SEED_PARAMS, count: KEYSTROKES }));
    const huge = await attempt(() => {
      if (!staticPage.html) throw new Error('no static copy of the page (see first render)');
      return hugeInputs(browser, { origin, seedParams: SEED_PARAMS, staticUrl, runs: HUGE_RUNS });
    });
    return { chromium: browser.version(), download, render, keys, huge };
  } finally {
    await browser.close();
    server.close();
  }
}

// 5. The core's figures, from the JSON the native bench printed.
function readCore(file) {
  if (!file) throw new Error('no JSON of the core bench given (cargo bench -p rolesmith-core --bench outputs)');
  const core = JSON.parse(readFileSync(file, 'utf8'));
  const slowest = core.cases.reduce((a, b) => (b.from_params.median_ns > a.from_params.median_ns ? b : a));
  return { ...core, slowest: slowest.case, met: core.cases.every((c) => c.from_params.median_ns <= core.budget_ns) };
}

// The build measured: the commit, and whether the work tree differs from it.
function commit() {
  const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' + uncommitted changes' : ''}`;
}

const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const ms = (n, digits = 1) => `${n.toFixed(digits)} ms`;
const us = (ns) => `${(ns / 1000).toFixed(1)} µs`;
const verdict = (met) => (met ? 'MET' : 'NOT MET');

function printDownload({ result, error }) {
  console.log('\n1. Initial download: wasm + JS a cold load of the Logz.io seed fetches until its first output paints');
  if (error) return console.log(`   FAILED: ${error}`);
  const sizes = (file) => `${bytes(file.raw).padStart(13)} raw ${bytes(file.brotli).padStart(11)} brotli`;
  for (const file of result.files) console.log(`   ${file.path.padEnd(48)} ${sizes(file)}`);
  console.log(`   ${'total'.padEnd(48)} ${''.padStart(17)} ${bytes(result.brotli_bytes).padStart(11)} brotli`);
  console.log('   Left for on demand (.wasm/.js/.txt in dist/ not fetched by then):');
  if (result.on_demand.length === 0) console.log('     (none)');
  for (const file of result.on_demand) {
    const note = file.on_load ? ` (fetched on load, ${file.on_load})` : '';
    console.log(`     ${file.path.padEnd(46)} ${sizes(file)}${note}`);
  }
}

function printRender({ result, error }) {
  console.log(`\n2. First render, median of ${COLD_LOADS} cold loads each, from navigation start`);
  if (error) return console.log(`   FAILED: ${error}`);
  console.log(`   app: first output painted        ${ms(result.app_output_painted_ms)}`);
  console.log(`   app: first contentful paint      ${ms(result.app_fcp_ms)}`);
  console.log(`   static page, same markup: FCP    ${ms(result.static_fcp_ms)}`);
}

function printKeys({ result, error }) {
  console.log(`\n3. Keystroke to every output that names the bucket (${KEYSTROKES} keystrokes in the bucket field)`);
  if (error) return console.log(`   FAILED: ${error}`);
  console.log(`   outputs checked: ${result.outputs_checked.join(', ')}`);
  console.log(`   median ${ms(result.median_ms, 2)}, p95 ${ms(result.p95_ms, 2)}`);
  console.log(`   to the frame after: median ${ms(result.next_frame_median_ms, 2)}`);
}

function printHuge({ result, error }) {
  console.log(`\n4. Huge input, median (range) of ${result?.runs ?? HUGE_RUNS} runs each: input event to the error (or notice)`);
  console.log('   painted visible; longest task meanwhile; the browser alone: the same paste into the static copy');
  console.log('   (no app), input event to the next paint');
  if (error) return console.log(`   FAILED: ${error}`);
  const spread = (median, [min, max]) => `${ms(median, 0)} (${min.toFixed(0)}–${max.toFixed(0)})`;
  for (const c of result.cases) {
    const answer = c.shown ? spread(c.answer_ms, c.answer_range_ms) : `NO ${c.answer.toUpperCase()} within ${result.deadline_ms / 1000} s`;
    const longest = spread(c.longest_task_ms, c.longest_task_range_ms);
    const alone = c.browser_alone_ms === null ? '' : `   browser alone ${spread(c.browser_alone_ms, c.browser_alone_range_ms)}`;
    console.log(`   ${c.case.padEnd(32)} ${answer.padStart(20)}   longest task ${longest.padStart(16)}${alone}`);
  }
  console.log('   (the browser reports tasks of 50 ms or more; 0 ms means none)');
}

function printCore({ result, error }) {
  console.log('\n5. The core natively: median (p95) per iteration; from params = parse, validate, every output');
  if (error) return console.log(`   FAILED: ${error}`);
  console.log(`   ${'case'.padEnd(28)} ${'from params'.padStart(22)} ${'plan to outputs'.padStart(22)}`);
  for (const c of result.cases) {
    const pair = (t) => (t ? `${us(t.median_ns)} (${us(t.p95_ns)})` : 'blocked');
    console.log(`   ${c.case.padEnd(28)} ${pair(c.from_params).padStart(22)} ${pair(c.plan_to_outputs).padStart(22)}`);
  }
  const slowest = result.cases.find((c) => c.case === result.slowest);
  console.log(`   where the time goes in ${slowest.case} (each step alone, median):`);
  const steps = slowest.breakdown.map((s) => `${s.step} ${us(s.median_ns)}`);
  for (let i = 0; i < steps.length; i += 5) console.log(`     ${steps.slice(i, i + 5).join(', ')}`);
  console.log(`   budget held against ${result.held_against}; built with ${result.profile}`);
}

// The summary: one row per figure, its budget and its verdict; a failed measurement says so.
function summaryRows({ download, render, keys, huge }, core) {
  return [
    ...rowsOf(download, 'initial download', downloadRow),
    ...rowsOf(render, 'first render', renderRow),
    ...rowsOf(keys, 'keystroke', keystrokeRow),
    ...rowsOf(huge, 'huge input', hugeRows),
    ...rowsOf(core, 'core: full output set', coreRow),
  ];
}

// The row (or rows) a measurement makes, or one FAILED row.
function rowsOf({ result, error }, figure, rows) {
  return error ? [failed(figure, error)] : [rows(result)].flat();
}

function row(figure, measured, budget, met) {
  return { figure, measured, budget, verdict: verdict(met) };
}

function failed(figure, error) {
  return { figure, measured: 'FAILED', budget: '', verdict: error, failed: true };
}

function downloadRow(result) {
  const figure = 'initial download, wasm + JS, brotli (100 KB = 100,000 B)';
  return row(figure, bytes(result.brotli_bytes), `≤ ${bytes(result.budget_bytes)}`, result.met);
}

function renderRow(result) {
  const figure = `first render ÷ static page (median, ${result.loads} cold loads)`;
  return row(figure, `${result.ratio.toFixed(2)}×`, `≤ ${result.budget_ratio}×`, result.met);
}

function keystrokeRow(result) {
  const figure = `keystroke → every output, p95 of ${result.keystrokes}`;
  return row(figure, ms(result.p95_ms, 2), `≤ ${ms(result.budget_ms, 0)}`, result.met);
}

// One row per case: the answer and the longest task, each against its budget.
function hugeRows(result) {
  const budget = `≤ ${result.budget_ms}; ≤ ${result.long_task_budget_ms} ms`;
  return result.cases.map((c) => {
    const figure = `huge: ${c.case} → ${c.answer}; longest task (medians of ${result.runs})`;
    if (!c.shown) return failed(figure, `no ${c.answer} within ${result.deadline_ms / 1000} s`);
    return row(figure, `${ms(c.answer_ms, 0)}; ${ms(c.longest_task_ms, 0)}`, budget, c.met && c.responsive);
  });
}

function coreRow(result) {
  const slowest = result.cases.find((c) => c.case === result.slowest);
  const figure = `core: params → every output, median, slowest case (${slowest.case})`;
  return row(figure, us(slowest.from_params.median_ns), `≤ ${us(result.budget_ns)}`, result.met);
}

function printSummary(rows, header) {
  console.log(`\nSummary: ${header}`);
  const table = [{ figure: 'figure', measured: 'measured', budget: 'budget', verdict: 'verdict' }, ...rows];
  const width = (key) => Math.max(...table.map((r) => r[key].length));
  const [figure, measured, budget] = [width('figure'), width('measured'), width('budget')];
  for (const r of table) {
    const cells = [r.figure.padEnd(figure), r.measured.padStart(measured), r.budget.padEnd(budget), r.verdict];
    console.log(`  ${cells.join('  ')}`);
  }
}

async function main() {
  const startLoad = loadavg()[0];
  const page = await attempt(measurePage);
  const core = await attempt(() => readCore(process.argv[2]));
  const measured = page.error
    ? Object.fromEntries(['download', 'render', 'keys', 'huge'].map((key) => [key, { error: page.error }]))
    : page.result;
  const machine = {
    cores: cpus().length,
    load_average_start: Number(startLoad.toFixed(2)),
    load_average_end: Number(loadavg()[0].toFixed(2)),
    chromium: measured.chromium ?? null,
  };
  const when = new Date().toISOString().slice(0, 16);
  const load = `load average ${machine.load_average_start} → ${machine.load_average_end}`;
  const header = `release build of ${commit()}, ${when}Z; ${machine.cores} cores, ${load}`;

  printDownload(measured.download);
  printRender(measured.render);
  printKeys(measured.keys);
  printHuge(measured.huge);
  printCore(core);
  const rows = summaryRows(measured, core);
  printSummary(rows, header);

  const report = {
    date: new Date().toISOString(),
    commit: commit(),
    machine,
    initial_download: measured.download,
    first_render: measured.render,
    keystroke: measured.keys,
    huge_input: measured.huge,
    core,
    summary: rows,
  };
  mkdirSync(join(ROOT, 'target'), { recursive: true });
  writeFileSync(join(ROOT, 'target/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nWrote target/bench.json');
  if (rows.some((r) => r.failed)) {
    console.log('A measurement failed (see FAILED above): the figures are incomplete.');
    process.exitCode = 1;
  }
}

await main();
