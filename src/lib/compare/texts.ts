/**
 * Plain texts of a regulation and the extent of a Lampiran block, shared by
 * the comparison cells, the uniqueness checks and the search records.
 */
import type { Lampiran, LampiranBlock, Regulation } from '../schema/regulation.ts';
import { walkBody } from '../ids.ts';

export type Where = 'konsiderans' | 'batang-tubuh' | 'lampiran';

export interface RegText {
  id: string;
  where: Where;
  text: string;
}

/** The words of a Lampiran block as one string (table cells and letter lines joined). */
export function blockText(b: LampiranBlock): string {
  switch (b.type) {
    case 'heading':
      return [b.label, b.text].filter(Boolean).join(' ');
    case 'para':
      return [b.label, b.text].filter(Boolean).join(' ');
    case 'figure':
      return [b.gambar ? `Gambar ${b.gambar}` : '', b.caption].filter(Boolean).join(' ');
    case 'table':
      return b.rows.map((r) => r.join(' ')).join(' ');
    case 'letter':
      return [b.label, b.title, ...b.lines].filter(Boolean).join(' ');
    case 'lines':
      return b.lines.join(' ');
  }
}

/** Every text of a regulation with the id of the provision or block it belongs to, in document order. */
export function* regulationTexts(reg: Regulation): Generator<RegText> {
  for (const m of reg.menimbang) yield { id: `menimbang__huruf-${m.label}`, where: 'konsiderans', text: m.text };
  for (const m of reg.mengingat) yield { id: `mengingat__angka-${m.label}`, where: 'konsiderans', text: m.text };
  for (const w of walkBody(reg.batangTubuh)) {
    const t = [w.node.heading, w.node.text].filter(Boolean).join(' ');
    if (t) yield { id: w.id, where: 'batang-tubuh', text: t };
  }
  for (const l of reg.lampiran) for (const b of l.blocks) yield { id: b.id, where: 'lampiran', text: blockText(b) };
}

const depthOf = (b: LampiranBlock): number | undefined => ('depth' in b ? b.depth : undefined);

/**
 * The blocks a Lampiran block id stands for when it is cited as a section:
 * a heading runs to the next heading of the same or a higher level; a
 * labelled paragraph runs over the following blocks that are indented deeper
 * (figures and tables without a depth stay inside); any other block is itself.
 */
export function lampiranExtent(lampiran: Lampiran, blockId: string): LampiranBlock[] {
  const i = lampiran.blocks.findIndex((b) => b.id === blockId);
  if (i < 0) return [];
  const first = lampiran.blocks[i]!;
  const out: LampiranBlock[] = [first];
  if (first.type === 'heading') {
    for (const b of lampiran.blocks.slice(i + 1)) {
      if (b.type === 'heading' && b.level <= first.level) break;
      if (b.type === 'lines' && b.role === 'tanda-tangan') break;
      out.push(b);
    }
  } else if (first.type === 'para') {
    for (const b of lampiran.blocks.slice(i + 1)) {
      if (b.type === 'heading' || b.type === 'lines' || b.type === 'letter') break;
      const d = depthOf(b);
      if (b.type === 'para' && d !== undefined && d <= first.depth) break;
      if (d !== undefined && d <= first.depth && b.type !== 'figure' && b.type !== 'table') break;
      out.push(b);
    }
  }
  return out;
}

/** The Lampiran that holds a block id, if any. */
export function lampiranOf(reg: Regulation, id: string): Lampiran | undefined {
  return reg.lampiran.find((l) => l.id === id || l.blocks.some((b) => b.id === id));
}

/** Lower case, single spaces: the form texts are compared in. */
export const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
