/**
 * Everything a regulation page needs, derived once from the data: the
 * provision index, citations, link context, notes by provision and the table
 * of contents. Pages only compose what this returns.
 */
import type { Regulation } from './schema/regulation.ts';
import { placeNotes, type PlacedNote } from './note-placement.ts';
import { indexProvisions, type Provision } from './provisions.ts';
import { cite, pinpoint, regulationShortTitle, regulationTitle } from './citation.ts';
import { definedTerms, figureIndex, linkify, type LinkContext, type Segment } from './crossref.ts';

export interface TocEntry {
  id: string;
  label: string;
  title?: string | undefined;
  children: TocEntry[];
}

export interface RegulationView {
  reg: Regulation;
  title: string;
  shortTitle: string;
  provisions: Provision[];
  byId: Map<string, Provision>;
  notesByTarget: Map<string, PlacedNote[]>;
  toc: TocEntry[];
  /** Citation of a provision in the conventional form. */
  citation(id: string): string;
  /**
   * The citation for a provision element's data-cite attribute, only where it
   * is not simply the pinpoint followed by the regulation's title (the page
   * script composes that one from data-pin and the page's data-title).
   */
  citeData(id: string): string | undefined;
  /** Pinpoint ("Pasal 11 ayat (1)") of a provision. */
  pin(id: string): string;
  /** Text with cross-references, Gambar and defined terms as links. */
  link(text: string, selfId?: string, currentPasal?: string): Segment[];
}

/** One view per regulation object: pages that need every regulation's view (a figure's citations) no longer rebuild N views per page. */
const views = new WeakMap<Regulation, RegulationView>();

/** The regulation's view, derived once per regulation object (the view is read-only). */
export function buildView(reg: Regulation): RegulationView {
  let v = views.get(reg);
  if (!v) {
    v = deriveView(reg);
    views.set(reg, v);
  }
  return v;
}

function deriveView(reg: Regulation): RegulationView {
  const provisions = indexProvisions(reg);
  const byId = new Map(provisions.map((p) => [p.id, p]));
  // Notes beside every provision they involve (target and `lihat`), with links both ways.
  const notesByTarget = placeNotes(reg, (id) => (byId.has(id) ? pinpoint(byId.get(id)!, byId, reg) : id));
  const ctxBase: Omit<LinkContext, 'self' | 'currentPasal'> = { byId, figures: figureIndex(reg), terms: definedTerms(reg) };
  return {
    reg,
    title: regulationTitle(reg),
    shortTitle: regulationShortTitle(reg),
    provisions,
    byId,
    notesByTarget,
    toc: buildToc(reg, byId),
    citation: (id) => {
      const p = byId.get(id);
      if (!p) throw new Error(`Tidak ada ketentuan dengan id "${id}" dalam ${reg.slug}`);
      return cite(reg, p, byId);
    },
    citeData: (id) => {
      const p = byId.get(id);
      if (!p) throw new Error(`Tidak ada ketentuan dengan id "${id}" dalam ${reg.slug}`);
      const c = cite(reg, p, byId);
      return c === `${pinpoint(p, byId, reg)} ${regulationTitle(reg)}` ? undefined : c;
    },
    pin: (id) => {
      const p = byId.get(id);
      if (!p) throw new Error(`Tidak ada ketentuan dengan id "${id}" dalam ${reg.slug}`);
      return pinpoint(p, byId, reg);
    },
    link: (text, self, currentPasal) => linkify(text, { ...ctxBase, self, currentPasal }),
  };
}

function buildToc(reg: Regulation, byId: Map<string, Provision>): TocEntry[] {
  const toc: TocEntry[] = [{ id: 'pembukaan', label: 'Pembukaan', children: [] }];
  const pasalRange = (children: TocEntry[]) => children;
  for (const p of byId.values()) {
    if (p.kind === 'bab') {
      toc.push({ id: p.id, label: p.label, title: p.node?.heading, children: [] });
    } else if (p.kind === 'pasal') {
      const parent = toc[toc.length - 1]!;
      const entry = { id: p.id, label: p.label, children: [] };
      if (parent.id.startsWith('bab-')) parent.children.push(entry);
      else toc.push(entry);
    }
  }
  toc.push({ id: 'penutup', label: 'Penutup', children: [] });
  for (const l of reg.lampiran) {
    const entry: TocEntry = { id: l.id, label: byId.get(l.id)!.label, children: [] };
    for (const b of l.blocks) {
      if (b.type === 'heading' && b.level <= 2) {
        entry.children.push({ id: b.id, label: [b.label, b.text].filter(Boolean).join(' '), children: [] });
      }
    }
    toc.push(entry);
  }
  return pasalRange(toc);
}
