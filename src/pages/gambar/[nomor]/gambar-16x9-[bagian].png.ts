/** A canonical figure as 16:9 slide-sized PNGs (1920x1080), one per part when the presenter splits it. */
import type { APIRoute } from 'astro';
import { canonicalFigures } from '../../../lib/figures/catalogue.ts';
import { slideCount, slidePng } from '../../../lib/figures/files.ts';
import type { Figure } from '../../../lib/schema/figure.ts';
export async function getStaticPaths() {
  const out = [];
  for (const figure of canonicalFigures()) {
    const n = await slideCount(figure);
    for (let i = 1; i <= n; i++) out.push({ params: { nomor: String(figure.nomor), bagian: String(i) }, props: { figure, part: i } });
  }
  return out;
}
export const GET: APIRoute = async ({ props }) => {
  const { figure, part } = props as { figure: Figure; part: number };
  return slidePng(figure, `Gambar ${figure.nomor}. ${figure.title}`, part);
};
