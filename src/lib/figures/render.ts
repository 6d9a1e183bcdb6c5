/**
 * Figure data to every published form: SVG (inline and stand-alone), PNG,
 * Mermaid source and the text equivalent. Results are cached per figure.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Figure } from '../schema/figure.ts';
import { layoutFigure, type Layout } from './layout.ts';
import { renderSvg } from './svg.ts';
import { toMermaid } from './mermaid.ts';
import { describe } from './text-alt.ts';
import { FONT_FILES } from './measure.ts';

export interface Rendered {
  layout: Layout;
  /** SVG with ids prefixed by `prefix`, for inlining in a page. */
  svg: string;
  mmd: string;
  desc: string;
}

const cache = new Map<string, Promise<Rendered>>();

/** A stable id prefix for a figure: "kanonik-25" -> "g-kanonik-25", "bengkayang/dinas" -> "g-bengkayang-dinas". */
export const prefixFor = (id: string) => `g-${id.replace(/\//g, '-')}`;

export function renderFigure(fig: Figure): Promise<Rendered> {
  let p = cache.get(fig.id);
  if (!p) {
    p = (async () => {
      const layout = await layoutFigure(fig);
      const desc = describe(fig);
      const svg = renderSvg(fig, layout, { prefix: prefixFor(fig.id), title: fig.title, desc });
      return { layout, svg, mmd: toMermaid(fig), desc };
    })();
    cache.set(fig.id, p);
  }
  return p;
}

/** PNG at 2x for downloads and review, drawn by resvg with the font the layout measured. */
export function toPng(svg: string, scale = 2): Uint8Array {
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { fontFiles: [FONT_FILES.regular, FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return r.render().asPng();
}
