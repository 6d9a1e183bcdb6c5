import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/lib/figures/catalogue.ts';
import { cacheStats, layoutKey, renderFigure, toPng } from '../../src/lib/figures/render.ts';
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
});
