import type { APIRoute } from 'astro';
import { loadRegulations } from '../../lib/load.ts';
import type { Regulation } from '../../lib/schema/regulation.ts';
import { exportAkn } from '../../lib/export/akn.ts';
import { generatedDate } from '../../lib/export/site.ts';

export function getStaticPaths() {
  return loadRegulations().map((reg) => ({ params: { slug: reg.slug }, props: { reg } }));
}

// Validated against the OASIS schema after the build (src/integrations/validate-exports.ts).
export const GET: APIRoute<{ reg: Regulation }> = ({ props }) =>
  new Response(exportAkn(props.reg, { generated: generatedDate(props.reg) }), {
    headers: { 'Content-Type': 'application/akn+xml; charset=utf-8' },
  });
