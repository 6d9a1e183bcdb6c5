/**
 * Ranking a planned query in two steps.
 *
 * 1. `combine`: Pagefind scores each alternative on its own (BM25 over the
 *    words; nothing about word order). Each result is raised for every exact
 *    phrase it contains, weighted by its alternative, and alternatives are
 *    merged keeping each result's best score.
 * 2. `rerank`: once the first results' data is loaded (it is needed to show
 *    them anyway), Pasal, ayat and definitions are raised a little over
 *    Lampiran blocks, comparison pages are lowered (they are short and titled
 *    with the topic, so they would crowd out the provisions they compare), and
 *    at most one comparison page stays among the first five.
 */
export interface Scored<T = unknown> {
  id: string;
  score: number;
  item?: T;
}

export interface AlternativeRun<T = unknown> {
  hits: Scored<T>[];
  /** For each phrase of the alternative, the ids of the results that contain it exactly. */
  phraseHits: Set<string>[];
  /** Weight of the alternative as a whole (default 1). */
  weight?: number;
}

/** How much one exact phrase raises a score (0.6 = +60 %). */
export const PHRASE_BOOST = 0.6;
/** Pasal, ayat and definitions over Lampiran blocks: the normative text first. */
export const BODY_FACTOR = 1.6;
/** Comparison pages, scaled down. */
export const OVERVIEW_FACTOR = 0.35;
/** Comparison pages allowed among the first results; the rest follow. */
export const OVERVIEW_IN_TOP = { top: 5, max: 1 };
/** How many of the first results are reranked (their data is loaded). */
export const RERANK_DEPTH = 12;

const byScore = <T>(a: Scored<T>, b: Scored<T>) => b.score - a.score || a.id.localeCompare(b.id);

export function combine<T>(runs: AlternativeRun<T>[], boost = PHRASE_BOOST): Scored<T>[] {
  const best = new Map<string, Scored<T>>();
  for (const run of runs) {
    for (const h of run.hits) {
      const n = run.phraseHits.filter((s) => s.has(h.id)).length;
      const score = h.score * (run.weight ?? 1) * (1 + boost * n);
      const prev = best.get(h.id);
      if (!prev || score > prev.score) best.set(h.id, { ...h, score });
    }
  }
  return [...best.values()].sort(byScore);
}

export type ResultKind = 'pasal' | 'definisi' | 'lampiran' | 'gambar' | 'konsiderans' | 'perbandingan' | string;

/**
 * Whether a definition defines what was asked: at least half of the query's words (any of each
 * word's readings) are in the defined term ("Definisi Pejabat Penilai Kinerja (PPK)"). "pejabat
 * penilai kinerja itu siapa" is asking for it; "unit kerja mandiri dipimpin jf" is not, though
 * the definition of Unit Organisasi has most of those words.
 */
export function definesQuery(term: string, readings: string[][]): boolean {
  if (readings.length === 0) return false;
  const have = ` ${term.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const hit = readings.filter((rs) => rs.some((r) => DEFINITION_WORDS.has(r) || have.includes(` ${r} `))).length;
  return hit * 2 >= readings.length;
}
/** Words that ask for a definition. */
const DEFINITION_WORDS = new Set(['definisi', 'pengertian', 'arti', 'maksud', 'definition']);

/**
 * Reorders the first results by kind; `kinds` has the kind of each of them (the rest keep their order).
 * `defining`, when given, holds the definitions that define what was asked: only they are raised
 * like Pasal (a definition that merely shares words with a longer question is not its answer).
 */
export function rerank<T>(
  list: Scored<T>[],
  kinds: Map<string, ResultKind>,
  defining?: Set<string>,
  opts: { figures?: boolean } = {},
): Scored<T>[] {
  // Pages that are not provisions (comparison pages, guides) count like comparison pages.
  // A query that asks for a figure ("gambar ...", "bagan ...") raises the Gambar like Pasal.
  const factor = (id: string, k?: ResultKind) =>
    k === 'pasal' || (k === 'definisi' && (!defining || defining.has(id))) || (k === 'gambar' && opts.figures)
      ? BODY_FACTOR
      : k === 'perbandingan' || !k
        ? OVERVIEW_FACTOR
        : 1;
  const head = list
    .filter((s) => kinds.has(s.id))
    .map((s) => ({ ...s, score: s.score * factor(s.id, kinds.get(s.id)) }))
    .sort(byScore);
  const tail = list.filter((s) => !kinds.has(s.id));
  const top: Scored<T>[] = [];
  const later: Scored<T>[] = [];
  let overviews = 0;
  for (const s of head) {
    const isOverview = kinds.get(s.id) === 'perbandingan' || !kinds.get(s.id);
    if (top.length < OVERVIEW_IN_TOP.top && (!isOverview || ++overviews <= OVERVIEW_IN_TOP.max)) top.push(s);
    else later.push(s);
  }
  return [...top, ...later.sort(byScore), ...tail];
}

/** At most this many results of one regulation among the first five, unless the query names it. */
export const PER_REGULATION_IN_TOP = { top: 5, max: 2 };

/**
 * Spreads the first results over the regulations: among the first five at
 * most two of one regulation (the others move down, in order), unless the
 * query names regulations or a filter picks one (`unlimited`), and at most one
 * of each reading page (`pageOf`: the Lampiran section page of a Lampiran
 * block or Gambar). When the results come from too few regulations, the limit
 * per regulation gives way first, then the one per page. Results without
 * a regulation (comparison pages) are not limited. Stable and deterministic.
 */
export function diversify<T>(
  list: Scored<T>[],
  regulationOf: Map<string, string | undefined>,
  unlimited: Set<string> = new Set(),
  pageOf: Map<string, string> = new Map(),
): Scored<T>[] {
  const top: Scored<T>[] = [];
  const taken = new Set<string>();
  const count = new Map<string, number>();
  const pages = new Set<string>();
  // Two passes over the results in order: both limits, then only one per page (when the
  // results come from too few regulations); then anything, until five are chosen.
  const passes: ((s: Scored<T>) => boolean)[] = [
    (s) => {
      const reg = regulationOf.get(s.id);
      return !reg || unlimited.has(reg) || (count.get(reg) ?? 0) < PER_REGULATION_IN_TOP.max;
    },
    () => true,
  ];
  for (const ok of passes) {
    for (const s of list) {
      if (top.length >= PER_REGULATION_IN_TOP.top) break;
      if (taken.has(s.id) || !ok(s)) continue;
      // One result per reading page: Klaten repeats the same work flow for several dinas, and
      // five steps of one section crowd out everything else.
      const page = pageOf.get(s.id);
      if (page && pages.has(page)) continue;
      const reg = regulationOf.get(s.id);
      if (reg) count.set(reg, (count.get(reg) ?? 0) + 1);
      if (page) pages.add(page);
      taken.add(s.id);
      top.push(s);
    }
  }
  // Too few pages to fill five: the rest in order.
  for (const s of list) if (top.length < PER_REGULATION_IN_TOP.top && !taken.has(s.id) && taken.add(s.id)) top.push(s);
  top.sort((a, b) => list.indexOf(a) - list.indexOf(b));
  return [...top, ...list.filter((s) => !taken.has(s.id))];
}

/** Raises the results of the regulations a query names ("perbup klaten tpp"). */
export const NAMED_FACTOR = 1.5;
export function favour<T>(list: Scored<T>[], regulationOf: Map<string, string | undefined>, named: Set<string>): Scored<T>[] {
  if (named.size === 0) return list;
  return list.map((s) => (named.has(regulationOf.get(s.id) ?? '') ? { ...s, score: s.score * NAMED_FACTOR } : s)).sort(byScore);
}

/**
 * At least one normative provision among the first five: when none of them is a Pasal, ayat or
 * definition but one of `eligible` (the results that contain every word) is, the best of those
 * takes the fifth place. Lampiran paragraphs that repeat a term many times (the example work
 * flows) otherwise bury the one ayat that lays down the rule ("performance agreement": Klaten
 * Pasal 16 ayat (3)).
 */
export function ensureBody<T>(list: Scored<T>[], kinds: Map<string, ResultKind>, eligible: Set<string>, place = 4): Scored<T>[] {
  const isBody = (s: Scored<T>) => kinds.get(s.id) === 'pasal' || kinds.get(s.id) === 'definisi';
  if (list.length <= place || list.slice(0, place + 1).some(isBody)) return list;
  const best = list.find((s, i) => i > place && isBody(s) && eligible.has(s.id));
  if (!best) return list;
  const rest = list.filter((s) => s !== best);
  return [...rest.slice(0, place), best, ...rest.slice(place)];
}
