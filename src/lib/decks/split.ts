/**
 * Decks as the presenter shows them: every slide whose whole figure would put
 * text under MIN_TEXT_PX in the presenter at 1920x1080 becomes several slides,
 * one per part (`slideParts`: a swimlane by its phases, a flow by runs of
 * steps), titled "Gambar N (bagian k dari m)". Each part slide carries the
 * steps, citations and sources of the nodes it shows only; steps keep their
 * number in the whole figure. Figures that fit are drawn in the orientation
 * that reads larger (landscape for flows when it helps).
 *
 * Handouts (PDF, PPTX) keep the unsplit decks of build.ts.
 */
import type { Figure } from '../schema/figure.ts';
import { slideParts, type SlidePart } from '../figures/present.ts';
import { sourceNotes, stepNotes, type Citer, type Deck, type Slide, type StepNote } from './build.ts';
import { textAlternative } from '../figures/text-alt.ts';

/** The parts of a figure (slideParts memoises them per figure: the same figure recurs in several decks). */
export const partsOf = (fig: Figure): Promise<SlidePart[]> => slideParts(fig);

/** "Gambar 22 (bagian 2 dari 3)". */
export const partLabel = (label: string, k: number, of: number) => `${label} (bagian ${k} dari ${of})`;

/** What a part holds, in the numbering of the whole figure's steps: "Tahapan Perencanaan, langkah 4–6". */
export function partWhat(steps: readonly StepNote[]): string | undefined {
  if (!steps.length) return undefined;
  const phases = [...new Set(steps.map((s) => s.phase).filter((x): x is string => !!x))];
  const a = steps[0]!.n;
  const b = steps.at(-1)!.n;
  return [...phases, a === b ? `langkah ${a}` : `langkah ${a}–${b}`].join(', ');
}

/** The slides one slide becomes in the presenter (itself, with its projector layout, when it fits). */
export async function splitSlide(slide: Slide, citer: Citer): Promise<Slide[]> {
  const parts = await partsOf(slide.figure);
  if (parts.length === 1) return [{ ...slide, layout: parts[0]!.layout, figure: parts[0]!.figure }];
  const prefer = slide.reg;
  const all = stepNotes(slide.figure, citer, prefer);
  return parts.map((p) => {
    const ids = new Set(p.figure.nodes.map((n) => n.id));
    const steps = all.filter((st) => ids.has(st.node));
    return {
      ...slide,
      figure: p.figure,
      layout: p.layout,
      label: partLabel(slide.label, p.part, p.of),
      part: { n: p.part, of: p.of, label: partWhat(steps) ?? p.label },
      steps,
      stepTotal: all.length,
      sources: sourceNotes(p.figure, citer, prefer),
      alt: textAlternative(p.figure),
    };
  });
}

/** A deck with its slides split for the projector and numbered again from 1. */
export async function presenterDeck(deck: Deck, citer: Citer): Promise<Deck> {
  const slides = (await Promise.all(deck.slides.map((s) => splitSlide(s, citer)))).flat().map((s, i) => ({ ...s, n: i + 1 }));
  return { ...deck, slides };
}
