/**
 * Scale benchmark: builds the whole site, as committed (HEAD), with N
 * regulations (the real five plus N-5 synthetic ones, src/lib/synthetic) in a
 * temporary copy of the project, and reports build
 * time, peak memory of the build's process tree, dist size, Pagefind index
 * size, and the bytes and time of a first search query in Chromium.
 *
 *   node scripts/bench-scale.ts [N ...] [--write] [--keep]
 *
 * N defaults to 5 50 500. --write puts the table and the machine into
 * docs/scale.md (between the bench-scale markers). --keep leaves the built
 * sites in the temporary directory. A benchmark, not a test: not in npm test.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { execSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { loadRegulations } from '../src/lib/load.ts';
import { writeSynthetic } from './generate-synthetic.ts';
import { gzipSync } from 'node:zlib';
import { buildSite, treeRss } from '../test/gate/build.ts';
import { dirSize, htmlPages } from '../test/gate/site.ts';
import { serveSite } from '../test/gate/server.ts';
import { machine, machineLines } from '../test/gate/machine.ts';

export const USAGE = `Pemakaian: node scripts/bench-scale.ts [N ...] [--write] [--keep]
  N        jumlah peraturan di situs (5 asli + N-5 sintetis), bilangan bulat 5..1000; bawaan 5 50 500
  --write  tulis hasilnya ke docs/scale.md
  --keep   jangan hapus situs yang dibangun (direktori sementara)`;

const REAL = 5;
const usage = (msg: string): never => {
  console.error(`${msg}\n\n${USAGE}`);
  process.exit(2);
};

export function parseArgs(argv: string[]): { sizes: number[]; write: boolean; keep: boolean } {
  const sizes: number[] = [];
  let write = false;
  let keep = false;
  for (const a of argv) {
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--write') write = true;
    else if (a === '--keep') keep = true;
    else if (/^-?\d+(\.\d+)?$/.test(a)) {
      const n = Number(a);
      if (!Number.isInteger(n) || n <= 0) usage(`N harus bilangan bulat positif, bukan "${a}"`);
      if (n < REAL) usage(`N paling kecil ${REAL} (peraturan asli selalu ikut), bukan ${n}`);
      if (n > 1000) usage(`N paling besar 1000, bukan ${n}`);
      sizes.push(n);
    } else usage(`Argumen tidak dikenal: ${a}`);
  }
  return { sizes: sizes.length ? sizes : [5, 50, 500], write, keep };
}

interface Row {
  n: number;
  pages: number;
  buildS: number;
  peakMiB: number;
  pagefindPeakMiB: number;
  distMB: number;
  pagefindS: number;
  pagefindBy: string;
  indexMB: number;
  queryKB: number;
  queryMs: number;
  results: number;
  largestGzKB: number;
  largestPath: string;
  loadBefore: string;
  loadAfter: string;
  templates: Map<string, { pages: number; maxGz: number; maxPath: string }>;
  routes: Map<string, { files: number; ms: number }>;
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(', ');

const QUERY = 'pejabat penilai kinerja';

/** Pagefind's index: the project's own step when the build has one, else the CLI on the whole site. */
async function ensurePagefind(site: string): Promise<{ ms: number; by: string; peak: number }> {
  if (existsSync(join(site, 'pagefind', 'pagefind.js'))) return { ms: 0, by: 'build', peak: 0 };
  const bin = resolve('node_modules/.bin/pagefind');
  const t0 = performance.now();
  let peak = 0;
  await new Promise<void>((done, fail) => {
    const child = spawn(bin, ['--site', site, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid!));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      code === 0 ? done() : fail(new Error(`pagefind gagal: ${err}`));
    });
  });
  return { ms: performance.now() - t0, by: 'pagefind CLI', peak };
}

/** First query in a fresh browser context: bytes sent by the server and time until the first result's data. */
async function firstQuery(site: string): Promise<{ kb: number; ms: number; results: number }> {
  const blank = '<!doctype html><html lang="id"><title>bench</title><body></body></html>';
  // Without the site's headers: this measures the index, not the policy (the gate checks that).
  const srv = await serveSite(site, { routes: { '/__bench__/': blank }, applyHeaders: false });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${srv.url}/__bench__/`);
    const before = srv.requests.length;
    const r = await page.evaluate(async (q) => {
      const t0 = performance.now();
      const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
      const search = await pf.search(q);
      const first = search.results.length ? await search.results[0].data() : null;
      return { ms: performance.now() - t0, results: search.results.length, url: first?.url ?? null };
    }, QUERY);
    const bytes = srv.requests
      .slice(before)
      .filter((x) => x.path.startsWith('/pagefind/'))
      .reduce((n, x) => n + x.bytes, 0);
    await ctx.close();
    return { kb: bytes / 1024, ms: r.ms, results: r.results };
  } finally {
    await browser.close();
    await srv.close();
  }
}

/**
 * A copy of the project to build N regulations in: the committed tree (git
 * archive HEAD; the working tree when this is not a git checkout) with
 * node_modules linked, and content/regulations holding the real five folders
 * plus N-5 synthetic ones, each a whole folder made from its template's
 * (text, source, checker rules, figure map and own charts, comparison cells:
 * scripts/generate-synthetic.ts).
 */
function projectCopy(n: number, root: string, tmp: string): string {
  const base = join(tmp, 'base');
  if (!existsSync(base)) {
    // Once per run, so every N builds the same commit.
    mkdirSync(base, { recursive: true });
    let archived = false;
    try {
      execSync(`git -C "${root}" archive HEAD | tar -x -C "${base}"`, { stdio: ['ignore', 'ignore', 'ignore'], shell: '/bin/sh' });
      archived = existsSync(join(base, 'package.json'));
    } catch {
      archived = false;
    }
    if (!archived) {
      const skip = new Set(['node_modules', 'dist', '.astro', '.git']);
      cpSync(root, base, { recursive: true, filter: (src) => !skip.has(src.slice(root.length + 1).split('/')[0]!) });
    }
  }
  const copy = join(tmp, `root-${n}`);
  cpSync(base, copy, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const regDir = join(copy, 'content', 'regulations');
  const real = loadRegulations(regDir);
  if (n > real.length) writeSynthetic(n - real.length, regDir, { seed: 1, realDir: regDir, real });
  return copy;
}

/** Gzip size of every HTML page, grouped by template (regulation slugs replaced by "[slug]"). */
export function pageTemplates(site: string, slugs: Set<string>): Map<string, { pages: number; maxGz: number; maxPath: string }> {
  const out = new Map<string, { pages: number; maxGz: number; maxPath: string }>();
  for (const { file, path } of htmlPages(site)) {
    const tpl = path
      .split('/')
      .map((seg) => (slugs.has(seg) ? '[slug]' : seg))
      .join('/')
      .replace(/^\/penilai-kinerja\/\[slug\]\/[^/]+\/$/, '/penilai-kinerja/[slug]/[unit]/')
      .replace(/\/gambar\/[^/]+\/$/, '/gambar/[nomor]/')
      .replace(/^\/perbandingan\/(?!\[slug\])[^/]+\/(\[slug\]\/)?$/, (_m, s) => `/perbandingan/[topik]/${s ?? ''}`);
    const gz = gzipSync(readFileSync(join(site, file))).length;
    const t = out.get(tpl) ?? { pages: 0, maxGz: 0, maxPath: '' };
    t.pages++;
    if (gz > t.maxGz) {
      t.maxGz = gz;
      t.maxPath = path;
    }
    out.set(tpl, t);
  }
  return out;
}

/**
 * Where Astro's page rendering goes: the "(+12ms)" Astro logs after each file it writes,
 * summed per route template (regulation slugs as [slug], numbered parts as [n]).
 */
export function routeTimes(log: string, slugs: Set<string>): Map<string, { files: number; ms: number }> {
  const out = new Map<string, { files: number; ms: number }>();
  for (const m of log.matchAll(/[├└]─ (\S+?) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const tpl = m[1]!
      .replace(/index\.html$/, '')
      .split('/')
      .map((seg) => (slugs.has(seg) ? '[slug]' : seg))
      .join('/')
      .replace(/^\/\[slug\]\/(?!gambar\/|lampiran\/|catatan\/)[^/]+\/$/, '/[slug]/[pasal]/')
      .replace(/\/lampiran\/[^/]+\//, '/lampiran/[bagian]/')
      .replace(/\/gambar\/[^/]+\//, '/gambar/[n]/')
      .replace(/-\d+\.png$/, '-[bagian].png')
      .replace(/^\/perbandingan\/(?!\[slug\])[^/]+\/\[slug\]\/$/, '/perbandingan/[topik]/[slug]/')
      .replace(/^\/presentasi\/\[slug\]\/(bahan\.\w+)$/, '/presentasi/[slug]/$1');
    const t = out.get(tpl) ?? { files: 0, ms: 0 };
    t.files++;
    t.ms += ms;
    out.set(tpl, t);
  }
  return out;
}

/** The route templates that took most of Astro's rendering time. */
export function routeTable(r: Row, top = 15): string {
  const all = [...r.routes.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const total = all.reduce((n, [, t]) => n + t.ms, 0);
  const files = all.reduce((n, [, t]) => n + t.files, 0);
  const lines = all
    .slice(0, top)
    .map(
      ([k, t]) =>
        `| \`${k}\` | ${t.files} | ${(t.ms / 1000).toFixed(1)} | ${((100 * t.ms) / total).toFixed(0)}% | ${(t.ms / t.files).toFixed(1)} |`,
    );
  return [
    `N = ${r.n}: ${files} files rendered by Astro in ${(total / 1000).toFixed(1)} s (sum of Astro's per-file times); the ${Math.min(top, all.length)} costliest templates:`,
    '',
    '| route template | files | s | share | ms per file |',
    '|---|---:|---:|---:|---:|',
    ...lines,
  ].join('\n');
}

async function benchOne(n: number, root: string, tmp: string): Promise<Row> {
  const site = join(tmp, `site-${n}`);
  const copy = projectCopy(n, root, tmp);
  const commit = (() => {
    try {
      return execSync(`git -C "${root}" rev-parse --short HEAD`, { encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  })();
  console.error(`   commit ${commit}`);
  console.error(`== N=${n}: membangun…`);
  const loadBefore = load();
  // A cold figure cache for each N: the build's own PNG cache works within the build only.
  const b = await buildSite(site, { root: copy, env: { SK_FIGURE_CACHE_DIR: join(tmp, `figure-cache-${n}`) } });
  const pf = await ensurePagefind(site);
  const q = await firstQuery(site);
  const loadAfter = load();
  const slugs = new Set(
    readdirSync(join(copy, 'content', 'regulations'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  );
  const templates = pageTemplates(site, slugs);
  writeFileSync(join(tmp, `build-${n}.log`), b.log);
  const largest = [...templates.values()].sort((a, b) => b.maxGz - a.maxGz)[0]!;
  const row: Row = {
    largestGzKB: largest.maxGz / 1024,
    largestPath: largest.maxPath,
    loadBefore,
    loadAfter,
    templates,
    routes: routeTimes(b.log, slugs),
    n,
    pages: htmlPages(site).length,
    buildS: b.ms / 1000,
    peakMiB: b.peakRssBytes / 2 ** 20,
    pagefindPeakMiB: pf.peak / 2 ** 20,
    distMB: dirSize(site) / 2 ** 20,
    pagefindS: pf.ms / 1000,
    pagefindBy: pf.by,
    indexMB: dirSize(join(site, 'pagefind')) / 2 ** 20,
    queryKB: q.kb,
    queryMs: q.ms,
    results: q.results,
  };
  console.error(`   ${JSON.stringify({ ...row, templates: undefined, routes: undefined })}`);
  console.error(routeTable(row));
  return row;
}

export function table(rows: Row[]): string {
  const head =
    '| N | pages | build (s) | build peak memory (MiB) | Pagefind (s) | Pagefind peak memory (MiB) | total (s) | dist (MB) | Pagefind index (MB) | first query (KB) | first query (ms) | results | largest page (KB gzip) | load avg before → after |';
  const sep = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|';
  const lines = rows.map(
    (r) =>
      `| ${r.n} | ${r.pages} | ${r.buildS.toFixed(1)} | ${Math.round(r.peakMiB)} | ${r.pagefindBy === 'build' ? 'in build' : r.pagefindS.toFixed(1)} | ${r.pagefindBy === 'build' ? '—' : Math.round(r.pagefindPeakMiB)} | ${(r.buildS + r.pagefindS).toFixed(1)} | ${r.distMB.toFixed(1)} | ${r.indexMB.toFixed(1)} | ${r.queryKB.toFixed(0)} | ${Math.round(r.queryMs)} | ${r.results} | ${r.largestGzKB.toFixed(0)} (${r.largestPath}) | ${r.loadBefore} → ${r.loadAfter} |`,
  );
  return [head, sep, ...lines].join('\n');
}

/** Pages per template and the largest page of each (KB gzip), for every N: which pages grow with N. */
export function growthTable(rows: Row[]): string {
  const tpls = [...new Set(rows.flatMap((r) => [...r.templates.keys()]))].sort();
  const head = `| page template | ${rows.map((r) => `pages N=${r.n}`).join(' | ')} | ${rows.map((r) => `largest KB gzip N=${r.n}`).join(' | ')} |`;
  const sep = `|---|${rows.map(() => '---:').join('|')}|${rows.map(() => '---:').join('|')}|`;
  const lines = tpls.map(
    (t) =>
      `| \`${t}\` | ${rows.map((r) => r.templates.get(t)?.pages ?? 0).join(' | ')} | ${rows.map((r) => ((r.templates.get(t)?.maxGz ?? 0) / 1024).toFixed(1)).join(' | ')} |`,
  );
  return [head, sep, ...lines].join('\n');
}

if (import.meta.main) {
  const { sizes, write, keep } = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  const tmp = mkdtempSync(join(tmpdir(), 'sk-scale-'));
  const rows: Row[] = [];
  try {
    for (const n of sizes) rows.push(await benchOne(n, root, tmp));
  } finally {
    if (!keep) rmSync(tmp, { recursive: true, force: true });
    else console.error(`situs yang dibangun: ${tmp}`);
  }
  const m = machine(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const when = new Date().toISOString().slice(0, 10);
  const out = `Measured ${when} with \`node scripts/bench-scale.ts ${sizes.join(' ')}\`; first query: "${QUERY}" in a fresh Chromium context (Pagefind's JS, WASM, index chunks and first result fragment, gzip as served). Build time is the project's build script (content check, Astro, and its Pagefind step when it has one); when the build has no Pagefind step, the Pagefind CLI runs on the whole site afterwards and its time is shown separately and added to the total.\n\n${table(rows)}\n\nPages by template (regulation slugs as [slug]): how many, and the largest of each in KB gzip:\n\n${growthTable(rows)}\n\nWhere Astro's rendering time goes:\n\n${rows.map((r) => routeTable(r)).join('\n\n')}\n\nMachine:\n\n${machineLines(m)}\n`;
  console.log(out);
  if (write) {
    const doc = join(root, 'docs', 'scale.md');
    const text = readFileSync(doc, 'utf8');
    const start = '<!-- bench-scale:start -->';
    const end = '<!-- bench-scale:end -->';
    if (!text.includes(start) || !text.includes(end)) usage(`docs/scale.md tidak punya penanda ${start} … ${end}`);
    writeFileSync(doc, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${out}${end}`));
    console.error('docs/scale.md diperbarui');
  }
}
