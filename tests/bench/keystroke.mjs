// 3. Keystroke to every output: from keydown in the bucket field to the moment every output that
// names the bucket shows the new name, measured inside the page. Each keystroke types over the
// name's last character (selected with Shift+ArrowLeft), so the name keeps its length and stays
// valid however many keystrokes are measured, and the new name is never in the old text.
import { newContext } from './probes.mjs';
import { median, quantile, round } from './stats.mjs';

const KEYSTROKE_BUDGET_MS = 4;

const START_BUCKET = 'rolesmith-bench-a';
const ALPHABET = 'bcdefghijklmnopqrstuvwxyz0123456789a';

export async function keystrokes(browser, { origin, seedParams, count }) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${origin}/?${seedParams.replace(/bucket=[^&]*/, `bucket=${START_BUCKET}`)}`);
  await page.waitForSelector('[data-ready="true"]');
  const tracked = await page.evaluate(watchOutputs, START_BUCKET);
  if (tracked.length === 0) throw new Error(`no output names the bucket ${START_BUCKET}`);
  await page.locator('[name="bucket"]').click();
  await page.keyboard.press('End');
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press(ALPHABET[i % ALPHABET.length]);
    await page.waitForFunction((n) => window.__keys.frame.length === n, i + 1);
  }
  const { dom, frame } = await page.evaluate(() => window.__keys);
  await context.close();
  const p95 = quantile(dom, 0.95);
  return {
    keystrokes: dom.length,
    outputs_checked: tracked,
    median_ms: round(median(dom), 2),
    p95_ms: round(p95, 2),
    next_frame_median_ms: round(median(frame), 2),
    budget_ms: KEYSTROKE_BUDGET_MS,
    met: p95 <= KEYSTROKE_BUDGET_MS,
  };
}

// In the page: times each printable keydown in the bucket field until every output that named
// the bucket at the start shows the name that keystroke makes (`dom`), and until the frame after
// (`frame`). Returns the names of the outputs it watches.
function watchOutputs(bucket) {
  const field = document.querySelector('[name="bucket"]');
  const outputs = [...document.querySelectorAll('[data-output]')].filter((output) =>
    output.textContent.includes(bucket),
  );
  const state = { pending: null, dom: [], frame: [] };
  window.__keys = state;
  const check = () => {
    const pending = state.pending;
    if (!pending || !outputs.every((output) => output.textContent.includes(pending.expected))) return;
    state.pending = null;
    state.dom.push(performance.now() - pending.t0);
    requestAnimationFrame(() => state.frame.push(performance.now() - pending.t0));
  };
  field.addEventListener(
    'keydown',
    (event) => {
      if (event.key.length !== 1) return;
      const { value, selectionStart, selectionEnd } = field;
      const expected = value.slice(0, selectionStart) + event.key + value.slice(selectionEnd);
      state.pending = { t0: performance.now(), expected };
    },
    { capture: true },
  );
  field.addEventListener('input', check);
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
  return outputs.map((output) => output.getAttribute('data-output'));
}
