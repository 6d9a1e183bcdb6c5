/**
 * Where a presenter is in a deck and how it moves: pure functions shared by
 * the build (tests) and the browser script. No Node or DOM APIs here.
 *
 * A position is a slide (0-based) and a step: for flows and swimlanes step 0
 * shows the chart with no step revealed yet, step k reveals steps 1..k in the
 * regulation's order; charts without steps stay at step 0.
 */

export interface Pos {
  slide: number;
  step: number;
}

/** Number of steps of each slide (0 for org charts and assignment structures). */
export type Shape = readonly number[];

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

const lastIndex = (shape: Shape) => Math.max(0, shape.length - 1);
const stepsOf = (shape: Shape, slide: number) => shape[slide] ?? 0;

/** Forward one step; after the last step of a slide, the next slide with no step revealed. */
export function next(shape: Shape, p: Pos): Pos {
  if (p.step < stepsOf(shape, p.slide)) return { slide: p.slide, step: p.step + 1 };
  if (p.slide < lastIndex(shape)) return { slide: p.slide + 1, step: 0 };
  return p;
}

/** Back one step; before the first step, the previous slide fully revealed. */
export function prev(shape: Shape, p: Pos): Pos {
  if (p.step > 0) return { slide: p.slide, step: p.step - 1 };
  if (p.slide > 0) return { slide: p.slide - 1, step: stepsOf(shape, p.slide - 1) };
  return p;
}

/** Whole slides, skipping steps. */
export const nextSlide = (shape: Shape, p: Pos): Pos => ({ slide: Math.min(p.slide + 1, lastIndex(shape)), step: 0 });
export const prevSlide = (_shape: Shape, p: Pos): Pos => ({ slide: Math.max(p.slide - 1, 0), step: 0 });
export const first = (): Pos => ({ slide: 0, step: 0 });
export const last = (shape: Shape): Pos => ({ slide: lastIndex(shape), step: 0 });
export const atStart = (p: Pos) => p.slide === 0 && p.step === 0;
export const atEnd = (shape: Shape, p: Pos) => p.slide === lastIndex(shape) && p.step === stepsOf(shape, p.slide);

/** Indonesian number for a notice: "2,5". */
const fmt = (n: number) => String(n).replace('.', ',');

/**
 * A 1-based slide number from the address, clamped to the deck: a missing
 * value is slide 1 without notice; anything else that is not a slide of this
 * deck opens the nearest slide and says so.
 */
export function parseSlide(raw: string | null | undefined, count: number): { slide: number; notice?: string } {
  const total = Math.max(1, count);
  if (raw === null || raw === undefined || raw.trim() === '') return { slide: 1 };
  const t = raw.trim().replace(',', '.');
  const n = Number(t);
  if (!/^[-+]?\d+(\.\d+)?$/.test(t) || !Number.isFinite(n)) {
    return { slide: 1, notice: `“${raw.trim().slice(0, 40)}” bukan nomor slide; dibuka slide 1.` };
  }
  if (n < 1) return { slide: 1, notice: `Slide ${fmt(n)} tidak ada; dibuka slide pertama (1 dari ${total}).` };
  if (n > total)
    return { slide: total, notice: `Slide ${fmt(n)} tidak ada: presentasi ini berisi ${total} slide. Dibuka slide terakhir (${total}).` };
  if (!Number.isInteger(n)) {
    const r = clamp(Math.round(n), 1, total);
    return { slide: r, notice: `Slide ${fmt(n)} tidak ada; dibuka slide terdekat (${r}).` };
  }
  return { slide: n };
}

/** A step number from the address for a slide with `steps` steps. */
export function parseStep(raw: string | null | undefined, steps: number, slide: number): { step: number; notice?: string } {
  if (raw === null || raw === undefined || raw.trim() === '') return { step: 0 };
  const n = Number(raw.trim().replace(',', '.'));
  if (!Number.isFinite(n)) return { step: 0, notice: `“${raw.trim().slice(0, 40)}” bukan nomor langkah; slide ${slide} dibuka dari awal.` };
  if (steps === 0) return { step: 0, notice: `Slide ${slide} tidak bertahap; langkah ${fmt(n)} diabaikan.` };
  const r = clamp(Math.round(n), 0, steps);
  if (r !== n) return { step: r, notice: `Slide ${slide} berisi ${steps} langkah; dibuka langkah ${r}.` };
  return { step: r };
}

/** The slide named in a fragment: "#5", "#slide-5", "#slide=5". */
export function slideFromHash(hash: string): string | null {
  const m = decodeURIComponent(hash.replace(/^#/, '')).match(/^(?:slide[-=]?)?(.+)$/i);
  if (!m || !hash.replace(/^#/, '')) return null;
  return m[1]!;
}

/**
 * Position from an address (`?slide=5&langkah=2`, or `#5`); the query wins
 * over the fragment. Every correction comes back as a notice.
 */
export function readPosition(search: string, hash: string, shape: Shape): { pos: Pos; notices: string[] } {
  const q = new URLSearchParams(search);
  const raw = q.get('slide') ?? slideFromHash(hash);
  const notices: string[] = [];
  const s = parseSlide(raw, shape.length);
  if (s.notice) notices.push(s.notice);
  const slide = s.slide - 1;
  const st = parseStep(q.get('langkah'), stepsOf(shape, slide), s.slide);
  if (st.notice) notices.push(st.notice);
  return { pos: { slide, step: st.step }, notices };
}

/** The query for a position: "?slide=3" or "?slide=3&langkah=2" (1-based slide). */
export const positionQuery = (p: Pos) => `?slide=${p.slide + 1}${p.step > 0 ? `&langkah=${p.step}` : ''}`;

/** Lower case, no accents, words joined by "-": how deck ids and requests are compared. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prevRow = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prevRow[j]! + 1, row[j - 1]! + 1, prevRow[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prevRow = row;
  }
  return prevRow[b.length]!;
}

export interface DeckName {
  id: string;
  alias?: readonly string[];
}

/**
 * The deck a request names, or the nearest one: the id itself, an alias, a
 * name that contains or is contained in an id or alias, else the smallest
 * edit distance (ties go to the earlier deck). Always returns a deck when
 * there is one.
 */
export function resolveDeck<D extends DeckName>(requested: string, decks: readonly D[]): { deck: D; exact: boolean } | undefined {
  if (!decks.length) return undefined;
  const want = normalizeName(requested);
  const exact = decks.find((d) => d.id === want);
  if (exact) return { deck: exact, exact: true };
  let best: { deck: D; score: number } | undefined;
  decks.forEach((d, i) => {
    for (const name of [d.id, ...(d.alias ?? [])]) {
      let score: number;
      if (!want) score = 1000 + i;
      else if (name === want) score = 0;
      else if (name.startsWith(want) || want.startsWith(name)) score = 1 + Math.abs(name.length - want.length) / 100;
      else if (name.includes(want) || want.includes(name)) score = 2 + Math.abs(name.length - want.length) / 100;
      else score = 3 + editDistance(want, name);
      if (!best || score < best.score) best = { deck: d, score };
    }
  });
  return { deck: best!.deck, exact: false };
}

/** The nearest of the numbers that exist (ties: the smaller). */
export function nearestNumber(n: number, available: readonly number[]): number | undefined {
  let best: number | undefined;
  for (const a of available)
    if (best === undefined || Math.abs(a - n) < Math.abs(best - n) || (Math.abs(a - n) === Math.abs(best - n) && a < best)) best = a;
  return best;
}

/** What an address under /presentasi/ asks for: a deck (by name) or a canonical figure (by number). */
export function readRequest(pathname: string, search: string, base = '/'): { deck?: string; figure?: number; raw: string } | undefined {
  const q = new URLSearchParams(search);
  const fromQuery = q.get('dek');
  if (fromQuery) {
    const g = fromQuery.match(/^(?:gambar[-/ ]?)?(\d+)$/i);
    return g ? { figure: Number(g[1]), raw: fromQuery } : { deck: fromQuery, raw: fromQuery };
  }
  const rest = decodeURIComponent(pathname)
    .slice(base.length)
    .replace(/^presentasi\/?/, '')
    .replace(/\/+$/, '');
  if (!rest) return undefined;
  const g = rest.match(/^gambar\/(\d+)/);
  if (g) return { figure: Number(g[1]), raw: rest };
  return { deck: rest.split('/')[0]!, raw: rest };
}

/** The notice on a deck opened in place of one that does not exist. */
export const notFoundNotice = (raw: string, title: string) =>
  `Presentasi “${raw.slice(0, 60)}” tidak ditemukan; dibuka yang terdekat: ${title}.`;
