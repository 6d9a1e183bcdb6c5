/** A short content hash of the inputs of the build (content, diagrams, src, public): the same commit gives the same value. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : [p];
    });
}

export function buildVersion(root = process.cwd()): string {
  const h = createHash('sha256');
  for (const d of ['content', 'diagrams', 'src', 'public']) {
    for (const f of files(join(root, d))) h.update(relative(root, f)).update('\0').update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 12);
}
