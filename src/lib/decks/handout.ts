/**
 * The PDF handout of a deck, made once per build and shared by the deck page
 * (which states its size) and the file itself.
 */
import type { Deck } from './build.ts';
import { deckPdf } from './pdf.ts';
import { renderFigure, toPng } from '../figures/render.ts';
import { deckPptx } from './pptx.ts';

const cache = new Map<string, Promise<Uint8Array>>();

export const HANDOUT_FILE = 'bahan.pdf';
export const handoutName = (deck: Deck) => `sistem-kerja-${deck.id}.pdf`;

export function handout(deck: Deck, site: string): Promise<Uint8Array> {
  let p = cache.get(deck.id);
  if (!p) {
    p = deckPdf(deck, { site, svg: async (s) => (await renderFigure(s.figure)).svg });
    cache.set(deck.id, p);
  }
  return p;
}

const pptxCache = new Map<string, Promise<Uint8Array>>();
export const PPTX_FILE = 'bahan.pptx';
export const pptxName = (deck: Deck) => `sistem-kerja-${deck.id}.pptx`;

/** The deck as PowerPoint, made once per build (shared by the deck page, which states its size, and the file). */
export function handoutPptx(deck: Deck, site: string): Promise<Uint8Array> {
  let p = pptxCache.get(deck.id);
  if (!p) {
    p = deckPptx(deck, {
      site,
      png: async (s) => {
        const r = await renderFigure(s.figure);
        return { data: toPng(r.svg, 2), width: r.layout.width, height: r.layout.height };
      },
    });
    pptxCache.set(deck.id, p);
  }
  return p;
}

/** "420 KB", "1,2 MB". */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
