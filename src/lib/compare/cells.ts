/**
 * What a comparison page shows: for each row of a topic, each regulation's
 * provisions verbatim (as lines with their printed labels), their citations,
 * and for every word the regulations whose aligned text lacks it, so a page
 * can highlight the difference between any two regulations without script.
 */
import type { BodyNode, LampiranBlock, Regulation } from '../schema/regulation.ts';
import type { RegulationView } from '../regulation-view.ts';
import { bodyLabel } from '../provisions.ts';
import { lampiranExtent, lampiranOf } from './texts.ts';
import { lcsMatch, MAX_WORDS, tokenize, type Token } from './diff.ts';
import type { Cell, NoneLabel } from './validate.ts';
import { provisionPath } from '../permalink.ts';
import { quoteMarker, type NoteMarker } from '../notes.ts';

export interface Segment {
  text: string;
  /** Slugs of the regulations whose text in this row does not have these words. */
  no?: string[] | undefined;
}

export type Line =
  | { kind: 'text' | 'heading' | 'figure'; depth: number; label?: string | undefined; segments: Segment[] }
  | { kind: 'table'; depth: number; headerRows: number; rows: string[][] }
  | { kind: 'letter'; depth: number; label?: string | undefined; title: string; lines: string[] }
  | { kind: 'lines'; depth: number; lines: string[] };

export interface Part {
  id: string;
  /** "Pasal 8 ayat (1)". */
  pin: string;
  /** The full conventional citation. */
  citation: string;
  href: string;
  /** The editorial notes bearing on the words the part shows. */
  catatan?: NoteMarker | undefined;
  lines: Line[];
}

export interface Ref {
  id: string;
  pin: string;
  citation: string;
  /** The editorial notes bearing on the words the quote shows (the provision and what it contains). */
  catatan?: NoteMarker | undefined;
  href: string;
}

export type CellView =
  | {
      kind: 'ids';
      slug: string;
      parts: Part[];
      words: number;
      /** Too long to compare word by word. */
      tooLong: boolean;
      /** Other regulation slug -> number of this cell's words that the other lacks. */
      counts: Map<string, number>;
    }
  | { kind: 'none'; slug: string; label: NoneLabel; catatan?: string | undefined; lihat: Ref[] }
  /** The regulation has not been mapped to this row yet: not the same as "tidak diatur". */
  | { kind: 'unmapped'; slug: string };

export interface RowView {
  id: string;
  judul: string;
  catatan?: string | undefined;
  cells: CellView[];
}

export { MAX_WORDS } from './diff.ts';

type RawLine =
  | { kind: 'text' | 'heading' | 'figure'; depth: number; label?: string | undefined; text: string }
  | Exclude<Line, { kind: 'text' | 'heading' | 'figure' }>;

function bodyLines(node: BodyNode, depth: number, ownLabel: boolean): RawLine[] {
  const out: RawLine[] = [];
  const label = ownLabel ? bodyLabel(node) || undefined : undefined;
  if (['bab', 'bagian', 'paragraf'].includes(node.kind)) {
    out.push({ kind: 'heading', depth, label, text: node.heading ?? '' });
  } else if (node.text) {
    out.push({ kind: 'text', depth, label, text: node.text });
  } else if (label && node.kind === 'pasal') {
    out.push({ kind: 'heading', depth, label, text: '' });
  }
  for (const c of node.children ?? []) {
    // Ayat sit at the Pasal's own depth; lists are indented under the text they continue.
    const d = node.kind === 'pasal' && (c.kind === 'ayat' || !node.text) ? depth : depth + 1;
    out.push(...bodyLines(c, d, true));
  }
  return out;
}

function blockLines(blocks: LampiranBlock[]): RawLine[] {
  const first = blocks[0];
  const base = first && 'depth' in first && typeof first.depth === 'number' ? first.depth : 0;
  const rel = (d: number | undefined) => Math.max(0, (d ?? base) - base);
  return blocks.map((b): RawLine => {
    switch (b.type) {
      case 'heading':
        return { kind: 'heading', depth: 0, label: b.label, text: b.text };
      case 'para':
        return { kind: 'text', depth: rel(b.depth), label: b.label ?? (b.bullet ? '•' : undefined), text: b.text };
      case 'figure':
        return { kind: 'figure', depth: rel(b.depth), label: b.gambar ? `Gambar ${b.gambar}.` : 'Gambar.', text: b.caption };
      case 'table':
        return { kind: 'table', depth: rel(b.depth), headerRows: b.headerRows, rows: b.rows };
      case 'letter':
        return { kind: 'letter', depth: 0, label: b.label, title: b.title, lines: b.lines };
      case 'lines':
        return { kind: 'lines', depth: 0, lines: b.lines };
    }
  });
}

/** The lines of one provision or Lampiran section, verbatim. */
export function provisionLines(reg: Regulation, view: RegulationView, id: string): RawLine[] {
  const p = view.byId.get(id);
  if (!p) throw new Error(`Tidak ada ketentuan "${id}" dalam ${reg.slug}`);
  if (p.node) return bodyLines(p.node, 0, p.kind !== 'pasal');
  const l = lampiranOf(reg, id);
  if (!l) return [];
  if (l.id === id) return blockLines(l.blocks);
  return blockLines(lampiranExtent(l, id));
}

/** The provisions whose words provisionLines shows for `id`: the provision and everything it contains. */
export function quotedIds(reg: Regulation, view: RegulationView, id: string): string[] {
  const p = view.byId.get(id);
  if (p?.node) return [id, ...view.provisions.filter((x) => x.node && x.id.startsWith(`${id}__`)).map((x) => x.id)];
  const l = lampiranOf(reg, id);
  if (!l) return [id];
  return [id, ...(l.id === id ? l.blocks : lampiranExtent(l, id)).map((b) => b.id).filter((b) => b !== id)];
}

export const refOf = (view: RegulationView, id: string, base: string): Ref => {
  const catatan = quoteMarker(view.reg, quotedIds(view.reg, view, id));
  return {
    id,
    pin: view.pin(id),
    citation: view.citation(id),
    href: `${base}${provisionPath(view.reg.slug, id)}`,
    ...(catatan ? { catatan } : {}),
  };
};

interface Tok extends Token {
  no?: Set<string>;
}

/** Splits lines into tokens, runs the pairwise comparisons and turns tokens back into segments. */
export function buildRow(
  row: { id: string; judul: string; catatan?: string | undefined; cells: Map<string, Cell> },
  views: RegulationView[],
  base: string,
): RowView {
  type Work = { slug: string; parts: { ref: Ref; lines: RawLine[]; toks: (Tok[] | undefined)[] }[]; words: Tok[]; tooLong: boolean };
  const work: Work[] = [];
  const cells: CellView[] = [];
  for (const view of views) {
    const cell = row.cells.get(view.reg.slug);
    if (!cell) {
      cells.push({ kind: 'unmapped', slug: view.reg.slug });
      continue;
    }
    if (cell.kind === 'none') {
      cells.push({
        kind: 'none',
        slug: view.reg.slug,
        label: cell.label,
        catatan: cell.catatan,
        lihat: cell.lihat.map((id) => refOf(view, id, base)),
      });
      continue;
    }
    const parts = cell.ids.map((id) => {
      const lines = provisionLines(view.reg, view, id);
      const toks = lines.map((l) => ('text' in l ? (tokenize(l.text) as Tok[]) : undefined));
      return { ref: refOf(view, id, base), lines, toks };
    });
    const words = parts.flatMap((p) => p.toks.flatMap((t) => (t ?? []).filter((x) => x.word)));
    work.push({ slug: view.reg.slug, parts, words, tooLong: words.length > MAX_WORDS });
    cells.push({ kind: 'ids', slug: view.reg.slug, parts: [], words: words.length, tooLong: words.length > MAX_WORDS, counts: new Map() });
  }

  for (let x = 0; x < work.length; x++) {
    for (let y = x + 1; y < work.length; y++) {
      const A = work[x]!;
      const B = work[y]!;
      if (A.tooLong || B.tooLong) continue;
      const m = lcsMatch(
        A.words.map((t) => t.word!),
        B.words.map((t) => t.word!),
      );
      if (!m) continue;
      const mark = (side: Work, matched: boolean[], other: string) => {
        let n = 0;
        side.words.forEach((t, i) => {
          if (matched[i]) return;
          (t.no ??= new Set()).add(other);
          n++;
        });
        const c = cells.find((c) => c.slug === side.slug);
        if (c?.kind === 'ids') c.counts.set(other, n);
      };
      mark(A, m.a, B.slug);
      mark(B, m.b, A.slug);
    }
  }

  for (const w of work) {
    const c = cells.find((c) => c.slug === w.slug);
    if (c?.kind !== 'ids') continue;
    c.parts = w.parts.map((p) => ({
      ...p.ref,
      lines: p.lines.map((l, i): Line => {
        if (!('text' in l)) return l;
        return { kind: l.kind, depth: l.depth, label: l.label, segments: toSegments(p.toks[i]!) };
      }),
    }));
  }
  return { id: row.id, judul: row.judul, catatan: row.catatan, cells };
}

const keyOf = (s?: Set<string>) => (s && s.size ? [...s].sort().join(' ') : '');

/** Groups tokens into runs with the same set of "lacking" regulations; punctuation between two marked words joins them. */
export function toSegments(toks: Tok[]): Segment[] {
  const keys = toks.map((t) => keyOf(t.no));
  // Non-word tokens take the key of their neighbours when both sides agree.
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.word) continue;
    const prev = keys[i - 1] ?? '';
    const next = keys[i + 1] ?? '';
    keys[i] = prev && prev === next ? prev : '';
  }
  const out: Segment[] = [];
  toks.forEach((t, i) => {
    const k = keys[i]!;
    const last = out[out.length - 1];
    if (last && (last.no?.join(' ') ?? '') === k) last.text += t.text;
    else out.push(k ? { text: t.text, no: k.split(' ') } : { text: t.text });
  });
  return out;
}
