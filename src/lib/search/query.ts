/**
 * From what a reader types to what Pagefind is asked: limits, spelling fixes,
 * dropping filler words, and expanding the abbreviations and informal words
 * civil servants use (PPK, JF, OPD, pokja, Sekda, Kadis...) into the words the
 * regulations print. One query can become several alternatives (PPK is both
 * Pejabat Pembina Kepegawaian and Pejabat Penilai Kinerja); the page runs
 * them all and merges the results. Shared by the search page and the tests.
 */
import { words, type Vocabulary } from './vocabulary.ts';
import { rootOf } from './morph.ts';

export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 10;
export const MAX_ALTERNATIVES = 8;

/**
 * Abbreviation or informal word -> what it stands for, as printed in the
 * regulations. Several entries mean several readings.
 */
export const ABBREVIATIONS: Record<string, string[]> = {
  ppk: ['pejabat pembina kepegawaian', 'pejabat penilai kinerja'],
  jf: ['jabatan fungsional', 'pejabat fungsional'],
  jfu: ['pelaksana'],
  jpt: ['jabatan pimpinan tinggi', 'pejabat pimpinan tinggi'],
  ppt: ['pejabat pimpinan tinggi'],
  opd: ['perangkat daerah'],
  skpd: ['perangkat daerah'],
  pd: ['perangkat daerah'],
  pokja: ['kelompok kerja'],
  sekda: ['sekretaris daerah'],
  setda: ['sekretariat daerah'],
  sekwan: ['sekretariat dprd', 'sekretariat dewan perwakilan rakyat daerah'],
  asda: ['asisten'],
  kadis: ['kepala dinas'],
  kaban: ['kepala badan'],
  kabid: ['kepala bidang'],
  kabag: ['kepala bagian'],
  kasubbag: ['kepala subbagian'],
  kasubag: ['kepala subbagian'],
  kasubbid: ['kepala subbidang'],
  kasi: ['kepala seksi'],
  kasie: ['kepala seksi'],
  kapus: ['kepala puskesmas'],
  kapuskesmas: ['kepala puskesmas'],
  uptd: ['unit pelaksana teknis daerah', 'uptd'],
  upt: ['unit pelaksana teknis'],
  puskesmas: ['puskesmas', 'pusat kesehatan masyarakat'],
  rsud: ['rumah sakit umum daerah', 'rumah sakit'],
  dpmptsp: ['dinas penanaman modal dan pelayanan terpadu satu pintu', 'dpmptsp'],
  perbup: ['peraturan bupati', 'perbup'],
  perwali: ['peraturan wali kota', 'perwali'],
  perwal: ['peraturan wali kota', 'perwali'],
  walikota: ['wali kota'],
  permenpan: ['peraturan menteri pendayagunaan aparatur negara', 'permenpan'],
  asn: ['aparatur sipil negara', 'asn'],
  pns: ['pegawai negeri sipil', 'pns'],
  skp: ['sasaran kinerja pegawai'],
  sop: ['standar operasional prosedur'],
  pk: ['perjanjian kinerja'],
  iku: ['indikator kinerja utama'],
  tpp: ['tambahan penghasilan'],
  tukin: ['tambahan penghasilan'],
  tunjangan: ['tambahan penghasilan'],
  insentif: ['tambahan penghasilan', 'penghargaan'],
  reward: ['penghargaan'],
  diklat: ['pendidikan dan pelatihan', 'diklat'],
  bimtek: ['bimbingan teknis'],
  renstra: ['rencana strategis'],
  bkd: ['kepegawaian'],
  bkpsdm: ['badan kepegawaian', 'kepegawaian'],
  subkor: ['subkoordinator', 'sub koordinator'],
  subkoordinator: ['subkoordinator', 'sub koordinator'],
  eselon: ['jabatan administrasi', 'pejabat administrator'],
  online: ['elektronik'],
  daring: ['elektronik'],
  voluntary: ['pengajuan sukarela'],
};

/** Common misspellings and spelling variants -> the form printed in the regulations. */
export const SPELLING: Record<string, string> = {
  sekertaris: 'sekretaris',
  sekertariat: 'sekretariat',
  sekretriat: 'sekretariat',
  penunjukkan: 'penunjukan',
  kordinasi: 'koordinasi',
  koordinir: 'koordinasi',
  kordinator: 'koordinator',
  fungsionil: 'fungsional',
  standart: 'standar',
  sistim: 'sistem',
  propinsi: 'provinsi',
  aktifitas: 'aktivitas',
  efektifitas: 'efektivitas',
  kwalitas: 'kualitas',
  praktek: 'praktik',
  resiko: 'risiko',
  analisa: 'analisis',
  ijin: 'izin',
  perijinan: 'perizinan',
  jadual: 'jadwal',
  obyek: 'objek',
  tehnis: 'teknis',
  tekhnis: 'teknis',
  tehnologi: 'teknologi',
  tekhnologi: 'teknologi',
  nasehat: 'nasihat',
  pelaksanan: 'pelaksana',
  kenerja: 'kinerja',
  kinrja: 'kinerja',
};

/** Multi-word spellings -> the printed form. */
export const PHRASES: [RegExp, string][] = [
  [/\bpertanggung\s+jawaban\b/g, 'pertanggungjawaban'],
  [/\btanggung\s*jawab\b/g, 'tanggung jawab'],
  [/\bsuka\s+rela\b/g, 'sukarela'],
  [/\bwali\s*kota\b/g, 'wali kota'],
  [/\bsub\s+bagian\b/g, 'subbagian'],
  [/\bkepala\s+sub\s+bagian\b/g, 'kepala subbagian'],
  [/\bdasar\s+hukum(nya)?\b/g, 'mengingat'],
  [/\bkonsideran\b/g, 'konsiderans'],
];

/** Filler words dropped from a query (unless nothing else is left). */
export const STOPWORDS = new Set([
  'yang', 'yg', 'dan', 'dgn', 'dengan', 'di', 'ke', 'dari', 'untuk', 'utk', 'buat', 'apa', 'apakah', 'itu', 'ini',
  'bagaimana', 'gimana', 'gmn', 'siapa', 'kapan', 'dimana', 'mana', 'adalah', 'ialah', 'atau', 'pada', 'dalam',
  'oleh', 'tentang', 'ttg', 'soal', 'mengenai', 'terkait', 'cara', 'aturan', 'ketentuan', 'tolong', 'mohon', 'saya',
  'kami', 'kita', 'bisa', 'boleh', 'harus', 'sbg', 'sebagai', 'jika', 'kalau', 'kalo', 'bila', 'juga', 'saja',
  'aja', 'dong', 'sih', 'ya', 'nya', 'gak', 'nggak', 'ga', 'the', 'apa2', 'seperti', 'berapa', 'arti',
  'pengertian', 'min', 'gan', 'pak', 'bu',
]);

export interface Alternative {
  /** The words sent to Pagefind. */
  query: string;
  /** Word sequences whose exact occurrence raises a result (multi-word expansions of abbreviations). */
  phrases: string[];
  /** How much this alternative's scores count (roots are looser than the words typed). */
  weight: number;
}

/** Weight of an alternative that uses a word's root instead of the word. */
export const ROOT_WEIGHT = 0.6;

export interface QueryPlan {
  status: 'ok' | 'empty' | 'punctuation';
  /** A message for the reader when the query was changed or cannot be run. */
  messages: string[];
  /** The words that were looked for, after corrections (for display). */
  terms: string[];
  /** Query strings to run; results are merged. */
  alternatives: Alternative[];
  /** Explanations of expansions and corrections ("PPK: pejabat pembina kepegawaian, ..."). */
  notes: string[];
  /** When nothing matches every word: the same query with one word left out at a time. */
  relaxed: Alternative[];
}

function cut(raw: string): { text: string; truncated: boolean } {
  if (raw.length <= MAX_QUERY_CHARS) return { text: raw, truncated: false };
  const head = raw.slice(0, MAX_QUERY_CHARS);
  const sp = head.lastIndexOf(' ');
  return { text: sp > MAX_QUERY_CHARS / 2 ? head.slice(0, sp) : head, truncated: true };
}

export function planQuery(raw: string | null | undefined, vocab?: Vocabulary): QueryPlan {
  const messages: string[] = [];
  const notes: string[] = [];
  const input = (raw ?? '').normalize('NFKC');
  if (!input.trim()) return { status: 'empty', messages: ['Ketik satu atau beberapa kata, misalnya “penunjukan”, “PPK” atau “ketua tim”.'], terms: [], alternatives: [], notes, relaxed: [] };
  const { text, truncated } = cut(input);
  if (truncated) messages.push(`Kata kunci terlalu panjang; hanya ${MAX_QUERY_CHARS} karakter pertama yang dipakai.`);
  let lower = text.toLowerCase();
  for (const [re, to] of PHRASES) lower = lower.replace(re, to);
  let toks = words(lower);
  if (toks.length === 0) {
    return { status: 'punctuation', messages: ['Kata kunci hanya berisi tanda baca atau simbol. Ketik kata, misalnya “tim kerja”.'], terms: [], alternatives: [], notes, relaxed: [] };
  }
  // A spelling the texts themselves use ("penunjukkan" in Probolinggo) is looked for as typed too.
  const asTyped = new Map<string, string>();
  toks = toks.map((t) => {
    const fixed = SPELLING[t];
    if (fixed) {
      notes.push(`“${t}” dibaca “${fixed}”`);
      if (vocab?.has(t)) asTyped.set(fixed, t);
      return fixed;
    }
    if (vocab && !ABBREVIATIONS[t] && !STOPWORDS.has(t) && !vocab.has(t)) {
      const c = vocab.correct(t);
      if (c) {
        notes.push(`“${t}” dibaca “${c}”`);
        return c;
      }
    }
    return t;
  });
  const content = toks.filter((t) => !STOPWORDS.has(t));
  if (content.length) toks = content;
  // Words no regulation uses are left out (Pagefind would silently ignore them), and the reader is told.
  if (vocab) {
    const unknown = toks.filter((t) => !ABBREVIATIONS[t] && !vocab.knows(t));
    if (unknown.length && unknown.length < toks.length) {
      messages.push(`${unknown.map((u) => `“${u}”`).join(', ')} tidak ada dalam teks peraturan mana pun dan diabaikan.`);
      toks = toks.filter((t) => !unknown.includes(t));
    }
  }
  toks = [...new Set(toks)];
  if (toks.length > MAX_TERMS) {
    messages.push(`Hanya ${MAX_TERMS} kata pertama yang dicari.`);
    toks = toks.slice(0, MAX_TERMS);
  }

  const options = (t: string): Option[] => {
    const readings = ABBREVIATIONS[t];
    if (readings) {
      notes.push(`${t.toUpperCase()}: ${readings.filter((r) => r !== t).join('; ') || t}`);
      return readings.map((text) => ({ text, weight: 1 }));
    }
    // A meN-/peN- word is also looked for by its root ("menetapkan" -> "tetap").
    const root = vocab ? rootOf(t, vocab) : undefined;
    const typed = asTyped.get(t);
    return [{ text: t, weight: 1 }, ...(typed ? [{ text: typed, weight: 1 }] : []), ...(root ? [{ text: root, weight: ROOT_WEIGHT }] : [])];
  };
  const perToken = toks.map(options);
  const alternatives = combinations(perToken);
  const relaxed = toks.length < 2 ? [] : toks.flatMap((_, i) => combinations(perToken.filter((__, j) => j !== i)).slice(0, 2));
  return { status: 'ok', messages, terms: toks, alternatives, notes: [...new Set(notes)], relaxed };
}

interface Option {
  text: string;
  weight: number;
}

/** Every combination of the options of each word (first options first), as queries with their phrases. */
function combinations(perToken: Option[][]): Alternative[] {
  let alts: Option[][] = [[]];
  for (const options of perToken) {
    const next: Option[][] = [];
    for (const a of alts) for (const o of options) next.push([...a, o]);
    alts = next.slice(0, MAX_ALTERNATIVES);
  }
  const seen = new Set<string>();
  const out: Alternative[] = [];
  for (const opts of alts) {
    const parts = opts.map((o) => o.text);
    const query = parts.join(' ');
    if (!query || seen.has(query)) continue;
    seen.add(query);
    // An expansion of several words is wanted as written ("kelompok kerja", not "kerja" anywhere).
    const phrases = new Set<string>(parts.filter((p) => p.includes(' ')));
    out.push({ query, phrases: [...phrases], weight: opts.reduce((w, o) => w * o.weight, 1) });
  }
  return out;
}

/** Filter names in the URL and their allowed values; anything else is reported and ignored. */
export interface FilterSpec {
  name: 'peraturan' | 'jenis' | 'topik';
  values: Map<string, string>;
}

export interface ParsedFilters {
  filters: Record<string, string[]>;
  unknown: string[];
}

/** Reads ?peraturan=pati&jenis=pasal&topik=penugasan, keeping only known values. */
export function parseFilters(params: URLSearchParams, specs: FilterSpec[]): ParsedFilters {
  const filters: Record<string, string[]> = {};
  const unknown: string[] = [];
  for (const spec of specs) {
    const vals = params.getAll(spec.name).flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase()).filter(Boolean);
    for (const v of vals) {
      if (spec.values.has(v)) (filters[spec.name] ??= []).includes(v) || filters[spec.name]!.push(v);
      else unknown.push(`${spec.name}=${v.slice(0, 40)}`);
    }
  }
  return { filters, unknown };
}
