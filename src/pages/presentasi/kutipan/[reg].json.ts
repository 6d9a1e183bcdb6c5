/** /presentasi/kutipan/<slug>.json: the provisions the presenter's slides cite, quoted exactly (src/lib/decks/quotes.ts). */
import type { APIRoute } from 'astro';
import { siteDecks } from '../../../lib/decks/build.ts';
import { citedIds, quoteFile } from '../../../lib/decks/quotes.ts';
import { loadRegulations } from '../../../lib/load.ts';

export function getStaticPaths() {
  const { decks, figures } = siteDecks();
  const cited = citedIds([...decks, ...figures]);
  return loadRegulations()
    .filter((r) => cited.has(r.slug))
    .map((reg) => ({ params: { reg: reg.slug }, props: { json: JSON.stringify(quoteFile(reg, cited.get(reg.slug)!)) } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response((props as { json: string }).json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
