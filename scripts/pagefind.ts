/**
 * Builds the Pagefind index of the built site (SITE_DIST, default dist/):
 * the comparison pages as HTML, and one record per citable provision of each
 * regulation (see src/lib/search/records.ts), so results land on the exact
 * provision. (The vocabulary and the citation targets are src/pages/cari/data.json.ts.)
 * Fails (exit 1) if a record points at an anchor the built page lacks.
 *
 *   node scripts/pagefind.ts
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { loadRegulations } from '../src/lib/load.ts';
import { buildView } from '../src/lib/regulation-view.ts';
import { loadAlignment } from '../src/lib/compare/load.ts';
import { regulationRecords, type SearchRecord } from '../src/lib/search/records.ts';
import { moduleScripts, searchHints, staticImports, withHints } from '../src/lib/search/hints.ts';

const site = resolve(process.env.SITE_DIST ?? 'dist');
const fail = (msg: string): never => {
  console.error(msg);
  process.exit(1);
};
if (!existsSync(join(site, 'index.html'))) fail(`${site} belum berisi situs yang dibangun: jalankan astro build dulu.`);

const regs = loadRegulations();
const alignment = loadAlignment();
const records = regs.flatMap((r) => regulationRecords(buildView(r), alignment));

// Every record must land on an element that exists in the built page (whatever page provisionPath chose).
const missing: string[] = [];
const pageIds = new Map<string, Set<string>>();
for (const r of records) {
  const [path, id] = r.url.split('#') as [string, string | undefined];
  let ids = pageIds.get(path);
  if (!ids) {
    const file = join(site, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
    ids = existsSync(file) ? new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)) : new Set<string>();
    pageIds.set(path, ids);
  }
  if (id && !ids.has(id)) missing.push(`${path}#${id}`);
}
if (missing.length) fail(`Rekaman pencarian menunjuk ke jangkar yang tidak ada di halaman:\n  ${missing.slice(0, 20).join('\n  ')}`);

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/**
 * One record as a small HTML document: the provision's text at full weight, the words around it
 * (parent Pasal, headings, a repeated Gambar) at a low weight, meta and filters in an ignored block.
 */
function recordHtml(r: SearchRecord): string {
  const meta = Object.entries(r.meta)
    .map(([k, v]) => `<span data-pagefind-meta="${esc(k)}">${esc(v)}</span>`)
    .join('');
  const filters = Object.entries(r.filters)
    .flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${esc(k)}">${esc(v)}</span>`))
    .join('');
  const around = r.sekitar ? `<p data-pagefind-weight="${CONTEXT_WEIGHT}">${esc(r.sekitar)}</p>` : '';
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(r.meta.title ?? r.url)}</title></head><body><main data-pagefind-body><p>${esc(r.content)}</p>${around}<div data-pagefind-ignore>${meta}${filters}</div></main></body></html>`;
}
/** Weight of the words around a provision (its own words weigh 1). */
const CONTEXT_WEIGHT = 0.3;

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
if (!index) fail(`Pagefind gagal: ${errors.join('; ')}`);
// Comparison pages are indexed from their HTML (title, summary, row headings); the regulation
// pages are not, because every provision on them is indexed as its own record below.
// Only the overview and the topic pages: the per-regulation pages (/perbandingan/<topik>/<slug>/)
// repeat a topic page's rows for one regulation and would fill the results with duplicates.
const dir = { page_count: 0 };
for (const glob of ['perbandingan/index.html', 'perbandingan/*/index.html']) {
  const added = await index!.addDirectory({ path: site, glob });
  if (added.errors.length) fail(`Pagefind gagal membaca halaman: ${added.errors.join('; ')}`);
  dir.page_count += added.page_count;
}
// The plain-language guides (content/panduan), indexed as whole pages.
const guides = await index!.addDirectory({ path: site, glob: 'panduan/*/index.html' });
if (guides.errors.length) fail(`Pagefind gagal membaca panduan: ${guides.errors.join('; ')}`);
for (const r of records) {
  const res = await index!.addHTMLFile({ url: r.url, content: recordHtml(r) });
  if (res.errors.length) fail(`Pagefind gagal pada ${r.url}: ${res.errors.join('; ')}`);
}
const out = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
if (out.errors.length) fail(`Pagefind gagal menulis indeks: ${out.errors.join('; ')}`);
await pagefind.close();
// The search page has its own interface: Pagefind's ready-made UI bundles are not shipped.
for (const f of readdirSync(join(site, 'pagefind'))) {
  if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f)) rmSync(join(site, 'pagefind', f));
}

// Loading hints in the search page: its script's chunks, Pagefind's files of this index and
// data.json, all asked for while the page is read (src/lib/search/hints.ts).
const searchPage = join(site, 'cari', 'index.html');
if (!existsSync(searchPage)) fail(`${searchPage} tidak ada: halaman pencarian belum dibangun.`);
const pageHtml = readFileSync(searchPage, 'utf8');
const chunks = new Set<string>();
const follow = (path: string) => {
  const file = join(site, path);
  if (!existsSync(file)) fail(`${searchPage}: skrip ${path} tidak ada di ${site}.`);
  for (const imp of staticImports(readFileSync(file, 'utf8'), path)) {
    if (chunks.has(imp)) continue;
    chunks.add(imp);
    follow(imp);
  }
};
for (const script of moduleScripts(pageHtml)) follow(script);
let hints;
try {
  hints = searchHints({
    base: '/',
    entry: JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')),
    chunks: [...chunks],
  });
  writeFileSync(searchPage, withHints(pageHtml, hints));
} catch (e) {
  fail(`Petunjuk muat halaman pencarian gagal: ${(e as Error).message}`);
}

console.log(
  `Pagefind: ${dir.page_count} halaman perbandingan + ${guides.page_count} panduan + ${records.length} ketentuan diindeks -> ${join(site, 'pagefind')}; ${hints!.length} petunjuk muat di /cari/`,
);
