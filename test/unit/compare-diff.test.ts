import { describe, expect, it } from 'vitest';
import { lcsMatch, tokenize, wordDiff } from '../../src/lib/compare/diff.ts';
import { buildRow, toSegments } from '../../src/lib/compare/cells.ts';
import { compareContext, definitionMatrix, topicRows } from '../../src/lib/compare/page-data.ts';
import { highlightCss } from '../../src/pages/perbandingan/sorotan.css.ts';

describe('word diff', () => {
  it('tokenizes losslessly, keeping "sewaktu-waktu" as one word and splitting at a slash', () => {
    const t = 'Pimpinan Unit Organisasi secara sewaktu-waktu berwenang dan/atau (1) meminta.';
    const toks = tokenize(t);
    expect(toks.map((x) => x.text).join('')).toBe(t);
    expect(toks.filter((x) => x.word).map((x) => x.word)).toEqual([
      'pimpinan',
      'unit',
      'organisasi',
      'secara',
      'sewaktu-waktu',
      'berwenang',
      'dan',
      'atau',
      '1',
      'meminta',
    ]);
  });

  it('finds the words each side lacks, ignoring case and punctuation', () => {
    const a = 'Penunjukan merupakan Penugasan langsung kepada Pejabat Fungsional atau Pelaksana oleh Pejabat Penilai Kinerja.';
    const b =
      'Penunjukan merupakan penugasan langsung kepada Pejabat Fungsional dan pelaksana oleh Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi.';
    expect(wordDiff(a, b)).toEqual({ onlyA: ['atau'], onlyB: ['dan', 'dan', 'atau', 'pimpinan', 'unit', 'organisasi'] });
    expect(wordDiff('Sama, persis.', 'sama persis')).toEqual({ onlyA: [], onlyB: [] });
  });

  it('gives up on tables too large to compare', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    expect(lcsMatch(big, [...big].reverse())).toBeUndefined();
  });

  it('joins marked words and the punctuation between them into one run', () => {
    const toks = tokenize('a b, c d').map((t, i) => (t.word && (i === 2 || i === 4) ? { ...t, no: new Set(['x']) } : t));
    expect(toSegments(toks)).toEqual([{ text: 'a ' }, { text: 'b, c', no: ['x'] }, { text: ' d' }]);
  });
});

describe('comparison rows', () => {
  const c = compareContext();
  const topic = c.alignment.topics.find((t) => t.id === 'penugasan')!;
  const rows = topicRows(topic, c, '/');

  it('puts the verbatim provision in every cell with its citation link', () => {
    const row = rows.find((r) => r.id === 'penunjukan')!;
    const pati = row.cells.find((x) => x.slug === 'pati')!;
    expect(pati.kind).toBe('ids');
    if (pati.kind !== 'ids') return;
    expect(pati.parts[0]!.href).toBe('/pati/pasal-8/#pasal-8__ayat-2');
    expect(pati.parts[0]!.pin).toBe('Pasal 8 ayat (2)');
    expect(pati.parts[0]!.citation).toBe('Pasal 8 ayat (2) Peraturan Bupati Pati Nomor 36 Tahun 2023 tentang Sistem Kerja');
    const text = pati.parts[0]!.lines.map((l) => ('segments' in l ? l.segments.map((s) => s.text).join('') : '')).join(' ');
    const reg = c.views.find((v) => v.reg.slug === 'pati')!;
    expect(text).toBe(reg.byId.get('pasal-8__ayat-2')!.node!.text);
  });

  it('counts differing words symmetrically and marks them with the other regulation', () => {
    const row = rows.find((r) => r.id === 'penunjukan')!;
    const pati = row.cells.find((x) => x.slug === 'pati')!;
    const batang = row.cells.find((x) => x.slug === 'batang')!;
    const bengkayang = row.cells.find((x) => x.slug === 'bengkayang')!;
    if (pati.kind !== 'ids' || batang.kind !== 'ids' || bengkayang.kind !== 'ids') throw new Error('cells');
    expect(pati.counts.get('batang')).toBe(0);
    expect(batang.counts.get('pati')).toBe(0);
    expect(pati.counts.get('bengkayang')).toBeGreaterThan(0);
    const marked = pati.parts
      .flatMap((p) => p.lines.flatMap((l) => ('segments' in l ? l.segments : [])))
      .filter((s) => s.no?.includes('bengkayang'));
    expect(marked.map((s) => s.text.trim().toLowerCase())).toContain('atau');
  });

  it('labels a regulation without a counterpart explicitly', () => {
    const row = rows.find((r) => r.id === 'format')!;
    expect(row.cells.find((x) => x.slug === 'pati')).toMatchObject({ kind: 'none', label: 'tidak-diatur' });
  });

  it('builds the definitions matrix with one row per term, most widely defined first', () => {
    const m = definitionMatrix(c);
    expect(m[0]!.ids.size).toBe(c.regs.length);
    const sk = m.find((d) => d.judul.toLowerCase() === 'sistem kerja')!;
    expect(sk.ids.size).toBe(c.regs.length); // every regulation defines "Sistem Kerja"
    const pemilik = m.find((d) => d.judul === 'Pejabat Pemilik Kinerja')!;
    expect([...pemilik.ids.keys()].sort()).toEqual(['klaten', 'pati']);
    expect(new Set(m.map((d) => d.id)).size).toBe(m.length);
  });

  it('generates highlight rules for every ordered pair and a hide rule per regulation', () => {
    const css = highlightCss(['a', 'b', 'c']);
    expect(css).toContain('.cmp:has(#tampil-a:not(:checked)) [data-reg="a"] { display: none; }');
    expect(css).toContain(
      '.cmp:has(#beda-a option[value="a"]:checked):has(#beda-b option[value="c"]:checked) .cell[data-reg="c"] .d[data-no~="a"]',
    );
    expect(css).toContain('text-decoration: underline wavy');
    expect(css.match(/\.beda-n\[data-vs=/g)!.length).toBe(12);
  });

  it('buildRow works for any subset of regulations', () => {
    const v = c.views.slice(0, 2);
    const row = buildRow(
      {
        id: 'x',
        judul: 'X',
        cells: new Map([
          [v[0]!.reg.slug, { kind: 'ids', ids: ['pasal-1'] }],
          [v[1]!.reg.slug, { kind: 'ids', ids: ['pasal-1'] }],
        ]),
      },
      v,
      '/',
    );
    expect(row.cells).toHaveLength(2);
  });
});
