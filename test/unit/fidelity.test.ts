import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { partPath } from "../../src/lib/regulation-folder.ts";
import { loadRegulations } from '../../src/lib/load.ts';
import { alnum, checkFidelity, normaliseSeed, replaceLoosely } from '../../src/lib/fidelity.ts';

const regs = loadRegulations();

describe('fidelity to the seed text', () => {
  for (const reg of regs) {
    describe(reg.slug, () => {
      const raw = readFileSync(partPath(reg.slug, "sumber"), "utf8");
      const report = checkFidelity(raw, reg);
      it('contains every sentence of its seed', () => {
        expect(report.missing).toEqual([]);
      });
      it('contains no text that is not in its seed (after editorial notes)', () => {
        expect(report.invented).toEqual([]);
      });
      it('removes only page furniture, and only lines recorded in `dihapus`', () => {
        expect(report.badRemovals).toEqual([]);
      });
      it('has editorial notes whose original text really occurs', () => {
        expect(report.badNotes).toEqual([]);
      });
    });
  }

  it('detects a dropped sentence', () => {
    const reg = structuredClone(regs.find((r) => r.slug === 'bengkayang')!);
    const raw = readFileSync(partPath(reg.slug, "sumber"), "utf8");
    const pasal = reg.batangTubuh[0]!.children![1]!;
    pasal.children = pasal.children!.slice(1);
    expect(checkFidelity(raw, reg).missing.length).toBeGreaterThan(0);
  });

  it('detects a paraphrase', () => {
    const reg = structuredClone(regs.find((r) => r.slug === 'pati')!);
    const raw = readFileSync(partPath(reg.slug, "sumber"), "utf8");
    reg.menimbang[0]!.text = reg.menimbang[0]!.text.replace('efektif', 'berdaya guna');
    const r = checkFidelity(raw, reg);
    expect(r.invented.map((i) => i.where)).toContain('menimbang a');
    expect(r.missing.length).toBeGreaterThan(0);
  });

  it('rejects a removal of a line that is not page furniture', () => {
    const reg = structuredClone(regs.find((r) => r.slug === 'pati')!);
    const raw = readFileSync(partPath(reg.slug, "sumber"), "utf8");
    const n = raw.split('\n').findIndex((l) => l.includes('Menimbang')) + 1;
    reg.dihapus.push({ baris: n, teks: raw.split('\n')[n - 1]!.trim(), alasan: 'uji' });
    expect(normaliseSeed(raw, reg).badRemovals).toHaveLength(1);
  });

  it('normalises whitespace, joined words and markup but keeps words', () => {
    expect(alnum('kedudukan Pejabat, (1) **a.**')).toBe(alnum('kedudukanPejabat (1) a.'));
    expect(alnum('tugas')).not.toBe(alnum('tugas tertentu'));
    expect(replaceLoosely('BUPATIBENGGAYANG  PROVINSI', 'BUPATIBENGGAYANG', 'BUPATI BENGKAYANG')).toBe('BUPATI BENGKAYANG  PROVINSI');
  });
});
