/**
 * Loads and validates content/alignment/ against the regulations. Pages call
 * this at build time, so a bad id stops the build with file, path and message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadRegulations } from '../load.ts';
import type { Regulation } from '../schema/regulation.ts';
import { AlignmentError, validateAlignment, type Alignment, type SourceFile } from './validate.ts';

export const ALIGNMENT_DIR = join(process.cwd(), 'content', 'alignment');

let cache: Alignment | undefined;

function read(path: string): SourceFile {
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) throw new AlignmentError([{ file, path: '', message: 'berkas tidak ada' }]);
  return { file, text: readFileSync(path, 'utf8') };
}

export function loadAlignment(dir = ALIGNMENT_DIR, regs: Regulation[] = loadRegulations()): Alignment {
  if (dir === ALIGNMENT_DIR && cache) return cache;
  const topicDir = join(dir, 'topik');
  const topics = existsSync(topicDir)
    ? readdirSync(topicDir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => read(join(topicDir, f)))
    : [];
  const a = validateAlignment(
    { topics, terms: read(join(dir, 'definisi.yaml')), distinctive: read(join(dir, 'kekhasan.yaml')) },
    regs,
  );
  if (dir === ALIGNMENT_DIR) cache = a;
  return a;
}
