/**
 * The reading-page map for browser scripts, shipped as /cari/halaman.json.
 * permalink.ts knows which small page (a Pasal's page, a Lampiran section's
 * page) holds each provision only at build time; a script that renders links
 * in the browser fetches this file and passes a regulation's map to
 * `provisionPathIn`, so its links open the smallest page too. Compact form:
 * per regulation, each page segment with the ids it holds.
 */
import type { Regulation } from '../schema/regulation.ts';
import { pageSegments } from '../reading-pages.ts';

/** slug -> page segment -> provision ids on that page. */
export type PageMap = Record<string, Record<string, string[]>>;

export function pageMap(regs: Regulation[]): PageMap {
  const out: PageMap = {};
  for (const r of regs) {
    const bySegment: Record<string, string[]> = {};
    for (const [id, seg] of Object.entries(pageSegments(r))) (bySegment[seg] ??= []).push(id);
    out[r.slug] = bySegment;
  }
  return out;
}

/** One regulation's id -> segment map back from the compact form (what provisionPathIn takes). */
export function segmentsOf(map: PageMap, slug: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [seg, ids] of Object.entries(map[slug] ?? {})) for (const id of ids) out[id] = seg;
  return out;
}
