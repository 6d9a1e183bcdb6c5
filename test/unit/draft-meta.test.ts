import { describe, expect, it } from 'vitest';
import { loadRegulations } from '../../src/lib/load.ts';
import { draftMeta, parseTanggal, titleCase } from '../../src/lib/import/draft-meta.ts';

const real = loadRegulations();
const flat = (o: unknown, p = ''): [string, unknown][] =>
  o && typeof o === 'object' && !Array.isArray(o) ? Object.entries(o).flatMap(([k, v]) => flat(v, p ? `${p}.${k}` : k)) : [[p, o]];

describe('metadata drafted from the text', () => {
  it('reads dates as printed, including old spellings, and refuses what is not a date', () => {
    expect(parseTanggal('29 pebruari 2024')).toBe('2024-02-29');
    expect(parseTanggal('pada tanggal 2 September 2024')).toBe('2024-09-02');
    expect(parseTanggal('2 Sept 2024')).toBeUndefined();
    expect(titleCase('SISTEM KERJA DI LINGKUNGAN PEMERINTAH')).toBe('Sistem Kerja di Lingkungan Pemerintah');
  });

  // The committed metadata of every regulation was written by hand; the draft from its own
  // opening lines and penutup must agree on every value it does not mark as a guess.
  for (const reg of real) {
    it(`${reg.slug}: every value not marked as a guess is the committed one`, () => {
      const { meta, guesses } = draftMeta(reg.pembukaan, reg.penutup, JSON.stringify(reg.batangTubuh));
      const committed = new Map(flat(reg.meta));
      const drafted = flat(meta).filter(([k]) => committed.has(k) || !k.startsWith('sumberResmiUrl'));
      const wrong = drafted.filter(
        ([k, v]) => !guesses.has(k) && committed.has(k) && JSON.stringify(v) !== JSON.stringify(committed.get(k)),
      );
      expect(wrong).toEqual([]);
      // Guesses are only where the text cannot settle the value verbatim, and each says why.
      for (const [k, why] of guesses) {
        expect(committed.has(k) || k === 'subjek').toBe(true);
        expect(why.length).toBeGreaterThan(10);
      }
    });
  }
});
