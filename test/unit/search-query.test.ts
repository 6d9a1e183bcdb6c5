import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, parseFilters, planQuery } from '../../src/lib/search/query.ts';
import { Vocabulary, editDistance } from '../../src/lib/search/vocabulary.ts';
import { nasalRoots, rootOf } from '../../src/lib/search/morph.ts';
import { combine, rerank } from '../../src/lib/search/rank.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { loadAlignment } from '../../src/lib/compare/load.ts';
import { searchData } from '../../src/lib/search/data.ts';

const regs = loadRegulations();
const alignment = loadAlignment();
const vocab = new Vocabulary(searchData(regs.map(buildView), alignment).kosakata);

describe('query planning: bad input', () => {
  it('explains an empty query instead of searching', () => {
    for (const q of ['', '   ', null, undefined]) {
      const p = planQuery(q, vocab);
      expect(p.status).toBe('empty');
      expect(p.alternatives).toEqual([]);
      expect(p.messages[0]).toMatch(/^Ketik satu atau beberapa kata/);
    }
  });

  it('explains a query of only punctuation', () => {
    for (const q of ['!!!', '?', '...', '(/) —', '"""']) {
      const p = planQuery(q, vocab);
      expect(p.status).toBe('punctuation');
      expect(p.messages[0]).toMatch(/hanya berisi tanda baca/);
    }
  });

  it('cuts a 500-character query and says so', () => {
    const q = Array.from({ length: 60 }, (_, i) => ['penugasan', 'pejabat', 'fungsional', 'tim', 'kerja'][i % 5])
      .join(' ')
      .padEnd(500, 'x');
    expect(q.length).toBe(500);
    const p = planQuery(q, vocab);
    expect(p.status).toBe('ok');
    expect(p.messages.some((m) => m.includes(`${MAX_QUERY_CHARS} karakter pertama`))).toBe(true);
    expect(p.alternatives.length).toBeGreaterThan(0);
    expect(p.alternatives[0]!.query.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });

  it('keeps only the first words of a long list of distinct words', () => {
    const p = planQuery('pejabat fungsional pelaksana penugasan kinerja ketua tim unit organisasi lampiran gambar pasal', vocab);
    expect(p.terms.length).toBe(10);
    expect(p.messages.some((m) => m.includes('10 kata pertama'))).toBe(true);
  });
});

describe('query planning: what civil servants type', () => {
  it('reads PPK both ways', () => {
    const p = planQuery('PPK', vocab);
    expect(p.alternatives.map((a) => a.query)).toEqual(['pejabat pembina kepegawaian', 'pejabat penilai kinerja']);
    expect(p.alternatives[0]!.phrases).toEqual(['pejabat pembina kepegawaian']);
    expect(p.notes[0]).toBe('PPK: pejabat pembina kepegawaian; pejabat penilai kinerja');
  });

  it('expands informal abbreviations into the printed words', () => {
    const q = (s: string) => planQuery(s, vocab).alternatives.map((a) => a.query);
    expect(q('pokja')).toEqual(['kelompok kerja']);
    expect(q('Kadis')).toEqual(['kepala dinas']);
    expect(q('kabid')).toEqual(['kepala bidang', 'kabid']);
    expect(q('kasubbag')).toEqual(['kepala subbagian', 'kasubbag']);
    expect(q('sekda')).toEqual(['sekretaris daerah', 'sekda']);
    expect(q('OPD')).toEqual(['perangkat daerah']);
    expect(q('jf')).toEqual(['jabatan fungsional', 'pejabat fungsional', 'jf']);
    expect(q('uptd')).toEqual(['unit pelaksana teknis daerah', 'uptd']);
    expect(q('perwali')).toEqual(['peraturan wali kota', 'perwali']);
    expect(q('perbup klaten')).toEqual(['peraturan bupati klaten', 'perbup klaten']);
  });

  it('drops filler words but not everything', () => {
    expect(planQuery('apa itu opd', vocab).terms).toEqual(['opd']);
    expect(planQuery('siapa yang', vocab).terms).toEqual(['siapa', 'yang']);
  });

  it('fixes common misspellings and uses the vocabulary for others', () => {
    expect(planQuery('sekertaris daerah', vocab).alternatives[0]!.query).toBe('sekretaris daerah');
    expect(planQuery('kordinasi spbe', vocab).alternatives[0]!.query).toBe('koordinasi spbe');
    expect(planQuery('pertanggung jawaban', vocab).terms).toEqual(['pertanggungjawaban']);
    expect(planQuery('pengajuan suka rela', vocab).terms).toEqual(['pengajuan', 'sukarela']);
    const p = planQuery('penyederhanan birokrasi', vocab);
    expect(p.terms).toEqual(['penyederhanaan', 'birokrasi']);
    expect(p.notes).toContain('“penyederhanan” dibaca “penyederhanaan”');
  });

  it('does not "correct" a word the texts use inside a longer word', () => {
    expect(planQuery('rangkap', vocab).terms).toEqual(['rangkap']);
  });

  it('also looks for a spelling the texts themselves use', () => {
    const alts = planQuery('penunjukkan', vocab).alternatives.map((a) => a.query);
    expect(alts).toContain('penunjukan');
    expect(alts).toContain('penunjukkan');
  });

  it('adds the root of meN-/peN- words as an alternative', () => {
    expect(nasalRoots('menetapkan')).toContain('tetap');
    expect(nasalRoots('penugasan')).toContain('tugas');
    expect(nasalRoots('penyesuaian')).toContain('sesuai');
    expect(rootOf('menetapkan', vocab)).toMatch(/^tetap/);
    expect(rootOf('penunjukan', vocab)).toBe('tunjuk');
    expect(rootOf('penilaian', vocab)).toBe('nilai');
    expect(rootOf('pemerintah', vocab)).toBeUndefined();
    const alts = planQuery('menetapkan penugasan', vocab).alternatives.map((a) => a.query);
    expect(alts[0]).toBe('menetapkan penugasan');
    expect(alts.some((a) => /^tetap\w* penugasan$/.test(a))).toBe(true);
  });

  it('leaves out words no regulation uses, and says so', () => {
    const p = planQuery('ketua tim zebra', vocab);
    expect(p.terms).toEqual(['ketua', 'tim']);
    expect(p.messages).toContain('“zebra” tidak ada dalam teks peraturan mana pun dan diabaikan.');
    expect(planQuery('ditetapkannya', vocab).messages).toEqual([]);
    expect(planQuery('zebra', vocab).terms).toEqual(['zebra']);
  });

  it('prepares looser queries for when nothing matches every word', () => {
    const p = planQuery('ketua tim prinsip rangkap', vocab);
    expect(p.relaxed.map((a) => a.query)).toEqual(
      expect.arrayContaining(['tim prinsip rangkap', 'ketua prinsip rangkap', 'ketua tim rangkap', 'ketua tim prinsip']),
    );
    expect(p.widened.map((a) => a.query)).toEqual(expect.arrayContaining(['ketua', 'rangkap']));
  });
});

describe('filters from the address', () => {
  const specs = [
    {
      name: 'peraturan' as const,
      values: new Map([
        ['pati', 'Perbup Pati'],
        ['klaten', 'Perbup Klaten'],
      ]),
    },
    { name: 'jenis' as const, values: new Map([['pasal', 'Pasal']]) },
    { name: 'topik' as const, values: new Map([['penugasan', 'Penugasan']]) },
  ];
  it('keeps known values and reports unknown ones', () => {
    const r = parseFilters(new URLSearchParams('peraturan=PATI,kendal&jenis=pasal&jenis=<script>&topik=&x=1'), specs);
    expect(r.filters).toEqual({ peraturan: ['pati'], jenis: ['pasal'] });
    expect(r.unknown).toEqual(['peraturan=kendal', 'jenis=<script>']);
  });
});

describe('ranking', () => {
  it("raises exact phrases and weighs alternatives, keeping each result's best score", () => {
    const out = combine([
      {
        hits: [
          { id: 'a', score: 10 },
          { id: 'b', score: 9 },
          { id: 'e', score: 6 },
        ],
        phraseHits: [new Set(['e']), new Set(['e'])],
      },
      {
        hits: [
          { id: 'b', score: 20 },
          { id: 'f', score: 30 },
        ],
        phraseHits: [],
        weight: 0.2,
      },
    ]);
    expect(out.map((x) => `${x.id}:${x.score.toFixed(1)}`)).toEqual(['e:13.2', 'a:10.0', 'b:9.0', 'f:6.0']);
  });

  it('reranks the first results by kind and keeps one comparison page in the top five', () => {
    const list = [
      ['ov1', 200],
      ['ov2', 190],
      ['a', 40],
      ['b', 38],
      ['c', 36],
      ['d', 34],
      ['e', 32],
      ['z', 30],
    ].map(([id, score]) => ({ id: id as string, score: score as number }));
    const kinds = new Map([
      ['ov1', 'perbandingan'],
      ['ov2', 'perbandingan'],
      ['a', 'lampiran'],
      ['b', 'lampiran'],
      ['c', 'lampiran'],
      ['d', 'pasal'],
      ['e', 'gambar'],
    ]);
    const ids = rerank(list, kinds).map((x) => x.id);
    expect(ids[0]).toBe('ov1');
    expect(ids.slice(0, 5).filter((x) => x.startsWith('ov'))).toHaveLength(1);
    expect(ids.indexOf('d')).toBeLessThan(ids.indexOf('a'));
    expect(ids[ids.length - 1]).toBe('z');
    expect(ids).toHaveLength(8);
  });
});

describe('vocabulary', () => {
  it('measures edits with transpositions as one', () => {
    expect(editDistance('sekertaris', 'sekretaris', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
  it('is small enough to load with the first query', () => {
    expect(JSON.stringify(vocab.list).length).toBeLessThan(40_000);
  });
});

describe('robustness: misspelt keys, regulation names, whole questions', () => {
  it('reads a misspelt English or informal key as the key, multi-word keys included', () => {
    const p = planQuery('perfomance agreement', vocab);
    expect(p.terms).toEqual(['performance agreement']);
    expect(p.readings[0]).toContain('perjanjian kinerja');
    expect(p.notes.join(' ')).toMatch(/perfomance/);
    expect(planQuery('job descripton', vocab).terms).toEqual(['job description']);
  });

  it('does not turn a word of the texts, or a word inside one, into a key', () => {
    // "memberi" is in "memberikan"; "member" is an English key.
    expect(planQuery('memberi', vocab).terms).toEqual(['memberi']);
    expect(planQuery('bagus', vocab).terms).toEqual(['bagus']);
  });

  it('leaves words that only name a regulation to the filter, when other words remain', () => {
    const ignore = new Set(['perbup', 'klaten']);
    expect(planQuery('ketua tim di perbup klaten', vocab, ignore).terms).toEqual(['ketua', 'tim']);
    expect(planQuery('perbup klaten', vocab, ignore).terms).toEqual(['perbup', 'klaten']);
  });

  it('drops question words of whole questions', () => {
    expect(planQuery('siapakah yang menetapkan penugasan?', vocab).terms).toEqual(['menetapkan', 'penugasan']);
    expect(planQuery('kenapa ketua tim harus lapor', vocab).terms).toEqual(['ketua', 'tim', 'lapor']);
  });

  it('lists the readings of each word', () => {
    expect(planQuery('pokja tpp', vocab).readings).toEqual([['kelompok kerja'], ['tambahan penghasilan']]);
  });
});
