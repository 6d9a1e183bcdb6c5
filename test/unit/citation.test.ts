import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { childId, walkBody } from '../../src/lib/ids.ts';
import { humanBlock } from '../../src/lib/citation.ts';

const bySlug = Object.fromEntries(loadRegulations().map((r) => [r.slug, buildView(r)]));

describe('ids', () => {
  it('derives Akoma Ntoso-style ids from the numbering', () => {
    expect(childId('pasal-11__ayat-1', { kind: 'huruf', num: 'a', text: 'x' }, 0)).toBe('pasal-11__ayat-1__huruf-a');
    expect(childId('bab-ii__bagian-kesatu', { kind: 'pasal', num: '5' }, 0)).toBe('pasal-5');
    expect(childId('bab-ii', { kind: 'bagian', num: 'Kesatu', heading: 'Umum' }, 0)).toBe('bab-ii__bagian-kesatu');
    expect(childId('pasal-26', { kind: 'teks', text: 'dicabut' }, 1)).toBe('pasal-26__teks-1');
  });

  it('numbers the Pasal of every regulation 1..n without gaps', () => {
    for (const v of Object.values(bySlug)) {
      const nums = [...walkBody(v.reg.batangTubuh)].filter((w) => w.node.kind === 'pasal').map((w) => Number(w.node.num));
      expect(nums, v.reg.slug).toEqual(nums.map((_, i) => i + 1));
    }
  });
});

describe('citations', () => {
  it('cites an ayat in the conventional form', () => {
    expect(bySlug.bengkayang!.citation('pasal-11__ayat-1')).toBe(
      'Pasal 11 ayat (1) Peraturan Bupati Bengkayang Nomor 5 Tahun 2024 tentang Sistem Kerja untuk Penyederhanaan Birokrasi',
    );
  });
  it('cites a huruf inside an ayat', () => {
    expect(bySlug.bengkayang!.citation('pasal-3__ayat-1__huruf-c')).toBe(
      'Pasal 3 ayat (1) huruf c Peraturan Bupati Bengkayang Nomor 5 Tahun 2024 tentang Sistem Kerja untuk Penyederhanaan Birokrasi',
    );
  });
  it('cites a definition of Pasal 1 by angka', () => {
    expect(bySlug.pati!.pin('pasal-1__angka-15')).toBe('Pasal 1 angka 15');
  });
  it('names a Peraturan Wali Kota as such', () => {
    expect(bySlug.probolinggo!.citation('pasal-2')).toMatch(/^Pasal 2 Peraturan Wali Kota Probolinggo Nomor 88 Tahun 2024 tentang /);
  });
  it('cites konsiderans and Lampiran blocks', () => {
    expect(bySlug.pati!.pin('menimbang__huruf-b')).toBe('konsiderans Menimbang huruf b');
    expect(bySlug.bengkayang!.pin('lampiran-ii')).toBe('Lampiran II');
    expect(humanBlock('lampiran__b__1__a')).toBe('B.1.A');
  });
  it('throws on an unknown id instead of citing nothing', () => {
    expect(() => bySlug.pati!.citation('pasal-999')).toThrow(/pasal-999/);
  });
});
