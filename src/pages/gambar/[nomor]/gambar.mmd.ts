/** Download of a canonical figure as .mmd. */
import type { APIRoute } from 'astro';
import { canonicalFigures } from '../../../lib/figures/catalogue.ts';
import { figureFile } from '../../../lib/figures/files.ts';
import type { Figure } from '../../../lib/schema/figure.ts';
export function getStaticPaths() {
  return canonicalFigures().map((figure) => ({ params: { nomor: String(figure.nomor) }, props: { figure } }));
}
export const GET: APIRoute = async ({ props }) => figureFile((props as { figure: Figure }).figure, 'mmd');
