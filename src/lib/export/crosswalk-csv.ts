/**
 * The figure crosswalk as CSV: the rows of the overview table on
 * /perbandingan/gambar/ (figureCrosswalk in src/lib/figures/crosswalk.ts), one
 * per canonical figure (and per own chart that follows no canonical pattern),
 * with each regulation's Gambar numbers and their addresses.
 */
import type { Regulation } from '../schema/regulation.ts';
import { buildView } from '../regulation-view.ts';
import { canonicalPath, gambarLabel, regFigurePath } from '../figures/catalogue.ts';
import type { CrosswalkGroup, CrosswalkRow } from '../figures/crosswalk.ts';
import { permalink, type LinkBase } from './json.ts';
import { toCsv } from './csv.ts';

/** What a regulation's cell of the overview shows: its Gambar numbers, "(pola)" where its own chart applies the pattern. */
export function crosswalkCell(row: CrosswalkRow, slug: string): string {
  return (row.cells.get(slug) ?? [])
    .map((rf) => gambarLabel(rf.entry.nomor) + (rf.pola && rf.pola !== rf.source ? ' (pola)' : ''))
    .join(', ');
}

export function crosswalkHeader(regs: Regulation[]): string[] {
  return [
    'kelompok',
    'bagan',
    'bagan_kanonik',
    'tautan_bagan_kanonik',
    ...regs.flatMap((r) => {
      const s = buildView(r).shortTitle;
      return [s, `${s} (tautan)`];
    }),
  ];
}

export function crosswalkCsv(walk: CrosswalkGroup[], regs: Regulation[], lb: LinkBase): string {
  const rows = walk.flatMap((g) =>
    g.rows.map((row) => [
      g.judul,
      row.judul,
      row.figure ? `Kanonik ${row.figure.nomor}` : '',
      row.figure ? permalink(lb, canonicalPath(row.figure.nomor!)) : '',
      ...regs.flatMap((r) => [
        crosswalkCell(row, r.slug),
        (row.cells.get(r.slug) ?? []).map((rf) => permalink(lb, regFigurePath(r.slug, rf.entry.nomor))).join(' '),
      ]),
    ]),
  );
  return toCsv(crosswalkHeader(regs), rows);
}
