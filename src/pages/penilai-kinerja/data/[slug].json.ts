/** One regulation's checker rules with the words of every provision they cite. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { semuaData, type DataDaerah } from '../../../lib/checker/data.ts';

export const getStaticPaths = (() => semuaData().data.map((d) => ({ params: { slug: d.slug }, props: { d } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { d: DataDaerah }).d), { headers: { 'content-type': 'application/json; charset=utf-8' } });
