// Smoke test: the built page mounts and shows the form, its bucket field labelled.
import { expect, test } from '@playwright/test';

test('the page mounts and the bucket field has a visible label', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
  const bucket = page.locator('[name="bucket"]');
  await expect(bucket).toBeVisible();
  const id = await bucket.getAttribute('id');
  expect(id, 'the bucket field needs an id for its <label for>').toBeTruthy();
  const label = page.locator(`label[for="${id}"]`);
  await expect(label).toBeVisible();
  await expect(label).not.toHaveText(/^\s*$/);
});
