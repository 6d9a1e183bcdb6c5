import { describe, expect, it } from 'vitest';
import { combine, definesQuery, diversify, ensureBody, favour, rerank } from '../../src/lib/search/rank.ts';
import { planQuery, MIN_RESULTS } from '../../src/lib/search/query.ts';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';

const S = (pairs: [string, number][]) => pairs.map(([id, score]) => ({ id, score }));

describe('diversity of the first five', () => {
  const list = S([
    ['k1', 90],
    ['k2', 80],
    ['k3', 70],
    ['k4', 60],
    ['p1', 50],
    ['b1', 40],
    ['k5', 30],
    ['ov', 20],
  ]);
  const reg = new Map<string, string | undefined>([
    ['k1', 'klaten'],
    ['k2', 'klaten'],
    ['k3', 'klaten'],
    ['k4', 'klaten'],
    ['k5', 'klaten'],
    ['p1', 'pati'],
    ['b1', 'batang'],
    ['ov', undefined],
  ]);
  it('keeps at most two of one regulation in the first five, the others move down in order', () => {
    const ids = diversify(list, reg).map((s) => s.id);
    expect(ids.slice(0, 5)).toEqual(['k1', 'k2', 'p1', 'b1', 'ov']);
    expect(ids.slice(5)).toEqual(['k3', 'k4', 'k5']);
  });
  it('lets a regulation the query names fill the top', () => {
    expect(
      diversify(list, reg, new Set(['klaten']))
        .map((s) => s.id)
        .slice(0, 5),
    ).toEqual(['k1', 'k2', 'k3', 'k4', 'p1']);
  });
  it('raises the regulation the query names', () => {
    const out = favour(
      S([
        ['p1', 100],
        ['k1', 80],
      ]),
      reg,
      new Set(['klaten']),
    );
    expect(out.map((s) => s.id)).toEqual(['k1', 'p1']);
  });
});

describe('determinism', () => {
  it('orders equal scores by id, whatever order the runs came in', () => {
    const a = combine([
      {
        hits: S([
          ['b', 5],
          ['a', 5],
          ['c', 7],
        ]),
        phraseHits: [],
      },
      { hits: S([['d', 5]]), phraseHits: [] },
    ]);
    const b = combine([
      { hits: S([['d', 5]]), phraseHits: [] },
      {
        hits: S([
          ['c', 7],
          ['a', 5],
          ['b', 5],
        ]),
        phraseHits: [],
      },
    ]);
    expect(a).toEqual(b);
    expect(a.map((x) => x.id)).toEqual(['c', 'a', 'b', 'd']);
    const kinds = new Map([
      ['a', 'lampiran'],
      ['b', 'pasal'],
      ['c', 'gambar'],
      ['d', 'pasal'],
    ]);
    expect(rerank(a, kinds)).toEqual(rerank(b, kinds));
  });
  it('plans the same query the same way every time', () => {
    expect(planQuery('ketua tim lapor ke siapa')).toEqual(planQuery('ketua tim lapor ke siapa'));
  });
});

describe('relaxation and widening', () => {
  it('prepares the query with one word left out, then each word alone, at lower weights', () => {
    const p = planQuery('sub koordinator dihapus perbup');
    expect(p.relaxed.map((a) => a.query)).toEqual(
      expect.arrayContaining(['dihapus peraturan bupati', 'sub koordinator peraturan bupati', 'sub koordinator dihapus']),
    );
    expect(p.widened.map((a) => a.query)).toEqual(expect.arrayContaining(['sub koordinator', 'dihapus']));
    expect(Math.max(...p.relaxed.map((a) => a.weight))).toBeLessThan(1);
    expect(Math.max(...p.widened.map((a) => a.weight))).toBeLessThan(Math.max(...p.relaxed.map((a) => a.weight)));
    expect(MIN_RESULTS).toBe(5);
  });
  it('ranks results that miss a word below those with every word', () => {
    const p = planQuery('ketua tim rangkap');
    const full = { hits: S([['x', 10]]), phraseHits: [], weight: p.alternatives[0]!.weight };
    const relaxed = { hits: S([['y', 15]]), phraseHits: [], weight: p.relaxed[0]!.weight };
    expect(combine([full, relaxed]).map((s) => s.id)).toEqual(['x', 'y']);
  });
});

describe('excerpts', () => {
  const text = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
  it('drops the citation prefix and the words around the provision', () => {
    const content = `Pasal 8 Perbup Pati 36/2023. (1) Penugasan dilakukan. # sekitar kata`;
    const parts = buildExcerpt(content, [6, 9], 5, 8);
    expect(parts.map((p) => p.text).join('')).toBe('(1) Penugasan dilakukan.');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Penugasan']);
  });
  it('shows a short provision whole and a long one around its matches, from a sentence start', () => {
    expect(
      buildExcerpt(text(50), [10], 0, 50)
        .map((p) => p.text)
        .join(''),
    ).toBe(text(50));
    const words = text(200).split(' ');
    words[119] = 'akhir.';
    const parts = buildExcerpt(words.join(' '), [130, 131], 0, 200);
    const shown = parts.map((p) => p.text).join('');
    expect(shown.startsWith('… w120 ')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['w130', 'w131']);
    expect(shown.endsWith(' …')).toBe(true);
  });
  it('never shows a stray "#"', () => {
    expect(
      buildExcerpt('a # b ## c', [], 0, 5)
        .map((p) => p.text)
        .join(''),
    ).toBe('a b c');
  });
});

describe('one result per reading page, and definitions only when they define what was asked', () => {
  it('keeps one result of each reading page among the first five', () => {
    const list = S([
      ['a1', 90],
      ['a2', 80],
      ['b1', 70],
      ['a3', 60],
      ['c1', 50],
      ['d1', 40],
      ['e1', 30],
    ]);
    const page = new Map(list.map((s) => [s.id, `/klaten/lampiran/${s.id[0]}/`]));
    const ids = diversify(list, new Map(), new Set(), page).map((s) => s.id);
    expect(ids.slice(0, 5)).toEqual(['a1', 'b1', 'c1', 'd1', 'e1']);
    expect(ids.slice(5)).toEqual(['a2', 'a3']);
  });

  it('recognises a definition of what was asked, not one that only shares words with a question', () => {
    const readings = (q: string) => planQuery(q).readings;
    expect(definesQuery('Definisi Pejabat Penilai Kinerja', readings('pejabat penilai kinerja itu siapa'))).toBe(true);
    expect(definesQuery('Definisi Kelompok Kerja', readings('pokja'))).toBe(true);
    expect(definesQuery('Definisi Tim Kerja', readings('definisi tim kerja'))).toBe(true);
    expect(definesQuery('Definisi Unit Organisasi', readings('unit kerja mandiri dipimpin jf'))).toBe(false);
    expect(definesQuery('Definisi Penugasan', readings('bedanya penunjukan dan pengajuan sukarela'))).toBe(false);
    expect(definesQuery('', readings('ppk'))).toBe(false);
  });

  it('raises only the definitions that define what was asked', () => {
    const list = S([
      ['def', 100],
      ['ayat', 90],
    ]);
    const kinds = new Map([
      ['def', 'definisi'],
      ['ayat', 'pasal'],
    ]);
    expect(rerank(list, kinds).map((s) => s.id)).toEqual(['def', 'ayat']);
    expect(rerank(list, kinds, new Set()).map((s) => s.id)).toEqual(['ayat', 'def']);
    expect(rerank(list, kinds, new Set(['def'])).map((s) => s.id)).toEqual(['def', 'ayat']);
  });
});

describe('a normative provision among the first five, and figures when asked for', () => {
  const list = S([
    ['l1', 90],
    ['l2', 80],
    ['l3', 70],
    ['l4', 60],
    ['l5', 50],
    ['l6', 45],
    ['a1', 40],
    ['a2', 30],
  ]);
  const kinds = new Map(list.map((s) => [s.id, s.id.startsWith('a') ? 'pasal' : 'lampiran']));
  it('gives the fifth place to the best ayat that contains every word when none is in the first five', () => {
    const ids = ensureBody(list, kinds, new Set(['a1', 'a2'])).map((s) => s.id);
    expect(ids).toEqual(['l1', 'l2', 'l3', 'l4', 'a1', 'l5', 'l6', 'a2']);
  });
  it('leaves the order alone when an ayat is already there, or none contains every word', () => {
    expect(ensureBody(list, kinds, new Set())).toEqual(list);
    const withAyat = S([['a1', 100], ...list.filter((s) => s.id !== 'a1').map((s): [string, number] => [s.id, s.score])]);
    expect(ensureBody(withAyat, kinds, new Set(['a1', 'a2']))).toEqual(withAyat);
  });
  it('raises Gambar only when the query asks for a figure', () => {
    const two = S([
      ['blok', 100],
      ['gbr', 90],
    ]);
    const k = new Map([
      ['blok', 'lampiran'],
      ['gbr', 'gambar'],
    ]);
    expect(rerank(two, k).map((s) => s.id)).toEqual(['blok', 'gbr']);
    expect(rerank(two, k, undefined, { figures: true }).map((s) => s.id)).toEqual(['gbr', 'blok']);
    expect(planQuery('gambar penunjukan lintas instansi').figures).toBe(true);
    expect(planQuery('bagan tim kerja').figures).toBe(true);
    expect(planQuery('penggambaran alur').figures).toBe(false);
  });
});
