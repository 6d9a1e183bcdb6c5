/**
 * The provision index of a regulation: every addressable part (konsiderans
 * item, BAB, Pasal, ayat, huruf, angka, Lampiran block) with its id, its
 * printed label and its position, in document order.
 */
import type { BodyNode, Regulation } from './schema/regulation.ts';
import { walkBody } from './ids.ts';

export type ProvisionKind =
  | 'naskah'
  | 'menimbang'
  | 'mengingat'
  | 'bab'
  | 'bagian'
  | 'paragraf'
  | 'pasal'
  | 'ayat'
  | 'huruf'
  | 'angka'
  | 'teks'
  | 'lampiran'
  | 'lampiran-blok';

export interface Provision {
  id: string;
  kind: ProvisionKind;
  /** Label as printed: "Pasal 11", "(1)", "a.", "1)". */
  label: string;
  /** Ids of enclosing provisions, outermost first. */
  ancestors: string[];
  /** The Pasal this provision belongs to, if any. */
  pasal?: string | undefined;
  /** The Lampiran this block belongs to, if any. */
  lampiran?: string | undefined;
  node?: BodyNode | undefined;
}

/** Printed label of a body node. */
export function bodyLabel(node: BodyNode): string {
  switch (node.kind) {
    case 'bab':
      return `BAB ${node.num}`;
    case 'bagian':
      return `Bagian ${node.num}`;
    case 'paragraf':
      return `Paragraf ${node.num}`;
    case 'pasal':
      return `Pasal ${node.num}`;
    case 'ayat':
      return `(${node.num})`;
    case 'huruf':
      return node.label ?? `${node.num}.`;
    case 'angka':
      return node.label ?? `${node.num}.`;
    case 'teks':
      return '';
  }
}

export function lampiranTitle(l: { num?: string | undefined }): string {
  return l.num ? `Lampiran ${l.num}` : 'Lampiran';
}

export function indexProvisions(reg: Regulation): Provision[] {
  const out: Provision[] = [{ id: 'pembukaan', kind: 'naskah', label: 'Pembukaan', ancestors: [] }];
  for (const m of reg.menimbang) out.push({ id: `menimbang__huruf-${m.label}`, kind: 'menimbang', label: `${m.label}.`, ancestors: [] });
  for (const m of reg.mengingat) out.push({ id: `mengingat__angka-${m.label}`, kind: 'mengingat', label: `${m.label}.`, ancestors: [] });
  out.push({ id: 'diktum', kind: 'naskah', label: 'Diktum', ancestors: [] });
  for (const w of walkBody(reg.batangTubuh)) {
    out.push({ id: w.id, kind: w.node.kind, label: bodyLabel(w.node), ancestors: w.ancestors, pasal: w.pasal, node: w.node });
  }
  out.push({ id: 'penutup', kind: 'naskah', label: 'Penutup', ancestors: [] });
  for (const l of reg.lampiran) {
    out.push({ id: l.id, kind: 'lampiran', label: lampiranTitle(l), ancestors: [], lampiran: l.id });
    for (const b of l.blocks) {
      const label = 'label' in b && b.label ? b.label : b.type === 'figure' ? `Gambar ${b.gambar ?? ''}`.trim() : '';
      out.push({ id: b.id, kind: 'lampiran-blok', label, ancestors: [l.id], lampiran: l.id });
    }
  }
  return out;
}

export function provisionMap(reg: Regulation): Map<string, Provision> {
  return new Map(indexProvisions(reg).map((p) => [p.id, p]));
}
