/**
 * Word differences between two cells as the browser sees them: each cell is a
 * list of text pieces (the text nodes of its provision lines, in order); the
 * result says, piece by piece, which runs hold words the other cell lacks.
 * Used by src/scripts/compare.ts for pairs that the pre-built page did not
 * highlight; the same tokeniser and LCS as the build (diff.ts), and the same
 * rule that punctuation between two marked words is marked with them.
 */
import { lcsMatch, MAX_WORDS, tokenize, type Token } from './diff.ts';

export interface Run {
  text: string;
  /** Words the other cell does not have. */
  marked: boolean;
}

export interface PairMarks {
  a: Run[][];
  b: Run[][];
  /** Words of a missing from b, and of b missing from a. */
  onlyA: number;
  onlyB: number;
}

function runs(tokens: Token[], marked: boolean[]): Run[] {
  const on = tokens.map((t, i) => Boolean(t.word) && marked[i]!);
  // Punctuation and spaces between two marked words belong to the marked run.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.word) continue;
    let p = i - 1;
    while (p >= 0 && !tokens[p]!.word) p--;
    let n = i + 1;
    while (n < tokens.length && !tokens[n]!.word) n++;
    on[i] = p >= 0 && n < tokens.length && on[p]! && on[n]!;
  }
  const out: Run[] = [];
  tokens.forEach((t, i) => {
    const last = out[out.length - 1];
    if (last && last.marked === on[i]) last.text += t.text;
    else out.push({ text: t.text, marked: on[i]! });
  });
  return out;
}

/** Marks the words each side lacks; undefined when either side is too long to compare word by word. */
export function markPair(aTexts: string[], bTexts: string[], maxWords = MAX_WORDS): PairMarks | undefined {
  const side = (texts: string[]) => {
    const pieces = texts.map((t) => tokenize(t));
    const words = pieces.flatMap((p) => p.filter((t) => t.word).map((t) => t.word!));
    return { pieces, words };
  };
  const A = side(aTexts);
  const B = side(bTexts);
  if (A.words.length > maxWords || B.words.length > maxWords) return undefined;
  const m = lcsMatch(A.words, B.words);
  if (!m) return undefined;
  const spread = (s: ReturnType<typeof side>, matched: boolean[]) => {
    let w = 0;
    return s.pieces.map((toks) =>
      runs(
        toks,
        toks.map((t) => (t.word ? !matched[w++] : false)),
      ),
    );
  };
  return {
    a: spread(A, m.a),
    b: spread(B, m.b),
    onlyA: m.a.filter((x) => !x).length,
    onlyB: m.b.filter((x) => !x).length,
  };
}
