// 4. Huge input: a paste far beyond any real value, into each text field of the builder form,
// and a link with 100,000 unknown parameters. Each case is timed inside the page from the input
// event (or the hashchange) to the field's error (or the notice) painted visible, and the
// page's longest task meanwhile is reported: the page must stay responsive throughout. Beside
// each paste, the browser's own share: the same paste into the static copy of the page, where no
// app runs, timed to the next paint. No app can answer faster than that.
// Each case runs `runs` times, each on a fresh page: one run of a case like these varies by 2× or
// more on a shared machine, so the verdict is on the medians, and the range is printed beside.
import { newContext } from './probes.mjs';
import { median, round } from './stats.mjs';

const ANSWER_BUDGET_MS = 100;
// No task may block the page longer than the answer may take: an input made during a paste's
// processing would wait that long.
const LONG_TASK_BUDGET_MS = 100;
// An answer later than this is no answer: the measurement failed.
const DEADLINE_MS = 5_000;
// Long tasks are still counted this long after the answer (work the answer left behind).
const SETTLE_MS = 500;

// Sizes as decimal units: 1 MB is 1,000,000 characters, 100 KB 100,000.
const MEGABYTE = 1_000_000;
const HUNDRED_KB = 100_000;

// Real S3 actions, repeated to 10,000 with one misspelt at the end, so every entry is read
// before the field's error can be known.
const ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:DeleteObject', 's3:GetBucketLocation'];

export async function hugeInputs(browser, { origin, seedParams, staticUrl, runs }) {
  const url = `${origin}/?${seedParams}`;
  const fields = await textFields(browser, url);
  const cases = [
    ...fields.map((name) => paste(`1 MB into ${name}`, name, 'a'.repeat(MEGABYTE))),
    paste('100 KB into external_id', 'external_id', 'a'.repeat(HUNDRED_KB)),
    paste('10,000 actions', 'actions', tenThousandActions()),
    unknownParams(seedParams),
  ];
  const results = [];
  for (const huge of cases) {
    const each = [];
    for (let run = 0; run < runs; run++) each.push(await measure(browser, url, staticUrl, huge));
    results.push(summary(huge, each));
  }
  return {
    budget_ms: ANSWER_BUDGET_MS,
    long_task_budget_ms: LONG_TASK_BUDGET_MS,
    deadline_ms: DEADLINE_MS,
    runs,
    cases: results,
  };
}

// A case's runs: the median of each figure and its range. An answer that never came in any run
// fails the case.
function summary({ label, answer }, each) {
  const figures = (key) => each.map((run) => run[key]);
  const answers = figures('answerMs');
  const shown = answers.every((ms) => ms !== null);
  const stats = (values) => ({ median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) });
  const answered = shown ? stats(answers) : null;
  const longest = stats(figures('longestTaskMs'));
  const alone = figures('aloneMs').includes(null) ? null : stats(figures('aloneMs'));
  return {
    case: label,
    answer,
    shown,
    answer_ms: answered?.median ?? null,
    answer_range_ms: answered && [answered.min, answered.max],
    longest_task_ms: longest.median,
    longest_task_range_ms: [longest.min, longest.max],
    browser_alone_ms: alone?.median ?? null,
    browser_alone_range_ms: alone && [alone.min, alone.max],
    met: shown && answered.median <= ANSWER_BUDGET_MS,
    responsive: longest.median <= LONG_TASK_BUDGET_MS,
  };
}

// One run of a case on a freshly loaded seed page in a browser context of its own, so no run
// inherits another's huge value, nor what it left behind in the browser.
async function measure(browser, url, staticUrl, { label, selector, act, name, value }) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-ready="true"]');
  await openEveryDetails(page);
  if ((await page.locator(selector).count()) > 0) throw new Error(`${label}: ${selector} stands before the input`);
  const { answerMs, longestTaskMs } = await act(page);
  await page.close();
  const aloneMs = name === undefined ? null : await browserAlone(context, staticUrl, name, value);
  await context.close();
  return { answerMs, longestTaskMs, aloneMs };
}

// A paste of `value` into the field `name`, answered by that field's error.
function paste(label, name, value) {
  const selector = `[data-error-for="${name}"]`;
  return {
    label,
    answer: 'error',
    selector,
    name,
    value,
    act: (page) => page.evaluate(pasteInto, { name, value, selector, deadlineMs: DEADLINE_MS, settleMs: SETTLE_MS }),
  };
}

// The seed's own parameters followed by 100,000 that no page knows, put in the fragment of the
// loaded page, answered by the one notice that lists unknown parameters.
function unknownParams(seedParams) {
  const unknown = Array.from({ length: 100_000 }, (_, i) => `x${i}=1`);
  const fragment = `${seedParams}&${unknown.join('&')}`;
  const selector = '[data-notice="unknown-params"]';
  return {
    label: '100,000 unknown URL parameters',
    answer: 'notice',
    selector,
    act: (page) => page.evaluate(changeFragment, { fragment, selector, deadlineMs: DEADLINE_MS, settleMs: SETTLE_MS }),
  };
}

function tenThousandActions() {
  const actions = Array.from({ length: 10_000 }, (_, i) => ACTIONS[i % ACTIONS.length]);
  actions[actions.length - 1] = 's3:GetObjekt';
  return actions.join(',');
}

// The names of the builder form's text inputs and text areas, as the page draws them.
async function textFields(browser, url) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-ready="true"]');
  const names = await page.evaluate(() =>
    [...document.querySelector('[name="bucket"]').form.elements]
      .filter((element) => element.matches('input[type="text"], textarea'))
      .map((element) => element.name),
  );
  await context.close();
  return names;
}

// The same paste into the static copy of the page, where no app runs: input event to the next
// paint, in ms.
async function browserAlone(context, staticUrl, name, value) {
  const page = await context.newPage();
  await page.goto(staticUrl);
  await openEveryDetails(page);
  const aloneMs = await page.evaluate(pasteAlone, { name, value });
  await page.close();
  return aloneMs;
}

// A user pastes into a field they can see: open "More options" (and any other closed section).
async function openEveryDetails(page) {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

// In the page: sets the field's value as a paste does and dispatches `input`; returns the time
// from that event to `selector` (the field's error) painted visible, null if not within the
// deadline, and the longest task meanwhile.
async function pasteInto({ name, value, selector, deadlineMs, settleMs }) {
  const bench = window.__bench;
  const field = document.querySelector(`[name="${name}"]`);
  const shown = bench.whenVisible(selector, deadlineMs);
  field.value = value;
  const t0 = performance.now();
  field.dispatchEvent(new Event('input', { bubbles: true }));
  const at = await shown;
  await new Promise((settled) => setTimeout(settled, settleMs));
  return { answerMs: at === null ? null : at - t0, longestTaskMs: bench.longestTask(t0, performance.now()) };
}

// In the static copy: the paste as pasteInto makes it, timed to the next paint.
async function pasteAlone({ name, value }) {
  const field = document.querySelector(`[name="${name}"]`);
  field.value = value;
  const t0 = performance.now();
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return (await window.__bench.afterNextPaint()) - t0;
}

// In the page: sets the address's fragment, which the page follows; returns the time from the
// hashchange event to `selector` (the notice) painted visible, and the longest task meanwhile.
async function changeFragment({ fragment, selector, deadlineMs, settleMs }) {
  const bench = window.__bench;
  // Watched before the change: the page's own listener runs first and may render at once.
  const shown = bench.whenVisible(selector, deadlineMs);
  // The event's creation time, before any listener ran.
  const changed = new Promise((resolve) => {
    addEventListener('hashchange', (event) => resolve(event.timeStamp), { once: true });
  });
  location.hash = fragment;
  const t0 = await changed;
  const at = await shown;
  await new Promise((settled) => setTimeout(settled, settleMs));
  return { answerMs: at === null ? null : at - t0, longestTaskMs: bench.longestTask(t0, performance.now()) };
}
