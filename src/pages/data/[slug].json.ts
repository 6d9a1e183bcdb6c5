import type { APIRoute } from 'astro';
import { loadRegulations } from '../../lib/load.ts';
import type { Regulation } from '../../lib/schema/regulation.ts';
import { exportRegulation } from '../../lib/export/json.ts';
import { linkBase } from '../../lib/export/site.ts';

export function getStaticPaths() {
  return loadRegulations().map((reg) => ({ params: { slug: reg.slug }, props: { reg } }));
}

export const GET: APIRoute<{ reg: Regulation }> = ({ props }) =>
  new Response(`${JSON.stringify(exportRegulation(props.reg, linkBase(import.meta.env.BASE_URL)), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
