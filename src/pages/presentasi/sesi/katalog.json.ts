/** What the session builder offers: every deck's slides with their PowerPoint text, and the checker's cross-regulation answers. */
import type { APIRoute } from 'astro';
import { siteDecks } from '../../../lib/decks/build.ts';
import { siteGuideDecks } from '../../../lib/decks/guide-deck-load.ts';
import { sessionCatalogue } from '../../../lib/decks/session-catalogue.ts';
import { semuaData } from '../../../lib/checker/data.ts';

export const GET: APIRoute = async ({ site }) => {
  const cat = await sessionCatalogue(
    siteDecks().decks,
    siteGuideDecks(),
    semuaData().data,
    site ? new URL(import.meta.env.BASE_URL, site).href : '',
  );
  return new Response(JSON.stringify(cat), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
