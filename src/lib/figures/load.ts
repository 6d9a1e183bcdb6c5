/**
 * Loads and checks the figure catalogue (diagrams/figures) and each
 * regulation's map of "Gambar N" to figures (content/regulations/<slug>/gambar.yaml). Problems
 * name the file, the path inside it and what is wrong; any problem stops the build.
 */
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Figure, FigureMap, type FigureMapEntry } from '../schema/figure.ts';
import type { Regulation } from '../schema/regulation.ts';
import { ContentError, type Problem } from '../validate.ts';
import { indexProvisions } from '../provisions.ts';
import { walkBody } from '../ids.ts';
import { REGULATIONS_DIR, partPath } from '../regulation-folder.ts';
import { readYamlAs } from '../yaml-file.ts';
import { regulationShortTitle } from '../citation.ts';
import { indexTexts, instantiate, instanceId, type InstanceContext, type TextIndex } from './instance.ts';

export const DIAGRAMS_DIR = join(process.cwd(), 'diagrams');

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/.test(f) ? [p] : [];
    });
}

export interface Catalogue {
  figures: Map<string, Figure>;
  maps: Map<string, FigureMapEntry[]>;
  /** Canonical figures as each regulation draws them, by instance id "<slug>/gambar-<nomor>" (see instance.ts). */
  instances: Map<string, Figure>;
}

/** Checks one figure against the regulations it cites. Pure: returns problems. */
export function checkFigure(fig: Figure, file: string, provisionIds: Map<string, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const lanes = new Set((fig.lanes ?? []).map((l) => l.id));
  const phases = new Set((fig.phases ?? []).map((p) => p.id));
  if (fig.kind === 'swimlane' && !lanes.size)
    problems.push({ file, path: 'lanes', message: 'diagram swimlane wajib punya lanes (satu per aktor)' });
  fig.nodes.forEach((n, i) => {
    if (ids.has(n.id)) problems.push({ file, path: `nodes[${i}].id`, message: `id simpul ganda "${n.id}"` });
    ids.add(n.id);
    if (fig.kind === 'swimlane' && !n.lane)
      problems.push({ file, path: `nodes[${i}].lane`, message: `langkah "${n.id}" tidak menyebut aktornya (lane)` });
    if (n.lane && !lanes.has(n.lane))
      problems.push({ file, path: `nodes[${i}].lane`, message: `aktor tidak dikenal "${n.lane}" (tidak ada di lanes)` });
    if (n.phase && !phases.has(n.phase))
      problems.push({ file, path: `nodes[${i}].phase`, message: `tahap tidak dikenal "${n.phase}" (tidak ada di phases)` });
    n.cite.forEach((c, j) => {
      const set = provisionIds.get(c.reg);
      if (!set) problems.push({ file, path: `nodes[${i}].cite[${j}].reg`, message: `peraturan tidak dikenal "${c.reg}"` });
      else if (!set.has(c.id))
        problems.push({ file, path: `nodes[${i}].cite[${j}].id`, message: `ketentuan "${c.id}" tidak ada dalam peraturan ${c.reg}` });
    });
  });
  fig.edges.forEach((e, i) => {
    if (!ids.has(e.from)) problems.push({ file, path: `edges[${i}].from`, message: `simpul tidak dikenal "${e.from}"` });
    if (!ids.has(e.to)) problems.push({ file, path: `edges[${i}].to`, message: `simpul tidak dikenal "${e.to}"` });
    (e.cite ?? []).forEach((c, j) => {
      const set = provisionIds.get(c.reg);
      if (!set?.has(c.id)) problems.push({ file, path: `edges[${i}].cite[${j}]`, message: `ketentuan "${c.reg}#${c.id}" tidak ada` });
    });
  });
  return problems;
}

/** "Gambar N" numbers mentioned anywhere in a regulation's text, with where. */
export function gambarMentions(reg: Regulation): { nomor: string; where: string }[] {
  const out: { nomor: string; where: string }[] = [];
  const scan = (text: string, where: string) => {
    for (const m of text.matchAll(/\bGambar\s*(\d+)\b/g)) out.push({ nomor: m[1]!, where });
  };
  for (const w of walkBody(reg.batangTubuh)) if (w.node.text) scan(w.node.text, w.id);
  for (const l of reg.lampiran) {
    for (const b of l.blocks) {
      if (b.type === 'para' || b.type === 'heading') scan(b.text, b.id);
      if (b.type === 'figure' && b.gambar) out.push({ nomor: b.gambar, where: b.id });
    }
  }
  return out;
}

export function checkMap(entries: FigureMapEntry[], reg: Regulation, file: string, figures: Map<string, Figure>): Problem[] {
  const problems: Problem[] = [];
  const blocks = new Map(reg.lampiran.flatMap((l) => l.blocks.map((b) => [b.id, b] as const)));
  const ids = new Set(indexProvisions(reg).map((p) => p.id));
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.nomor)) problems.push({ file, path: `gambar[${i}].nomor`, message: `Gambar ${e.nomor} dipetakan dua kali` });
    seen.add(e.nomor);
    if (!figures.has(e.figure))
      problems.push({ file, path: `gambar[${i}].figure`, message: `gambar "${e.figure}" tidak ada di diagrams/figures` });
    if (e.block) {
      const b = blocks.get(e.block);
      if (!b) problems.push({ file, path: `gambar[${i}].block`, message: `blok "${e.block}" tidak ada dalam Lampiran ${reg.slug}` });
      else if (b.type !== 'figure') problems.push({ file, path: `gambar[${i}].block`, message: `blok "${e.block}" bukan blok gambar` });
    }
    if (!e.block && !e.rujukan)
      problems.push({ file, path: `gambar[${i}]`, message: 'tanpa blok gambar, sebutkan paragraf yang merujuknya (rujukan) dan catatan' });
    if (e.rujukan && !ids.has(e.rujukan))
      problems.push({ file, path: `gambar[${i}].rujukan`, message: `ketentuan "${e.rujukan}" tidak ada` });
    if (!e.block && !e.catatan)
      problems.push({ file, path: `gambar[${i}].catatan`, message: 'gambar tanpa blok wajib diberi catatan editorial' });
    const fig = figures.get(e.figure);
    const canonical = fig?.nomor !== undefined && e.figure.startsWith('kanonik-');
    if (e.pola !== undefined) {
      if (canonical)
        problems.push({
          file,
          path: `gambar[${i}].pola`,
          message: 'pola hanya untuk bagan milik peraturan sendiri; bagan kanonik sudah menjadi polanya',
        });
      else if (!figures.has(e.pola))
        problems.push({ file, path: `gambar[${i}].pola`, message: `bagan kanonik "${e.pola}" tidak ada di diagrams/figures` });
    }
    for (const [nodeId, o] of Object.entries(e.simpul ?? {})) {
      const p = `gambar[${i}].simpul.${nodeId}`;
      if (!canonical) {
        problems.push({ file, path: p, message: 'simpul hanya dapat diatur untuk bagan kanonik' });
        continue;
      }
      if (!fig!.nodes.some((n) => n.id === nodeId))
        problems.push({ file, path: p, message: `bagan ${e.figure} tidak punya simpul "${nodeId}"` });
      if (o.hapus && !o.catatan)
        problems.push({
          file,
          path: `${p}.catatan`,
          message: 'simpul yang tidak digambar (hapus) wajib diberi catatan: mengapa teks ini tidak memuatnya',
        });
      (o.cite ?? []).forEach((id, j) => {
        if (!ids.has(id))
          problems.push({ file, path: `${p}.cite[${j}]`, message: `ketentuan "${id}" tidak ada dalam peraturan ${reg.slug}` });
      });
    }
  });
  const mapped = new Set(entries.map((e) => e.nomor.replace(/-\d+$/, '')));
  for (const m of gambarMentions(reg)) {
    if (!mapped.has(m.nomor))
      problems.push({ file, path: m.where, message: `teks menyebut Gambar ${m.nomor}, tetapi tidak ada di peta gambar ${reg.slug}` });
  }
  return problems;
}

function readFigure(
  path: string,
  expected: string,
  provisionIds: Map<string, Set<string>>,
  figures: Map<string, Figure>,
  problems: Problem[],
) {
  const file = relative(process.cwd(), path);
  const fig = readYamlAs(path, Figure, problems, file);
  if (!fig) return;
  if (fig.id !== expected)
    problems.push({ file, path: 'id', message: `id "${fig.id}" harus sama dengan "${expected}" (dari nama berkas)` });
  if (figures.has(fig.id)) problems.push({ file, path: 'id', message: `id gambar "${fig.id}" dipakai dua kali` });
  problems.push(...checkFigure(fig, file, provisionIds));
  figures.set(fig.id, fig);
}

/**
 * The canonical figures (diagrams/figures/*.yaml, named by no regulation) and,
 * from each regulation folder, its own charts (gambar/*.yaml, id "<slug>/<name>")
 * and its map of "Gambar N" to figures (gambar.yaml).
 */
export function loadCatalogue(regs: Regulation[], dir = DIAGRAMS_DIR, regulationsDir = REGULATIONS_DIR): Catalogue {
  const problems: Problem[] = [];
  const provisionIds = new Map(regs.map((r) => [r.slug, new Set(indexProvisions(r).map((p) => p.id))]));
  const figures = new Map<string, Figure>();
  const figDir = join(dir, 'figures');
  for (const path of yamlFiles(figDir)) readFigure(path, relative(figDir, path).replace(/\.ya?ml$/, ''), provisionIds, figures, problems);
  for (const reg of regs) {
    const own = partPath(reg.slug, 'gambarSendiri', regulationsDir);
    for (const path of yamlFiles(own))
      readFigure(path, `${reg.slug}/${relative(own, path).replace(/\.ya?ml$/, '')}`, provisionIds, figures, problems);
  }
  const maps = new Map<string, FigureMapEntry[]>();
  for (const reg of regs) {
    const path = partPath(reg.slug, 'petaGambar', regulationsDir);
    const file = relative(process.cwd(), path);
    if (!existsSync(path)) {
      const mentions = gambarMentions(reg);
      if (mentions.length)
        problems.push({
          file,
          path: '',
          message: `peta gambar belum ada, padahal teks ${reg.slug} menyebut ${new Set(mentions.map((m) => m.nomor)).size} Gambar (mis. Gambar ${mentions[0]!.nomor} di ${mentions[0]!.where})`,
        });
      else maps.set(reg.slug, []);
      continue;
    }
    const map = readYamlAs(path, FigureMap, problems, file);
    if (!map) continue;
    if (map.reg !== undefined && map.reg !== reg.slug)
      problems.push({ file, path: 'reg', message: `reg "${map.reg}" harus sama dengan nama folder "${reg.slug}"` });
    problems.push(...checkMap(map.gambar, reg, file, figures));
    maps.set(reg.slug, map.gambar);
  }
  const instances = problems.length ? new Map<string, Figure>() : buildInstances(regs, figures, maps);
  if (problems.length) throw new ContentError(problems);
  return { figures, maps, instances };
}

/** Every canonical figure a regulation maps, drawn for that regulation (see instance.ts). */
export function buildInstances(regs: Regulation[], figures: Map<string, Figure>, maps: Map<string, FigureMapEntry[]>): Map<string, Figure> {
  const indexes = new Map<string, TextIndex>();
  const index = (r: Regulation) => {
    let x = indexes.get(r.slug);
    if (!x) indexes.set(r.slug, (x = indexTexts(r)));
    return x;
  };
  const bySlug = new Map(regs.map((r) => [r.slug, r]));
  const sources: InstanceContext['sources'] = new Map();
  const source = (slug: string) => {
    const r = bySlug.get(slug);
    if (r && !sources.has(slug)) sources.set(slug, { reg: r, index: index(r), entries: maps.get(slug) ?? [] });
  };
  const out = new Map<string, Figure>();
  for (const reg of regs) {
    for (const e of maps.get(reg.slug) ?? []) {
      const fig = figures.get(e.figure);
      if (!fig || fig.nomor === undefined || !fig.id.startsWith('kanonik-')) continue;
      for (const n of fig.nodes) for (const c of n.cite) source(c.reg);
      const ctx: InstanceContext = {
        reg,
        index: index(reg),
        sources,
        short: (s) => (bySlug.get(s) ? regulationShortTitle(bySlug.get(s)!) : s),
      };
      out.set(instanceId(reg.slug, e.nomor), instantiate(fig, e, ctx));
    }
  }
  return out;
}
