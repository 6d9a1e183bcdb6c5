/**
 * Search benchmark (not a test). In Chromium with 4x CPU throttling and a
 * Slow 4G profile (150 ms round trip, 1.6 Mbps down, 750 kbps up), against
 * the built site (SITE_DIST, default dist/):
 *
 * - first query: on a reading page with nothing of the search loaded yet,
 *   type into the header box and press Enter; time until the results are
 *   shown, and bytes received from Enter on (page, code, index, data);
 * - later queries: the quality set typed into the search page's box one
 *   after the other (first pass loads index chunks as needed; second pass
 *   with the index loaded), time from submit to results shown;
 * - the index on disk.
 *
 *   flock /tmp/sk-heavy.lock npm run bench:search     # after npm run build
 *   SITE_DIST=/tmp/x node scripts/bench-search.ts [--json] [--no-throttle]
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, serveDist } from '../test/browser/harness.ts';
import { QUALITY } from '../src/lib/search/quality.ts';

const site = resolve(process.env.SITE_DIST ?? 'dist');
const asJson = process.argv.includes('--json');
const throttle = !process.argv.includes('--no-throttle');
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU = 4;

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

const files = walk(join(site, 'pagefind'));
const group = (re: RegExp) => sum(files.filter((f) => re.test(f.path)).map((f) => f.size));
const index = {
  files: files.length,
  total: sum(files.map((f) => f.size)),
  wordIndex: group(/\/index\//),
  fragments: group(/\/fragment\//),
  filters: group(/\/filter\//),
  meta: group(/\.pf_meta$/),
  engine: group(/(pagefind\.js|wasm\.id\.pagefind)$/),
  data: statSync(join(site, 'cari', 'data.json')).size,
};

const { server, url } = await serveDist();
const browser = await launch();
const ctx = await browser.newContext({ locale: 'id-ID', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Network.enable');
if (throttle) {
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
}
const responses = new Map<string, string>();
const transferred = new Map<string, number>();
cdp.on('Network.responseReceived', (e) => responses.set(e.requestId, new URL(e.response.url).pathname));
cdp.on('Network.loadingFinished', (e) => transferred.set(e.requestId, e.encodedDataLength));

// 1. First query from the header box of a reading page.
await page.goto(`${url}/klaten/`, { waitUntil: 'load' });
await page.waitForTimeout(500);
const before = new Set(transferred.keys());
await page.fill('#cari-situs', 'ppk');
const t0 = Date.now();
await page.press('#cari-situs', 'Enter');
await page.waitForSelector('.cari[data-keadaan="siap"] .hasil', { timeout: 60_000 });
const firstMs = Date.now() - t0;
await page.waitForTimeout(300);
const first = [...transferred.entries()]
  .filter(([id]) => !before.has(id))
  .map(([id, bytes]) => ({ url: responses.get(id) ?? id, bytes }))
  .sort((a, b) => b.bytes - a.bytes);
const firstBytes = sum(first.map((f) => f.bytes));

// 2. Later queries typed into the page's box.
const ask = (q: string) =>
  page.evaluate(async (q) => {
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
  }, q);
const beforeLater = transferred.size;
const pass1: number[] = [];
for (const c of QUALITY) pass1.push(await ask(c.q));
const laterBytes = sum([...transferred.values()].slice(beforeLater));
const pass2: number[] = [];
for (const c of QUALITY) pass2.push(await ask(c.q));
await browser.close();
server.close();

const report = {
  site,
  conditions: throttle ? { cpuSlowdown: CPU, latencyMs: NETWORK.latency, downloadMbps: 1.6, uploadKbps: 750 } : 'none',
  index,
  firstQuery: { from: '/klaten/ header box', query: 'ppk', ms: firstMs, requests: first.length, bytes: firstBytes, files: first },
  laterQueries: {
    count: QUALITY.length,
    firstPass: { medianMs: pct(pass1, 50), p95Ms: pct(pass1, 95), bytes: laterBytes },
    secondPass: { medianMs: pct(pass2, 50), p95Ms: pct(pass2, 95) },
    slowest: QUALITY.map((c, i) => ({ q: c.q, ms: Math.round(pass2[i]!) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5),
  },
};

if (asJson) console.log(JSON.stringify(report, null, 2));
else {
  console.log(
    `Kondisi: ${throttle ? `CPU ${CPU}x lebih lambat, Slow 4G (RTT ${NETWORK.latency} ms, 1,6 Mbps turun, 750 kbps naik)` : 'tanpa pembatasan'}; layar 360 x 740`,
  );
  console.log(
    `Indeks Pagefind: ${index.files} berkas, ${kb(index.total)} (indeks kata ${kb(index.wordIndex)}, fragmen ${kb(index.fragments)}, saringan ${kb(index.filters)}, meta ${kb(index.meta)}, mesin ${kb(index.engine)}); /cari/data.json ${kb(index.data)}`,
  );
  console.log(
    `\nKueri pertama ("ppk" dari kotak di kepala halaman /klaten/, tanpa cache pencarian): ${firstMs} ms sampai hasil tampil (sasaran < 1500 ms); ${first.length} permintaan, ${kb(firstBytes)} diterima (sasaran < 250 KB)`,
  );
  for (const f of first.slice(0, 15)) console.log(`  ${kb(f.bytes).padStart(9)}  ${f.url}`);
  if (first.length > 15) console.log(`  ... ${first.length - 15} berkas lain, ${kb(sum(first.slice(15).map((f) => f.bytes)))}`);
  console.log(`\nKueri berikutnya (${QUALITY.length} kueri uji mutu, diketik di kotak pencarian):`);
  console.log(
    `  putaran pertama (memuat potongan indeks baru, ${kb(laterBytes)}): median ${pct(pass1, 50).toFixed(0)} ms, p95 ${pct(pass1, 95).toFixed(0)} ms`,
  );
  console.log(
    `  putaran kedua (indeks sudah dimuat): median ${pct(pass2, 50).toFixed(0)} ms (sasaran < 50 ms), p95 ${pct(pass2, 95).toFixed(0)} ms`,
  );
  console.log(`  paling lambat: ${report.laterQueries.slowest.map((x) => `"${x.q}" ${x.ms} ms`).join(', ')}`);
}
