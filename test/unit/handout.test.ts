/**
 * Handouts: the page total printed in every footer equals the pages of the
 * PDF, the contents' page numbers land on the slide they name, and no page is
 * blank (a contents list longer than a page used to spill its page numbers
 * onto blank pages at the end). Read back with unpdf.
 */
import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { siteDecks } from '../../src/lib/decks/build.ts';
import { deckPdf } from '../../src/lib/decks/pdf.ts';
import { renderFigure } from '../../src/lib/figures/render.ts';

const { decks } = siteDecks();
// The longest deck (its contents run over the first page) and the shortest.
const bySize = decks.filter((d) => d.slides.length).sort((a, b) => b.slides.length - a.slides.length);
const chosen = [bySize[0]!, bySize.at(-1)!];

describe('PDF handouts', () => {
  for (const d of chosen) {
    it(`${d.id}: "hlm. N dari T" matches the PDF, contents point at their slides, no blank page`, async () => {
      const pdf = await deckPdf(d, { site: '', svg: async (s) => (await renderFigure(s.figure)).svg });
      const { totalPages, text } = await extractText(await getDocumentProxy(pdf), { mergePages: false });
      text.forEach((t, i) => {
        expect(t, `halaman ${i + 1}`).toContain(`hlm. ${i + 1} dari ${totalPages}`);
        const body = t.replace(/Sistem Kerja · [^\n]*?hlm\. \d+ dari \d+/, '').trim();
        expect(body.length, `halaman ${i + 1} kosong`).toBeGreaterThan(40);
      });
      const contents = text.slice(0, 3).join('\n');
      const refs = [...contents.matchAll(/hlm\. (\d+)(?! dari)/g)].map((m) => Number(m[1]));
      expect(refs.length).toBe(d.slides.length);
      d.slides.forEach((s, i) => expect(text[refs[i]! - 1], `slide ${s.n}`).toContain(`Slide ${s.n} dari ${d.slides.length}`));
    }, 120_000);
  }
});
