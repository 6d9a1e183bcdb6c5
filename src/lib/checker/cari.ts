/**
 * Finding one's unit without dead ends: a unit search that knows common
 * names, abbreviations and fields of work (content/checker/sinonim.yaml),
 * falls back to the kind of unit when the regulation lists kinds rather than
 * every unit ("pendidikan" in Pati finds "Dinas Daerah"), and, when nothing
 * matches, says so and leaves the kinds of unit to choose from.
 *
 * Pure and browser-safe (bundled into the checker script).
 */
export interface Padanan {
  id: string;
  label: string;
  kata: string[];
}
export interface Istilah {
  kata: string[];
  berarti: string[];
  padanan?: string;
}
export interface Sinonim {
  padanan: Padanan[];
  istilah: Istilah[];
}

export interface UnitCari {
  id: string;
  nama: string;
  alias: string[];
  jenis: boolean;
  padanan?: string;
}

export type Cara = 'semua' | 'langsung' | 'sinonim' | 'padanan' | 'kosong';
export interface HasilCari {
  /** Named units that match (units that are kinds are always offered besides). */
  ids: string[];
  cara: Cara;
  /** The kind of unit the words point to, when the search fell back to it. */
  padanan?: string;
  /** What the words were read as ("dinas kesehatan"), when a common name or abbreviation was used. */
  berarti?: string;
}

export const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const has = (hay: string, phrase: string) => ` ${hay} `.includes(` ${phrase} `);

/** The kind of a unit: its own `padanan`, or the first kind one of whose words occurs in its names. */
export function padananUnit(s: Sinonim, u: { nama: string; alias: readonly string[]; padanan?: string | undefined }): string | undefined {
  if (u.padanan) return u.padanan;
  const hay = norm([u.nama, ...u.alias].join(' '));
  return s.padanan.find((p) => p.kata.some((k) => has(hay, norm(k))))?.id;
}

/** Units matching a query, in stages: names, common names and abbreviations, kind of unit. */
export function cariUnit(units: readonly UnitCari[], s: Sinonim, query: string): HasilCari {
  const q = norm(query);
  const named = units.filter((u) => !u.jenis);
  if (!q) return { ids: named.map((u) => u.id), cara: 'semua' };
  const hay = new Map(named.map((u) => [u.id, norm([u.nama, ...u.alias].join(' '))]));
  const words = q.split(' ');
  const direct = named.filter((u) => words.every((w) => hay.get(u.id)!.includes(w)));
  if (direct.length) return { ids: direct.map((u) => u.id), cara: 'langsung' };

  const terms = s.istilah.filter((t) => t.kata.some((k) => has(q, norm(k))));
  const phrases = terms.flatMap((t) => t.berarti.map(norm));
  const viaName = named.filter((u) => phrases.some((p) => has(hay.get(u.id)!, p)));
  if (viaName.length) return { ids: viaName.map((u) => u.id), cara: 'sinonim', berarti: terms[0]!.berarti[0]! };

  const kinds = new Set<string>(terms.flatMap((t) => (t.padanan ? [t.padanan] : [])));
  for (const p of s.padanan) if (p.kata.some((k) => has(q, norm(k)))) kinds.add(p.id);
  for (const kind of kinds) {
    const ofKind = named.filter((u) => u.padanan === kind);
    if (ofKind.length)
      return { ids: ofKind.map((u) => u.id), cara: 'padanan', padanan: kind, ...(terms[0] ? { berarti: terms[0].berarti[0]! } : {}) };
  }
  return { ids: [], cara: 'kosong', ...([...kinds][0] ? { padanan: [...kinds][0]! } : {}) };
}

/** The sentence that goes with a search result, for the live region. */
export function pesanCari(h: HasilCari, query: string, s: Sinonim, singkat: string): string {
  const q = query.trim().slice(0, 40);
  const label = (id?: string) => s.padanan.find((p) => p.id === id)?.label ?? '';
  switch (h.cara) {
    case 'semua':
      return '';
    case 'langsung':
      return `${h.ids.length} unit cocok.`;
    case 'sinonim':
      return `${h.ids.length} unit cocok dengan “${q}” (dibaca: ${h.berarti}).`;
    case 'padanan':
      return `${singkat} tidak menyebut “${q}” sebagai unit tersendiri. Unit yang sejenis (${label(h.padanan)}): ${h.ids.length}. Bila unit Anda tidak ada, pilih jenis unitnya di bagian akhir daftar.`;
    case 'kosong':
      return `${singkat} tidak menyebut unit “${q}”${h.padanan ? ` atau unit sejenis (${label(h.padanan)})` : ''}. Pilih jenis unit Anda di bagian akhir daftar.`;
  }
}
