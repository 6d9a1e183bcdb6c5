/** The handout of a deck as an A4 PDF, made at build time. */
import type { APIRoute } from 'astro';
import { siteDecks, type Deck } from '../../../lib/decks/build.ts';
import { handout } from '../../../lib/decks/handout.ts';

export function getStaticPaths() {
  return siteDecks()
    .decks.filter((d) => d.slides.length > 0)
    .map((deck) => ({ params: { deck: deck.id }, props: { deck } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const pdf = await handout((props as { deck: Deck }).deck, site ? new URL(import.meta.env.BASE_URL, site).href : '');
  return new Response(pdf as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'application/pdf' } });
};
