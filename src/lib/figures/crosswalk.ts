/**
 * The figure crosswalk, derived from the regulations' figure maps alone: one
 * row per canonical figure, holding every regulation's Gambar that draws it
 * (map `figure`) or instantiates its pattern (an own chart's `pola`), and a
 * last group for own charts that follow no canonical pattern. Only the
 * introduction and the group headings come from content/alignment/gambar.yaml.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Figure } from '../schema/figure.ts';
import type { Regulation } from '../schema/regulation.ts';
import { ContentError, type Problem } from '../validate.ts';
import { canonicalFigures, regulationFigures, type RegFigure } from './catalogue.ts';
import type { Catalogue } from './load.ts';

export const CROSSWALK_FILE = join(process.cwd(), 'content', 'alignment', 'gambar.yaml');

export const CrosswalkGroups = z
  .object({
    pengantar: z.string().trim().min(1),
    kelompok: z.array(z.object({ judul: z.string().trim().min(1), kanonik: z.array(z.number().int().positive()).min(1) }).strict()).min(1),
    /** Heading of the group of own charts that instantiate no canonical figure. */
    tanpaPola: z.string().trim().min(1),
  })
  .strict();
export type CrosswalkGroups = z.infer<typeof CrosswalkGroups>;

export interface CrosswalkRow {
  /** "kanonik-20", or the own chart's id for a row without a pattern. */
  id: string;
  judul: string;
  /** The canonical figure of the row, if any. */
  figure?: Figure | undefined;
  /** Per regulation slug: its Gambar in this row, in number order. */
  cells: Map<string, RegFigure[]>;
}
export interface CrosswalkGroup {
  judul: string;
  rows: CrosswalkRow[];
}

/** Reads and checks the group headings: every canonical figure in exactly one group. */
export function loadCrosswalkGroups(canonical: Figure[], path = CROSSWALK_FILE): CrosswalkGroups {
  const file = relative(process.cwd(), path);
  const problems: Problem[] = [];
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ContentError([{ file, path: '', message: `tidak dapat dibaca: ${(e as Error).message}` }]);
  }
  const parsed = CrosswalkGroups.safeParse(doc);
  if (!parsed.success) throw new ContentError(parsed.error.issues.map((i) => ({ file, path: i.path.join('.'), message: i.message })));
  const known = new Set(canonical.map((f) => f.nomor!));
  const seen = new Map<number, string>();
  parsed.data.kelompok.forEach((g, i) =>
    g.kanonik.forEach((n, j) => {
      if (!known.has(n)) problems.push({ file, path: `kelompok[${i}].kanonik[${j}]`, message: `tidak ada bagan kanonik nomor ${n}` });
      if (seen.has(n))
        problems.push({ file, path: `kelompok[${i}].kanonik[${j}]`, message: `bagan kanonik ${n} sudah ada di kelompok "${seen.get(n)}"` });
      seen.set(n, g.judul);
    }),
  );
  for (const n of known)
    if (!seen.has(n)) problems.push({ file, path: 'kelompok', message: `bagan kanonik ${n} belum masuk kelompok mana pun` });
  if (problems.length) throw new ContentError(problems);
  return parsed.data;
}

/** The crosswalk from the figure maps. Every regulation Gambar is in exactly one row. */
export function figureCrosswalk(regs: Regulation[], cat: Catalogue, groups: CrosswalkGroups): CrosswalkGroup[] {
  const canonical = new Map(canonicalFigures(cat).map((f) => [f.nomor!, f]));
  const all = regs.flatMap((r) => regulationFigures(r, cat));
  const row = (figure: Figure): CrosswalkRow => {
    const cells = new Map<string, RegFigure[]>();
    for (const rf of all) if (rf.pola?.id === figure.id) cells.set(rf.reg.slug, [...(cells.get(rf.reg.slug) ?? []), rf]);
    return { id: figure.id, judul: figure.title, figure, cells };
  };
  const out: CrosswalkGroup[] = groups.kelompok.map((g) => ({ judul: g.judul, rows: g.kanonik.map((n) => row(canonical.get(n)!)) }));
  const loose = all.filter((rf) => !rf.pola);
  const bySource = new Map<string, RegFigure[]>();
  for (const rf of loose) bySource.set(rf.source.id, [...(bySource.get(rf.source.id) ?? []), rf]);
  const rows: CrosswalkRow[] = [...bySource.entries()].map(([id, rfs]) => {
    const cells = new Map<string, RegFigure[]>();
    for (const rf of rfs) cells.set(rf.reg.slug, [...(cells.get(rf.reg.slug) ?? []), rf]);
    return { id: id.replace(/\//g, '-'), judul: rfs[0]!.caption ?? rfs[0]!.source.title, cells };
  });
  if (rows.length) out.push({ judul: groups.tanpaPola, rows });
  return out;
}
