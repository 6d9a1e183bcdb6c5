/** Editorial notes: the kinds for contradictions and numbering slips, their validation, and where they are shown. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { ContentError, parseRegulation } from '../../src/lib/validate.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { indexProvisions } from '../../src/lib/provisions.ts';
import { involved, placeNotes } from '../../src/lib/note-placement.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { editorialReport } from '../../src/lib/note-report.ts';
import { provisionPath } from '../../src/lib/permalink.ts';

const FILE = 'content/regulations/pati/peraturan.yaml';
const base = () => parse(readFileSync(FILE, 'utf8'));
const problemsOf = (doc: unknown) => {
  try {
    parseRegulation(stringify(doc), FILE);
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
};
const contradiction = {
  target: 'pasal-7__ayat-3',
  jenis: 'pertentangan',
  asli: 'berasal dari Unit Organisasi pemilik kinerja',
  alasan: 'uji',
};
const regs = loadRegulations();

describe('editorial note kinds', () => {
  it('accepts a contradiction whose other provisions exist', () => {
    const doc = base();
    doc.catatan.push({ ...contradiction, lihat: ['lampiran__b__3__d'] });
    expect(problemsOf(doc)).toEqual([]);
  });

  it('reports a lihat id that does not exist, with file, path and message', () => {
    const doc = base();
    doc.catatan.push({ ...contradiction, lihat: ['lampiran__b__3__d', 'lampiran__zz__9'] });
    const i = doc.catatan.length - 1;
    expect(problemsOf(doc)).toEqual([
      { file: FILE, path: `catatan[${i}].lihat[1]`, message: 'catatan merujuk ke "lampiran__zz__9" yang tidak ada' },
    ]);
  });

  it('requires lihat for a contradiction and rejects lihat pointing at the target itself', () => {
    const doc = base();
    doc.catatan.push({ ...contradiction });
    doc.catatan.push({ ...contradiction, lihat: ['pasal-7__ayat-3'] });
    const n = doc.catatan.length;
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual([`catatan[${n - 2}].lihat`, `catatan[${n - 1}].lihat[0]`]);
    expect(problems[0]!.message).toMatch(/pertentangan wajib menyebut/);
  });

  it('rejects an unknown kind with its path', () => {
    const doc = base();
    doc.catatan.push({ ...contradiction, jenis: 'kontradiksi', lihat: ['lampiran__b__3__d'] });
    expect(problemsOf(doc).map((p) => p.path)).toEqual([`catatan[${doc.catatan.length - 1}].jenis`]);
  });

  it('lets a numbering slip excuse a reference to a Pasal that does not exist', () => {
    const doc = base();
    doc.batangTubuh[0].children[0].text = 'Dalam Peraturan Bupati ini sebagaimana dimaksud dalam Pasal 99 yang dimaksud dengan:';
    expect(problemsOf(doc).some((p) => /Pasal 99/.test(p.message))).toBe(true);
    doc.catatan.push({ target: 'pasal-1', jenis: 'penomoran', asli: 'Pasal 99', bacaan: 'Pasal 9', alasan: 'uji' });
    expect(problemsOf(doc)).toEqual([]);
  });
});

describe('editorial notes in the committed regulations', () => {
  for (const reg of regs) {
    it(`${reg.slug}: every note's target and lihat name a provision of the regulation`, () => {
      const ids = new Set(indexProvisions(reg).map((p) => p.id));
      const dangling = reg.catatan.flatMap((n) =>
        involved(n)
          .filter((id) => !ids.has(id))
          .map((id) => `${n.target} -> ${id}`),
      );
      expect(dangling).toEqual([]);
    });
  }

  it('flags contradictions and numbering slips in every regulation', () => {
    for (const reg of regs) {
      expect(
        reg.catatan.some((n) => n.jenis === 'pertentangan'),
        reg.slug,
      ).toBe(true);
      expect(
        reg.catatan.some((n) => n.jenis === 'penomoran'),
        reg.slug,
      ).toBe(true);
    }
  });
});

describe('placing notes beside every provision involved', () => {
  const reg = regs.find((r) => r.slug === 'pati')!;
  const view = buildView(reg);

  it('shows a contradiction beside its target and beside each provision in lihat, linking to the others', () => {
    const note = reg.catatan.find((n) => n.jenis === 'pertentangan' && n.target === 'pasal-7__ayat-3')!;
    expect(note).toBeDefined();
    const here = view.notesByTarget.get('pasal-7__ayat-3')!.find((p) => p.jenis === 'pertentangan')!;
    const there = view.notesByTarget.get('lampiran__b__3__d')!.find((p) => p.jenis === 'pertentangan')!;
    expect(here.primary).toBe(true);
    expect(here.links.map((l) => l.id)).toEqual(['lampiran__b__3__d']);
    expect(there.primary).toBe(false);
    expect(there.links.map((l) => [l.id, l.pin, l.path])).toEqual([
      ['pasal-7__ayat-3', view.pin('pasal-7__ayat-3'), provisionPath('pati', 'pasal-7__ayat-3')],
    ]);
  });

  it('places each note once per provision involved and nowhere else', () => {
    const placed = placeNotes(reg, (id) => id);
    const total = [...placed.values()].reduce((a, l) => a + l.length, 0);
    expect(total).toBe(reg.catatan.reduce((a, n) => a + involved(n).length, 0));
    for (const [id, list] of placed) for (const p of list) expect(involved(p)).toContain(id);
  });
});

describe('the list of flagged defects (docs/editorial-notes.md)', () => {
  const report = editorialReport(regs);

  it('names every contradiction and slip with the provisions involved', () => {
    for (const reg of regs) {
      for (const n of reg.catatan.filter((x) => x.jenis !== 'artefak')) {
        expect(report).toContain(`\`${n.target}\``);
        for (const id of n.lihat ?? []) expect(report).toContain(`\`${id}\``);
      }
    }
  });

  it('is up to date with the data (regenerate with node scripts/editorial-notes.ts)', () => {
    expect(readFileSync('docs/editorial-notes.md', 'utf8')).toBe(report);
  });
});
