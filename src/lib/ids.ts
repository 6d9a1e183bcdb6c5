/**
 * Stable ids for provisions, in the manner of Akoma Ntoso eIds
 * (`pasal-11__ayat-1__huruf-a`). Ids of the batang tubuh are derived from the
 * printed numbering, so they never change while the law does not.
 */
import type { BodyNode } from './schema/regulation.ts';

export const slugPart = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface IdentifiedNode {
  id: string;
  node: BodyNode;
  /** Ids of the ancestors, outermost first. */
  ancestors: string[];
  /** The Pasal this node belongs to (itself for a Pasal); undefined for BAB/Bagian/Paragraf. */
  pasal?: string | undefined;
}

/** Id of a child given its parent's id and its position among its siblings. */
export function childId(parentId: string | undefined, node: BodyNode, teksIndex: number): string {
  const own = node.kind === 'teks' ? `teks-${teksIndex}` : `${node.kind}-${slugPart(node.num ?? '')}`;
  if (node.kind === 'pasal') return own; // Pasal are numbered through the whole regulation.
  if (node.kind === 'bab' || !parentId) return own;
  return `${parentId}__${own}`;
}

/** Walks the batang tubuh and yields every node with its id, in document order. */
export function* walkBody(nodes: BodyNode[], parentId?: string, ancestors: string[] = [], pasal?: string): Generator<IdentifiedNode> {
  let teks = 0;
  for (const node of nodes) {
    if (node.kind === 'teks') teks += 1;
    const id = childId(parentId, node, teks);
    const ownPasal = node.kind === 'pasal' ? id : pasal;
    yield { id, node, ancestors, pasal: ownPasal };
    if (node.children) yield* walkBody(node.children, id, [...ancestors, id], ownPasal);
  }
}

/** Ordinal words used for Bagian ("Kesatu", "Kedua", ...). */
export const BAGIAN_ORDINALS = [
  'Kesatu',
  'Kedua',
  'Ketiga',
  'Keempat',
  'Kelima',
  'Keenam',
  'Ketujuh',
  'Kedelapan',
  'Kesembilan',
  'Kesepuluh',
];
