/**
 * The small reading pages of a regulation: one page per Pasal and one per
 * section of each Lampiran, derived from the printed structure. Readers on a
 * phone land on these; the whole-regulation page stays for reading straight
 * through and printing.
 *
 * Lampiran sections follow the Lampiran's own headings: a heading with its
 * blocks up to the next heading of the same or a higher level is one section;
 * a section longer than LAMPIRAN_SECTION_CHARS is split at its sub-headings
 * (the text before the first sub-heading joins the first part when short,
 * else it is a page of its own). Pure: the same data always gives the same pages.
 */
import type { BodyNode, Lampiran, LampiranBlock, Regulation } from './schema/regulation.ts';
import { walkBody } from './ids.ts';
import { bodyLabel, lampiranTitle } from './provisions.ts';

/** A section is split at its sub-headings above this many characters of text. */
export const LAMPIRAN_SECTION_CHARS = 16000;
/** Text before the first sub-heading shorter than this joins the first part. */
const INTRO_JOIN_CHARS = 1500;

export interface PageContext {
  id: string;
  label: string;
  heading?: string | undefined;
}

interface PageBase {
  /** Path below the regulation: "pasal-13/", "lampiran/b-5/". */
  segment: string;
  /** Provision id the page is named after (the Pasal, or the section's first block). */
  id: string;
  /** Short printed label: "Pasal 13", "B.5 Alur Mekanisme Kerja". */
  label: string;
  /** Enclosing structure, outermost first (BAB, Bagian, Paragraf; or Lampiran and its headings). */
  context: PageContext[];
}
export interface PasalPage extends PageBase {
  kind: 'pasal';
  node: BodyNode;
}
export interface LampiranPage extends PageBase {
  kind: 'lampiran';
  lampiran: Lampiran;
  blocks: LampiranBlock[];
  /** The first section of its Lampiran (it carries the Lampiran's header). */
  first: boolean;
}
export type ReadingPage = PasalPage | LampiranPage;

const blockChars = (b: LampiranBlock): number => {
  switch (b.type) {
    case 'heading':
      return b.text.length + 20;
    case 'para':
      return b.text.length + 20;
    case 'figure':
      return b.caption.length + 200;
    case 'table':
      return b.rows.reduce((n, r) => n + r.reduce((m, c) => m + c.length + 10, 0), 0);
    case 'letter':
      return b.lines.reduce((n, l) => n + l.length, b.title.length);
    case 'lines':
      return b.lines.reduce((n, l) => n + l.length, 0);
  }
};

interface Section {
  heading?: Extract<LampiranBlock, { type: 'heading' }> | undefined;
  /** Blocks before the first sub-section (including the heading). */
  intro: LampiranBlock[];
  children: Section[];
}

/** Builds the heading tree of a run of blocks (headings nest by level). */
function sectionTree(blocks: LampiranBlock[]): Section {
  const root: Section = { intro: [], children: [] };
  const stack: { level: number; s: Section }[] = [{ level: 0, s: root }];
  for (const b of blocks) {
    if (b.type === 'heading') {
      while (stack.length > 1 && stack[stack.length - 1]!.level >= b.level) stack.pop();
      const s: Section = { heading: b, intro: [b], children: [] };
      stack[stack.length - 1]!.s.children.push(s);
      stack.push({ level: b.level, s });
    } else {
      const top = stack[stack.length - 1]!.s;
      // Blocks after a sub-section belong to that sub-section (the printed text has no "end of section").
      if (top.children.length) lastLeaf(top).intro.push(b);
      else top.intro.push(b);
    }
  }
  return root;
}
const lastLeaf = (s: Section): Section => (s.children.length ? lastLeaf(s.children[s.children.length - 1]!) : s);
const flatten = (s: Section): LampiranBlock[] => [...s.intro, ...s.children.flatMap(flatten)];
const sizeOf = (s: Section): number => flatten(s).reduce((n, b) => n + blockChars(b), 0);

const headingLabel = (h: Extract<LampiranBlock, { type: 'heading' }>): string => [h.label, h.text].filter(Boolean).join(' ');

/** Splits a Lampiran into reading sections (runs of blocks with their heading context). */
export function lampiranSections(l: Lampiran, limit = LAMPIRAN_SECTION_CHARS): { blocks: LampiranBlock[]; context: PageContext[] }[] {
  const out: { blocks: LampiranBlock[]; context: PageContext[] }[] = [];
  const visit = (s: Section, context: PageContext[]) => {
    const own = s.heading ? [...context, { id: s.heading.id, label: headingLabel(s.heading) }] : context;
    if (!s.children.length || (s.heading && sizeOf(s) <= limit)) {
      out.push({ blocks: flatten(s), context });
      return;
    }
    const introChars = s.intro.reduce((n, b) => n + blockChars(b), 0);
    let pending: LampiranBlock[] = [];
    if (s.intro.length) {
      if (introChars < INTRO_JOIN_CHARS) pending = s.intro;
      else out.push({ blocks: s.intro, context });
    }
    for (const c of s.children) {
      const before = out.length;
      visit(c, own);
      if (pending.length && out.length > before) {
        // The short text before the first sub-heading opens the first part; its context is the parent's.
        out[before] = { blocks: [...pending, ...out[before]!.blocks], context };
        pending = [];
      }
    }
  };
  visit(sectionTree(l.blocks), []);
  return out;
}

/** Path segment of a Lampiran section: "lampiran/b-5/" (Lampiran I of several: "lampiran/i-b-5/"). */
function sectionSegment(reg: Regulation, l: Lampiran, firstId: string, used: Set<string>): string {
  const prefix = reg.lampiran.length > 1 ? (l.num ?? l.id.replace(/^lampiran-?/, '')).toLowerCase() : '';
  const rest = firstId.startsWith(`${l.id}__`)
    ? firstId
        .slice(l.id.length + 2)
        .split('__')
        .join('-')
    : '';
  let seg = [prefix, rest].filter(Boolean).join('-') || 'isi';
  seg = seg.replace(/[^a-z0-9-]+/g, '-');
  let n = 2;
  const baseSeg = seg;
  while (used.has(seg)) seg = `${baseSeg}-${n++}`;
  used.add(seg);
  return `lampiran/${seg}/`;
}

/** Every small reading page of a regulation, in document order. */
export function readingPages(reg: Regulation): ReadingPage[] {
  const pages: ReadingPage[] = [];
  const labels = new Map<string, PageContext>();
  for (const w of walkBody(reg.batangTubuh)) {
    if (w.node.kind === 'bab' || w.node.kind === 'bagian' || w.node.kind === 'paragraf') {
      labels.set(w.id, { id: w.id, label: bodyLabel(w.node), heading: w.node.heading });
    }
    if (w.node.kind === 'pasal') {
      pages.push({
        kind: 'pasal',
        segment: `${w.id}/`,
        id: w.id,
        label: bodyLabel(w.node),
        context: w.ancestors.map((a) => labels.get(a)).filter((x): x is PageContext => !!x),
        node: w.node,
      });
    }
  }
  const used = new Set<string>();
  for (const l of reg.lampiran) {
    const lctx: PageContext = { id: l.id, label: lampiranTitle(l) };
    const sections = lampiranSections(l);
    sections.forEach((s, i) => {
      const heading = s.blocks.find((b) => b.type === 'heading');
      // Named after its first heading ("B.5" -> "b-5"); a Lampiran read as one section is named after the Lampiran.
      const named = sections.length === 1 ? l.id : (heading ?? s.blocks[0]!).id;
      pages.push({
        kind: 'lampiran',
        segment: sectionSegment(reg, l, named, used),
        id: s.blocks[0]!.id,
        label: heading ? headingLabel(heading) : lctx.label,
        context: [lctx, ...s.context],
        lampiran: l,
        blocks: s.blocks,
        first: i === 0,
      });
    });
  }
  return pages;
}

/** Provision id -> path segment of the smallest reading page that holds it. */
export function pageSegments(reg: Regulation, pages: ReadingPage[] = readingPages(reg)): Record<string, string> {
  const out: Record<string, string> = {};
  const pasalPage = new Map(pages.filter((p) => p.kind === 'pasal').map((p) => [p.id, p.segment]));
  for (const w of walkBody(reg.batangTubuh)) {
    const seg = w.pasal ? pasalPage.get(w.pasal) : undefined;
    if (seg) out[w.id] = seg;
  }
  for (const p of pages) if (p.kind === 'lampiran') for (const b of p.blocks) out[b.id] = p.segment;
  return out;
}

/**
 * A Lampiran on the whole-regulation page, cut along its section pages: each
 * run of blocks with the small page that holds it (an old anchor on the whole
 * page offers that page). Should the section pages not cover the Lampiran's
 * blocks exactly and in order, the Lampiran is one run without a page.
 */
export function wholePageSections(l: Lampiran, pages: readonly ReadingPage[]): { blocks: LampiranBlock[]; page?: LampiranPage }[] {
  const own = pages.filter((p): p is LampiranPage => p.kind === 'lampiran' && p.lampiran.id === l.id);
  const ids = own.flatMap((p) => p.blocks.map((b) => b.id));
  if (ids.length !== l.blocks.length || ids.some((id, i) => id !== l.blocks[i]!.id)) return [{ blocks: l.blocks }];
  return own.map((page) => ({ blocks: page.blocks, page }));
}
