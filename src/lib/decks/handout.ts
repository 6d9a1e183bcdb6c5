/**
 * The PDF handout of a deck, made once per build and shared by the deck page
 * (which states its size) and the file itself.
 */
import type { Deck, Slide } from './build.ts';
import type { GuideDeck } from './guide-deck.ts';
import { deckPdf } from './pdf.ts';
import { renderFigure, toPng } from '../figures/render.ts';
import { deckPptx, figurePptx, type PptxOptions } from './pptx.ts';
import { spillCache } from '../build/spill.ts';

// Made once per build, kept on disk rather than in memory (src/lib/build/spill.ts): memory must not grow with N.
const pdfs = spillCache('bahan-pdf');

export const HANDOUT_FILE = 'bahan.pdf';
export const handoutName = (deck: Deck) => `sistem-kerja-${deck.id}.pdf`;

export function handout(deck: Deck, site: string): Promise<Uint8Array> {
  return pdfs.get(deck.id, () => deckPdf(deck, { site, svg: async (s) => (await renderFigure(s.figure)).svg }));
}

const pptxs = spillCache('bahan-pptx');
export const PPTX_FILE = 'bahan.pptx';
export const pptxName = (deck: { id: string }) => `sistem-kerja-${deck.id}.pptx`;

/** Figures in .pptx: SVG (vector in PowerPoint 2016/365) with the 2x resvg PNG (shared with the figure pages' PNG cache) as fallback. */
const images = (site: string): PptxOptions => ({
  site,
  png: async (s) => {
    const r = await renderFigure(s.figure);
    return { data: toPng(r.svg, 2), width: r.layout.width, height: r.layout.height };
  },
  svg: async (s) => (await renderFigure(s.figure)).svg,
});

/** The deck as PowerPoint, made once per build (shared by the deck page, which states its size, and the file). */
export function handoutPptx(deck: Deck | GuideDeck, site: string): Promise<Uint8Array> {
  return pptxs.get(deck.id, () => deckPptx(deck, images(site)));
}

/** Per-figure .pptx: "gambar.pptx" next to gambar.svg and gambar.png on each figure page. */
export const FIGURE_PPTX_FILE = 'gambar.pptx';
const figurePptxs = spillCache('gambar-pptx');
/** One figure as PowerPoint, made once per build (figure page and file share it); keyed by its page. */
export function singleFigurePptx(s: Slide, site: string): Promise<Uint8Array> {
  return figurePptxs.get(s.href ?? s.figure.id, () => figurePptx(s, images(site)));
}

/** "420 KB", "1,2 MB". */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
