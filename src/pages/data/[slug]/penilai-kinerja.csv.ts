import type { APIRoute } from 'astro';
import { semuaData, type DataDaerah } from '../../../lib/checker/data.ts';
import { penilaiCsv } from '../../../lib/export/penilai-csv.ts';
import { linkBase } from '../../../lib/export/site.ts';

export function getStaticPaths() {
  return semuaData().data.map((d) => ({ params: { slug: d.slug }, props: { d } }));
}

export const GET: APIRoute<{ d: DataDaerah }> = ({ props }) =>
  new Response(penilaiCsv(props.d, linkBase(import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
