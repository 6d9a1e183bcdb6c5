/**
 * The excerpt under a search result, built from the record's text and the
 * word positions Pagefind reports as matches. It never shows the citation
 * prefix (already the title), never the low-weight words around the
 * provision, shows a short provision whole, and otherwise a window over the
 * most matches that starts at the beginning of a sentence or list item when
 * one is near, so the answer is not cut away. Pure; the page renders the
 * parts as text nodes and <mark>.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** A provision this short is shown whole. */
export const WHOLE_WORDS = 60;
/** Otherwise a window of this many words. */
export const WINDOW_WORDS = 40;

/** Pagefind's word boundaries. */
const SPLIT = /[^\S\uFEFF]+/g;

/**
 * `awal`: words before the provision's own text (citation, headings);
 * `kata`: words of the record up to the end of the provision's own text.
 */
export function buildExcerpt(content: string, locations: number[], awal: number, kata: number, ellipsis = '…'): ExcerptPart[] {
  const all = content.split(SPLIT).filter((w) => w !== '');
  const end = Math.min(kata || all.length, all.length);
  const start = Math.min(awal, end);
  // Stray markup and citation residue: a lone "#" or "|" is not a word of the law.
  const own = all.slice(start, end);
  const hits = new Set(locations.filter((l) => l >= start && l < end).map((l) => l - start));
  let from = 0;
  let to = own.length;
  if (own.length > WHOLE_WORDS) {
    // The window over the most matches (earliest on ties).
    let best = 0;
    let bestAt = 0;
    for (let i = 0; i + WINDOW_WORDS <= own.length || i === 0; i++) {
      let n = 0;
      for (let j = i; j < Math.min(own.length, i + WINDOW_WORDS); j++) if (hits.has(j)) n++;
      if (n > best) {
        best = n;
        bestAt = i;
      }
      if (i + WINDOW_WORDS >= own.length) break;
    }
    // Start a little before the first match of that window, at a sentence or list item if one
    // begins shortly before it, so the answer is read from its start.
    const anchor = [...hits].filter((h) => h >= bestAt).sort((a, b) => a - b)[0] ?? bestAt;
    from = Math.max(0, anchor - 8);
    for (let k = anchor; k > Math.max(0, anchor - 16); k--) {
      if (/[.;:]$/.test(own[k - 1] ?? '') || /^(\(?\d+[.)]|[a-z][.)])$/.test(own[k] ?? '')) {
        from = k;
        break;
      }
    }
    to = Math.min(own.length, from + WINDOW_WORDS);
  }
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (from > 0) push(`${ellipsis} `, false);
  for (let i = from; i < to; i++) {
    const w = own[i]!;
    if (/^[#|]+$/.test(w)) continue;
    if (i > from) push(' ', false);
    if (hits.has(i)) {
      // Keep punctuation outside the mark ("kerja;" -> "kerja" marked, ";").
      const m = w.match(/^(.*?[\p{L}\p{N}])([^\p{L}\p{N}]*)$/u);
      push(m ? m[1]! : w, true);
      if (m?.[2]) push(m[2], false);
    } else push(w, false);
  }
  if (to < own.length) push(` ${ellipsis}`, false);
  return parts;
}
