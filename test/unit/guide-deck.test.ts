/**
 * Guide decks: a guide's quotes and figures, in the guide's order, each quote
 * with the provision's exact words as they stand in the regulation data.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRegulations } from '../../src/lib/load.ts';
import { siteDecks } from '../../src/lib/decks/build.ts';
import { figureLookup, guideDeck, type QuoteSlide } from '../../src/lib/decks/guide-deck.ts';
import { siteGuideDecks } from '../../src/lib/decks/guide-deck-load.ts';
import { PanduanMeta } from '../../src/lib/panduan/schema.ts';

const regs = loadRegulations();
const figures = figureLookup(siteDecks().figures);
const meta = PanduanMeta.parse({
  judul: 'Panduan uji',
  ringkasan: 'Ringkasan panduan uji yang cukup panjang.',
  untuk: ['Pelatih'],
  peraturan: ['klaten'],
  urutan: 99,
  ditinjau: { tanggal: '2026-01-01', oleh: 'Uji' },
});

/** What the guide uses, read with a plain scan of the MDX (not the module's parser). */
function usedInOrder(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/<(Kutipan|Gambar)\s([^>]*)\/>/g)) {
    const a = Object.fromEntries([...m[2]!.matchAll(/(\w+)=(?:"([^"]*)"|\{(\d+)\})/g)].map((x) => [x[1], x[2] ?? x[3]]));
    out.push(
      m[1] === 'Kutipan'
        ? `kutipan ${a.peraturan} ${a.id}`
        : a.peraturan
          ? `gambar ${a.peraturan}/gambar/${a.nomor}/`
          : `gambar gambar/${a.kanonik}/`,
    );
  }
  return out;
}

describe('guide decks', () => {
  const decks = siteGuideDecks();
  it('one deck per guide, each starting with its title slide', () => {
    expect(decks.length).toBeGreaterThanOrEqual(8);
    for (const d of decks) expect(d.slides[0]!.kind).toBe('judul');
  });

  for (const id of ['05-penugasan', '08-kekhasan']) {
    it(`${id}: exactly the guide's quotes and figures, in the guide's order, with exact words`, () => {
      const text = readFileSync(`content/panduan/${id}.mdx`, 'utf8');
      const d = decks.find((x) => x.guide === id)!;
      const got = d.slides
        .slice(1)
        .map((s) => (s.kind === 'kutipan' ? `kutipan ${s.reg} ${s.id}` : `gambar ${s.kind === 'gambar' ? s.href : ''}`));
      const want = usedInOrder(text);
      expect(want.length).toBeGreaterThan(2);
      expect(got).toEqual(want);
      d.slides.forEach((s, i) => expect(s.n).toBe(i + 1));
      for (const s of d.slides.filter((x): x is QuoteSlide => x.kind === 'kutipan')) {
        const data = JSON.stringify(regs.find((r) => r.slug === s.reg));
        const lines = s.quote.rows ? s.quote.rows.flat() : s.quote.lines.map((l) => l.text);
        expect(lines.length).toBeGreaterThan(0);
        for (const l of lines) expect(data).toContain(JSON.stringify(l));
        expect(s.title).toContain(s.quote.pin);
      }
    });
  }

  it('a quote of a provision that does not exist stops with the file and line', () => {
    const text = '---\njudul: x\n---\n\n## Bagian\n\n<Kutipan peraturan="klaten" id="pasal-999" />\n';
    expect(() => guideDeck({ id: 'uji', meta, text }, regs, figures)).toThrow(/content\/panduan\/uji\.mdx:7: <Kutipan>: .*pasal-999/);
    const fig = '---\njudul: x\n---\n\n<Gambar kanonik={99} />\n';
    expect(() => guideDeck({ id: 'uji', meta, text: fig }, regs, figures)).toThrow(/uji\.mdx:5: <Gambar>: gambar model nasional 99/);
  });

  it('a quote carries the editorial notes that bear on it', () => {
    const reg = regs.find((r) => r.catatan.length > 0)!;
    const note = reg.catatan[0]!;
    const text = `---\njudul: x\n---\n\n<Kutipan peraturan="${reg.slug}" id="${note.target}" />\n`;
    const s = guideDeck({ id: 'uji', meta, text }, regs, figures).slides[1] as QuoteSlide;
    expect(s.kind).toBe('kutipan');
    expect(s.marker?.count).toBeGreaterThan(0);
    expect(s.notes.join('\n')).toContain(note.alasan);
  });
});
