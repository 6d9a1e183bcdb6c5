import type { APIRoute } from 'astro';
import { loadRegulations } from '../../../../lib/load.ts';
import { lampiranTables, tableCsv } from '../../../../lib/export/csv.ts';

export function getStaticPaths() {
  return loadRegulations().flatMap((reg) =>
    lampiranTables(reg).map((t) => ({ params: { slug: reg.slug, tabel: t.id }, props: { csv: tableCsv(t) } })),
  );
}

export const GET: APIRoute<{ csv: string }> = ({ props }) =>
  new Response(props.csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
