/**
 * The drawings shown where a regulation prints each Gambar: Lampiran block id
 * -> the figure's image, size and page. Shared by the whole-regulation page
 * and the Lampiran section pages; computed once per regulation.
 */
import type { Regulation } from './schema/regulation.ts';
import { regulationFigures, regFigurePath, isCanonical, canonicalPath } from './figures/catalogue.ts';
import { renderFigure } from './figures/render.ts';

export interface FigureLink {
  href: string;
  src: string;
  width: number;
  height: number;
  title: string;
}

const cache = new Map<string, Promise<Map<string, FigureLink>>>();

export function figureLinks(reg: Regulation, base: string): Promise<Map<string, FigureLink>> {
  const key = `${base}\u0000${reg.slug}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = Promise.all(
      regulationFigures(reg)
        .filter((rf) => rf.entry.block)
        .map(async (rf) => {
          const l = (await renderFigure(rf.figure)).layout;
          const s = Math.min(1, 640 / l.width);
          const src = isCanonical(rf.figure)
            ? `${base}${canonicalPath(rf.figure.nomor!)}gambar.svg`
            : `${base}${regFigurePath(reg.slug, rf.entry.nomor)}gambar.svg`;
          return [
            rf.entry.block!,
            {
              href: `${base}${regFigurePath(reg.slug, rf.entry.nomor)}`,
              src,
              width: Math.round(l.width * s),
              height: Math.round(l.height * s),
              title: rf.figure.title,
            },
          ] as const;
        }),
    ).then((pairs) => new Map(pairs));
    cache.set(key, hit);
  }
  return hit;
}
