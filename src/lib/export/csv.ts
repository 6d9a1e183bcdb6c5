/**
 * CSV for people who work in spreadsheets: UTF-8 (with a byte-order mark so
 * that Excel reads it as UTF-8), a header row, CRLF line ends (RFC 4180).
 * Quoting is papaparse's, the same library the tests parse with.
 */
import Papa from 'papaparse';
import type { LampiranBlock, Regulation } from '../schema/regulation.ts';
import { buildView } from '../regulation-view.ts';
import { walkBody } from '../ids.ts';
import { provisionPath } from '../permalink.ts';
import { permalink, type LinkBase } from './json.ts';
import { notesPlain } from '../notes.ts';

export const CSV_BOM = '\uFEFF';

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return CSV_BOM + Papa.unparse({ fields: header, data: rows.map((r) => r.map(String)) }, { newline: '\r\n' }) + '\r\n';
}

type Table = Extract<LampiranBlock, { type: 'table' }>;

/** Every table of a regulation's Lampiran, in document order. */
export function lampiranTables(reg: Regulation): Table[] {
  return reg.lampiran.flatMap((l) => l.blocks.filter((b): b is Table => b.type === 'table'));
}

/** Path of a table's CSV, relative to the site base. */
export const tableCsvPath = (slug: string, id: string) => `data/${slug}/tabel/${id}.csv`;

/**
 * A printed table as CSV. The printed header rows are joined into one header
 * row (a multi-row header becomes "upper / lower"); the body rows follow as
 * printed, padded to the widest row.
 */
export function tableCsv(t: Table): string {
  const width = Math.max(...t.rows.map((r) => r.length));
  const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill('')];
  const head = t.rows.slice(0, Math.max(1, t.headerRows)).map(pad);
  const header = Array.from(
    { length: width },
    (_, i) => [...new Set(head.map((r) => r[i]!.trim()).filter(Boolean))].join(' / ') || `kolom ${i + 1}`,
  );
  return toCsv(header, t.rows.slice(t.headerRows).map(pad));
}

export const DEFINITIONS_HEADER = ['peraturan', 'istilah', 'singkatan', 'ketentuan', 'definisi', 'catatan_editorial', 'kutipan', 'tautan'];

/** Every definition of Pasal 1 of every regulation, one row each (long format: filter or pivot in a spreadsheet). */
export function definitionsCsv(regs: Regulation[], lb: LinkBase): string {
  const rows: string[][] = [];
  for (const reg of regs) {
    const view = buildView(reg);
    for (const w of walkBody(reg.batangTubuh)) {
      if (!w.node.term) continue;
      rows.push([
        view.shortTitle,
        w.node.term,
        w.node.abbr ?? '',
        view.pin(w.id),
        w.node.text ?? '',
        notesPlain(reg, w.id),
        view.citation(w.id),
        permalink(lb, provisionPath(reg.slug, w.id)),
      ]);
    }
  }
  return toCsv(DEFINITIONS_HEADER, rows);
}
