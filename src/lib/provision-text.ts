/**
 * The exact words of one provision, ready to be quoted elsewhere (guides,
 * decks): its own text and the text of what it contains (an ayat with its
 * huruf), each with the label as printed. Nothing is paraphrased or shortened.
 */
import type { BodyNode, Regulation } from './schema/regulation.ts';
import { buildView } from './regulation-view.ts';
import { bodyLabel } from './provisions.ts';
import { childId, walkBody } from './ids.ts';

export interface QuoteLine {
  label?: string | undefined;
  text: string;
  depth: number;
}

export interface ProvisionQuote {
  slug: string;
  id: string;
  /** "Pasal 11 ayat (1)". */
  pin: string;
  /** The full citation in the conventional form. */
  citation: string;
  shortTitle: string;
  lines: QuoteLine[];
  /** For a table: its rows as printed. */
  rows?: string[][] | undefined;
  headerRows?: number | undefined;
}

export class UnknownProvisionError extends Error {}

function bodyLines(node: BodyNode, id: string, depth: number): QuoteLine[] {
  const out: QuoteLine[] = [];
  if (node.text || node.heading)
    out.push({ label: node.kind === 'pasal' ? undefined : bodyLabel(node) || undefined, text: node.text ?? node.heading ?? '', depth });
  let teks = 0;
  for (const c of node.children ?? []) {
    if (c.kind === 'teks') teks += 1;
    out.push(...bodyLines(c, childId(id, c, teks), depth + 1));
  }
  return out;
}

const views = new WeakMap<Regulation, ReturnType<typeof buildView>>();

export function quoteProvision(reg: Regulation, id: string): ProvisionQuote {
  let view = views.get(reg);
  if (!view) {
    view = buildView(reg);
    views.set(reg, view);
  }
  if (!view.byId.has(id)) throw new UnknownProvisionError(`Ketentuan "${id}" tidak ada dalam ${reg.slug}`);
  const base = { slug: reg.slug, id, pin: view.pin(id), citation: view.citation(id), shortTitle: view.shortTitle };
  const w = [...walkBody(reg.batangTubuh)].find((x) => x.id === id);
  if (w) return { ...base, lines: bodyLines(w.node, id, 0) };
  const k = [
    ...reg.menimbang.map((m) => [`menimbang__huruf-${m.label}`, m] as const),
    ...reg.mengingat.map((m) => [`mengingat__angka-${m.label}`, m] as const),
  ].find(([k]) => k === id);
  if (k) return { ...base, lines: [{ label: `${k[1].label}.`, text: k[1].text, depth: 0 }] };
  for (const l of reg.lampiran) {
    const b = l.blocks.find((x) => x.id === id);
    if (!b) continue;
    switch (b.type) {
      case 'heading':
      case 'para':
        return { ...base, lines: [{ label: b.label, text: b.text, depth: 0 }] };
      case 'figure':
        return { ...base, lines: [{ label: b.gambar ? `Gambar ${b.gambar}` : undefined, text: b.caption, depth: 0 }] };
      case 'table':
        return { ...base, lines: [], rows: b.rows, headerRows: b.headerRows };
      case 'letter':
        return { ...base, lines: [{ label: b.label, text: b.title, depth: 0 }, ...b.lines.map((t) => ({ text: t, depth: 1 }))] };
      case 'lines':
        return { ...base, lines: b.lines.map((t) => ({ text: t, depth: 0 })) };
    }
  }
  throw new UnknownProvisionError(`Ketentuan "${id}" tidak dapat dikutip dari ${reg.slug}`);
}

/** Plain text of a quote, one line per part, labels kept. */
export const quoteText = (q: ProvisionQuote): string =>
  q.rows
    ? q.rows.map((r) => r.join(' | ')).join('\n')
    : q.lines.map((l) => `${'  '.repeat(l.depth)}${l.label ? `${l.label} ` : ''}${l.text}`).join('\n');
