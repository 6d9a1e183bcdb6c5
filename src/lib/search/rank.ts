/**
 * Merging the results of a planned query. Pagefind scores each alternative
 * on its own (BM25 over the words, nothing about word order or kind of
 * provision); here each result is raised for every exact phrase it contains,
 * provisions of the batang tubuh are raised a little over Lampiran blocks, and
 * comparison pages are lowered so they do not crowd out the provisions they
 * compare. Alternatives are then merged keeping each result's best score.
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
  /** Ids of results that are Pasal, ayat or definitions. */
  body?: Set<string>;
  /** Ids of results that are comparison pages rather than provisions. */
  overview?: Set<string>;
  /** Weight of the alternative as a whole (default 1). */
  weight?: number;
}

/** How much one exact phrase raises a score (0.6 = +60 %). */
export const PHRASE_BOOST = 0.6;
/** Pasal, ayat and definitions over Lampiran blocks: the normative text first. */
export const BODY_FACTOR = 1.3;
/** Comparison pages are short and titled with the topic, so Pagefind ranks them very high. */
export const OVERVIEW_FACTOR = 0.35;
/** Comparison pages allowed among the first results; the rest follow. */
export const OVERVIEW_IN_TOP = { top: 5, max: 1 };

export function combine<T>(runs: AlternativeRun<T>[], boost = PHRASE_BOOST): Scored<T>[] {
  const best = new Map<string, Scored<T>>();
  const overview = new Set<string>();
  for (const run of runs) {
    for (const id of run.overview ?? []) overview.add(id);
    for (const h of run.hits) {
      const n = run.phraseHits.filter((s) => s.has(h.id)).length;
      const score = h.score * (run.weight ?? 1) * (1 + boost * n) * (run.body?.has(h.id) ? BODY_FACTOR : 1) * (run.overview?.has(h.id) ? OVERVIEW_FACTOR : 1);
      const prev = best.get(h.id);
      if (!prev || score > prev.score) best.set(h.id, { ...h, score });
    }
  }
  const sorted = [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  // Keep at most OVERVIEW_IN_TOP.max comparison pages in the first OVERVIEW_IN_TOP.top places.
  const head: Scored<T>[] = [];
  const later: Scored<T>[] = [];
  let seen = 0;
  for (const s of sorted) {
    if (head.length < OVERVIEW_IN_TOP.top && overview.has(s.id) && ++seen > OVERVIEW_IN_TOP.max) later.push(s);
    else if (head.length < OVERVIEW_IN_TOP.top) head.push(s);
    else later.push(s);
  }
  return [...head, ...later.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))];
}
