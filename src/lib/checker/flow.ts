/**
 * The question flow of /penilai-kinerja/: which steps apply to the answers so
 * far, the URL query that holds the answers, and plain-language problems for
 * URLs that do not fit (unknown or repeated parameters, a unit from another
 * regulation, an answer to a question that does not apply).
 *
 * Pure and browser-safe, like check.ts.
 */
import type { Aturan } from '../schema/checker.ts';
import { findUnit, KELAS, opsiTempat, perluKelas, TIDAK_TAHU, type Jawaban, type Masalah } from './check.ts';
import { isJabatan } from './jabatan.ts';

export const PERTANYAAN = ['daerah', 'unit', 'jabatan', 'tempat', 'kelas'] as const;
export type Pertanyaan = (typeof PERTANYAAN)[number];
export const LANGKAH = [...PERTANYAAN, 'periksa', 'hasil'] as const;
export type Langkah = (typeof LANGKAH)[number];
const PARAM = [...PERTANYAAN, 'langkah'] as const;

/** What the flow knows about every regulation (for the first step and for foreign units). */
export interface IndeksDaerah {
  slug: string;
  /** "Kabupaten Pati". */
  nama: string;
  judul: string;
  singkat: string;
  unit: { id: string; nama: string }[];
}

export interface Kueri {
  jawaban: Jawaban;
  langkah?: string;
  masalah: Masalah[];
}

/** How much of a value taken from the URL is shown back to the reader. */
export const PANJANG_TAMPIL = 40;
// Bidi embeddings, overrides and isolates, marks, and other invisible format/control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern removes or allows
const TAK_TAMPAK = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text from the URL as it may be shown back: without bidi control and other
 * invisible characters (a right-to-left override would reverse the page's
 * words) and cut to a short length (a long value would widen the page).
 */
export function teksDariUrl(v: string, max = PANJANG_TAMPIL): string {
  const clean = v.replace(TAK_TAMPAK, '').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : clean;
}
const t = (v: string | undefined) => teksDariUrl(v ?? '');

/** Reads the query string; unknown and repeated parameters become problems. */
export function bacaKueri(search: string): Kueri {
  const params = new URLSearchParams(search);
  const jawaban: Jawaban = {};
  const masalah: Masalah[] = [];
  let langkah: string | undefined;
  const seen = new Map<string, string>();
  for (const [k, raw] of params) {
    const v = raw.trim();
    if (!(PARAM as readonly string[]).includes(k)) {
      masalah.push({ param: k, kode: 'param-tak-dikenal', pesan: `Alamat halaman memuat parameter "${t(k)}" yang tidak kami kenal.` });
      continue;
    }
    if (seen.has(k) && seen.get(k) !== v) {
      masalah.push({
        param: k,
        kode: 'param-ganda',
        pesan: `Alamat halaman memuat dua jawaban berbeda untuk "${t(k)}" ("${t(seen.get(k))}" dan "${t(v)}").`,
      });
      continue;
    }
    seen.set(k, v);
    if (!v) continue;
    if (k === 'langkah') langkah = v;
    else jawaban[k as Pertanyaan] = v;
  }
  return { jawaban, ...(langkah ? { langkah } : {}), masalah };
}

/** The questions that apply to these answers, in order. */
export function pertanyaanBerlaku(aturan: Aturan | undefined, j: Jawaban): Pertanyaan[] {
  const out: Pertanyaan[] = ['daerah', 'unit', 'jabatan'];
  const unit = aturan && findUnit(aturan, j.unit);
  if (!aturan || !unit) return out;
  if (opsiTempat(aturan, unit)) out.push('tempat');
  if (perluKelas(aturan, unit, j.tempat, j.jabatan)) out.push('kelas');
  return out;
}

/** The first question without an answer, or "periksa" when all are answered. */
export function langkahBerikut(aturan: Aturan | undefined, j: Jawaban): Langkah {
  for (const q of pertanyaanBerlaku(aturan, j)) if (!j[q]) return q;
  return 'periksa';
}

/** Answers that a change to `q` makes stale (they depend on it). */
export function bergantungPada(q: Pertanyaan): Pertanyaan[] {
  switch (q) {
    case 'daerah':
      return ['unit', 'tempat', 'kelas'];
    case 'unit':
      return ['tempat', 'kelas'];
    case 'tempat':
      return ['kelas'];
    default:
      return [];
  }
}

/** The query string for these answers and step ("?daerah=klaten&unit=..."). */
export function kueri(j: Jawaban, langkah?: Langkah): string {
  const p = new URLSearchParams();
  for (const q of PERTANYAAN) if (j[q]) p.set(q, j[q]!);
  if (langkah) p.set('langkah', langkah);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Keeps only the answers to the questions before `q`. */
export function jawabanSebelum(aturan: Aturan | undefined, j: Jawaban, q: Pertanyaan): Jawaban {
  const out: Jawaban = {};
  for (const x of pertanyaanBerlaku(aturan, j)) {
    if (x === q) break;
    if (j[x]) out[x] = j[x];
  }
  return out;
}

export interface Validasi {
  masalah: Masalah[];
  /** The longest run of valid answers, for the "way back" link. */
  sah: Jawaban;
}

/**
 * Checks the answers against the index and (when the regulation is known)
 * its rules. Every problem is a sentence in Indonesian; nothing throws.
 */
export function validasi(indeks: IndeksDaerah[], aturan: Aturan | undefined, j: Jawaban, langkah?: string): Validasi {
  const masalah: Masalah[] = [];
  const sah: Jawaban = {};
  const daerah = indeks.find((d) => d.slug === j.daerah);
  let ok = true;
  const stop = (m: Masalah) => {
    masalah.push(m);
    ok = false;
  };

  if (j.daerah && !daerah)
    stop({ param: 'daerah', kode: 'daerah-tak-dikenal', pesan: `Kami tidak mempunyai peraturan untuk daerah "${t(j.daerah)}".` });
  if (ok && j.daerah) sah.daerah = j.daerah;

  if (j.unit) {
    if (!j.daerah) stop({ param: 'unit', kode: 'urutan', pesan: 'Alamat halaman menyebut unit kerja, tetapi daerahnya belum dipilih.' });
    else if (daerah && aturan && !findUnit(aturan, j.unit)) {
      const lain = indeks.find((d) => d.slug !== daerah.slug && d.unit.some((u) => u.id === j.unit));
      const nama = lain?.unit.find((u) => u.id === j.unit)?.nama;
      stop(
        lain
          ? {
              param: 'unit',
              kode: 'unit-daerah-lain',
              pesan: `Unit "${nama}" adalah unit dalam ${lain.singkat}, bukan dalam ${daerah.singkat}. Satu jawaban hanya memakai satu peraturan.`,
            }
          : { param: 'unit', kode: 'unit-tak-dikenal', pesan: `${daerah.singkat} tidak menyebut unit "${t(j.unit)}".` },
      );
    }
    if (ok) sah.unit = j.unit;
  }

  if (j.jabatan) {
    if (!isJabatan(j.jabatan))
      stop({ param: 'jabatan', kode: 'jabatan-tak-dikenal', pesan: `Jabatan "${t(j.jabatan)}" tidak kami kenal.` });
    else if (!j.unit)
      stop({ param: 'jabatan', kode: 'urutan', pesan: 'Alamat halaman menyebut jabatan, tetapi unit kerjanya belum dipilih.' });
    if (ok) sah.jabatan = j.jabatan;
  }

  const unit = aturan && findUnit(aturan, j.unit);
  if (j.tempat) {
    const opsi = aturan && unit ? opsiTempat(aturan, unit) : null;
    if (!unit)
      stop({ param: 'tempat', kode: 'urutan', pesan: 'Alamat halaman menyebut tempat kedudukan, tetapi unit kerjanya belum dipilih.' });
    else if (!opsi)
      stop({
        param: 'tempat',
        kode: 'tempat-tak-berlaku',
        pesan: `Untuk ${unit.nama}, peraturan tidak membedakan tempat kedudukan, jadi jawaban "tempat" tidak berlaku.`,
      });
    else if (j.tempat !== TIDAK_TAHU && !opsi.some((o) => o.id === j.tempat))
      stop({
        param: 'tempat',
        kode: 'tempat-tak-dikenal',
        pesan: `"${t(j.tempat)}" bukan salah satu pilihan tempat kedudukan di ${unit.nama}.`,
      });
    if (ok) sah.tempat = j.tempat;
  }

  if (j.kelas) {
    if (!(KELAS as readonly string[]).includes(j.kelas))
      stop({
        param: 'kelas',
        kode: 'kelas-tak-dikenal',
        pesan: `Jawaban "${t(j.kelas)}" untuk pertanyaan kelas jabatan tidak kami kenal.`,
      });
    else if (!unit || !aturan || !perluKelas(aturan, unit, j.tempat, j.jabatan))
      stop({
        param: 'kelas',
        kode: 'kelas-tak-berlaku',
        pesan: 'Pertanyaan tentang kelas jabatan tidak berlaku untuk unit dan tempat kedudukan yang dipilih.',
      });
    if (ok) sah.kelas = j.kelas;
  }

  if (langkah && !(LANGKAH as readonly string[]).includes(langkah)) {
    masalah.push({ param: 'langkah', kode: 'langkah-tak-dikenal', pesan: `Langkah "${t(langkah)}" tidak ada dalam alur pertanyaan.` });
  } else if (langkah && ok && (PERTANYAAN as readonly string[]).includes(langkah)) {
    const berlaku = pertanyaanBerlaku(aturan, j);
    const q = langkah as Pertanyaan;
    if (!berlaku.includes(q))
      masalah.push({
        param: 'langkah',
        kode: 'langkah-tak-berlaku',
        pesan: 'Pertanyaan yang diminta alamat halaman ini tidak berlaku untuk jawaban Anda.',
      });
    else if (aturan === undefined && q !== 'daerah' && !j.daerah)
      masalah.push({ param: 'langkah', kode: 'urutan', pesan: 'Pertanyaan itu baru dapat dijawab setelah daerah dipilih.' });
  }
  return { masalah, sah };
}

/** The step to show: the one asked for, when it may be shown now, else the next unanswered one. */
export function langkahTampil(aturan: Aturan | undefined, j: Jawaban, diminta?: string): Langkah {
  const berikut = langkahBerikut(aturan, j);
  if (!diminta) return berikut;
  const berlaku = pertanyaanBerlaku(aturan, j);
  if ((PERTANYAAN as readonly string[]).includes(diminta)) {
    const q = diminta as Pertanyaan;
    const before = berlaku.slice(0, berlaku.indexOf(q));
    return before.every((x) => j[x]) ? q : berikut;
  }
  if (diminta === 'periksa' || diminta === 'hasil') return berikut === 'periksa' ? diminta : berikut;
  return berikut;
}

/** The step before this one, for the "Kembali" link. */
export function langkahSebelum(aturan: Aturan | undefined, j: Jawaban, langkah: Langkah): Langkah | undefined {
  if (langkah === 'hasil') return 'periksa';
  const berlaku = pertanyaanBerlaku(aturan, j);
  if (langkah === 'periksa') return berlaku[berlaku.length - 1];
  const i = berlaku.indexOf(langkah);
  return i > 0 ? berlaku[i - 1] : undefined;
}
