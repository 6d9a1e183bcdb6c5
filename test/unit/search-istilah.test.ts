import { describe, expect, it } from 'vitest';
import { ISTILAH, parseIstilah } from '../../src/lib/search/istilah.ts';
import { planQuery } from '../../src/lib/search/query.ts';
import { Vocabulary } from '../../src/lib/search/vocabulary.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { loadAlignment } from '../../src/lib/compare/load.ts';
import { searchData } from '../../src/lib/search/data.ts';

const vocab = new Vocabulary(searchData(loadRegulations().map(buildView), loadAlignment()).kosakata);
const printed = (phrase: string) => phrase.split(' ').every((w) => /^\d+$/.test(w) || vocab.has(w));

describe('the abbreviation and synonym list (istilah.json)', () => {
  it('has the words civil servants type, English terms included', () => {
    for (const k of [
      'puo',
      'sekdin',
      'kepsek',
      'plt',
      'psl',
      'tu',
      'lama',
      'job description',
      'team leader',
      'performance agreement',
      'ppk',
      'jf',
      'pokja',
    ]) {
      expect(ISTILAH.singkatan[k], k).toBeDefined();
    }
    expect(ISTILAH.singkatan['lama']).toContain('jangka waktu');
  });

  it('maps every entry to at least one reading the regulations print', () => {
    const unprinted = Object.entries(ISTILAH.singkatan)
      .filter(([, rs]) => !rs.some(printed))
      .map(([k, rs]) => `${k}: ${rs.join('; ')}`);
    expect(unprinted).toEqual([]);
  });

  it('has spelling variant groups whose members the texts use (at least two, or one plus a known misspelling)', () => {
    for (const g of ISTILAH.varian) expect(g.filter(printed).length, g.join(' / ')).toBeGreaterThanOrEqual(1);
    expect(printed('penunjukan') && printed('penunjukkan')).toBe(true);
  });

  it('corrects misspellings into words, and never lists a common word as a misspelling', () => {
    for (const [wrong, right] of Object.entries(ISTILAH.salahKetik)) {
      expect(wrong).not.toBe(right);
      expect(ISTILAH.salahKetik[right], right).toBeUndefined();
      expect(ISTILAH.umum).not.toContain(wrong);
    }
  });

  it('rejects bad data with the path of the entry', () => {
    expect(() => parseIstilah({ ...ISTILAH, singkatan: { 'PPK!': ['x'] } }, 'x.json')).toThrow(/x\.json[\s\S]*singkatan\.PPK!/);
    expect(() => parseIstilah({ ...ISTILAH, varian: [['satu']] })).toThrow(/varian\.0/);
  });

  it('searches a typed word together with its expansions and variants, both ways', () => {
    const alts = (q: string) => planQuery(q, vocab).alternatives.map((a) => a.query);
    expect(alts('jf')).toEqual(['jabatan fungsional', 'pejabat fungsional', 'jf']);
    expect(alts('skp')).toContain('skp');
    expect(alts('penunjukan')).toEqual(expect.arrayContaining(['penunjukan', 'penunjukkan']));
    expect(alts('penunjukkan')).toEqual(expect.arrayContaining(['penunjukan', 'penunjukkan']));
    expect(alts('sub koordinator dihapus')).toEqual(expect.arrayContaining(['subkoordinator dicabut', 'sub koordinator dihapus']));
    expect(alts('team leader')).toEqual(['ketua tim']);
    expect(alts('berapa lama')).toEqual(expect.arrayContaining(['jangka waktu', 'kurun waktu']));
    expect(alts('kepsek')).toEqual(['kepala sekolah']);
  });

  it('never "corrects" a word of the texts or a common Indonesian word', () => {
    const p = planQuery('kinerja bagus', vocab);
    expect(p.notes.join(' ')).not.toMatch(/bagas/);
    expect(planQuery('bagus', vocab).terms).toEqual(['bagus']);
    for (const w of ['penunjukkan', 'merangkap', 'timkerja']) expect(planQuery(w, vocab).notes.join(' '), w).not.toMatch(/dibaca/);
  });
});
