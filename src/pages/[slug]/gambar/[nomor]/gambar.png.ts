/** Download of a regulation's own figure as .png (its own chart, or a canonical figure drawn with its own citations). */
import type { APIRoute } from 'astro';
import { loadRegulations } from '../../../../lib/load.ts';
import { regulationFigures, isCanonical } from '../../../../lib/figures/catalogue.ts';
import { figureFile } from '../../../../lib/figures/files.ts';
import type { Figure } from '../../../../lib/schema/figure.ts';
export function getStaticPaths() {
  return loadRegulations().flatMap((reg) =>
    regulationFigures(reg)
      .filter((rf) => !isCanonical(rf.figure))
      .map((rf) => ({ params: { slug: reg.slug, nomor: rf.entry.nomor }, props: { figure: rf.figure } })),
  );
}
export const GET: APIRoute = async ({ props }) => figureFile((props as { figure: Figure }).figure, 'png');
