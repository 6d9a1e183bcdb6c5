/**
 * What the page says about who has a distinctive feature, from the computed
 * list of regulations where all its checks hold: "hanya di X" only when X is
 * the only one; otherwise the others are named (the first few, then a count).
 */
import { jumlah } from './words.ts';

/** Other regulations named before the rest are counted. */
export const NAMED = 4;

export function holdersText(
  holders: string[],
  own: string,
  total: number,
  name: (slug: string) => string,
  /** The checks look only at the batang tubuh. */
  batangTubuh = false,
): { only: boolean; text: string } {
  const others = holders.filter((s) => s !== own);
  const checked = `diperiksa terhadap ${batangTubuh ? 'batang tubuh' : 'teks'} ${jumlah(total)}`;
  if (others.length === 0) return { only: true, text: `Hanya di ${name(own)} (${checked}).` };
  const shown = others.slice(0, NAMED).map(name);
  const rest = others.length - shown.length;
  const list =
    rest > 0
      ? `${shown.join(', ')} dan ${jumlah(rest)} lainnya`
      : shown.length > 1
        ? `${shown.slice(0, -1).join(', ')} dan ${shown[shown.length - 1]}`
        : shown[0]!;
  return { only: false, text: `Juga ada di ${list}: ${jumlah(holders.length)} dari ${total} memilikinya (${checked}).` };
}
