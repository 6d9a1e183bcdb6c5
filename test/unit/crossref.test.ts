import { describe, expect, it } from 'vitest';
import { findRefs, linkify } from '../../src/lib/crossref.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';

describe('findRefs', () => {
  it('finds Pasal, ayat, huruf and angka', () => {
    const r = findRefs('sebagaimana dimaksud dalam Pasal 3 ayat (2) huruf b angka 1 dan Pasal 7');
    expect(r.map((x) => x.target)).toEqual(['pasal-3__ayat-2__huruf-b__angka-1', 'pasal-7']);
  });
  it('resolves relative ayat references against the current Pasal', () => {
    const r = findRefs('Penunjukan sebagaimana dimaksud pada ayat (1) huruf a', 'pasal-10');
    expect(r.map((x) => x.target)).toEqual(['pasal-10__ayat-1__huruf-a']);
    expect(r[0]!.text).toBe('ayat (1) huruf a');
  });
  it('ignores Pasal of other laws', () => {
    expect(findRefs('Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945')).toEqual([]);
    expect(findRefs('berdasarkan pasal 25 Peraturan Menteri Pendayagunaan Aparatur Negara')).toEqual([]);
    expect(
      findRefs(
        'Pasal 9, Pasal 14, dan Pasal 19 beserta kotak Subkoordinator pada Bagan Organisasi dalam Lampiran Peraturan Bupati Klaten Nomor 51 Tahun 2021',
      ),
    ).toEqual([]);
  });
  it('keeps references to "Peraturan Bupati ini"', () => {
    expect(findRefs('sebagaimana dimaksud dalam Pasal 5 Peraturan Bupati ini').map((r) => r.target)).toEqual(['pasal-5']);
  });
  it('finds Gambar', () => {
    expect(findRefs('dijelaskan dalam Gambar 18, Gambar 19, dan Gambar 20.').map((r) => r.target)).toEqual([
      'gambar-18',
      'gambar-19',
      'gambar-20',
    ]);
  });
});

describe('linkify on real text', () => {
  const view = buildView(loadRegulations().find((r) => r.slug === 'bengkayang')!);
  it('links a resolvable reference and a defined term, keeps the text intact', () => {
    const text = 'Kedudukan sebagaimana dimaksud dalam pasal 7 ditetapkan oleh Pejabat Pembina Kepegawaian untuk Pejabat Fungsional.';
    const segs = view.link(text, 'pasal-8__ayat-1', 'pasal-8');
    expect(segs.map((s) => s.text).join('')).toBe(text);
    const links = segs.filter((s) => s.type === 'link');
    expect(links.some((l) => l.type === 'link' && l.href === '#pasal-7')).toBe(true);
    expect(links.some((l) => l.type === 'link' && l.rel === 'term' && l.text === 'Pejabat Fungsional')).toBe(true);
  });
  it('does not link a reference that does not resolve', () => {
    const segs = view.link('lihat Pasal 99', undefined, undefined);
    expect(segs.every((s) => s.type === 'text')).toBe(true);
  });
  it('does not link a term inside its own definition', () => {
    const def = view.byId.get('pasal-1__angka-10')!;
    const segs = linkify(def.node!.text!, {
      byId: view.byId,
      figures: new Map(),
      terms: [{ term: 'Pejabat Fungsional', id: 'pasal-1__angka-10' }],
      self: 'pasal-1__angka-10',
    });
    expect(segs.every((s) => s.type === 'text')).toBe(true);
  });
});
