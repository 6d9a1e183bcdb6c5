/**
 * Loads and validates content/regulations/<slug>/penilai-kinerja.yaml: the zod schema first, then
 * everything a schema cannot say. Every cited id must exist in that
 * regulation (buildView(reg).byId), figures must be Gambar blocks, table rows
 * must exist and the words an entry stands for must occur in the printed
 * cell, named units must be named by the provisions they cite, and every
 * reference between patterns, units, tables and officials must resolve.
 * A problem names the file, the path inside it and what is wrong; the build
 * and the unit tests fail on any.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { Aturan, type Bacaan, type Baris } from '../schema/checker.ts';
import type { LampiranBlock, Regulation } from '../schema/regulation.ts';
import { loadRegulations } from '../load.ts';
import { buildView, type RegulationView } from '../regulation-view.ts';
import { ContentError, type Problem } from '../validate.ts';
import { isJabatanToken } from './jabatan.ts';
import { opsiTempat } from './check.ts';
import { REGULATIONS_DIR, partPath } from '../regulation-folder.ts';
import { readYamlAs } from '../yaml-file.ts';

/** The regulation folders; each holds its rules in penilai-kinerja.yaml. */
export const CHECKER_DIR = REGULATIONS_DIR;

/** Lower case, no punctuation, single spaces: for "does the text name this unit". */
export const normalisasi = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function blocksOf(reg: Regulation): Map<string, LampiranBlock> {
  const m = new Map<string, LampiranBlock>();
  for (const l of reg.lampiran) for (const b of l.blocks) m.set(b.id, b);
  return m;
}

/** The words of a provision as printed (text, caption or table cells). */
export function teksKetentuan(view: RegulationView, blocks: Map<string, LampiranBlock>, id: string): string {
  const b = blocks.get(id);
  if (b) {
    switch (b.type) {
      case 'heading':
      case 'para':
        return [b.label, b.text].filter(Boolean).join(' ');
      case 'figure':
        return `Gambar ${b.gambar ?? ''} ${b.caption}`.trim();
      case 'table':
        return b.rows.map((r) => r.join(' | ')).join('\n');
      case 'letter':
        return [b.title, ...b.lines].join('\n');
      case 'lines':
        return b.lines.join('\n');
    }
  }
  const p = view.byId.get(id);
  return [p?.node?.heading, p?.node?.text].filter(Boolean).join(' ');
}

/** Validates one rules file against its regulation; returns the problems. */
export function checkAturan(aturan: Aturan, reg: Regulation, file: string): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file, path, message });
  const view = buildView(reg);
  const blocks = blocksOf(reg);

  const cekSumber = (ids: readonly string[], path: string) =>
    ids.forEach((id, i) => {
      if (!view.byId.has(id)) add(`${path}[${i}]`, `id "${id}" tidak ada dalam ${reg.slug}`);
    });
  const cekGambar = (ids: readonly string[], path: string) =>
    ids.forEach((id, i) => {
      const b = blocks.get(id);
      if (!b) add(`${path}[${i}]`, `gambar "${id}" tidak ada dalam Lampiran ${reg.slug}`);
      else if (b.type !== 'figure') add(`${path}[${i}]`, `"${id}" bukan blok gambar (jenisnya ${b.type})`);
    });
  const cekPejabat = (k: string, path: string) => {
    if (!(k in aturan.pejabat)) add(path, `pejabat "${k}" tidak didefinisikan dalam "pejabat"`);
  };
  const cekBacaan = (b: Bacaan, path: string, tempatIds?: Set<string>) => {
    cekSumber(b.sumber, `${path}.sumber`);
    if (b.pejabat) cekPejabat(b.pejabat, `${path}.pejabat`);
    for (const t of b.tempat ?? []) {
      if (!tempatIds?.has(t)) add(`${path}.tempat`, `tempat "${t}" bukan pilihan "tempat" pola ini`);
    }
    for (const tok of b.jabatan ?? []) if (!isJabatanToken(tok)) add(`${path}.jabatan`, `jabatan "${tok}" tidak dikenal`);
  };
  const cekBaris = (b: Baris | undefined, path: string, tempatIds?: Set<string>) => {
    b?.bacaan.forEach((x, i) => cekBacaan(x, `${path}.bacaan[${i}]`, tempatIds));
  };

  if (aturan.slug !== reg.slug) add('slug', `slug "${aturan.slug}" harus sama dengan peraturan "${reg.slug}"`);
  aturan.umum.penilai.forEach((b, i) => cekBacaan(b, `umum.penilai[${i}]`));
  aturan.umum.pimpinan.forEach((b, i) => cekBacaan(b, `umum.pimpinan[${i}]`));
  cekBaris(aturan.pemberiTugas, 'pemberiTugas');
  for (const k of ['laporIndividu', 'laporAnggota', 'laporKetua'] as const) aturan[k].forEach((b, i) => cekBacaan(b, `${k}[${i}]`));
  aturan.penugasan.forEach((p, i) => {
    cekSumber(p.sumber, `penugasan[${i}].sumber`);
    cekGambar(p.gambar, `penugasan[${i}].gambar`);
  });
  aturan.catatan.forEach((c, i) => cekSumber(c.sumber, `catatan[${i}].sumber`));
  if (aturan.keBawahCatatan) cekSumber(aturan.keBawahCatatan.sumber, 'keBawahCatatan.sumber');
  aturan.jenjang.forEach((j, i) => {
    cekSumber(j.sumber, `jenjang[${i}].sumber`);
    for (const tok of j.jabatan) if (!isJabatanToken(tok)) add(`jenjang[${i}].jabatan`, `jabatan "${tok}" tidak dikenal`);
  });
  for (const [k, m] of Object.entries(aturan.rinciTempat)) {
    cekPejabat(k, `rinciTempat.${k}`);
    for (const [tp, v] of Object.entries(m)) cekPejabat(v, `rinciTempat.${k}.${tp}`);
  }

  const unique = (list: { id: string }[], what: string) => {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) add(`${what}[${i}].id`, `id ganda "${x.id}"`);
      seen.add(x.id);
    });
    return seen;
  };
  const tabelIds = unique(aturan.tabel, 'tabel');
  const polaIds = unique(aturan.pola, 'pola');
  const unitIds = unique(aturan.unit, 'unit');
  aturan.penugasan.forEach((p, i) =>
    p.unit?.forEach((u, ui) => {
      if (!unitIds.has(u)) add(`penugasan[${i}].unit[${ui}]`, `unit "${u}" tidak ada`);
    }),
  );
  unique(aturan.penugasan, 'penugasan');
  const kelompokIds = new Set(aturan.kelompok.map((k) => k.id));

  aturan.tabel.forEach((t, ti) => {
    const path = `tabel[${ti}]`;
    const blok = blocks.get(t.blok);
    cekPejabat(t.pemilik, `${path}.pemilik`);
    if (!blok || blok.type !== 'table') {
      add(`${path}.blok`, `"${t.blok}" bukan blok tabel dalam ${reg.slug}`);
      return;
    }
    const tempatIds = unique(t.tempat, `${path}.tempat`);
    t.baris.forEach((row, ri) => {
      const rp = `${path}.baris[${ri}]`;
      const printed = blok.rows[row.baris];
      cekPejabat(row.pejabat, `${rp}.pejabat`);
      if (!printed) {
        add(`${rp}.baris`, `tabel "${t.blok}" tidak punya baris ${row.baris}`);
        return;
      }
      const cell = normalisasi(printed[2] ?? '');
      row.dinilai.forEach((d, di) => {
        const dp = `${rp}.dinilai[${di}]`;
        if (!cell.includes(normalisasi(d.teks))) add(`${dp}.teks`, `"${d.teks}" tidak terdapat dalam sel tercetak "${printed[2]}"`);
        for (const tok of d.jabatan ?? []) if (!isJabatanToken(tok)) add(`${dp}.jabatan`, `jabatan "${tok}" tidak dikenal`);
        for (const tp of d.tempat ?? []) if (!tempatIds.has(tp)) add(`${dp}.tempat`, `tempat "${tp}" bukan pilihan tabel ini`);
      });
      row.bacaanLain?.forEach((b, bi) => cekBacaan(b, `${rp}.bacaanLain[${bi}]`, tempatIds));
      row.catatan.forEach((c, ci) => cekSumber(c.sumber, `${rp}.catatan[${ci}].sumber`));
    });
    for (const [tp, levels] of Object.entries(t.tingkat ?? {})) {
      if (tp !== '_' && !tempatIds.has(tp)) add(`${path}.tingkat.${tp}`, `tempat "${tp}" bukan pilihan tabel ini`);
      for (const [lv, k] of Object.entries(levels)) if (k) cekPejabat(k, `${path}.tingkat.${tp}.${lv}`);
    }
    const seenRows = new Set(t.baris.map((r) => r.baris));
    for (let r = 1; r < blok.rows.length; r++) {
      if (r >= blok.headerRows && !seenRows.has(r)) add(`${path}.baris`, `baris ${r} tabel "${t.blok}" belum dikodekan`);
    }
  });

  aturan.pola.forEach((p, pi) => {
    const path = `pola[${pi}]`;
    cekSumber(p.sumber, `${path}.sumber`);
    cekGambar(p.gambar, `${path}.gambar`);
    if (p.tabel && !tabelIds.has(p.tabel)) add(`${path}.tabel`, `tabel "${p.tabel}" tidak ada`);
    const tabel = aturan.tabel.find((t) => t.id === p.tabel);
    const tempatIds = new Set((tabel?.tempat ?? p.tempat ?? []).map((t) => t.id));
    cekBaris(p.penilai, `${path}.penilai`, tempatIds);
    cekBaris(p.pimpinan, `${path}.pimpinan`, tempatIds);
    cekBaris(p.pemberiTugas, `${path}.pemberiTugas`, tempatIds);
    cekBaris(p.koordinator, `${path}.koordinator`, tempatIds);
    cekBaris(p.hasil, `${path}.hasil`, tempatIds);
    p.laporIndividu?.forEach((b, i) => cekBacaan(b, `${path}.laporIndividu[${i}]`));
    p.laporKetua?.forEach((b, i) => cekBacaan(b, `${path}.laporKetua[${i}]`));
    if (p.pengecualianKelas) cekBacaan(p.pengecualianKelas.bacaan, `${path}.pengecualianKelas.bacaan`);
    p.catatan.forEach((c, i) => cekSumber(c.sumber, `${path}.catatan[${i}].sumber`));
  });

  aturan.unit.forEach((u, ui) => {
    const path = `unit[${ui}]`;
    cekSumber(u.sumber, `${path}.sumber`);
    if (!kelompokIds.has(u.kelompok)) add(`${path}.kelompok`, `kelompok "${u.kelompok}" tidak ada`);
    u.pola.forEach((id, i) => {
      if (!polaIds.has(id)) add(`${path}.pola[${i}]`, `pola "${id}" tidak ada`);
    });
    if (u.pola.length > 1) {
      u.pola.forEach((id, i) => {
        const p = aturan.pola.find((x) => x.id === id);
        if (p && !p.pilihan) add(`${path}.pola[${i}]`, `pola "${id}" dipakai bersama pola lain, jadi wajib punya "pilihan"`);
        if (p && (p.tempat || p.tabel))
          add(`${path}.pola[${i}]`, `pola "${id}" punya pilihan tempat sendiri; unit dengan beberapa pola tidak boleh memakainya`);
      });
    }
    const single = u.pola.length === 1 ? aturan.pola.find((x) => x.id === u.pola[0]) : undefined;
    const tempatIds = new Set(
      (single ? (aturan.tabel.find((t) => t.id === single.tabel)?.tempat ?? single.tempat ?? []) : []).map((t) => t.id),
    );
    cekBaris(u.penilai, `${path}.penilai`, tempatIds);
    u.catatan.forEach((c, i) => cekSumber(c.sumber, `${path}.catatan[${i}].sumber`));
    if (!u.jenis && u.sumber.every((id) => view.byId.has(id))) {
      const text = normalisasi(u.sumber.map((id) => teksKetentuan(view, blocks, id)).join(' '));
      const names = [u.nama, ...u.alias].map(normalisasi);
      if (!names.some((n) => text.includes(n))) {
        add(`${path}.nama`, `nama "${u.nama}" (atau aliasnya) tidak terdapat dalam teks sumbernya (${u.sumber.join(', ')})`);
      }
    }
  });
  // Every unit must lead to a well-formed set of questions.
  for (const u of aturan.unit) {
    if (u.pola.every((id) => polaIds.has(id))) opsiTempat(aturan, u);
  }
  return problems;
}

export interface CheckerSet {
  aturan: Aturan;
  reg: Regulation;
}

let cache: CheckerSet[] | undefined;

/** Loads every rules file, validated against its regulation; throws ContentError on any problem. */
export function loadAturan(dir = CHECKER_DIR, regs: Regulation[] = loadRegulations()): CheckerSet[] {
  if (dir === CHECKER_DIR && cache) return cache;
  const problems: Problem[] = [];
  const out: CheckerSet[] = [];
  for (const reg of regs) {
    const path = partPath(reg.slug, 'penilaiKinerja', dir);
    const file = relative(process.cwd(), path);
    if (!existsSync(path)) {
      problems.push({
        file,
        path: '',
        message: `aturan pemeriksa penilai kinerja untuk peraturan "${reg.slug}" belum ada (buat penilai-kinerja.yaml di folder peraturannya)`,
      });
      continue;
    }
    const aturan = readYamlAs(path, Aturan, problems, file);
    if (!aturan) continue;
    const found = checkAturan(aturan, reg, file);
    if (found.length) {
      problems.push(...found);
      continue;
    }
    out.push({ aturan, reg });
  }
  if (problems.length) throw new ContentError(problems);
  out.sort((a, b) => regs.indexOf(a.reg) - regs.indexOf(b.reg));
  if (dir === CHECKER_DIR) cache = out;
  return out;
}
