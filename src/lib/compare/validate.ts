/**
 * Validation of the alignment data against the regulations: the zod schema
 * first, then what a schema cannot say. Every topic row names every
 * regulation (provision ids, or an explicit "tidak-diatur"); every id
 * resolves; every figure of every regulation sits in the crosswalk; every
 * "only this regulation" claim is checked against the other texts.
 * Problems carry the file, the path inside it and what is wrong.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  DistinctiveFile, TermGroups, Topic,
  type AlignmentCell, type Distinctive, type UniquenessCheck,
} from '../schema/alignment.ts';
import type { Regulation } from '../schema/regulation.ts';
import { ContentError, formatProblem, type Problem } from '../validate.ts';
import { provisionMap } from '../provisions.ts';
import { walkBody } from '../ids.ts';
import { normalise, regulationTexts } from './texts.ts';

export type Cell =
  | { kind: 'ids'; ids: string[] }
  | { kind: 'none'; label: NoneLabel; catatan?: string | undefined; lihat: string[] };

/** How an empty cell is labelled. */
export type NoneLabel = 'tidak-diatur' | 'tidak-ada' | 'tidak-didefinisikan';

/** Topic ids that would collide with the fixed comparison pages. */
export const RESERVED_TOPIC_IDS = ['definisi', 'gambar', 'kekhasan'];

export interface AlignedRow {
  id: string;
  judul: string;
  catatan?: string | undefined;
  cells: Map<string, Cell>;
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
  distinctive: { pengantar: string; byRegulation: Map<string, Distinctive[]> };
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
    this.message = `Data perbandingan (content/alignment) tidak valid:\n${problems.map(formatProblem).join('\n')}`;
  }
}

const pathString = (path: readonly PropertyKey[]) =>
  path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');

function parseFile<T>(src: SourceFile, schema: z.ZodType<T>, problems: Problem[]): T | undefined {
  let doc: unknown;
  try {
    doc = parseYaml(src.text);
  } catch (e) {
    problems.push({ file: src.file, path: '', message: `YAML tidak dapat dibaca: ${(e as Error).message}` });
    return undefined;
  }
  const r = schema.safeParse(doc);
  if (!r.success) {
    for (const i of r.error.issues) problems.push({ file: src.file, path: pathString(i.path), message: i.message });
    return undefined;
  }
  return r.data;
}

function toCell(c: AlignmentCell): Cell {
  if (Array.isArray(c)) return { kind: 'ids', ids: c };
  if (c === 'tidak-diatur' || c === 'tidak-ada') return { kind: 'none', label: c, lihat: [] };
  return { kind: 'none', label: 'tidak-diatur', catatan: c.catatan, lihat: c.lihat ?? [] };
}

/**
 * Checks one row of cells: every regulation named, no unknown regulation,
 * every id known to its regulation, no id twice. Returns the normalised cells.
 */
function checkCells(
  raw: Record<string, AlignmentCell>,
  path: string,
  file: string,
  regs: Regulation[],
  ids: Map<string, Map<string, unknown>>,
  problems: Problem[],
  what = 'ketentuan',
): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const slug of Object.keys(raw)) {
    if (!ids.has(slug)) problems.push({ file, path: `${path}.${slug}`, message: `peraturan "${slug}" tidak dikenal (yang ada: ${regs.map((r) => r.slug).join(', ')})` });
  }
  for (const reg of regs) {
    const c = raw[reg.slug];
    if (c === undefined) {
      problems.push({ file, path: `${path}.${reg.slug}`, message: `"${reg.slug}" tidak disebut: tulis id ${what}nya, atau "tidak-diatur" jika peraturan ini tidak mengaturnya` });
      continue;
    }
    const cell = toCell(c);
    const known = ids.get(reg.slug)!;
    const list = cell.kind === 'ids' ? cell.ids : cell.lihat;
    const seen = new Set<string>();
    list.forEach((id, i) => {
      const p = cell.kind === 'ids' ? `${path}.${reg.slug}[${i}]` : `${path}.${reg.slug}.lihat[${i}]`;
      if (!known.has(id)) problems.push({ file, path: p, message: `id "${id}" tidak ada dalam content/regulations/${reg.slug}/peraturan.yaml` });
      if (seen.has(id)) problems.push({ file, path: p, message: `id "${id}" disebut dua kali` });
      seen.add(id);
    });
    cells.set(reg.slug, cell);
  }
  return cells;
}

/** Terms defined in Pasal 1 of a regulation, lower case. */
export function definedTermSet(reg: Regulation): Set<string> {
  const out = new Set<string>();
  for (const w of walkBody(reg.batangTubuh)) if (w.node.term) out.add(normalise(w.node.term));
  return out;
}

/** Where a uniqueness check finds its evidence in a regulation (ids), empty if nowhere. */
export function checkEvidence(reg: Regulation, cek: UniquenessCheck): string[] {
  if (cek.istilah) {
    const t = normalise(cek.istilah);
    return [...walkBody(reg.batangTubuh)].filter((w) => w.node.term && normalise(w.node.term) === t).map((w) => w.id);
  }
  if (cek.jenisBlok) {
    return reg.lampiran.flatMap((l) => l.blocks.filter((b) => b.type === cek.jenisBlok).map((b) => b.id));
  }
  const needle = normalise(cek.teks!);
  const out: string[] = [];
  for (const t of regulationTexts(reg)) {
    if (cek.lingkup === 'batang-tubuh' && t.where !== 'batang-tubuh') continue;
    if (normalise(t.text).includes(needle)) out.push(t.id);
  }
  return out;
}

export interface AlignmentSources {
  topics: SourceFile[];
  terms: SourceFile;
  distinctive: SourceFile;
}

/** Validates all alignment files against the regulations; throws ContentError listing every problem. */
export function validateAlignment(src: AlignmentSources, regs: Regulation[]): Alignment {
  const problems: Problem[] = [];
  const ids = new Map(regs.map((r) => [r.slug, provisionMap(r) as Map<string, unknown>]));

  // Topics.
  const topics: AlignedTopic[] = [];
  const topicIds = new Set<string>();
  for (const f of src.topics) {
    const t = parseFile(f, Topic, problems);
    if (!t) continue;
    const expected = f.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (t.id !== expected) problems.push({ file: f.file, path: 'id', message: `id topik "${t.id}" harus sama dengan nama berkas "${expected}"` });
    if (RESERVED_TOPIC_IDS.includes(t.id)) problems.push({ file: f.file, path: 'id', message: `id topik "${t.id}" sudah dipakai untuk halaman lain (${RESERVED_TOPIC_IDS.join(', ')})` });
    if (topicIds.has(t.id)) problems.push({ file: f.file, path: 'id', message: `id topik "${t.id}" dipakai dua kali` });
    topicIds.add(t.id);
    const rowIds = new Set<string>();
    const baris: AlignedRow[] = t.baris.map((r, i) => {
      if (rowIds.has(r.id)) problems.push({ file: f.file, path: `baris[${i}].id`, message: `id baris "${r.id}" dipakai dua kali dalam topik ini` });
      rowIds.add(r.id);
      return { id: r.id, judul: r.judul, catatan: r.catatan, cells: checkCells(r.ketentuan, `baris[${i}].ketentuan`, f.file, regs, ids, problems) };
    });
    topics.push({ id: t.id, urutan: t.urutan, judul: t.judul, ringkasan: t.ringkasan, bagian: t.bagian, baris, file: f.file });
  }
  topics.sort((a, b) => a.urutan - b.urutan || a.id.localeCompare(b.id));

  // The figure crosswalk is not kept here: it is derived from the regulations' figure maps (src/lib/figures/crosswalk.ts).

  // Equivalent defined terms: every term must be defined somewhere, and only once across groups.
  const terms = parseFile(src.terms, TermGroups, problems);
  if (terms) {
    const all = new Set(regs.flatMap((r) => [...definedTermSet(r)]));
    const grouped = new Set<string>();
    terms.setara.forEach((g, i) => g.istilah.forEach((t, j) => {
      const n = normalise(t);
      if (!all.has(n)) problems.push({ file: src.terms.file, path: `setara[${i}].istilah[${j}]`, message: `istilah "${t}" tidak didefinisikan dalam Pasal 1 peraturan mana pun` });
      if (grouped.has(n)) problems.push({ file: src.terms.file, path: `setara[${i}].istilah[${j}]`, message: `istilah "${t}" sudah masuk kelompok lain` });
      grouped.add(n);
    }));
  }

  // Distinctive features: ids resolve, and the uniqueness check holds.
  const dist = parseFile(src.distinctive, DistinctiveFile, problems);
  const byRegulation = new Map<string, Distinctive[]>();
  if (dist) {
    for (const [slug, items] of Object.entries(dist.peraturan)) {
      const reg = regs.find((r) => r.slug === slug);
      if (!reg) {
        problems.push({ file: src.distinctive.file, path: `peraturan.${slug}`, message: `peraturan "${slug}" tidak dikenal` });
        continue;
      }
      items.forEach((d, i) => {
        const p = `peraturan.${slug}[${i}]`;
        d.ketentuan.forEach((id, j) => {
          if (!ids.get(slug)!.has(id)) problems.push({ file: src.distinctive.file, path: `${p}.ketentuan[${j}]`, message: `id "${id}" tidak ada dalam content/regulations/${slug}/peraturan.yaml` });
        });
        d.cek.forEach((c, k) => {
          const what = c.teks ? `teks "${c.teks}"` : c.istilah ? `istilah "${c.istilah}"` : `blok ${c.jenisBlok}`;
          if (checkEvidence(reg, c).length === 0) {
            problems.push({ file: src.distinctive.file, path: `${p}.cek[${k}]`, message: `${what} tidak ditemukan di ${slug} sendiri` });
          }
          for (const other of regs) {
            if (other.slug === slug) continue;
            const found = checkEvidence(other, c);
            if (found.length) problems.push({ file: src.distinctive.file, path: `${p}.cek[${k}]`, message: `klaim "${d.judul}" tidak khas: ${what} juga ada di ${other.slug} (${found.slice(0, 3).join(', ')})` });
          }
        });
      });
      byRegulation.set(slug, items);
    }
  }

  if (problems.length) throw new AlignmentError(problems);
  return {
    topics,
    terms: terms!,
    distinctive: { pengantar: dist!.pengantar, byRegulation },
  };
}
