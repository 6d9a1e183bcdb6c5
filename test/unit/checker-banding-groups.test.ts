import { describe, expect, it } from 'vitest';
import { semuaData } from '../../src/lib/checker/data.ts';
import { banding, kelompokBanding, renderKelompok } from '../../src/lib/checker/banding.ts';

const { data } = semuaData();
const kinds = data[0]!.sinonim.padanan.map((p) => p.id);

describe('"Bandingkan": all regulations grouped by their answer', () => {
  it('every regulation is in exactly one group; the counts add up; "tidak diatur" comes last', () => {
    for (const kind of kinds) {
      const rows = banding(data, kind);
      const groups = kelompokBanding(rows);
      const slugs = groups.flatMap((g) => g.baris.map((r) => r.slug));
      expect(slugs.sort()).toEqual(rows.map((r) => r.slug).sort());
      const silent = groups.findIndex((g) => !g.jawaban.length);
      if (silent >= 0) expect(silent).toBe(groups.length - 1);
      for (const g of groups) expect(g.baris.every((r) => (r.grup.length === 0) === (g.jawaban.length === 0))).toBe(true);
    }
  });

  it('a copy of a regulation (same rules, another slug) joins its group instead of adding one', () => {
    const kind = kinds.find((k) => banding(data, k).some((r) => r.grup.length))!;
    const rows = banding(data, kind);
    const source = rows.find((r) => r.grup.length)!;
    const copies = Array.from({ length: 20 }, (_, i) => ({ ...source, slug: `salinan-${i}`, singkat: `Salinan ${i}` }));
    const before = kelompokBanding(rows);
    const after = kelompokBanding([...rows, ...copies]);
    expect(after.length).toBe(before.length);
    const home = after.find((g) => g.baris.some((r) => r.slug === source.slug))!;
    expect(home.baris.filter((r) => r.slug.startsWith('salinan-')).length).toBe(20);
    const out = renderKelompok('/', [...rows, ...copies], 'Dinas');
    expect(out).toContain(`${home.baris.length} dari ${rows.length + 20} peraturan`);
    expect(out).toContain('href="/penilai-kinerja/salinan-3/#');
  });
});
