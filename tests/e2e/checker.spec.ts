// Issue 5, checker side: paste the policies printed in the seed documents (core/tests/lint/<case>/)
// into the policy checker, see each reviewed finding with its code and severity, the
// least-privilege fix, load the fix into the form and get outputs; malformed JSON gets a line,
// a column and a human sentence.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from './fixtures';
import { type Builder } from './pages/builder';
import { golden } from './support/golden';

const LINT = join(__dirname, '..', '..', 'core', 'tests', 'lint');

type LintCase = {
  name: string;
  policy: string;
  findings: { line: number; severity: string; code: string; message: string }[];
  fix?: string;
  fixParams?: string;
};

function lintCase(name: string): LintCase {
  const dir = join(LINT, name);
  const read = (file: string) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined);
  const findings = (read('findings.txt') ?? '')
    .split('\n')
    .filter((line) => line && line !== '(none)')
    .map((line) => {
      const match = /^line (\d+): (\S+) (\S+) at [^:]*(?::\S+)?: (.*)$/.exec(line);
      if (!match) throw new Error(`unreadable finding in ${name}: ${line}`);
      return { line: Number(match[1]), severity: match[2], code: match[3], message: match[4] };
    });
  return { name, policy: read('policy.json') ?? '', findings, fix: read('fix.json'), fixParams: read('fix-params')?.trim() };
}

/// The seed policies a customer would paste (the CLI's policy ARN case has no policy text). The
/// corpus of published policies beside them (each with a SOURCE file) is judged natively by
/// core/tests/lint.rs; the page shows findings the same way for all.
const CASES = readdirSync(LINT)
  .filter((name) => existsSync(join(LINT, name, 'policy.json')) && !existsSync(join(LINT, name, 'SOURCE')))
  .sort()
  .map(lintCase);

/// Pastes `text` into the checker the way a person does: clipboard, then Ctrl+V.
async function paste(builder: Builder, text: string): Promise<void> {
  await builder.page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await builder.checker.click();
  await builder.checker.press('ControlOrMeta+a');
  await builder.checker.press('ControlOrMeta+v');
  await expect(builder.checker).toHaveValue(text);
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('the checker is a labelled text box', async ({ builder }) => {
  await builder.open();
  await expect(builder.checker).toBeVisible();
  const id = await builder.checker.getAttribute('id');
  expect(id).toBeTruthy();
  await expect(builder.page.locator(`label[for="${id}"]`)).not.toHaveText(/^\s*$/);
});

test.describe('seed policies pasted into the checker', () => {
  for (const seed of CASES) {
    test(seed.name, async ({ builder }) => {
      expect(seed.findings.length, 'every seed policy has something to say').toBeGreaterThan(0);
      await builder.open();
      await paste(builder, seed.policy);
      await expect(builder.findings).toHaveCount(seed.findings.length);
      for (const finding of seed.findings) {
        const shown = builder.page.locator(
          `[data-finding="${finding.code}"][data-severity="${finding.severity}"]`,
        );
        await expect(shown.filter({ hasText: finding.message }).first()).toBeVisible();
        await expect(shown.filter({ hasText: new RegExp(`\\b[Ll]ine ${finding.line}\\b`) }).first()).toBeVisible();
      }
      if (seed.fix) {
        expect(await builder.checkFix.evaluate((e) => e.textContent)).toBe(seed.fix);
        await expect(builder.loadIntoForm).toBeEnabled();
        await builder.copy('check-fix');
        await expect(builder.copyButton('check-fix')).toHaveAttribute('data-copied', 'true');
        await expect.poll(() => builder.clipboard()).toBe(seed.fix);
      } else if (seed.fixParams) {
        // Placeholders left the fix incomplete: nothing to copy, but what there is can be loaded.
        await expect(builder.checkFix).toHaveCount(0);
        await expect(builder.loadIntoForm).toBeEnabled();
      } else {
        await expect(builder.loadIntoForm).toHaveCount(0);
      }
    });
  }
});

test('the proposed fix loads into the form, fills its fields and generates the outputs', async ({ builder }) => {
  const seed = lintCase('databend-permissions');
  const databend = golden('seed-databend-role');
  // A customer who already entered the vendor's account and external ID checks the vendor's policy.
  await builder.open(databend.params);
  await paste(builder, seed.policy);
  await expect(builder.checkFix).toContainText('"s3:DeleteObject"');
  await builder.loadIntoForm.click();

  const params = new URLSearchParams(seed.fixParams);
  for (const [param, value] of params) {
    await expect(builder.field(param)).toHaveValue(value);
  }
  await expect(builder.page.locator('[data-error-for]')).toHaveCount(0);
  expect(await builder.outputText('permissions-policy')).toBe(seed.fix);
  await expect(builder.output('trust-policy')).toContainText('"sts:ExternalId": "my-external-id-123"');
  await expect(builder.output('cli-bash')).toContainText('test-bucket-123');
  for (const button of await builder.page.locator('[data-copy-for], [data-download-for]').all()) {
    await expect(button).toBeEnabled();
  }
});

test('between an edit and its report, the fix still in view is not the one loaded', async ({ builder }) => {
  const seed = lintCase('databend-permissions');
  await builder.open(golden('seed-databend-role').params.replace('test-bucket-123', 'form-bucket'));
  await paste(builder, seed.policy);
  await expect(builder.checkFix).toContainText('arn:aws:s3:::test-bucket-123');
  const edited = seed.policy.replaceAll('test-bucket-123', 'edited-bucket');
  // The edit and the click in one task: the worker's report on the new text can't have come yet.
  await builder.page.evaluate((text) => {
    const box = document.querySelector('textarea[name="check"]') as HTMLTextAreaElement;
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    (document.querySelector('[data-action="load-into-form"]') as HTMLButtonElement).click();
  }, edited);
  await expect(builder.checkFix).toContainText('arn:aws:s3:::edited-bucket');
  await expect(builder.field('bucket')).toHaveValue('form-bucket');
  await builder.loadIntoForm.click();
  await expect(builder.field('bucket')).toHaveValue('edited-bucket');
});

test('malformed JSON gets its line and column in a plain sentence', async ({ builder }) => {
  await builder.open();
  await paste(builder, '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow" "Action": "s3:GetObject" }\n  ]\n}');
  const finding = builder.finding('json-syntax-error');
  await expect(finding).toHaveCount(1);
  await expect(finding).toHaveAttribute('data-severity', 'error');
  await expect(finding).toContainText('This is not valid JSON: at line 4, column 25');
  // Not serde's own wording.
  await expect(finding).not.toContainText('expected `,`');
  await expect(builder.checkFix).toHaveCount(0);
});

test("XMode's console trust policy with its curly quotes gets the exact line and column", async ({ builder }) => {
  const seed = lintCase('xmode-console-trust');
  await builder.open();
  await paste(builder, seed.policy);
  await expect(builder.finding('json-syntax-error')).toContainText(seed.findings[0].message);
});

test('loading a fix leaves the fields the vendor locked as they were', async ({ builder }) => {
  const seed = lintCase('databend-permissions');
  await builder.open(`${golden('seed-databend-role').params.replace('test-bucket-123', 'vendor-fixed-bucket')}&lock=bucket`);
  await paste(builder, seed.policy);
  await builder.loadIntoForm.click();
  await expect(builder.status).toHaveText('Loaded the policy\'s values into the form.');
  await expect(builder.lockedValue('bucket')).toHaveValue('vendor-fixed-bucket');
  await expect(await builder.reach('actions')).toHaveValue(new URLSearchParams(seed.fixParams).get('actions') ?? '');
  await expect(builder.output('permissions-policy')).toContainText('arn:aws:s3:::vendor-fixed-bucket/*');
});

test('at 320 px wide the checker and its findings do not scroll the page sideways', async ({ builder }) => {
  await builder.page.setViewportSize({ width: 320, height: 720 });
  await builder.open();
  await paste(builder, lintCase('xmode-cli-permissions').policy);
  await expect(builder.findings.first()).toBeVisible();
  await expect
    .poll(() => builder.page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(320);
});
