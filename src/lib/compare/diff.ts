/**
 * Word-level differences between two texts: tokenising, a longest common
 * subsequence over the words (case-insensitive; spaces and punctuation are
 * carried along but never counted), and the indices of the words of each side
 * that the other side does not have.
 */

export interface Token {
  text: string;
  /** Lower-case form for comparison; undefined for spaces and punctuation. */
  word?: string | undefined;
}

// Words may contain an apostrophe, hyphen or dot ("sewaktu-waktu", "2.1"); a slash
// separates words ("Organisasi/Pimpinan", "dan/atau") so each side can match.
const TOKEN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\p{L}\p{N}]+/gu;

/** Splits a text into word and non-word tokens; joining the tokens gives the text back. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    out.push(/[\p{L}\p{N}]/u.test(t[0]!) ? { text: t, word: t.toLowerCase() } : { text: t });
  }
  return out;
}

/** Cells with more words than this are shown without word highlighting. */
export const MAX_WORDS = 2500;

/** Above this many cells in the LCS table the pair is not compared word by word. */
export const MAX_TABLE = 4_000_000;

/**
 * Longest common subsequence of two word lists. Returns, for each side, a
 * boolean per word telling whether it is matched; or undefined when the texts
 * are too long to compare.
 */
export function lcsMatch(a: string[], b: string[]): { a: boolean[]; b: boolean[] } | undefined {
  const ma = new Array<boolean>(a.length).fill(false);
  const mb = new Array<boolean>(b.length).fill(false);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    ma[start] = mb[start] = true;
    start++;
  }
  let ea = a.length;
  let eb = b.length;
  while (ea > start && eb > start && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
    ma[ea] = mb[eb] = true;
  }
  const n = ea - start;
  const m = eb - start;
  if (n === 0 || m === 0) return { a: ma, b: mb };
  if (n * m > MAX_TABLE) return undefined;
  // dp[i][j] = LCS length of a[start+i..ea) and b[start+j..eb), row-major, (n+1) x (m+1).
  const w = m + 1;
  const dp = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * w + j] = a[start + i] === b[start + j] ? dp[(i + 1) * w + j + 1]! + 1 : Math.max(dp[(i + 1) * w + j]!, dp[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      ma[start + i] = mb[start + j] = true;
      i++;
      j++;
    } else if (dp[(i + 1) * w + j]! >= dp[i * w + j + 1]!) i++;
    else j++;
  }
  return { a: ma, b: mb };
}

/** Indices (into the word list) of the words of `a` not in `b` and of `b` not in `a`. */
export function wordDiff(a: string, b: string): { onlyA: string[]; onlyB: string[] } | undefined {
  const wa = tokenize(a).flatMap((t) => (t.word ? [t.word] : []));
  const wb = tokenize(b).flatMap((t) => (t.word ? [t.word] : []));
  const m = lcsMatch(wa, wb);
  if (!m) return undefined;
  return { onlyA: wa.filter((_, i) => !m.a[i]), onlyB: wb.filter((_, i) => !m.b[i]) };
}
