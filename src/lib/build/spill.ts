/**
 * Files made once per build and asked for twice or more (the page that states
 * a download's size, and the download itself): the bytes go to a temporary
 * directory of this process as soon as they are made, and memory keeps only
 * where they are. Holding every deck of 500 regulations in memory would cost
 * gigabytes (a regulation's PowerPoint deck is 0.5-4 MB, each figure's about
 * 110 KB). The directory is removed when the process ends.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string | undefined;
function spillDir(): string {
  if (!dir) {
    const made = mkdtempSync(join(tmpdir(), 'sistem-kerja-berkas-'));
    dir = made;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return dir;
}

/** Removes this process's directory now (for test runners, whose workers may end without an exit event). */
export function removeSpillDir(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}

export interface SpillCache {
  /** The bytes for `key`, made by `make` the first time and read back from disk after that. */
  get(key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array>;
  /** How many entries were made, and how many times one was read back (for the benchmarks and tests). */
  readonly stats: { made: number; reads: number };
}

/** A cache of made files named `name` (part of the file names on disk, so two caches never share a file). */
export function spillCache(name: string): SpillCache {
  const where = new Map<string, Promise<string>>();
  const stats = { made: 0, reads: 0 };
  return {
    stats,
    async get(key, make) {
      const known = where.get(key);
      if (known) {
        const file = await known;
        stats.reads++;
        return new Uint8Array(await readFile(file));
      }
      const bytes = make();
      const file = join(spillDir(), `${name}-${createHash('sha256').update(key).digest('hex').slice(0, 32)}`);
      const written = bytes.then(async (b) => {
        await writeFile(file, b);
        return file;
      });
      where.set(key, written);
      // A failure is not remembered: the next caller tries again (and the build reports the error where it happened).
      written.catch(() => where.delete(key));
      stats.made++;
      return bytes;
    },
  };
}
