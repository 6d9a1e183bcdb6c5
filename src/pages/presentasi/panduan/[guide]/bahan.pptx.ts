/** A guide deck as PowerPoint (.pptx), made at build time: quotes as slides of words, figures as in the other decks. */
import type { APIRoute } from 'astro';
import { siteGuideDecks } from '../../../../lib/decks/guide-deck-load.ts';
import type { GuideDeck } from '../../../../lib/decks/guide-deck.ts';
import { handoutPptx } from '../../../../lib/decks/handout.ts';

export function getStaticPaths() {
  return siteGuideDecks().map((deck) => ({ params: { guide: deck.guide }, props: { deck } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const pptx = await handoutPptx((props as { deck: GuideDeck }).deck, site ? new URL(import.meta.env.BASE_URL, site).href : '');
  return new Response(pptx as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
};
