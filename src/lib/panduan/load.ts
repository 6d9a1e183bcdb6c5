/** Reads content/panduan/*.mdx and checks each guide (see check.ts). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../validate.ts';
import type { Regulation } from '../schema/regulation.ts';
import type { Catalogue } from '../figures/load.ts';
import type { Alignment } from '../compare/validate.ts';
import { checkGuide, type GuideSource } from './check.ts';

export const PANDUAN_DIR = join(process.cwd(), 'content', 'panduan');

export function readGuides(dir = PANDUAN_DIR): GuideSource[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => ({ file: relative(process.cwd(), join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

export function checkGuides(
  regs: Regulation[],
  cat: Catalogue,
  alignment: Alignment,
  dir = PANDUAN_DIR,
): { count: number; problems: Problem[] } {
  const guides = readGuides(dir);
  return { count: guides.length, problems: guides.flatMap((g) => checkGuide(g, regs, cat, alignment)) };
}
