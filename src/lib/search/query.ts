/**
 * From what a reader types to what Pagefind is asked: limits, spelling fixes,
 * dropping filler words, and expanding the abbreviations and informal words
 * civil servants use (PPK, JF, OPD, pokja, Sekda, Kadis...) into the words the
 * regulations print. One query can become several alternatives (PPK is both
 * Pejabat Pembina Kepegawaian and Pejabat Penilai Kinerja); the page runs
 * them all and merges the results. Shared by the search page and the tests.
 */
import { editDistance, words, type Vocabulary } from './vocabulary.ts';
import { rootOf } from './morph.ts';
import raw from './istilah.json' with { type: 'json' };
import type { Istilah } from './istilah.ts';

// The data is validated by istilah.ts (zod) in the build (src/pages/cari/data.json.ts) and the unit
// tests; the page reads it as is, so zod is not shipped to the browser.
const ISTILAH = raw as unknown as Istilah;

export const MAX_QUERY_CHARS = 200;
export const MAX_TERMS = 10;
export const MAX_ALTERNATIVES = 8;

/**
 * Abbreviation, informal or English word -> what it stands for, as printed in
 * the regulations (from istilah.json). Several entries mean several readings.
 */
export const ABBREVIATIONS: Record<string, string[]> = ISTILAH.singkatan;

/** Common misspellings -> the form printed in the regulations (from istilah.json). */
export const SPELLING: Record<string, string> = ISTILAH.salahKetik;

/** Each spelling or wording -> all the variants it is searched together with. */
export const VARIANTS: Map<string, string[]> = new Map(ISTILAH.varian.flatMap((g) => g.map((w) => [w, g] as const)));

/** Common Indonesian words: never "corrected" into a word of the texts ("bagus" is not "bagas"). */
export const COMMON = new Set(ISTILAH.umum);

/** Keys of several words ("job description", "sub koordinator"), longest first. */
const MULTI = [...Object.keys(ABBREVIATIONS), ...VARIANTS.keys()]
  .filter((k) => k.includes(' '))
  .sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b));

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
  'yang',
  'yg',
  'dan',
  'dgn',
  'dengan',
  'di',
  'ke',
  'dari',
  'untuk',
  'utk',
  'buat',
  'apa',
  'apakah',
  'itu',
  'ini',
  'bagaimana',
  'gimana',
  'gmn',
  'siapa',
  'kapan',
  'dimana',
  'mana',
  'adalah',
  'ialah',
  'atau',
  'pada',
  'dalam',
  'oleh',
  'tentang',
  'ttg',
  'soal',
  'mengenai',
  'terkait',
  'cara',
  'aturan',
  'ketentuan',
  'tolong',
  'mohon',
  'saya',
  'kami',
  'kita',
  'bisa',
  'boleh',
  'harus',
  'sbg',
  'sebagai',
  'jika',
  'kalau',
  'kalo',
  'bila',
  'juga',
  'saja',
  'aja',
  'dong',
  'sih',
  'ya',
  'nya',
  'gak',
  'nggak',
  'ga',
  'the',
  'apa2',
  'seperti',
  'berapa',
  'arti',
  'pengertian',
  'min',
  'gan',
  'pak',
  'bu',
  'beda',
  'bedanya',
  'perbedaan',
  'kah',
  'deh',
  'kak',
  'siapakah',
  'bagaimanakah',
  'apakah',
  'berapakah',
  'kapankah',
  'dimanakah',
  'mengapa',
  'kenapa',
  'knp',
  'bgmn',
  'gmna',
  'maksudnya',
  'jelaskan',
  'tanya',
  'nanya',
  'mau',
  'ingin',
  'sy',
  'tsb',
  'tersebut',
  'sesuai',
  // English question words around English or Indonesian terms ("what is sistem kerja").
  'what',
  'is',
  'are',
  'who',
  'how',
  'when',
  'of',
  'a',
  'an',
  'for',
  'to',
  'in',
  'and',
  'or',
  'does',
  'do',
  'which',
  'where',
  'why',
  'can',
  'should',
  'i',
  'my',
  'about',
]);

export interface Alternative {
  /** The words sent to Pagefind. */
  query: string;
  /** Word sequences whose exact occurrence raises a result (multi-word expansions of abbreviations). */
  phrases: string[];
  /** How much this alternative's scores count (roots and relaxed queries are looser than the words typed). */
  weight: number;
}

/** Weight of an alternative that uses a word's root instead of the word. */
export const ROOT_WEIGHT = 0.8;
/** Weight of the abbreviation itself when the texts also print it ("JF" in Klaten's tables). */
export const AS_TYPED_WEIGHT = 0.8;
/** Weight of a query with one word left out, and of a single word on its own. */
export const RELAXED_WEIGHT = 0.5;
export const WIDENED_WEIGHT = 0.25;
/** Fewer results than this and the query is relaxed (and then widened). */
export const MIN_RESULTS = 5;

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
  /** When fewer than MIN_RESULTS match every word: the same query with one word left out at a time. */
  relaxed: Alternative[];
  /** When that is still too few: each word (with its expansions) on its own. */
  widened: Alternative[];
  /** For each word looked for, the words searched for it (itself, its expansions and variants). */
  readings: string[][];
  /** The query asks for a figure ("gambar penunjukan", "bagan tim kerja", "flowchart"). */
  figures: boolean;
}

/** Words that ask for a figure. */
const FIGURE_WORDS = /(?:^|[^\p{L}])(?:gambar|gbr|bagan|diagram|skema|chart|figure|flowchart)(?![\p{L}])/iu;

function cut(raw: string): { text: string; truncated: boolean } {
  if (raw.length <= MAX_QUERY_CHARS) return { text: raw, truncated: false };
  const head = raw.slice(0, MAX_QUERY_CHARS);
  const sp = head.lastIndexOf(' ');
  return { text: sp > MAX_QUERY_CHARS / 2 ? head.slice(0, sp) : head, truncated: true };
}

/** Joins the words of a multi-word key ("job description") into one token. */
export function joinMultiWord(toks: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const hit = MULTI.find((k) => {
      const parts = k.split(' ');
      return parts.every((p, j) => toks[i + j] === p);
    });
    if (hit) {
      out.push(hit);
      i += hit.split(' ').length - 1;
    } else out.push(toks[i]!);
  }
  return out;
}

const isKnownKey = (t: string) => !!ABBREVIATIONS[t] || VARIANTS.has(t);

/**
 * Plans a query. `ignore`: words that only name a regulation ("klaten", "perbup"), which the page
 * applies as a filter instead of searching them (unless nothing else is left).
 */
export function planQuery(raw: string | null | undefined, vocab?: Vocabulary, ignore: ReadonlySet<string> = new Set()): QueryPlan {
  const messages: string[] = [];
  const notes: string[] = [];
  const none = { terms: [], alternatives: [], notes, relaxed: [], widened: [], readings: [], figures: false };
  const input = (raw ?? '').normalize('NFKC');
  if (!input.trim())
    return { status: 'empty', messages: ['Ketik satu atau beberapa kata, misalnya “penunjukan”, “PPK” atau “ketua tim”.'], ...none };
  const { text, truncated } = cut(input);
  if (truncated) messages.push(`Kata kunci terlalu panjang; hanya ${MAX_QUERY_CHARS} karakter pertama yang dipakai.`);
  let lower = text.toLowerCase();
  for (const [re, to] of PHRASES) lower = lower.replace(re, to);
  // Misspelt English or informal words ("perfomance") are read as the known key first, so that
  // multi-word keys ("performance agreement") still join.
  let toks = joinMultiWord(words(lower).map((t) => keyTypo(t, vocab, notes)));
  if (toks.length === 0) {
    return {
      status: 'punctuation',
      messages: ['Kata kunci hanya berisi tanda baca atau simbol. Ketik kata, misalnya “tim kerja”.'],
      ...none,
    };
  }
  // A misspelling the texts themselves print is looked for as typed too.
  const asTyped = new Map<string, string>();
  toks = toks.map((t) => {
    const fixed = SPELLING[t];
    if (fixed) {
      notes.push(`“${t}” dibaca “${fixed}”`);
      if (vocab?.has(t)) asTyped.set(fixed, t);
      return fixed;
    }
    // No "correction" of a word the texts use, a known abbreviation or variant, or a common word.
    if (vocab && !isKnownKey(t) && !STOPWORDS.has(t) && !COMMON.has(t) && !vocab.has(t)) {
      const c = vocab.correct(t);
      if (c) {
        notes.push(`“${t}” dibaca “${c}”`);
        return c;
      }
    }
    return t;
  });
  let content = toks.filter((t) => !STOPWORDS.has(t));
  // Words that only name a regulation are left to the filter, if other words remain.
  if (content.some((t) => !ignore.has(t))) content = content.filter((t) => !ignore.has(t));
  if (content.length) toks = content;
  // Words no regulation uses are left out (Pagefind would find nothing with them), and the reader is told.
  if (vocab) {
    const unknown = toks.filter((t) => !isKnownKey(t) && !vocab.knows(t));
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
    const out: Option[] = [];
    const add = (text: string, weight: number) => {
      if (!out.some((o) => o.text === text)) out.push({ text, weight });
    };
    const readings = ABBREVIATIONS[t];
    if (readings) {
      const shown = readings.filter((r) => r !== t);
      if (shown.length) notes.push(`${t.includes(' ') ? t : t.toUpperCase()}: ${shown.join('; ')}`);
      for (const r of readings) add(r, 1);
      // The word as typed as well, when the texts print it ("JF" in tables, "SKP").
      if (vocab?.has(t)) add(t, AS_TYPED_WEIGHT);
    } else {
      add(t, 1);
    }
    for (const v of VARIANTS.get(t) ?? []) add(v, 1);
    for (const r of readings ?? []) for (const v of VARIANTS.get(r) ?? []) add(v, 1);
    const typed = asTyped.get(t);
    if (typed) add(typed, 1);
    // A meN-/peN- word is also looked for by its root ("menetapkan" -> "tetap").
    const root = !readings && vocab ? rootOf(t, vocab) : undefined;
    if (root) add(root, ROOT_WEIGHT);
    return out;
  };
  const perToken = toks.map(options);
  const alternatives = combinations(perToken);
  const relaxed =
    toks.length < 2
      ? []
      : toks
          .flatMap((_, i) => combinations(perToken.filter((__, j) => j !== i)).slice(0, 3))
          .map((a) => ({ ...a, weight: a.weight * RELAXED_WEIGHT }));
  const widened =
    toks.length < 3
      ? []
      : perToken.flatMap((opts) => combinations([opts]).slice(0, 2)).map((a) => ({ ...a, weight: a.weight * WIDENED_WEIGHT }));
  return {
    status: 'ok',
    messages,
    terms: toks,
    alternatives,
    notes: [...new Set(notes)],
    relaxed: dedupe(relaxed),
    widened: dedupe(widened),
    readings: perToken.map((opts) => opts.map((o) => o.text)),
    figures: FIGURE_WORDS.test(input),
  };
}

/** Single words of the known keys (abbreviations, English words, variants), for reading misspellings of them. */
const KEY_WORDS = [...new Set([...Object.keys(ABBREVIATIONS), ...VARIANTS.keys()].flatMap((k) => k.split(' ')))].filter(
  (w) => w.length >= 5,
);

/**
 * A misspelling of a known key of 5+ letters (one edit: "perfomance", "jobdesc"): the key. Only
 * for words that are not themselves in the texts, a key, a filler or a common word.
 */
export function keyTypo(t: string, vocab: Vocabulary | undefined, notes: string[]): string {
  if (t.length < 5 || isKnownKey(t) || KEY_WORDS.includes(t) || STOPWORDS.has(t) || COMMON.has(t) || SPELLING[t] || vocab?.knows(t))
    return t;
  const hit = KEY_WORDS.find((k) => editDistance(t, k, 1) <= 1);
  if (!hit) return t;
  notes.push(`“${t}” dibaca “${hit}”`);
  return hit;
}

function dedupe(alts: Alternative[]): Alternative[] {
  const seen = new Set<string>();
  return alts.filter((a) => !seen.has(a.query) && !!seen.add(a.query));
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
    const vals = params
      .getAll(spec.name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);
    for (const v of vals) {
      if (spec.values.has(v)) (filters[spec.name] ??= []).includes(v) || filters[spec.name]!.push(v);
      else unknown.push(`${spec.name}=${v.slice(0, 40)}`);
    }
  }
  return { filters, unknown };
}
