/**
 * A trainer's own session: slides picked from any deck (thematic, regulation,
 * guide) and comparison slides from the checker's cross-regulation answers, in
 * the trainer's order, kept in the address:
 *   /presentasi/sesi/?s=penugasan:5,klaten:3,banding:dinas:batang.klaten
 * Pure functions shared by the build (the catalogue) and the browser (parse,
 * serialise, reorder, comparison slide). No Node APIs, no content loaders.
 */
import type { FigureSpec, TableSpec, WordsSpec } from './pptx-write.ts';

/** One pickable slide of the catalogue. */
export interface CatalogueSlide {
  /** "penugasan:5": deck id and 1-based slide number in that deck. */
  key: string;
  label: string;
  title: string;
  kicker: string;
  /** Where its presenter markup is (without the base) and which li.slide: 0 = every slide of that page (a figure may be split in parts). */
  page: string;
  slide: number;
  /** What its PowerPoint slide says (the figure is added in the browser from `svg`). */
  pptx: FigureSpec | WordsSpec;
  /** The figure's SVG (without the base) and its size, for figure slides. */
  svg?: { href: string; width: number; height: number } | undefined;
}
export interface CatalogueDeck {
  id: string;
  title: string;
  /** "tema", "peraturan", "panduan". */
  kind: string;
  slides: CatalogueSlide[];
}

/** Comparison data per kind of unit, from the checker (src/lib/checker/banding.ts). */
export interface BandingCite {
  label: string;
  href: string;
  /** "klaten#pasal-5" for the presenter's citation panel. */
  cite: string;
}
export interface BandingReg {
  slug: string;
  singkat: string;
  /** Empty when the regulation names no unit of this kind. */
  grup: { unit: string; jawaban: { jabatan: string; ringkas: string; dasar: BandingCite[] }[] }[];
}
export interface BandingKind {
  id: string;
  label: string;
  regs: BandingReg[];
}
export interface Catalogue {
  decks: CatalogueDeck[];
  banding: BandingKind[];
}

export type SessionItem = { type: 'slide'; key: string } | { type: 'banding'; kind: string; regs: string[] };

const ID = /^[a-z0-9][a-z0-9-]*$/;

export const itemKey = (it: SessionItem): string => (it.type === 'slide' ? it.key : `banding:${it.kind}:${it.regs.join('.')}`);

/** The `s` parameter of a selection. */
export const serializeSession = (items: readonly SessionItem[]): string => items.map(itemKey).join(',');

export interface ParsedSession {
  items: SessionItem[];
  /** Parts of the address that name nothing, said plainly. */
  notices: string[];
}

/** Reads `?s=`; what names no slide or comparison is left out with a notice. */
export function parseSession(s: string | null | undefined, cat: Catalogue): ParsedSession {
  const items: SessionItem[] = [];
  const notices: string[] = [];
  const keys = new Set(cat.decks.flatMap((d) => d.slides.map((x) => x.key)));
  for (const raw of (s ?? '').split(',').map((x) => x.trim())) {
    if (!raw) continue;
    const parts = raw.split(':');
    if (parts[0] === 'banding') {
      const kind = cat.banding.find((k) => k.id === parts[1]);
      const regs = (parts[2] ?? '').split('.').filter(Boolean);
      const known = regs.filter((r) => kind?.regs.some((x) => x.slug === r));
      if (!kind) notices.push(`Perbandingan "${parts[1] ?? ''}" tidak dikenal; dilewati.`);
      else if (known.length < 2) notices.push(`Perbandingan ${kind.label} perlu paling sedikit dua peraturan yang dikenal; dilewati.`);
      else {
        if (known.length < regs.length)
          notices.push(`Peraturan tidak dikenal dalam perbandingan ${kind.label}: ${regs.filter((r) => !known.includes(r)).join(', ')}.`);
        items.push({ type: 'banding', kind: kind.id, regs: known });
      }
    } else if (parts.length === 2 && ID.test(parts[0]!) && keys.has(raw)) items.push({ type: 'slide', key: raw });
    else notices.push(`Slide "${raw}" tidak ada; dilewati.`);
  }
  return { items, notices };
}

/** Moves item `i` by `delta` places (clamped); a new array. */
export function moveItem<T>(items: readonly T[], i: number, delta: number): T[] {
  const out = [...items];
  const j = Math.max(0, Math.min(out.length - 1, i + delta));
  if (i < 0 || i >= out.length || i === j) return out;
  const [x] = out.splice(i, 1);
  out.splice(j, 0, x!);
  return out;
}

export function findSlide(cat: Catalogue, key: string): CatalogueSlide | undefined {
  const [deck] = key.split(':');
  return cat.decks.find((d) => d.id === deck)?.slides.find((s) => s.key === key);
}

/** Plain text of a comparison, one line per answer, with the provisions it rests on. */
export interface BandingSlide {
  label: string;
  title: string;
  kicker: string;
  regs: BandingReg[];
  pptx: TableSpec;
}

/** "Pejabat Penilai Kinerja di Dinas: Batang vs Klaten", from the checker's answers for each regulation. */
export function bandingSlide(cat: Catalogue, kind: string, slugs: readonly string[]): BandingSlide | undefined {
  const k = cat.banding.find((x) => x.id === kind);
  if (!k) return undefined;
  const regs = slugs.map((s) => k.regs.find((r) => r.slug === s)).filter((r): r is BandingReg => !!r);
  if (regs.length < 2) return undefined;
  const title = `Siapa Pejabat Penilai Kinerja di ${k.label}: ${regs.map((r) => r.singkat).join(' vs ')}`;
  const rows: string[][] = [];
  const notes: string[] = [title];
  for (const r of regs) {
    if (!r.grup.length) {
      rows.push([r.singkat, '—', `Tidak diatur: ${r.singkat} tidak menyebut ${k.label} sebagai unit tersendiri.`]);
      notes.push(`${r.singkat}: tidak diatur (tidak menyebut ${k.label} sebagai unit tersendiri).`);
      continue;
    }
    for (const g of r.grup) {
      const answer = g.jawaban.map((j) => `${j.jabatan}: ${j.ringkas} (${j.dasar.map((d) => d.label).join(', ')})`);
      rows.push([r.singkat, g.unit, answer.join('\n')]);
      notes.push(`${r.singkat}, ${g.unit}:`, ...answer.map((a) => `- ${a}`));
    }
  }
  notes.push('Setiap jawaban disusun hanya dari peraturan daerah itu sendiri (Cek Penilai Kinerja, perbandingan antardaerah).');
  return {
    label: 'Perbandingan',
    title,
    kicker: 'Cek Penilai Kinerja',
    regs,
    pptx: {
      type: 'tabel',
      label: 'Perbandingan',
      title,
      kicker: 'Cek Penilai Kinerja',
      head: ['Peraturan', 'Unit', 'Pejabat Penilai Kinerja, dengan dasarnya'],
      rows,
      caption: `Sumber: Cek Penilai Kinerja, perbandingan ${k.label} antardaerah. Bukan naskah resmi.`,
      notes: notes.join('\n'),
    },
  };
}

/** A short, stable id of a selection (for the speaker view's channel: two sessions never drive each other). */
export function sessionId(items: readonly SessionItem[]): string {
  let h = 2166136261;
  for (const c of serializeSession(items)) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return `sesi-${(h >>> 0).toString(36)}`;
}
