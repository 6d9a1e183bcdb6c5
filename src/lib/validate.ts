/**
 * Validation of a regulation data file: the zod schema first, then the rules a
 * schema cannot say (unique ids, where each kind of node may sit, editorial
 * notes pointing at real provisions, cross-references that resolve).
 * Every problem names the file, the path inside it and what is wrong.
 */
import { z } from 'zod';
import { Regulation, type BodyNode, type EditorialNote } from './schema/regulation.ts';
import { indexProvisions } from './provisions.ts';
import { bodyTexts, findRefs } from './crossref.ts';
import { parseYamlDoc, zodProblems } from './yaml-file.ts';
import { RESERVED_SLUGS } from './reserved-segments.ts';

// zod's own messages ("expected number, received undefined") in Indonesian, like ours.
z.config(z.locales.id());

export interface Problem {
  file: string;
  path: string;
  message: string;
}

export class ContentError extends Error {
  problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Data peraturan tidak valid:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export const formatProblem = (p: Problem) => `  ${p.file}: ${p.path || '(akar)'}: ${p.message}`;

const ALLOWED_CHILDREN: Record<BodyNode['kind'], BodyNode['kind'][]> = {
  bab: ['bagian', 'pasal', 'teks'],
  bagian: ['paragraf', 'pasal', 'teks'],
  paragraf: ['pasal', 'teks'],
  pasal: ['ayat', 'huruf', 'angka', 'teks'],
  ayat: ['huruf', 'angka', 'teks'],
  huruf: ['angka', 'huruf', 'teks'],
  angka: ['huruf', 'angka', 'teks'],
  teks: [],
};

function checkTree(nodes: BodyNode[], path: string, parent: BodyNode | undefined, file: string, out: Problem[]) {
  nodes.forEach((n, i) => {
    const p = `${path}[${i}]`;
    if (parent && !ALLOWED_CHILDREN[parent.kind].includes(n.kind)) {
      out.push({ file, path: `${p}.kind`, message: `"${n.kind}" tidak boleh berada di dalam "${parent.kind}"` });
    }
    if (!parent && !['bab', 'pasal'].includes(n.kind)) {
      out.push({ file, path: `${p}.kind`, message: `batang tubuh harus dimulai dengan "bab" atau "pasal", bukan "${n.kind}"` });
    }
    if (n.kind !== 'teks' && !n.num) out.push({ file, path: `${p}.num`, message: `"${n.kind}" wajib punya nomor (num)` });
    if (n.kind === 'teks' && !n.text) out.push({ file, path: `${p}.text`, message: 'teks wajib berisi text' });
    if (['ayat', 'huruf', 'angka'].includes(n.kind) && !n.text)
      out.push({ file, path: `${p}.text`, message: `"${n.kind}" wajib berisi text` });
    if (['bab', 'bagian', 'paragraf'].includes(n.kind) && !n.heading)
      out.push({ file, path: `${p}.heading`, message: `"${n.kind}" wajib punya judul (heading)` });
    if (n.term && !n.text?.startsWith(n.term))
      out.push({ file, path: `${p}.term`, message: `istilah "${n.term}" tidak muncul di awal teks definisi` });
    if (n.children) checkTree(n.children, `${p}.children`, n, file, out);
  });
}

/** The rules of one note's `lihat` list: required for `pertentangan`, every id must exist, none is the target. */
export function checkNoteLinks(n: EditorialNote, i: number, ids: { has(id: string): boolean }, file: string): Problem[] {
  const out: Problem[] = [];
  const lihat = n.lihat ?? [];
  if (n.jenis === 'pertentangan' && lihat.length === 0) {
    out.push({
      file,
      path: `catatan[${i}].lihat`,
      message: 'catatan jenis pertentangan wajib menyebut ketentuan lain yang dipertentangkan (lihat)',
    });
  }
  if (n.jenis === 'pertentangan' && !n.asli.trim()) {
    out.push({ file, path: `catatan[${i}].asli`, message: 'catatan jenis pertentangan wajib mengutip kata-kata ketentuan sasaran (asli)' });
  }
  if (n.jenis === 'artefak' && lihat.length > 0) {
    out.push({ file, path: `catatan[${i}].lihat`, message: 'catatan jenis artefak tidak memakai lihat' });
  }
  lihat.forEach((id, j) => {
    if (!ids.has(id)) out.push({ file, path: `catatan[${i}].lihat[${j}]`, message: `catatan merujuk ke "${id}" yang tidak ada` });
    else if (id === n.target)
      out.push({ file, path: `catatan[${i}].lihat[${j}]`, message: `lihat tidak boleh sama dengan target "${id}"` });
  });
  if (new Set(lihat).size !== lihat.length)
    out.push({ file, path: `catatan[${i}].lihat`, message: 'lihat menyebut ketentuan yang sama dua kali' });
  return out;
}

/** Validates a parsed YAML document; returns the typed regulation or throws ContentError. */
export function validateRegulation(doc: unknown, file: string): Regulation {
  const parsed = Regulation.safeParse(doc);
  if (!parsed.success) {
    throw new ContentError(zodProblems(file, parsed.error));
  }
  const reg = parsed.data;
  const problems: Problem[] = [];
  // content/regulations/<slug>/peraturan.yaml: the slug is the folder's name.
  const expectedSlug = /(^|\/)peraturan\.ya?ml$/.test(file)
    ? file.replace(/\/peraturan\.ya?ml$/, '').replace(/^.*\//, '')
    : file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (reg.slug !== expectedSlug)
    problems.push({ file, path: 'slug', message: `slug "${reg.slug}" harus sama dengan nama folder "${expectedSlug}"` });
  if (RESERVED_SLUGS.has(reg.slug))
    problems.push({
      file,
      path: 'slug',
      message: `slug "${reg.slug}" sudah dipakai untuk halaman situs sendiri (/${reg.slug}/): pilih nama lain`,
    });
  checkTree(reg.batangTubuh, 'batangTubuh', undefined, file, problems);

  const seen = new Map<string, string>();
  for (const p of indexProvisions(reg)) {
    if (seen.has(p.id))
      problems.push({ file, path: p.id, message: `id ganda "${p.id}" (nomor yang sama dipakai dua kali di tempat yang sama)` });
    seen.set(p.id, p.kind);
  }
  reg.catatan.forEach((n, i) => {
    if (!seen.has(n.target))
      problems.push({ file, path: `catatan[${i}].target`, message: `catatan merujuk ke "${n.target}" yang tidak ada` });
    problems.push(...checkNoteLinks(n, i, seen, file));
  });
  for (const t of bodyTexts(reg)) {
    for (const r of findRefs(t.text, t.pasal)) {
      if (r.kind !== 'pasal' || seen.has(r.target)) continue;
      const excused = reg.catatan.some(
        (n) => n.target === t.id && (n.jenis === 'salah-cetak' || n.jenis === 'penomoran') && n.asli.includes(r.text),
      );
      if (!excused) {
        problems.push({
          file,
          path: t.id,
          message: `rujukan "${r.text}" menunjuk ke "${r.target}" yang tidak ada (jika salah cetak dalam naskah, catat sebagai catatan jenis penomoran)`,
        });
      }
    }
  }
  if (problems.length) throw new ContentError(problems);
  return reg;
}

/** Parses YAML text and validates it. YAML syntax errors are reported with the file name too. */
export function parseRegulation(yamlText: string, file: string): Regulation {
  const problems: Problem[] = [];
  const doc = parseYamlDoc(yamlText, file, problems);
  if (problems.length) throw new ContentError(problems);
  return validateRegulation(doc, file);
}
