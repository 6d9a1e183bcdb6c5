/**
 * Citations and regulation names typed into the search box: "pasal 13 perbup
 * klaten", "psl 8 ayat 2 bengkayang", "perwali probolinggo 88 2024",
 * "gambar 5 bengkayang". The page offers them first as "Langsung ke ..."
 * links, and a regulation named in the query lifts the limit of two results
 * per regulation. Regulation names, numbers and the provisions that exist come
 * from the data (`jumpRegulation`, built with the site), so any number of
 * regulations works.
 */
import type { RegulationView } from '../regulation-view.ts';
import { daerahShort } from '../citation.ts';
import { provisionPath, provisionPathIn, regulationPath } from '../permalink.ts';
import { walkBody } from '../ids.ts';

export interface JumpRegulation {
  slug: string;
  /** "Perbup Klaten 34/2024". */
  short: string;
  /** Words that name it: the daerah ("klaten", "probolinggo"). */
  names: string[];
  /** "perbup" or "perwali". */
  singkatan: string;
  nomor: string;
  tahun: string;
  /** Citable Pasal and ayat: id -> pinpoint ("pasal-13__ayat-2" -> "Pasal 13 ayat (2)"). */
  pasal: Record<string, string>;
  /** Gambar number as printed -> [id, pinpoint]. */
  gambar: Record<string, [string, string]>;
  /**
   * Reading page of each of those targets (id -> page segment, from permalink.ts at build time):
   * the browser has no reading-page map of its own, and a jump should open the small Pasal or
   * Lampiran-section page rather than the whole regulation.
   */
  halaman: Record<string, string>;
}

/** What the page needs to recognise citations of one regulation (built with the site). */
export function jumpRegulation(view: RegulationView): JumpRegulation {
  const reg = view.reg;
  const pasal: Record<string, string> = {};
  for (const w of walkBody(reg.batangTubuh)) {
    if (w.node.kind === 'pasal' || (w.node.kind === 'ayat' && w.ancestors.length && /^pasal-/.test(w.ancestors[w.ancestors.length - 1]!))) {
      pasal[w.id] = view.pin(w.id);
    }
  }
  const gambar: Record<string, [string, string]> = {};
  for (const l of reg.lampiran)
    for (const b of l.blocks) if (b.type === 'figure' && b.gambar && !gambar[b.gambar]) gambar[b.gambar] = [b.id, view.pin(b.id)];
  const halaman: Record<string, string> = {};
  for (const id of [...Object.keys(pasal), ...Object.values(gambar).map(([id]) => id)]) {
    const seg = pageOf(reg.slug, id);
    if (seg) halaman[id] = seg;
  }
  return {
    slug: reg.slug,
    short: view.shortTitle,
    names: [...new Set([reg.slug, ...words(daerahShort(reg))])],
    singkatan: reg.meta.singkatan.toLowerCase(),
    nomor: reg.meta.nomor,
    tahun: String(reg.meta.tahun),
    pasal,
    gambar,
    halaman,
  };
}

/** The page segment provisionPath chooses for an id ("pasal-13/"), or undefined for the whole-regulation page. */
function pageOf(slug: string, id: string): string | undefined {
  const path = provisionPath(slug, id);
  const seg = path.slice(slug.length + 1, path.indexOf('#'));
  return seg || undefined;
}

export interface Jump {
  /** "Pasal 13 Perbup Klaten 34/2024". */
  label: string;
  /** Site path (relative to the base), from permalink.ts. */
  path: string;
}

export interface JumpResult {
  jumps: Jump[];
  /** Regulations the query names (by daerah, or by number and year). */
  named: string[];
  /**
   * The words of the query that only name those regulations (the daerah, "perbup", the number
   * and year): the page filters by the regulation instead of searching for them.
   */
  nameWords: string[];
}

const words = (t: string): string[] =>
  t
    .toLowerCase()
    .normalize('NFKC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Words that only say "a regulation" or a citation, with no meaning of their own for the search. */
const CITATION_WORDS = new Set<string>([
  'pasal',
  'psl',
  'ps',
  'ayat',
  'gambar',
  'gbr',
  'lampiran',
  'perbup',
  'perwali',
  'perwal',
  'peraturan',
  'bupati',
  'wali',
  'kota',
  'walikota',
  'kabupaten',
  'kab',
  'nomor',
  'no',
  'tahun',
  'thn',
  'th',
]);

export function findJumps(raw: string, regs: JumpRegulation[]): JumpResult {
  const text = raw.toLowerCase().normalize('NFKC');
  const toks = words(text);
  const byNumber = regs.filter((r) => numberAndYear(text, r));
  const named = regs.filter((r) => r.names.some((n) => toks.includes(n)) || byNumber.includes(r)).map((r) => r.slug);
  const namedRegs = regs.filter((r) => named.includes(r.slug));
  const nameWords = [
    ...new Set(
      toks.filter(
        (t) =>
          namedRegs.some((r) => r.names.includes(t) || r.singkatan === t || (t === 'perwal' && r.singkatan === 'perwali')) ||
          byNumber.some((r) => r.nomor === t || r.tahun === t),
      ),
    ),
  ];
  const scope = named.length ? regs.filter((r) => named.includes(r.slug)) : regs;
  const jumps: Jump[] = [];
  const pasal = text.match(/\b(?:pasal|psl|ps)\.?\s*(\d+)(?:\s*(?:ayat|ay|ayt)\.?\s*\(?\s*(\d+)\s*\)?)?/);
  const gambar = text.match(/\b(?:gambar|gbr)\.?\s*(\d+)/);
  if (pasal) {
    const [, p, a] = pasal;
    for (const r of scope) {
      const id = a && r.pasal[`pasal-${p}__ayat-${a}`] ? `pasal-${p}__ayat-${a}` : `pasal-${p}`;
      if (r.pasal[id]) jumps.push({ label: `${r.pasal[id]} ${r.short}`, path: provisionPathIn(r.halaman, r.slug, id) });
    }
  }
  if (gambar) {
    for (const r of scope) {
      const g = r.gambar[gambar[1]!];
      if (g) jumps.push({ label: `${g[1]} ${r.short}`, path: provisionPathIn(r.halaman, r.slug, g[0]) });
    }
  }
  // Only the name of a regulation (with its kind, number or year): its page.
  if (!pasal && !gambar && named.length) {
    const rest = toks.filter((t) => !CITATION_WORDS.has(t) && !regs.some((r) => r.names.includes(t) || r.nomor === t || r.tahun === t));
    if (rest.length === 0) for (const r of scope) jumps.push({ label: r.short, path: regulationPath(r.slug) });
  }
  return { jumps, named, nameWords };
}

/** "88 2024", "88/2024", "nomor 88 tahun 2024" with the regulation's kind ("perwali 88 2024"). */
function numberAndYear(text: string, r: JumpRegulation): boolean {
  const re = new RegExp(`\\b(?:nomor\\s+|no\\.?\\s*)?${r.nomor}\\s*(?:/|\\s)\\s*(?:tahun\\s+|thn\\s+|th\\.?\\s*)?${r.tahun}\\b`);
  return re.test(text) && (text.includes(r.singkatan) || text.includes(r.singkatan === 'perbup' ? 'bupati' : 'wali'));
}
