/**
 * The SVG of a figure for a slide: the site's own SVG writer with an id
 * prefix unique to the slide, and each edge wrapped in
 * <g class="fig-edge" data-from data-to> so the presenter can reveal a line
 * together with the steps it joins.
 */
import type { Figure } from '../schema/figure.ts';
import type { Layout } from '../figures/layout.ts';
import { renderSvg } from '../figures/svg.ts';
import { describe } from '../figures/text-alt.ts';

/** Slide-unique prefix: the same figure may appear twice in a regulation's deck. */
export const slidePrefix = (n: number, figureId: string) => `s${n}-${figureId.replace(/\//g, '-')}`;
export const nodeDomId = (prefix: string, node: string) => `${prefix}-n-${node}`;

/**
 * Wraps each edge drawing (a <path>, then an optional label <rect>+<text>)
 * of the `fig-edges` group. The writer draws edges in layout order, skipping
 * edges without points; if the drawing does not match the layout (the writer
 * changed), the SVG is returned unchanged and edges simply stay visible.
 */
export function tagEdges(svg: string, layout: Layout): string {
  const open = '<g class="fig-edges">';
  const start = svg.indexOf(open);
  if (start < 0) return svg;
  const end = svg.indexOf('</g>', start + open.length);
  const body = svg.slice(start + open.length, end);
  const drawn = layout.edges.filter((e) => e.points.length >= 2);
  const pieces = body.split(/(?=<path )/).filter(Boolean);
  if (pieces.length !== drawn.length || pieces.some((p) => !p.startsWith('<path '))) return svg;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const wrapped = pieces
    .map((p, i) => `<g class="fig-edge" data-from="${esc(drawn[i]!.from)}" data-to="${esc(drawn[i]!.to)}">${p}</g>`)
    .join('');
  return svg.slice(0, start + open.length) + wrapped + svg.slice(end);
}

export function slideSvg(fig: Figure, layout: Layout, n: number, title: string): string {
  return tagEdges(renderSvg(fig, layout, { prefix: slidePrefix(n, fig.id), title, desc: describe(fig) }), layout);
}
