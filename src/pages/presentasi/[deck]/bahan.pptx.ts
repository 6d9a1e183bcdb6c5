/** A deck as PowerPoint (.pptx), made at build time: one 16:9 slide per figure, notes with the text equivalent and citations. */
import type { APIRoute } from 'astro';
import { siteDecks, type Deck } from '../../../lib/decks/build.ts';
import { handoutPptx } from '../../../lib/decks/handout.ts';

export function getStaticPaths() {
  return siteDecks()
    .decks.filter((d) => d.slides.length > 0)
    .map((deck) => ({ params: { deck: deck.id }, props: { deck } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const pptx = await handoutPptx((props as { deck: Deck }).deck, site ? new URL(import.meta.env.BASE_URL, site).href : '');
  return new Response(pptx as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
};
