import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadRegulations } from '../../src/lib/load.ts';
import { generateSynthetic, replaceWord, rewriteCompanion } from '../../src/lib/synthetic/generate.ts';
import { daerahNames, rng, RESERVED_SLUGS, slugify } from '../../src/lib/synthetic/names.ts';
import { parseRegulation } from '../../src/lib/validate.ts';
import type { Regulation } from '../../src/lib/schema/regulation.ts';

const real = loadRegulations();

// Generating and validating whole regulations takes seconds on a busy machine.
describe('synthetic regulations (scale benchmark data)', { timeout: 60_000 }, () => {
  const files = generateSynthetic(real, { count: 10, seed: 7 });

  it('makes N regulations with new, unique daerah that are not real ones or site paths', () => {
    expect(files).toHaveLength(10);
    const slugs = files.map((f) => f.slug);
    expect(new Set(slugs).size).toBe(10);
    for (const s of slugs) {
      expect(real.map((r) => r.slug)).not.toContain(s);
      expect(RESERVED_SLUGS.has(s)).toBe(false);
    }
    // Each real regulation is used in turn as the template.
    expect(new Set(files.map((f) => f.from))).toEqual(new Set(real.map((r) => r.slug)));
  });

  it('every file passes the real validation (schema, ids, cross-references)', () => {
    for (const f of files) expect(() => parseRegulation(f.yaml, `content/regulations/${f.slug}.yaml`)).not.toThrow();
  });

  it('keeps the real structure and renames, renumbers and perturbs the rest', () => {
    for (const f of files) {
      const syn = parse(f.yaml) as Regulation;
      const src = real.find((r) => r.slug === f.from)!;
      const oldName = src.meta.daerah.nama.replace(/^(Kabupaten|Kota) /, '');
      // Same structure: the same Pasal, Lampiran blocks and notes.
      const kinds = (r: Regulation) =>
        JSON.stringify(r.batangTubuh, (k, v) => (k === 'text' || k === 'heading' || k === 'term' || k === 'abbr' ? undefined : v));
      expect(kinds(syn)).toBe(kinds(src));
      expect(syn.lampiran.map((l) => l.blocks.map((b) => b.id))).toEqual(src.lampiran.map((l) => l.blocks.map((b) => b.id)));
      expect(syn.catatan.map((n) => n.target)).toEqual(src.catatan.map((n) => n.target));
      // New daerah everywhere (the note saying where the data came from excepted).
      const text = JSON.stringify({ ...syn, meta: { ...syn.meta, sumberResmi: '' } });
      expect(text).not.toMatch(new RegExp(`\\b${oldName}\\b(?!\\s+tubuh)`, 'i'));
      expect(syn.meta.daerah.nama).toMatch(/^(Kabupaten|Kota) [A-Z][a-z]+$/);
      expect(syn.meta.daerah.nama.startsWith('Kota')).toBe(src.meta.daerah.nama.startsWith('Kota'));
      expect(syn.pembukaan.join(' ')).toContain(`NOMOR ${syn.meta.nomor} TAHUN ${syn.meta.tahun}`);
      expect(syn.meta.sumber).toContain(`Tahun ${syn.meta.tahun} Nomor ${syn.meta.nomor}`);
      expect(syn.meta.subjek).toContain('Data sintetis');
      // Perturbed: the body text is not the same as the template's.
      expect(JSON.stringify(syn.batangTubuh)).not.toBe(JSON.stringify(src.batangTubuh));
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateSynthetic(real, { count: 10, seed: 7 });
    expect(again.map((f) => f.yaml)).toEqual(files.map((f) => f.yaml));
    const other = generateSynthetic(real, { count: 10, seed: 8 });
    expect(other.map((f) => f.slug)).not.toEqual(files.map((f) => f.slug));
  });

  it('refuses a count that is not a positive integer', () => {
    for (const n of [0, -1, 1.5, Number.NaN]) expect(() => generateSynthetic(real, { count: n })).toThrow(RangeError);
    expect(() => generateSynthetic([], { count: 1 })).toThrow(RangeError);
  });

  it('has names for a national deployment (more than 514 daerah) and no more', () => {
    expect(daerahNames(1000, rng(1))).toHaveLength(1000);
    expect(() => daerahNames(5000, rng(1))).toThrow(RangeError);
  });

  it("rewrites another feature's per-regulation file for the synthetic regulation", () => {
    const f = files.find((x) => x.from === 'pati')!;
    const src = real.find((r) => r.slug === 'pati')!;
    const text = 'slug: pati\nlink: /pati/#pasal-3\njudul: Peraturan Bupati Pati Nomor 36 Tahun 2023\nkata: patih\n';
    const base = f.reg.meta.daerah.nama.replace(/^(Kabupaten|Kota) /, '');
    expect(rewriteCompanion(text, src, f.reg)).toBe(
      `slug: ${f.slug}\nlink: /${f.slug}/#pasal-3\njudul: Peraturan Bupati ${base} Nomor ${f.reg.meta.nomor} Tahun ${f.reg.meta.tahun}\nkata: patih\n`,
    );
  });

  it('replaces whole words keeping their case, and leaves "batang tubuh" alone', () => {
    expect(replaceWord('BUPATI BATANG, Kabupaten Batang, batang tubuh, Batangan', 'Batang', 'Karangsari')).toBe(
      'BUPATI KARANGSARI, Kabupaten Karangsari, batang tubuh, Batangan',
    );
    expect(replaceWord('lingkup: batang-tubuh', 'Batang', 'Karangsari')).toBe('lingkup: batang-tubuh');
    expect(slugify('Tanjungsari')).toBe('tanjungsari');
  });
});

describe('synthetic regulation folders', { timeout: 120_000 }, () => {
  it('are whole folders (every part of the template, rewritten) that pass the whole content check', async () => {
    const { mkdtempSync, cpSync, readdirSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { writeSynthetic } = await import('../../scripts/generate-synthetic.ts');
    const { checkContent } = await import('../../src/lib/content-check.ts');
    const { REGULATIONS_DIR } = await import('../../src/lib/regulation-folder.ts');
    const dir = mkdtempSync(join(tmpdir(), 'sk-syn-'));
    try {
      cpSync(REGULATIONS_DIR, dir, { recursive: true });
      const slugs = writeSynthetic(real.length, dir, { seed: 3, real });
      const parts = (d: string) => readdirSync(d, { recursive: true }).map(String).sort();
      for (const slug of slugs) {
        const syn = parse(readFileSync(join(dir, slug, 'peraturan.yaml'), 'utf8')) as Regulation;
        const from = real.find((r) =>
          syn.meta.sumberResmi.includes(`${r.meta.singkatan} ${r.meta.daerah.nama.replace(/^(Kabupaten|Kota) /, '')} ${r.meta.nomor}/`),
        )!;
        expect(parts(join(dir, slug))).toEqual(parts(join(REGULATIONS_DIR, from.slug)));
        for (const f of parts(join(dir, slug)).filter((p) => /\.ya?ml$/.test(p))) {
          expect(readFileSync(join(dir, slug, f), 'utf8')).not.toMatch(new RegExp(`(?<![\\w-])${from.slug}(?![\\w-])`));
        }
      }
      const report = checkContent({ regulations: dir });
      expect(report.problems).toEqual([]);
      expect(report.regs).toHaveLength(real.length * 2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
