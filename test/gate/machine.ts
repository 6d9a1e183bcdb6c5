/** The machine a benchmark or report ran on, for the docs. */
import { cpus, loadavg, totalmem, release, platform } from 'node:os';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const version = (pkg: string) => {
  for (const f of [() => require.resolve(`${pkg}/package.json`), () => join(process.cwd(), 'node_modules', pkg, 'package.json')]) {
    try {
      return (JSON.parse(readFileSync(f(), 'utf8')) as { version: string }).version;
    } catch {
      /* next */
    }
  }
  return '?';
};

export function machine(chromium?: string): Record<string, string> {
  const c = cpus();
  let chrome = '';
  if (chromium) {
    try {
      chrome = execFileSync(chromium, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      chrome = '?';
    }
  }
  return {
    cpu: `${c[0]?.model ?? '?'} × ${c.length}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${platform()} ${release()}`,
    'load average (1, 5, 15 min) at the end':
      loadavg()
        .map((x) => x.toFixed(1))
        .join(', ') + ' (other work on the machine inflates times)',
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    ...(chromium ? { chromium: chrome } : {}),
  };
}

export const machineLines = (m: Record<string, string>) =>
  Object.entries(m)
    .map(([k, v]) => `- ${k}: ${v}`)
    .join('\n');
