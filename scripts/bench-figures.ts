/**
 * Benchmark (not a test): time to generate every figure (layout, SVG, Mermaid,
 * PNG), the smallest text of every figure on a projector (1920x1080, the
 * presenter's whole-figure view, and the 16:9 slide PNG; the figure shown
 * whole or split into parts as the presenter shows it), and the compressed
 * size of each figure page in the built site.
 * With --presenter: the smallest text of every slide as actually rendered in
 * the presenter in Chromium at 1920x1080 (every deck page and every single
 * figure page of the built site; font size times the SVG's screen scale).
 *   node scripts/bench-figures.ts [--dist=<dir>] [--presenter]
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
const presenter = process.argv.includes('--presenter');
const unknown = process.argv.slice(2).filter((a) => !a.startsWith('--dist=') && a !== '--presenter');
if (unknown.length) {
  console.error('usage: node scripts/bench-figures.ts [--dist=<dir>] [--presenter]');
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

if (presenter) {
  // In Chromium: every slide of every presenter page, at 1920x1080, in the whole-figure view (step 0).
  if (!existsSync(join(dist, 'presentasi'))) {
    console.log(`(no built presenter in ${dist}; build first for --presenter)`);
  } else {
    process.env.SITE_DIST ??= dist;
    const { launch, serveDist } = await import('../test/browser/harness.ts');
    const { siteDecks } = await import('../src/lib/decks/build.ts');
    const { decks, figures } = siteDecks();
    const paths = [...decks.filter((d) => d.slides.length).map((d) => d.path), ...figures.map((d) => d.path)];
    const { server, url } = await serveDist();
    const browser = await launch();
    const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 })).newPage();
    const t = performance.now();
    let slides = 0;
    const below: string[] = [];
    let worst = { px: Infinity, where: '' };
    const perDeck: string[] = [];
    for (const path of paths) {
      await page.goto(`${url}/${path}?slide=1`);
      await page.waitForSelector('.deck-page.presenting');
      const n = await page.locator('li.slide').count();
      let deckMin = Infinity;
      for (let i = 1; i <= n; i++) {
        if (i > 1) await page.keyboard.press('ArrowDown');
        const r = await page.evaluate(() => {
          const li = document.querySelector<HTMLElement>('li.slide.is-current')!;
          let min = Infinity;
          for (const el of li.querySelectorAll<SVGTextElement>('.slide-figure svg text')) {
            if (!el.textContent?.trim() || !el.getBoundingClientRect().width) continue;
            const m = el.getScreenCTM();
            if (!m) continue;
            min = Math.min(min, parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.a, m.b));
          }
          return { min, title: li.querySelector('.slide-label')?.textContent ?? li.id };
        });
        slides++;
        deckMin = Math.min(deckMin, r.min);
        const where = `/${path} slide ${i} (${r.title})`;
        if (r.min < worst.px) worst = { px: r.min, where };
        if (r.min < MIN_TEXT_PX) below.push(`  ${r.min.toFixed(1).padStart(5)} px  ${where}`);
      }
      if (!path.includes('/gambar/'))
        perDeck.push(`  /${path.padEnd(34)} ${String(n).padStart(3)} slides, smallest ${deckMin.toFixed(1)} px`);
    }
    await browser.close();
    server.close();
    console.log(`\npresenter in Chromium at 1920x1080 (measured: font size x SVG screen scale, every slide at step 0):`);
    for (const l of perDeck) console.log(l);
    if (below.length) console.log(`slides below ${MIN_TEXT_PX} px:\n${below.join('\n')}`);
    console.log(
      `presenter pages: ${paths.length}, slides: ${slides}; below ${MIN_TEXT_PX} px: ${below.length}; smallest ${worst.px.toFixed(1)} px (${worst.where}); ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
  }
}
