/**
 * Builds the Pagefind index of the built site (SITE_DIST, default dist/):
 * the comparison pages as HTML, and one record per citable provision of each
 * regulation (see src/lib/search/records.ts), so results land on the exact
 * provision. Also writes the search vocabulary used to correct misspellings.
 * Fails (exit 1) if a record points at an anchor the built page lacks.
 *
 *   node scripts/pagefind.ts
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { loadRegulations } from '../src/lib/load.ts';
import { buildView } from '../src/lib/regulation-view.ts';
import { loadAlignment } from '../src/lib/compare/load.ts';
import { regulationRecords } from '../src/lib/search/records.ts';
import { vocabulary } from '../src/lib/search/vocabulary.ts';

const site = resolve(process.env.SITE_DIST ?? 'dist');
const fail = (msg: string): never => {
  console.error(msg);
  process.exit(1);
};
if (!existsSync(join(site, 'index.html'))) fail(`${site} belum berisi situs yang dibangun: jalankan astro build dulu.`);

const regs = loadRegulations();
const alignment = loadAlignment();
const records = regs.flatMap((r) => regulationRecords(buildView(r), alignment));

// Every record must land on an element that exists in the built page.
const missing: string[] = [];
for (const reg of regs) {
  const html = readFileSync(join(site, reg.slug, 'index.html'), 'utf8');
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const r of records.filter((x) => x.url.startsWith(`/${reg.slug}/#`))) {
    const id = r.url.split('#')[1]!;
    if (!ids.has(id)) missing.push(`${reg.slug}: #${id}`);
  }
}
if (missing.length) fail(`Rekaman pencarian menunjuk ke jangkar yang tidak ada di halaman:\n  ${missing.slice(0, 20).join('\n  ')}`);

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
if (!index) fail(`Pagefind gagal: ${errors.join('; ')}`);
// Comparison pages are indexed from their HTML (title, summary, row headings); the regulation
// pages are not, because every provision on them is indexed as its own record below.
const dir = await index!.addDirectory({ path: site, glob: 'perbandingan/**/*.html' });
if (dir.errors.length) fail(`Pagefind gagal membaca halaman: ${dir.errors.join('; ')}`);
// The plain-language guides (content/panduan), indexed as whole pages.
const guides = await index!.addDirectory({ path: site, glob: 'panduan/*/index.html' });
if (guides.errors.length) fail(`Pagefind gagal membaca panduan: ${guides.errors.join('; ')}`);
for (const r of records) {
  const res = await index!.addCustomRecord(r);
  if (res.errors.length) fail(`Pagefind gagal pada ${r.url}: ${res.errors.join('; ')}`);
}
const out = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
if (out.errors.length) fail(`Pagefind gagal menulis indeks: ${out.errors.join('; ')}`);
await pagefind.close();
// The search page has its own interface: Pagefind's ready-made UI bundles are not shipped.
for (const f of readdirSync(join(site, 'pagefind'))) {
  if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f)) rmSync(join(site, 'pagefind', f));
}

mkdirSync(join(site, 'cari'), { recursive: true });
const words = vocabulary(records.map((r) => r.content));
writeFileSync(join(site, 'cari', 'kosakata.txt'), words.join('\n') + '\n');
console.log(`Pagefind: ${dir.page_count} halaman perbandingan + ${guides.page_count} panduan + ${records.length} ketentuan diindeks; kosakata ${words.length} kata -> ${join(site, 'pagefind')}`);
