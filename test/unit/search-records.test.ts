import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { loadAlignment } from '../../src/lib/compare/load.ts';
import { KINDS, regulationRecords } from '../../src/lib/search/records.ts';
import { walkBody } from '../../src/lib/ids.ts';
import { provisionPath } from '../../src/lib/permalink.ts';

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
        expect(r.content.startsWith(`${r.meta.title!.replace(' · ', ' ')}.`)).toBe(true);
      }
    });
    it(`${reg.slug}: every definition, ayat and Gambar is findable on its own`, () => {
      const byUrl = new Map(recs.map((r) => [r.url.split('#')[1]!, r]));
      for (const w of walkBody(reg.batangTubuh)) {
        if (w.node.term) expect(byUrl.get(w.id)?.filters.jenis, w.id).toEqual(['definisi']);
        if (w.node.kind === 'ayat') expect(byUrl.get(w.id)?.filters.jenis, w.id).toEqual(['pasal']);
      }
      for (const l of reg.lampiran) for (const b of l.blocks) {
        if (b.type === 'figure') expect(byUrl.get(b.id)?.filters.jenis, b.id).toEqual(['gambar']);
      }
    });
  }

  it('tags provisions with the topics that align them, including Lampiran sections', () => {
    const pati = regulationRecords(buildView(regs.find((r) => r.slug === 'pati')!), alignment);
    const get = (id: string) => pati.find((r) => r.url === `/${provisionPath('pati', id)}`)!;
    expect(get('pasal-8__ayat-2').filters.topik).toContain('penugasan');
    expect(get('pasal-4').filters.topik).toContain('prinsip');
    expect(get('lampiran__gambar-18').filters.topik).toContain('lampiran-penugasan');
  });
});
