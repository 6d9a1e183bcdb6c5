/**
 * The reader's choice of regulations to compare, as the address holds it:
 * `?p=pati&p=klaten&a=pati&b=klaten` (`p` may repeat or hold a comma list;
 * the older `tampil=` is read too). Between two and five regulations are
 * compared at once; `a` and `b` are the pair whose word differences are
 * highlighted (`a=` empty: no highlight). Whatever the address holds is
 * checked against the known regulations; what is shown back to the reader is
 * cut short and stripped of control and bidi characters.
 */
export const MIN_CHOICE = 2;
export const MAX_CHOICE = 5;
/** Longest piece of the address echoed back in a message. */
export const MAX_ECHO = 40;

export interface Selection {
  /** Slugs to show, in the order given (or the default order). */
  chosen: string[];
  /** The highlighted pair; a = '' means no highlight. */
  a: string;
  b: string;
  /** Messages for the reader about what in the address was ignored or adjusted. */
  notes: string[];
  /** True when the address said which regulations to show. */
  fromAddress: boolean;
}

// C0/C1 controls, and the bidi controls (LRM, RLM, ALM, embeddings, overrides, isolates).
// eslint-disable-next-line no-control-regex -- control characters are exactly what this pattern removes or allows
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from the address, safe to show: no control or bidi characters, at most MAX_ECHO characters. */
export function cleanEcho(s: string, max = MAX_ECHO): string {
  const t = [...s.replace(UNSAFE, '').trim()];
  return t.length > max ? `${t.slice(0, max).join('')}…` : t.join('');
}

/** The default selection: the first MAX_CHOICE regulations of the site order. */
export const defaultChoice = (slugs: readonly string[]): string[] => slugs.slice(0, MAX_CHOICE);

const listOf = (names: string[]) => names.map((n) => `"${cleanEcho(n)}"`).join(', ');

/** Reads the choice from a query string (or URLSearchParams); unknown or extra values become notes, never errors. */
export function parseSelection(
  query: string | URLSearchParams,
  known: readonly string[],
  defaults: readonly string[] = defaultChoice(known),
): Selection {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const notes: string[] = [];
  const isKnown = new Set(known);
  const wanted = [
    ...new Set(
      [...params.getAll('p'), ...params.getAll('tampil')]
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = wanted.filter((v) => !isKnown.has(v));
  if (unknown.length) {
    const shown = unknown.slice(0, 3);
    const more = unknown.length - shown.length;
    notes.push(`Peraturan ${listOf(shown)}${more > 0 ? ` dan ${more} lainnya` : ''} tidak dikenal dan diabaikan.`);
  }
  let chosen = wanted.filter((v) => isKnown.has(v));
  const fromAddress = chosen.length > 0;
  if (chosen.length > MAX_CHOICE) {
    notes.push(`Paling banyak ${MAX_CHOICE} peraturan dibandingkan sekaligus; ${chosen.length - MAX_CHOICE} pilihan terakhir diabaikan.`);
    chosen = chosen.slice(0, MAX_CHOICE);
  }
  if (!fromAddress) chosen = [...defaults];
  if (chosen.length < MIN_CHOICE) notes.push(`Pilih paling sedikit ${MIN_CHOICE} peraturan untuk dibandingkan.`);

  const pick = (key: 'a' | 'b', fallback: string, allowEmpty: boolean): string => {
    if (!params.has(key)) return fallback;
    const v = (params.get(key) ?? '').trim();
    if (v === '' && allowEmpty) return '';
    if (chosen.includes(v)) return v;
    if (isKnown.has(v)) notes.push(`Peraturan "${cleanEcho(v)}" untuk sorotan tidak sedang dibandingkan; sorotan memakai pilihan bawaan.`);
    else notes.push(`Pilihan sorotan "${cleanEcho(v)}" tidak dikenal dan diabaikan.`);
    return fallback;
  };
  const a = pick('a', chosen[0] ?? '', true);
  let b = pick('b', chosen.find((s) => s !== a) ?? '', false);
  if (a && a === b) {
    notes.push('Pilih dua peraturan yang berbeda untuk menyorot perbedaannya.');
    b = chosen.find((s) => s !== a) ?? '';
  }
  return { chosen, a, b, notes, fromAddress };
}

/** The query string for a choice ('' for the default view), in the form parseSelection reads. */
export function selectionQuery(sel: Pick<Selection, 'chosen' | 'a' | 'b'>, defaults: readonly string[]): string {
  const p = new URLSearchParams();
  const isDefault = sel.chosen.length === defaults.length && sel.chosen.every((s, i) => s === defaults[i]);
  if (!isDefault) for (const s of sel.chosen) p.append('p', s);
  const defA = sel.chosen[0] ?? '';
  const defB = sel.chosen.find((s) => s !== defA) ?? '';
  if (!isDefault || sel.a !== defA || sel.b !== defB) {
    p.set('a', sel.a);
    p.set('b', sel.b);
  }
  return p.toString();
}
