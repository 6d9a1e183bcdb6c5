/**
 * Positions and position groups, without zod, so the browser bundle stays small.
 * The schema (src/lib/schema/checker.ts) re-uses these lists.
 */
export const JABATAN = [
  'jf-utama',
  'jf-madya',
  'jf-muda',
  'jf-pertama',
  'jf-penyelia',
  'jf-mahir',
  'jf-terampil',
  'jf-pemula',
  'pelaksana',
] as const;
export type Jabatan = (typeof JABATAN)[number];

/** How the positions are called in the questions and answers. */
export const LABEL_JABATAN: Record<Jabatan, string> = {
  'jf-utama': 'Pejabat Fungsional Ahli Utama',
  'jf-madya': 'Pejabat Fungsional Ahli Madya',
  'jf-muda': 'Pejabat Fungsional Ahli Muda',
  'jf-pertama': 'Pejabat Fungsional Ahli Pertama',
  'jf-penyelia': 'Pejabat Fungsional keterampilan, jenjang Penyelia',
  'jf-mahir': 'Pejabat Fungsional keterampilan, jenjang Mahir',
  'jf-terampil': 'Pejabat Fungsional keterampilan, jenjang Terampil',
  'jf-pemula': 'Pejabat Fungsional keterampilan, jenjang Pemula',
  pelaksana: 'Pelaksana',
};

const JF = ['jf-utama', 'jf-madya', 'jf-muda', 'jf-pertama', 'jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'] as const;
const KETERAMPILAN = ['jf-penyelia', 'jf-mahir', 'jf-terampil', 'jf-pemula'] as const;

/**
 * Groups of positions as the Klaten tables print them ("JF Madya ke bawah").
 * The "ke bawah" groups include the keterampilan levels: a reading of ours,
 * noted in every answer it affects (see `keBawahCatatan` in content/regulations/klaten/penilai-kinerja.yaml).
 */
export const KELOMPOK_JABATAN: Record<string, readonly Jabatan[]> = {
  jf: JF,
  'jf-keahlian': ['jf-utama', 'jf-madya', 'jf-muda', 'jf-pertama'],
  'jf-keterampilan': KETERAMPILAN,
  'jf-madya-ke-bawah': ['jf-madya', 'jf-muda', 'jf-pertama', ...KETERAMPILAN],
  'jf-pertama-ke-bawah': ['jf-pertama', ...KETERAMPILAN],
};
/** Groups whose match of a keterampilan level rests on our reading of "ke bawah". */
export const KELOMPOK_KE_BAWAH = ['jf-madya-ke-bawah', 'jf-pertama-ke-bawah'];

export const isJabatan = (s: string): s is Jabatan => (JABATAN as readonly string[]).includes(s);
export const isKeterampilan = (j: Jabatan) => (KETERAMPILAN as readonly string[]).includes(j);

/** Expands position codes and groups into positions. Unknown tokens give []. */
export function expandJabatan(tokens: readonly string[]): Jabatan[] {
  const out = new Set<Jabatan>();
  for (const t of tokens) {
    if (isJabatan(t)) out.add(t);
    for (const j of KELOMPOK_JABATAN[t] ?? []) out.add(j);
  }
  return [...out];
}
export const isJabatanToken = (t: string) => isJabatan(t) || t in KELOMPOK_JABATAN;
