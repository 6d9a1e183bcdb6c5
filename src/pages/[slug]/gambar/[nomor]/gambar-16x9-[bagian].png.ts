/** A regulation's Gambar as 16:9 slide-sized PNGs (1920x1080), one per part when the presenter splits it. */
import type { APIRoute } from 'astro';
import { loadRegulations } from '../../../../lib/load.ts';
import { gambarLabel, regulationFigures, isCanonical, type RegFigure } from '../../../../lib/figures/catalogue.ts';
import { slideCount, slidePng } from '../../../../lib/figures/files.ts';
export async function getStaticPaths() {
  const out = [];
  for (const reg of loadRegulations()) {
    for (const rf of regulationFigures(reg).filter((x) => !isCanonical(x.figure))) {
      const n = await slideCount(rf.figure);
      for (let i = 1; i <= n; i++)
        out.push({ params: { slug: reg.slug, nomor: rf.entry.nomor, bagian: String(i) }, props: { rf, part: i } });
    }
  }
  return out;
}
export const GET: APIRoute = async ({ props }) => {
  const { rf, part } = props as { rf: RegFigure; part: number };
  return slidePng(rf.figure, `${gambarLabel(rf.entry.nomor)}. ${rf.caption ?? rf.figure.title}`, part);
};
