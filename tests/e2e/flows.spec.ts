// Issue 21, vendor flows beyond one trusted principal, used as a customer would: Databricks Unity
// Catalog's self-assuming role from its README link, and vendors that refuse dotted bucket names.
import { expect, test } from './fixtures';

const DATABRICKS = 'vendor=Databricks&access=read-write-delete&self_assume=true&lock=vendor,access,self_assume';

test('a self-assuming role asks for the account, then trusts and may assume exactly itself', async ({ builder }) => {
  await builder.open('', DATABRICKS);
  await expect(builder.lockedValue('self_assume')).toHaveText('Yes');
  await builder.typeInto('external_id', '4a2f5d6e-8b1c-4c3d-9e0f-1a2b3c4d5e6f');
  await builder.typeInto('bucket', 'acme-unity-catalog');
  await expect(builder.output('trust-policy')).toContainText('Nothing to copy yet');
  await expect(builder.output('trust-policy')).toContainText('Enter your AWS account ID.');
  await builder.typeInto('customer_account', '210987654321');
  const own = 'arn:aws:iam::210987654321:role/databricks-s3-access';
  const trust = JSON.parse(await builder.outputText('trust-policy'));
  expect(trust.Statement).toHaveLength(2);
  expect(trust.Statement[0].Principal.AWS).toBe('arn:aws:iam::414351767826:role/unity-catalog-prod-UCMasterRole-14S5ZJVKOTYTL');
  expect(trust.Statement[1].Principal.AWS).toBe('arn:aws:iam::210987654321:root');
  expect(trust.Statement[1].Condition.ArnEquals['aws:PrincipalArn']).toBe(own);
  expect(trust.Statement[1].Condition.StringEquals['sts:ExternalId']).toBe('4a2f5d6e-8b1c-4c3d-9e0f-1a2b3c4d5e6f');
  const permissions = JSON.parse(await builder.outputText('permissions-policy'));
  const assume = permissions.Statement.find((s: { Sid: string }) => s.Sid === 'AssumeThisRoleItself');
  expect(assume.Resource).toEqual([own]);
  await expect(builder.output('console-steps')).toContainText('lets the role assume itself');
  for (const name of ['cli-bash', 'cloudformation', 'terraform']) {
    await expect(builder.output(name)).toContainText('databricks-s3-access');
  }
});

test('a dotted bucket under Snowflake or Databricks gets a warning naming the vendor', async ({ builder }) => {
  await builder.open('vendor=Snowflake&principal=arn:aws:iam::210987654321:user/sf-integration&external_id=gc-7f3a9e2b41d84c6e&bucket=my.data');
  await expect(builder.warningFor('bucket')).toContainText('Snowflake refuses bucket names with dots');
  await expect(builder.output('trust-policy')).toContainText('2012-10-17');
});

test('several buckets or folders: each entry named in its error, duplicates merged, each place granted', async ({ builder }) => {
  await builder.open('vendor=Datadog&site=US1&external_id=9f4b2c1e7a3d4e5f8a6b0c2d1e3f4a5b&bucket=acme-dd-archives&access=read-write');
  await builder.typeInto('locations', 'acme-dd-archives-eu/logs\nBad_Bucket/x\nacme-dd-archives/old');
  await expect(builder.errorFor('locations')).toContainText("'Bad_Bucket/x': Bucket names can't contain 'B'");
  await expect(builder.warningFor('locations')).toContainText("'acme-dd-archives/old' is already granted by 'acme-dd-archives', so it is used once.");
  // Nothing typed is lost.
  await expect(builder.field('locations')).toHaveValue('acme-dd-archives-eu/logs\nBad_Bucket/x\nacme-dd-archives/old');
  await builder.typeInto('locations', 'acme-dd-archives-eu/logs, acme-dd-archives-eu/audit');
  await expect(builder.errorFor('locations')).toHaveCount(0);
  const permissions = JSON.parse(await builder.outputText('permissions-policy'));
  const objects = permissions.Statement.find((s: { Sid: string }) => s.Sid === 'ObjectLevel');
  expect(objects.Resource).toEqual([
    'arn:aws:s3:::acme-dd-archives/*',
    'arn:aws:s3:::acme-dd-archives-eu/logs/*',
    'arn:aws:s3:::acme-dd-archives-eu/audit/*',
  ]);
  const listing = permissions.Statement.find((s: { Sid: string }) => s.Sid === 'ListPrefix');
  expect(listing.Resource).toEqual(['arn:aws:s3:::acme-dd-archives-eu']);
  await expect(builder.output('handback')).toContainText('Buckets: s3://acme-dd-archives/, s3://acme-dd-archives-eu/logs/, s3://acme-dd-archives-eu/audit/');
});

test('while the vendor locks the bucket, more locations are not offered unless it set them', async ({ builder }) => {
  await builder.open('', 'bucket=vendor-drop&lock=bucket&account=366810793500&external_id=gc-7f3a9e2b41d84c6e');
  await builder.page.locator('details.more summary').click();
  await expect(builder.page.locator('[name="locations"]')).toHaveCount(0);
  await builder.open('', 'bucket=vendor-drop&locations=vendor-drop-eu&lock=bucket,locations&account=366810793500&external_id=gc-7f3a9e2b41d84c6e');
  await expect(builder.lockedValue('locations')).toHaveValue('vendor-drop-eu');
});

test('two-step trust: the role first with a placeholder, then the vendor\'s trust and the commands that put it in place', async ({ builder }) => {
  await builder.open('', 'vendor=Snowflake&two_step=true&access=read-write&lock=vendor,two_step,access');
  await builder.typeInto('bucket', 'acme-snowflake-stage');
  await builder.typeInto('customer_account', '210987654321');
  await builder.tab('bash').click();
  const script = await builder.outputText('cli-bash');
  expect(script).toContain('"aws:PrincipalArn": "arn:aws:iam::210987654321:role/snowflake-s3-access"');
  expect(script).not.toContain('ExternalId');
  await expect(builder.output('update-trust')).toBeHidden();
  await expect(builder.output('console-steps')).toContainText("Once Snowflake has the role ARN it shows its principal and external ID");
  await expect(builder.output('handback')).toContainText('Role ARN: arn:aws:iam::210987654321:role/snowflake-s3-access');

  await builder.typeInto('principal', 'arn:aws:iam::519876543210:user/k7m2-s-v2st9a41');
  await builder.typeInto('external_id', 'ACME_SFCRole=2_a7f3c9d2e1b84/s0aBCDEfGHIJklmNoPq=');
  const trust = await builder.outputText('trust-policy');
  expect(JSON.parse(trust).Statement[0].Principal.AWS).toBe('arn:aws:iam::519876543210:user/k7m2-s-v2st9a41');
  await expect(builder.output('update-trust')).toBeVisible();
  const step2 = await builder.outputText('update-trust');
  expect(step2).toContain(trust);
  expect(step2).toContain('aws iam update-assume-role-policy --role-name snowflake-s3-access --policy-document file://trust.json');
  expect(await builder.outputText('cli-bash')).toBe(script);
  await expect(builder.output('console-steps')).toContainText('Edit trust policy');
});
