/**
 * Loads every regulation of content/regulations/<slug>/peraturan.yaml,
 * validated. Used by the pages at build time and by the content check; a bad
 * file throws ContentError.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { Regulation } from './schema/regulation.ts';
import { ContentError, parseRegulation, type Problem } from './validate.ts';
import { REGULATIONS_DIR, partPath, regulationSlugs } from './regulation-folder.ts';
import { readText } from './text-file.ts';
import { registerPages } from './permalink.ts';
import { pageSegments } from './reading-pages.ts';

/** content/regulations; SK_CONTENT_DIR points elsewhere (the scale benchmark builds synthetic sets). */
export const CONTENT_DIR = REGULATIONS_DIR;

let cache: Regulation[] | undefined;

/**
 * Reads every folder's peraturan.yaml, keeping going past a bad one: the valid
 * regulations and every problem of the others (the content check lists them all).
 */
export function readRegulations(dir = CONTENT_DIR): { regs: Regulation[]; problems: Problem[]; broken: string[] } {
  const problems: Problem[] = [];
  const regs: Regulation[] = [];
  const broken: string[] = [];
  for (const slug of regulationSlugs(dir)) {
    const path = partPath(slug, 'peraturan', dir);
    const rel = relative(process.cwd(), path);
    if (!existsSync(path)) {
      problems.push({
        file: rel,
        path: '',
        message: `folder peraturan "${slug}" tidak berisi peraturan.yaml (teks peraturan); buat dengan: npm run import-seeds -- ${slug}`,
      });
      broken.push(slug);
      continue;
    }
    try {
      regs.push(parseRegulation(readText(path), rel));
    } catch (e) {
      if (e instanceof ContentError) {
        problems.push(...e.problems);
        broken.push(slug);
      } else throw e;
    }
  }
  // Order: by date of enactment, so the home page lists them chronologically.
  regs.sort((a, b) => a.meta.ditetapkan.tanggal.localeCompare(b.meta.ditetapkan.tanggal) || a.slug.localeCompare(b.slug));
  return { regs, problems, broken };
}

export function loadRegulations(dir = CONTENT_DIR): Regulation[] {
  if (dir === CONTENT_DIR && cache) return cache;
  const { regs, problems } = readRegulations(dir);
  if (problems.length) throw new ContentError(problems);
  // Links to a provision land on the smallest page that holds it (permalink.ts).
  for (const r of regs) registerPages(r.slug, pageSegments(r));
  if (dir === CONTENT_DIR) cache = regs;
  return regs;
}
