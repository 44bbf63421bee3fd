// Issue 5, field side: each kind of field error appears on its field as it is typed, is
// announced (inside an aria-live region), is linked from the field (aria-describedby,
// aria-invalid) and blocks every output; copy-paste hazards and key-shaped values included.
import { expect, test } from './fixtures';
import { type Builder } from './pages/builder';
import { golden } from './support/golden';

/// A page that produces outputs; each row below breaks one field of it.
const ACCOUNT_FORM = golden('seed-logzio-role').params;
const PRINCIPAL_FORM =
  'principal=arn:aws:iam::588271335135:user/guance-s3-bakcuplog&external_id=gc-7f3a9e2b41d84c6e&bucket=guance-backup-logs';

type Row = { param: string; typed: string; message: string; start?: string };

const ROWS: Row[] = [
  { param: 'account', typed: '40609560995', message: 'An AWS account ID has exactly 12 digits; this one has 11.' },
  { param: 'account', typed: '4060956099521', message: 'this one has 13' },
  { param: 'account', typed: '40609560995x', message: "An AWS account ID is 12 digits; remove 'x'." },
  { param: 'user', typed: 'data transfer', message: "IAM names can't contain ' '" },
  { param: 'external_id', typed: 'x', message: 'AWS accepts external IDs of 2 to 1224 characters; this one has 1.' },
  { param: 'external_id', typed: 'logzio 4f9c2a7e', message: "External IDs can't contain ' '" },
  { param: 'external_id', typed: '<external id>', message: 'placeholder from the documentation' },
  { param: 'bucket', typed: 'ab', message: 'Bucket names are 3 to 63 characters long; this one has 2.' },
  { param: 'bucket', typed: 'Acme-Logs', message: "Bucket names can't contain 'A'" },
  { param: 'bucket', typed: 'acme..logs', message: "Bucket names can't have two periods in a row" },
  { param: 'bucket', typed: '192.168.5.4', message: "Bucket names can't look like an IP address" },
  { param: 'bucket', typed: 'xn--acme-logs', message: "Bucket names can't start with 'xn--'" },
  { param: 'bucket', typed: 'acme-logs-s3alias', message: "Bucket names can't end with '-s3alias'" },
  { param: 'bucket', typed: '“acme-logs”', message: 'curly quote' },
  { param: 'bucket', typed: 'AKIAIOSFODNN7EXAMPLE', message: 'access key ID' },
  { param: 'prefix', typed: 'logs/*', message: "A prefix can't contain '*'" },
  { param: 'prefix', typed: 'logs//2026', message: "The prefix has an empty folder ('//')" },
  { param: 'actions', typed: 's3:ListObject', message: "'s3:ListObject' is not an S3 action; did you mean 's3:ListBucket'?" },
  { param: 'kms_key', typed: 'my-key', message: 'This is not a KMS key ARN' },
  { param: 'kms_key', typed: 'arn:aws:kms:us-east-1:210987654321:alias/logs', message: 'through its alias' },
  { param: 'customer_account', typed: '2109876543', message: 'this one has 10' },
  { param: 'role_name', typed: 'logzio role', message: "IAM names can't contain ' '" },
  { param: 'policy_name', typed: 'logzio/policy', message: "IAM names can't contain '/'" },
  { param: 'principal', typed: 'arn:aws:iam::588271335135:group/ops', start: PRINCIPAL_FORM, message: "A trust policy can't name" },
  { param: 'principal', typed: 'guance-s3-user', start: PRINCIPAL_FORM, message: 'This is not an IAM principal ARN' },
  {
    param: 'principal',
    typed: 'arn:aws-cn:iam::588271335135:user/guance',
    start: PRINCIPAL_FORM,
    message: "This ARN is in partition aws-cn but you chose aws; access can't be delegated across partitions",
  },
];

/// Checks the error on `param` is shown, announced and linked, and that it blocks every output.
async function expectBlockingError(builder: Builder, param: string, message: string): Promise<void> {
  const error = builder.errorFor(param);
  await expect(error).toBeVisible();
  await expect(error).toContainText(message);
  const field = builder.field(param);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const id = await error.getAttribute('id');
  expect(id, 'the error has an id to be described by').toBeTruthy();
  await expect(field).toHaveAttribute('aria-describedby', new RegExp(`(^|\\s)${id}(\\s|$)`));
  expect(await error.evaluate((e) => e.closest('[aria-live]')?.getAttribute('aria-live'))).toMatch(/polite|assertive/);
  for (const [name, text] of Object.entries(await builder.allOutputs())) {
    if (name === 'share-link') continue;
    expect(text, `${name} is blocked`).not.toContain('2012-10-17');
    expect(text, `${name} says what to fix`).toContain('Nothing to copy yet');
    await expect(builder.copyButton(name)).toBeDisabled();
  }
}

test.describe('each kind of field error, typed', () => {
  for (const row of ROWS) {
    test(`${row.param} = ${JSON.stringify(row.typed)}`, async ({ builder }) => {
      await builder.open(row.start ?? ACCOUNT_FORM);
      await expect(builder.output('permissions-policy')).toContainText('2012-10-17');
      await builder.typeInto(row.param, row.typed);
      await expect(builder.field(row.param)).toHaveValue(row.typed);
      await expectBlockingError(builder, row.param, row.message);
    });
  }
});

test('the hostile-inputs case shows every finding of its golden list where it belongs', async ({ builder }) => {
  const hostile = golden('hostile-inputs');
  await builder.open(hostile.params);
  expect(hostile.findings.length).toBeGreaterThan(5);
  for (const finding of hostile.findings) {
    await test.step(`${finding.severity} ${finding.at} ${finding.code}`, async () => {
      if (finding.at === 'url') {
        await expect(builder.notice('unknown-params')).toContainText(finding.message);
      } else if (finding.severity === 'error') {
        await expectBlockingError(builder, finding.at, finding.message);
      } else {
        await expect(builder.warningFor(finding.at)).toContainText(finding.message);
      }
    });
  }
  // What came in the URL stays in the fields exactly, however wrong.
  const params = new URLSearchParams(hostile.params);
  for (const param of ['account', 'user', 'external_id', 'bucket', 'prefix', 'actions']) {
    await expect(builder.field(param)).toHaveValue(params.get(param) ?? '');
  }
});

test('a required field left empty says so at once, and is marked invalid once the user has been in it', async ({
  builder,
}) => {
  await builder.open('account=406095609952&external_id=logzio-4f9c2a7e-acme');
  await expect(builder.errorFor('bucket')).toHaveText('Enter the bucket name.');
  await expect(builder.field('bucket')).not.toHaveAttribute('aria-invalid');
  await expect(builder.output('permissions-policy')).toContainText('Enter');
  await builder.typeInto('bucket', 'a');
  await builder.field('bucket').press('Backspace');
  await expect(builder.errorFor('bucket')).toContainText('Enter');
  await expect(builder.field('bucket')).toHaveAttribute('aria-invalid', 'true');
});

test('an access key typed into a field is kept out of the share link', async ({ builder }) => {
  await builder.open(ACCOUNT_FORM);
  await builder.typeInto('external_id', 'AKIAIOSFODNN7EXAMPLE');
  await expect(builder.errorFor('external_id')).toContainText('rotate');
  await expect(builder.output('share-link')).not.toContainText('AKIA');
});

test('a megabyte pasted into a field gets one error, stays in the field, and stays out of the share link', async ({
  builder,
  page,
}) => {
  await builder.open(ACCOUNT_FORM);
  const field = await builder.reach('bucket');
  await field.click();
  await field.press('ControlOrMeta+a');
  // A paste over the value, as the clipboard delivers it: one input event with the whole text.
  await page.keyboard.insertText('x'.repeat(1_000_000));
  await expect(builder.errorFor('bucket')).toContainText('This is 1,000,000 characters long');
  await expect(builder.errorFor('bucket')).toContainText('share link leaves it out');
  expect(await field.evaluate((input) => (input as HTMLInputElement).value.length)).toBe(1_000_000);
  expect((await builder.outputText('share-link')).length).toBeLessThan(1_000);
  // The page keeps working: the value typed over, the outputs come back.
  await builder.typeInto('bucket', 'acme-exports');
  await expect(builder.output('permissions-policy')).toContainText('arn:aws:s3:::acme-exports');
});
