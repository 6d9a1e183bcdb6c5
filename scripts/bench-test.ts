/**
 * Times the phases of `npm test` (the same commands, in the same order) and
 * prints a table for docs/quality.md: lint, type check, unit tests, build,
 * and each browser test file. A benchmark, not a test: it prints numbers and
 * fails only when a phase fails. The machine's load is printed too, because
 * other work on the machine inflates every number.
 *
 *   npm run bench:test            every phase
 *   npm run bench:test -- --skip=lint,typecheck   leave phases out
 *   npm run bench:test -- --keep-going            go on after a failing phase
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { machine, machineLines } from '../test/gate/machine.ts';
import { CHROMIUM } from '../test/browser/harness.ts';

const skip = new Set((process.argv.find((a) => a.startsWith('--skip='))?.slice(7) ?? '').split(',').filter(Boolean));
/** --keep-going: time every phase even after one fails (e.g. prettier --check before the formatting commit). */
const keepGoing = process.argv.includes('--keep-going');
const tmp = mkdtempSync(join(tmpdir(), 'sk-bench-test-'));
const rows: { phase: string; s: number; load: string }[] = [];

function run(phase: string, cmd: string): void {
  if ([...skip].some((k) => phase.startsWith(k))) return;
  const t0 = performance.now();
  const r = spawnSync('sh', ['-c', cmd], { stdio: 'inherit' });
  const s = (performance.now() - t0) / 1000;
  rows.push({ phase, s, load: loadavg()[0]!.toFixed(1) });
  console.log(`== ${phase}: ${s.toFixed(0)} s (load ${loadavg()[0]!.toFixed(1)})`);
  if (r.status !== 0 && keepGoing) {
    rows.at(-1)!.phase += ' (GAGAL)';
    return;
  }
  if (r.status !== 0) {
    console.error(`${phase} gagal (kode ${r.status}); waktu sejauh ini:`);
    report();
    process.exit(1);
  }
}

function report(): void {
  const total = rows.reduce((n, r) => n + r.s, 0);
  console.log('\n| phase | time | load (1 min) after |\n| --- | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.phase} | ${fmt(r.s)} | ${r.load} |`);
  console.log(`| **total** | **${fmt(total)}** | |\n`);
  console.log(machineLines(machine(CHROMIUM)));
}
const fmt = (s: number) => (s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${s.toFixed(1)} s`);

run('lint (eslint, prettier --check)', 'npm run --silent lint');
run('typecheck (astro check)', 'npm run --silent typecheck');
run('unit tests', 'npx vitest run --project unit');
run('build', 'npm run --silent build');
const json = join(tmp, 'browser.json');
const before = rows.length;
run('browser tests', `npx vitest run --project browser --reporter=default --reporter=json --outputFile=${json}`);
if (rows.length > before) {
  try {
    const r = JSON.parse(readFileSync(json, 'utf8')) as {
      testResults: { name: string; startTime: number; endTime: number; assertionResults: unknown[] }[];
    };
    const browser = rows.pop()!;
    for (const f of r.testResults.sort((a, b) => a.startTime - b.startTime)) {
      rows.push({
        phase: `  ${relative(process.cwd(), f.name)} (${f.assertionResults.length} tests)`,
        s: (f.endTime - f.startTime) / 1000,
        load: '',
      });
    }
    const files = rows.slice(before).reduce((n, x) => n + x.s, 0);
    rows.push({ phase: '  browser: start-up and collection', s: Math.max(0, browser.s - files), load: browser.load });
  } catch (e) {
    console.error(`laporan JSON vitest tidak terbaca: ${(e as Error).message}`);
  }
}
rmSync(tmp, { recursive: true, force: true });
report();
