/**
 * /cari/data.json: what the search page needs besides the Pagefind index,
 * fetched once with the first query: the vocabulary of the indexed texts
 * (most frequent first, for spelling correction) and, per regulation, its
 * names and citable Pasal, ayat and Gambar (for "Langsung ke ..." links).
 */
import type { APIRoute } from 'astro';
import { loadRegulations } from '../../lib/load.ts';
import { buildView } from '../../lib/regulation-view.ts';
import { loadAlignment } from '../../lib/compare/load.ts';
import { searchData } from '../../lib/search/data.ts';

export const GET: APIRoute = () => {
  const views = loadRegulations().map(buildView);
  return new Response(JSON.stringify(searchData(views, loadAlignment())), { headers: { 'content-type': 'application/json' } });
};
