/**
 * Where a Lampiran block sits in the numbering a reader sees in print, so that
 * it can be cited the way a lawyer writes it:
 * "Lampiran huruf B angka 5 huruf d angka 1)".
 *
 * Lampiran text is stored as a flat list of blocks: headings with a `level`
 * and paragraphs, figures and tables with a `depth`. The printed hierarchy is
 * rebuilt from those: a block sits under the nearest earlier block of a
 * lower rank (headings rank by level and always above paragraphs; paragraphs
 * rank by depth). Only printed labels ("B.", "5.1.", "a.", "1)") make up the
 * pinpoint; an unlabelled paragraph is "paragraf ke-N" under its nearest
 * labelled block (or "di bawah judul ..." where there is none).
 *
 * Where the print repeats a number under the same parent (Pati's Lampiran
 * huruf B angka 1 lists huruf a to f three times; Klaten prints "5.4." twice)
 * each occurrence is told apart as "yang pertama", "yang kedua": the printed
 * number alone does not identify the place, and the citation says so rather
 * than inventing a number. No internal id word ever reaches the reader.
 */
import type { Lampiran, LampiranBlock } from './schema/regulation.ts';

export interface BlockNumbering {
  /**
   * The printed pinpoint inside the Lampiran, without the word "Lampiran":
   * "huruf B angka 5 huruf d angka 1)", "huruf B angka 5.1 paragraf ke-1".
   * Empty for a numbered Gambar directly in the Lampiran.
   */
  path: string;
  /** For a numbered figure: "Gambar 4" (cited "Gambar 4 dalam Lampiran huruf B ..."). */
  gambar?: string | undefined;
  /** Id of the nearest labelled block above this one (its printed parent), if any. */
  parent?: string | undefined;
  /** Id of the nearest heading above this one, if any. */
  heading?: string | undefined;
}

const ORDINAL = ['pertama', 'kedua', 'ketiga', 'keempat', 'kelima', 'keenam', 'ketujuh', 'kedelapan', 'kesembilan', 'kesepuluh'];
export const ordinalWord = (i: number): string => ORDINAL[i] ?? `ke-${i + 1}`;

const ROMAN_MULTI = /^(II|III|IV|VI|VII|VIII|IX|XI|XII)$/i;
const ROMAN = /^[IVXLC]+$/i;

/** "B." -> "huruf B"; "5.1." -> "angka 5.1"; "1)" -> "angka 1)"; "a)" -> "huruf a)"; "BAB II" -> "BAB II"; "ii." -> "angka romawi ii". */
export function labelWords(label: string, romanContext = false): string {
  const l = label.trim();
  if (/^BAB\s+/i.test(l)) return l.replace(/\.$/, '');
  const core = l.replace(/^\(/, '').replace(/[.)]+$/, '');
  const printed = l.endsWith(')') ? (l.startsWith('(') ? `(${core})` : `${core})`) : core;
  if (/^[0-9]+(\.[0-9]+)*$/.test(core)) return `angka ${printed}`;
  if (/^[A-Za-z]+$/.test(core)) {
    if (ROMAN.test(core) && (ROMAN_MULTI.test(core) || romanContext)) return `angka romawi ${printed}`;
    return `huruf ${printed}`;
  }
  return l;
}

const isLabelled = (b: LampiranBlock): b is LampiranBlock & { label: string } =>
  (b.type === 'heading' || b.type === 'para') && !!(b as { label?: string }).label;

/** Rank in the printed hierarchy: lower ranks contain higher ones. */
function rank(b: LampiranBlock): number {
  if (b.type === 'heading') return b.level;
  // Title and signature lines stand outside the numbering; other verbatim lines sit where they are printed.
  if (b.type === 'lines') return b.role === 'lain' ? 99 : 0;
  if (b.type === 'letter') return 5;
  return 10 + (b.depth ?? 0);
}

const firstWords = (s: string, n = 8) => {
  const w = s.trim().split(/\s+/);
  return w.length > n ? `${w.slice(0, n).join(' ')} …` : w.join(' ');
};

/**
 * The printed pinpoint of every block of one Lampiran, keyed by block id.
 * Pure and deterministic; every pinpoint is unique within the Lampiran.
 */
export function numberLampiran(l: Lampiran): Map<string, BlockNumbering> {
  const blocks = l.blocks;
  const byId = new Map(blocks.map((b) => [b.id, b]));
  interface Node {
    id: string;
    rank: number;
    labelled: boolean;
    para: boolean;
    heading: boolean;
  }
  const stack: Node[] = [];
  /** For a labelled block: the block it is printed under (a labelled block or the paragraph that introduces its list). */
  const structParent = new Map<string, string | undefined>();
  /** For any block: the nearest labelled block above it. */
  const labelledAbove = new Map<string, string | undefined>();
  const headingAbove = new Map<string, string | undefined>();
  for (const b of blocks) {
    const r = rank(b);
    while (stack.length && stack[stack.length - 1]!.rank >= r) stack.pop();
    const up = [...stack].reverse();
    labelledAbove.set(b.id, up.find((n) => n.labelled)?.id);
    headingAbove.set(b.id, up.find((n) => n.heading)?.id);
    if (isLabelled(b)) structParent.set(b.id, up.find((n) => n.labelled || n.para)?.id);
    stack.push({ id: b.id, rank: r, labelled: isLabelled(b), para: b.type === 'para' && !isLabelled(b), heading: b.type === 'heading' });
  }
  const core = (label: string) =>
    label
      .trim()
      .replace(/^\(/, '')
      .replace(/[.)]+$/, '');

  // Single letters "i", "v", "x" are Roman numerals where a sibling is "ii", "iii", ...
  const romanParents = new Set(
    blocks.filter((b) => isLabelled(b) && ROMAN_MULTI.test(core(b.label))).map((b) => structParent.get(b.id) ?? ''),
  );
  // Occurrences of the same printed label under the same printed parent.
  const occurrences = new Map<string, string[]>();
  for (const b of blocks) {
    if (!isLabelled(b)) continue;
    const key = `${structParent.get(b.id) ?? ''}|${core(b.label)}`;
    occurrences.set(key, [...(occurrences.get(key) ?? []), b.id]);
  }
  // Unlabelled blocks are counted per kind under the nearest labelled block (or heading).
  const kindWord = (b: LampiranBlock): string => {
    switch (b.type) {
      case 'para':
        return 'paragraf';
      case 'heading':
        return 'judul';
      case 'figure':
        return 'gambar';
      case 'table':
        return 'tabel';
      case 'letter':
        return 'format';
      case 'lines':
        return b.role === 'tanda-tangan' ? 'tanda tangan' : b.role === 'judul' ? 'judul' : 'teks';
    }
  };
  const anchorOf = (b: LampiranBlock) => labelledAbove.get(b.id) ?? (headingAbove.get(b.id) ? `judul:${headingAbove.get(b.id)}` : '');
  const counters = new Map<string, string[]>();
  for (const b of blocks) {
    if (isLabelled(b) || (b.type === 'figure' && b.gambar)) continue;
    const key = `${anchorOf(b)}|${kindWord(b)}`;
    counters.set(key, [...(counters.get(key) ?? []), b.id]);
  }

  const memo = new Map<string, string>();
  const pinOf = (id: string): string => {
    const hit = memo.get(id);
    if (hit !== undefined) return hit;
    const b = byId.get(id)!;
    let pin: string;
    if (isLabelled(b)) {
      let parent = structParent.get(id);
      const own = core(b.label);
      // "5.1." printed under "5.": the number already says where it is.
      if (parent && /^[0-9]+(\.[0-9]+)+$/.test(own)) {
        const pb = byId.get(parent)!;
        if (isLabelled(pb) && own.startsWith(`${core(pb.label)}.`)) parent = structParent.get(parent);
      }
      const same = occurrences.get(`${structParent.get(id) ?? ''}|${own}`)!;
      const words = labelWords(b.label, romanParents.has(structParent.get(id) ?? ''));
      const tagged = same.length > 1 ? `${words} yang ${ordinalWord(same.indexOf(id))}` : words;
      pin = [parent ? pinOf(parent) : '', tagged].filter(Boolean).join(' ');
    } else {
      const anchor = labelledAbove.get(id);
      const heading = headingAbove.get(id);
      const kw = kindWord(b);
      const list = counters.get(`${anchorOf(b)}|${kw}`) ?? [id];
      const nth = list.length > 1 || kw === 'paragraf' ? `${kw} ke-${list.indexOf(id) + 1}` : kw;
      if (b.type === 'heading') pin = `judul “${firstWords(b.text)}”`;
      else if (anchor) pin = `${pinOf(anchor)} ${nth}`;
      else if (heading) pin = `${nth} di bawah judul “${firstWords(textOf(byId.get(heading)!))}”`;
      else pin = nth;
    }
    memo.set(id, pin);
    return pin;
  };

  const out = new Map<string, BlockNumbering>();
  for (const b of blocks) {
    const parent = isLabelled(b) ? structParent.get(b.id) : labelledAbove.get(b.id);
    const heading = headingAbove.get(b.id);
    if (b.type === 'figure' && b.gambar) {
      const above = labelledAbove.get(b.id);
      out.set(b.id, { path: above ? pinOf(above) : '', gambar: `Gambar ${b.gambar}`, parent, heading });
    } else {
      out.set(b.id, { path: pinOf(b.id), parent, heading });
    }
  }
  // What the print numbers twice in the same place (Bengkayang prints two "Gambar 10") is told apart too.
  const seen = new Map<string, string[]>();
  const key = (n: BlockNumbering) => `${n.gambar ?? ''}|${n.path}`;
  for (const [id, n] of out) seen.set(key(n), [...(seen.get(key(n)) ?? []), id]);
  for (const ids of seen.values()) {
    if (ids.length < 2) continue;
    ids.forEach((id, i) => {
      const n = out.get(id)!;
      out.set(
        id,
        n.gambar ? { ...n, gambar: `${n.gambar} (yang ${ordinalWord(i)})` } : { ...n, path: `${n.path} (yang ${ordinalWord(i)})` },
      );
    });
  }
  return out;
}

function textOf(b: LampiranBlock): string {
  switch (b.type) {
    case 'heading':
    case 'para':
      return b.text;
    case 'figure':
      return b.caption;
    case 'letter':
      return b.title;
    case 'lines':
      return b.lines[0] ?? '';
    case 'table':
      return b.rows[0]?.join(' ') ?? '';
  }
}
