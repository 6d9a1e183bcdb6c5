/**
 * Data for the comparison pages, derived once per build from the regulations
 * and the alignment: topic rows, the definitions matrix, the figure crosswalk
 * and the distinctive features, all with citations.
 */
import { loadRegulations } from '../load.ts';
import { buildView, type RegulationView } from '../regulation-view.ts';
import { walkBody, slugPart } from '../ids.ts';
import { loadAlignment } from './load.ts';
import { buildRow, refOf, type Ref, type RowView } from './cells.ts';
import { normalise } from './texts.ts';
import type { AlignedTopic, Alignment, Cell, NoneLabel } from './validate.ts';

export interface RegInfo {
  slug: string;
  /** "Perbup Pati 36/2023". */
  short: string;
  /** "Pati". */
  daerah: string;
  title: string;
}

export interface CompareContext {
  views: RegulationView[];
  regs: RegInfo[];
  alignment: Alignment;
}

let ctx: CompareContext | undefined;

export function compareContext(): CompareContext {
  if (ctx) return ctx;
  const views = loadRegulations().map(buildView);
  const regs = views.map((v) => ({ slug: v.reg.slug, short: v.shortTitle, daerah: v.reg.meta.daerah.nama.replace(/^(Kabupaten|Kota)\s+/, ''), title: v.title }));
  ctx = { views, regs, alignment: loadAlignment() };
  return ctx;
}

export const NONE_TEXT: Record<NoneLabel, string> = {
  'tidak-diatur': 'Tidak diatur',
  'tidak-ada': 'Tidak ada',
  'tidak-didefinisikan': 'Tidak didefinisikan',
};

export function topicRows(topic: AlignedTopic, c: CompareContext, base: string): RowView[] {
  return topic.baris.map((r) => buildRow(r, c.views, base));
}

/** Citations of a topic per regulation, in document order, for the overview table. */
export function topicRefs(topic: AlignedTopic, c: CompareContext, base: string): Map<string, Ref[]> {
  const out = new Map<string, Ref[]>();
  for (const v of c.views) {
    const ids = topic.baris.flatMap((r) => {
      const cell = r.cells.get(v.reg.slug);
      return cell?.kind === 'ids' ? cell.ids : [];
    });
    const order = (id: string) => v.provisions.findIndex((p) => p.id === id);
    out.set(v.reg.slug, [...new Set(ids)].sort((a, b) => order(a) - order(b)).map((id) => refOf(v, id, base)));
  }
  return out;
}

export interface DefinitionRow {
  id: string;
  judul: string;
  /** Regulation slug -> the definition's id (pasal-1__angka-N), if defined. */
  ids: Map<string, string>;
  /** Regulation slug -> the term as printed there. */
  printed: Map<string, string>;
}

/** The definitions matrix: one row per term (or group of equivalent terms), most widely defined first. */
export function definitionMatrix(c: CompareContext): DefinitionRow[] {
  const groupOf = new Map<string, string>();
  for (const g of c.alignment.terms.setara) for (const t of g.istilah) groupOf.set(normalise(t), g.judul);
  const rows = new Map<string, DefinitionRow & { first: number }>();
  let order = 0;
  for (const v of c.views) {
    for (const w of walkBody(v.reg.batangTubuh)) {
      if (!w.node.term) continue;
      const key = groupOf.get(normalise(w.node.term)) ?? normalise(w.node.term);
      let row = rows.get(normalise(key));
      if (!row) {
        const judul = groupOf.get(normalise(w.node.term)) ?? w.node.term;
        row = { id: `istilah-${slugPart(judul)}`, judul, ids: new Map(), printed: new Map(), first: order++ };
        rows.set(normalise(key), row);
      }
      if (!row.ids.has(v.reg.slug)) {
        row.ids.set(v.reg.slug, w.id);
        row.printed.set(v.reg.slug, w.node.term + (w.node.abbr ? ` (${w.node.abbr})` : ''));
      }
    }
  }
  return [...rows.values()]
    .sort((a, b) => b.ids.size - a.ids.size || a.first - b.first)
    .map(({ first: _first, ...r }) => r);
}

export function definitionRows(matrix: DefinitionRow[], c: CompareContext, base: string): RowView[] {
  return matrix.map((d) => {
    const cells = new Map<string, Cell>(c.views.map((v) => {
      const id = d.ids.get(v.reg.slug);
      return [v.reg.slug, id ? { kind: 'ids', ids: [id] } : { kind: 'none', label: 'tidak-didefinisikan', lihat: [] }];
    }));
    return buildRow({ id: d.id, judul: d.judul, cells }, c.views, base);
  });
}
