/** Byte-for-byte comparison of two build output directories. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './site.ts';

export interface DirDiff {
  onlyA: string[];
  onlyB: string[];
  differ: { file: string; at: number; a: string; b: string }[];
  files: number;
}

export function compareDirs(a: string, b: string): DirDiff {
  const fa = listFiles(a);
  const fb = new Set(listFiles(b));
  const sa = new Set(fa);
  const diff: DirDiff = { onlyA: fa.filter((f) => !fb.has(f)), onlyB: [...fb].filter((f) => !sa.has(f)), differ: [], files: fa.length };
  for (const f of fa) {
    if (!fb.has(f)) continue;
    const x = readFileSync(join(a, f));
    const y = readFileSync(join(b, f));
    if (x.equals(y)) continue;
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    const ctx = (buf: Buffer) =>
      buf
        .subarray(Math.max(0, i - 40), i + 40)
        .toString('utf8')
        .replace(/\s+/g, ' ');
    diff.differ.push({ file: f, at: i, a: ctx(x), b: ctx(y) });
  }
  return diff;
}
