/** Download responses for a figure: SVG, PNG, Mermaid source, and 16:9 slide-sized PNGs (one per part). */
import type { Figure } from '../schema/figure.ts';
import { renderFigure, toPng } from './render.ts';
import { renderSvg } from './svg.ts';
import { describe } from './text-alt.ts';
import { slideFrame, slideParts } from './present.ts';

const TYPES = { svg: 'image/svg+xml', png: 'image/png', mmd: 'text/plain; charset=utf-8' } as const;

export async function figureFile(fig: Figure, ext: keyof typeof TYPES): Promise<Response> {
  const r = await renderFigure(fig);
  const body = ext === 'svg' ? `<?xml version="1.0" encoding="UTF-8"?>\n${r.svg}\n` : ext === 'mmd' ? r.mmd : toPng(r.svg, 2);
  return new Response(body as BodyInit, { headers: { 'Content-Type': TYPES[ext] } });
}

/** The 16:9 slide PNG of part `part` (1-based) of a figure, as the presenter splits it. */
export async function slidePng(fig: Figure, title: string, part: number): Promise<Response> {
  const parts = await slideParts(fig);
  const p = parts[part - 1]!;
  const svg = renderSvg(p.figure, p.layout, { prefix: `s${part}`, title, desc: describe(p.figure) });
  return new Response(toPng(slideFrame(svg, p.layout, title, p), 1) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}

/** How many 16:9 slides a figure takes. */
export const slideCount = async (fig: Figure) => (await slideParts(fig)).length;
