/**
 * The figure catalogue joined with the regulations: canonical figures in
 * order, each regulation's Gambar with their figure, where each figure is
 * used, the crosswalk of numbers, and which provisions refer to a Gambar.
 */
import type { Figure, FigureMapEntry } from '../schema/figure.ts';
import type { Regulation } from '../schema/regulation.ts';
import { loadRegulations } from '../load.ts';
import { loadCatalogue, gambarMentions, type Catalogue } from './load.ts';
import { instanceId } from './instance.ts';

export interface RegFigure {
  reg: Regulation;
  entry: FigureMapEntry;
  /** The figure as this regulation draws it: its own chart, or a canonical figure instantiated with its own citations. */
  figure: Figure;
  /** The figure the map names (a canonical figure or the regulation's own chart). */
  source: Figure;
  /** The canonical figure this Gambar instantiates (itself canonical, or the own chart's `pola`), if any. */
  pola?: Figure | undefined;
  /** Caption as printed in the regulation (from its figure block), if the block exists. */
  caption?: string | undefined;
}

let cached: Catalogue | undefined;
export function catalogue(): Catalogue {
  cached ??= loadCatalogue(loadRegulations());
  return cached;
}

export const isCanonical = (f: Figure) => f.nomor !== undefined && f.id.startsWith('kanonik-');

export function canonicalFigures(cat: Catalogue = catalogue()): Figure[] {
  return [...cat.figures.values()].filter(isCanonical).sort((a, b) => a.nomor! - b.nomor!);
}

/** The figures of one regulation in the order of their numbers. */
export function regulationFigures(reg: Regulation, cat: Catalogue = catalogue()): RegFigure[] {
  const entries = cat.maps.get(reg.slug) ?? [];
  const blocks = new Map(reg.lampiran.flatMap((l) => l.blocks.map((b) => [b.id, b] as const)));
  return entries
    .map((entry) => {
      const b = entry.block ? blocks.get(entry.block) : undefined;
      const source = cat.figures.get(entry.figure)!;
      const figure = cat.instances.get(instanceId(reg.slug, entry.nomor)) ?? source;
      const pola = isCanonical(source) ? source : entry.pola ? cat.figures.get(entry.pola) : undefined;
      return { reg, entry, figure, source, pola, caption: b?.type === 'figure' ? b.caption : undefined };
    })
    .sort((a, b) => numKey(a.entry.nomor) - numKey(b.entry.nomor));
}

const numKey = (n: string) => {
  const t = n.match(/^tanpa-nomor-(\d+)$/);
  if (t) return 1e6 + Number(t[1]);
  const m = n.match(/^(\d+)(?:-(\d+))?/);
  return m ? Number(m[1]) * 100 + Number(m[2] ?? 0) : 0;
};

/** Every regulation Gambar whose map entry names `figureId` (a canonical figure or an own chart). */
export function usages(figureId: string, regs: Regulation[] = loadRegulations(), cat: Catalogue = catalogue()): RegFigure[] {
  return regs.flatMap((r) => regulationFigures(r, cat).filter((rf) => rf.source.id === figureId));
}

/** Every regulation Gambar that instantiates canonical figure `figureId` (drawn from it, or an own chart with it as `pola`). */
export function patternUsages(figureId: string, regs: Regulation[] = loadRegulations(), cat: Catalogue = catalogue()): RegFigure[] {
  return regs.flatMap((r) => regulationFigures(r, cat).filter((rf) => rf.pola?.id === figureId));
}

/** Canonical number -> each regulation's Gambar numbers that instantiate it. */
export function crosswalk(
  regs: Regulation[] = loadRegulations(),
  cat: Catalogue = catalogue(),
): { figure: Figure; byReg: Map<string, string[]> }[] {
  return canonicalFigures(cat).map((figure) => {
    const byReg = new Map<string, string[]>();
    for (const rf of patternUsages(figure.id, regs, cat)) byReg.set(rf.reg.slug, [...(byReg.get(rf.reg.slug) ?? []), rf.entry.nomor]);
    return { figure, byReg };
  });
}

/** Provision ids in a regulation whose text mentions "Gambar <nomor>" (nomor without a "-2" suffix). */
export function referrers(reg: Regulation, nomor: string): string[] {
  const base = nomor.replace(/-\d+$/, '');
  return [
    ...new Set(
      gambarMentions(reg)
        .filter((m) => m.nomor === base)
        .map((m) => m.where),
    ),
  ];
}

/** URL path of a regulation's Gambar page. */
export const regFigurePath = (slug: string, nomor: string) => `${slug}/gambar/${nomor}/`;
export const canonicalPath = (nomor: number) => `gambar/${nomor}/`;

/** How a regulation's Gambar is named on the page: "Gambar 10" (also for "10-2"), or "Bagan tanpa nomor 1". */
export function gambarLabel(nomor: string): string {
  const t = nomor.match(/^tanpa-nomor-(\d+)$/);
  return t ? `Bagan tanpa nomor ${t[1]}` : `Gambar ${nomor.replace(/-\d+$/, '')}`;
}
