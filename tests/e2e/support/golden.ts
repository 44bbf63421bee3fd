// The reviewed golden cases on disk (core/tests/golden/<case>/): the query string in `params` and the
// expected text of each output, named like the page's downloads (`<output>.txt` for the rest).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', 'core', 'tests', 'golden');

/// The four role-mode seeds of issue 4.
export const ROLE_SEEDS = ['seed-databend-role', 'seed-guance-role', 'seed-logzio-role', 'seed-xmode-role'];

/// The golden file each output is kept in, per mode.
const FILES: Record<string, { role: string; user: string }> = {
  'console-steps': { role: 'console-steps.txt', user: 'console-steps.txt' },
  'trust-policy': { role: 'trust-policy.json', user: 'trust-policy.json' },
  'permissions-policy': { role: 'permissions-policy.json', user: 'permissions-policy.json' },
  'cli-bash': { role: 'create-role.sh', user: 'create-user.sh' },
  'cli-powershell': { role: 'create-role.ps1', user: 'create-user.ps1' },
  'update-trust': { role: 'update-trust.txt', user: 'update-trust.txt' },
  'update-trust-powershell': { role: 'update-trust-powershell.txt', user: 'update-trust-powershell.txt' },
  cloudformation: { role: 'template.yaml', user: 'template.yaml' },
  terraform: { role: 'main.tf', user: 'main.tf' },
  'role-arn': { role: 'role-arn.txt', user: 'role-arn.txt' },
  handback: { role: 'handback.txt', user: 'handback.txt' },
  verify: { role: 'verify.txt', user: 'verify.txt' },
  followup: { role: 'followup.txt', user: 'followup.txt' },
};

export type GoldenCase = {
  name: string;
  /// The query string, as the page reads it.
  params: string;
  mode: 'role' | 'user';
  /// Output name -> exact expected text; outputs missing here must be absent from the page.
  outputs: Record<string, string>;
  /// Lines of findings.txt: `severity location code: message`.
  findings: { severity: string; at: string; code: string; message: string }[];
};

export function golden(name: string): GoldenCase {
  const dir = join(ROOT, name);
  const params = readFileSync(join(dir, 'params'), 'utf8').trimEnd();
  const mode = new URLSearchParams(params).get('mode') === 'user' ? 'user' : 'role';
  const outputs: Record<string, string> = {};
  for (const [output, files] of Object.entries(FILES)) {
    const file = join(dir, files[mode]);
    if (existsSync(file)) outputs[output] = readFileSync(file, 'utf8');
  }
  const findings = readFileSync(join(dir, 'findings.txt'), 'utf8')
    .split('\n')
    .filter((line) => line && line !== '(none)')
    .map((line) => {
      const match = /^(\S+) (\S+) (\S+): (.*)$/.exec(line);
      if (!match) throw new Error(`unreadable finding in ${name}: ${line}`);
      return { severity: match[1], at: match[2], code: match[3], message: match[4] };
    });
  return { name, params, mode, outputs, findings };
}

/// All outputs a case can have, so a test can check the absent ones too.
export const ALL_OUTPUTS = Object.keys(FILES);
