// Issue 22, the interface in Simplified Chinese: a Chinese-speaking administrator completes the
// Guance flow (AWS China) entirely in Chinese. Documents, scripts and templates are the same bytes
// in both languages; only the prose for a person (console steps, the hand-back) and the share link
// (which carries `lang`) differ. axe checks every page after each test (fixtures.ts).
import { expect, test } from './fixtures';
import { type Builder } from './pages/builder';

const GUANCE =
  'vendor=Guance&partition=aws-cn&principal=arn:aws-cn:iam::588271335135:user/guance-s3-bakcuplog&external_id=gc-7f3a9e2b41d84c6e&access=read-write&lock=vendor,partition,principal,external_id,access';
const CHINESE = /[\u4e00-\u9fff]/;
/// Prose for a person, which follows the language; every other output is code.
const PROSE = ['console-steps', 'handback', 'share-link'];

async function shot(builder: Builder, name: string): Promise<void> {
  await builder.page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/// Words that are the same in every language: products, formats, the vendors in these tests.
const NAMES = ['CloudFormation', 'Terraform', 'PowerShell', 'CloudShell', 'English', 'JSON', 'Guance', 'XMode', 'ARN'];

/// English in `text`: two English words in a row, or one English word that is no name. Values
/// (ARNs, bucket names, IDs) have no spaces between words, so they pass.
function english(text: string): boolean {
  // Inside Chinese, an English phrase of three words.
  if (CHINESE.test(text)) return /[A-Za-z]{2,} [a-z]{2,} [a-z]{2,}/.test(text);
  const foreign = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !NAMES.includes(word));
  return foreign.length > 0 && (/^[A-Za-z]+$/.test(text) || /[A-Za-z]{2,} [A-Za-z]{2,}/.test(text));
}

/// The visible text of every label, button, heading, tab, summary and message, and every
/// aria-label, placeholder and title: each is Chinese, or a name or value the same in every
/// language. Documents and commands (`[data-output]`, `pre`, `code`) are the same bytes in every
/// language and are left out.
async function englishLeftOver(builder: Builder): Promise<string[]> {
  const texts = await builder.page
    .locator('label, button, h1, h2, h3, h4, summary, legend, option, [role="tab"], [data-error-for], [data-warning-for], [data-notice], p, li, dt, dd')
    .evaluateAll((elements) =>
      elements
        .filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('[data-output], pre, code'))
        .map((e) => (e as HTMLElement).innerText.trim()),
    );
  const attributes = await builder.page
    .locator('[aria-label], [placeholder], [title]')
    .evaluateAll((elements) =>
      elements
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .flatMap((e) => ['aria-label', 'placeholder', 'title'].map((name) => e.getAttribute(name) ?? '')),
    );
  return [...new Set([...texts, ...attributes].filter((text) => text.length > 0 && english(text)))];
}

test('lang=zh-CN on the Guance link: Chinese labels, a Chinese error, the same documents and commands', async ({ builder }) => {
  await builder.open('', `${GUANCE}&lang=zh-CN&bucket=Guance_Backup`);
  await expect(builder.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(builder.page).toHaveTitle(/存储桶/);
  await expect(builder.page.locator('label[for]').filter({ has: builder.page.locator('text=存储桶') }).first()).toBeVisible();
  await expect(builder.errorFor('bucket')).toContainText(CHINESE);
  await expect(builder.errorFor('bucket')).toContainText("'G'");

  await builder.page.locator('[name="bucket"]').fill('guance-backup-logs');
  await expect(builder.errorFor('bucket')).toHaveCount(0);
  const chinese = await builder.allOutputs();
  await builder.open('', `${GUANCE}&lang=en&bucket=guance-backup-logs`);
  const english = await builder.allOutputs();
  expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  for (const name of Object.keys(english)) {
    if (PROSE.includes(name)) {
      expect(chinese[name], name).not.toEqual(english[name]);
    } else {
      expect(chinese[name], name).toEqual(english[name]);
    }
  }
  expect(chinese['console-steps']).toContain('自定义信任策略');
  expect(chinese['handback']).toMatch(CHINESE);
});

for (const width of [375, 1280]) {
  test(`at ${width} px the Guance flow reads in Chinese from the first label to the hand-back`, async ({ builder, page }) => {
    await page.setViewportSize({ width, height: 900 });
    await builder.open('', `${GUANCE}&lang=zh-CN`);
    await shot(builder, `zh-empty-${width}`);
    await builder.page.locator('[name="bucket"]').fill('guance-backup-logs');
    await expect(builder.output('trust-policy')).toBeVisible();
    expect(await englishLeftOver(builder), 'English left on the page').toEqual([]);
    await builder.page.locator('[role="tab"][data-how="console"]').click();
    await expect(builder.output('console-steps')).toContainText('创建角色');
    expect(await englishLeftOver(builder), 'English left in the console tab').toEqual([]);
    await shot(builder, `zh-filled-${width}`);
  });
}

test('in Chinese, errors that block, the panel that says so, and a warning on a locked value', async ({ builder }) => {
  const xmode =
    'vendor=XMode&account=366810793500&user=xmode-data-transfer&access=read-write-delete&acl=bucket-owner-full-control&deny_outside_bucket=true&lock=vendor,account,user,access,acl,deny_outside_bucket';
  await builder.open('', `${xmode}&lang=zh-CN&external_id=AcmeCorp-XMode-2026&bucket=Bad_Bucket`);
  await expect(builder.page.locator('.calm')).toContainText(CHINESE);
  await expect(builder.page.locator('section.locked [data-warning-for="deny_outside_bucket"]')).toContainText(CHINESE);
  expect(await englishLeftOver(builder), 'English left while errors stand').toEqual([]);
  await shot(builder, 'zh-blocked-1280');
});

test('the language switch changes the page and keeps what was typed', async ({ builder }) => {
  await builder.open('', GUANCE);
  await expect(builder.page.locator('html')).toHaveAttribute('lang', 'en');
  await builder.typeInto('bucket', 'guance-backup-logs');
  // The detector the Chinese tests rely on finds plenty on the English page.
  expect((await englishLeftOver(builder)).length).toBeGreaterThan(20);
  const trust = await builder.outputText('trust-policy');
  const lang = builder.page.locator('select[name="lang"]');
  await expect(lang).toBeVisible();
  await lang.selectOption('zh-CN');
  await expect(builder.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(builder.page.locator('[name="bucket"]')).toHaveValue('guance-backup-logs');
  expect(await builder.outputText('trust-policy')).toEqual(trust);
  await expect(builder.output('console-steps')).toContainText(CHINESE);
  await lang.selectOption('en');
  await expect(builder.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(builder.page.locator('[name="bucket"]')).toHaveValue('guance-backup-logs');
});

/// The Chinese catalogue, which the page fetches only when it is to speak Chinese.
const CATALOGUE = /\/zh-CN-[0-9a-f]{16}\.txt$/;

test('the Chinese catalogue is fetched once, when Chinese is chosen, as a file of the site itself', async ({
  builder,
  network,
  baseURL,
}) => {
  await builder.open('', GUANCE);
  const catalogues = () => network.requests.filter((r) => CATALOGUE.test(new URL(r.url).pathname));
  expect(catalogues(), 'an English page fetches no Chinese').toEqual([]);
  const lang = builder.page.locator('select[name="lang"]');
  await lang.selectOption('zh-CN');
  await expect(builder.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await lang.selectOption('en');
  await lang.selectOption('zh-CN');
  await expect(builder.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const fetched = catalogues();
  expect(fetched).toHaveLength(1);
  expect(new URL(fetched[0].url).origin).toBe(new URL(baseURL ?? '').origin);
  expect(new URL(fetched[0].url).search).toBe('');
  expect(fetched[0].siteFile).toBe(true);
});

test('a link with lang=zh-CN opens in Chinese, not English first', async ({ builder }) => {
  const langs: string[] = [];
  await builder.page.exposeFunction('seenLang', (lang: string) => langs.push(lang));
  await builder.page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('[data-ready]')) (window as unknown as { seenLang(l: string): void }).seenLang(document.documentElement.lang);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await builder.open('', `${GUANCE}&lang=zh-CN`);
  await expect(builder.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(langs.length).toBeGreaterThan(0);
  expect(new Set(langs), 'the page never showed itself in English').toEqual(new Set(['zh-CN']));
});

test('a catalogue that cannot be fetched leaves the page as it was and says so', async ({ builder }) => {
  await builder.page.route(CATALOGUE, (route) => route.fulfill({ status: 404, body: '' }));
  await builder.open('', GUANCE);
  await builder.typeInto('bucket', 'guance-backup-logs');
  await builder.page.locator('select[name="lang"]').selectOption('zh-CN');
  await expect(builder.page.locator('#page-lang-status')).toContainText('简体中文 could not be loaded');
  await expect(builder.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(builder.page.locator('[name="bucket"]')).toHaveValue('guance-backup-logs');
  await expect(builder.output('trust-policy')).toContainText('sts:ExternalId');
});

test.describe('a browser set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('gets Chinese without asking, and lang=en still wins', async ({ builder }) => {
    await builder.open('', GUANCE);
    await expect(builder.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await builder.open('', `${GUANCE}&lang=en`);
    await expect(builder.page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('a language the page does not offer is ignored with a notice', async ({ builder }) => {
  await builder.open('', `${GUANCE}&lang=fr`);
  await expect(builder.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(builder.notice('page-option-ignored')).toContainText("'fr'");
});

test("the vendor kit's lang field sets the embed's language and the kit's own", async ({ builder }) => {
  await builder.open('', 'view=vendor&vendor=Guance');
  const html = builder.page.locator('html');
  await expect(html).toHaveAttribute('lang', 'en');
  const lang = builder.page.locator('select[name="lang"]');
  await expect(lang).toHaveCount(1);
  await lang.selectOption('zh-CN');
  await expect(html).toHaveAttribute('lang', 'zh-CN');
  await expect(builder.page.locator('[data-output="embed-link"]')).toContainText('lang=zh-CN');
  expect(await englishLeftOver(builder), 'English left in the kit').toEqual([]);
});
