/**
 * Notes follow the text (issue 12): every provision carrying an editorial note
 * of kind pertentangan, penomoran or salah-cetak brings its note marker
 * wherever it is quoted: comparison cells (side by side and the overview),
 * checker quotes (and the assessor tables the checker page copies) and search
 * records. The quoted provisions come from the same functions the pages use;
 * a provision counts as quoted when the view quotes it by id, or when the
 * words the view shows contain its words (a Pasal quoted with its ayat).
 */
import { describe, expect, it } from 'vitest';
import type { BodyNode, EditorialNote, LampiranBlock, Regulation } from '../../src/lib/schema/regulation.ts';
import { compareContext, definitionMatrix, definitionRows, regulationTopicRows, topicOverview } from '../../src/lib/compare/page-data.ts';
import { quotedIds, type Line } from '../../src/lib/compare/cells.ts';
import { semuaData } from '../../src/lib/checker/data.ts';
import { renderSumber, tandaCatatan } from '../../src/lib/checker/render.ts';
import { regulationRecords, searchUnits } from '../../src/lib/search/records.ts';
import { noteLine, type NoteMarker } from '../../src/lib/notes.ts';
import { walkBody } from '../../src/lib/ids.ts';

const KINDS = new Set(['pertentangan', 'penomoran', 'salah-cetak']);
const c = compareContext();
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
/** Words long enough that finding them inside a quote means the quote shows that provision. */
const LONG = 40;

interface Noted {
  id: string;
  note: EditorialNote;
  /** The provision's own words, normalised ('' when too short to recognise inside another quote). */
  words: string;
}

function wordsOf(reg: Regulation, id: string): string {
  let t = '';
  for (const w of walkBody(reg.batangTubuh)) if (w.id === id) t = (w.node as BodyNode).text ?? w.node.heading ?? '';
  for (const l of reg.lampiran)
    for (const b of l.blocks as LampiranBlock[])
      if (b.id === id)
        t =
          b.type === 'para' || b.type === 'heading'
            ? b.text
            : b.type === 'figure'
              ? b.caption
              : b.type === 'letter'
                ? b.title
                : b.type === 'lines'
                  ? (b.lines[0] ?? '')
                  : '';
  return norm(t);
}
const ownWords = (reg: Regulation, id: string) => {
  const n = wordsOf(reg, id);
  return n.length >= LONG ? n : '';
};

function notedOf(reg: Regulation): Noted[] {
  const out: Noted[] = [];
  for (const note of reg.catatan) {
    if (!KINDS.has(note.jenis)) continue;
    const lihat = (note as { lihat?: string[] }).lihat ?? [];
    for (const id of new Set([note.target, ...lihat])) out.push({ id, note, words: ownWords(reg, id) });
  }
  return out;
}

const lineText = (l: Line) =>
  'segments' in l
    ? l.segments.map((s) => s.text).join('')
    : l.kind === 'table'
      ? l.rows.map((r) => r.join(' ')).join(' ')
      : l.kind === 'letter'
        ? [l.title, ...l.lines].join(' ')
        : l.lines.join(' ');

/**
 * Checks one quote of provision `own`: for every noted provision it shows, the
 * marker names the note. "Shows" is what the view's own function says it
 * quotes (`ids`), and, as a check on that function, any provision inside
 * `own` (its id extends own's) whose words the quote shows.
 */
function expectMarked(
  where: string,
  reg: Regulation,
  own: string,
  noted: Noted[],
  ids: readonly string[],
  text: string,
  summary: string | undefined,
): number {
  const shown = norm(text);
  let n = 0;
  for (const x of noted) {
    if (!ids.includes(x.id) && !(x.id.startsWith(`${own}__`) && x.words && shown.includes(x.words))) continue;
    expect(summary, `${where}: quotes ${x.id} without its ${x.note.jenis} note`).toBeDefined();
    expect(summary, `${where}: ${x.id}`).toContain(noteLine(x.note));
    n++;
  }
  return n;
}

describe('notes follow the text into every view that quotes it', () => {
  for (const view of c.views) {
    const reg = view.reg;
    const noted = notedOf(reg);

    it(`${reg.slug}: comparison cells and the overview carry the marker of every noted provision they quote`, () => {
      let checked = 0;
      const rows = c.alignment.topics.flatMap((t) => regulationTopicRows(t, view, '/'));
      rows.push(...definitionRows(definitionMatrix(c), { ...c, defaultViews: [view] }, '/'));
      for (const row of rows) {
        for (const cell of row.cells) {
          if (cell.kind === 'ids') {
            for (const p of cell.parts) {
              const text = p.lines.map(lineText).join(' ');
              checked += expectMarked(
                `${row.id} ${p.id}`,
                reg,
                p.id,
                noted,
                quotedIds(reg, view, p.id),
                text,
                (p.catatan as NoteMarker | undefined)?.summary,
              );
            }
          } else if (cell.kind === 'none') {
            for (const r of cell.lihat)
              checked += expectMarked(`${row.id} lihat ${r.id}`, reg, r.id, noted, [r.id], '', r.catatan?.summary);
          }
        }
      }
      for (const t of c.alignment.topics)
        for (const ov of topicOverview(t, { ...c, views: [view] }, '/'))
          for (const g of ov.groups)
            if (g.kind === 'ids')
              for (const m of g.members)
                checked += expectMarked(
                  `ikhtisar ${ov.id}`,
                  reg,
                  m.refs[0]?.id ?? '',
                  noted,
                  m.refs.flatMap((r) => quotedIds(reg, view, r.id)),
                  '',
                  m.catatan?.summary,
                );
      if (noted.length) expect(checked).toBeGreaterThan(0);
    });

    it(`${reg.slug}: search records carry the marker of every noted provision they show`, () => {
      let checked = 0;
      const within = new Map(searchUnits(reg).map((u) => [u.id, [u.id, ...(u.within ?? [])]]));
      for (const r of regulationRecords(view, c.alignment)) {
        const id = decodeURIComponent(r.url.split('#')[1] ?? '');
        checked += expectMarked(`cari ${id}`, reg, id, noted, within.get(id) ?? [id], r.content, r.meta.catatanRingkas);
      }
      if (noted.length) expect(checked).toBeGreaterThan(0);
    });
  }

  for (const d of semuaData().data) {
    it(`${d.slug}: checker quotes carry the notes of every noted provision they quote`, () => {
      const reg = c.views.find((v) => v.reg.slug === d.slug)!.reg;
      const noted = notedOf(reg);
      const ctx = { base: '/', data: d };
      for (const [id, k] of Object.entries(d.kutipan)) {
        const text = [k.teks, ...(k.tabel ?? []).flat(), k.gambar?.judul ?? ''].join(' ');
        expectMarked(`penilai-kinerja ${id}`, reg, id, noted, [id], text, k.catatan?.join(' · '));
        // What the page renders with the quote: the editorial note block, marked as ours.
        if (k.catatan?.length) {
          expect(renderSumber(ctx, [{ id }]).toString()).toContain('ck-catatan-editorial');
          expect(tandaCatatan(ctx, id).toString()).toContain('bukan bagian dari peraturan');
        }
      }
    });
  }
});
