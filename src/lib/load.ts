/**
 * Loads every regulation in content/regulations, validated. Used by the pages
 * at build time and by the content check; a bad file throws ContentError.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Regulation } from './schema/regulation.ts';
import { ContentError, parseRegulation, type Problem } from './validate.ts';

/** content/regulations; SK_CONTENT_DIR points elsewhere (the scale benchmark builds synthetic sets). */
export const CONTENT_DIR = process.env.SK_CONTENT_DIR ? resolve(process.env.SK_CONTENT_DIR) : join(process.cwd(), 'content', 'regulations');

let cache: Regulation[] | undefined;

export function loadRegulations(dir = CONTENT_DIR): Regulation[] {
  if (dir === CONTENT_DIR && cache) return cache;
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const problems: Problem[] = [];
  const regs: Regulation[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const rel = relative(process.cwd(), path);
    try {
      regs.push(parseRegulation(readFileSync(path, 'utf8'), rel));
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
    }
  }
  if (problems.length) throw new ContentError(problems);
  // Order: by year then nomor, so the home page lists them chronologically.
  regs.sort((a, b) => a.meta.ditetapkan.tanggal.localeCompare(b.meta.ditetapkan.tanggal));
  if (dir === CONTENT_DIR) cache = regs;
  return regs;
}
