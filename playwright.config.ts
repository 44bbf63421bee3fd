// End-to-end tests on the release build in dist/ (`trunk build --release`), in Debian's Chromium:
// browsers come from apt, never from Playwright's download (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

// A port free right now, picked once by the runner; its workers inherit it through the environment.
// A fixed port would clash with another checkout's test run on the same machine.
process.env.ROLESMITH_E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });",
])
  .toString()
  .trim();
const port = Number(process.env.ROLESMITH_E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores shared with the build: more workers only queue.
  workers: 2,
  // The list reporter ends with "N passed (Xs)", the line CI reads.
  reporter: 'list',
  // Explicit budgets, so a slow CI machine fails a stuck test with a reason instead of hanging:
  // a test, one web-first assertion, one action or navigation, and the whole run.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalTimeout: 30 * 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    // The page speaks the browser's language when it offers it: the tests pin English unless they
    // say otherwise, whatever the machine's own locale.
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // The embedding test frames the builder (127.0.0.1) in a docs page on localhost: two
        // origins on this one machine, which Chromium's local-network checks would block. Real
        // docs and builder sites are public, where those checks don't apply.
        '--disable-features=LocalNetworkAccessChecks',
      ],
    },
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory dist`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    // The server's request log would bury the test list.
    stderr: 'ignore',
  },
});
