// Issue 4, end to end on the release build: load with params, type as a person would, errors
// that block every output while the typed text stays, warnings that never block, the clipboard,
// share links, locks, unknown params, keyboard-only use and the layout from 320 to 1440 px.
import { expect, test } from './fixtures';
import { LABELS } from './pages/builder';
import { ALL_OUTPUTS, golden, ROLE_SEEDS } from './support/golden';

const LOGZIO = golden('seed-logzio-role');

/// Every role-mode field.
const ROLE_FIELDS = [
  'vendor', 'mode', 'account', 'user', 'role', 'principal', 'external_id',
  'bucket', 'prefix', 'locations', 'access', 'partition', 'actions', 'acl', 'deny_outside_bucket', 'kms_key',
  'self_assume', 'two_step', 'customer_account', 'role_name', 'policy_name', 'followup',
];

/// What the Tab key visits, in order, for a whole-account principal with "More options" closed:
/// the principal choice is one stop (its checked radio).
const VISIBLE_ROLE_FIELDS = [
  'vendor', 'mode', 'principal_choice', 'account', 'external_id', 'bucket', 'prefix', 'access', 'customer_account',
];

test.describe('load with params', () => {
  for (const name of [...ROLE_SEEDS, 'seed-guance-user']) {
    test(`${name}: every output equals its golden file byte for byte`, async ({ builder }) => {
      const seed = golden(name);
      await builder.open(seed.params);
      for (const output of ALL_OUTPUTS) {
        if (output in seed.outputs) {
          expect(await builder.outputText(output), `${output} of ${name}`).toBe(seed.outputs[output]);
        } else {
          await expect(builder.output(output), `${output} does not apply to ${name}`).toHaveCount(0);
        }
      }
      // The form shows the case's warnings on their fields, and no error anywhere.
      await expect(builder.page.locator('[data-error-for]')).toHaveCount(0);
      for (const finding of seed.findings) {
        expect(finding.severity).toBe('warning');
        await expect(builder.warningFor(finding.at)).toContainText(finding.message);
      }
    });
  }

  test('the fields show the values from the URL, and the fragment wins over the query', async ({ builder }) => {
    await builder.open('bucket=from-the-query&prefix=logs/', 'bucket=from-the-fragment');
    await expect(builder.field('bucket')).toHaveValue('from-the-fragment');
    await expect(builder.field('prefix')).toHaveValue('logs/');
    await expect(builder.output('permissions-policy')).not.toContainText('from-the-query');
  });
});

test.describe('typing', () => {
  test('a person fills the empty form and every output turns from what to fix into the golden result', async ({
    builder,
  }) => {
    await builder.open();
    const before = await builder.allOutputs();
    for (const [name, text] of Object.entries(before)) {
      if (name !== 'share-link') expect(text, name).toContain('Nothing to copy yet');
    }
    await builder.typeInto('vendor', 'Logz.io');
    await builder.typeInto('account', '406095609952');
    await builder.typeInto('external_id', 'logzio-4f9c2a7e-acme');
    await builder.typeInto('bucket', 'acme-elb-logs');
    await builder.typeInto('prefix', 'AWSLogs/elb/');
    await builder.field('access').selectOption('read');
    await builder.typeInto('customer_account', '210987654321');

    for (const [output, text] of Object.entries(LOGZIO.outputs)) {
      await expect(builder.output(output)).toHaveText(text.trim());
      expect(await builder.outputText(output), output).toBe(text);
    }
    const after = await builder.allOutputs();
    for (const [name, text] of Object.entries(before)) {
      expect(after[name], `${name} changed`).not.toBe(text);
    }
    expect(Object.keys(after)).toContain('role-arn');
  });

  test('each keystroke in the bucket field updates every output that names the bucket', async ({ builder }) => {
    await builder.open(LOGZIO.params);
    const naming = Object.entries(await builder.allOutputs())
      .filter(([, text]) => text.includes('acme-elb-logs'))
      .map(([name]) => name);
    expect(naming).toEqual(expect.arrayContaining(['permissions-policy', 'cli-bash', 'cli-powershell',
      'cloudformation', 'terraform', 'share-link']));
    let bucket = 'acme-elb-logs';
    await builder.field('bucket').click();
    await builder.page.keyboard.press('End');
    for (const key of '-2026') {
      await builder.page.keyboard.type(key);
      bucket += key;
      if (bucket.endsWith('-')) continue; // a bucket name can't end with '-': that keystroke is an error
      for (const name of naming) {
        const expected = name === 'share-link' ? `bucket=${bucket}` : bucket;
        await expect(builder.output(name), `${name} after typing ${bucket}`).toContainText(expected);
      }
    }
    await expect(builder.field('bucket')).toHaveValue('acme-elb-logs-2026');
  });
});

test.describe('errors and warnings', () => {
  test('an error sits on its field, blocks every output, keeps the typed text, and fixing it restores the outputs', async ({
    builder,
  }) => {
    await builder.open(LOGZIO.params);
    await builder.typeInto('bucket', 'Acme_Logs');
    const field = builder.field('bucket');
    const error = builder.errorFor('bucket');

    await expect(error).toBeVisible();
    await expect(error).toContainText("Bucket names can't contain 'A'");
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const errorId = await error.getAttribute('id');
    expect(errorId).toBeTruthy();
    await expect(field).toHaveAttribute('aria-describedby', new RegExp(`(^|\\s)${errorId}(\\s|$)`));
    expect(await error.evaluate((e) => e.closest('[aria-live]')?.getAttribute('aria-live'))).toBe('polite');
    await expect(field).toHaveValue('Acme_Logs');

    for (const name of Object.keys(await builder.allOutputs())) {
      if (name === 'share-link') continue;
      await expect(builder.output(name)).not.toContainText('2012-10-17');
      await expect(builder.output(name)).toContainText("Bucket names can't contain 'A'");
      await expect(builder.copyButton(name)).toBeDisabled();
    }
    const downloads = builder.page.locator('[data-download-for]');
    expect(await downloads.count()).toBeGreaterThan(0);
    for (const button of await downloads.all()) await expect(button).toBeDisabled();

    await builder.typeInto('bucket', 'acme-logs');
    await expect(error).toHaveCount(0);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(builder.output('permissions-policy')).toContainText('"Version": "2012-10-17"');
    await expect(builder.output('permissions-policy')).toContainText('arn:aws:s3:::acme-logs/AWSLogs/elb/*');
    for (const button of await builder.page.locator('[data-copy-for], [data-download-for]').all()) {
      await expect(button).toBeEnabled();
    }
  });

  test('a warning never blocks and never rewrites the field', async ({ builder }) => {
    await builder.open(LOGZIO.params);
    await builder.typeInto('account', '4060 9560-9952');
    await builder.typeInto('bucket', 'acme.elb.logs');

    await expect(builder.warningFor('account')).toContainText('406095609952');
    await expect(builder.warningFor('bucket')).toBeVisible();
    await expect(builder.page.locator('[data-error-for]')).toHaveCount(0);
    await expect(builder.field('account')).toHaveValue('4060 9560-9952');
    await expect(builder.field('account')).not.toHaveAttribute('aria-invalid', 'true');
    const warningId = await builder.warningFor('account').getAttribute('id');
    await expect(builder.field('account')).toHaveAttribute('aria-describedby', new RegExp(`(^|\\s)${warningId}(\\s|$)`));

    await expect(builder.output('trust-policy')).toContainText('"AWS": "arn:aws:iam::406095609952:root"');
    await expect(builder.output('permissions-policy')).toContainText('arn:aws:s3:::acme.elb.logs');
    for (const button of await builder.page.locator('[data-copy-for], [data-download-for]').all()) {
      await expect(button).toBeEnabled();
    }
  });
});

test.describe('clipboard', () => {
  test('copying the trust policy puts exactly its text on the clipboard and says "Copied"', async ({
    builder,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await builder.open(golden('seed-xmode-role').params);
    await builder.copy('trust-policy');
    await expect(builder.copyButton('trust-policy')).toHaveAttribute('data-copied', 'true');
    await expect(builder.status).toHaveText('Copied the trust policy.');
    await expect.poll(() => builder.clipboard()).toBe(await builder.outputText('trust-policy'));
    await expect.poll(() => builder.clipboard()).toBe(golden('seed-xmode-role').outputs['trust-policy']);
    // The confirmation goes away by itself.
    await expect(builder.copyButton('trust-policy')).not.toHaveAttribute('data-copied');
  });
});

test.describe('share link', () => {
  test('the share link holds what was typed in the fragment and opens to the same outputs', async ({
    builder,
    baseURL,
  }) => {
    await builder.open(golden('seed-databend-role').params);
    await builder.typeInto('prefix', 'incoming/2026/');
    const link = await builder.outputText('share-link');
    expect(link.startsWith(`${baseURL}/#`), link).toBe(true);
    const fragment = new URLSearchParams(new URL(link).hash.slice(1));
    expect(fragment.get('prefix')).toBe('incoming/2026/');
    expect(fragment.get('bucket')).toBe('test-bucket-123');
    const outputs = await builder.allOutputs();

    const other = await builder.newTab();
    await other.goto(link);
    expect(await other.allOutputs()).toEqual(outputs);
    await expect(other.field('prefix')).toHaveValue('incoming/2026/');
  });

  test('a link pasted into the address bar of the open page: the form follows it in place, new locks start over', async ({
    builder,
  }) => {
    const link = `${LOGZIO.params}&how=terraform`;
    const logzio = await builder.newTab();
    await logzio.open(link);
    const expected = await logzio.allOutputs();

    // In the fragment, as a share link has it: the new fragment replaces all of it.
    await builder.open('', golden('seed-databend-role').params);
    await builder.checker.fill('{"Version": "2012-10-17"}');
    await builder.page.evaluate((fragment) => (location.hash = fragment), link);
    await expect(builder.field('bucket')).toHaveValue(new URLSearchParams(LOGZIO.params).get('bucket') ?? '');
    expect(await builder.allOutputs()).toEqual(expected);
    await expect(builder.tab('terraform')).toHaveAttribute('aria-selected', 'true');
    // The builder was not started over: what the page holds beside the form stays.
    await expect(builder.checker).toHaveValue('{"Version": "2012-10-17"}');

    // Locks are read when the builder starts: a link with new ones starts it over, locked.
    await builder.page.evaluate((fragment) => (location.hash = fragment), `${link}&lock=account`);
    await expect(builder.lockedValue('account')).toHaveValue('406095609952');
    await expect(builder.lockedValue('account')).not.toBeEditable();
    await expect(builder.checker).toHaveValue('');
  });

  test('a link the open page follows starts its fields afresh: what it leaves to fill is a calm note', async ({
    builder,
  }) => {
    await builder.open('', LOGZIO.params);
    // Visited and emptied: "Enter the bucket name" is the user's own doing, an error.
    await builder.typeInto('bucket', '');
    await expect(builder.errorFor('bucket')).toHaveClass('error');
    await expect(builder.field('bucket')).toHaveAttribute('aria-invalid', 'true');

    const link = new URLSearchParams(LOGZIO.params);
    link.delete('bucket');
    link.set('prefix', 'other/');
    await builder.page.evaluate((fragment) => (location.hash = fragment), link.toString());
    await expect(builder.field('prefix')).toHaveValue('other/');
    await expect(builder.errorFor('bucket')).toHaveClass('required');
    await expect(builder.field('bucket')).not.toHaveAttribute('aria-invalid', 'true');

    // Visited at the new address (in, then out, still empty), the note is the user's news again.
    await builder.field('bucket').focus();
    await builder.page.keyboard.press('Tab');
    await expect(builder.errorFor('bucket')).toHaveClass('error');
    await expect(builder.field('bucket')).toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('embedding', () => {
  test('locked params read as a "Set by" card, not as fields', async ({ builder }) => {
    await builder.open(`${LOGZIO.params}&lock=account,external_id,access`);
    await expect(builder.page.locator('section.locked')).toContainText('Set by the link you opened');
    await expect(builder.page.locator('section.locked')).toContainText('the one Logz.io publishes');
    for (const [param, value] of [['account', '406095609952'], ['external_id', 'logzio-4f9c2a7e-acme'], ['access', 'read']]) {
      await expect(builder.lockedValue(param)).toHaveValue(value);
      await expect(builder.lockedValue(param)).not.toBeEditable();
      await expect(builder.page.locator(`[name="${param}"]`)).toHaveCount(1);
      const id = await builder.lockedValue(param).getAttribute('id');
      await expect(builder.page.locator(`label[for="${id}"]`)).toHaveText(LABELS[param]);
    }
    await expect(builder.page.locator('[name="principal_choice"]')).toHaveCount(0);
    await expect(builder.field('bucket')).toBeEditable();
    await expect(builder.output('trust-policy')).toContainText('arn:aws:iam::406095609952:root');
  });

  test('embed=1 with locks gives the compact page, still accessible and usable', async ({ builder }) => {
    await builder.page.setViewportSize({ width: 600, height: 800 });
    await builder.open(`${LOGZIO.params}&embed=1&lock=vendor,account,external_id`);
    await expect(builder.page.locator('.app.embed')).toHaveCount(1);
    await expect(builder.lockedValue('vendor')).toHaveValue('Logz.io');
    await builder.typeInto('bucket', 'customer-bucket');
    await expect(builder.output('permissions-policy')).toContainText('arn:aws:s3:::customer-bucket');
    await expect
      .poll(() => builder.page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(600);
  });

  test('a malformed option value in the URL shows its field error, not a crash', async ({ builder }) => {
    await builder.open(`${LOGZIO.params.replace('access=read', 'access=everything')}&mode=admin`);
    await expect(builder.errorFor('mode')).toContainText("'admin' is not an option here");
    await expect(builder.errorFor('access')).toContainText("'everything' is not an option here");
    await expect(builder.field('mode')).toHaveValue('admin');
    await expect(builder.copyButton('permissions-policy')).toBeDisabled();
  });

  test('unknown params are ignored with a notice', async ({ builder }) => {
    await builder.open(`${LOGZIO.params}&bogus=1&colour=blue`);
    const notice = builder.notice('unknown-params');
    await expect(notice).toContainText("'bogus'");
    await expect(notice).toContainText("'colour'");
    expect(await builder.outputText('permissions-policy')).toBe(LOGZIO.outputs['permissions-policy']);
  });

  test('a link mangled into thousands of unknown params names ten, stops counting, and still works', async ({
    builder,
  }) => {
    const junk = Array.from({ length: 5_000 }, (_, i) => `junk${i}=1`).join('&');
    await builder.open(LOGZIO.params, junk);
    const notice = builder.notice('unknown-params');
    await expect(notice).toContainText("'junk9'");
    await expect(notice).not.toContainText("'junk10'");
    await expect(notice).toContainText('more than 1000 other parameters');
    expect(await builder.outputText('permissions-policy')).toBe(LOGZIO.outputs['permissions-policy']);
  });
});

test.describe('keyboard and layout', () => {
  test('keyboard only: Tab visits the fields in order, typing works, Enter copies', async ({ builder, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await builder.open(LOGZIO.params);
    const page = builder.page;
    const visited: string[] = [];
    for (let presses = 0; presses < 80; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement;
        return { name: e?.getAttribute('name'), copyFor: e?.getAttribute('data-copy-for') };
      });
      if (focused.copyFor === 'permissions-policy') break;
      if (focused.name && !visited.includes(focused.name)) {
        visited.push(focused.name);
        if (focused.name === 'bucket') {
          await page.keyboard.press('End');
          await page.keyboard.type('-2026');
        }
      }
    }
    // The language switch comes first; the Logz.io link sets nothing "More options" holds, so it
    // stays closed.
    expect(visited).toEqual(['lang', ...VISIBLE_ROLE_FIELDS]);
    await expect(page.locator('[data-copy-for="permissions-policy"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(builder.copyButton('permissions-policy')).toHaveAttribute('data-copied', 'true');
    const copied = await builder.clipboard();
    expect(copied).toContain('arn:aws:s3:::acme-elb-logs-2026/AWSLogs/elb/*');
    expect(copied).toBe(await builder.outputText('permissions-policy'));
  });

  test('from the Logz.io link, the trust policy is copied in under ten keyboard actions', async ({ builder, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await builder.open(LOGZIO.params);
    const page = builder.page;
    let actions = 0;
    const press = async (key: string) => {
      actions += 1;
      await page.keyboard.press(key);
    };
    await press('Tab');
    await expect(page.getByRole('button', { name: 'Skip to the result' })).toBeFocused();
    await press('Enter');
    await expect(builder.tab('console')).toBeFocused();
    while (actions < 9) {
      await press('Tab');
      if (await builder.copyButton('trust-policy').evaluate((button) => button === document.activeElement)) break;
    }
    await press('Enter');
    expect(actions).toBeLessThan(10);
    await expect(builder.copyButton('trust-policy')).toHaveAttribute('data-copied', 'true');
    await expect.poll(() => builder.clipboard()).toBe(LOGZIO.outputs['trust-policy']);
  });

  test('every button shows its words: none is an empty box', async ({ builder }) => {
    await builder.open(LOGZIO.params);
    await expect(builder.page.locator('button.copy-value').first()).toBeVisible();
    for (const how of ['console', 'bash', 'powershell', 'cloudformation', 'terraform']) {
      await builder.tab(how).click();
      const wordless = await builder.page.evaluate(() =>
        [...document.querySelectorAll('button')]
          .filter((button) => button.offsetParent !== null)
          .filter((button) => {
            const before = getComputedStyle(button, '::before').content;
            return !button.innerText.trim() && ['none', 'normal', '""'].includes(before);
          })
          .map((button) => button.outerHTML.slice(0, 160)),
      );
      expect(wordless, `in the ${how} tab`).toEqual([]);
    }
  });

  test('every field has a visible label, reachable as a person would', async ({ builder }) => {
    await builder.open();
    for (const param of ROLE_FIELDS) {
      await builder.reach(param);
      await expect(builder.field(param), `${param} labelled "${LABELS[param]}"`).toBeVisible();
    }
  });

  for (const name of ['seed-databend-role', 'seed-guance-user', 'hostile-inputs']) {
    test(`at 320 px wide the page does not scroll sideways (${name})`, async ({ builder }) => {
      await builder.page.setViewportSize({ width: 320, height: 720 });
      await builder.open(golden(name).params);
      await builder.reveal('cli-bash');
      // The script, or while errors stand the one panel that says what to fix.
      await expect(builder.page.locator('.calm, [data-output="cli-bash"]').filter({ visible: true })).toHaveCount(1);
      await expect
        .poll(() => builder.page.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(320);
    });
  }

  test('at 1440 px wide the form and the outputs sit side by side', async ({ builder }) => {
    await builder.page.setViewportSize({ width: 1440, height: 900 });
    await builder.open(LOGZIO.params);
    const form = await builder.form.boundingBox();
    const outputs = await builder.outputsRegion.boundingBox();
    expect(form && outputs).toBeTruthy();
    if (!form || !outputs) return;
    expect(outputs.x).toBeGreaterThanOrEqual(form.x + form.width);
    expect(outputs.y).toBeLessThan(form.y + form.height);
    expect(form.y).toBeLessThan(outputs.y + outputs.height);
  });
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('errors, warnings and outputs stay readable in the dark theme (axe after the test)', async ({ builder }) => {
    await builder.open(golden('hostile-inputs').params);
    await expect(builder.errorFor('bucket')).toBeVisible();
    await expect(builder.warningFor('account')).toBeVisible();
    expect(await builder.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await builder.typeInto('bucket', 'acme-logs');
    await expect(builder.errorFor('bucket')).toHaveCount(0);
  });
});

test("a known vendor's name alone fills its published account, and Datadog's site chooses its account", async ({ builder }) => {
  await builder.open('vendor=Logz.io&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs');
  await expect(builder.field('account')).toHaveValue('406095609952');
  await expect(builder.warningFor('account')).toContainText("Filled in Logz.io's published principal");
  await builder.typeInto('vendor', 'Datadog');
  await expect(builder.errorFor('site')).toContainText('Datadog has an AWS account per site');
  await expect(builder.field('account')).toHaveValue('');
  await builder.typeInto('site', 'AP1');
  await expect(builder.field('account')).toHaveValue('417141415827');
  await expect(builder.output('trust-policy')).toContainText('arn:aws:iam::417141415827:root');
});

test('a link naming Logz.io with another account warns on that account, locked or not', async ({ builder }) => {
  await builder.open('vendor=Logz.io&account=999999999999&external_id=gc-7f3a9e2b41d84c6e&bucket=acme-logs&lock=vendor,account');
  await expect(builder.warningFor('account')).toContainText('Logz.io publishes its principal as arn:aws:iam::406095609952:root');
});

test('a locked access=read is not widened through actions: no actions control, and actions in the link are ignored', async ({ builder }) => {
  await builder.open(`${LOGZIO.params}&actions=s3:PutObject,s3:DeleteObject&lock=vendor,account,access`);
  await expect(builder.notice('ignored-under-lock')).toContainText('actions was ignored');
  await expect(builder.page.locator('[name="actions"]')).toHaveCount(0);
  const policy = JSON.parse(await builder.outputText('permissions-policy'));
  const granted = policy.Statement.filter((s: { Effect: string }) => s.Effect === 'Allow').flatMap((s: { Action: string[] }) => s.Action);
  expect(granted).toContain('s3:GetObject');
  for (const write of ['s3:PutObject', 's3:DeleteObject']) expect(granted).not.toContain(write);
});
