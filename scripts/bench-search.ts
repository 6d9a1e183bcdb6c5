/**
 * Search benchmark (not a test): index size, bytes transferred for the first
 * query including the search page's own code, and query latency, measured in
 * Chromium against the built site (SITE_DIST, default dist/).
 *
 *   npm run bench:search            # after npm run build
 *   SITE_DIST=/tmp/x node scripts/bench-search.ts [--json]
 *
 * Bytes are what the browser received from the local server (no HTTP
 * compression there), plus the gzip size of the same bodies for comparison
 * with a real host; Pagefind's index, fragments and WebAssembly are already
 * compressed files, so only the HTML, CSS and JavaScript shrink further.
 */
import { readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { launch, serveDist } from '../test/browser/harness.ts';
import { QUALITY } from '../src/lib/search/quality.ts';

const site = resolve(process.env.SITE_DIST ?? 'dist');
const asJson = process.argv.includes('--json');

function walk(dir: string): { path: string; size: number }[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    const s = statSync(p);
    return s.isDirectory() ? walk(p) : [{ path: p, size: s.size }];
  });
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

// 1. Index size on disk.
const files = walk(join(site, 'pagefind'));
const group = (re: RegExp) => sum(files.filter((f) => re.test(f.path)).map((f) => f.size));
const index = {
  files: files.length,
  total: sum(files.map((f) => f.size)),
  wordIndex: group(/\/index\//),
  fragments: group(/\/fragment\//),
  filters: group(/\/filter\//),
  meta: group(/\.pf_meta$/),
  engine: group(/(pagefind\.js|pagefind-worker\.js|wasm\.id\.pagefind)$/),
  vocabulary: statSync(join(site, 'cari', 'kosakata.txt')).size,
};

// 2. First query, cold, and 3. later queries, in Chromium.
const { server, url } = await serveDist();
const browser = await launch();
const ctx = await browser.newContext({ locale: 'id-ID' });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
const responses = new Map<string, { url: string; type: string }>();
const transferred = new Map<string, number>();
cdp.on('Network.responseReceived', (e) => responses.set(e.requestId, { url: e.response.url, type: e.type }));
cdp.on('Network.loadingFinished', (e) => transferred.set(e.requestId, e.encodedDataLength));

const t0 = Date.now();
await page.goto(`${url}/cari/?q=${encodeURIComponent('ppk')}`);
await page.waitForSelector('.cari[data-keadaan="siap"]', { timeout: 30_000 });
const firstMs = Date.now() - t0;
const firstResults = await page.locator('.hasil').count();
const first: { url: string; bytes: number; gzip: number }[] = [];
for (const [id, r] of responses) {
  const bytes = transferred.get(id) ?? 0;
  const path = new URL(r.url).pathname;
  let gzip = bytes;
  if (/\.(html|css|js|txt|json)$|\/$/.test(path)) {
    try {
      const body = await cdp.send('Network.getResponseBody', { requestId: id });
      gzip = gzipSync(Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8')).length;
    } catch { /* body no longer available */ }
  }
  first.push({ url: path, bytes, gzip });
}
first.sort((a, b) => b.bytes - a.bytes);
const firstTotal = sum(first.map((f) => f.bytes));
const firstGzip = sum(first.map((f) => f.gzip));
const searchOnly = first.filter((f) => /\/pagefind\/|\/cari\/kosakata|\/_astro\/.*\.js$/.test(f.url));

// Later queries: type into the box, time until results are shown; and Pagefind's own time.
const later: number[] = [];
const engineOnly: number[] = [];
const before = transferred.size;
for (const c of QUALITY) {
  const ms = await page.evaluate(async (q) => {
    const root = document.querySelector<HTMLElement>('.cari')!;
    const input = document.querySelector<HTMLInputElement>('#q')!;
    const form = document.querySelector<HTMLFormElement>('#cari-form')!;
    const start = performance.now();
    input.value = q;
    form.requestSubmit();
    await new Promise<void>((resolve) => {
      const check = () => (root.dataset.keadaan === 'siap' ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    return performance.now() - start;
  }, c.q);
  later.push(ms);
}
// Repeat the set once more: now every index chunk is loaded, this is the steady state.
const warm: number[] = [];
for (const c of QUALITY) {
  warm.push(await page.evaluate(async (q) => {
    // @ts-expect-error loaded from the site at run time
    const pf = await import('/pagefind/pagefind.js');
    const start = performance.now();
    const r = await pf.search(q);
    await Promise.all(r.results.slice(0, 10).map((x: { data: () => Promise<unknown> }) => x.data()));
    return performance.now() - start;
  }, c.q));
  const ms = await page.evaluate(async (q) => {
    const root = document.querySelector<HTMLElement>('.cari')!;
    const input = document.querySelector<HTMLInputElement>('#q')!;
    const start = performance.now();
    input.value = q;
    document.querySelector<HTMLFormElement>('#cari-form')!.requestSubmit();
    await new Promise<void>((resolve) => {
      const check = () => (root.dataset.keadaan === 'siap' ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    return performance.now() - start;
  }, c.q);
  engineOnly.push(ms);
}
const laterBytes = sum([...transferred.entries()].slice(before).map(([, b]) => b));
await browser.close();
server.close();

const report = {
  site,
  index,
  firstQuery: { query: 'ppk', ms: firstMs, results: firstResults, requests: first.length, bytes: firstTotal, gzipBytes: firstGzip, searchCodeAndIndexBytes: sum(searchOnly.map((f) => f.bytes)), files: first },
  laterQueries: {
    count: later.length,
    firstPassMs: { median: pct(later, 50), p95: pct(later, 95), max: Math.max(...later) },
    firstPassBytes: laterBytes,
    warmPageMs: { median: pct(engineOnly, 50), p95: pct(engineOnly, 95), max: Math.max(...engineOnly) },
    warmPagefindSearchMs: { median: pct(warm, 50), p95: pct(warm, 95) },
    slowestWarm: QUALITY.map((c, i) => ({ q: c.q, ms: Math.round(engineOnly[i]!) })).sort((a, b) => b.ms - a.ms).slice(0, 5),
  },
};

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`Indeks Pagefind (${site}/pagefind): ${index.files} berkas, ${kb(index.total)}`);
  console.log(`  indeks kata ${kb(index.wordIndex)}, fragmen ${kb(index.fragments)}, saringan ${kb(index.filters)}, meta ${kb(index.meta)}, mesin (js+worker+wasm) ${kb(index.engine)}; kosakata ${kb(index.vocabulary)}`);
  console.log(`\nKueri pertama ("ppk", tanpa cache): ${first.length} permintaan, ${kb(firstTotal)} diterima (${kb(firstGzip)} jika HTML/CSS/JS di-gzip), ${firstMs} ms sampai hasil tampil, ${firstResults} hasil ditampilkan`);
  console.log(`  di antaranya kode pencarian + indeks: ${kb(sum(searchOnly.map((f) => f.bytes)))}`);
  for (const f of first) console.log(`  ${kb(f.bytes).padStart(9)}  ${f.gzip !== f.bytes ? `(gzip ${kb(f.gzip)})`.padEnd(16) : ''.padEnd(16)} ${f.url}`);
  console.log(`\nKueri berikutnya (${later.length} kueri uji mutu, diketik di kotak pencarian):`);
  console.log(`  putaran pertama (memuat potongan indeks baru, ${kb(laterBytes)} total): median ${later.length ? pct(later, 50).toFixed(1) : '-'} ms, p95 ${pct(later, 95).toFixed(1)} ms`);
  console.log(`  putaran kedua (indeks sudah dimuat): median ${pct(engineOnly, 50).toFixed(1)} ms, p95 ${pct(engineOnly, 95).toFixed(1)} ms sampai hasil tampil`);
  console.log(`  paling lambat: ${report.laterQueries.slowestWarm.map((x) => `"${x.q}" ${x.ms} ms`).join(', ')}`);
  console.log(`  pagefind.search + data 10 hasil saja: median ${pct(warm, 50).toFixed(1)} ms, p95 ${pct(warm, 95).toFixed(1)} ms`);
}
