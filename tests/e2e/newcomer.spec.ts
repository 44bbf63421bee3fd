// Issue 20, what a newcomer tripped on, at 375 and 1280 px as the two users would meet it: the
// locked card shows every value whole, in words; the kit's preview follows the kit; the embed frame
// fits its content exactly, growing and shrinking; an address AWS gives for a bucket is offered as
// its name; the empty page is one calm panel. Each state is saved as a screenshot in test-results/.
import { expect, test } from './fixtures';
import { type Builder } from './pages/builder';

const GUANCE =
  'vendor=Guance&partition=aws-cn&principal=arn:aws-cn:iam::588271335135:user/guance-s3-bakcuplog&external_id=gc-7f3a9e2b41d84c6e&access=read-write&lock=vendor,partition,principal,external_id,access';
const XMODE =
  'vendor=XMode&account=366810793500&user=xmode-data-transfer&access=read-write-delete&acl=bucket-owner-full-control&deny_outside_bucket=true&lock=vendor,account,user,access,acl,deny_outside_bucket';
const LOGZIO_KIT = 'view=vendor&vendor=Logz.io&account=406095609952&access=read&lock=vendor,account,access';

async function shot(builder: Builder, name: string): Promise<void> {
  await builder.page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

for (const width of [375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('the locked card shows every value whole, choices in words, warnings at full width', async ({ builder }) => {
      for (const [name, link] of [['guance', GUANCE], ['xmode', XMODE]]) {
        await builder.open('', link);
        const values = builder.page.locator('section.locked .locked-value');
        expect(await values.count()).toBeGreaterThan(3);
        const clipped = await values.evaluateAll((elements) =>
          elements
            .filter((e) => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight + 1)
            .map((e) => e.getAttribute('name')),
        );
        expect(clipped, `${name}: values cut off`).toEqual([]);
        await shot(builder, `locked-${name}-${width}`);
      }
      // XMode's card: the human labels, and the Deny guard's warning as wide as the card.
      await expect(builder.lockedValue('access')).toHaveText('Read, write and delete');
      await expect(builder.lockedValue('access')).toHaveValue('read-write-delete');
      await expect(builder.lockedValue('deny_outside_bucket')).toHaveText('Yes');
      const card = await builder.page.locator('section.locked dl').boundingBox();
      const warning = await builder.warningFor('deny_outside_bucket').boundingBox();
      expect(warning!.width).toBeGreaterThan(card!.width * 0.95);
      // It names the KMS key field, so "More options", which holds it, stands open.
      await expect(builder.field('kms_key')).toBeVisible();
    });

    test('the empty page is one calm panel, not a card per output', async ({ builder }) => {
      await builder.open();
      await expect(builder.page.locator('.calm')).toHaveCount(1);
      await expect(builder.page.locator('.calm')).toContainText('Enter the bucket name.');
      // The outputs stay in the page, saying what to fix, but are not drawn.
      await expect(builder.output('trust-policy')).toContainText('Nothing to copy yet');
      await expect(builder.output('trust-policy')).toBeHidden();
      await expect(builder.outputsRegion.locator('section.output:visible')).toHaveCount(1); // the share link
      await shot(builder, `empty-${width}`);
    });

    test('an address AWS gives for the bucket is offered as its name, with one click', async ({ builder }) => {
      await builder.open('account=406095609952&external_id=logzio-4f9c2a7e-acme');
      for (const address of ['s3://acme-app-logs/', 'https://acme-app-logs.s3.amazonaws.com/']) {
        await builder.typeInto('bucket', address);
        await expect(builder.errorFor('bucket')).toContainText("This is the bucket's address; the field takes its name alone: acme-app-logs.");
        const offer = builder.page.getByRole('button', { name: 'Use acme-app-logs?' });
        await expect(offer).toBeVisible();
        // Never rewritten without the click.
        await expect(builder.field('bucket')).toHaveValue(address);
        if (address.startsWith('s3://')) await shot(builder, `bucket-uri-${width}`);
      }
      await builder.page.getByRole('button', { name: 'Use acme-app-logs?' }).click();
      await expect(builder.field('bucket')).toHaveValue('acme-app-logs');
      await expect(builder.field('bucket')).toBeFocused();
      await expect(builder.errorFor('bucket')).toHaveCount(0);
      await builder.typeInto('bucket', 'acme logs');
      await expect(builder.errorFor('bucket')).toContainText("Bucket names can't contain spaces");
    });
  });
}

test('the kit reads top-down, and its preview follows what the vendor types', async ({ builder }) => {
  await builder.open(LOGZIO_KIT);
  const frame = builder.page.frameLocator('iframe.preview');
  await expect(frame.locator('section.locked [name="vendor"]')).toHaveValue('Logz.io');
  // The snippet for the chosen platform first, the others in the page but not drawn.
  await expect(builder.output('embed-link')).toBeVisible();
  await expect(builder.output('embed-mdx')).toBeHidden();
  await builder.page.getByLabel('Your docs platform').selectOption('embed-mdx');
  await expect(builder.output('embed-mdx')).toBeVisible();
  await expect(builder.output('embed-link')).toBeHidden();
  // Lock boxes only where a lock does something; no docs site is a warning.
  await expect(builder.page.getByLabel('Lock “Vendor name”')).toBeVisible();
  await expect(builder.page.getByLabel('Lock “Theme”')).toHaveCount(0);
  await expect(builder.notice('no-docs-sites')).toBeVisible();

  await builder.page.getByLabel('Vendor name', { exact: true }).fill('Acme Analytics');
  await expect(frame.locator('section.locked [name="vendor"]')).toHaveValue('Acme Analytics');
  await builder.page.getByLabel('Access', { exact: true }).selectOption('write');
  await expect(frame.locator('section.locked [name="access"]')).toHaveText('Write: upload only');
  await shot(builder, 'kit-1280');
});

test('the embed frame is sized to its last height message without a scrollbar, and shrinks with its content', async ({
  builder,
  network,
  baseURL,
  context,
}) => {
  const docsOrigin = new URL(baseURL ?? '').origin.replace('127.0.0.1', 'localhost');
  network.allow(docsOrigin);
  await builder.open(LOGZIO_KIT);
  await builder.page.getByLabel('Your docs sites').fill(docsOrigin);
  const snippet = await builder.outputText('embed-iframe');
  const docs = await context.newPage();
  await docs.route(`${docsOrigin}/docs.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><title>Docs</title></head><body>${snippet}</body></html>` }),
  );
  network.loading(docs);
  await docs.goto(`${docsOrigin}/docs.html`);
  const inFrame = docs.frameLocator('#rolesmith-frame');
  await expect(inFrame.locator('[data-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
  network.loaded(docs);
  const frame = await (await docs.locator('#rolesmith-frame').elementHandle())!.contentFrame();
  const element = docs.locator('#rolesmith-frame');
  const height = async () => parseFloat(await element.evaluate((e) => (e as HTMLIFrameElement).style.height));
  // Scrolling inside the frame: how far its document reaches past the frame's own height.
  const overflow = () => frame!.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);

  await expect.poll(overflow, { message: 'the empty builder fits' }).toBeLessThanOrEqual(0);
  const empty = await height();
  expect(empty, 'the empty embedded builder is short').toBeLessThan(1800);

  await inFrame.getByLabel('External ID').fill('logzio-4f9c2a7e-acme');
  await inFrame.getByLabel('Bucket name').fill('acme-elb-logs');
  await expect.poll(height, { message: 'the outputs make it taller' }).toBeGreaterThan(empty + 200);
  await expect.poll(overflow, { message: 'the filled builder fits' }).toBeLessThanOrEqual(0);
  await docs.screenshot({ path: test.info().outputPath('embed-filled.png'), fullPage: true });

  await inFrame.getByLabel('Bucket name').fill('');
  await expect.poll(height, { message: 'and shorter again when they go' }).toBeLessThan(empty + 50);
  await expect.poll(overflow, { message: 'the shrunk builder fits' }).toBeLessThanOrEqual(0);
});

test('the hand-back asks for the account rather than show a placeholder, and wraps every line', async ({ builder }) => {
  await builder.page.setViewportSize({ width: 375, height: 900 });
  await builder.open('', `${GUANCE}&bucket=guance-backup-logs`);
  const handback = builder.output('handback');
  await expect(handback).not.toContainText('<');
  await expect(handback).not.toContainText('Role ARN');
  await builder.typeInto('customer_account', '210987654321');
  await expect(handback).toContainText('Role ARN: arn:aws-cn:iam::210987654321:role/guance-s3-access');
  expect(await handback.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  await shot(builder, 'handback-375');
});

test('user mode on the console tab speaks console, and a box the vendor filled entirely is not drawn', async ({ builder }) => {
  await builder.open('', 'vendor=Guance&mode=user&partition=aws-cn&bucket=guance-backup-logs&lock=vendor,mode,partition');
  await expect(builder.output('console-steps')).toContainText('on Retrieve access keys: copy it there or choose Download .csv file');
  await expect(builder.output('console-steps')).not.toContainText('terminal');
  await expect(builder.output('handback')).toContainText('.csv file');
  await expect(builder.form.locator('legend', { hasText: 'The vendor' })).toHaveCount(0);
  await shot(builder, 'user-console-1280');
});

test('the CloudFormation tab walks through the console and gives the deploy command its own copy button', async ({
  builder,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await builder.open('vendor=Logz.io&account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-elb-logs');
  await builder.tab('cloudformation').click();
  const panel = builder.page.locator('#panel-cloudformation');
  await expect(panel).toContainText('Upload a template file');
  await expect(panel).toContainText('I acknowledge that AWS CloudFormation might create IAM resources with custom names');
  await expect(panel).toContainText('Outputs tab: RoleArn');
  await panel.getByRole('button', { name: 'Copy the deploy command' }).click();
  await expect.poll(() => builder.clipboard()).toMatch(/^aws cloudformation deploy --template-file template\.yaml --stack-name logz-io-s3-access --capabilities CAPABILITY_NAMED_IAM$/);
  await shot(builder, 'cloudformation-1280');
});

test('console steps tie the custom trust policy to the path vendors describe', async ({ builder }) => {
  await builder.open('account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-elb-logs');
  await expect(builder.output('console-steps')).toContainText('that path gives the same trust as this policy');
  await builder.open('', `${XMODE}&external_id=AcmeCorp-XMode-2026&bucket=acme-xmode-delivery`);
  await expect(builder.output('console-steps')).toContainText("that path trusts the vendor's whole account");
});

test('small things: the checker heading is no larger than the title, copy buttons say what they copy, one main button per step', async ({
  builder,
}) => {
  await builder.open('vendor=Logz.io&account=406095609952&external_id=logzio-4f9c2a7e-acme&bucket=acme-elb-logs');
  const size = (selector: string) => builder.page.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(await size('#checker-heading')).toBeLessThanOrEqual(await size('h1'));
  await expect(builder.copyButton('handback')).toHaveAccessibleName('Copy what to send the vendor');
  await builder.tab('bash').click();
  await expect(builder.copyButton('cli-bash')).toHaveAccessibleName('Copy the bash commands');
  for (const panel of ['#panel-bash', '.result']) {
    expect(await builder.page.locator(`${panel} button.primary:visible`).count(), panel).toBeGreaterThan(0);
  }
  await expect(builder.page.locator('#panel-bash button.primary:visible')).toHaveCount(1);
});
