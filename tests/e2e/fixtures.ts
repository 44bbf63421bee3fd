// The test fixture every end-to-end scenario uses. It hands out a `builder` page object and, after
// each test, checks the bars design.md sets for every state of the page: no axe violation
// (WCAG 2 A and AA) on any page the test opened, no request after the app mounted, and no
// request to another origin at all.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';

import { Builder } from './pages/builder';
import { NetworkLog } from './support/network';

type Fixtures = {
  network: NetworkLog;
  builder: Builder;
  /// Runs automatically around every test; the checks happen after the test body.
  pageBars: void;
};

export const test = base.extend<Fixtures>({
  network: async ({ context }, use) => {
    await use(new NetworkLog(context));
  },
  builder: async ({ page, network }, use) => {
    await use(new Builder(page, network));
  },
  pageBars: [
    async ({ context, network, baseURL }, use, testInfo) => {
      await use();
      if (testInfo.status !== testInfo.expectedStatus) return;
      for (const page of context.pages()) {
        if (page.isClosed() || (await page.locator('[data-ready="true"]').count()) === 0) continue;
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        const violations = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect.soft(violations, `axe violations on ${page.url()}`).toEqual([]);
      }
      expect.soft(network.afterLoad(), 'requests made after the app mounted').toEqual([]);
      expect.soft(network.foreign(new URL(baseURL ?? '').origin), 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
