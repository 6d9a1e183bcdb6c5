/**
 * Decks as data: the thematic decks of content/decks, one deck per regulation
 * (its Gambar in its own order) and a one-slide deck for every figure, each
 * slide with what a presenter and a handout need: title, caption, the steps
 * of a flow or swimlane in the regulation's order with their citations, the
 * text alternative and the provisions the figure is drawn from.
 */
import type { Figure, FigureNode } from '../schema/figure.ts';
import type { Regulation } from '../schema/regulation.ts';
import type { Catalogue } from '../figures/load.ts';
import type { Layout } from '../figures/layout.ts';
import {
  canonicalFigures,
  canonicalPath,
  gambarLabel,
  isCanonical,
  regFigurePath,
  regulationFigures,
  usages,
  catalogue,
} from '../figures/catalogue.ts';
import { nodeText, orderedSteps, textAlternative, type TextAlt } from '../figures/text-alt.ts';
import { buildView, type RegulationView } from '../regulation-view.ts';
import { regulationShortTitle } from '../citation.ts';
import { loadRegulations } from '../load.ts';
import { loadDecks, type DeckFile } from './load.ts';
import { provisionPath } from '../permalink.ts';

/** A provision cited by a figure, with its label and its address on the site (without the base). */
export interface CiteRef {
  reg: string;
  id: string;
  /** "Lampiran huruf B angka 1 huruf a, Perbup Batang 4/2024" */
  label: string;
  href: string;
}

/** One step of a flow or swimlane, in the regulation's order. */
export interface StepNote {
  node: string;
  /** 1-based position among all steps of the figure. */
  n: number;
  phase?: string | undefined;
  /** The actor (lane) that takes the step. */
  actor?: string | undefined;
  text: string;
  /** Where the step leads: "Ya: …; Tidak: …". */
  next?: string | undefined;
  cites: CiteRef[];
}

/** A provision and the parts of the figure drawn from it. */
export interface SourceNote {
  cite: CiteRef;
  nodes: string[];
}

export interface Slide {
  /** 1-based. */
  n: number;
  figure: Figure;
  /** "Gambar 14", "Bagan tanpa nomor 1". */
  label: string;
  /** The caption as printed in the regulation, or the figure's title. */
  title: string;
  /** "Model nasional" or the regulation's short title. */
  kicker: string;
  /** The figure's reading page (without the base), when it has one. */
  href?: string | undefined;
  /** Presenter page of this figure alone (without the base). */
  present?: string | undefined;
  reg?: string | undefined;
  /** Editorial note of the regulation's figure map (misnumbering, lost caption). */
  catatan?: string | undefined;
  steps: StepNote[];
  sources: SourceNote[];
  alt: TextAlt;
  /** When the figure is split for the projector (src/lib/decks/split.ts): which part this slide shows. */
  part?: { n: number; of: number; label?: string | undefined } | undefined;
  /** Number of steps of the whole figure, when this slide shows a part of it. */
  stepTotal?: number | undefined;
  /** The layout to draw (a part's or a landscape one), when it is not the figure's own. */
  layout?: Layout | undefined;
}

export type DeckKind = 'tema' | 'peraturan' | 'gambar';

export interface Deck {
  id: string;
  title: string;
  summary: string;
  kind: DeckKind;
  alias: string[];
  /** Address without the base: "presentasi/penugasan/". */
  path: string;
  slides: Slide[];
  /** Canonical numbers in the deck's range that are not drawn yet. */
  pending: number[];
  reg?: string | undefined;
  file?: string | undefined;
}

export const STEPPED: ReadonlySet<Figure['kind']> = new Set(['flow', 'swimlane']);
export const isStepped = (f: Figure) => STEPPED.has(f.kind);

export class Citer {
  private views = new Map<string, RegulationView>();
  private regs: Regulation[];
  constructor(regs: Regulation[]) {
    this.regs = regs;
  }
  view(slug: string): RegulationView {
    let v = this.views.get(slug);
    if (!v) {
      const reg = this.regs.find((r) => r.slug === slug);
      if (!reg) throw new Error(`peraturan tidak dikenal "${slug}"`);
      v = buildView(reg);
      this.views.set(slug, v);
    }
    return v;
  }
  ref(c: { reg: string; id: string }): CiteRef {
    const v = this.view(c.reg);
    return { reg: c.reg, id: c.id, label: `${v.pin(c.id)}, ${v.shortTitle}`, href: provisionPath(c.reg, c.id) };
  }
  /** A node's citations, the deck's own regulation first. */
  refs(n: { cite?: { reg: string; id: string }[] | undefined }, prefer?: string): CiteRef[] {
    const cites = [...(n.cite ?? [])];
    if (prefer) cites.sort((a, b) => Number(b.reg === prefer) - Number(a.reg === prefer));
    return cites.map((c) => this.ref(c));
  }
}

export function stepNotes(fig: Figure, citer: Citer, prefer?: string): StepNote[] {
  if (!isStepped(fig)) return [];
  const lane = new Map((fig.lanes ?? []).map((l) => [l.id, l.label]));
  const phase = new Map((fig.phases ?? []).map((p) => [p.id, p.label]));
  const byId = new Map(fig.nodes.map((n) => [n.id, n]));
  return orderedSteps(fig).map((node: FigureNode, i) => {
    const outs = fig.edges
      .filter((e) => e.from === node.id)
      .map((e) => {
        const to = byId.get(e.to)?.label ?? e.to;
        const how = e.kind === 'kembali' ? ' (dikembalikan)' : e.kind === 'tembusan' ? ' (tembusan)' : '';
        return `${e.label ? `${e.label}: ` : ''}${to}${how}`;
      });
    return {
      node: node.id,
      n: i + 1,
      phase: node.phase ? phase.get(node.phase) : undefined,
      actor: node.lane ? lane.get(node.lane) : undefined,
      text: nodeText(node),
      next: outs.length ? outs.join('; ') : undefined,
      cites: citer.refs(node, prefer),
    };
  });
}

/** The provisions a figure is drawn from, each with the parts drawn from it, in order of first use. */
export function sourceNotes(fig: Figure, citer: Citer, prefer?: string): SourceNote[] {
  const out = new Map<string, SourceNote>();
  const nodes = [...fig.nodes];
  if (prefer) nodes.sort((a, b) => Number(b.cite.some((c) => c.reg === prefer)) - Number(a.cite.some((c) => c.reg === prefer)));
  for (const n of nodes) {
    for (const ref of citer.refs(n, prefer)) {
      const key = `${ref.reg}#${ref.id}`;
      const s = out.get(key) ?? { cite: ref, nodes: [] };
      if (!s.nodes.includes(n.label)) s.nodes.push(n.label);
      out.set(key, s);
    }
  }
  return [...out.values()];
}

function slideOf(fig: Figure, n: number, citer: Citer, over: Partial<Slide> & { prefer?: string | undefined } = {}): Slide {
  const { prefer, ...rest } = over;
  return {
    n,
    figure: fig,
    label: fig.nomor !== undefined ? `Gambar ${fig.nomor}` : fig.title,
    title: fig.title,
    kicker: 'Model nasional',
    href: isCanonical(fig) ? canonicalPath(fig.nomor!) : undefined,
    present: isCanonical(fig) ? `presentasi/${canonicalPath(fig.nomor!)}` : undefined,
    steps: stepNotes(fig, citer, prefer),
    sources: sourceNotes(fig, citer, prefer),
    alt: textAlternative(fig),
    ...rest,
  };
}

/** Slides for a thematic deck: its canonical range (what is drawn so far) or its list. */
function themeDeck(df: DeckFile, regs: Regulation[], cat: Catalogue, citer: Citer): Deck {
  const { def } = df;
  let figs: Figure[] = [];
  const pending: number[] = [];
  if (def.kanonik) {
    const byNo = new Map(canonicalFigures(cat).map((f) => [f.nomor!, f]));
    for (let k = def.kanonik.dari; k <= def.kanonik.sampai; k++) {
      const f = byNo.get(k);
      if (f) figs.push(f);
      else pending.push(k);
    }
  } else {
    figs = (def.gambar ?? []).map((id) => cat.figures.get(id)!);
  }
  const slides = figs.map((f, i) => {
    if (isCanonical(f)) return slideOf(f, i + 1, citer);
    const use = usages(f.id, regs, cat)[0];
    return slideOf(
      f,
      i + 1,
      citer,
      use
        ? {
            label: gambarLabel(use.entry.nomor),
            title: use.caption ?? f.title,
            kicker: regulationShortTitle(use.reg),
            href: regFigurePath(use.reg.slug, use.entry.nomor),
            present: `presentasi/${regFigurePath(use.reg.slug, use.entry.nomor)}`,
            reg: use.reg.slug,
            prefer: use.reg.slug,
          }
        : {},
    );
  });
  return {
    id: def.id,
    title: def.judul,
    summary: def.ringkasan,
    kind: 'tema',
    alias: def.alias,
    path: `presentasi/${def.id}/`,
    slides,
    pending,
    file: df.file,
  };
}

/** One regulation's Gambar in the order of their numbers. */
export function regulationDeck(reg: Regulation, cat: Catalogue, citer: Citer): Deck {
  const slides = regulationFigures(reg, cat).map((rf, i) =>
    slideOf(rf.figure, i + 1, citer, {
      label: gambarLabel(rf.entry.nomor),
      title: rf.caption ?? rf.figure.title,
      kicker: regulationShortTitle(reg),
      href: regFigurePath(reg.slug, rf.entry.nomor),
      present: `presentasi/${regFigurePath(reg.slug, rf.entry.nomor)}`,
      reg: reg.slug,
      catatan: rf.entry.catatan,
      prefer: reg.slug,
    }),
  );
  const short = regulationShortTitle(reg);
  return {
    id: reg.slug,
    title: `Gambar ${short}`,
    summary: `Semua gambar dalam Lampiran ${short}, menurut urutan nomornya dalam peraturan itu.`,
    kind: 'peraturan',
    alias: [normalize(reg.meta.daerah.nama), normalize(short)],
    path: `presentasi/${reg.slug}/`,
    slides,
    pending: [],
    reg: reg.slug,
  };
}

const normalize = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Thematic decks (by `urutan`), then one deck per regulation (empty until its figure map exists). */
export function buildDecks(files: DeckFile[], regs: Regulation[], cat: Catalogue, citer = new Citer(regs)): Deck[] {
  const themes = [...files]
    .sort((a, b) => a.def.urutan - b.def.urutan || a.def.id.localeCompare(b.def.id))
    .map((f) => themeDeck(f, regs, cat, citer));
  return [...themes, ...regs.map((r) => regulationDeck(r, cat, citer))];
}

/** A one-slide deck for every canonical figure and every regulation Gambar. */
export function figureDecks(regs: Regulation[], cat: Catalogue, citer = new Citer(regs)): Deck[] {
  const canon = canonicalFigures(cat).map((f) => {
    const s = slideOf(f, 1, citer);
    return {
      id: `gambar-${f.nomor}`,
      title: `${s.label}: ${s.title}`,
      summary: f.summary,
      kind: 'gambar' as const,
      alias: [],
      path: s.present!,
      slides: [s],
      pending: [],
    };
  });
  const own = regs.flatMap((r) =>
    regulationDeck(r, cat, citer).slides.map((s) => ({
      id: `${r.slug}-${s.href!.split('/')[2]}`,
      title: `${s.label} ${s.kicker}: ${s.title}`,
      summary: s.figure.summary,
      kind: 'gambar' as const,
      alias: [],
      path: s.present!,
      slides: [{ ...s, n: 1 }],
      pending: [],
      reg: r.slug,
    })),
  );
  return [...canon, ...own];
}

let cached: { decks: Deck[]; figures: Deck[]; citer: Citer } | undefined;
/** Every deck of the site from the content on disk (validated; cached for the build). */
export function siteDecks(): { decks: Deck[]; figures: Deck[]; citer: Citer } {
  if (!cached) {
    const regs = loadRegulations();
    const cat = catalogue();
    const citer = new Citer(regs);
    cached = { decks: buildDecks(loadDecks(regs, cat), regs, cat, citer), figures: figureDecks(regs, cat, citer), citer };
  }
  return cached;
}

/** The number of steps of each slide: what the presenter moves through. */
export const deckShape = (d: Deck) => d.slides.map((s) => s.steps.length);
