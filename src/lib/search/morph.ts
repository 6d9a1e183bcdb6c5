/**
 * A light Indonesian de-affixer for query words. Pagefind's stemmer joins
 * "lapor", "laporan" and "melaporkan", but not the nasal forms whose first
 * consonant melts into the prefix: "menetapkan" (tetap), "penugasan" (tugas),
 * "penunjukan" (tunjuk), "penyesuaian" (sesuai), "pengajuan" (aju). For such
 * a word this finds the root, and keeps it only if the texts use the root in
 * another form, so a wrong guess ("penilai" -> "tilai") is dropped.
 */
import type { Vocabulary } from './vocabulary.ts';

const SUFFIXES = ['kannya', 'annya', 'nya', 'kan', 'an', 'i', ''];

/** Possible roots of a word with a meN-/peN- prefix, most likely first. */
export function nasalRoots(word: string): string[] {
  const out: string[] = [];
  const m = word.match(/^(me|pe)(ng|ny|m|n)?(.+)$/);
  if (!m) return out;
  const [, , nasal = '', rest] = m;
  const stems = SUFFIXES.filter((s) => rest!.endsWith(s) && rest!.length - s.length >= 3).map((s) =>
    rest!.slice(0, rest!.length - s.length),
  );
  for (const s of stems) {
    const v = /^[aeiou]/.test(s);
    switch (nasal) {
      case 'ny':
        if (v) out.push(`s${s}`);
        break;
      case 'ng':
        out.push(v ? `k${s}` : s);
        if (v) out.push(s);
        break;
      case 'm':
        out.push(v ? `p${s}` : s);
        if (v) out.push(`m${s}`);
        break;
      case 'n':
        out.push(v ? `t${s}` : s);
        if (v) out.push(`n${s}`);
        break;
      default:
        if (/^[lrwy]/.test(s)) out.push(s);
        break;
    }
  }
  return [...new Set(out)].filter((r) => r.length >= 3 && r !== word);
}

/** Forms in which a root shows up without a nasal prefix. */
const PLAIN_FORMS = (r: string) => [
  r,
  `di${r}`,
  `di${r}kan`,
  `di${r}i`,
  `ber${r}`,
  `ter${r}`,
  `${r}an`,
  `${r}kan`,
  `${r}nya`,
  `ke${r}an`,
  `per${r}an`,
];

/**
 * The root of a nasal-prefixed word, if the texts also use that root in a
 * plain form (as is, or with di-, ber-, ter-, -an, -kan...): "menetapkan" ->
 * "tetap" because the texts have "ditetapkan". Longer roots win.
 */
export function rootOf(word: string, vocab: Vocabulary): string | undefined {
  if (word.length < 6) return undefined;
  const found = nasalRoots(word).filter((r) => PLAIN_FORMS(r).some((f) => f !== word && vocab.has(f)));
  return found.sort((a, b) => b.length - a.length)[0];
}
