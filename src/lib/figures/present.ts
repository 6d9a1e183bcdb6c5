/**
 * Figures for a projector: a landscape variant (flows and swimlanes left to
 * right, lanes as rows) and, when the whole figure would be too small to read
 * on a 1920x1080 slide, a split into parts (a swimlane by its phases, a flow
 * by runs of consecutive steps) shown on separate slides. Each part is itself
 * a Figure (a subset of nodes, the edges between them), so everything that
 * takes a figure (SVG, text equivalent, citations, steps) takes a part.
 *
 * The presenter (src/lib/decks, src/scripts/presenter.ts) asks
 * `slideParts(fig)`; the bench (scripts/bench-figures.ts) asks `minTextPx`.
 */
import type { Figure } from '../schema/figure.ts';
import { FONT, type Layout } from './layout.ts';
import { sharedLayout } from './render.ts';
import { boundedMemo } from '../build/memo.ts';
import { createHash } from 'node:crypto';
import { orderedSteps } from './text-alt.ts';

/** The figure area of the presenter's whole-figure view at 1920x1080 (measured in Chromium). */
export const PRESENTER_FIT = { w: 1296, h: 876 } as const;
/** A 16:9 slide-sized PNG, with a margin and a title band. */
export const SLIDE_PNG = { w: 1920, h: 1080, margin: 40, title: 90 } as const;
/** The smallest text a room can read from a 1920x1080 projection. */
export const MIN_TEXT_PX = 16;

/** The smallest font size, in layout px, of any text a layout draws. */
export function smallestFont(layout: Layout): number {
  const sizes = layout.nodes.flatMap((n) => n.lines.map((l) => l.size));
  if (layout.edges.some((e) => e.label)) sizes.push(FONT.edge);
  if (layout.lanes.length || layout.phases.length) sizes.push(FONT.lane);
  return Math.min(...sizes);
}

/** The smallest text in px when `layout` is fitted whole into a `box` (aspect kept). */
export function minTextPx(layout: Layout, box: { w: number; h: number }): number {
  return smallestFont(layout) * Math.min(box.w / layout.width, box.h / layout.height);
}

/** The slide-sized PNG's drawing area. */
export const slidePngBox = () => ({ w: SLIDE_PNG.w - 2 * SLIDE_PNG.margin, h: SLIDE_PNG.h - 2 * SLIDE_PNG.margin - SLIDE_PNG.title });

/** Landscape: flows and swimlanes run left to right (lanes become rows); charts stay as drawn. */
export function landscape(fig: Figure): Figure {
  return fig.kind === 'flow' || fig.kind === 'swimlane' ? { ...fig, direction: 'LR' } : fig;
}

export interface SlidePart {
  figure: Figure;
  /** 1-based part number and count; 1 of 1 when the figure is shown whole. */
  part: number;
  of: number;
  /** What the part holds ("Tahapan Perencanaan", "langkah 1-6"). */
  label?: string | undefined;
  layout: Layout;
}

/** A sub-figure with only `ids` and the edges among them. */
export function subFigure(fig: Figure, ids: Set<string>, suffix: string): Figure {
  const nodes = fig.nodes.filter((n) => ids.has(n.id));
  const lanes = fig.lanes?.filter((l) => nodes.some((n) => n.lane === l.id));
  const phases = fig.phases?.filter((p) => nodes.some((n) => n.phase === p.id));
  return {
    ...fig,
    id: `${fig.id}-${suffix}`,
    ...(lanes ? { lanes } : {}),
    ...(phases ? { phases } : {}),
    nodes,
    edges: fig.edges.filter((e) => ids.has(e.from) && ids.has(e.to)),
  };
}

const fits = (l: Layout, box: { w: number; h: number }) => minTextPx(l, box) >= MIN_TEXT_PX;

/**
 * The slides a figure needs at 1920x1080: the whole figure (landscape) when
 * its smallest text is at least MIN_TEXT_PX, else its phases (swimlane) or
 * runs of steps (flow), each as large as still fits. Org charts and
 * assignment structures are shown whole.
 */
export function slideParts(fig: Figure, box: { w: number; h: number } = PRESENTER_FIT): Promise<SlidePart[]> {
  const key = createHash('sha256')
    .update(`${box.w}x${box.h}\n${JSON.stringify(fig)}`)
    .digest('hex');
  return partsMemo(key, () => computeSlideParts(fig, box));
}
/**
 * The parts of the figures asked for lately (a figure recurs in decks, presenter pages and 16:9 PNGs, mostly one
 * after the other). The layouts inside are shared by drawing (sharedLayout), so redoing a forgotten one is cheap.
 */
const partsMemo = boundedMemo<Promise<SlidePart[]>>(2000);

async function computeSlideParts(fig: Figure, box: { w: number; h: number }): Promise<SlidePart[]> {
  const land = landscape(fig);
  const asDrawn = await sharedLayout(fig);
  const whole = land === fig ? asDrawn : await sharedLayout(land);
  // Whole, in whichever orientation reads larger.
  const [bestFig, bestLayout] = minTextPx(asDrawn, box) >= minTextPx(whole, box) ? ([fig, asDrawn] as const) : ([land, whole] as const);
  if (fits(bestLayout, box) || (fig.kind !== 'flow' && fig.kind !== 'swimlane'))
    return [{ figure: bestFig, part: 1, of: 1, layout: bestLayout }];
  const groups: { ids: string[]; label: string }[] = [];
  if (fig.kind === 'swimlane' && fig.phases?.length) {
    for (const p of fig.phases) {
      const ids = orderedSteps(land)
        .filter((n) => n.phase === p.id)
        .map((n) => n.id);
      if (ids.length) groups.push({ ids, label: p.label });
    }
  } else {
    groups.push({ ids: orderedSteps(land).map((n) => n.id), label: '' });
  }
  // Each group as a whole, or in the fewest runs of consecutive steps of equal length that all fit.
  const out: { figure: Figure; layout: Layout; label: string }[] = [];
  for (const g of groups) {
    let chosen: { figure: Figure; layout: Layout; ids: string[] }[] = [];
    for (let n = 1; n <= g.ids.length; n++) {
      const size = Math.ceil(g.ids.length / n);
      const runs = Array.from({ length: Math.ceil(g.ids.length / size) }, (_, i) => g.ids.slice(i * size, (i + 1) * size));
      const made = await Promise.all(
        runs.map(async (ids, i) => {
          const f = subFigure(land, new Set(ids), `r${i}`);
          return { figure: f, layout: await sharedLayout(f), ids };
        }),
      );
      chosen = made;
      if (made.every((m) => fits(m.layout, box))) break;
    }
    for (const c of chosen) {
      const steps = c.ids.map((id) => fig.nodes.find((n) => n.id === id)!.step).filter((s): s is number => s !== undefined);
      const range = chosen.length > 1 && steps.length ? `langkah ${Math.min(...steps)}–${Math.max(...steps)}` : '';
      out.push({ figure: c.figure, layout: c.layout, label: [g.label, range].filter(Boolean).join(', ') });
    }
  }
  return out.map((p, i) => ({
    figure: { ...p.figure, id: `${fig.id}-bagian-${i + 1}` },
    part: i + 1,
    of: out.length,
    label: p.label || undefined,
    layout: p.layout,
  }));
}

const escXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A 16:9 slide (1920x1080) holding one part: a title band (caption, and the
 * part when the figure is split), then the part's SVG fitted into the rest.
 * `partSvg` is the part drawn by renderSvg.
 */
export function slideFrame(
  partSvg: string,
  layout: Layout,
  title: string,
  part: { part: number; of: number; label?: string | undefined },
): string {
  const box = slidePngBox();
  const s = Math.min(box.w / layout.width, box.h / layout.height);
  const w = layout.width * s,
    h = layout.height * s;
  const x = SLIDE_PNG.margin + (box.w - w) / 2;
  const y = SLIDE_PNG.margin + SLIDE_PNG.title + (box.h - h) / 2;
  const inner = partSvg.replace(
    /^<svg ([^>]*?)width="[\d.]+" height="[\d.]+"/,
    `<svg $1x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}"`,
  );
  const sub = part.of > 1 ? `Bagian ${part.part} dari ${part.of}${part.label ? `: ${part.label}` : ''}` : '';
  const t = title.length > 110 ? `${title.slice(0, 107)}…` : title;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SLIDE_PNG.w}" height="${SLIDE_PNG.h}" viewBox="0 0 ${SLIDE_PNG.w} ${SLIDE_PNG.h}" font-family="'DejaVu Sans', sans-serif">`,
    `<rect width="${SLIDE_PNG.w}" height="${SLIDE_PNG.h}" fill="#ffffff"/>`,
    `<text x="${SLIDE_PNG.margin}" y="${SLIDE_PNG.margin + 34}" font-size="${t.length > 70 ? 26 : 32}" font-weight="bold" fill="#1b1b1b">${escXml(t)}</text>`,
    sub ? `<text x="${SLIDE_PNG.margin}" y="${SLIDE_PNG.margin + 72}" font-size="24" fill="#0b4f6c">${escXml(sub)}</text>` : '',
    inner,
    '</svg>',
  ].join('');
}
