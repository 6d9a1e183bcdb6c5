import type { APIRoute } from 'astro';
import { loadRegulations } from '../../lib/load.ts';
import { definitionsCsv } from '../../lib/export/csv.ts';
import { linkBase } from '../../lib/export/site.ts';

export const GET: APIRoute = () =>
  new Response(definitionsCsv(loadRegulations(), linkBase(import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
