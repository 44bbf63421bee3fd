// 2. First render: the app against a plain static page of the same markup. The app's figure is
// navigation start to its first output painted; the static page's, navigation start to its
// first contentful paint (its outputs are in its HTML). Each is the median of cold loads.
import { firstOutputPainted, newContext } from './probes.mjs';
import { median, round } from './stats.mjs';

const RENDER_BUDGET_RATIO = 1.1;

// The page as the app rendered it, without the scripts that rendered it: a plain static page of
// the same markup and styles.
export async function renderedMarkup(browser, appUrl) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(appUrl);
  await firstOutputPainted(page);
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    for (const node of copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]')) {
      node.remove();
    }
    return `<!doctype html>\n${copy.outerHTML}`;
  });
  await context.close();
  return html;
}

export async function firstRender(browser, { appUrl, staticUrl, loads }) {
  const app = [];
  const plain = [];
  // Interleaved, so a busy moment of the shared machine weighs on both alike, each first in
  // turn, so the order within a pair weighs on neither.
  for (let i = 0; i < loads; i++) {
    if (i % 2 === 0) {
      app.push(await coldLoad(browser, appUrl));
      plain.push(await coldLoad(browser, staticUrl));
    } else {
      plain.push(await coldLoad(browser, staticUrl));
      app.push(await coldLoad(browser, appUrl));
    }
  }
  const appMs = median(app.map((load) => load.outputPainted));
  const staticMs = median(plain.map((load) => load.fcp));
  return {
    loads,
    app_output_painted_ms: round(appMs),
    app_fcp_ms: round(median(app.map((load) => load.fcp))),
    static_fcp_ms: round(staticMs),
    ratio: round(appMs / staticMs, 2),
    budget_ratio: RENDER_BUDGET_RATIO,
    met: appMs / staticMs <= RENDER_BUDGET_RATIO,
  };
}

async function coldLoad(browser, url) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  const painted = await firstOutputPainted(page);
  await context.close();
  return painted;
}
