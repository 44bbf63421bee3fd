// Issue 6, end to end: each output visible, copyable and downloadable under the contract's file
// name with exactly its text as the file's bytes, in role and user mode; every golden case
// (KMS, wildcard actions too) reproduced in the browser.
import { readFile } from 'node:fs/promises';

import { expect, test } from './fixtures';
import { type Builder, FILE_NAMES } from './pages/builder';
import { ALL_OUTPUTS, golden } from './support/golden';

/// Copies `name`, checks the clipboard holds exactly its text; downloads it if it has a file
/// name, checks the name and that the bytes are the text's UTF-8 (with a BOM for PowerShell).
async function copyAndDownload(builder: Builder, name: string, fileName: string | undefined): Promise<void> {
  const output = builder.output(name);
  await builder.reveal(name);
  await expect(output).toBeVisible();
  const text = await builder.outputText(name);
  expect(text.trim(), `${name} has text`).not.toBe('');

  // The button says what it copies, and "Copied" only once the clipboard holds it.
  await expect(builder.copyButton(name)).toHaveAccessibleName(/^Copy the \S|^Copy what/);
  await builder.copy(name);
  await expect(builder.copyButton(name)).toHaveAttribute('data-copied', 'true');
  await expect(builder.status).toHaveText(/^Copied (the |what ).+\.$/);
  await expect.poll(() => builder.clipboard(), { message: `clipboard after copying ${name}` }).toBe(text);

  if (!fileName) {
    await expect(builder.downloadButton(name), `${name} has no file to save`).toHaveCount(0);
    return;
  }
  await expect(builder.downloadButton(name)).toHaveAccessibleName(new RegExp(fileName.replace('.', '\\.')));
  const download = await builder.download(name);
  expect(download.suggestedFilename()).toBe(fileName);
  const path = await download.path();
  expect(path, `${fileName} was saved`).toBeTruthy();
  const bytes = await readFile(path);
  // PowerShell files start with a UTF-8 byte-order mark, so Windows PowerShell 5.1 reads them as UTF-8.
  const expected = fileName.endsWith('.ps1') ? '\uFEFF' + text : text;
  expect(bytes.equals(Buffer.from(expected, 'utf8')), `${fileName} bytes equal the ${name} text`).toBe(true);
  await expect(builder.status).toHaveText(`Saved ${fileName}.`);
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('role mode: every output is visible, copyable and downloadable under its contract name', async ({
  builder,
}) => {
  const seed = golden('seed-databend-role');
  await builder.open(seed.params);
  const shown = Object.keys(await builder.allOutputs());
  // Every output but two-step's step 2, which only a two_step link shows (flows.spec.ts).
  const oneStep = ALL_OUTPUTS.filter((name) => !name.startsWith('update-trust'));
  expect([...shown].sort()).toEqual([...oneStep, 'share-link'].sort());
  for (const name of shown) {
    await test.step(name, async () => {
      await copyAndDownload(builder, name, (FILE_NAMES.role as Record<string, string>)[name]);
    });
  }
});

test('user mode: no trust policy, and the scripts download as create-user.*', async ({ builder }) => {
  const seed = golden('seed-guance-user');
  await builder.open(seed.params);
  await expect(builder.output('trust-policy')).toHaveCount(0);
  await expect(builder.copyButton('trust-policy')).toHaveCount(0);
  await expect(builder.downloadButton('trust-policy')).toHaveCount(0);
  await expect(builder.output('role-arn')).toHaveCount(0);
  await expect(builder.field('user_name')).toHaveValue('guance-backup-user');
  await expect(builder.page.locator('[name="external_id"]')).toHaveCount(0);
  for (const name of Object.keys(await builder.allOutputs())) {
    await test.step(name, async () => {
      await copyAndDownload(builder, name, (FILE_NAMES.user as Record<string, string>)[name]);
    });
  }
  // The secret access key is created by the customer's own command, never by the page.
  await expect(builder.output('cli-bash')).toContainText(/aws( --region \S+)? iam create-access-key/);
  await expect(builder.output('cli-bash')).not.toContainText('AKIA');
  await expect(builder.output('handback')).toContainText("on the console's Retrieve access keys page or in its .csv file");
  await expect(builder.output('handback')).toContainText('A role with an external ID is the safer choice');
});

test('switching "What to create" to a user drops the trust policy and renames the scripts', async ({
  builder,
}) => {
  await builder.open(golden('seed-logzio-role').params);
  await builder.reveal('cli-bash');
  await expect(builder.downloadButton('cli-bash')).toHaveAccessibleName(/create-role.sh/);
  await builder.field('mode').selectOption('user');
  await expect(builder.output('trust-policy')).toHaveCount(0);
  await expect(builder.downloadButton('cli-bash')).toHaveAccessibleName(/create-user.sh/);
  await builder.reveal('cli-powershell');
  await expect(builder.downloadButton('cli-powershell')).toHaveAccessibleName(/create-user.ps1/);
  await expect(await builder.reach('user_name')).toBeVisible();
  const download = await builder.download('cli-bash');
  expect(download.suggestedFilename()).toBe('create-user.sh');
  await builder.field('mode').selectOption('role');
  await expect(builder.output('trust-policy')).toHaveCount(1);
  expect(await builder.outputText('trust-policy')).toBe(golden('seed-logzio-role').outputs['trust-policy']);
});

test.describe('every golden case reproduces in the browser', () => {
  for (const name of ['kms-deny-guard', 'wildcard-actions']) {
    test(name, async ({ builder }) => {
      const seed = golden(name);
      await builder.open(seed.params);
      for (const output of ALL_OUTPUTS) {
        if (output in seed.outputs) {
          expect(await builder.outputText(output), output).toBe(seed.outputs[output]);
        } else {
          await expect(builder.output(output)).toHaveCount(0);
        }
      }
    });
  }
});

test('the follow-up is filled in as plain text, with the role ARN and external ID', async ({ builder }) => {
  const seed = golden('seed-databend-role');
  await builder.open(seed.params);
  await expect(builder.output('followup')).toContainText("ROLE_ARN = 'arn:aws:iam::987654321987:role/databend-test'");
  await builder.typeInto('followup', '<b>{bucket}</b> {external_id}');
  await expect(builder.output('followup')).toHaveText('<b>test-bucket-123</b> my-external-id-123');
  await expect(builder.output('followup').locator('b')).toHaveCount(0);
});
