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
 * The site is served as docs/hosting/nginx.conf and public/_headers serve it:
 * gzip for text, content-hashed files (/_astro/, Pagefind's index, fragments
 * and filters) immutable, everything else revalidated (ETag, 304).
 * `--plain-server` uses the tests' plain server instead (no compression, no
 * cache headers).
 *
 * The first query is measured twice, each in a fresh browser profile: typed
 * the way a person types (focus, then one key every 200 ms: the header box
 * prefetches the search while the words are typed), and pasted and sent at
 * once (no time to prefetch).
 *
 *   nice -n 19 npm run bench:search     # after npm run build
 *   SITE_DIST=/tmp/x node scripts/bench-search.ts [--json] [--no-throttle] [--plain-server]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { loadavg } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import { launch, serveDist } from '../test/browser/harness.ts';
import { QUALITY } from '../src/lib/search/quality.ts';

const site = resolve(process.env.SITE_DIST ?? 'dist');
const asJson = process.argv.includes('--json');
const throttle = !process.argv.includes('--no-throttle');
/** Print each request of the first queries (sent, first byte, end, from Enter) and the page's phase marks. */
const showWaterfall = process.argv.includes('--waterfall');
/** Only the first queries (the later ones take minutes). */
const firstOnly = process.argv.includes('--first-only');
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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
/** The site as docs/hosting serves it: gzip for text, hashed files immutable, the rest revalidated by ETag. */
function serveLikeHosting(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end('not found');
    let body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    headers['cache-control'] = /^\/(_astro|pagefind\/(fragment|index|filter))\//.test(path)
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=0, must-revalidate';
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    headers.etag = etag;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
    if (/text|javascript|json|svg|wasm/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })),
  );
}

const plain = process.argv.includes('--plain-server');
const { server, url } = plain ? await serveDist() : await serveLikeHosting(site);
const browser = await launch();
const mobile = { locale: 'id-ID', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

async function throttled(ctx: BrowserContext) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  }
  const responses = new Map<string, string>();
  const transferred = new Map<string, number>();
  /** Per request: path (with query), when it was sent, its first byte and its end (CDP monotonic seconds). */
  const timeline = new Map<string, { url: string; sent: number; first?: number; end?: number; cached?: boolean; status?: number }>();
  cdp.on('Network.requestWillBeSent', (e) => {
    const u = new URL(e.request.url);
    timeline.set(e.requestId, { url: u.pathname + u.search, sent: e.timestamp });
  });
  cdp.on('Network.responseReceived', (e) => {
    responses.set(e.requestId, new URL(e.response.url).pathname);
    const t = timeline.get(e.requestId);
    if (t)
      Object.assign(t, { first: e.timestamp, cached: e.response.fromDiskCache || e.response.fromPrefetchCache, status: e.response.status });
  });
  cdp.on('Network.loadingFinished', (e) => {
    transferred.set(e.requestId, e.encodedDataLength);
    const t = timeline.get(e.requestId);
    if (t) t.end = e.timestamp;
  });
  return { page, cdp, responses, transferred, timeline };
}

/** 1. First query from the header box of a reading page, in a fresh profile (nothing of the search cached). */
async function firstQuery(typed: boolean) {
  const ctx = await browser.newContext(mobile);
  const { page, cdp, responses, transferred, timeline } = await throttled(ctx);
  await page.goto(`${url}/klaten/`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const before = new Set(transferred.keys());
  const cpu = async () => {
    const m = (await cdp.send('Performance.getMetrics')).metrics;
    const get = (n: string) => m.find((x) => x.name === n)?.value ?? 0;
    return { now: get('Timestamp'), script: get('ScriptDuration'), task: get('TaskDuration') };
  };
  await cdp.send('Performance.enable');
  const f0 = await cpu();
  if (typed) {
    await page.focus('#cari-situs');
    await page.keyboard.type('ppk', { delay: 200 });
  } else await page.fill('#cari-situs', 'ppk');
  const c0 = await cpu();
  const t0 = Date.now();
  await page.press('#cari-situs', 'Enter');
  await page.waitForSelector('.cari[data-keadaan="siap"] .hasil', { timeout: 60_000 });
  const ms = Date.now() - t0;
  // Main-thread time of the new page (the metrics restart with the navigation) and its own phase marks.
  const c1 = await cpu();
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('cari:'))
      .map((m) => ({ name: m.name, at: Math.round(m.startTime) })),
  );
  const navStart = await page.evaluate(() => performance.timeOrigin);
  await page.waitForTimeout(300);
  const waterfall = [...timeline.entries()]
    .filter(([id, t]) => !before.has(id) && t.sent >= f0.now - 0.001)
    .map(([, t]) => ({
      url: t.url,
      sent: Math.round((t.sent - c0.now) * 1000),
      first: t.first === undefined ? undefined : Math.round((t.first - c0.now) * 1000),
      end: t.end === undefined ? undefined : Math.round((t.end - c0.now) * 1000),
      cached: t.cached,
      status: t.status,
    }))
    .sort((a, b) => a.sent - b.sent);
  const files = [...transferred.entries()]
    .filter(([id]) => !before.has(id))
    .map(([id, bytes]) => ({ url: responses.get(id) ?? id, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
  await ctx.close();
  // The metrics are the renderer's: cumulative unless the navigation started a new one.
  const since = (a: number, b: number) => Math.round((b >= a ? b - a : b) * 1000);
  const afterEnter = { script: since(c0.script, c1.script), task: since(c0.task, c1.task) };
  return {
    ms,
    requests: files.length,
    bytes: sum(files.map((f) => f.bytes)),
    files,
    waterfall,
    mainThread: afterEnter,
    marks: marks.map((m) => ({ ...m, fromEnter: Math.round(navStart + m.at - t0) })),
    enterAt: c0.now,
  };
}
const typedFirst = await firstQuery(true);
const pastedFirst = await firstQuery(false);
const firstMs = typedFirst.ms;
const first = typedFirst.files;
const firstBytes = typedFirst.bytes;

const later = firstOnly ? QUALITY.slice(0, 1) : QUALITY;
const ctx = await browser.newContext(mobile);
const { page, transferred } = await throttled(ctx);
await page.goto(`${url}/cari/`, { waitUntil: 'load' });
await page.waitForSelector('.cari[data-keadaan="siap"]');

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
for (const c of later) pass1.push(await ask(c.q));
const laterBytes = sum([...transferred.values()].slice(beforeLater));
const pass2: number[] = [];
for (const c of later) pass2.push(await ask(c.q));
await browser.close();
server.close();

const report = {
  site,
  conditions: throttle ? { cpuSlowdown: CPU, latencyMs: NETWORK.latency, downloadMbps: 1.6, uploadKbps: 750 } : 'none',
  index,
  server: plain ? 'plain (tests)' : 'like docs/hosting (gzip, immutable hashed files, ETag)',
  loadAverage: loadavg(),
  firstQuery: { from: '/klaten/ header box', query: 'ppk', typed: typedFirst, pasted: { ...pastedFirst, files: undefined } },
  laterQueries: {
    count: later.length,
    firstPass: { medianMs: pct(pass1, 50), p95Ms: pct(pass1, 95), bytes: laterBytes },
    secondPass: { medianMs: pct(pass2, 50), p95Ms: pct(pass2, 95) },
    slowest: later
      .map((c, i) => ({ q: c.q, ms: Math.round(pass2[i]!) }))
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
  console.log(`Server: ${report.server}; beban mesin (1, 5, 15 menit): ${report.loadAverage.map((x) => x.toFixed(1)).join(', ')}`);
  console.log(
    `\nKueri pertama ("ppk" dari kotak di kepala halaman /klaten/, tanpa cache pencarian), diketik (200 ms per tombol): ${firstMs} ms dari Enter sampai hasil tampil (sasaran < 1500 ms); ${first.length} permintaan, ${kb(firstBytes)} diterima sejak fokus (sasaran < 250 KB)`,
  );
  console.log(
    `  ditempel lalu langsung Enter (tanpa waktu memuat lebih dulu): ${pastedFirst.ms} ms; ${pastedFirst.requests} permintaan, ${kb(pastedFirst.bytes)}`,
  );
  for (const f of first.slice(0, 15)) console.log(`  ${kb(f.bytes).padStart(9)}  ${f.url}`);
  if (showWaterfall)
    for (const [name, q] of [
      ['diketik', typedFirst],
      ['ditempel', pastedFirst],
    ] as const) {
      console.log(
        `\n  ${name}: waktu utas utama halaman hasil ${q.mainThread.task} ms (skrip ${q.mainThread.script} ms); ms dari Enter (kirim, bita pertama, selesai):`,
      );
      for (const w of q.waterfall)
        console.log(
          `  ${String(w.sent).padStart(6)} ${String(w.first ?? '-').padStart(6)} ${String(w.end ?? '-').padStart(6)}${w.cached ? ' cache' : `   ${w.status ?? '---'}`}  ${w.url.slice(0, 90)}`,
        );
      for (const m of q.marks) console.log(`  ${String(m.fromEnter).padStart(6)}  tanda ${m.name}`);
    }
  if (first.length > 15) console.log(`  ... ${first.length - 15} berkas lain, ${kb(sum(first.slice(15).map((f) => f.bytes)))}`);
  console.log(`\nKueri berikutnya (${later.length} kueri uji mutu, diketik di kotak pencarian):`);
  console.log(
    `  putaran pertama (memuat potongan indeks baru, ${kb(laterBytes)}): median ${pct(pass1, 50).toFixed(0)} ms, p95 ${pct(pass1, 95).toFixed(0)} ms`,
  );
  console.log(
    `  putaran kedua (indeks sudah dimuat): median ${pct(pass2, 50).toFixed(0)} ms (sasaran < 50 ms), p95 ${pct(pass2, 95).toFixed(0)} ms`,
  );
  console.log(`  paling lambat: ${report.laterQueries.slowest.map((x) => `"${x.q}" ${x.ms} ms`).join(', ')}`);
}
