/**
 * Figure data to every published form: SVG (inline and stand-alone), PNG,
 * Mermaid source and the text equivalent.
 *
 * Content-addressed caches, so a figure drawn the same for several
 * regulations is laid out and rasterised once per build: the layout is keyed
 * by a hash of the figure's drawing spec (everything but its id and citations)
 * and the renderer version; the PNG by a hash of the SVG, the renderer version
 * and the resvg options. PNGs are also kept on disk between builds
 * (node_modules/.cache/sistem-kerja/figures, or SK_FIGURE_CACHE_DIR; "off" disables).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Figure } from '../schema/figure.ts';
import { layoutFigure, type Layout } from './layout.ts';
import { renderSvg } from './svg.ts';
import { toMermaid } from './mermaid.ts';
import { describe } from './text-alt.ts';
import { FONT_FILES } from './measure.ts';
import { boundedMemo } from '../build/memo.ts';

/** Bump when layout.ts, svg.ts, measure.ts or the fonts change what is drawn: old cache entries are then never read. */
export const RENDERER_VERSION = 'figures-1';

export interface Rendered {
  layout: Layout;
  /** SVG with ids prefixed by `prefix`, for inlining in a page. */
  svg: string;
  mmd: string;
  desc: string;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The figure without what does not change its drawing's geometry (its id and every citation). */
export function drawingSpec(fig: Figure): string {
  return JSON.stringify(fig, (k, v) => (k === 'cite' ? undefined : v), 0).replace(/^\{"id":"[^"]*",?/, '{');
}

export const layoutKey = (fig: Figure) => sha(`${RENDERER_VERSION}\n${drawingSpec(fig)}`);

/** Counters of the caches, for the benchmarks. */
export const cacheStats = { layouts: 0, layoutHits: 0, pngs: 0, pngHits: 0, pngDiskHits: 0 };

/** A figure's drawing by its id: redrawing from the shared layout is cheap (under 1 ms), so only the latest are kept. */
const rendered = boundedMemo<Promise<Rendered>>(2000);
const layouts = new Map<string, Promise<Layout>>();

/** A stable id prefix for a figure: "kanonik-25" -> "g-kanonik-25", "bengkayang/dinas" -> "g-bengkayang-dinas". */
export const prefixFor = (id: string) => `g-${id.replace(/\//g, '-')}`;

/** The figure's layout, laid out once per drawing (content-addressed: id and citations do not count). */
export function sharedLayout(fig: Figure): Promise<Layout> {
  const key = layoutKey(fig);
  let p = layouts.get(key);
  if (p) cacheStats.layoutHits++;
  else {
    cacheStats.layouts++;
    p = layoutFigure(fig);
    layouts.set(key, p);
  }
  return p;
}

export function renderFigure(fig: Figure): Promise<Rendered> {
  return rendered(fig.id, async () => {
    const layout = await sharedLayout(fig);
    const desc = describe(fig);
    const svg = renderSvg(fig, layout, { prefix: prefixFor(fig.id), title: fig.title, desc });
    return { layout, svg, mmd: toMermaid(fig), desc };
  });
}

/** The last PNGs drawn or read, in memory (bounded: at N = 500 every PNG kept would cost gigabytes). */
const pngs = new Map<string, Uint8Array>();
const PNG_MEMORY = 256;
function remember(key: string, png: Uint8Array): void {
  pngs.delete(key);
  pngs.set(key, png);
  if (pngs.size > PNG_MEMORY) pngs.delete(pngs.keys().next().value!);
}
const diskDir = (): string | undefined => {
  const d = process.env.SK_FIGURE_CACHE_DIR;
  if (d === 'off') return undefined;
  return d ?? join(process.cwd(), 'node_modules', '.cache', 'sistem-kerja', 'figures');
};

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The SVG as resvg sees it: what cannot change a pixel is made the same for
 * every figure (no <title>, <desc>, ARIA attributes or link targets; ids renamed
 * i0, i1, … in order of appearance, with every reference to them). A figure drawn
 * for many regulations, which differ only in their citations (links) and the id
 * prefix, then has one raster key and is rasterised once.
 */
export function rasterSvg(svg: string): string {
  let s = svg
    .replace(/<title\b[^>]*>[\s\S]*?<\/title>/g, '')
    .replace(/<desc\b[^>]*>[\s\S]*?<\/desc>/g, '')
    .replace(/<a\b[^>]*>/g, '<a>')
    .replace(/\s(?:aria-[a-z]+|role)="[^"]*"/g, '');
  const ids = [...new Set([...s.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!))];
  if (ids.length) {
    const name = new Map(ids.map((id, i) => [id, `i${i}`]));
    const re = new RegExp(
      `(?<=["#\\s(])(${[...ids]
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|')})(?=["\\s),.:{>\\[])`,
      'g',
    );
    s = s.replace(re, (id) => name.get(id)!);
  }
  return s;
}

/**
 * PNG at 2x for downloads and review, drawn by resvg with the font the layout
 * measured; drawings that look the same (rasterSvg) are rasterised once.
 */
export function toPng(original: string, scale = 2): Uint8Array {
  const svg = rasterSvg(original);
  const key = sha(`${RENDERER_VERSION}\nresvg ${scale} DejaVu Sans #ffffff\n${svg}`);
  const hit = pngs.get(key);
  if (hit) {
    cacheStats.pngHits++;
    remember(key, hit);
    return hit;
  }
  const dir = diskDir();
  const file = dir && join(dir, `${key}.png`);
  if (file && existsSync(file)) {
    const png = new Uint8Array(readFileSync(file));
    remember(key, png);
    cacheStats.pngDiskHits++;
    return png;
  }
  cacheStats.pngs++;
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  const png = r.render().asPng();
  remember(key, png);
  if (file) {
    try {
      mkdirSync(dir!, { recursive: true });
      // Write then rename: a build killed midway never leaves half a PNG under a valid key.
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, png);
      renameSync(tmp, file);
    } catch {
      /* a read-only cache only costs time */
    }
  }
  return png;
}
