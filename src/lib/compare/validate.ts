/**
 * Validation of the comparison data against the regulations: the zod schema
 * first, then what a schema cannot say. The shared topics name no regulation;
 * each regulation's perbandingan.yaml maps its provisions to topic rows (a row
 * it leaves out is "belum dipetakan", not an error); every id resolves; every
 * figure of every regulation sits in the crosswalk; every distinctive feature
 * is found in its own regulation, and which regulations have it is computed
 * from the "cek" evidence checks, never written by hand.
 * Problems carry the file, the path inside it and what is wrong.
 */
import { RESERVED_TOPIC_IDS } from '../reserved-segments.ts';
import type { z } from 'zod';
import {
  DistinctiveFile,
  RegulationComparison,
  TermGroups,
  Topic,
  type AlignmentCell,
  type Distinctive,
  type UniquenessCheck,
} from '../schema/alignment.ts';
import type { Regulation } from '../schema/regulation.ts';
import { ContentError, formatProblem, type Problem } from '../validate.ts';
import { parseYamlAs } from '../yaml-file.ts';
import { provisionMap } from '../provisions.ts';
import { walkBody } from '../ids.ts';
import { normalise, regulationTexts } from './texts.ts';

export type Cell = { kind: 'ids'; ids: string[] } | { kind: 'none'; label: NoneLabel; catatan?: string | undefined; lihat: string[] };

/** How an empty cell is labelled. */
export type NoneLabel = 'tidak-diatur' | 'tidak-ada' | 'tidak-didefinisikan';

/** Topic ids that would collide with the fixed comparison pages. */
export { RESERVED_TOPIC_IDS };

export interface AlignedRow {
  id: string;
  judul: string;
  catatan?: string | undefined;
  /** Regulation slug -> cell; a regulation without a cell has not been mapped to this row yet ("belum dipetakan"). */
  cells: Map<string, Cell>;
}

/** A distinctive feature with the regulations that have it (all its checks hold there), computed from the data. */
export interface DistinctiveView extends Distinctive {
  holders: string[];
}

export interface AlignedTopic {
  id: string;
  urutan: number;
  judul: string;
  ringkasan: string;
  bagian: 'batang-tubuh' | 'lampiran';
  baris: AlignedRow[];
  file: string;
}

export interface Alignment {
  topics: AlignedTopic[];
  terms: TermGroups;
  distinctive: { pengantar: string; byRegulation: Map<string, DistinctiveView[]> };
  /** Regulation slug -> number of topic rows it has not been mapped to yet. */
  unmapped: Map<string, number>;
}

export interface SourceFile {
  /** Path relative to the project, for messages. */
  file: string;
  text: string;
}

/** A ContentError whose message says it is the comparison data that is wrong. */
export class AlignmentError extends ContentError {
  constructor(problems: Problem[]) {
    super(problems);
    this.name = 'AlignmentError';
    this.message = `Data perbandingan (content/alignment, perbandingan.yaml tiap peraturan) tidak valid:\n${problems.map(formatProblem).join('\n')}`;
  }
}

function parseFile<T>(src: SourceFile, schema: z.ZodType<T>, problems: Problem[]): T | undefined {
  return parseYamlAs(src.text, src.file, schema, problems);
}

function toCell(c: AlignmentCell): Cell {
  if (Array.isArray(c)) return { kind: 'ids', ids: c };
  if (c === 'tidak-diatur' || c === 'tidak-ada') return { kind: 'none', label: c, lihat: [] };
  return { kind: 'none', label: 'tidak-diatur', catatan: c.catatan, lihat: c.lihat ?? [] };
}

/** Terms defined in Pasal 1 of a regulation, lower case. */
export function definedTermSet(reg: Regulation): Set<string> {
  const out = new Set<string>();
  for (const w of walkBody(reg.batangTubuh)) if (w.node.term) out.add(normalise(w.node.term));
  return out;
}

interface TextIndex {
  texts: { id: string; batangTubuh: boolean; norm: string }[];
  terms: Map<string, string[]>;
  blocks: Map<string, string[]>;
}
const textIndexes = new WeakMap<Regulation, TextIndex>();

/** The normalised texts, defined terms and Lampiran block types of a regulation, built once per regulation. */
function textIndex(reg: Regulation): TextIndex {
  let ix = textIndexes.get(reg);
  if (ix) return ix;
  ix = { texts: [], terms: new Map(), blocks: new Map() };
  for (const t of regulationTexts(reg)) ix.texts.push({ id: t.id, batangTubuh: t.where === 'batang-tubuh', norm: normalise(t.text) });
  for (const w of walkBody(reg.batangTubuh)) {
    if (!w.node.term) continue;
    const k = normalise(w.node.term);
    ix.terms.set(k, [...(ix.terms.get(k) ?? []), w.id]);
  }
  for (const l of reg.lampiran) for (const b of l.blocks) ix.blocks.set(b.type, [...(ix.blocks.get(b.type) ?? []), b.id]);
  textIndexes.set(reg, ix);
  return ix;
}

/** Where a check finds its evidence in a regulation (ids), empty if nowhere. */
export function checkEvidence(reg: Regulation, cek: UniquenessCheck): string[] {
  const ix = textIndex(reg);
  if (cek.istilah) return ix.terms.get(normalise(cek.istilah)) ?? [];
  if (cek.jenisBlok) return ix.blocks.get(cek.jenisBlok) ?? [];
  const needle = normalise(cek.teks!);
  const batangTubuh = cek.lingkup === 'batang-tubuh';
  return ix.texts.filter((t) => (!batangTubuh || t.batangTubuh) && t.norm.includes(needle)).map((t) => t.id);
}

/**
 * The regulations (slugs, in the given order) where every check of a feature
 * finds evidence. Results are cached per (regulation, check), so copies of
 * the same claim in many folders cost one scan per regulation.
 */
export function featureHolders(cek: UniquenessCheck[], regs: Regulation[], cache = new Map<string, boolean>()): string[] {
  return regs
    .filter((reg) =>
      cek.every((c) => {
        const key = `${reg.slug}\u0000${JSON.stringify(c)}`;
        let hit = cache.get(key);
        if (hit === undefined) cache.set(key, (hit = checkEvidence(reg, c).length > 0));
        return hit;
      }),
    )
    .map((r) => r.slug);
}

export interface AlignmentSources {
  topics: SourceFile[];
  terms: SourceFile;
  distinctive: SourceFile;
  /** Regulation slug -> its perbandingan.yaml; a regulation without one is not mapped to any topic yet. */
  regulations: Map<string, SourceFile | undefined>;
}

/** Validates all alignment files against the regulations; throws ContentError listing every problem. */
export function validateAlignment(src: AlignmentSources, regs: Regulation[]): Alignment {
  const problems: Problem[] = [];
  const regulationSource = (slug: string) => src.regulations.get(slug);
  const ids = new Map(regs.map((r) => [r.slug, provisionMap(r) as Map<string, unknown>]));

  // Topics.
  const topics: AlignedTopic[] = [];
  const topicIds = new Set<string>();
  for (const f of src.topics) {
    const t = parseFile(f, Topic, problems);
    if (!t) continue;
    const expected = f.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (t.id !== expected)
      problems.push({ file: f.file, path: 'id', message: `id topik "${t.id}" harus sama dengan nama berkas "${expected}"` });
    if (RESERVED_TOPIC_IDS.includes(t.id))
      problems.push({
        file: f.file,
        path: 'id',
        message: `id topik "${t.id}" sudah dipakai untuk halaman lain (${RESERVED_TOPIC_IDS.join(', ')})`,
      });
    if (topicIds.has(t.id)) problems.push({ file: f.file, path: 'id', message: `id topik "${t.id}" dipakai dua kali` });
    topicIds.add(t.id);
    const rowIds = new Set<string>();
    const baris: AlignedRow[] = t.baris.map((r, i) => {
      if (rowIds.has(r.id))
        problems.push({ file: f.file, path: `baris[${i}].id`, message: `id baris "${r.id}" dipakai dua kali dalam topik ini` });
      rowIds.add(r.id);
      return { id: r.id, judul: r.judul, catatan: r.catatan, cells: new Map() };
    });
    topics.push({ id: t.id, urutan: t.urutan, judul: t.judul, ringkasan: t.ringkasan, bagian: t.bagian, baris, file: f.file });
  }
  topics.sort((a, b) => a.urutan - b.urutan || a.id.localeCompare(b.id));

  // Each regulation's own mapping (perbandingan.yaml) and its distinctive features.
  const byRegulation = new Map<string, DistinctiveView[]>();
  const unmapped = new Map<string, number>();
  const holderCache = new Map<string, boolean>();
  const topicById = new Map(topics.map((t) => [t.id, t]));
  for (const reg of regs) {
    const src = regulationSource(reg.slug);
    const own = src ? parseFile(src, RegulationComparison, problems) : undefined;
    if (src && own) {
      const known = ids.get(reg.slug)!;
      for (const [topicId, rows] of Object.entries(own.topik)) {
        const topic = topicById.get(topicId);
        if (!topic) {
          problems.push({
            file: src.file,
            path: `topik.${topicId}`,
            message: `topik "${topicId}" tidak ada di content/alignment/topik/ (yang ada: ${topics.map((t) => t.id).join(', ')})`,
          });
          continue;
        }
        for (const [rowId, raw] of Object.entries(rows)) {
          const row = topic.baris.find((r) => r.id === rowId);
          const path = `topik.${topicId}.${rowId}`;
          if (!row) {
            problems.push({
              file: src.file,
              path,
              message: `baris "${rowId}" tidak ada dalam topik "${topicId}" (yang ada: ${topic.baris.map((r) => r.id).join(', ')})`,
            });
            continue;
          }
          const cell = toCell(raw);
          const list = cell.kind === 'ids' ? cell.ids : cell.lihat;
          const seen = new Set<string>();
          list.forEach((id, i) => {
            const p = cell.kind === 'ids' ? `${path}[${i}]` : `${path}.lihat[${i}]`;
            if (!known.has(id))
              problems.push({
                file: src.file,
                path: p,
                message: `id "${id}" tidak ada dalam content/regulations/${reg.slug}/peraturan.yaml`,
              });
            if (seen.has(id)) problems.push({ file: src.file, path: p, message: `id "${id}" disebut dua kali` });
            seen.add(id);
          });
          row.cells.set(reg.slug, cell);
        }
      }
      const items: DistinctiveView[] = [];
      const claimIds = new Set<string>();
      own.kekhasan.forEach((d, i) => {
        const p = `kekhasan[${i}]`;
        if (claimIds.has(d.id)) problems.push({ file: src.file, path: `${p}.id`, message: `id kekhasan "${d.id}" dipakai dua kali` });
        claimIds.add(d.id);
        d.ketentuan.forEach((id, j) => {
          if (!known.has(id))
            problems.push({
              file: src.file,
              path: `${p}.ketentuan[${j}]`,
              message: `id "${id}" tidak ada dalam content/regulations/${reg.slug}/peraturan.yaml`,
            });
        });
        d.cek.forEach((c, k) => {
          const what = c.teks ? `teks "${c.teks}"` : c.istilah ? `istilah "${c.istilah}"` : `blok ${c.jenisBlok}`;
          if (checkEvidence(reg, c).length === 0)
            problems.push({ file: src.file, path: `${p}.cek[${k}]`, message: `${what} tidak ditemukan di ${reg.slug} sendiri` });
        });
        items.push({ ...d, holders: featureHolders(d.cek, regs, holderCache) });
      });
      if (items.length) byRegulation.set(reg.slug, items);
    }
    unmapped.set(
      reg.slug,
      topics.reduce((n, t) => n + t.baris.filter((r) => !r.cells.has(reg.slug)).length, 0),
    );
  }

  // The figure crosswalk is not kept here: it is derived from the regulations' figure maps (src/lib/figures/crosswalk.ts).

  // Equivalent defined terms: every term must be defined somewhere, and only once across groups.
  const terms = parseFile(src.terms, TermGroups, problems);
  if (terms) {
    const all = new Set(regs.flatMap((r) => [...definedTermSet(r)]));
    const grouped = new Set<string>();
    terms.setara.forEach((g, i) =>
      g.istilah.forEach((t, j) => {
        const n = normalise(t);
        if (!all.has(n))
          problems.push({
            file: src.terms.file,
            path: `setara[${i}].istilah[${j}]`,
            message: `istilah "${t}" tidak didefinisikan dalam Pasal 1 peraturan mana pun`,
          });
        if (grouped.has(n))
          problems.push({ file: src.terms.file, path: `setara[${i}].istilah[${j}]`, message: `istilah "${t}" sudah masuk kelompok lain` });
        grouped.add(n);
      }),
    );
  }

  const dist = parseFile(src.distinctive, DistinctiveFile, problems);

  if (problems.length) throw new AlignmentError(problems);
  return {
    topics,
    terms: terms!,
    distinctive: { pengantar: dist!.pengantar, byRegulation },
    unmapped,
  };
}
