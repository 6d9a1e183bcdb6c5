/**
 * Synthetic regulations for the scale benchmark: N regulations made from the
 * real ones, each with a new (made-up) daerah, province, signatories, number,
 * year and dates, and lightly perturbed wording, keeping the real structure
 * (BAB, Pasal, ayat, Lampiran blocks, editorial notes). Every result passes
 * the real validation (schema, ids, cross-references) or this throws.
 *
 * Pure: no file system. scripts/generate-synthetic.ts writes the files.
 */
import { stringify } from 'yaml';
import type { Regulation } from '../schema/regulation.ts';
import { parseRegulation } from '../validate.ts';
import { BULAN, PROVINSI, SUBSTITUTIONS, daerahNames, personName, pick, rng, slugify } from './names.ts';

export interface SyntheticOptions {
  /** How many regulations to make (a positive integer). */
  count: number;
  /** Seed of the random generator: the same seed and templates give the same files. */
  seed?: number;
  /** Slugs already taken (the real regulations when the two sets are built together). */
  exclude?: Iterable<string>;
}

export interface SyntheticFile {
  slug: string;
  /** Which real regulation it was made from. */
  from: string;
  yaml: string;
  reg: Regulation;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const L = '[\\p{L}\\p{N}]';
const WORD_RE = new Map<string, RegExp>();

/** Replaces `from` by `to` as a whole word, keeping the case of each occurrence (Title, UPPER, lower). */
export function replaceWord(s: string, from: string, to: string, keep: (offset: number) => boolean = () => true): string {
  if (!s.toLowerCase().includes(from.toLowerCase())) return s;
  let re = WORD_RE.get(from);
  // "batang tubuh" is the body of a regulation, not the daerah Batang.
  if (!re) WORD_RE.set(from, (re = new RegExp(`(?<!${L})${esc(from)}(?!${L})(?![\\s-]+tubuh)`, 'giu')));
  re.lastIndex = 0;
  return s.replace(re, (m, offset: number) => {
    if (!keep(offset)) return m;
    if (m === m.toUpperCase() && m !== m.toLowerCase()) return to.toUpperCase();
    if (m === m.toLowerCase()) return to.toLowerCase();
    return to[0]!.toUpperCase() + to.slice(1);
  });
}

/** Keys whose string values are identifiers, codes or ISO dates: never rewritten. */
const FIXED_KEYS = new Set([
  'id',
  'target',
  'kind',
  'num',
  'label',
  'slug',
  'berkasSumber',
  'tanggal',
  'bahasa',
  'status',
  'jenis',
  'singkatan',
  'role',
  'type',
  'term',
  'abbr',
]);

function mapStrings<T>(value: T, f: (s: string, key: string | undefined) => string, key?: string): T {
  if (typeof value === 'string') return (FIXED_KEYS.has(key ?? '') ? value : f(value, key)) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f, key)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, f, k);
    return out as T;
  }
  return value;
}

const baseName = (nama: string) => nama.replace(/^(Kabupaten|Kota)\s+/, '');
const iso = (y: number, m: number, d: number) => `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Makes one synthetic regulation from a real one. */
export function synthesizeOne(src: Regulation, name: string, r: () => number): Regulation {
  const isKota = src.meta.daerah.nama.startsWith('Kota ');
  const oldBase = baseName(src.meta.daerah.nama);
  const provinsi = pick(
    r,
    PROVINSI.filter((p) => p !== src.meta.daerah.provinsi),
  );
  const tahun = 2022 + Math.floor(r() * 4);
  const nomor = String(1 + Math.floor(r() * 150));
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 27);
  const sameDay = src.meta.ditetapkan.tanggal === src.meta.diundangkan.tanggal;
  const tetap = { tanggal: iso(tahun, month, day), tertulis: `${day} ${BULAN[month]} ${tahun}` };
  const undang = sameDay ? tetap : { tanggal: iso(tahun, month, day + 1), tertulis: `${day + 1} ${BULAN[month]} ${tahun}` };
  const people = new Map<string, string>();
  for (const o of [src.meta.ditetapkan, src.meta.diundangkan]) if (!people.has(o.penandatangan)) people.set(o.penandatangan, personName(r));
  const dates = new Map<string, string>([
    [src.meta.ditetapkan.tanggalTertulis, tetap.tertulis],
    [src.meta.diundangkan.tanggalTertulis, undang.tertulis],
  ]);
  const oldN = esc(src.meta.nomor);
  const oldY = String(src.meta.tahun);
  const nomorTahun = new RegExp(`(nomor\\s*:?\\s*)${oldN}(\\s+tahun\\s+)${oldY}(?!\\d)`, 'gi');
  const tahunNomor = new RegExp(`(tahun\\s+)${oldY}(\\s+nomor\\s*:?\\s*)${oldN}(?!\\d)`, 'gi');

  // Notes quote the text: the sentences they quote keep their wording.
  const quoted = src.catatan.flatMap((n) => [n.asli, n.bacaan]).filter((s) => s.trim().length > 3);
  const perturb = (s: string) => {
    if (quoted.some((q) => s.includes(q))) return s;
    let out = s;
    for (const [a, b] of SUBSTITUTIONS) out = replaceWord(out, a, b, () => r() < 0.35);
    return out;
  };

  const rewrite = (s: string) => {
    let out = s;
    for (const [a, b] of people) out = replaceWord(out, a, b);
    for (const [a, b] of dates) out = replaceWord(out, a, b);
    out = out.replace(nomorTahun, `$1${nomor}$2${tahun}`).replace(tahunNomor, `$1${tahun}$2${nomor}`);
    out = replaceWord(out, oldBase, name);
    out = replaceWord(out, src.meta.daerah.provinsi, provinsi);
    return out;
  };

  const reg = mapStrings(src, rewrite);
  // Perturb the provisions' own words (not the definitions, whose term must open the text).
  const walk = (nodes: Regulation['batangTubuh']): Regulation['batangTubuh'] =>
    nodes.map((n) => ({
      ...n,
      ...(n.text && !n.term ? { text: perturb(n.text) } : {}),
      ...(n.children ? { children: walk(n.children) } : {}),
    }));
  reg.batangTubuh = walk(reg.batangTubuh);
  reg.lampiran = reg.lampiran.map((l) => ({
    ...l,
    blocks: l.blocks.map((b) => (b.type === 'para' ? { ...b, text: perturb(b.text) } : b)),
  }));

  const daerah = `${isKota ? 'Kota' : 'Kabupaten'} ${name}`;
  reg.slug = slugify(name);
  reg.meta = {
    ...reg.meta,
    nomor,
    tahun,
    daerah: { nama: daerah, teu: daerah, provinsi },
    ditetapkan: { ...reg.meta.ditetapkan, tanggal: tetap.tanggal, tanggalTertulis: tetap.tertulis },
    diundangkan: { ...reg.meta.diundangkan, tanggal: undang.tanggal, tanggalTertulis: undang.tertulis },
    mulaiBerlaku: { ...reg.meta.mulaiBerlaku, tanggal: undang.tanggal },
    subjek: [...reg.meta.subjek, 'Data sintetis'],
    sumberResmi: `data sintetis untuk uji skala, dibuat dari ${src.meta.singkatan} ${oldBase} ${src.meta.nomor}/${src.meta.tahun}; bukan peraturan yang sah`,
  };
  return reg;
}

/**
 * Makes `count` synthetic regulations from `templates` (taken in turn), each
 * serialised as YAML and validated exactly as content/regulations is.
 */
export function generateSynthetic(templates: Regulation[], opts: SyntheticOptions): SyntheticFile[] {
  const { count, seed = 1 } = opts;
  if (!Number.isInteger(count) || count <= 0) throw new RangeError(`jumlah harus bilangan bulat positif, bukan ${count}`);
  if (templates.length === 0) throw new RangeError('perlu paling sedikit satu peraturan sebagai contoh');
  const sorted = [...templates].sort((a, b) => a.slug.localeCompare(b.slug));
  const exclude = new Set([...(opts.exclude ?? []), ...sorted.map((t) => t.slug)]);
  const r = rng(seed);
  const names = daerahNames(count, r, exclude);
  return names.map((name, i) => {
    const src = sorted[i % sorted.length]!;
    const reg = synthesizeOne(src, name, r);
    const yaml = stringify(reg, { lineWidth: 0 });
    parseRegulation(yaml, `${reg.slug}.yaml`); // throws ContentError with file, path and message
    return { slug: reg.slug, from: src.slug, yaml, reg };
  });
}

/**
 * A per-regulation data file of another feature (e.g. content/regulations/<slug>/penilai-kinerja.yaml),
 * made for a synthetic regulation from its template's file: the slug, the daerah
 * name and the number and year rewritten as in the regulation itself.
 */
export function rewriteCompanion(text: string, src: Regulation, syn: Regulation): string {
  let out = text.replace(new RegExp(`(?<![\\w-])${esc(src.slug)}(?![\\w-])`, 'g'), syn.slug);
  out = replaceWord(out, baseName(src.meta.daerah.nama), baseName(syn.meta.daerah.nama));
  const nomorTahun = new RegExp(`(nomor\\s*:?\\s*)${esc(src.meta.nomor)}(\\s+tahun\\s+)${src.meta.tahun}(?!\\d)`, 'gi');
  return out.replace(nomorTahun, `$1${syn.meta.nomor}$2${syn.meta.tahun}`);
}

/**
 * The whole folder of a synthetic regulation (content/regulations/<slug>/),
 * made from its template's folder: peraturan.yaml is the synthetic text, and
 * every other part (sumber.txt, penilai-kinerja.yaml, gambar.yaml, gambar/*.yaml,
 * perbandingan.yaml, presentasi.yaml, whatever the folder holds) is the
 * template's, rewritten for the new daerah (see rewriteCompanion).
 *
 * `template` maps paths inside the template's folder to their text; the
 * result maps paths inside the new folder to theirs.
 */
export function syntheticFolder(f: SyntheticFile, src: Regulation, template: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of template) {
    out.set(path, path === 'peraturan.yaml' ? f.yaml : rewriteCompanion(text, src, f.reg));
  }
  if (!out.has('peraturan.yaml')) out.set('peraturan.yaml', f.yaml);
  return out;
}
