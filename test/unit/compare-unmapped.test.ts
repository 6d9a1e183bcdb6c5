import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { ALIGNMENT_DIR } from '../../src/lib/compare/load.ts';
import { validateAlignment, type AlignmentSources } from '../../src/lib/compare/validate.ts';
import { buildRow } from '../../src/lib/compare/cells.ts';
import { rowOverview, topicCounts } from '../../src/lib/compare/overview.ts';
import { holdersText } from '../../src/lib/compare/distinctive.ts';
import { partPath } from '../../src/lib/regulation-folder.ts';
import type { Regulation } from '../../src/lib/schema/regulation.ts';

const regs = loadRegulations();
const withOwn = regs.filter((r) => existsSync(partPath(r.slug, 'perbandingan')));
/** The regulation the synthetic copies are made from: one with distinctive features. */
const source = withOwn.find((r) => /\nkekhasan:/.test(readFileSync(partPath(r.slug, 'perbandingan'), 'utf8')))!;
const sourceText = readFileSync(partPath(source.slug, 'perbandingan'), 'utf8');
const copy = (slug: string): Regulation => ({ ...structuredClone(source), slug });

function sources(own: Map<string, string | undefined>): AlignmentSources {
  const read = (f: string) => ({ file: `content/alignment/${f}`, text: readFileSync(join(ALIGNMENT_DIR, f), 'utf8') });
  return {
    topics: readdirSync(join(ALIGNMENT_DIR, 'topik'))
      .sort()
      .map((f) => read(`topik/${f}`)),
    terms: read('definisi.yaml'),
    distinctive: read('kekhasan.yaml'),
    regulations: new Map(
      [...own].map(([s, t]) => [s, t === undefined ? undefined : { file: `content/regulations/${s}/perbandingan.yaml`, text: t }]),
    ),
  };
}
const realOwn = () =>
  new Map<string, string | undefined>(
    regs.map((r) => [
      r.slug,
      existsSync(partPath(r.slug, 'perbandingan')) ? readFileSync(partPath(r.slug, 'perbandingan'), 'utf8') : undefined,
    ]),
  );

describe('"belum dipetakan": a regulation not (fully) mapped yet', () => {
  it('is not an error; its rows show "belum dipetakan", distinct from "tidak diatur", and are counted', () => {
    // (The shared figure crosswalk, which still names every regulation, is left out: issue 11 replaces it.)
    const all = [...regs, copy('salinan')];
    const own = realOwn();
    own.set('salinan', undefined);
    const a = validateAlignment(sources(own), all);
    const rows = a.topics.flatMap((t) => t.baris);
    expect(a.unmapped.get('salinan')).toBe(rows.length);
    expect(rows.every((r) => !r.cells.has('salinan'))).toBe(true);

    const topic = a.topics.find((t) => t.baris.some((r) => [...r.cells.values()].some((c) => c.kind === 'none')))!;
    const row = topic.baris.find((r) => [...r.cells.values()].some((c) => c.kind === 'none'))!;
    const views = all.map(buildView);
    const built = buildRow(row, views, '/');
    expect(built.cells.find((c) => c.slug === 'salinan')).toEqual({ kind: 'unmapped', slug: 'salinan' });
    expect(built.cells.filter((c) => c.kind === 'none').length).toBeGreaterThan(0);

    const ov = rowOverview(row, views, '/');
    expect(ov.groups.at(-1)).toEqual({ kind: 'unmapped', members: [{ slug: 'salinan', refs: [] }] });
    expect(ov.groups.some((g) => g.kind === 'none')).toBe(true);
    expect(ov.groups.reduce((n, g) => n + g.members.length, 0)).toBe(all.length);
    expect(
      topicCounts(
        topic,
        all.map((r) => r.slug),
      ).belumDipetakan,
    ).toBe(1);
  });

  it("counts a single row left out of a regulation's own file, without failing", () => {
    const own = realOwn();
    const text = own.get(source.slug)!;
    const m = /\n  penugasan:\n    (\S+): [^\n]*\n/.exec(text)!;
    own.set(source.slug, text.replace(m[0], '\n  penugasan:\n'));
    const a = validateAlignment(sources(own), regs);
    const base = validateAlignment(sources(realOwn()), regs);
    expect(a.unmapped.get(source.slug)).toBe(base.unmapped.get(source.slug)! + 1);
    expect(
      a.topics
        .find((t) => t.id === 'penugasan')!
        .baris.find((r) => r.id === m[1])!
        .cells.has(source.slug),
    ).toBe(false);
  });
});

describe('who has a distinctive feature is computed, not written', () => {
  it('a synthetic copy that has the same features does not fail the build; the page names it', () => {
    const all = [...regs, copy('salinan')];
    const own = realOwn();
    own.set('salinan', sourceText);
    const a = validateAlignment(sources(own), all);
    for (const d of a.distinctive.byRegulation.get(source.slug)!) {
      expect(d.holders).toContain(source.slug);
      expect(d.holders).toContain('salinan');
      const t = holdersText(d.holders, source.slug, all.length, (s) => s.toUpperCase());
      expect(t.only).toBe(false);
      expect(t.text).toContain('Juga ada di SALINAN');
    }
  });

  it('says "hanya di" only when no other regulation has it', () => {
    expect(holdersText(['pati'], 'pati', 5, (s) => `Perbup ${s}`)).toEqual({
      only: true,
      text: 'Hanya di Perbup pati (diperiksa terhadap teks lima peraturan).',
    });
    expect(holdersText(['pati'], 'pati', 5, (s) => s, true).text).toContain('batang tubuh lima peraturan');
    const many = holdersText(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 'a', 500, (s) => s);
    expect(many).toEqual({
      only: false,
      text: 'Juga ada di b, c, d, e dan dua peraturan lainnya: tujuh peraturan dari 500 memilikinya (diperiksa terhadap teks 500 peraturan).',
    });
    expect(holdersText(['a', 'b'], 'a', 2, (s) => s).text).toBe(
      'Juga ada di b: dua peraturan dari 2 memilikinya (diperiksa terhadap teks dua peraturan).',
    );
  });
});
