/** The regulation's defined terms with their definitions, for the in-place definition popover. */
import type { APIRoute } from 'astro';
import { loadRegulations } from '../../lib/load.ts';
import { definitions } from '../../lib/definitions.ts';
import type { Regulation } from '../../lib/schema/regulation.ts';

export function getStaticPaths() {
  return loadRegulations().map((reg) => ({ params: { slug: reg.slug }, props: { reg } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(definitions((props as { reg: Regulation }).reg)), { headers: { 'content-type': 'application/json' } });
