import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/lib/figures/catalogue.ts';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES } from '../../src/lib/figures/measure.ts';
import { cacheStats, layoutKey, rasterSvg, renderFigure, toPng } from '../../src/lib/figures/render.ts';
import type { Figure } from '../../src/lib/schema/figure.ts';

process.env.SK_FIGURE_CACHE_DIR = 'off';
const figs = [...catalogue().figures.values()];
const small = figs.reduce((a, b) => (a.nodes.length <= b.nodes.length ? a : b));

describe('content-addressed figure cache', () => {
  it('a figure drawn the same under another id, citing other provisions, shares the layout', async () => {
    const copy: Figure = structuredClone(small);
    copy.id = 'salinan/bagan';
    copy.nodes.forEach((n) => {
      n.cite = n.cite.map((c) => ({ ...c, reg: 'salinan' }));
    });
    expect(layoutKey(copy)).toBe(layoutKey(small));
    const before = { ...cacheStats };
    const [a, b] = await Promise.all([renderFigure(small), renderFigure(copy)]);
    expect(cacheStats.layouts - before.layouts).toBeLessThanOrEqual(1);
    expect(cacheStats.layoutHits - before.layoutHits).toBeGreaterThanOrEqual(1);
    expect(b.layout).toBe(a.layout);
    // Each keeps its own ids in its SVG.
    expect(b.svg).toContain('g-salinan-bagan');
  });

  it('a change to what is drawn is a different key', () => {
    const moved: Figure = structuredClone(small);
    moved.nodes[0]!.label = `${moved.nodes[0]!.label} (diubah)`;
    expect(layoutKey(moved)).not.toBe(layoutKey(small));
  });

  it('the same SVG is rasterised once', async () => {
    const { svg } = await renderFigure(small);
    const before = { ...cacheStats };
    const p1 = toPng(svg);
    const p2 = toPng(svg);
    expect(cacheStats.pngs - before.pngs).toBe(1);
    expect(cacheStats.pngHits - before.pngHits).toBe(1);
    expect(Buffer.from(p2).equals(Buffer.from(p1))).toBe(true);
    expect(Buffer.from(p1.subarray(1, 4)).toString()).toBe('PNG');
  });

  it('a copy that differs only in its ids, title and citations is rasterised once, to the same pixels', async () => {
    const linked = figs.find((f) => f.nodes.some((n) => n.cite.length)) ?? small;
    const copy: Figure = structuredClone(linked);
    copy.id = 'salinan-lain/bagan';
    copy.title = `${linked.title} (salinan)`;
    copy.nodes.forEach((n) => {
      n.cite = n.cite.map((c) => ({ ...c, reg: 'salinan-lain' }));
    });
    const [a, b] = await Promise.all([renderFigure(linked), renderFigure(copy)]);
    expect(b.svg).not.toBe(a.svg);
    expect(rasterSvg(b.svg)).toBe(rasterSvg(a.svg));
    const before = { ...cacheStats };
    const pa = toPng(a.svg);
    const pb = toPng(b.svg);
    expect(cacheStats.pngs - before.pngs).toBeLessThanOrEqual(1);
    expect(Buffer.from(pb).equals(Buffer.from(pa))).toBe(true);
    // What is left out changes no pixel: the original SVG draws the same image.
    const draw = (svg: string) =>
      new Resvg(svg, {
        fitTo: { mode: 'zoom', value: 2 },
        font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
        background: '#ffffff',
      }).render();
    const raw = draw(a.svg);
    const norm = draw(rasterSvg(a.svg));
    expect(norm.width).toBe(raw.width);
    expect(Buffer.from(norm.pixels).equals(Buffer.from(raw.pixels))).toBe(true);
  });

  it('a change to the visible text is a different raster', async () => {
    const moved: Figure = structuredClone(small);
    moved.id = 'salinan-ubah/bagan';
    moved.nodes[0]!.label = `${moved.nodes[0]!.label} (diubah)`;
    const [a, b] = await Promise.all([renderFigure(small), renderFigure(moved)]);
    expect(rasterSvg(b.svg)).not.toBe(rasterSvg(a.svg));
  });
});
