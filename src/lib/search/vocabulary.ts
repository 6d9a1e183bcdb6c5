/**
 * The search vocabulary: every word of the indexed texts, most frequent
 * first, and a spelling corrector over it (Damerau-Levenshtein distance 1,
 * or 2 for long words), used when a typed word is not in the texts.
 */

/** Lower-case words of a text (letters and digits). */
export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFKC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** Distinct words of at least two letters ("JF", "TU" are printed in tables), most frequent first (ties alphabetical). */
export function vocabulary(texts: string[]): string[] {
  const freq = new Map<string, number>();
  for (const t of texts) for (const w of words(t)) if (w.length >= 2 && !/^\d+$/.test(w)) freq.set(w, (freq.get(w) ?? 0) + 1);
  return [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}

/** Optimal string alignment distance (adjacent transpositions count as one edit), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length]!;
}

export class Vocabulary {
  readonly list: string[];
  private readonly set: Set<string>;
  constructor(list: string[]) {
    this.list = list;
    this.set = new Set(list);
  }
  static parse(text: string): Vocabulary {
    return new Vocabulary(
      text
        .split('\n')
        .map((w) => w.trim())
        .filter(Boolean),
    );
  }
  has(word: string): boolean {
    return this.set.has(word);
  }
  /** Whether the texts use the word, also inside a longer word or with an ending ("ditetapkannya"). */
  knows(word: string): boolean {
    if (this.set.has(word) || word.length < 3 || /\d/.test(word)) return true;
    return this.list.some((w) => w.includes(word) || (w.length >= 4 && word.startsWith(w)));
  }
  /** The most frequent word within reach of a misspelling, if any. */
  correct(word: string): string | undefined {
    if (word.length < 4 || this.set.has(word) || /\d/.test(word)) return undefined;
    // A word the texts use inside a longer word ("rangkap" in "merangkap") is not a misspelling.
    if (this.list.some((w) => w.includes(word))) return undefined;
    const max = word.length >= 8 ? 2 : 1;
    let best: { w: string; d: number } | undefined;
    for (const w of this.list) {
      if (Math.abs(w.length - word.length) > max) continue;
      const d = editDistance(word, w, max);
      if (d <= max && (!best || d < best.d)) {
        best = { w, d };
        if (d === 1) break;
      }
    }
    return best?.w;
  }
}
