// Issue 23: the policy checker runs in a web worker that the page starts on the checker's first
// use. A page that never checks a policy never downloads it; using it fetches its files and
// nothing else, from the page's own origin, with no query string; while they load the checker
// says so, and if they can't load it says that, in the page's language, keeping the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { type BrowserContext, type Route } from '@playwright/test';

import { expect, test } from './fixtures';
import { golden } from './support/golden';

const DIST = join(__dirname, '..', '..', 'dist');
/// The checker's files in the build: its loader, the worker's glue and its module.
const CHECKER_FILES = readdirSync(DIST)
  .filter((name) => name.includes('checker'))
  .map((name) => `/${name}`)
  .sort();
const LOADER = /\/checker-loader[^/]*\.js$/;

const TRUST =
  '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}]}';
const PERMISSIONS = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}';
const FAILED = "The checker didn't load or didn't answer";

/// Holds every request for the checker's loader until `release` is called.
async function holdLoader(context: BrowserContext): Promise<{ release: () => Promise<void> }> {
  const held: Route[] = [];
  await context.route(LOADER, (route) => {
    held.push(route);
  });
  return { release: () => Promise.all(held.map((route) => route.continue())).then(() => context.unroute(LOADER)) };
}

test("the checker's three files are named by their content, and its loader names the other two", () => {
  expect(CHECKER_FILES).toHaveLength(3);
  for (const path of CHECKER_FILES) expect(path).toMatch(/-[0-9a-f]{16}\.(js|wasm)$/);
  const loader = CHECKER_FILES.filter((path) => LOADER.test(path));
  expect(loader).toHaveLength(1);
  const page = readFileSync(join(DIST, 'index.html'), 'utf8');
  expect(page).toContain(`<meta name="rolesmith-part:checker" content="${loader[0].slice(1)}"`);
  const named = [...readFileSync(join(DIST, loader[0]), 'utf8').matchAll(/'\.\/([^']+)'/g)].map((name) => `/${name[1]}`);
  expect(named.sort()).toEqual(CHECKER_FILES.filter((path) => path !== loader[0]));
});

test('no first load fetches any file of the checker, not even with the checker focused', async ({ builder, network }) => {
  for (const params of ['', golden('seed-logzio-role').params, 'mode=user', 'lang=zh-CN']) {
    await builder.open(params);
    await builder.checker.focus();
    await expect(builder.checker).toBeFocused();
  }
  for (const params of ['view=vendor', 'embed=1']) {
    await builder.open(params);
  }
  expect(builder.page.workers()).toEqual([]);
  const fetched = network.requests.map((request) => new URL(request.url).pathname);
  expect(fetched.filter((path) => CHECKER_FILES.includes(path))).toEqual([]);
});

test("using the checker fetches its files once, from the page's origin, with no query string, and nothing else", async ({
  builder,
  network,
  baseURL,
}) => {
  const problems: string[] = [];
  builder.page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  builder.page.on('pageerror', (error) => problems.push(String(error)));
  await builder.open(golden('seed-logzio-role').params);
  const afterLoad = () => network.requests.filter((request) => request.afterLoad).map((request) => new URL(request.url));

  await builder.checker.fill(TRUST);
  await expect(builder.checkerSummary).toHaveText('A trust policy: 1 errors, 0 warnings, 0 suggestions.');
  await expect(builder.finding('role-trust-policy-unsupported-wildcard-in-principal')).toBeVisible();
  expect(afterLoad().map((url) => url.pathname).sort()).toEqual(CHECKER_FILES);
  for (const url of afterLoad()) {
    expect(url.origin).toBe(new URL(baseURL ?? '').origin);
    expect(url.search).toBe('');
  }

  // The next text goes to the same worker: nothing more is fetched.
  await builder.checker.fill(PERMISSIONS);
  await expect(builder.checkerSummary).toContainText('A permissions policy');
  expect(afterLoad()).toHaveLength(CHECKER_FILES.length);
  // No console error or warning either: the page's CSP allows the worker, the loader calls
  // wasm-bindgen's glue the way it wants, and the wasm's preload carries no integrity Chromium
  // would ignore and warn about.
  expect(problems).toEqual([]);
});

test('while the checker loads it says so, then checks the text already there', async ({ builder, context }) => {
  const loader = await holdLoader(context);
  await builder.open();
  await builder.checker.fill(TRUST);
  await expect(builder.checkerSummary).toHaveText('Loading the checker…');
  await expect(builder.page.locator('.checker [aria-busy="true"]')).toHaveCount(1);
  // Typed while it loads: this is the text it checks.
  await builder.checker.fill(PERMISSIONS);
  await loader.release();
  await expect(builder.checkerSummary).toContainText('A permissions policy');
  await expect(builder.page.locator('.checker [aria-busy="true"]')).toHaveCount(0);
  await expect(builder.checker).toHaveValue(PERMISSIONS);
});

test("when the checker can't load it says so in the page's language, keeps the text, and tries again on the next edit", async ({
  builder,
  context,
}) => {
  await context.route(LOADER, (route) => route.fulfill({ status: 404 }));
  await builder.open('lang=zh-CN');
  await builder.checker.fill(TRUST);
  await expect(builder.checkerSummary).toHaveText(
    '检查器没有加载成功或没有响应，因此这段文本尚未检查。文本仍保留在这里：编辑它即可重试，或重新加载页面。',
  );
  await expect(builder.page.locator('.checker [aria-busy="true"]')).toHaveCount(0);
  await expect(builder.checker).toHaveValue(TRUST);
  await expect(builder.findings).toHaveCount(0);

  await context.unroute(LOADER);
  await builder.checker.press('End');
  await builder.checker.press('Enter');
  await expect(builder.checkerSummary).toHaveText('信任策略：1 个错误，0 个警告，0 条建议。');
  // The worker's findings read in the page's language too.
  await expect(builder.finding('role-trust-policy-unsupported-wildcard-in-principal')).toContainText('第 1 行');
});

test('a checker that never arrives is given up on after ten seconds, not left loading', async ({ builder, context }) => {
  // Held for good: the page ends the worker that waits for it.
  await holdLoader(context);
  await builder.open();
  await builder.checker.fill(TRUST);
  await expect(builder.checkerSummary).toHaveText('Loading the checker…');
  await expect(builder.checkerSummary).toContainText(FAILED, { timeout: 15_000 });
  await expect(builder.checker).toHaveValue(TRUST);
});

test("when the worker's module can't load, the checker says so at once", async ({ builder, context }) => {
  await context.route(/\/rolesmith-checker_bg[^/]*\.wasm$/, (route) => route.fulfill({ status: 404 }));
  await builder.open();
  await builder.checker.fill(TRUST);
  // The loader reports the failure: no waiting out the ten seconds.
  await expect(builder.checkerSummary).toContainText(FAILED, { timeout: 5_000 });
});

/// What ARCHITECTURE.md's "Hosting" says a host's CSP header must allow.
test("a CSP header on the loader binds the worker: it needs 'wasm-unsafe-eval' and connect-src 'self'", async ({
  builder,
  context,
}) => {
  const hostSends = (policy: string) =>
    context.route(LOADER, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
  await hostSends("default-src 'none'; script-src 'self'");
  await builder.open();
  await builder.checker.fill(TRUST);
  await expect(builder.checkerSummary).toContainText(FAILED, { timeout: 5_000 });

  await context.unroute(LOADER);
  await hostSends("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'");
  await builder.checker.press('End');
  await builder.checker.press('Enter');
  await expect(builder.checkerSummary).toContainText('A trust policy');
});
