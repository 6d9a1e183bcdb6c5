/** A canonical figure alone as PowerPoint: one 16:9 slide as in the decks (caption and basis on it, text equivalent in the notes). */
import type { APIRoute } from 'astro';
import { siteDecks, type Slide } from '../../../lib/decks/build.ts';
import { singleFigurePptx } from '../../../lib/decks/handout.ts';

export function getStaticPaths() {
  return siteDecks()
    .figures.filter((d) => !d.reg)
    .map((d) => ({ params: { nomor: String(d.slides[0]!.figure.nomor) }, props: { slide: d.slides[0]! } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const pptx = await singleFigurePptx((props as { slide: Slide }).slide, site ? new URL(import.meta.env.BASE_URL, site).href : '');
  return new Response(pptx as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
};
