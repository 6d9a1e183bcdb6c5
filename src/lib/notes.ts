/**
 * Editorial notes follow the text: wherever a provision is quoted (regulation
 * pages, comparison cells, checker quotes, search excerpts, presenter
 * captions, exports) its notes travel with it. This module is the one place
 * that answers "which notes bear on this provision" and says them in a line.
 *
 * A note bears on its `target` and on every provision it names in `lihat`
 * (the other side of an internal contradiction, when the note kind has one).
 */
import type { EditorialNote, Regulation } from './schema/regulation.ts';
import { provisionPath } from './permalink.ts';

type AnyNote = EditorialNote & { lihat?: string[] | undefined };

/** Human name of a note kind; unknown kinds get a neutral name rather than failing. */
export function noteKindLabel(jenis: string): string {
  switch (jenis) {
    case 'artefak':
      return 'Perbaikan ekstraksi';
    case 'salah-cetak':
      return 'Sebagaimana tercetak';
    case 'pertentangan':
      return 'Pertentangan dalam naskah';
    case 'penomoran':
      return 'Penomoran atau rujukan keliru';
    default:
      return 'Catatan editorial';
  }
}

const index = new WeakMap<Regulation, Map<string, EditorialNote[]>>();

/** The notes that bear on provision `id` of `reg`, in the order the regulation lists them. */
export function notesFor(reg: Regulation, id: string): EditorialNote[] {
  let m = index.get(reg);
  if (!m) {
    m = new Map();
    for (const n of reg.catatan as AnyNote[]) {
      for (const t of new Set([n.target, ...(n.lihat ?? [])])) m.set(t, [...(m.get(t) ?? []), n]);
    }
    index.set(reg, m);
  }
  return m.get(id) ?? [];
}

/** Does any note bear on this provision? */
export const hasNotes = (reg: Regulation, id: string): boolean => notesFor(reg, id).length > 0;

/** One plain line for a note: what kind it is and what it says (for quotes, tooltips, plain-text exports). */
export function noteLine(n: EditorialNote): string {
  const kind = noteKindLabel(n.jenis);
  if (n.jenis === 'artefak') return `${kind}: sumber teks “${n.asli}”, ditampilkan “${n.bacaan}”. ${n.alasan}`;
  if (n.jenis === 'salah-cetak') return `${kind}: “${n.asli}”; kemungkinan maksudnya “${n.bacaan}”. ${n.alasan}`;
  return `${kind}: ${n.alasan}`;
}

/** Plain text of every note bearing on a provision, marked as ours, or '' when there are none. */
export function notesPlain(reg: Regulation, id: string): string {
  const ns = notesFor(reg, id);
  return ns.map((n) => `[Catatan editorial, bukan bagian dari peraturan] ${noteLine(n)}`).join('\n');
}

/** What a quoted provision's note marker needs: count, one-line summary, and where the notes are read. */
export interface NoteMarker {
  count: number;
  /** Short label for the marker, e.g. "Catatan editorial (2)". */
  label: string;
  /** The notes' lines joined, for a title or an expandable detail. */
  summary: string;
  /** Site-relative path of the provision, where its notes are shown beside it. */
  href: string;
}

export function noteMarker(reg: Regulation, id: string): NoteMarker | undefined {
  return quoteMarker(reg, [id]);
}

/**
 * The marker of a quote that shows the words of several provisions (a Pasal
 * with its ayat, a Lampiran section with its blocks): every note bearing on
 * any of them, once; the marker links to the first provision that has one.
 */
export function quoteMarker(reg: Regulation, ids: readonly string[]): NoteMarker | undefined {
  const ns = [...new Set(ids.flatMap((id) => notesFor(reg, id)))];
  if (!ns.length) return undefined;
  const first = ids.find((id) => notesFor(reg, id).length)!;
  return {
    count: ns.length,
    label: ns.length > 1 ? `Catatan editorial (${ns.length})` : 'Catatan editorial',
    summary: ns.map(noteLine).join(' · '),
    href: provisionPath(reg.slug, first),
  };
}
