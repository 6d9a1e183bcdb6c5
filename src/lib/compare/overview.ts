/**
 * A topic row over all regulations at once, compactly: the regulations are
 * grouped by what they say (the same wording, word for word once case,
 * spaces and punctuation are set aside), then those with nothing on the
 * point ("tidak diatur" and the like), then those not mapped yet ("belum
 * dipetakan"). The page lists each group with its count, not N columns.
 */
import type { RegulationView } from '../regulation-view.ts';
import { tokenize } from './diff.ts';
import { provisionLines, quotedIds, refOf, type Ref } from './cells.ts';
import { quoteMarker, type NoteMarker } from '../notes.ts';
import type { AlignedRow, AlignedTopic, NoneLabel } from './validate.ts';

export interface Member {
  slug: string;
  /** The editorial notes bearing on the words this regulation's provisions show (ids cells). */
  catatan?: NoteMarker | undefined;
  /** The provisions cited (ids cells) or pointed to (lihat of a "tidak diatur" cell). */
  refs: Ref[];
}

export type Group =
  | { kind: 'ids'; /** The first words of the shared wording, verbatim. */ excerpt: string; more: boolean; members: Member[] }
  | { kind: 'none'; label: NoneLabel; members: Member[] }
  | { kind: 'unmapped'; members: Member[] };

export interface RowOverview {
  id: string;
  judul: string;
  groups: Group[];
  /** Regulations counted in this row (all of them). */
  total: number;
}

/** Words shown of a group's wording. */
export const EXCERPT_WORDS = 14;

/** The wording of some provisions of a regulation as one string of lower-case words (the grouping key), and its first words as printed. */
export function wording(view: RegulationView, ids: string[]): { key: string; excerpt: string; more: boolean } {
  const texts = ids.flatMap((id) =>
    provisionLines(view.reg, view, id).map((l) => {
      if ('text' in l) return l.text;
      if (l.kind === 'table') return l.rows.map((r) => r.join(' ')).join(' ');
      if (l.kind === 'letter') return [l.title, ...l.lines].join(' ');
      return l.lines.join(' ');
    }),
  );
  const tokens = texts.flatMap((t) => [...tokenize(t), { text: ' ' }]);
  const key = tokens.flatMap((t) => (t.word ? [t.word] : [])).join(' ');
  let n = 0;
  let excerpt = '';
  let more = false;
  for (const t of tokens) {
    if (t.word && ++n > EXCERPT_WORDS) {
      more = true;
      break;
    }
    excerpt += t.text;
  }
  return { key, excerpt: excerpt.replace(/\s+/g, ' ').trim(), more };
}

/** Groups the regulations of one row by what they say. */
export function rowOverview(row: AlignedRow, views: RegulationView[], base: string): RowOverview {
  const byKey = new Map<string, Group & { kind: 'ids' }>();
  const none = new Map<NoneLabel, Group & { kind: 'none' }>();
  const unmapped: Member[] = [];
  for (const view of views) {
    const slug = view.reg.slug;
    const cell = row.cells.get(slug);
    if (!cell) {
      unmapped.push({ slug, refs: [] });
      continue;
    }
    if (cell.kind === 'none') {
      let g = none.get(cell.label);
      if (!g) none.set(cell.label, (g = { kind: 'none', label: cell.label, members: [] }));
      g.members.push({ slug, refs: cell.lihat.map((id) => refOf(view, id, base)) });
      continue;
    }
    const w = wording(view, cell.ids);
    let g = byKey.get(w.key);
    if (!g) byKey.set(w.key, (g = { kind: 'ids', excerpt: w.excerpt, more: w.more, members: [] }));
    const catatan = quoteMarker(
      view.reg,
      cell.ids.flatMap((id) => quotedIds(view.reg, view, id)),
    );
    g.members.push({ slug, refs: cell.ids.map((id) => refOf(view, id, base)), ...(catatan ? { catatan } : {}) });
  }
  const groups: Group[] = [
    ...[...byKey.values()].sort((a, b) => b.members.length - a.members.length),
    ...none.values(),
    ...(unmapped.length ? [{ kind: 'unmapped' as const, members: unmapped }] : []),
  ];
  return { id: row.id, judul: row.judul, groups, total: views.length };
}

export interface TopicCounts {
  /** Regulations with at least one provision on the topic. */
  diatur: number;
  /** Mapped, with nothing on any row. */
  tidakDiatur: number;
  /** Regulations with no provision on it and at least one row not mapped yet. */
  belumDipetakan: number;
}

/** How many regulations speak to a topic, say they do not, or are not mapped yet. */
export function topicCounts(topic: AlignedTopic, slugs: readonly string[]): TopicCounts {
  const out: TopicCounts = { diatur: 0, tidakDiatur: 0, belumDipetakan: 0 };
  for (const slug of slugs) {
    const cells = topic.baris.map((r) => r.cells.get(slug));
    if (cells.some((c) => c?.kind === 'ids')) out.diatur++;
    else if (cells.some((c) => c === undefined)) out.belumDipetakan++;
    else out.tidakDiatur++;
  }
  return out;
}
