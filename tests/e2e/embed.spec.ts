// Issue 13, the vendor's side end to end: the kit makes the snippets; a docs page on another
// origin embeds the builder with the kit's own iframe snippet, pasted verbatim, and its customers
// use it there: the frame sizes itself, locks hold, copy and download work, nothing leaves the
// frame. The MDX snippet goes through a JSX parser; accents of any lightness keep contrast.
import { Parser } from 'acorn';
import jsx from 'acorn-jsx';

import { expect, test } from './fixtures';

const LOGZIO_KIT = 'view=vendor&vendor=Logz.io&account=406095609952&access=read&lock=vendor,account,access';

test('the iframe snippet, pasted into a docs page on another origin, gives customers a working builder', async ({
  builder,
  network,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const builderOrigin = new URL(baseURL ?? '').origin;
  const docsOrigin = builderOrigin.replace('127.0.0.1', 'localhost');
  network.allow(docsOrigin);

  // The vendor, in the kit: its constants come from the link, its docs site is typed in.
  await builder.open(LOGZIO_KIT);
  await builder.page.getByLabel('Your docs sites').fill(docsOrigin);
  await expect(builder.output('host-headers')).toContainText(`frame-ancestors 'self' ${docsOrigin}`);
  const snippet = await builder.outputText('embed-iframe');
  expect(snippet).toContain(`event.origin !== "${builderOrigin}"`);

  // The vendor's docs page, with the snippet pasted as it is.
  const docs = await context.newPage();
  await docs.route(`${docsOrigin}/docs/s3.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Logz.io docs</title></head><body><h1>Ship your S3 logs</h1>${snippet}</body></html>`,
    }),
  );
  network.loading(docs);
  await docs.goto(`${docsOrigin}/docs/s3.html`);
  const frame = docs.frameLocator('#rolesmith-frame');
  await expect(frame.locator('[data-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
  network.loaded(docs);
  const height = () => docs.locator('#rolesmith-frame').evaluate((element) => (element as HTMLIFrameElement).style.height);

  // The page's height message resizes the frame.
  await expect.poll(height).not.toBe('1100px');
  const loaded = await height();

  // Locked values can't be changed; the customer types the rest.
  await expect(frame.locator('section.locked [name="account"]')).toHaveValue('406095609952');
  await expect(frame.locator('section.locked [name="account"]')).not.toBeEditable();
  await frame.getByLabel('External ID').fill('logzio-4f9c2a7e-acme');
  await frame.getByLabel('Bucket name').fill('Bad_Bucket');
  await expect(frame.locator('[data-error-for="bucket"]')).toBeVisible();
  await expect.poll(height, { message: 'an error makes the page taller' }).not.toBe(loaded);
  await frame.getByLabel('Bucket name').fill('acme-elb-logs');
  await expect(frame.locator('[data-error-for="bucket"]')).toHaveCount(0);
  const filled = await height();
  await frame.locator('[role="tab"][data-how="terraform"]').click();
  await expect.poll(height, { message: 'another tab, another height' }).not.toBe(filled);

  // Copy works in the frame, or says how to copy by hand; a download is saved.
  await frame.locator('[data-copy-for="terraform"]').click();
  await expect(frame.getByRole('status')).toHaveText(/Copied the Terraform configuration|press Ctrl\+C/);
  const [download] = await Promise.all([
    docs.waitForEvent('download'),
    frame.locator('[data-download-for="terraform"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe('main.tf');
  // No request after load, none to a third origin: the fixture checks both after the test.
});

test('the MDX snippet is JSX a docs build can parse, with camelCase attributes and the checked listener', async ({
  builder,
}) => {
  await builder.open(LOGZIO_KIT);
  const mdx = await builder.outputText('embed-mdx');
  const program = Parser.extend(jsx()).parse(mdx, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as {
    body: { expression: { openingElement: { name: { name: string }; attributes: { name: { name: string } }[] } } }[];
  };
  const element = program.body[0].expression.openingElement;
  expect(element.name.name).toBe('iframe');
  expect(element.attributes.map((attribute) => attribute.name.name)).toEqual([
    'title',
    'src',
    'loading',
    'style',
    'sandbox',
    'allow',
    'ref',
  ]);
  expect(mdx).toContain('event.source !== frame.contentWindow');
});

for (const accent of ['#fafafa', '#101010', '#ffd400']) {
  test(`an accent of ${accent} keeps every text readable (axe colour contrast after the test)`, async ({ builder }) => {
    await builder.open(`account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-logs&accent=${encodeURIComponent(accent)}`);
    await expect(builder.page.locator('[data-copy-for="console-steps"]')).toBeVisible();
    const style = await builder.page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    expect(style).toBe(accent);
  });
}

test('an accent that is not a colour is ignored with a notice', async ({ builder }) => {
  await builder.open('bucket=acme-logs&accent=red');
  await expect(builder.notice('page-option-ignored')).toContainText("'red'");
});

test('the kit opened with a customer account and a prefix gives snippets without them, and says so', async ({ builder }) => {
  await builder.open(`${LOGZIO_KIT}&customer_account=210987654321&prefix=logs/&lock=vendor,account,access,prefix`);
  await expect(builder.notice('kit-dropped')).toContainText('prefix, customer_account');
  const link = await builder.outputText('embed-link');
  expect(link).toContain('vendor=Logz.io&account=406095609952&access=read&lock=vendor,account,access');
  expect(link).not.toContain('210987654321');
  expect(link).not.toContain('prefix');
});

/// The kit's two files, which only `view=vendor` fetches (src/bin/rolesmith-kit.rs).
const KIT_FILE = /\/rolesmith-kit(_bg)?-[0-9a-f]{16}\.(js|wasm)$/;

test("the kit loads on first use: the builder never fetches it, the kit's view fetches its two files from the site itself", async ({
  builder,
  network,
  baseURL,
}) => {
  const kitFiles = () => network.requests.filter((r) => KIT_FILE.test(new URL(r.url).pathname));
  await builder.open(`${LOGZIO_KIT.replace('view=vendor&', '')}&bucket=acme-logs&external_id=logzio-4f9c2a7e-acme`);
  await expect(builder.output('trust-policy')).toContainText('sts:ExternalId');
  expect(kitFiles(), "the builder's readers never download the kit").toEqual([]);
  await builder.open(LOGZIO_KIT);
  await expect(builder.page.locator('[data-output="embed-link"]')).toContainText('vendor=Logz.io');
  await expect(builder.page.locator('.part-status')).toHaveCount(0);
  const fetched = kitFiles().map((r) => new URL(r.url));
  expect(fetched.map((url) => url.pathname.replace(/-[0-9a-f]{16}/, '')).sort()).toEqual([
    '/rolesmith-kit.js',
    '/rolesmith-kit_bg.wasm',
  ]);
  for (const url of fetched) {
    expect(url.origin).toBe(new URL(baseURL ?? '').origin);
    expect(url.search).toBe('');
  }
  expect(kitFiles().every((r) => r.siteFile)).toBe(true);
});

test('a kit that cannot be loaded says so instead of a blank page', async ({ page }) => {
  await page.route(KIT_FILE, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`/?${LOGZIO_KIT}`);
  const status = page.locator('.part-status');
  await expect(status).toContainText('could not be loaded');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(page.locator('[data-ready="true"]')).toHaveCount(0);
});
