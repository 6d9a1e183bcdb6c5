/**
 * Search records: one Pagefind record per citable provision, so a result
 * lands on the exact Pasal, ayat, definition, Lampiran block or Gambar, shows
 * its citation and regulation, and can be filtered by regulation, kind and
 * topic. Built from the same data as the pages; `scripts/pagefind.ts` checks
 * that every record's anchor exists in the built page.
 */
import type { BodyNode, Regulation } from '../schema/regulation.ts';
import type { RegulationView } from '../regulation-view.ts';
import { walkBody } from '../ids.ts';
import { blockText, lampiranExtent } from '../compare/texts.ts';
import type { Alignment } from '../compare/validate.ts';
import { provisionPath } from '../permalink.ts';
import { quoteMarker } from '../notes.ts';

/** Filter values (URL and index) with their labels. */
export const KINDS = {
  pasal: 'Pasal',
  definisi: 'Definisi',
  lampiran: 'Lampiran',
  gambar: 'Gambar',
  konsiderans: 'Konsiderans',
  perbandingan: 'Perbandingan',
} as const;
export type Kind = keyof typeof KINDS;

export interface SearchRecord {
  url: string;
  content: string;
  /** Words indexed at a low weight after the content (not shown in excerpts). */
  sekitar?: string;
  language: 'id';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The words of a body node and all its descendants, with their printed labels. */
export function nodeText(node: BodyNode, withLabel: boolean): string {
  const label = withLabel ? ownLabel(node) : '';
  const own = [label, node.heading, node.text].filter(Boolean).join(' ');
  return [own, ...(node.children ?? []).map((c) => nodeText(c, true))].filter(Boolean).join(' ');
}

function ownLabel(node: BodyNode): string {
  switch (node.kind) {
    case 'ayat':
      return `(${node.num})`;
    case 'huruf':
    case 'angka':
      return node.label ?? `${node.num}.`;
    default:
      return '';
  }
}

/** Topic ids per provision id of one regulation: a topic covers the ids it names, their descendants and Lampiran extents. */
export function topicIndex(reg: Regulation, alignment: Alignment): Map<string, Set<string>> {
  const direct = new Map<string, Set<string>>();
  const add = (id: string, topic: string) => {
    let s = direct.get(id);
    if (!s) direct.set(id, (s = new Set()));
    s.add(topic);
  };
  for (const t of alignment.topics) {
    for (const row of t.baris) {
      const cell = row.cells.get(reg.slug);
      if (cell?.kind !== 'ids') continue;
      for (const id of cell.ids) {
        add(id, t.id);
        for (const l of reg.lampiran) for (const b of lampiranExtent(l, id)) add(b.id, t.id);
      }
    }
  }
  // Body descendants inherit the topics of their ancestors (and ancestors gather nothing).
  for (const w of walkBody(reg.batangTubuh)) {
    for (const a of w.ancestors) for (const t of direct.get(a) ?? []) add(w.id, t);
  }
  return direct;
}

interface Unit {
  id: string;
  kind: Kind;
  text: string;
  /** Extra context shown under the title (the Lampiran headings a block sits under, the term defined). */
  konteks?: string | undefined;
  /** Words indexed with the unit at a low weight: the parent Pasal's other words, a Gambar that repeats the block. */
  sekitar?: string | undefined;
  /** The provisions contained in `text` besides the unit itself (an ayat's huruf...): their notes go with the record. */
  within?: string[] | undefined;
}

/** Lower-case words of a text, for comparing captions with blocks. */
const wordSet = (t: string) => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Whether a Gambar caption only repeats a block of text next to it (Bengkayang prints "Susunan
 * Organisasi pada Inspektorat Daerah." and then the chart captioned the same): nearly all the
 * caption's words are in the block.
 */
export function repeats(caption: string, block: string): boolean {
  const c = [...wordSet(caption)].filter((w) => !/^\d+$/.test(w) && w !== 'gambar');
  if (c.length === 0) return false;
  const b = wordSet(block);
  return c.filter((w) => b.has(w)).length / c.length >= 0.8;
}

/** The citable units of a regulation, in document order. */
export function searchUnits(reg: Regulation): Unit[] {
  const out: Unit[] = [];
  for (const m of reg.menimbang) out.push({ id: `menimbang__huruf-${m.label}`, kind: 'konsiderans', text: m.text });
  for (const m of reg.mengingat) out.push({ id: `mengingat__angka-${m.label}`, kind: 'konsiderans', text: m.text });
  const defPasal = new Set<string>();
  /** The words of a Pasal and the headings above it, for its ayat and list items. */
  const pasalWords = new Map<string, string>();
  const bodyIds = [...walkBody(reg.batangTubuh)].map((w) => w.id);
  /** Ids inside `id` whose words nodeText includes (all of them, or all but the ayat for a Pasal whose ayat are records of their own). */
  const inside = (id: string, exceptAyat = false) =>
    bodyIds.filter((x) => x.startsWith(`${id}__`) && !(exceptAyat && x.startsWith(`${id}__ayat-`)));
  for (const w of walkBody(reg.batangTubuh)) {
    const n = w.node;
    const parent = w.ancestors[w.ancestors.length - 1];
    if (n.kind === 'pasal') {
      const headings = w.ancestors
        .map((a) => findNode(reg, a)?.heading)
        .filter(Boolean)
        .join(' ');
      pasalWords.set(w.id, [headings, nodeText(n, false)].filter(Boolean).join(' '));
      const hasAyat = (n.children ?? []).some((c) => c.kind === 'ayat');
      if ((n.children ?? []).some((c) => c.term)) {
        // Pasal 1: each definition is its own record; the opening words stay with the Pasal.
        defPasal.add(w.id);
        if (n.text) out.push({ id: w.id, kind: 'pasal', text: n.text });
      } else if (hasAyat) {
        const rest = [n.text, ...(n.children ?? []).filter((c) => c.kind !== 'ayat').map((c) => nodeText(c, true))]
          .filter(Boolean)
          .join(' ');
        if (rest) out.push({ id: w.id, kind: 'pasal', text: rest, within: inside(w.id, true) });
      } else {
        out.push({ id: w.id, kind: 'pasal', text: nodeText(n, false), sekitar: headings || undefined, within: inside(w.id) });
      }
    } else if (parent && defPasal.has(parent)) {
      if (n.term)
        out.push({
          id: w.id,
          kind: 'definisi',
          text: nodeText(n, false),
          konteks: `Definisi ${n.term}${n.abbr ? ` (${n.abbr})` : ''}`,
          within: inside(w.id),
        });
      else out.push({ id: w.id, kind: 'pasal', text: nodeText(n, true), within: inside(w.id) });
    } else if (n.kind === 'ayat') {
      const own = nodeText(n, true);
      // The other words of the Pasal (its opening, headings and other ayat), at a low weight:
      // a query may join words that the Pasal splits over two ayat.
      const all = parent ? (pasalWords.get(parent) ?? '') : '';
      out.push({
        id: w.id,
        kind: 'pasal',
        text: own,
        sekitar: all.replace(own, ' ').replace(/\s+/g, ' ').trim() || undefined,
        within: inside(w.id),
      });
    }
  }
  for (const l of reg.lampiran) {
    /** The headings a block sits under, by level. */
    const headings: string[] = [];
    let prev: Unit | undefined;
    for (const b of l.blocks) {
      if (b.type === 'lines' && b.role === 'tanda-tangan') continue;
      if (b.type === 'heading') {
        headings.length = Math.max(0, b.level - 1);
        headings[b.level - 1] = blockText(b);
      }
      const under = headings.filter(Boolean);
      if (b.type === 'figure' && prev && prev.kind === 'lampiran' && repeats(b.caption, prev.text)) {
        // The Gambar repeats the block before it: one hit, the block, which also answers to "Gambar N".
        prev.sekitar = [prev.sekitar, blockText(b)].filter(Boolean).join(' ');
        continue;
      }
      const unit: Unit = {
        id: b.id,
        kind: b.type === 'figure' ? 'gambar' : 'lampiran',
        text: blockText(b),
        konteks:
          b.type === 'letter'
            ? [b.label, b.title].filter(Boolean).join(' ')
            : b.type === 'heading'
              ? under.slice(0, -1).join(' › ') || undefined
              : under.join(' › ') || undefined,
      };
      out.push(unit);
      prev = unit;
    }
  }
  return out.filter((u) => u.text.trim());
}

function findNode(reg: Regulation, id: string): BodyNode | undefined {
  for (const w of walkBody(reg.batangTubuh)) if (w.id === id) return w.node;
  return undefined;
}

/** Every search record of one regulation. */
export function regulationRecords(view: RegulationView, alignment: Alignment, base = '/'): SearchRecord[] {
  const reg = view.reg;
  const topics = topicIndex(reg, alignment);
  return searchUnits(reg).map((u) => {
    const raw = view.pin(u.id);
    const pin = raw.charAt(0).toUpperCase() + raw.slice(1);
    const topik = [...(topics.get(u.id) ?? [])];
    // The pinpoint of a Pasal or ayat and the regulation's short name are part of the
    // text, so "pasal 8 batang" finds its provision. A Lampiran block's pinpoint is not: its
    // letters and numbers ("huruf j") would match short words typed for something else.
    // A Gambar's pinpoint is as long as a Lampiran block's ("Gambar 20 dalam Lampiran huruf B angka 2
    // yang kedua huruf a ..."); its caption already starts with "Gambar 20".
    const lead = u.kind === 'lampiran' || u.kind === 'gambar' ? `Lampiran ${view.shortTitle}.` : `${pin} ${view.shortTitle}.`;
    // The term a definition defines is part of it; the headings a Lampiran block or Gambar sits
    // under are words around it (low weight): at full weight they made every block under
    // "PEDOMAN MEKANISME KERJA › B. Penyesuaian ..." match those words as strongly as its own.
    const heads = u.konteks && u.kind === 'definisi' ? `${u.konteks}.` : '';
    const around = u.konteks && (u.kind === 'lampiran' || u.kind === 'gambar') ? `${u.konteks}.` : '';
    const sekitar = [around, u.sekitar].filter(Boolean).join(' ');
    const content = [lead, heads, u.text].filter(Boolean).join(' ').replace(/\s+/g, ' ');
    const marker = quoteMarker(reg, [u.id, ...(u.within ?? [])]);
    return {
      url: `${base}${provisionPath(reg.slug, u.id)}`,
      content,
      ...(sekitar ? { sekitar } : {}),
      language: 'id',
      meta: {
        title: `${pin} · ${view.shortTitle}`,
        kutipan: view.citation(u.id),
        peraturan: view.shortTitle,
        jenis: KINDS[u.kind],
        // Words before the provision's own text (shown as title and context, not in the excerpt).
        awal: String(words(`${lead} ${heads}`)),
        kata: String(words(content)),
        ...(u.konteks ? { konteks: u.konteks } : {}),
        // Editorial notes bearing on the provision (ours, not the law): the marker the reading page shows.
        ...(marker ? { catatan: marker.label, catatanRingkas: marker.summary } : {}),
      },
      filters: { peraturan: [reg.slug], jenis: [u.kind], ...(topik.length ? { topik } : {}) },
    };
  });
}

/** Number of words as Pagefind splits them (on white space). */
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
