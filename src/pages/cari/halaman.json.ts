/**
 * /cari/halaman.json: the reading page of every provision (src/lib/search/halaman.ts), for
 * browser scripts that link provisions without the build-time map (the checker's answers).
 * The search page itself needs only its jump targets, which /cari/data.json carries.
 */
import type { APIRoute } from 'astro';
import { loadRegulations } from '../../lib/load.ts';
import { pageMap } from '../../lib/search/halaman.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(pageMap(loadRegulations())), { headers: { 'content-type': 'application/json' } });
