/**
 * Loads and validates the comparison data: the shared topics of
 * content/alignment/ and each regulation's perbandingan.yaml. Pages call this
 * at build time, so a bad id stops the build with file, path and message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadRegulations } from '../load.ts';
import { partPath, REGULATIONS_DIR } from '../regulation-folder.ts';
import type { Regulation } from '../schema/regulation.ts';
import { AlignmentError, validateAlignment, type Alignment, type SourceFile } from './validate.ts';

export const ALIGNMENT_DIR = join(process.cwd(), 'content', 'alignment');

let cache: Alignment | undefined;

function read(path: string): SourceFile {
  const file = relative(process.cwd(), path);
  if (!existsSync(path)) throw new AlignmentError([{ file, path: '', message: 'berkas tidak ada' }]);
  return { file, text: readFileSync(path, 'utf8') };
}

/** Each regulation's perbandingan.yaml (undefined when the folder has none: nothing mapped yet). */
export function regulationSources(regs: Regulation[], regDir = REGULATIONS_DIR): Map<string, SourceFile | undefined> {
  return new Map(
    regs.map((r) => {
      const path = partPath(r.slug, 'perbandingan', regDir);
      return [r.slug, existsSync(path) ? read(path) : undefined];
    }),
  );
}

/**
 * The shared topics of `dir` and each regulation's perbandingan.yaml read from
 * `regDir` (the folders the regulations were loaded from). Memoised only for the
 * site's own data (default folders and regulations): another set is read afresh.
 */
export function loadAlignment(dir = ALIGNMENT_DIR, regs?: Regulation[], regDir = REGULATIONS_DIR): Alignment {
  const isDefault = dir === ALIGNMENT_DIR && regs === undefined && regDir === REGULATIONS_DIR;
  if (isDefault && cache) return cache;
  regs ??= loadRegulations(regDir);
  const topicDir = join(dir, 'topik');
  const topics = existsSync(topicDir)
    ? readdirSync(topicDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => read(join(topicDir, f)))
    : [];
  const a = validateAlignment(
    {
      topics,
      terms: read(join(dir, 'definisi.yaml')),
      distinctive: read(join(dir, 'kekhasan.yaml')),
      regulations: regulationSources(regs, regDir),
    },
    regs,
  );
  if (isDefault) cache = a;
  return a;
}
