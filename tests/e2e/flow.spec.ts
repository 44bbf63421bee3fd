// Issue 12, the guided flow end to end: every seed through every way of creating it, copied with
// the keyboard; `how=` and the share link; axe in every state; long values at 320 px; and
// screenshots of the key states at 375 and 1280 px, written to test-results/screenshots/.
import { join } from 'node:path';

import AxeBuilder from '@axe-core/playwright';

import { expect, test } from './fixtures';
import { type Builder } from './pages/builder';
import { golden, ROLE_SEEDS } from './support/golden';

/// Each way of creating it, with the output its tab is about.
const WAYS: [string, string][] = [
  ['console', 'console-steps'],
  ['bash', 'cli-bash'],
  ['powershell', 'cli-powershell'],
  ['cloudformation', 'cloudformation'],
  ['terraform', 'terraform'],
];

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

/// Moves to the tab of `how` with the arrow keys from the selected tab, as a keyboard user does.
async function arrowTo(builder: Builder, how: string): Promise<void> {
  await builder.page.locator('[role="tab"][aria-selected="true"]').focus();
  for (let presses = 0; presses < WAYS.length; presses++) {
    if ((await builder.tab(how).getAttribute('aria-selected')) === 'true') break;
    await builder.page.keyboard.press('ArrowRight');
  }
  await expect(builder.tab(how)).toHaveAttribute('aria-selected', 'true');
  await expect(builder.tab(how)).toBeFocused();
}

for (const name of [...ROLE_SEEDS, 'seed-guance-user']) {
  test(`${name}: completed through every way, each copied with the keyboard`, async ({ builder }) => {
    const seed = golden(name);
    await builder.open(seed.params);
    for (const [how, output] of WAYS) {
      await test.step(how, async () => {
        await arrowTo(builder, how);
        await expect(builder.output(output)).toBeVisible();
        expect(await builder.outputText(output)).toBe(seed.outputs[output]);
        // Tab from the tab into its panel until the output's copy button, then Enter.
        for (let presses = 0; presses < 30; presses++) {
          await builder.page.keyboard.press('Tab');
          if (await builder.copyButton(output).evaluate((button) => button === document.activeElement)) break;
        }
        await expect(builder.copyButton(output)).toBeFocused();
        await builder.page.keyboard.press('Enter');
        await expect(builder.copyButton(output)).toHaveAttribute('data-copied', 'true');
        await expect.poll(() => builder.clipboard(), { message: `${how}: what was copied` }).toBe(seed.outputs[output]);
      });
    }
  });
}

test('how= picks the first tab, and the share link keeps the choice', async ({ builder }) => {
  const seed = golden('seed-logzio-role');
  await builder.open(`${seed.params}&how=terraform`);
  await expect(builder.tab('terraform')).toHaveAttribute('aria-selected', 'true');
  await expect(builder.output('terraform')).toBeVisible();
  await expect(builder.output('console-steps')).toBeHidden();
  await builder.tab('powershell').click();
  const link = await builder.outputText('share-link');
  expect(link).toContain('how=powershell');
  const other = await builder.newTab();
  await other.goto(link);
  await expect(other.tab('powershell')).toHaveAttribute('aria-selected', 'true');
  expect(await other.outputText('cli-powershell')).toBe(seed.outputs['cli-powershell']);
});

test('a how= the page does not know is ignored with a notice', async ({ builder }) => {
  await builder.open(`${golden('seed-logzio-role').params}&how=cdk`);
  await expect(builder.notice('page-option-ignored')).toContainText("'cdk'");
  await expect(builder.tab('console')).toHaveAttribute('aria-selected', 'true');
});

test('at 320 px, a 1,224-character external ID, a 1,024-character prefix and a long vendor name scroll nothing sideways', async ({
  builder,
}) => {
  await builder.page.setViewportSize({ width: 320, height: 720 });
  const params = new URLSearchParams({
    vendor: 'Extraordinarily Long Vendor Name Incorporated Worldwide',
    account: '406095609952',
    external_id: 'x7'.repeat(612),
    bucket: 'acme-elb-logs',
    prefix: `${'deep-folder/'.repeat(85)}end/`.slice(0, 1023),
  });
  await builder.open(params.toString());
  for (const [how, output] of WAYS) {
    await builder.tab(how).click();
    await expect(builder.output(output)).toBeVisible();
    await expect
      .poll(() => builder.page.evaluate(() => document.documentElement.scrollWidth), { message: how })
      .toBeLessThanOrEqual(320);
  }
});

/// The states of issue 12, each opened fresh: what to load, the tab, the viewport and the scheme.
const STATES: { name: string; params: string; how?: string; width: number; scheme?: 'dark' }[] = [
  { name: 'empty', params: '', width: 1280 },
  { name: 'logzio', params: golden('seed-logzio-role').params, width: 1280 },
  { name: 'errors', params: golden('hostile-inputs').params, width: 1280 },
  ...['bash', 'powershell', 'cloudformation', 'terraform'].map((how) => ({
    name: `logzio-${how}`,
    params: golden('seed-logzio-role').params,
    how,
    width: 1280,
  })),
  {
    name: 'embedded',
    params: `${golden('seed-logzio-role').params}&embed=1&lock=vendor,account,external_id`,
    width: 1280,
  },
  { name: 'dark', params: golden('seed-xmode-role').params, width: 1280, scheme: 'dark' },
  { name: 'logzio-375', params: golden('seed-logzio-role').params, width: 375 },
  { name: 'errors-375', params: golden('hostile-inputs').params, width: 375 },
];

test('every state has no serious or critical axe violation, and is photographed', async ({ builder }, testInfo) => {
  // Eleven page loads, each with an axe scan and a screenshot: three times the usual budget.
  test.slow();
  const figures: string[] = [];
  for (const state of STATES) {
    await builder.page.emulateMedia({ colorScheme: state.scheme ?? 'light' });
    await builder.page.setViewportSize({ width: state.width, height: 800 });
    await builder.open(state.params);
    if (state.how) await builder.tab(state.how).click();
    const results = await new AxeBuilder({ page: builder.page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    figures.push(`${state.name}: ${results.violations.length} violations (${severe.length} serious or critical)`);
    expect.soft(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), state.name).toEqual([]);
    await builder.page.screenshot({ path: join(testInfo.project.outputDir, 'screenshots', `${state.name}.png`) });
  }
  await testInfo.attach('axe figures', { body: figures.join('\n'), contentType: 'text/plain' });
  console.log(`axe per state:\n${figures.join('\n')}`);
});
