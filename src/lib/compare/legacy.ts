/**
 * Addresses the comparison published before its layout changed, kept
 * working: until 2026-12-05 each regulation had one page per topic
 * (/perbandingan/<topik>/<slug>/), now one page holds every topic
 * (/perbandingan/peraturan/<slug>/#<topik>). Only the regulations that were on
 * the site then had those addresses, so only they get the small redirect pages
 * (content/alignment/alamat-lama.yaml); a regulation added later adds none,
 * and the page count does not grow by a page per topic per regulation.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ALIGNMENT_DIR } from './load.ts';
import { ContentError, type Problem } from '../validate.ts';
import { fileLabel, readYamlAs } from '../yaml-file.ts';

export const LEGACY_FILE = 'alamat-lama.yaml';

const LegacySchema = z.strictObject({
  perbandinganPerTopik: z.array(z.string().regex(/^[a-z0-9-]+$/, 'slug: huruf kecil, angka dan tanda hubung')).default([]),
});
export type LegacyAddresses = z.output<typeof LegacySchema>;

/**
 * The regulations with old per-topic addresses, checked against the slugs known. A slug that names no regulation is
 * a problem (a regulation removed from the site takes its old addresses with it: remove it here too).
 */
export function readLegacyAddresses(slugs: readonly string[], dir = ALIGNMENT_DIR, problems: Problem[] = []): LegacyAddresses {
  const path = join(dir, LEGACY_FILE);
  const file = fileLabel(path);
  // A site that never changed its layout has no old addresses (and no file).
  if (!existsSync(path)) return { perbandinganPerTopik: [] };
  const found = readYamlAs(path, LegacySchema, problems, file);
  if (!found) return { perbandinganPerTopik: [] };
  found.perbandinganPerTopik.forEach((slug, i) => {
    if (!slugs.includes(slug))
      problems.push({
        file,
        path: `perbandinganPerTopik[${i}]`,
        message: `peraturan "${slug}" tidak dikenal: tidak ada folder content/regulations/${slug}/`,
      });
    else if (found.perbandinganPerTopik.indexOf(slug) !== i)
      problems.push({ file, path: `perbandinganPerTopik[${i}]`, message: `peraturan "${slug}" disebut dua kali` });
  });
  return found;
}

/** For the build: the same, stopping with every problem listed. */
export function loadLegacyAddresses(slugs: readonly string[], dir = ALIGNMENT_DIR): LegacyAddresses {
  const problems: Problem[] = [];
  const found = readLegacyAddresses(slugs, dir, problems);
  if (problems.length) throw new ContentError(problems);
  return found;
}
