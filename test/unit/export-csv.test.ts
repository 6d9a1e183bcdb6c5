/**
 * The CSV files of the checker's answers and of the figure crosswalk parse
 * back (papaparse), hold one row per answer of the checker's static page and
 * one row per crosswalk row, and carry what the data says: every unit of the
 * rules, the provisions each answer rests on (with their permalinks), the
 * editorial notes bearing on them, and every regulation Gambar exactly once.
 * That the rows equal what the pages show is tested against the built pages
 * in test/browser/data.test.ts.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { semuaData } from '../../src/lib/checker/data.ts';
import { periksa } from '../../src/lib/checker/check.ts';
import { JABATAN, LABEL_JABATAN } from '../../src/lib/checker/jabatan.ts';
import { bergantungJabatan, jawabanPerUnit, sumberBaris } from '../../src/lib/checker/statis.ts';
import { penilaiCsv, PENILAI_HEADER } from '../../src/lib/export/penilai-csv.ts';
import { crosswalkCsv, crosswalkHeader } from '../../src/lib/export/crosswalk-csv.ts';
import { CSV_BOM } from '../../src/lib/export/csv.ts';
import { catalogue, canonicalFigures, gambarLabel, regulationFigures } from '../../src/lib/figures/catalogue.ts';
import { figureCrosswalk, loadCrosswalkGroups } from '../../src/lib/figures/crosswalk.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { notesFor } from '../../src/lib/notes.ts';
import { provisionPath } from '../../src/lib/permalink.ts';

const lb = { base: '/' };
const parse = (csv: string) => {
  expect(csv.startsWith(CSV_BOM)).toBe(true);
  const r = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(r.errors).toEqual([]);
  return r;
};

describe("CSV of the checker's answers", () => {
  const regs = new Map(loadRegulations().map((r) => [r.slug, r]));
  for (const d of semuaData().data) {
    it(`${d.slug}: one row per unit, position and place, with the provisions, links and notes of each answer`, () => {
      const { data: rows, meta } = parse(penilaiCsv(d, lb));
      expect(meta.fields).toEqual(PENILAI_HEADER);
      const a = d.aturan;
      // Every unit the rules list under a group, in the page's order (by group), each position for each of them.
      const listed = a.kelompok.flatMap((k) => a.unit.filter((u) => u.kelompok === k.id));
      expect([...new Set(rows.map((r) => r.unit))]).toEqual(listed.map((u) => u.nama));
      for (const u of listed) {
        const mine = rows.filter((r) => r.unit === u.nama);
        expect(new Set(mine.map((r) => r.jabatan)), u.id).toEqual(new Set(JABATAN.map((j) => LABEL_JABATAN[j])));
        // Without a table the answer is the checker's for that position, one row per pattern that remains.
        if (!bergantungJabatan(a, u)) {
          for (const j of JABATAN) {
            const h = periksa(a, { unit: u.id, jabatan: j });
            expect(h.ok).toBe(true);
            if (h.ok) expect(mine.filter((r) => r.jabatan === LABEL_JABATAN[j]).length, `${u.id} ${j}`).toBe(h.varian.length);
          }
        }
      }
      const reg = regs.get(d.slug)!;
      const answers = jawabanPerUnit(a);
      expect(rows.length).toBe(answers.length);
      answers.forEach((j, i) => {
        const row = rows[i]!;
        const ids = [...new Set(sumberBaris(j.penilaiBaris).map((r) => r.id))];
        expect(row.tautan_dasar_penilai!.split(' ').filter(Boolean)).toEqual(ids.map((id) => `/${provisionPath(d.slug, id)}`));
        expect(row.dasar_penilai!.split('; ').filter(Boolean)).toEqual(ids.map((id) => d.kutipan[id]!.pin));
        expect(row.status_penilai).toBe(j.penilaiBaris.status);
        // A cited provision with editorial notes brings them into the row, marked as ours.
        const noted = [...ids, ...sumberBaris(j.pimpinanBaris).map((r) => r.id)].filter((id) => notesFor(reg, id).length);
        if (noted.length) expect(row.catatan_editorial, `${j.unit.id} ${j.jabatan}`).toContain('bukan bagian dari peraturan');
        else expect(row.catatan_editorial).toBe('');
        for (const id of noted) expect(row.catatan_editorial).toContain(`${d.kutipan[id]!.pin}: `);
      });
    });
  }

  it('an inconsistent regulation shows in the rows as "bertentangan"', () => {
    const statuses = semuaData().data.flatMap((d) => parse(penilaiCsv(d, lb)).data.map((r) => r.status_penilai));
    const any = semuaData().data.some((d) => jawabanPerUnit(d.aturan).some((j) => j.penilaiBaris.status === 'bertentangan'));
    expect(statuses.includes('bertentangan')).toBe(any);
  });
});

describe('CSV of the figure crosswalk', () => {
  const regs = loadRegulations();
  const cat = catalogue();
  const walk = figureCrosswalk(regs, cat, loadCrosswalkGroups(canonicalFigures(cat)));
  it('holds each crosswalk row and every regulation Gambar exactly once, with its address', () => {
    const { data: rows, meta } = parse(crosswalkCsv(walk, regs, lb));
    expect(meta.fields).toEqual(crosswalkHeader(regs));
    expect(rows.map((r) => r.bagan)).toEqual(walk.flatMap((g) => g.rows.map((r) => r.judul)));
    for (const reg of regs) {
      const col = meta.fields![4 + 2 * regs.indexOf(reg)]!;
      const shown = rows.flatMap((r) => (r[col] ? r[col]!.split(', ') : [])).map((x) => x.replace(/ \(pola\)$/, ''));
      const links = rows.flatMap((r) => (r[`${col} (tautan)`] ? r[`${col} (tautan)`]!.split(' ') : []));
      const figs = regulationFigures(reg, cat);
      expect(shown.sort()).toEqual(figs.map((f) => gambarLabel(f.entry.nomor)).sort());
      expect(new Set(links)).toEqual(new Set(figs.map((f) => `/${reg.slug}/gambar/${f.entry.nomor}/`)));
    }
  });
});
