/**
 * Word lists and a seeded random generator for synthetic regulations (the
 * scale benchmark). The daerah names are made up from common Indonesian
 * place-name words, so they read like a kabupaten or kota but are not real.
 */
import { RESERVED_SLUGS } from '../reserved-segments.ts';

/** mulberry32: a small deterministic PRNG; the same seed gives the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const FIRST = [
  'Tanjung',
  'Sungai',
  'Muara',
  'Bukit',
  'Teluk',
  'Padang',
  'Lubuk',
  'Rantau',
  'Batu',
  'Tanah',
  'Pulau',
  'Air',
  'Gunung',
  'Kuala',
  'Labuhan',
  'Sumber',
  'Karang',
  'Rawa',
  'Danau',
  'Lembah',
  'Pematang',
  'Talang',
  'Tebing',
  'Ujung',
  'Watu',
  'Kali',
  'Wana',
  'Giri',
  'Tirta',
  'Sela',
];
const SECOND = [
  'Jaya',
  'Makmur',
  'Baru',
  'Indah',
  'Raya',
  'Sari',
  'Mulya',
  'Asri',
  'Agung',
  'Permai',
  'Lestari',
  'Sejahtera',
  'Harapan',
  'Damai',
  'Mekar',
  'Rejo',
  'Wangi',
  'Kencana',
  'Mas',
  'Putih',
  'Hijau',
  'Tinggi',
  'Panjang',
  'Besar',
  'Kembang',
  'Merah',
  'Sentosa',
  'Arum',
  'Luhur',
  'Utama',
  'Bening',
  'Rindang',
  'Tenang',
  'Terang',
  'Bahari',
];
export const PROVINSI = [
  'Aceh',
  'Sumatera Utara',
  'Sumatera Barat',
  'Riau',
  'Jambi',
  'Sumatera Selatan',
  'Bengkulu',
  'Lampung',
  'Kepulauan Bangka Belitung',
  'Kepulauan Riau',
  'Jawa Barat',
  'Jawa Tengah',
  'Daerah Istimewa Yogyakarta',
  'Jawa Timur',
  'Banten',
  'Bali',
  'Nusa Tenggara Barat',
  'Nusa Tenggara Timur',
  'Kalimantan Barat',
  'Kalimantan Tengah',
  'Kalimantan Selatan',
  'Kalimantan Timur',
  'Kalimantan Utara',
  'Sulawesi Utara',
  'Sulawesi Tengah',
  'Sulawesi Selatan',
  'Sulawesi Tenggara',
  'Gorontalo',
  'Sulawesi Barat',
  'Maluku',
  'Maluku Utara',
  'Papua',
  'Papua Barat',
  'Papua Selatan',
  'Papua Tengah',
  'Papua Pegunungan',
  'Papua Barat Daya',
];
const GIVEN = [
  'Agus',
  'Budi',
  'Dewi',
  'Eko',
  'Fitri',
  'Hendra',
  'Indah',
  'Joko',
  'Kartika',
  'Lina',
  'Made',
  'Nur',
  'Putu',
  'Rahmat',
  'Siti',
  'Taufik',
  'Wahyu',
  'Yanti',
  'Andi',
  'Bayu',
  'Citra',
  'Dian',
  'Ahmad',
  'Ratna',
];
const FAMILY = [
  'Santoso',
  'Wibowo',
  'Lestari',
  'Pratama',
  'Hidayat',
  'Saputra',
  'Kusuma',
  'Nugroho',
  'Siregar',
  'Nasution',
  'Wijaya',
  'Permana',
  'Rahayu',
  'Setiawan',
  'Utami',
  'Harahap',
  'Gunawan',
  'Susanti',
  'Purnomo',
  'Halim',
];

/** Paths the site itself uses at the top level: a daerah slug must not take one. */
export { RESERVED_SLUGS };

export const slugify = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * `count` distinct one-word daerah names ("Tanjungsari", "Karangasri"), none
 * with a slug in `exclude`. One word, as crossref.ts recognises
 * "Peraturan Bupati <one word> Nomor" as another regulation (see docs/scale.md).
 * There are FIRST x SECOND (1050) names; asking for more throws.
 */
export function daerahNames(count: number, r: () => number, exclude: Set<string> = new Set()): string[] {
  const all: string[] = [];
  for (const a of FIRST) for (const b of SECOND) all.push(`${a}${b.toLowerCase()}`);
  const usable = all.filter((n) => !exclude.has(slugify(n)) && !RESERVED_SLUGS.has(slugify(n)));
  if (count > usable.length) throw new RangeError(`paling banyak ${usable.length} nama daerah sintetis, diminta ${count}`);
  // Fisher-Yates with the seeded generator, then take the first `count`.
  for (let i = usable.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [usable[i], usable[j]] = [usable[j]!, usable[i]!];
  }
  return usable.slice(0, count);
}

export const personName = (r: () => number) => `${pick(r, GIVEN)} ${pick(r, FAMILY)}`;

export const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/**
 * Word-for-word substitutions used to perturb the text. Each keeps the
 * sentence grammatical and touches no numbering word (Pasal, ayat, huruf,
 * angka, Nomor, Tahun), so cross-references keep resolving.
 */
export const SUBSTITUTIONS: ReadonlyArray<readonly [string, string]> = [
  ['melaksanakan', 'menjalankan'],
  ['dilaksanakan', 'dijalankan'],
  ['dilakukan', 'dilaksanakan'],
  ['setiap', 'tiap'],
  ['paling sedikit', 'sekurang-kurangnya'],
  ['paling lama', 'selambat-lambatnya'],
  ['merupakan', 'adalah'],
  ['kegiatan', 'aktivitas'],
  ['memberikan', 'menyampaikan'],
  ['menyusun', 'merumuskan'],
  ['tersebut', 'itu'],
  ['efektif', 'berdaya guna'],
  ['efisien', 'berhasil guna'],
  ['meningkatkan', 'memperkuat'],
  ['mendukung', 'menunjang'],
];
