/**
 * A canonical figure drawn for one regulation. The canonical figures
 * (diagrams/figures/kanonik-NN.yaml) cite the text of the national model as
 * one regulation prints it; shown under another regulation, every node must
 * cite that regulation's own provisions. The instance is derived:
 *
 * 1. a node the map entry overrides (`simpul.<node>`) takes the regulation's
 *    own provision ids, label and sub-label from there, or is left out
 *    (`hapus`, the text lacks it);
 * 2. otherwise each citation is carried over to the provision of the
 *    regulation with the same wording near the same place: the aligned text
 *    is found by word-trigram overlap (Dice >= MATCH_MIN) among the blocks
 *    around the regulation's own figure (or the paragraph that refers to it),
 *    at the offset the cited paragraph has from the figure in the source;
 * 3. a node with no counterpart found keeps its source citation and carries a
 *    note that says so: it is drawn as coming from another text.
 *
 * Pure: data in, figure out.
 */
import type { Cite, Figure, FigureMapEntry, FigureNode } from '../schema/figure.ts';
import type { Regulation } from '../schema/regulation.ts';
import { regulationTexts } from '../compare/texts.ts';

/** Lowest trigram Dice overlap for two paragraphs to count as the same text. */
export const MATCH_MIN = 0.5;
/** How far (in text blocks) from the expected place a counterpart may stand. */
export const WINDOW = 60;

interface IndexedText { id: string; pos: number; grams: Set<string> }
export interface TextIndex { slug: string; texts: IndexedText[]; pos: Map<string, number> }

const words = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').split(' ').filter(Boolean);
function trigrams(t: string): Set<string> {
  const w = words(t);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  if (w.length && w.length < 3) out.add(w.join(' '));
  return out;
}
function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const g of a) if (b.has(g)) n++;
  return (2 * n) / (a.size + b.size);
}

/** Every text of a regulation with its position, for matching. */
export function indexTexts(reg: Regulation): TextIndex {
  const texts = [...regulationTexts(reg)].map((t, pos) => ({ id: t.id, pos, grams: trigrams(t.text) }));
  return { slug: reg.slug, texts, pos: new Map(texts.map((t) => [t.id, t.pos])) };
}

/** Where a map entry stands in its regulation's text: its figure block, or the paragraph that refers to it. */
const anchorOf = (e: FigureMapEntry, idx: TextIndex) => idx.pos.get(e.block ?? '') ?? idx.pos.get(e.rujukan ?? '');

export interface InstanceContext {
  reg: Regulation;
  index: TextIndex;
  /** The regulations the canonical figures cite, indexed, with the map entry that places the figure in each. */
  sources: Map<string, { reg: Regulation; index: TextIndex; entries: FigureMapEntry[] }>;
  /** Short name of a regulation for notes ("Perbup Batang 21/2023"). */
  short: (slug: string) => string;
}

/**
 * The provision of `ctx.reg` that says what `cite` says in its own text,
 * searched near `anchor` (the regulation's own figure), or undefined.
 */
export function counterpart(cite: Cite, canonicalId: string, anchor: number | undefined, ctx: InstanceContext): string | undefined {
  if (cite.reg === ctx.reg.slug) return cite.id;
  const src = ctx.sources.get(cite.reg);
  if (!src || anchor === undefined) return undefined;
  const srcPos = src.index.pos.get(cite.id);
  const srcEntry = src.entries.find((e) => e.figure === canonicalId || e.pola === canonicalId);
  const srcAnchor = srcEntry ? anchorOf(srcEntry, src.index) : undefined;
  if (srcPos === undefined) return undefined;
  const grams = src.index.texts[srcPos]!.grams;
  const expected = anchor + (srcAnchor !== undefined ? srcPos - srcAnchor : 0);
  let best: { id: string; score: number } | undefined;
  for (const t of ctx.index.texts) {
    const dist = Math.abs(t.pos - expected);
    if (dist > WINDOW) continue;
    const d = dice(grams, t.grams);
    if (d < MATCH_MIN) continue;
    const score = d - dist / (WINDOW * 20);
    if (!best || score > best.score) best = { id: t.id, score };
  }
  return best?.id;
}

/** The note on a node drawn from another text. */
export const foreignNote = (reg: string, from: string[]) =>
  `Padanan bagian ini belum ditemukan dalam teks ${reg}; dasarnya dikutip dari ${from.join(', ')} (model nasional). Bagian ini berasal dari teks lain.`;

/** True when a node of an instance is drawn from another regulation's text (carries that note). */
export const isForeign = (n: FigureNode, slug: string) => n.cite.every((c) => c.reg !== slug);

/**
 * The canonical figure `fig` as regulation `ctx.reg` draws it for map entry
 * `entry`: id "<slug>/gambar-<nomor>", every node citing the regulation's own
 * provisions or carrying a note, nodes its text lacks left out.
 */
export function instantiate(fig: Figure, entry: FigureMapEntry, ctx: InstanceContext): Figure {
  const slug = ctx.reg.slug;
  const anchor = anchorOf(entry, ctx.index);
  const over = entry.simpul ?? {};
  const dropped = new Set(Object.entries(over).filter(([, o]) => o.hapus).map(([id]) => id));
  const nodes: FigureNode[] = fig.nodes.filter((n) => !dropped.has(n.id)).map((n) => {
    const o = over[n.id];
    const base: FigureNode = { ...n, ...(o?.label ? { label: o.label } : {}), ...(o?.sub !== undefined ? { sub: o.sub } : {}) };
    if (o?.sub === '') delete base.sub;
    if (o?.cite) return { ...base, cite: o.cite.map((id) => ({ reg: slug, id })), ...(o.catatan ? { catatan: o.catatan } : {}) };
    const own = [...new Set(n.cite.map((c) => counterpart(c, fig.id, anchor, ctx)).filter((x): x is string => !!x))];
    if (own.length) return { ...base, cite: own.map((id) => ({ reg: slug, id })), ...(o?.catatan ? { catatan: o.catatan } : {}) };
    const from = [...new Set(n.cite.map((c) => ctx.short(c.reg)))];
    return { ...base, catatan: [o?.catatan, foreignNote(ctx.short(slug), from)].filter(Boolean).join(' ') };
  });
  const edges = fig.edges
    .filter((e) => !dropped.has(e.from) && !dropped.has(e.to))
    .map((e) => {
      if (!e.cite) return e;
      const own = [...new Set(e.cite.map((c) => counterpart(c, fig.id, anchor, ctx)).filter((x): x is string => !!x))];
      const { cite: _drop, ...rest } = e;
      return own.length ? { ...rest, cite: own.map((id) => ({ reg: slug, id })) } : rest;
    });
  const { nomor: _n, ...rest } = fig;
  return { ...rest, id: instanceId(slug, entry.nomor), nodes, edges };
}

export const instanceId = (slug: string, nomor: string) => `${slug}/gambar-${nomor}`;
