/**
 * Lighthouse report (`npm run lighthouse`): runs the Lighthouse CLI against
 * Debian's Chromium (mobile profile) on the home page, the largest
 * regulation page, a figure, the comparison and the checker page of a built
 * site, and writes the scores, metrics and the audits below 1 to
 * docs/lighthouse.md with the machine it ran on. Roles the site has no page
 * for yet are listed as skipped.
 *
 *   node scripts/lighthouse.ts [--pages=<role>[,<role>...]] [--runs=<n>] [--dist=<dir>] [--out=<file>]
 *
 * Each page runs --runs times (default 3); the report gives the median run
 * (by performance score, then total blocking time) and the load average.
 * Besides the roles, the reading pages are measured: a Pasal page and the
 * whole Klaten page (the pages most readers land on and the longest read).
 *
 * Roles: beranda, peraturan, gambar, perbandingan, penilai. --dist defaults
 * to SITE_DIST or dist/ (build first); --out to docs/lighthouse.md.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import {
  CATEGORIES,
  gateMin,
  lighthouseTargets,
  runLighthouse,
  TARGET_KINDS,
  TARGET_LABEL,
  type LighthouseResult,
  type Target,
  type TargetKind,
} from '../test/gate/lighthouse.ts';
import { serveSite } from '../test/gate/server.ts';
import { machine, machineLines } from '../test/gate/machine.ts';

export const USAGE = `Pemakaian: node scripts/lighthouse.ts [--pages=<peran>[,<peran>...]] [--runs=<n>] [--dist=<direktori>] [--out=<berkas>]
  --pages  peran halaman: ${TARGET_KINDS.join(', ')} (bawaan semuanya)
  --runs   berapa kali tiap halaman diukur; laporan memakai median (bawaan 3)
  --dist   situs yang sudah dibangun (bawaan SITE_DIST atau dist/)
  --out    berkas laporan (bawaan docs/lighthouse.md)`;
const usage = (msg: string): never => {
  console.error(`${msg}\n\n${USAGE}`);
  process.exit(2);
};

export function parseArgs(argv: string[]): { kinds: TargetKind[]; dist: string; out: string; runs: number } {
  let kinds: TargetKind[] = [...TARGET_KINDS];
  let runs = 3;
  let dist = resolve(process.env.SITE_DIST ?? 'dist');
  let out = resolve('docs/lighthouse.md');
  for (const a of argv) {
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--pages=')) {
      const ks = a.slice(8).split(',').filter(Boolean);
      const unknown = ks.filter((k) => !(TARGET_KINDS as readonly string[]).includes(k));
      if (!ks.length || unknown.length) usage(`Peran halaman tidak dikenal: ${unknown.join(', ') || '(kosong)'}`);
      kinds = ks as TargetKind[];
    } else if (a.startsWith('--runs=')) {
      runs = Number(a.slice(7));
      if (!Number.isInteger(runs) || runs < 1 || runs > 9) usage(`--runs harus bilangan bulat 1–9: ${a.slice(7)}`);
    } else if (a.startsWith('--dist=') && a.length > 7) dist = resolve(a.slice(7));
    else if (a.startsWith('--out=') && a.length > 6) out = resolve(a.slice(6));
    else usage(`Argumen tidak dikenal: ${a}`);
  }
  return { kinds, dist, out, runs };
}

/** The median run: by performance score, then by total blocking time (lower is better). */
export function medianRun(runs: LighthouseResult[]): LighthouseResult {
  if (!runs.length) throw new Error('medianRun: tidak ada hasil');
  const tbt = (r: LighthouseResult) => Number.parseFloat((r.metrics['total-blocking-time'] ?? '0').replace(/[^0-9.]/g, '')) || 0;
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance || tbt(b) - tbt(a));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The reading pages measured besides the roles: a Pasal page and the whole Klaten page, when built. */
export function readingTargets(dist: string): Target[] {
  return [
    { path: '/klaten/pasal-13/', note: 'halaman pasal' },
    { path: '/klaten/', note: 'naskah utuh Klaten' },
  ]
    .filter((t) => existsSync(join(dist, t.path, 'index.html')))
    .map((t) => ({ kind: 'peraturan' as const, ...t }));
}

export function report(
  results: { target: Target; result?: LighthouseResult }[],
  m: Record<string, string>,
  when: string,
  extra = '',
  runs = 1,
): string {
  const runsNote = runs === 1 ? 'one run' : `${runs} runs`;
  const done = results.filter((r) => r.result);
  const lhVersion = done[0]?.result?.lighthouseVersion ?? '?';
  const scoreRows = results.map(({ target, result }) =>
    result
      ? `| ${TARGET_LABEL[target.kind]} | \`${target.path}\` | ${CATEGORIES.map((c) => `${result.scores[c]}${result.scores[c] < gateMin(target.kind)[c] ? ' ✗' : ''}`).join(' | ')} | ${result.benchmarkIndex} |`
      : `| ${TARGET_LABEL[target.kind]} | — | ${target.note} | | | | |`,
  );
  const metricRows = done.map(
    ({ target, result }) =>
      `| \`${target.path}\` | ${['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((k) => result!.metrics[k]).join(' | ')} |`,
  );
  const failing = done.map(
    ({ target, result }) =>
      `### \`${target.path}\` (${TARGET_LABEL[target.kind]}, ${target.note})\n\n${result!.failing.length ? result!.failing.map((f) => `- ${f}`).join('\n') : '- none'}`,
  );
  return `# Lighthouse report

Generated by \`npm run lighthouse\` (scripts/lighthouse.ts) on ${when}, the median of ${runsNote} per page. Lighthouse ${lhVersion}, CLI against Debian's Chromium,
**mobile profile** (Lighthouse's default: Moto G Power screen, simulated slow 4G, 4x CPU slowdown). The pages are served
from the built \`dist/\` by the gate's static server (test/gate/server.ts): gzip, and the response headers of
\`public/_headers\` (the Content-Security-Policy among them), as a static host or CDN would serve them.

The gate (test/browser/gate-lighthouse.test.ts, in \`npm test\`) runs the same pages and fails below: accessibility,
best practices and SEO 100 (these do not depend on the machine); performance 70, the regulation page 40, retried once.
The performance score is simulated from the page's own main-thread work, so it falls when the machine is busy: the
*benchmark index* column is Lighthouse's measure of the CPU at that moment (higher is faster; on this machine it
measured about 1,200–1,300 in a quiet moment). The aim is 100 everywhere.

## Scores

| page | path | performance | accessibility | best practices | SEO | benchmark index |
|---|---|---:|---:|---:|---:|---:|
${scoreRows.join('\n')}

## Metrics

| path | First Contentful Paint | Largest Contentful Paint | Total Blocking Time | Cumulative Layout Shift | Speed Index |
|---|---|---|---|---|---|
${metricRows.join('\n')}

## Audits below 1

${failing.join('\n\n')}

## The reading pages

Most readers land on a Pasal page (\`/klaten/pasal-13/\`) or a Lampiran section page, a few kilobytes of HTML; links
from figures, comparison, checker and search go there (src/lib/permalink.ts). The whole-regulation page stays for
reading straight through and printing: it carries no per-provision buttons (one delegated "Salin kutipan" control),
and its Pasal sections, konsiderans and Lampiran use \`content-visibility: auto\`, so the browser lays out only what is
near the screen. The one enhancement script (src/scripts/site.ts) is about 1.5 KB gzip and does nothing at load
beyond reading the URL's fragment.

## Machine

${machineLines(m)}
${extra}`;
}

if (import.meta.main) {
  const { kinds, dist, out, runs } = parseArgs(process.argv.slice(2));
  const extra = process.env.LIGHTHOUSE_NOTE ? `\n${process.env.LIGHTHOUSE_NOTE}\n` : '';
  if (!existsSync(join(dist, 'index.html'))) usage(`${dist} belum berisi situs yang dibangun: jalankan "npm run build" dulu`);
  const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const site = await serveSite(dist);
  const results: { target: Target; result?: LighthouseResult }[] = [];
  try {
    const targets = lighthouseTargets(dist, kinds);
    if (kinds.includes('peraturan')) for (const t of readingTargets(dist)) if (!targets.some((x) => x.path === t.path)) targets.push(t);
    for (const target of targets) {
      if (!target.path) {
        console.error(`lewati ${TARGET_LABEL[target.kind]}: ${target.note}`);
        results.push({ target });
        continue;
      }
      console.error(`lighthouse ${target.path}…`);
      const all: LighthouseResult[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await runLighthouse(`${site.url}${target.path}`, chrome);
        console.error(
          `  run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}, TBT ${r.metrics['total-blocking-time']}, load ${loadavg()[0]!.toFixed(1)}`,
        );
        all.push(r);
      }
      const result = medianRun(all);
      results.push({ target, result });
    }
  } finally {
    await site.close();
  }
  const text = report(results, machine(chrome), new Date().toISOString().slice(0, 10), extra, runs);
  writeFileSync(out, text);
  console.error(`laporan ditulis ke ${out}`);
}
