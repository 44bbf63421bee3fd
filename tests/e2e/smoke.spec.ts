// Smoke test: the built page mounts and shows the form, its bucket field labelled (and, through
// the shared fixture, passes axe and makes no request after mounting).
import { expect, test } from './fixtures';

test('the page mounts and the bucket field has a visible label', async ({ builder }) => {
  await builder.open();
  await expect(builder.ready).toHaveCount(1);
  const bucket = builder.page.locator('[name="bucket"]');
  await expect(bucket).toBeVisible();
  const id = await bucket.getAttribute('id');
  expect(id, 'the bucket field needs an id for its <label for>').toBeTruthy();
  const label = builder.page.locator(`label[for="${id}"]`);
  await expect(label).toBeVisible();
  await expect(label).not.toHaveText(/^\s*$/);
  await expect(builder.field('bucket')).toBeVisible();
});

test('the privacy bar flags a request with a query string after mount, and not a fetch of the site’s own file', async ({
  builder,
  network,
}) => {
  await builder.open('bucket=acme-logs');
  await builder.page.evaluate(async () => {
    await fetch('/index.html');
    await fetch('/index.html?bucket=acme-logs');
  });
  const leaks = network.afterLoad();
  expect(leaks).toHaveLength(1);
  expect(leaks[0]).toMatch(/\/index\.html\?bucket=acme-logs$/);
  // Cleared so the fixture's own check after this test holds the page to the bar again.
  network.requests.length = 0;
});
