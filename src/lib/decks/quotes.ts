/**
 * The citation panel's words: for each regulation, every provision a deck
 * slide cites, quoted exactly (`quoteProvision`: its text and what it
 * contains, labels as printed), with its citation, its editorial notes (and
 * those of the parts it contains) and its address on the site. Written at
 * build time to /presentasi/kutipan/<slug>.json, which the presenter's
 * service worker keeps with a saved deck, so the panel works offline.
 */
import type { Regulation } from '../schema/regulation.ts';
import { quoteProvision, type QuoteLine } from '../provision-text.ts';
import { noteLine, notesFor } from '../notes.ts';
import { provisionPath } from '../permalink.ts';
import { buildView } from '../regulation-view.ts';
import type { Deck } from './build.ts';

export interface QuoteNote {
  /** Pinpoint of the provision the note bears on (the quoted one or a part of it). */
  pin: string;
  text: string;
}

export interface QuoteEntry {
  /** "Pasal 11 ayat (1)", the printed numbering. */
  pin: string;
  /** The full citation in the conventional form. */
  citation: string;
  /** Address of the provision on the site, without the base. */
  href: string;
  lines: QuoteLine[];
  rows?: string[][] | undefined;
  headerRows?: number | undefined;
  notes: QuoteNote[];
}

export interface QuoteFile {
  reg: string;
  shortTitle: string;
  quotes: Record<string, QuoteEntry>;
}

/** Where a regulation's quotes are served (without the base). */
export const quotePath = (slug: string) => `presentasi/kutipan/${slug}.json`;

/** Every provision the slides of `decks` cite, by regulation. */
export function citedIds(decks: readonly Deck[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (reg: string, id: string) => {
    const s = out.get(reg) ?? new Set<string>();
    s.add(id);
    out.set(reg, s);
  };
  for (const d of decks)
    for (const s of d.slides) {
      for (const st of s.steps) for (const c of st.cites) add(c.reg, c.id);
      for (const src of s.sources) add(src.cite.reg, src.cite.id);
    }
  return out;
}

/** The quotes of `ids` (sorted in document order) from `reg`. An id the regulation lacks stops the build. */
export function quoteFile(reg: Regulation, ids: Iterable<string>): QuoteFile {
  const view = buildView(reg);
  const order = new Map(view.provisions.map((p, i) => [p.id, i]));
  const sorted = [...new Set(ids)].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const quotes: Record<string, QuoteEntry> = {};
  for (const id of sorted) {
    const q = quoteProvision(reg, id);
    const parts = [id, ...view.provisions.filter((p) => p.ancestors.includes(id)).map((p) => p.id)];
    const notes = parts.flatMap((pid) => notesFor(reg, pid).map((n) => ({ pin: view.pin(pid), text: noteLine(n) })));
    const seen = new Set<string>();
    quotes[id] = {
      pin: q.pin,
      citation: q.citation,
      href: provisionPath(reg.slug, id),
      lines: q.lines,
      ...(q.rows ? { rows: q.rows, headerRows: q.headerRows } : {}),
      notes: notes.filter((n) => !seen.has(n.text) && seen.add(n.text)),
    };
  }
  return { reg: reg.slug, shortTitle: view.shortTitle, quotes };
}
