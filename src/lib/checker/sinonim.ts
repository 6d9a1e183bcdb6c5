/**
 * Loads content/checker/sinonim.yaml (kinds of unit and the words readers
 * type for them) with its zod schema; a bad file stops the build with the
 * file, the path inside it and what is wrong.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ContentError } from '../validate.ts';
import type { Sinonim } from './cari.ts';

export const SINONIM_FILE = join(process.cwd(), 'content', 'checker', 'sinonim.yaml');

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kunci harus huruf kecil, angka dan "-"');
const kata = z.array(z.string().trim().min(1)).min(1, 'daftar kata tidak boleh kosong');
const Skema = z
  .object({
    padanan: z.array(z.object({ id: key, label: z.string().min(1), kata }).strict()).min(1),
    istilah: z.array(z.object({ kata, berarti: kata, padanan: key.optional() }).strict()),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set(s.padanan.map((p) => p.id));
    s.istilah.forEach((t, i) => {
      if (t.padanan && !ids.has(t.padanan))
        ctx.addIssue({
          code: 'custom',
          path: ['istilah', i, 'padanan'],
          message: `padanan "${t.padanan}" tidak ada dalam daftar "padanan"`,
        });
    });
  });

let cache: Sinonim | undefined;

export function loadSinonim(file = SINONIM_FILE): Sinonim {
  if (file === SINONIM_FILE && cache) return cache;
  const rel = relative(process.cwd(), file);
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ContentError([{ file: rel, path: '', message: `YAML tidak dapat dibaca: ${(e as Error).message}` }]);
  }
  const r = Skema.safeParse(doc);
  if (!r.success) {
    throw new ContentError(r.error.issues.map((i) => ({ file: rel, path: i.path.map(String).join('.'), message: i.message })));
  }
  if (file === SINONIM_FILE) cache = r.data;
  return r.data;
}
