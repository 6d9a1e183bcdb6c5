import { describe, expect, it } from 'vitest';
import { findJumps, jumpRegulation } from '../../src/lib/search/jump.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { buildView } from '../../src/lib/regulation-view.ts';
import { provisionPath, regulationPath } from '../../src/lib/permalink.ts';

const views = loadRegulations().map(buildView);
const regs = views.map(jumpRegulation);
const jump = (q: string) => findJumps(q, regs);

describe('citations and regulation names typed into the search box', () => {
  it('jumps to a Pasal of the regulation named, by daerah, kind or both', () => {
    for (const q of ['pasal 13 perbup klaten', 'Pasal 13 Klaten', 'psl 13 klaten', 'ps. 13 klaten', 'klaten pasal13']) {
      expect(jump(q).jumps, q).toEqual([{ label: 'Pasal 13 Perbup Klaten 34/2024', path: provisionPath('klaten', 'pasal-13') }]);
    }
    expect(jump('pasal 25 klaten').jumps[0]!.path).toBe(provisionPath('klaten', 'pasal-25'));
  });

  it('takes the ayat when it exists, the Pasal otherwise', () => {
    expect(jump('pasal 11 ayat (2) probolinggo').jumps).toEqual([
      { label: 'Pasal 11 ayat (2) Perwali Probolinggo 88/2024', path: provisionPath('probolinggo', 'pasal-11__ayat-2') },
    ]);
    expect(jump('pasal 11 ayat 9 probolinggo').jumps[0]!.path).toBe(provisionPath('probolinggo', 'pasal-11'));
  });

  it('offers the Pasal in every regulation that has it when none is named', () => {
    const all = jump('pasal 8').jumps.map((j) => j.path);
    expect(all).toEqual(views.filter((v) => v.byId.has('pasal-8')).map((v) => provisionPath(v.reg.slug, 'pasal-8')));
    expect(jump('pasal 27').jumps.map((j) => j.label)).toEqual(['Pasal 27 Perbup Klaten 34/2024']);
    expect(jump('pasal 99 klaten').jumps).toEqual([]);
  });

  it('recognises a regulation by its name, number and year, and offers its page', () => {
    for (const q of ['perwali probolinggo 88 2024', 'perwali 88/2024', 'peraturan wali kota nomor 88 tahun 2024', 'perwali probolinggo']) {
      const r = jump(q);
      expect(r.named, q).toEqual(['probolinggo']);
      expect(r.jumps, q).toEqual([{ label: 'Perwali Probolinggo 88/2024', path: regulationPath('probolinggo') }]);
    }
    // A name with other words: no jump, but the regulation is named (for ranking).
    expect(jump('perbup klaten tpp')).toEqual({ jumps: [], named: ['klaten'], nameWords: ['perbup', 'klaten'] });
    expect(jump('perbup 88 2024').named).toEqual([]);
  });

  it('jumps to a Gambar by number', () => {
    expect(jump('gambar 5 bengkayang').jumps).toEqual([
      {
        label: `${views.find((v) => v.reg.slug === 'bengkayang')!.pin('lampiran-i__gambar-5')} Perbup Bengkayang 5/2024`,
        path: provisionPath('bengkayang', 'lampiran-i__gambar-5'),
      },
    ]);
  });

  it('stays quiet on ordinary queries', () => {
    for (const q of ['ketua tim', 'penugasan pejabat fungsional', 'pasal', 'ayat 2', '8'])
      expect(jump(q), q).toEqual({ jumps: [], named: [], nameWords: [] });
  });

  it('comes from the data: a new regulation is recognised without code changes', () => {
    const extra = { ...regs[0]!, slug: 'kendal', names: ['kendal'], short: 'Perbup Kendal 1/2025', nomor: '1', tahun: '2025', halaman: {} };
    expect(findJumps('pasal 2 kendal', [...regs, extra]).jumps).toEqual([
      { label: `${extra.pasal['pasal-2']} Perbup Kendal 1/2025`, path: provisionPath('kendal', 'pasal-2') },
    ]);
  });

  it('links the small reading page from the data it ships, without the build-time map (as in the browser)', () => {
    // What /cari/data.json carries: plain JSON, so only the halaman map can place a Pasal or Gambar on its page.
    const shipped = JSON.parse(JSON.stringify(regs)) as typeof regs;
    const bengkayang = shipped.find((r) => r.slug === 'bengkayang')!;
    expect(bengkayang.halaman['pasal-8']).toBe('pasal-8/');
    expect(findJumps('gambar 5 bengkayang', shipped).jumps[0]!.path).toBe(provisionPath('bengkayang', 'lampiran-i__gambar-5'));
    expect(provisionPath('bengkayang', 'lampiran-i__gambar-5')).not.toBe('bengkayang/#lampiran-i__gambar-5');
    // The map is what decides: a different map, a different page.
    bengkayang.halaman['pasal-8'] = 'elsewhere/';
    expect(findJumps('pasal 8 bengkayang', shipped).jumps[0]!.path).toBe('bengkayang/elsewhere/#pasal-8');
  });

  it('names the words that only name a regulation, for use as a filter', () => {
    expect(jump('ketua tim di klaten').nameWords).toEqual(['klaten']);
    expect(jump('tpp perwali probolinggo 88 2024').nameWords).toEqual(['perwali', 'probolinggo', '88', '2024']);
    expect(jump('kepala dinas pati').named).toEqual(['pati']);
  });
});
