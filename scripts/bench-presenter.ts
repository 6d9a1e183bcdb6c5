/**
 * Benchmark (not a test) of the presenter: the size of its script, style and
 * service worker (raw and gzip), proof that reading pages load none of it,
 * the deck pages' HTML size, each deck's PDF handout (size, pages), and the
 * time to build the decks and their PDFs.
 *   node scripts/bench-presenter.ts [--dist=<dir>]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { getDocumentProxy } from 'unpdf';
import { siteDecks } from '../src/lib/decks/build.ts';
import { deckPdf } from '../src/lib/decks/pdf.ts';
import { renderFigure } from '../src/lib/figures/render.ts';

const distArg = process.argv.find((a) => a.startsWith('--dist='));
const unknown = process.argv.slice(2).filter((a) => !a.startsWith('--dist='));
if (unknown.length) {
  console.error('usage: node scripts/bench-presenter.ts [--dist=<dir>]');
  process.exit(2);
}
const dist = distArg ? distArg.slice(7) : (process.env.SITE_DIST ?? 'dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (b: Uint8Array | string) => gzipSync(b).length;

// Decks and PDFs, built in memory.
let t = performance.now();
const { decks, figures } = siteDecks();
const tDecks = performance.now() - t;
t = performance.now();
const made: { id: string; bytes: number }[] = [];
for (const d of decks.filter((x) => x.slides.length)) {
  const pdf = await deckPdf(d, { site: process.env.SITE_URL ?? '', svg: async (s) => (await renderFigure(s.figure)).svg });
  made.push({ id: d.id, bytes: pdf.length });
}
const tPdf = performance.now() - t;
console.log(
  `decks: ${decks.filter((d) => d.slides.length).length} with slides (${decks.filter((d) => !d.slides.length).length} empty), ${decks.reduce((n, d) => n + d.slides.length, 0)} slides, ${decks.reduce((n, d) => n + d.slides.reduce((k, s) => k + s.steps.length, 0), 0)} steps; ${figures.length} single-figure presenter pages`,
);
console.log(`build: decks ${tDecks.toFixed(0)} ms (incl. loading content), PDF handouts ${tPdf.toFixed(0)} ms for ${made.length} decks`);

if (!existsSync(join(dist, 'presentasi', 'index.html'))) {
  console.log(`(no built presenter in ${dist}; build first for asset and page sizes)`);
  process.exit(0);
}

const htmlFiles: string[] = [];
const walk = (dir: string) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.html')) htmlFiles.push(p);
  }
};
walk(dist);
const isPresenter = (p: string) => relative(dist, p).startsWith('presentasi/');
const assetsOf = (html: string) => ({
  js: [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!),
  css: [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!),
});
const file = (href: string) => join(dist, href.replace(/^\//, ''));
/** A module and everything it imports statically. */
const closure = (href: string, seen = new Set<string>()): Set<string> => {
  if (seen.has(href)) return seen;
  seen.add(href);
  const src = readFileSync(file(href), 'utf8');
  for (const m of src.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) closure(new URL(m[1]!, `http://x${href}`).pathname, seen);
  return seen;
};

const readingAssets = new Set<string>();
const presenterAssets = new Set<string>();
let readingPages = 0;
for (const p of htmlFiles.filter((f) => !isPresenter(f))) {
  readingPages++;
  const a = assetsOf(readFileSync(p, 'utf8'));
  for (const h of [...a.js.flatMap((j) => [...closure(j)]), ...a.css]) readingAssets.add(h);
}
const deckPages = htmlFiles.filter((f) => isPresenter(f) && !/presentasi\/index\.html$/.test(f));
for (const p of htmlFiles.filter(isPresenter)) {
  const a = assetsOf(readFileSync(p, 'utf8'));
  for (const h of [...a.js.flatMap((j) => [...closure(j)]), ...a.css]) presenterAssets.add(h);
}
const own = [...presenterAssets].filter((h) => !readingAssets.has(h));
const sizes = (list: string[]) =>
  list.reduce(
    (s, h) => {
      const b = readFileSync(file(h));
      return { raw: s.raw + b.length, gz: s.gz + gz(b) };
    },
    { raw: 0, gz: 0 },
  );
const deckEntry = assetsOf(readFileSync(join(dist, 'presentasi', 'penugasan', 'index.html'), 'utf8'));
const deckJs = [...new Set(deckEntry.js.flatMap((j) => [...closure(j)]))];
const indexJs = [...new Set(assetsOf(readFileSync(join(dist, 'presentasi', 'index.html'), 'utf8')).js.flatMap((j) => [...closure(j)]))];
const js = sizes(deckJs);
const idx = sizes(indexJs.filter((h) => !deckJs.includes(h)));
const css = sizes(own.filter((h) => h.endsWith('.css')));
const sw = readFileSync(join(dist, 'sw-presentasi.js'));
console.log(`presenter script (deck pages, ${deckJs.length} files): ${kb(js.raw)} raw, ${kb(js.gz)} gzip`);
console.log(`presenter list page script (beyond the shared chunk): ${kb(idx.raw)} raw, ${kb(idx.gz)} gzip`);
console.log(`presenter stylesheet: ${kb(css.raw)} raw, ${kb(css.gz)} gzip; service worker: ${kb(sw.length)} raw, ${kb(gz(sw))} gzip`);
const carrying = htmlFiles
  .filter((f) => !isPresenter(f))
  .filter((f) => {
    const html = readFileSync(f, 'utf8');
    return own.some((h) => html.includes(h)) || html.includes('sw-presentasi');
  });
console.log(
  `reading pages: ${readingPages}; carrying any presenter script, style or service worker: ${carrying.length}${
    carrying.length
      ? ` (${carrying
          .slice(0, 3)
          .map((f) => relative(dist, f))
          .join(', ')})`
      : ''
  }`,
);

const pageSizes = deckPages.map((p) => ({ path: relative(dist, p), gz: gz(readFileSync(p)) })).sort((a, b) => b.gz - a.gz);
console.log(
  `presenter pages: ${pageSizes.length}; gzip HTML largest ${kb(pageSizes[0]?.gz ?? 0)} (${pageSizes[0]?.path}), median ${kb(pageSizes[Math.floor(pageSizes.length / 2)]?.gz ?? 0)}`,
);

for (const d of decks.filter((x) => x.slides.length)) {
  const path = join(dist, d.path, 'bahan.pdf');
  if (!existsSync(path)) {
    console.log(`PDF ${d.id}: missing`);
    continue;
  }
  const bytes = readFileSync(path);
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  console.log(`PDF ${d.id}: ${kb(bytes.length)}, ${pdf.numPages} pages for ${d.slides.length} slides`);
}

// PowerPoint: per deck (thematic, regulation, guide), per single figure, and the session builder.
const pptxFiles: string[] = [];
const walkPptx = (dir: string) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walkPptx(p);
    else if (f.endsWith('.pptx')) pptxFiles.push(p);
  }
};
walkPptx(dist);
const deckPptx = pptxFiles.filter((p) => p.endsWith('bahan.pptx')).sort();
for (const p of deckPptx) console.log(`PPTX ${relative(dist, p)}: ${kb(statSync(p).size)}`);
const figurePptx = pptxFiles
  .filter((p) => p.endsWith('gambar.pptx'))
  .map((p) => ({ path: relative(dist, p), size: statSync(p).size }))
  .sort((a, b) => a.size - b.size);
if (figurePptx.length)
  console.log(
    `PPTX per figure: ${figurePptx.length} files; min ${kb(figurePptx[0]!.size)} (${figurePptx[0]!.path}), median ${kb(figurePptx[Math.floor(figurePptx.length / 2)]!.size)}, max ${kb(figurePptx.at(-1)!.size)} (${figurePptx.at(-1)!.path}); total ${kb(figurePptx.reduce((n, f) => n + f.size, 0))}`,
  );
const sesiHtml = join(dist, 'presentasi', 'sesi', 'index.html');
if (existsSync(sesiHtml)) {
  const entry = [...new Set(assetsOf(readFileSync(sesiHtml, 'utf8')).js.flatMap((j) => [...closure(j)]))];
  const s = sizes(entry);
  const beyond = sizes(entry.filter((h) => !deckJs.includes(h)));
  /** Chunks the builder loads only on "Unduh PPTX" (dynamic import). */
  const lazy = new Set<string>();
  for (const h of entry)
    for (const m of readFileSync(file(h), 'utf8').matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g))
      for (const x of closure(new URL(m[1]!, `http://x${h}`).pathname)) if (!entry.includes(x)) lazy.add(x);
  const l = sizes([...lazy]);
  const katalog = readFileSync(join(dist, 'presentasi', 'sesi', 'katalog.json'));
  console.log(
    `session builder script (${entry.length} files, presenter runtime included): ${kb(s.raw)} raw, ${kb(s.gz)} gzip; beyond the deck pages' script: ${kb(beyond.gz)} gzip`,
  );
  console.log(
    `session builder PPTX writer, loaded on demand (${lazy.size} files, pptxgenjs): ${kb(l.raw)} raw, ${kb(l.gz)} gzip; catalogue katalog.json ${kb(katalog.length)} raw, ${kb(gz(katalog))} gzip`,
  );
}
const idxHtml = readFileSync(join(dist, 'presentasi', 'index.html'));
console.log(`/presentasi/ list page: ${kb(idxHtml.length)} raw, ${kb(gz(idxHtml))} gzip`);
