import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../src/lib/load.ts';
import { lampiranSections, pageSegments, readingPages, wholePageSections, LAMPIRAN_SECTION_CHARS } from '../../src/lib/reading-pages.ts';
import { provisionPath, provisionPathIn } from '../../src/lib/permalink.ts';
import { walkBody } from '../../src/lib/ids.ts';
import { indexProvisions } from '../../src/lib/provisions.ts';
import type { Lampiran, LampiranBlock } from '../../src/lib/schema/regulation.ts';

const regs = loadRegulations();

const h = (id: string, level: number, text: string): LampiranBlock => ({ type: 'heading', id, level, text });
const p = (id: string, text: string): LampiranBlock => ({ type: 'para', id, text, depth: 0 });
const lamp = (blocks: LampiranBlock[]): Lampiran => ({ id: 'lampiran', header: ['LAMPIRAN'], blocks });

describe('lampiranSections', () => {
  const long = 'x'.repeat(400);
  const l = lamp([
    p('lampiran__p-1', 'pembuka'),
    h('lampiran__a', 1, 'A'),
    p('lampiran__a__p-1', long),
    h('lampiran__b', 1, 'B'),
    p('lampiran__b__p-1', 'pengantar B'),
    h('lampiran__b__1', 2, '1'),
    p('lampiran__b__1__p-1', long),
    h('lampiran__b__2', 2, '2'),
    p('lampiran__b__2__p-1', long),
    p('lampiran__penutup', 'sesudah sub-bagian terakhir'),
  ]);
  it('keeps a section whole under the limit and splits a long one at its sub-headings', () => {
    const s = lampiranSections(l, 600);
    expect(s.map((x) => x.blocks.map((b) => b.id))).toEqual([
      // The short text before the first heading opens the first part.
      ['lampiran__p-1', 'lampiran__a', 'lampiran__a__p-1'],
      // B is over the limit: its short introduction joins its first sub-section.
      ['lampiran__b', 'lampiran__b__p-1', 'lampiran__b__1', 'lampiran__b__1__p-1'],
      ['lampiran__b__2', 'lampiran__b__2__p-1', 'lampiran__penutup'],
    ]);
    expect(s[2]!.context.map((c) => c.id)).toEqual(['lampiran__b']);
    expect(lampiranSections(l, 100000).map((x) => x.blocks.length)).toEqual([3, 7]);
  });
  it('reads a Lampiran without headings as one section', () => {
    expect(lampiranSections(lamp([p('lampiran__p-1', 'a'), p('lampiran__p-2', 'b')]), 1)).toHaveLength(1);
  });
});

describe('wholePageSections', () => {
  it('cuts a Lampiran along its section pages, and keeps it whole when the pages do not cover it in order', () => {
    const reg = regs.find((r) => r.lampiran.length > 0 && readingPages(r).filter((x) => x.kind === 'lampiran').length > 1)!;
    const l = reg.lampiran[0]!;
    const pages = readingPages(reg);
    const cut = wholePageSections(l, pages);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.flatMap((c) => c.blocks.map((b) => b.id))).toEqual(l.blocks.map((b) => b.id));
    for (const c of cut) expect(c.page?.blocks[0]?.id).toBe(c.blocks[0]!.id);
    // A section page missing (or out of order): one run, no page offered.
    const lp = pages.filter((x) => x.kind === 'lampiran' && x.lampiran.id === l.id);
    expect(
      wholePageSections(
        l,
        pages.filter((x) => x !== lp[1]),
      ),
    ).toEqual([{ blocks: l.blocks }]);
    expect(wholePageSections(l, [...lp].reverse())).toEqual([{ blocks: l.blocks }]);
  });
});

describe('readingPages on the five regulations', () => {
  for (const reg of regs) {
    const pages = readingPages(reg);
    it(`${reg.slug}: one page per Pasal, every Lampiran block on exactly one page in order, unique paths`, () => {
      const pasal = [...walkBody(reg.batangTubuh)].filter((w) => w.node.kind === 'pasal').map((w) => w.id);
      expect(pages.filter((x) => x.kind === 'pasal').map((x) => x.id)).toEqual(pasal);
      for (const l of reg.lampiran) {
        const onPages = pages.flatMap((x) => (x.kind === 'lampiran' && x.lampiran.id === l.id ? x.blocks.map((b) => b.id) : []));
        expect(onPages).toEqual(l.blocks.map((b) => b.id));
      }
      const segs = pages.map((x) => x.segment);
      expect(new Set(segs).size).toBe(segs.length);
      for (const s of segs) expect(s).toMatch(/^(pasal-[0-9a-z]+|lampiran\/[a-z0-9-]+)\/$/);
    });
    it(`${reg.slug}: every Pasal and Lampiran provision maps to the page that holds it`, () => {
      const segs = pageSegments(reg, pages);
      const holder = new Map<string, string>();
      for (const pg of pages) {
        if (pg.kind === 'lampiran') for (const b of pg.blocks) holder.set(b.id, pg.segment);
      }
      for (const prov of indexProvisions(reg)) {
        if (prov.pasal) expect(segs[prov.id]).toBe(`${prov.pasal}/`);
        else if (prov.kind === 'lampiran-blok') expect(segs[prov.id]).toBe(holder.get(prov.id));
        else expect(segs[prov.id]).toBeUndefined();
      }
    });
  }
  it("splits a long Lampiran into sections: none of Klaten's pages is the whole Lampiran", () => {
    const klaten = readingPages(regs.find((r) => r.slug === 'klaten')!).filter((x) => x.kind === 'lampiran');
    expect(klaten.length).toBeGreaterThan(5);
    expect(klaten.map((x) => x.segment)).toContain('lampiran/b-5/');
    const total = regs.find((r) => r.slug === 'klaten')!.lampiran[0]!.blocks.length;
    for (const pg of klaten) expect(pg.blocks.length).toBeLessThan(total / 3);
    expect(LAMPIRAN_SECTION_CHARS).toBeGreaterThan(0);
  });
  it('gives a Pasal its BAB/Bagian context', () => {
    const reg = regs.find((r) => r.slug === 'klaten')!;
    const pg = readingPages(reg).find((x) => x.id === 'pasal-13')!;
    const w = [...walkBody(reg.batangTubuh)].find((x) => x.id === 'pasal-13')!;
    expect(pg.context.map((c) => c.id)).toEqual(w.ancestors);
    expect(pg.context[0]!.label).toMatch(/^BAB /);
  });
});

describe('provisionPath', () => {
  it('lands on the smallest page holding the provision once the regulations are loaded', () => {
    expect(provisionPath('klaten', 'pasal-13__ayat-1')).toBe('klaten/pasal-13/#pasal-13__ayat-1');
    expect(provisionPath('klaten', 'pasal-13')).toBe('klaten/pasal-13/#pasal-13');
    expect(provisionPath('klaten', 'lampiran__b__5-1')).toBe('klaten/lampiran/b-5/#lampiran__b__5-1');
  });
  it('keeps the whole-regulation page for what no small page holds, and for unknown regulations', () => {
    expect(provisionPath('klaten', 'menimbang__huruf-a')).toBe('klaten/#menimbang__huruf-a');
    expect(provisionPath('klaten', 'bab-ii')).toBe('klaten/#bab-ii');
    expect(provisionPath('tidak-ada', 'pasal-1')).toBe('tidak-ada/#pasal-1');
    expect(provisionPathIn({ 'pasal-2__ayat-1': 'pasal-2/' }, 'x', 'pasal-2__ayat-1')).toBe('x/pasal-2/#pasal-2__ayat-1');
    expect(provisionPathIn({}, 'x', 'constructor')).toBe('x/#constructor');
  });
});
