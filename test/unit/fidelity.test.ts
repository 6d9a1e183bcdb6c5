import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { partPath } from '../../src/lib/regulation-folder.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { walkBody } from '../../src/lib/ids.ts';
import { alnum, checkFidelity, normaliseSeed, printed, replaceLoosely } from '../../src/lib/fidelity.ts';

const regs = loadRegulations();

describe('fidelity to the seed text', () => {
  for (const reg of regs) {
    describe(reg.slug, () => {
      const raw = readFileSync(partPath(reg.slug, 'sumber'), 'utf8');
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
    const raw = readFileSync(partPath(reg.slug, 'sumber'), 'utf8');
    const pasal = reg.batangTubuh[0]!.children![1]!;
    pasal.children = pasal.children!.slice(1);
    expect(checkFidelity(raw, reg).missing.length).toBeGreaterThan(0);
  });

  it('detects a paraphrase', () => {
    const reg = structuredClone(regs.find((r) => r.slug === 'pati')!);
    const raw = readFileSync(partPath(reg.slug, 'sumber'), 'utf8');
    reg.menimbang[0]!.text = reg.menimbang[0]!.text.replace('efektif', 'berdaya guna');
    const r = checkFidelity(raw, reg);
    expect(r.invented.map((i) => i.where)).toContain('menimbang a');
    expect(r.missing.length).toBeGreaterThan(0);
  });

  it('detects a changed capital letter', () => {
    const reg = structuredClone(regs.find((r) => r.slug === 'probolinggo')!);
    const raw = readFileSync(partPath(reg.slug, 'sumber'), 'utf8');
    reg.menimbang[0]!.text = reg.menimbang[0]!.text.replace('bahwa', 'Bahwa');
    expect(checkFidelity(raw, reg).invented.map((i) => i.where)).toContain('menimbang a');
  });

  it('detects changed punctuation (a comma dropped, a full stop added to a caption, a colon dropped)', () => {
    const base = regs.find((r) => r.slug === 'probolinggo')!;
    const raw = readFileSync(partPath(base.slug, 'sumber'), 'utf8');
    const comma = structuredClone(base);
    const ayat = [...walkBody(comma.batangTubuh)].find((w) => w.id === 'pasal-8__ayat-1')!.node;
    ayat.text = ayat.text!.replace('kepada, Pejabat', 'kepada Pejabat');
    expect(checkFidelity(raw, comma).invented.map((i) => i.where)).toContain('pasal-8__ayat-1');
    const bengkayang = structuredClone(regs.find((r) => r.slug === 'bengkayang')!);
    const fig = bengkayang.lampiran[0]!.blocks.find((b) => b.type === 'figure' && b.gambar === '13');
    expect(fig).toBeDefined();
    if (fig?.type === 'figure') fig.tanda = '.';
    expect(checkFidelity(readFileSync(partPath('bengkayang', 'sumber'), 'utf8'), bengkayang).invented.map((i) => i.where)).toContain(
      fig!.id,
    );
    const colon = structuredClone(base);
    colon.judulMengingat = 'Mengingat';
    expect(checkFidelity(raw, colon).missing.length).toBeGreaterThan(0);
  });

  it('rejects a removal of a line that is not page furniture', () => {
    const reg = structuredClone(regs.find((r) => r.slug === 'pati')!);
    const raw = readFileSync(partPath(reg.slug, 'sumber'), 'utf8');
    const n = raw.split('\n').findIndex((l) => l.includes('Menimbang')) + 1;
    reg.dihapus.push({ baris: n, teks: raw.split('\n')[n - 1]!.trim(), alasan: 'uji' });
    expect(normaliseSeed(raw, reg).badRemovals).toHaveLength(1);
  });

  it('normalises whitespace, joined words and markup but keeps words', () => {
    expect(alnum('kedudukan Pejabat, (1) **a.**')).toBe(alnum('kedudukanPejabat (1) a.'));
    expect(alnum('tugas')).not.toBe(alnum('tugas tertentu'));
    expect(printed('Menimbang :')).not.toBe(printed('Menimbang'));
    expect(printed('kepada,  Pejabat\nPimpinan')).toBe(printed('kepada, PejabatPimpinan'));
    expect(replaceLoosely('BUPATIBENGGAYANG  PROVINSI', 'BUPATIBENGGAYANG', 'BUPATI BENGKAYANG')).toBe('BUPATI BENGKAYANG  PROVINSI');
  });
});
