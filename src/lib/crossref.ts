/**
 * Cross-references inside a regulation's text ("sebagaimana dimaksud dalam
 * Pasal 3 ayat (2)", "pada ayat (1) huruf c", "Gambar 18") and defined terms,
 * turned into text segments that pages render as links.
 */
import type { Regulation } from './schema/regulation.ts';
import type { Provision } from './provisions.ts';
import { walkBody } from './ids.ts';

export interface Ref {
  /** Start and end offsets of the mention in the text. */
  start: number;
  end: number;
  /** The mention as printed. */
  text: string;
  /** Id the mention points to (may not exist: the caller checks). */
  target: string;
  kind: 'pasal' | 'gambar';
}

const EXTERNAL =
  /^[^;.]*?\b(Undang-Undang|UUD|Peraturan (Menteri|Pemerintah|Presiden|Daerah|Bupati \w+ Nomor|Wali ?Kota \w+ Nomor|Badan|Kepala)|Keputusan)\b/;
const EXTERNAL_BEFORE = /(Undang-Undang|Peraturan (Menteri|Pemerintah|Presiden)|Permen\w*)\s[^;]*$/;

/**
 * Finds references to Pasal/ayat/huruf/angka of the same regulation, and to
 * its Gambar. `currentPasal` resolves relative mentions ("pada ayat (1)").
 */
export function findRefs(text: string, currentPasal?: string): Ref[] {
  const refs: Ref[] = [];
  const re =
    /\b(?:(Pasal|pasal)\s+(\d+[A-Z]?)(?:\s+ayat\s+\((\d+)\))?|(?:pada|dalam)\s+(ayat)\s+\((\d+)\))(?:\s+huruf\s+([a-z])\b)?(?:\s+angka\s+(\d+))?/g;
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    let target: string;
    let start = m.index;
    if (m[1]) {
      if (
        EXTERNAL.test(after.replace(/^(,?\s*(dan|atau)?\s*Pasal\s+\d+[A-Z]?)*/, '')) &&
        !/^\s*(ini|Peraturan (Bupati|Wali ?Kota) ini)/.test(after)
      )
        continue;
      if (EXTERNAL_BEFORE.test(before)) continue;
      target = `pasal-${m[2]!.toLowerCase()}`;
      if (m[3]) target += `__ayat-${m[3]}`;
    } else {
      if (!currentPasal) continue;
      start = m.index + m[0].indexOf('ayat');
      target = `${currentPasal}__ayat-${m[5]}`;
    }
    if (m[6]) target += `__huruf-${m[6]}`;
    if (m[7]) target += `__angka-${m[7]}`;
    refs.push({ start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length), target, kind: 'pasal' });
  }
  for (const m of text.matchAll(/\bGambar\s*(\d+)\b/g)) {
    refs.push({ start: m.index, end: m.index + m[0].length, text: m[0], target: `gambar-${m[1]}`, kind: 'gambar' });
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** All body texts of a regulation with the Pasal they sit in, for checking references. */
export function* bodyTexts(reg: Regulation): Generator<{ id: string; pasal?: string | undefined; text: string }> {
  for (const w of walkBody(reg.batangTubuh)) {
    if (w.node.text) yield { id: w.id, pasal: w.pasal, text: w.node.text };
  }
}

/** Gambar number -> Lampiran block id of the figure (first occurrence). */
export function figureIndex(reg: Regulation): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of reg.lampiran) {
    for (const b of l.blocks) if (b.type === 'figure' && b.gambar && !out.has(b.gambar)) out.set(b.gambar, b.id);
  }
  return out;
}

export type Segment =
  { type: 'text'; text: string } | { type: 'link'; text: string; href: string; title: string; rel: 'ref' | 'term' | 'gambar' };

export interface LinkContext {
  byId: Map<string, Provision>;
  figures: Map<string, string>;
  /** Defined terms (longest first) -> id of their definition. */
  terms: { term: string; id: string }[];
  /** Id of the provision being rendered (a term is not linked inside its own definition). */
  self?: string | undefined;
  currentPasal?: string | undefined;
}

/** Defined terms of Pasal 1 worth linking (multi-word terms and abbreviations), longest first. */
export function definedTerms(reg: Regulation): { term: string; id: string }[] {
  const out: { term: string; id: string }[] = [];
  for (const w of walkBody(reg.batangTubuh)) {
    if (w.node.term && w.node.term.includes(' ')) out.push({ term: w.node.term, id: w.id });
    if (w.node.abbr && /^[A-Z]{2,}$/.test(w.node.abbr)) out.push({ term: w.node.abbr, id: w.id });
  }
  return out.sort((a, b) => b.term.length - a.term.length);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits text into plain text and links: resolved cross-references, Gambar, first use of defined terms. */
export function linkify(text: string, ctx: LinkContext): Segment[] {
  type Span = { start: number; end: number; href: string; title: string; rel: 'ref' | 'term' | 'gambar' };
  const spans: Span[] = [];
  for (const r of findRefs(text, ctx.currentPasal)) {
    if (r.kind === 'gambar') {
      const id = ctx.figures.get(r.target.replace('gambar-', ''));
      if (id) spans.push({ start: r.start, end: r.end, href: `#${id}`, title: `Lihat ${r.text}`, rel: 'gambar' });
    } else if (ctx.byId.has(r.target)) {
      spans.push({ start: r.start, end: r.end, href: `#${r.target}`, title: `Lihat ${r.text}`, rel: 'ref' });
    }
  }
  const seen = new Set<string>();
  for (const t of ctx.terms) {
    if (t.id === ctx.self || seen.has(t.id)) continue;
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(t.term)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
    if (!m) continue;
    const s = { start: m.index, end: m.index + m[0].length };
    if (spans.some((x) => s.start < x.end && x.start < s.end)) continue;
    seen.add(t.id);
    spans.push({ ...s, href: `#${t.id}`, title: `Definisi ${t.term} (Pasal 1)`, rel: 'term' });
  }
  spans.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    if (s.start > pos) out.push({ type: 'text', text: text.slice(pos, s.start) });
    out.push({ type: 'link', text: text.slice(s.start, s.end), href: s.href, title: s.title, rel: s.rel });
    pos = s.end;
  }
  if (pos < text.length) out.push({ type: 'text', text: text.slice(pos) });
  return out;
}
