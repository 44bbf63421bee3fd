// What the bench watches inside a page: the first contentful paint, the first output painted,
// long tasks, and a wait for an element to be painted visible. PROBES is installed before the
// page's own scripts run (Playwright's addInitScript), so it must be one self-contained function.

const PROBES = () => {
  const bench = { fcp: null, outputPaintedAt: null, longTasks: [] };
  window.__bench = bench;

  // Resolves, with the time, once the browser has rendered the next frame: a
  // requestAnimationFrame callback runs just before the frame's style, layout and paint, and a
  // message posted from it is handled after them.
  bench.afterNextPaint = () =>
    new Promise((painted) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => painted(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
    }
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // The first output with its text, outside a hidden tab panel (a hidden one is never painted).
  const outputs = new MutationObserver(() => {
    const shown = [...document.querySelectorAll('[data-output]')].some(
      (output) => output.textContent.trim() !== '' && !output.closest('[hidden]'),
    );
    if (!shown) return;
    outputs.disconnect();
    bench.afterNextPaint().then((at) => {
      bench.outputPaintedAt = at;
    });
  });
  outputs.observe(document, { childList: true, subtree: true, characterData: true });

  // Resolves to the time the element `selector` is first painted visible, or null after
  // `deadlineMs`. Each change only asks whether the element exists; whether it is visible is
  // asked after the next paint, when layout is done anyway, so the probe forces no extra layout
  // into what it measures.
  bench.whenVisible = (selector, deadlineMs) =>
    new Promise((resolve) => {
      let done = false;
      let waiting = false;
      const finish = (at) => {
        if (done) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        resolve(at);
      };
      const check = () => {
        if (done || waiting || document.querySelector(selector) === null) return;
        waiting = true;
        bench.afterNextPaint().then((at) => {
          waiting = false;
          if (document.querySelector(selector)?.checkVisibility()) finish(at);
          else check();
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      const timer = setTimeout(() => finish(null), deadlineMs);
      check();
    });

  // The longest task that overlaps [from, to], in ms; 0 if none took 50 ms or more (the
  // browser reports only those).
  bench.longestTask = (from, to) =>
    Math.max(
      0,
      ...bench.longTasks
        .filter((task) => task.start < to && task.start + task.duration > from)
        .map((task) => task.duration),
    );
};

// A fresh browser context (empty cache: every load in it is cold) with the probes installed.
export async function newContext(browser) {
  // English, whatever the machine's locale: the page speaks the browser's language.
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript(PROBES);
  return context;
}

// Waits for the first output to be painted and returns, from navigation start: `fcp`, and
// `outputPainted`, the first paint that shows an output. That is never before the first
// contentful paint (nothing is painted earlier), and never before the frame after the output's
// text appeared in the document.
export async function firstOutputPainted(page) {
  // A function, not a string: the page's CSP forbids eval.
  await page.waitForFunction(() => window.__bench.fcp !== null && window.__bench.outputPaintedAt !== null);
  const { fcp, outputPaintedAt, timeOrigin } = await page.evaluate(() => ({
    fcp: window.__bench.fcp,
    outputPaintedAt: window.__bench.outputPaintedAt,
    timeOrigin: performance.timeOrigin,
  }));
  return { fcp, outputPainted: Math.max(fcp, outputPaintedAt), timeOrigin };
}
