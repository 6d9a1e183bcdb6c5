/**
 * Where editorial notes are shown. A note sits beside its `target`; a note
 * that names other provisions (`lihat`: the other side of a contradiction,
 * the provision a wrong reference meant) is shown beside each of them too,
 * so every provision involved carries the marker, and each placement links to
 * the other provisions involved.
 */
import { NOTE_KINDS, type EditorialNote, type NoteKind, type Regulation } from './schema/regulation.ts';
import { noteKindLabel } from './notes.ts';
import { provisionPath } from './permalink.ts';

export interface NoteLink {
  id: string;
  /** Pinpoint as a reader sees it ("Pasal 7 ayat (3)"). */
  pin: string;
  /** Site path relative to the base (see permalink.ts). */
  path: string;
}

/** A note as shown beside one provision. */
export type PlacedNote = EditorialNote & {
  /** The provision this placement sits beside. */
  here: string;
  /** True beside the note's own target; false beside a provision named in `lihat`. */
  primary: boolean;
  /** The other provisions involved, as links (the target first when shown elsewhere). */
  links: NoteLink[];
};

/** Reader-facing names of the note kinds (the names live in notes.ts). */
export const NOTE_KIND_LABEL: Record<NoteKind, string> = Object.fromEntries(NOTE_KINDS.map((k) => [k, noteKindLabel(k)])) as Record<
  NoteKind,
  string
>;

/** Every provision a note involves: its target, then `lihat` in order. */
export const involved = (n: EditorialNote): string[] => [n.target, ...(n.lihat ?? []).filter((id) => id !== n.target)];

/** Notes by the provision they are shown beside, in data order. */
export function placeNotes(reg: Pick<Regulation, 'slug' | 'catatan'>, pin: (id: string) => string): Map<string, PlacedNote[]> {
  const out = new Map<string, PlacedNote[]>();
  const link = (id: string): NoteLink => ({ id, pin: pin(id), path: provisionPath(reg.slug, id) });
  for (const n of reg.catatan) {
    const ids = involved(n);
    for (const here of ids) {
      const list = out.get(here) ?? [];
      list.push({ ...n, here, primary: here === n.target, links: ids.filter((id) => id !== here).map(link) });
      out.set(here, list);
    }
  }
  return out;
}
