/** One Gambar of a regulation alone as PowerPoint: its number and caption as printed, its own citations first. */
import type { APIRoute } from 'astro';
import { siteDecks, type Slide } from '../../../../lib/decks/build.ts';
import { singleFigurePptx } from '../../../../lib/decks/handout.ts';

export function getStaticPaths() {
  return siteDecks()
    .figures.filter((d) => d.reg)
    .map((d) => ({ params: { slug: d.reg!, nomor: d.slides[0]!.href!.split('/')[2]! }, props: { slide: d.slides[0]! } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const pptx = await singleFigurePptx((props as { slide: Slide }).slide, site ? new URL(import.meta.env.BASE_URL, site).href : '');
  return new Response(pptx as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
};
