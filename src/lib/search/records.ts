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
    case 'ayat': return `(${node.num})`;
    case 'huruf': case 'angka': return node.label ?? `${node.num}.`;
    default: return '';
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
  /** Extra context shown under the title (the Lampiran heading a block sits under, the term defined). */
  konteks?: string | undefined;
}

/** The citable units of a regulation, in document order. */
export function searchUnits(reg: Regulation): Unit[] {
  const out: Unit[] = [];
  for (const m of reg.menimbang) out.push({ id: `menimbang__huruf-${m.label}`, kind: 'konsiderans', text: m.text });
  for (const m of reg.mengingat) out.push({ id: `mengingat__angka-${m.label}`, kind: 'konsiderans', text: m.text });
  const defPasal = new Set<string>();
  for (const w of walkBody(reg.batangTubuh)) {
    const n = w.node;
    const parent = w.ancestors[w.ancestors.length - 1];
    if (n.kind === 'pasal') {
      const hasAyat = (n.children ?? []).some((c) => c.kind === 'ayat');
      if ((n.children ?? []).some((c) => c.term)) {
        // Pasal 1: each definition is its own record; the opening words stay with the Pasal.
        defPasal.add(w.id);
        if (n.text) out.push({ id: w.id, kind: 'pasal', text: n.text });
      } else if (hasAyat) {
        const rest = [n.text, ...(n.children ?? []).filter((c) => c.kind !== 'ayat').map((c) => nodeText(c, true))].filter(Boolean).join(' ');
        if (rest) out.push({ id: w.id, kind: 'pasal', text: rest });
      } else {
        out.push({ id: w.id, kind: 'pasal', text: nodeText(n, false) });
      }
    } else if (parent && defPasal.has(parent)) {
      if (n.term) out.push({ id: w.id, kind: 'definisi', text: nodeText(n, false), konteks: `Definisi ${n.term}${n.abbr ? ` (${n.abbr})` : ''}` });
      else out.push({ id: w.id, kind: 'pasal', text: nodeText(n, true) });
    } else if (n.kind === 'ayat') {
      out.push({ id: w.id, kind: 'pasal', text: nodeText(n, true) });
    }
  }
  for (const l of reg.lampiran) {
    let heading: string | undefined;
    for (const b of l.blocks) {
      if (b.type === 'lines' && b.role === 'tanda-tangan') continue;
      if (b.type === 'heading') heading = blockText(b);
      out.push({
        id: b.id,
        kind: b.type === 'figure' ? 'gambar' : 'lampiran',
        text: blockText(b),
        konteks: b.type === 'letter' ? [b.label, b.title].filter(Boolean).join(' ') : b.type === 'heading' ? undefined : heading,
      });
    }
  }
  return out.filter((u) => u.text.trim());
}

/** Every search record of one regulation. */
export function regulationRecords(view: RegulationView, alignment: Alignment, base = '/'): SearchRecord[] {
  const reg = view.reg;
  const topics = topicIndex(reg, alignment);
  return searchUnits(reg).map((u) => {
    const raw = view.pin(u.id);
    const pin = raw.charAt(0).toUpperCase() + raw.slice(1);
    const topik = [...(topics.get(u.id) ?? [])];
    return {
      url: `${base}${provisionPath(reg.slug, u.id)}`,
      // The pinpoint and the regulation's short name are part of the text, so
      // "pasal 8 batang" or "perwali probolinggo penghargaan" find their provision.
      content: `${pin} ${view.shortTitle}. ${u.konteks && u.kind === 'definisi' ? `${u.konteks}. ` : ''}${u.text}`,
      language: 'id',
      meta: {
        title: `${pin} · ${view.shortTitle}`,
        kutipan: view.citation(u.id),
        peraturan: view.shortTitle,
        jenis: KINDS[u.kind],
        ...(u.konteks ? { konteks: u.konteks } : {}),
      },
      filters: { peraturan: [reg.slug], jenis: [u.kind], ...(topik.length ? { topik } : {}) },
    };
  });
}
