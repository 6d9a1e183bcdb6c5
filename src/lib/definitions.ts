/**
 * The definitions of Pasal 1 (or wherever the regulation defines its terms):
 * provision id -> the term and the definition as printed. The reading pages
 * fetch this map (/<slug>/definisi.json) to show a definition in place.
 */
import type { Regulation } from './schema/regulation.ts';
import { walkBody } from './ids.ts';
import { bodyLabel } from './provisions.ts';

export interface Definition {
  term: string;
  /** The definition's text exactly as in the regulation. */
  text: string;
  /** "Pasal 1 angka 3". */
  pin: string;
}

export function definitions(reg: Regulation): Record<string, Definition> {
  const out: Record<string, Definition> = {};
  const pasalLabel = new Map<string, string>();
  for (const w of walkBody(reg.batangTubuh)) {
    if (w.node.kind === 'pasal') pasalLabel.set(w.id, bodyLabel(w.node));
    if (!w.node.term || !w.node.text) continue;
    const where = w.pasal ? (pasalLabel.get(w.pasal) ?? '') : '';
    const num = w.node.kind === 'angka' || w.node.kind === 'huruf' ? ` ${w.node.kind} ${w.node.num ?? ''}` : '';
    out[w.id] = { term: w.node.term, text: w.node.text, pin: `${where}${num}`.trim() };
  }
  return out;
}
