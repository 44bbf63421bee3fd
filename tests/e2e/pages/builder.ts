// Page object for the Rolesmith builder: every locator goes through the public contract of
// design.md (field labels and names, data-output, data-copy-for, data-download-for,
// data-error-for, data-warning-for, data-notice, data-finding), so the tests read like what a
// person does and break only when the contract does.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

import { type NetworkLog } from '../support/network';

/// The visible label of each form field (the text before any "(set by the vendor)").
export const LABELS: Record<string, string> = {
  vendor: 'Vendor name',
  mode: 'What to create',
  partition: 'AWS partition',
  site: "Vendor's site",
  account: "Vendor's AWS account ID",
  user: "Vendor's IAM user",
  role: "Vendor's IAM role",
  principal: "Vendor's principal ARN",
  external_id: 'External ID',
  bucket: 'Bucket name',
  prefix: 'Folder (prefix)',
  locations: 'More buckets or folders',
  self_assume: 'The role may assume itself',
  two_step: 'The vendor names its principal after the role exists',
  access: 'Access',
  actions: 'Exact S3 actions',
  acl: 'Required ACL on uploads',
  deny_outside_bucket: 'Deny everything outside this bucket',
  kms_key: 'KMS key ARN',
  customer_account: 'Your AWS account ID',
  role_name: 'Role name',
  policy_name: 'Policy name',
  user_name: 'User name',
  followup: 'Vendor follow-up',
};

/// Outputs whose download button saves a file, with the contract's file names per mode.
export const FILE_NAMES = {
  role: {
    'trust-policy': 'trust-policy.json',
    'permissions-policy': 'permissions-policy.json',
    'cli-bash': 'create-role.sh',
    'cli-powershell': 'create-role.ps1',
    cloudformation: 'template.yaml',
    terraform: 'main.tf',
  },
  user: {
    'permissions-policy': 'permissions-policy.json',
    'cli-bash': 'create-user.sh',
    'cli-powershell': 'create-user.ps1',
    cloudformation: 'template.yaml',
    terraform: 'main.tf',
  },
} as const;

export class Builder {
  constructor(
    readonly page: Page,
    private readonly network: NetworkLog,
  ) {}

  /// Opens the page with `params` in the query string (or `fragment` after the #) and waits
  /// until the app has mounted. From then on, the network log expects no request.
  async open(params: string | Record<string, string> = '', fragment = ''): Promise<void> {
    const query = typeof params === 'string' ? params : new URLSearchParams(params).toString();
    const url = `/${query ? `?${query}` : ''}${fragment ? `#${fragment}` : ''}`;
    await this.goto(url);
  }

  /// Opens an absolute address (a share link, say) and waits for the mount.
  async goto(url: string): Promise<void> {
    this.network.loading(this.page);
    await this.page.goto(url);
    await expect(this.ready).toHaveCount(1);
    this.network.loaded(this.page);
  }

  /// The same page in a new tab of this browser context, watched by the same network log.
  async newTab(): Promise<Builder> {
    return new Builder(await this.page.context().newPage(), this.network);
  }

  get ready(): Locator {
    return this.page.locator('[data-ready="true"]');
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: 'What to grant' });
  }

  get outputsRegion(): Locator {
    return this.page.getByRole('region', { name: 'Policies and commands to copy' });
  }

  /// The field of `param`, found by its visible label: this fails if the label is missing or
  /// not tied to the control.
  field(param: string): Locator {
    const label = LABELS[param];
    if (!label) throw new Error(`no label known for param '${param}'`);
    return this.form.getByLabel(label, { exact: false }).and(this.page.locator(`[name="${param}"]`));
  }

  /// Makes a field reachable as a person would: picks the principal choice that shows it, or
  /// opens "More options" when it sits there.
  async reach(param: string): Promise<Locator> {
    const field = this.field(param);
    const choice: Record<string, string> = { user: 'user', role: 'role', principal: 'arn' };
    if ((await field.count()) === 0 && choice[param]) {
      await this.page.locator(`#principal-choice-${choice[param]}`).check();
    }
    const more = this.page.locator('details.more');
    if (!(await field.isVisible()) && (await more.count()) > 0 && !(await more.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await more.locator('summary').click();
    }
    return field;
  }

  /// A value the vendor locked, as the "Set by" card shows it.
  lockedValue(param: string): Locator {
    return this.page.locator(`section.locked [name="${param}"]`);
  }

  /// Clears the field, then types `text` key by key as a person would.
  async typeInto(param: string, text: string): Promise<void> {
    const field = await this.reach(param);
    await field.click();
    await field.press('ControlOrMeta+a');
    await field.press('Delete');
    await field.pressSequentially(text);
  }

  /// Types `text` at the end of what the field holds.
  async append(param: string, text: string): Promise<void> {
    const field = await this.reach(param);
    await field.click();
    await field.press('End');
    await field.pressSequentially(text);
  }

  output(name: string): Locator {
    return this.page.locator(`[data-output="${name}"]`);
  }

  /// Every output on the page.
  get outputs(): Locator {
    return this.page.locator('[data-output]');
  }

  /// The exact text of an output (what its copy button copies), whitespace untouched.
  async outputText(name: string): Promise<string> {
    await expect(this.output(name)).toHaveCount(1);
    return this.output(name).evaluate((element) => element.textContent ?? '');
  }

  /// Every output's name and exact text, in page order.
  async allOutputs(): Promise<Record<string, string>> {
    return this.outputs.evaluateAll((elements) =>
      Object.fromEntries(elements.map((e) => [e.getAttribute('data-output') ?? '', e.textContent ?? ''])),
    );
  }

  copyButton(name: string): Locator {
    return this.page.locator(`[data-copy-for="${name}"]`);
  }

  /// The tab of a way of creating it (`console`, `bash`, ...).
  tab(how: string): Locator {
    return this.page.locator(`[role="tab"][data-how="${how}"]`);
  }

  /// Selects the tab whose panel holds the output, if it sits in one, as a person would before
  /// using its buttons.
  async reveal(name: string): Promise<void> {
    const panel = this.page.locator('[role="tabpanel"]').filter({ has: this.output(name) });
    if ((await panel.count()) === 0) return;
    const how = (await panel.getAttribute('id'))?.replace('panel-', '');
    if (how) await this.tab(how).click();
  }

  downloadButton(name: string): Locator {
    return this.page.locator(`[data-download-for="${name}"]`);
  }

  async copy(name: string): Promise<void> {
    await this.reveal(name);
    await this.copyButton(name).click();
  }

  /// Clicks the output's download button and returns the download it started.
  async download(name: string): Promise<Download> {
    await this.reveal(name);
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.downloadButton(name).click(),
    ]);
    return download;
  }

  /// What the clipboard holds now.
  async clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  errorFor(param: string): Locator {
    return this.page.locator(`[data-error-for="${param}"]`);
  }

  warningFor(param: string): Locator {
    return this.page.locator(`[data-warning-for="${param}"]`);
  }

  notice(kind: string): Locator {
    return this.page.locator(`[data-notice="${kind}"]`);
  }

  /// The polite status region that announces confirmations such as "Copied".
  get status(): Locator {
    return this.page.getByRole('status');
  }

  get checker(): Locator {
    return this.page.locator('textarea[name="check"]');
  }

  /// The checker's one-sentence summary (what was pasted, how many findings), or that it is
  /// loading or couldn't load: the text box's description.
  get checkerSummary(): Locator {
    return this.page.locator('#check-summary');
  }

  get findings(): Locator {
    return this.page.locator('[data-finding]');
  }

  finding(code: string): Locator {
    return this.page.locator(`[data-finding="${code}"]`);
  }

  get checkFix(): Locator {
    return this.output('check-fix');
  }

  get loadIntoForm(): Locator {
    return this.page.locator('[data-action="load-into-form"]');
  }
}
