/**
 * The search vocabulary kept as data (`istilah.json`): abbreviations and
 * informal or English words with what the regulations print, spelling
 * variants searched together, common misspellings, and common Indonesian
 * words that are never "corrected". Validated here with zod, so a typo in the
 * data fails the unit tests and the build with the path of the bad entry.
 */
import { z } from 'zod';
import raw from './istilah.json' with { type: 'json' };

const word = z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'huruf kecil, angka dan satu spasi antarkata');

export const Istilah = z
  .object({
    $comment: z.string().optional(),
    singkatan: z.record(word, z.array(word).min(1)),
    varian: z.array(z.array(word).min(2)),
    salahKetik: z.record(word, word),
    umum: z.array(word),
  })
  .strict();
export type Istilah = z.infer<typeof Istilah>;

/** Reads the data, or throws a message naming the file and the bad path. */
export function parseIstilah(data: unknown, file = 'src/lib/search/istilah.json'): Istilah {
  const r = Istilah.safeParse(data);
  if (!r.success) {
    throw new Error(
      `Data istilah pencarian (${file}) tidak valid:\n${r.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
  }
  return r.data;
}

export const ISTILAH: Istilah = parseIstilah(raw);
