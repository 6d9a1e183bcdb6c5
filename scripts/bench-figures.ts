/**
 * Benchmark (not a test): time to generate every figure (layout, SVG, Mermaid,
 * PNG), the smallest text of every figure on a projector (1920x1080, the
 * presenter's whole-figure view, and the 16:9 slide PNG; the figure shown
 * whole or split into parts as the presenter shows it), and the compressed
 * size of each figure page in the built site.
 *   node scripts/bench-figures.ts [--dist=<dir>]
 */
import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { loadRegulations } from '../src/lib/load.ts';
import { loadCatalogue } from '../src/lib/figures/load.ts';
import { layoutFigure } from '../src/lib/figures/layout.ts';
import { renderSvg } from '../src/lib/figures/svg.ts';
import { toMermaid } from '../src/lib/figures/mermaid.ts';
import { toPng } from '../src/lib/figures/render.ts';
import { MIN_TEXT_PX, PRESENTER_FIT, minTextPx, slideParts, slidePngBox } from '../src/lib/figures/present.ts';

const distArg = process.argv.find((a) => a.startsWith('--dist='));
const unknown = process.argv.slice(2).filter((a) => !a.startsWith('--dist='));
if (unknown.length) {
  console.error('usage: node scripts/bench-figures.ts [--dist=<dir>]');
  process.exit(2);
}
const dist = distArg ? distArg.slice(7) : (process.env.SITE_DIST ?? 'dist');

const t0 = performance.now();
const cat = loadCatalogue(loadRegulations());
const tLoad = performance.now() - t0;
let tLayout = 0,
  tSvg = 0,
  tPng = 0,
  tMmd = 0;
for (const f of cat.figures.values()) {
  let t = performance.now();
  const l = await layoutFigure(f);
  tLayout += performance.now() - t;
  t = performance.now();
  const svg = renderSvg(f, l, { prefix: 'b', title: f.title, desc: f.summary });
  tSvg += performance.now() - t;
  t = performance.now();
  toMermaid(f);
  tMmd += performance.now() - t;
  t = performance.now();
  toPng(svg, 2);
  tPng += performance.now() - t;
}
const total = performance.now() - t0;
console.log(`figures: ${cat.figures.size}`);

// Projector: smallest text per figure (and per canonical figure as each regulation draws it).
let tSlides = performance.now();
const rows: { id: string; before: number; parts: number; fit: number; png: number }[] = [];
for (const f of [...cat.figures.values(), ...cat.instances.values()]) {
  const asPage = await layoutFigure(f);
  const parts = await slideParts(f);
  rows.push({
    id: f.id,
    before: minTextPx(asPage, { w: 1920, h: 1080 }),
    parts: parts.length,
    fit: Math.min(...parts.map((p) => minTextPx(p.layout, PRESENTER_FIT))),
    png: Math.min(...parts.map((p) => minTextPx(p.layout, slidePngBox()))),
  });
}
tSlides = performance.now() - tSlides;
console.log(
  `\nsmallest text at 1920x1080 (px; ${MIN_TEXT_PX} wanted): page figure fitted whole to the screen -> presenter whole-figure view (${PRESENTER_FIT.w}x${PRESENTER_FIT.h}) / 16:9 slide PNG, over the slides it takes`,
);
for (const r of rows)
  console.log(
    `  ${r.id.padEnd(36)} ${r.before.toFixed(1).padStart(5)} -> ${r.fit.toFixed(1).padStart(5)} / ${r.png.toFixed(1).padStart(5)}  (${r.parts} slide${r.parts > 1 ? 's' : ''})${r.fit < MIN_TEXT_PX || r.png < MIN_TEXT_PX ? '  BELOW' : ''}`,
  );
const min = (k: 'fit' | 'png') => rows.reduce((a, r) => (r[k] < a[k] ? r : a));
console.log(
  `figures: ${rows.length}; below ${MIN_TEXT_PX} px: presenter ${rows.filter((r) => r.fit < MIN_TEXT_PX).length}, PNG ${rows.filter((r) => r.png < MIN_TEXT_PX).length}; smallest presenter ${min('fit').fit.toFixed(1)} px (${min('fit').id}), smallest PNG ${min('png').png.toFixed(1)} px (${min('png').id}); split figures ${rows.filter((r) => r.parts > 1).length}; ${(tSlides / 1000).toFixed(1)} s`,
);
console.log(
  `load+validate ${tLoad.toFixed(0)} ms, layout ${tLayout.toFixed(0)} ms, svg ${tSvg.toFixed(0)} ms, mermaid ${tMmd.toFixed(0)} ms, png ${tPng.toFixed(0)} ms; total ${(total / 1000).toFixed(2)} s`,
);

if (existsSync(join(dist, 'gambar'))) {
  const pages: { path: string; gz: number }[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f === 'index.html' && /\/gambar\/[^/]+\/index\.html$/.test(p))
        pages.push({ path: p.slice(dist.length), gz: gzipSync(readFileSync(p)).length });
    }
  };
  walk(dist);
  pages.sort((a, b) => b.gz - a.gz);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `figure pages: ${pages.length}; gzip HTML largest ${kb(pages[0]?.gz ?? 0)} (${pages[0]?.path}), median ${kb(pages[Math.floor(pages.length / 2)]?.gz ?? 0)}`,
  );
  const css = readdirSync(join(dist, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .reduce((s, f) => s + gzipSync(readFileSync(join(dist, '_astro', f))).length, 0);
  console.log(`shared CSS gzip ${kb(css)}; pages over 30 KB gzip (HTML+CSS): ${pages.filter((p) => p.gz + css > 30 * 1024).length}`);
} else {
  console.log(`(no built figure pages in ${dist}; build first for page sizes)`);
}
