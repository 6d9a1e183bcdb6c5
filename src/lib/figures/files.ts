/** Download responses for a figure: SVG, PNG and Mermaid source. */
import type { Figure } from '../schema/figure.ts';
import { renderFigure, toPng } from './render.ts';

const TYPES = { svg: 'image/svg+xml', png: 'image/png', mmd: 'text/plain; charset=utf-8' } as const;

export async function figureFile(fig: Figure, ext: keyof typeof TYPES): Promise<Response> {
  const r = await renderFigure(fig);
  const body = ext === 'svg' ? `<?xml version="1.0" encoding="UTF-8"?>\n${r.svg}\n` : ext === 'mmd' ? r.mmd : toPng(r.svg, 2);
  return new Response(body as BodyInit, { headers: { 'Content-Type': TYPES[ext] } });
}
