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
 * The regulation role is the largest whole-regulation page; besides the
 * roles, the largest Pasal page, the largest Lampiran section page and the
 * largest guide page are measured (chosen from the built site, see
 * readingTargets). The load average after each run is in the report.
 *
 * Roles: beranda, peraturan, gambar, perbandingan, penilai. --dist defaults
 * to SITE_DIST or dist/ (build first); --out to docs/lighthouse.md.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
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
import { htmlPages } from '../test/gate/site.ts';
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

/** A page measured besides the roles, with its own label in the report. */
export type ReadingTarget = Target & { label: string };

/**
 * The reading pages measured besides the roles, chosen from the built site
 * (no fixed addresses): the largest Pasal page, the largest Lampiran section
 * page (the worst cases of the pages most readers land on) and the largest
 * guide page. Sizes are the HTML files' bytes; a kind the site lacks is left out.
 */
export function readingTargets(pages: readonly { path: string; size: number }[]): ReadingTarget[] {
  const largest = (re: RegExp) =>
    pages
      .filter((p) => re.test(p.path))
      .reduce<{ path: string; size: number } | undefined>((a, b) => (!a || b.size > a.size ? b : a), undefined);
  const picks: [RegExp, Omit<ReadingTarget, 'path'>][] = [
    [/^\/[a-z0-9-]+\/pasal-[^/]+\/$/, { kind: 'peraturan', label: 'Pasal page', note: 'halaman pasal terbesar' }],
    [/^\/[a-z0-9-]+\/lampiran\/[^/]+\/$/, { kind: 'peraturan', label: 'Lampiran section page', note: 'bagian lampiran terbesar' }],
    // Gate floor of a plain page (kind only sets the report's threshold mark).
    [/^\/panduan\/[^/]+\/$/, { kind: 'beranda', label: 'guide', note: 'halaman panduan terbesar' }],
  ];
  return picks.flatMap(([re, t]) => {
    const p = largest(re);
    return p ? [{ ...t, path: p.path }] : [];
  });
}

/** The built site's pages with their HTML sizes. */
export function sitePages(dist: string): { path: string; size: number }[] {
  return htmlPages(dist).map((p) => ({ path: p.path, size: statSync(join(dist, p.file)).size }));
}

export function report(
  results: { target: Target & { label?: string }; result?: LighthouseResult; loads?: number[] }[],
  m: Record<string, string>,
  when: string,
  extra = '',
  runs = 1,
): string {
  const runsNote = runs === 1 ? 'one run' : `${runs} runs`;
  const done = results.filter((r) => r.result);
  const lhVersion = done[0]?.result?.lighthouseVersion ?? '?';
  const scoreRows = results.map(({ target, result, loads }) =>
    result
      ? `| ${target.label ?? TARGET_LABEL[target.kind]} | \`${target.path}\` | ${CATEGORIES.map((c) => `${result.scores[c]}${result.scores[c] < gateMin(target.kind)[c] ? ' ✗' : ''}`).join(' | ')} | ${result.benchmarkIndex} | ${loads?.map((l) => l.toFixed(1)).join(', ') ?? ''} |`
      : `| ${target.label ?? TARGET_LABEL[target.kind]} | — | ${target.note} | | | | | |`,
  );
  const metricRows = done.map(
    ({ target, result }) =>
      `| \`${target.path}\` | ${['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((k) => result!.metrics[k]).join(' | ')} |`,
  );
  const failing = done.map(
    ({ target, result }) =>
      `### \`${target.path}\` (${target.label ?? TARGET_LABEL[target.kind]}, ${target.note})\n\n${result!.failing.length ? result!.failing.map((f) => `- ${f}`).join('\n') : '- none'}`,
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

| page | path | performance | accessibility | best practices | SEO | benchmark index | load average after each run |
|---|---|---:|---:|---:|---:|---:|---|
${scoreRows.join('\n')}

## Metrics

| path | First Contentful Paint | Largest Contentful Paint | Total Blocking Time | Cumulative Layout Shift | Speed Index |
|---|---|---|---|---|---|
${metricRows.join('\n')}

## Audits below 1

${failing.join('\n\n')}

## The reading pages

Most readers land on a Pasal page or a Lampiran section page, a few kilobytes of HTML; links from figures,
comparison, checker and search go there (src/lib/permalink.ts). The pages measured are chosen from the built site
(scripts/lighthouse.ts, readingTargets): the largest whole-regulation page, the largest Pasal page, the largest
Lampiran section page and the largest guide page. The whole-regulation page stays for reading straight through and
printing: it carries no per-provision buttons (one delegated "Salin kutipan" control), and its Pasal sections,
konsiderans and Lampiran, and the blocks of a Lampiran section page, use
\`content-visibility: auto\`, so the browser lays out only what is near the screen. The one enhancement script
(src/scripts/site.ts) is about 1.5 KB gzip and at load only reads the URL's fragment: its citation bar and definition
popover are made on first use.

Total blocking time is simulated from the main thread's observed tasks: their wall time, times four (times two for a
task that did layout), counting what passes 50 ms after the first paint. On this shared 2-core machine the wall time
rises with the load average (given per run above): the same page scored 85 and 95 in two runs a minute apart. The
page's own main-thread time is steadier: \`npm run bench:main-thread -- <path>\` (scripts/bench-main-thread.ts) prints
each page's tasks in thread time from a Chromium trace, and the blocking time they would make at Lighthouse's
slowdown. On a Pasal page, \`/klaten/\` and the home page the longest task is the first rendering (style, layout,
paint: about 27 ms of thread time on the home page, 33 ms on \`/klaten/pasal-26/\` and \`/klaten/\`), the module
script with the document's end of parsing about 9 ms; at four times that makes 0–25 ms of blocking, so what Lighthouse
reports beyond that on these pages is the machine's load (docs/reading.md).

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
  const results: { target: Target & { label?: string }; result?: LighthouseResult; loads?: number[] }[] = [];
  try {
    const targets: (Target & { label?: string })[] = lighthouseTargets(dist, kinds);
    if (kinds.includes('peraturan'))
      for (const t of readingTargets(sitePages(dist))) if (!targets.some((x) => x.path === t.path)) targets.push(t);
    for (const target of targets) {
      if (!target.path) {
        console.error(`lewati ${TARGET_LABEL[target.kind]}: ${target.note}`);
        results.push({ target });
        continue;
      }
      console.error(`lighthouse ${target.path}…`);
      const all: LighthouseResult[] = [];
      const loads: number[] = [];
      for (let i = 0; i < runs; i++) {
        const r = await runLighthouse(`${site.url}${target.path}`, chrome);
        console.error(
          `  run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}, TBT ${r.metrics['total-blocking-time']}, load ${loadavg()[0]!.toFixed(1)}`,
        );
        all.push(r);
        loads.push(loadavg()[0]!);
      }
      const result = medianRun(all);
      results.push({ target, result, loads });
    }
  } finally {
    await site.close();
  }
  const text = report(results, machine(chrome), new Date().toISOString().slice(0, 10), extra, runs);
  writeFileSync(out, text);
  console.error(`laporan ditulis ke ${out}`);
}
