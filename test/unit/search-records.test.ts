import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { loadAlignment } from '../../src/lib/compare/load.ts';
import { KINDS, regulationRecords, repeats, searchUnits } from '../../src/lib/search/records.ts';
import { walkBody } from '../../src/lib/ids.ts';
import { provisionPath } from '../../src/lib/permalink.ts';
import { noteMarker, quoteMarker } from '../../src/lib/notes.ts';

const regs = loadRegulations();
const alignment = loadAlignment();

describe('search records', () => {
  for (const reg of regs) {
    const view = buildView(reg);
    const recs = regulationRecords(view, alignment);
    it(`${reg.slug}: one record per citable provision, each with its citation, regulation and kind`, () => {
      const urls = recs.map((r) => r.url);
      expect(new Set(urls).size).toBe(urls.length);
      for (const r of recs) {
        const id = r.url.split('#')[1]!;
        expect(r.url).toBe(`/${provisionPath(reg.slug, id)}`);
        expect(view.byId.has(id), id).toBe(true);
        expect(r.meta.kutipan).toBe(view.citation(id));
        expect(r.meta.peraturan).toBe(view.shortTitle);
        expect(r.filters.peraturan).toEqual([reg.slug]);
        expect(Object.keys(KINDS)).toContain(r.filters.jenis![0]);
        expect(r.language).toBe('id');
        const pin = view.pin(id);
        expect(r.meta.title).toBe(`${pin.charAt(0).toUpperCase()}${pin.slice(1)} · ${view.shortTitle}`);
        // The pinpoint of a Lampiran block or Gambar is not searchable text (its letters would match short words; a caption starts with "Gambar N").
        const lead = ['lampiran', 'gambar'].includes(r.filters.jenis![0]!)
          ? `Lampiran ${view.shortTitle}.`
          : `${r.meta.title!.replace(' · ', ' ')}.`;
        expect(r.content.startsWith(lead)).toBe(true);
        // The excerpt skips the citation and headings and stops before the words around the provision.
        const words = r.content.split(/\s+/);
        expect(Number(r.meta.kata)).toBe(words.length);
        expect(Number(r.meta.awal)).toBeLessThan(words.length);
      }
    });
    it(`${reg.slug}: every definition, ayat and Gambar is findable on its own`, () => {
      const byUrl = new Map(recs.map((r) => [r.url.split('#')[1]!, r]));
      for (const w of walkBody(reg.batangTubuh)) {
        if (w.node.term) expect(byUrl.get(w.id)?.filters.jenis, w.id).toEqual(['definisi']);
        if (w.node.kind === 'ayat') expect(byUrl.get(w.id)?.filters.jenis, w.id).toEqual(['pasal']);
      }
      // A Gambar is its own record, or (when its caption repeats the block before it) answers with that block.
      const repeated = recs
        .filter((r) => /Gambar \d+/.test(r.sekitar ?? ''))
        .map((r) => r.sekitar!)
        .join(' ');
      for (const l of reg.lampiran)
        for (const b of l.blocks) {
          if (b.type !== 'figure') continue;
          if (byUrl.has(b.id)) expect(byUrl.get(b.id)!.filters.jenis, b.id).toEqual(['gambar']);
          else expect(repeated, b.id).toContain(`Gambar ${b.gambar}`);
        }
    });
  }

  it('tags provisions with the topics that align them, including Lampiran sections', () => {
    const pati = regulationRecords(buildView(regs.find((r) => r.slug === 'pati')!), alignment);
    const get = (id: string) => pati.find((r) => r.url === `/${provisionPath('pati', id)}`)!;
    expect(get('pasal-8__ayat-2').filters.topik).toContain('penugasan');
    expect(get('pasal-4').filters.topik).toContain('prinsip');
    expect(get('lampiran__gambar-19').filters.topik).toContain('lampiran-penugasan');
  });
});

describe('what a record carries besides its own words', () => {
  const bengkayang = regulationRecords(buildView(regs.find((r) => r.slug === 'bengkayang')!), alignment);
  const klaten = regulationRecords(buildView(regs.find((r) => r.slug === 'klaten')!), alignment);
  const get = (recs: typeof klaten, id: string) => recs.find((r) => r.url.endsWith(`#${id}`));
  it('indexes a Gambar that repeats the block before it with that block, not as a second hit', () => {
    expect(repeats('Susunan Organisasi pada Inspektorat', 'Susunan Organisasi pada Inspektorat Daerah.')).toBe(true);
    expect(repeats('Struktur penugasan lintas instansi', 'Pejabat Fungsional dan pelaksana menerima penugasan')).toBe(false);
    expect(get(bengkayang, 'lampiran-i__gambar-2')).toBeUndefined();
    expect(get(bengkayang, 'lampiran-i__i__1__b__1')!.sekitar).toContain('Gambar 2');
  });
  it('gives a Lampiran block the headings it sits under', () => {
    const r = get(klaten, 'lampiran__b__5-4-2__perencanaan')!;
    expect(r.meta.konteks).toMatch(/Dinas Perhubungan/);
    expect(r.content).toMatch(/Dinas Perhubungan/);
  });
  it('gives an ayat the other words of its Pasal, at a low weight', () => {
    const r = get(klaten, 'pasal-13__ayat-3')!;
    expect(r.sekitar).toMatch(/Dinas Penanaman Modal/);
    expect(r.content).not.toMatch(/Dinas Penanaman Modal/);
  });
  it('marks provisions that carry editorial notes, as the reading page does, and notes of the provisions the record contains', () => {
    let marked = 0;
    for (const reg of regs) {
      const within = new Map(searchUnits(reg).map((u) => [u.id, [u.id, ...(u.within ?? [])]]));
      for (const r of regulationRecords(buildView(reg), alignment)) {
        const id = r.url.split('#')[1]!;
        if (noteMarker(reg, id)) expect(r.meta.catatan, id).toBeDefined();
        expect(r.meta.catatan, id).toBe(quoteMarker(reg, within.get(id) ?? [id])?.label);
        if (r.meta.catatan) marked++;
      }
    }
    expect(marked).toBeGreaterThan(0);
  });
});
