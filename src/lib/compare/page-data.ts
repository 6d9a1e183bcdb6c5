/**
 * Data for the comparison pages, derived once per build from the regulations
 * and the alignment: topic rows, the definitions matrix, the figure crosswalk
 * and the distinctive features, all with citations.
 */
import { loadRegulations } from '../load.ts';
import { buildView, type RegulationView } from '../regulation-view.ts';
import { walkBody, slugPart } from '../ids.ts';
import { loadAlignment } from './load.ts';
import { buildRow, type RowView } from './cells.ts';
import { rowOverview, type RowOverview } from './overview.ts';
import { defaultChoice } from './selection.ts';
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
  /** The default selection shown side by side on the pre-built pages (at most MAX_CHOICE), in site order. */
  defaultViews: RegulationView[];
  defaultRegs: RegInfo[];
}

let ctx: CompareContext | undefined;

export function compareContext(): CompareContext {
  if (ctx) return ctx;
  const views = loadRegulations().map(buildView);
  const regs = views.map((v) => ({
    slug: v.reg.slug,
    short: v.shortTitle,
    daerah: v.reg.meta.daerah.nama.replace(/^(Kabupaten|Kota)\s+/, ''),
    title: v.title,
  }));
  const chosen = new Set(defaultChoice(regs.map((r) => r.slug)));
  ctx = {
    views,
    regs,
    alignment: loadAlignment(),
    defaultViews: views.filter((v) => chosen.has(v.reg.slug)),
    defaultRegs: regs.filter((r) => chosen.has(r.slug)),
  };
  return ctx;
}

/**
 * One regulation's provisions for every topic live on one page (a section per
 * topic, id = the topic's id); the script of a topic page fetches its cells
 * from there. Row ids are prefixed with the topic's, since rows of different
 * topics share ids ("penetapan").
 */
export const regulationComparePath = (base: string, slug: string): string => `${base}perbandingan/peraturan/${slug}/`;
export const fragmentPrefix = (topicId: string): string => `${topicId}--`;

/** The pre-built side-by-side rows of a topic: the default selection, word differences among them only. */
export function topicRows(topic: AlignedTopic, c: CompareContext, base: string): RowView[] {
  return topic.baris.map((r) => buildRow(r, c.defaultViews, base));
}

/** One regulation's rows of a topic, on their own (the per-regulation page, and the fragment the script fetches). */
export function regulationTopicRows(topic: AlignedTopic, view: RegulationView, base: string): RowView[] {
  return topic.baris.map((r) => buildRow(r, [view], base));
}

/** The topic over all regulations: per row, the regulations grouped by what they say. */
export function topicOverview(topic: AlignedTopic, c: CompareContext, base: string): RowOverview[] {
  return topic.baris.map((r) => rowOverview(r, c.views, base));
}

export const NONE_TEXT: Record<NoneLabel, string> = {
  'tidak-diatur': 'Tidak diatur',
  'tidak-ada': 'Tidak ada',
  'tidak-didefinisikan': 'Tidak didefinisikan',
};

/** A row a regulation has not been mapped to yet: we have not said, which is not the same as "tidak diatur". */
export const UNMAPPED_TEXT = 'Belum dipetakan';

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
  return [...rows.values()].sort((a, b) => b.ids.size - a.ids.size || a.first - b.first).map(({ first: _first, ...r }) => r);
}

/** The definitions of the default selection side by side. */
export function definitionRows(matrix: DefinitionRow[], c: CompareContext, base: string): RowView[] {
  return matrix.map((d) => {
    const cells = new Map<string, Cell>(
      c.defaultViews.map((v) => {
        const id = d.ids.get(v.reg.slug);
        return [v.reg.slug, id ? { kind: 'ids', ids: [id] } : { kind: 'none', label: 'tidak-didefinisikan', lihat: [] }];
      }),
    );
    return buildRow({ id: d.id, judul: d.judul, cells }, c.defaultViews, base);
  });
}
