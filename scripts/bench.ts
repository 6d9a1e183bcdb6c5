/**
 * Budgets report (`npm run bench`): builds the site into a temporary
 * directory with the project's own build script, timing it, then measures
 * every page by kind: gzip HTML+CSS, JavaScript loaded, images; the total
 * size of the output; the build time and peak memory. Exits 1 when a budget
 * (test/gate/budgets.ts) is exceeded. The gate checks the same budgets in
 * npm test; this is the readable report.
 *
 *   node scripts/bench.ts [--kind=<kind>[,<kind>...]] [--dist=<dir>]
 *
 * --dist measures an existing build instead of building (no build time).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { budgetProblems, distTotals, kb, mb, measurePages, summarize, TOTAL_BUDGET } from '../test/gate/budgets.ts';
import { buildSite } from '../test/gate/build.ts';
import { KIND_LABEL, PAGE_KINDS, type PageKind } from '../test/gate/site.ts';
import { machine, machineLines } from '../test/gate/machine.ts';
import { loadRegulations } from '../src/lib/load.ts';

export const USAGE = `Pemakaian: node scripts/bench.ts [--kind=<jenis>[,<jenis>...]] [--dist=<direktori>]
  --kind   hanya jenis halaman ini: ${PAGE_KINDS.join(', ')}
  --dist   ukur situs yang sudah dibangun di direktori ini (tanpa membangun)`;

const usage = (msg: string): never => {
  console.error(`${msg}\n\n${USAGE}`);
  process.exit(2);
};

export function parseArgs(argv: string[]): { kinds: PageKind[]; dist?: string } {
  let kinds: PageKind[] = [...PAGE_KINDS];
  let dist: string | undefined;
  for (const a of argv) {
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--kind=')) {
      const ks = a.slice(7).split(',').filter(Boolean);
      if (!ks.length) usage('--kind perlu paling sedikit satu jenis halaman');
      const unknown = ks.filter((k) => !(PAGE_KINDS as readonly string[]).includes(k));
      if (unknown.length) usage(`Jenis halaman tidak dikenal: ${unknown.join(', ')}`);
      kinds = ks as PageKind[];
    } else if (a.startsWith('--dist=')) {
      dist = resolve(a.slice(7));
      if (!a.slice(7)) usage('--dist perlu direktori');
    } else usage(`Argumen tidak dikenal: ${a}`);
  }
  return dist ? { kinds, dist } : { kinds };
}

if (import.meta.main) {
  const { kinds, dist } = parseArgs(process.argv.slice(2));
  let dir = dist;
  let tmp: string | undefined;
  let build: { ms: number; peakRssBytes: number } | undefined;
  if (!dir) {
    tmp = mkdtempSync(join(tmpdir(), 'sk-bench-'));
    dir = join(tmp, 'dist');
    console.error('membangun situs…');
    build = await buildSite(dir);
  }
  try {
    const slugs = new Set(loadRegulations().map((r) => r.slug));
    const summary = summarize(measurePages(dir, slugs)).filter((s) => kinds.includes(s.kind));
    const totals = distTotals(dir);
    const rows = summary.map(
      (s) =>
        `| ${s.kind} | ${KIND_LABEL[s.kind]} | ${s.pages} | ${kb(s.maxHtmlCss)} (${s.maxHtmlCssPage}) | ${kb(s.medianHtmlCss)} | ${kb(s.budget.htmlCss)} | ${kb(s.maxJs)} | ${kb(s.budget.js)} | ${kb(s.maxImg)} | ${s.ok ? 'ok' : '**OVER**'} |`,
    );
    const missing = kinds.filter((k) => !summary.some((s) => s.kind === k));
    console.log(
      [
        '| kind | pages of | n | HTML+CSS gzip, largest page | median | budget | JS gzip, max | budget | images, max | |',
        '|---|---|---:|---|---:|---:|---:|---:|---:|---|',
        ...rows,
        '',
        missing.length ? `No pages of kind: ${missing.join(', ')}.\n` : '',
        `Total dist: ${mb(totals.bytes)} in ${totals.files} files, ${totals.htmlPages} HTML pages (budget ${mb(TOTAL_BUDGET.distBytes)}).`,
        build
          ? `Build (npm run build into a temporary directory): ${(build.ms / 1000).toFixed(1)} s, peak memory ${Math.round(build.peakRssBytes / 2 ** 20)} MiB (budget ${TOTAL_BUDGET.buildMs / 1000} s).`
          : 'Build time: not measured (--dist).',
        '',
        'Machine:',
        '',
        machineLines(machine()),
      ].join('\n'),
    );
    const problems = [...budgetProblems(summary)];
    if (totals.bytes > TOTAL_BUDGET.distBytes) problems.push(`dist ${mb(totals.bytes)} melebihi ${mb(TOTAL_BUDGET.distBytes)}`);
    if (build && build.ms > TOTAL_BUDGET.buildMs)
      problems.push(`build ${(build.ms / 1000).toFixed(1)} s melebihi ${TOTAL_BUDGET.buildMs / 1000} s`);
    if (problems.length) {
      console.error(`\nMELEBIHI ANGGARAN:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}
