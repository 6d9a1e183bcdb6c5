/**
 * What the browser needs to answer for one regulation, built at build time:
 * the validated rules, and for every cited provision its pinpoint and its
 * words as printed (so answers can quote the law verbatim), plus the index of
 * all regulations for the first question. Served as JSON from
 * /penilai-kinerja/data/.
 */
import type { Aturan } from '../schema/checker.ts';
import type { Regulation } from '../schema/regulation.ts';
import { buildView } from '../regulation-view.ts';
import { pageSegments } from '../reading-pages.ts';
import type { IndeksDaerah } from './flow.ts';
import { blocksOf, loadAturan, teksKetentuan, type CheckerSet } from './load.ts';
import { notesFor, noteLine } from '../notes.ts';
import { padananUnit, type Sinonim } from './cari.ts';
import { loadSinonim } from './sinonim.ts';

export interface Kutipan {
  /** Pinpoint as in citations: "Pasal 10", "Lampiran bagian B.4.A", "Gambar 3 Lampiran". */
  pin: string;
  /** The words as printed (empty for a table: see `tabel`). */
  teks: string;
  /** Table rows as printed, header first. */
  tabel?: string[][];
  /** Figure number and caption, for Gambar blocks. */
  gambar?: { nomor?: string; judul: string };
  /** The citation in the conventional form (pinpoint and title of the regulation). */
  sitasi: string;
  /** Our editorial notes bearing on the provision, one line each (src/lib/notes.ts). */
  catatan?: string[];
}

export interface DataDaerah {
  slug: string;
  nama: string;
  judul: string;
  singkat: string;
  aturan: Aturan;
  kutipan: Record<string, Kutipan>;
  /** Kinds of unit and the words readers type for them (content/checker/sinonim.yaml). */
  sinonim: Sinonim;
  /** The kind of each unit (unit id -> padanan id), for search and comparison. */
  padanan: Record<string, string>;
  /**
   * The reading page of every quoted provision (id -> page segment, as
   * permalink.ts registers at build time), so links the browser renders open
   * the smallest page, as on the static pages.
   */
  halaman: Record<string, string>;
}

/** Every provision id a rules file cites (sumber, gambar, tables). */
export function idTerkutip(aturan: Aturan): Set<string> {
  const ids = new Set<string>();
  const walk = (x: unknown, key?: string) => {
    if (Array.isArray(x)) {
      for (const v of x) {
        if (typeof v === 'string' && (key === 'sumber' || key === 'gambar')) ids.add(v);
        else walk(v);
      }
    } else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        if (k === 'blok' && typeof v === 'string') ids.add(v);
        else walk(v, k);
      }
    }
  };
  walk(aturan);
  return ids;
}

export function buildDataDaerah(set: CheckerSet, sinonim: Sinonim = loadSinonim()): DataDaerah {
  const { aturan, reg } = set;
  const view = buildView(reg);
  const blocks = blocksOf(reg);
  const kutipan: Record<string, Kutipan> = {};
  for (const id of [...idTerkutip(aturan)].sort()) {
    const b = blocks.get(id);
    const k: Kutipan = { pin: view.pin(id), teks: b?.type === 'table' ? '' : teksKetentuan(view, blocks, id), sitasi: view.citation(id) };
    const notes = notesFor(reg, id);
    if (notes.length) k.catatan = notes.map(noteLine);
    if (b?.type === 'table') k.tabel = b.rows;
    if (b?.type === 'figure') k.gambar = { ...(b.gambar ? { nomor: b.gambar } : {}), judul: b.caption };
    kutipan[id] = k;
  }
  const padanan: Record<string, string> = {};
  for (const u of aturan.unit) {
    const p = u.jenis ? u.padanan : padananUnit(sinonim, u);
    if (p) padanan[u.id] = p;
  }
  const segments = pageSegments(reg);
  const halaman: Record<string, string> = {};
  for (const id of Object.keys(kutipan)) if (Object.hasOwn(segments, id)) halaman[id] = segments[id]!;
  return {
    slug: reg.slug,
    nama: reg.meta.daerah.nama,
    judul: view.title,
    singkat: view.shortTitle,
    aturan,
    kutipan,
    sinonim,
    padanan,
    halaman,
  };
}

export function indeksDari(sets: CheckerSet[]): IndeksDaerah[] {
  return sets.map(({ aturan, reg }) => {
    const view = buildView(reg);
    return {
      slug: reg.slug,
      nama: reg.meta.daerah.nama,
      judul: view.title,
      singkat: view.shortTitle,
      unit: aturan.unit.map((u) => ({ id: u.id, nama: u.nama })),
    };
  });
}

let cache: { data: DataDaerah[]; indeks: IndeksDaerah[] } | undefined;

/** All regulations' checker data (validated; throws ContentError on a bad rules file). */
export function semuaData(): { data: DataDaerah[]; indeks: IndeksDaerah[] } {
  if (cache) return cache;
  const sets = loadAturan();
  const sinonim = loadSinonim();
  cache = { data: sets.map((s) => buildDataDaerah(s, sinonim)), indeks: indeksDari(sets) };
  return cache;
}

export type { Regulation };
