/**
 * A guide as a deck, so trainers can project what a guide quotes and shows:
 * a title slide, then, in the guide's order, one slide per <Kutipan> (the
 * provision's exact words, its printed citation and its note marker) and one
 * per <Gambar> (the same slide as in the figure decks: steps, text
 * alternative, sources). The guide's own prose is not on the slides; the
 * title slide says so and links back to the guide.
 */
import type { Regulation } from '../schema/regulation.ts';
import type { PanduanMeta } from '../panduan/schema.ts';
import { guideUses, splitFrontmatter } from '../panduan/check.ts';
import { quoteProvision, quoteText, type ProvisionQuote } from '../provision-text.ts';
import { noteMarker, notesFor, noteLine, type NoteMarker } from '../notes.ts';
import { provisionPath } from '../permalink.ts';
import type { Deck, Slide } from './build.ts';

/** One quoted provision on its own slide. */
export interface QuoteSlide {
  kind: 'kutipan';
  /** 1-based position in the deck (the title slide is 1). */
  n: number;
  /** "Kutipan 2". */
  label: string;
  /** The printed citation: "Pasal 11 ayat (4), Perbup Bengkayang 5/2024". */
  title: string;
  kicker: string;
  reg: string;
  id: string;
  quote: ProvisionQuote;
  /** The provision's page (without the base). */
  href: string;
  /** Our editorial notes bearing on the provision, one line each, and the marker that links them. */
  notes: string[];
  marker?: NoteMarker | undefined;
}

/** A figure as in the figure decks. */
export type FigureSlide = Slide & { kind: 'gambar' };

/** The first slide: the guide's title, summary and whom it is for. */
export interface TitleSlide {
  kind: 'judul';
  n: 1;
  label: string;
  title: string;
  kicker: string;
  summary: string;
  audience: string[];
  /** The guide's page (without the base). */
  href: string;
}

export type GuideSlide = TitleSlide | QuoteSlide | FigureSlide;

export interface GuideDeck extends Omit<Deck, 'slides' | 'kind'> {
  kind: 'panduan';
  guide: string;
  slides: GuideSlide[];
}

export interface GuideInput {
  /** Collection id: the file name without .mdx ("05-penugasan"). */
  id: string;
  meta: PanduanMeta;
  /** The MDX source. */
  text: string;
}

/** Where the figure decks keep a figure's slide: canonical number, or a regulation's Gambar number. */
export interface FigureLookup {
  canonical: (nomor: number) => Slide | undefined;
  regulation: (slug: string, nomor: string) => Slide | undefined;
}

/** Lookup over the one-figure decks of `figureDecks()`. */
export function figureLookup(figures: Deck[]): FigureLookup {
  const canon = new Map<number, Slide>();
  const own = new Map<string, Slide>();
  for (const d of figures) {
    const s = d.slides[0];
    if (!s) continue;
    if (!d.reg && s.figure.nomor !== undefined) canon.set(s.figure.nomor, s);
    else if (d.reg && s.href) own.set(s.href, s);
  }
  return {
    canonical: (n) => canon.get(n),
    regulation: (slug, nomor) => own.get(`${slug}/gambar/${nomor}/`),
  };
}

export const guideDeckPath = (id: string) => `presentasi/panduan/${id}/`;

/** The guide's quotes and figures, in the guide's order, as a deck. Unknown ids throw with the guide's file and line. */
export function guideDeck(g: GuideInput, regs: Regulation[], figures: FigureLookup): GuideDeck {
  const { bodyStart } = splitFrontmatter(g.text);
  const file = `content/panduan/${g.id}.mdx`;
  const fail = (line: number, msg: string) => {
    throw new Error(`${file}:${line}: ${msg}`);
  };
  const title: TitleSlide = {
    kind: 'judul',
    n: 1,
    label: g.meta.judul,
    title: 'kutipan ketentuan dan gambar dari panduan',
    kicker: 'Panduan Sistem Kerja',
    summary: g.meta.ringkasan,
    audience: g.meta.untuk,
    href: `panduan/${g.id}/`,
  };
  const slides: GuideSlide[] = [title];
  let quotes = 0;
  for (const u of guideUses(g.text)) {
    if (u.line < bodyStart) continue;
    const n = slides.length + 1;
    if (u.tag === 'Kutipan') {
      const reg = regs.find((r) => r.slug === u.attrs.peraturan);
      if (!reg) fail(u.line, `<Kutipan>: peraturan "${u.attrs.peraturan}" tidak ada`);
      const id = u.attrs.id ?? '';
      let quote: ProvisionQuote;
      try {
        quote = quoteProvision(reg!, id);
      } catch (e) {
        return fail(u.line, `<Kutipan>: ${(e as Error).message}`);
      }
      quotes += 1;
      slides.push({
        kind: 'kutipan',
        n,
        label: `Kutipan ${quotes}`,
        title: `${quote.pin}, ${quote.shortTitle}`,
        kicker: quote.shortTitle,
        reg: reg!.slug,
        id,
        quote,
        href: provisionPath(reg!.slug, id),
        notes: notesFor(reg!, id).map(noteLine),
        marker: noteMarker(reg!, id),
      });
    } else if (u.tag === 'Gambar') {
      const s = u.attrs.peraturan ? figures.regulation(u.attrs.peraturan, u.attrs.nomor ?? '') : figures.canonical(Number(u.attrs.kanonik));
      if (!s)
        fail(
          u.line,
          u.attrs.peraturan
            ? `<Gambar>: ${u.attrs.peraturan} tidak punya Gambar ${u.attrs.nomor ?? '(nomor kosong)'}`
            : `<Gambar>: gambar model nasional ${u.attrs.kanonik ?? '(kosong)'} tidak ada`,
        );
      slides.push({ ...s!, n, kind: 'gambar' });
    }
  }
  return {
    id: `panduan-${g.id}`,
    guide: g.id,
    title: `Panduan: ${g.meta.judul}`,
    summary: g.meta.ringkasan,
    kind: 'panduan',
    alias: [],
    path: guideDeckPath(g.id),
    slides,
    pending: [],
    file,
  };
}

/** Plain text of a quote slide, for speaker notes and handouts: the words, then the citation, then our notes. */
export function quoteSlideText(s: QuoteSlide): string {
  const out = [quoteText(s.quote), `— ${s.quote.citation}`];
  for (const n of s.notes) out.push(`[Catatan editorial, bukan bagian dari peraturan] ${n}`);
  return out.join('\n');
}

/** The figure slide of a deck's slide, or undefined for a slide of words (title, quote). */
export function figureSlide(s: Slide | GuideSlide): Slide | undefined {
  return !('kind' in s) || s.kind === 'gambar' ? (s as Slide) : undefined;
}

/** The deck as the presenter shows it: each figure split for the projector by `split` (P1's splitSlide), all slides numbered again from 1. */
export async function shownGuideDeck(deck: GuideDeck, split: (s: Slide) => Promise<Slide[]>): Promise<GuideDeck> {
  const out: GuideSlide[] = [];
  for (const s of deck.slides) {
    const f = figureSlide(s);
    if (f) for (const p of await split(f)) out.push({ ...p, kind: 'gambar', n: out.length + 1 });
    else out.push({ ...s, n: out.length + 1 } as GuideSlide);
  }
  return { ...deck, slides: out };
}
