/**
 * The PDF handout of a deck, made once per build and shared by the deck page
 * (which states its size) and the file itself.
 */
import type { Deck } from './build.ts';
import { deckPdf } from './pdf.ts';
import { renderFigure } from '../figures/render.ts';

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

/** "420 KB", "1,2 MB". */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
