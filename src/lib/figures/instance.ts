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

interface IndexedText {
  id: string;
  pos: number;
  grams: Set<string>;
  text: string;
}
export interface TextIndex {
  slug: string;
  texts: IndexedText[];
  pos: Map<string, number>;
}

const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(Boolean);
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
  const texts = [...regulationTexts(reg)].map((t, pos) => ({ id: t.id, pos, grams: trigrams(t.text), text: t.text }));
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

/** Share of `part`'s trigrams found in `whole`. */
function containment(part: Set<string>, whole: Set<string>): number {
  if (!part.size) return 0;
  let n = 0;
  for (const g of part) if (whole.has(g)) n++;
  return n / part.size;
}
/** Lowest share of a paragraph's trigrams inside a longer source paragraph for it to count as a piece of it. */
export const PIECE_MIN = 0.8;

/**
 * The provision(s) of `ctx.reg` that say what `cite` says in its own text,
 * searched near `anchor` (the regulation's own figure): the paragraph with
 * the same wording, or, where the regulation split a paragraph, the pieces of
 * it that share most words with `label` (the node's label). Empty if none.
 */
export function counterpart(cite: Cite, canonicalId: string, anchor: number | undefined, ctx: InstanceContext, label = ''): string[] {
  if (cite.reg === ctx.reg.slug) return [cite.id];
  const src = ctx.sources.get(cite.reg);
  if (!src || anchor === undefined) return [];
  const srcPos = src.index.pos.get(cite.id);
  const srcEntry = src.entries.find((e) => e.figure === canonicalId || e.pola === canonicalId);
  const srcAnchor = srcEntry ? anchorOf(srcEntry, src.index) : undefined;
  if (srcPos === undefined) return [];
  const grams = src.index.texts[srcPos]!.grams;
  const expected = anchor + (srcAnchor !== undefined ? srcPos - srcAnchor : 0);
  let best: { id: string; score: number } | undefined;
  const pieces: IndexedText[] = [];
  for (const t of ctx.index.texts) {
    const dist = Math.abs(t.pos - expected);
    if (dist > WINDOW) continue;
    const d = dice(grams, t.grams);
    if (t.grams.size >= 8 && containment(t.grams, grams) >= PIECE_MIN) pieces.push(t);
    if (d < MATCH_MIN) continue;
    const score = d - dist / (WINDOW * 20);
    if (!best || score > best.score) best = { id: t.id, score };
  }
  // The same wording may recur in another section: keep, of near-identical pieces, the one nearest the expected place.
  pieces.sort((a, b) => Math.abs(a.pos - expected) - Math.abs(b.pos - expected));
  const kept: IndexedText[] = [];
  for (const p of pieces) if (!kept.some((k) => dice(k.grams, p.grams) >= 0.9)) kept.push(p);
  pieces.splice(0, pieces.length, ...kept);
  // One paragraph with the same wording; or the regulation split it, and the pieces decide.
  if (best && (pieces.length < 2 || !pieces.some((p) => p.id === best.id))) return [best.id];
  if (!pieces.length) return [];
  const want = new Set(words(label).filter((w) => w.length > 3));
  const overlap = (t: IndexedText) => new Set(words(t.text).filter((w) => want.has(w))).size;
  const top = Math.max(...pieces.map(overlap));
  return top > 0 ? pieces.filter((t) => overlap(t) === top).map((t) => t.id) : pieces.map((t) => t.id);
}

const GAMBAR_REF = /Gambar\s*\d+(?:\s*,\s*(?:Gambar\s*)?\d+)*(?:\s*,?\s*dan\s+(?:Gambar\s*)?\d+)?/;

/**
 * A sub-label that refers to other figures ("Gambar 21, 22 dan 24") is the
 * canonical text's numbering; in an instance it is taken from the
 * regulation's own cited paragraph, as printed there.
 */
export function ownGambarRef(sub: string | undefined, ownTexts: string[]): string | undefined {
  if (!sub || !/^Gambar\s*\d/.test(sub)) return undefined;
  for (const t of ownTexts) {
    const m = t.match(GAMBAR_REF);
    if (m) return m[0];
  }
  return undefined;
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
  const dropped = new Set(
    Object.entries(over)
      .filter(([, o]) => o.hapus)
      .map(([id]) => id),
  );
  const nodes: FigureNode[] = fig.nodes
    .filter((n) => !dropped.has(n.id))
    .map((n) => {
      const o = over[n.id];
      const base: FigureNode = { ...n, ...(o?.label ? { label: o.label } : {}), ...(o?.sub !== undefined ? { sub: o.sub } : {}) };
      if (o?.sub === '') delete base.sub;
      if (o?.cite) return { ...base, cite: o.cite.map((id) => ({ reg: slug, id })), ...(o.catatan ? { catatan: o.catatan } : {}) };
      const own = [...new Set(n.cite.flatMap((c) => counterpart(c, fig.id, anchor, ctx, `${n.label} ${n.sub ?? ''}`)))];
      if (own.length) {
        const ref =
          o?.sub === undefined
            ? ownGambarRef(
                n.sub,
                own.map((id) => ctx.index.texts[ctx.index.pos.get(id)!]!.text),
              )
            : undefined;
        return {
          ...base,
          ...(ref ? { sub: ref } : {}),
          cite: own.map((id) => ({ reg: slug, id })),
          ...(o?.catatan ? { catatan: o.catatan } : {}),
        };
      }
      const from = [...new Set(n.cite.map((c) => ctx.short(c.reg)))];
      return { ...base, catatan: [o?.catatan, foreignNote(ctx.short(slug), from)].filter(Boolean).join(' ') };
    });
  const edges = fig.edges
    .filter((e) => !dropped.has(e.from) && !dropped.has(e.to))
    .map((e) => {
      if (!e.cite) return e;
      const own = [...new Set(e.cite.flatMap((c) => counterpart(c, fig.id, anchor, ctx, e.label ?? '')))];
      const { cite: _drop, ...rest } = e;
      return own.length ? { ...rest, cite: own.map((id) => ({ reg: slug, id })) } : rest;
    });
  const { nomor: _n, ...rest } = fig;
  return { ...rest, id: instanceId(slug, entry.nomor), nodes, edges };
}

export const instanceId = (slug: string, nomor: string) => `${slug}/gambar-${nomor}`;
