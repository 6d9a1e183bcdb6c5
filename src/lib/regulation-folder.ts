/**
 * One regulation, one folder: `content/regulations/<slug>/` holds everything
 * that belongs to one regulation, and nothing outside it names a regulation.
 *
 *   peraturan.yaml        the text, its metadata and editorial notes
 *   sumber.txt            the text extraction it was encoded from
 *   penilai-kinerja.yaml  the checker's rules
 *   gambar.yaml           which figure each "Gambar N" of the text is
 *   gambar/*.yaml         the regulation's own real-unit charts (id "<slug>/<name>")
 *   perbandingan.yaml     which provisions answer each shared comparison topic
 *   presentasi.yaml       its own deck, if any (optional)
 *
 * SK_CONTENT_DIR points the whole site at another set of folders (the scale
 * benchmark builds synthetic sets that way).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REGULATIONS_DIR = process.env.SK_CONTENT_DIR
  ? resolve(process.env.SK_CONTENT_DIR)
  : join(process.cwd(), 'content', 'regulations');

/** The parts of a regulation folder, by role. */
export const PART = {
  peraturan: 'peraturan.yaml',
  sumber: 'sumber.txt',
  penilaiKinerja: 'penilai-kinerja.yaml',
  petaGambar: 'gambar.yaml',
  gambarSendiri: 'gambar',
  perbandingan: 'perbandingan.yaml',
  presentasi: 'presentasi.yaml',
} as const;
export type Part = keyof typeof PART;

/** Slugs of the regulation folders in `dir` (folders holding a peraturan.yaml, or any folder: a missing peraturan.yaml is reported by the loader). */
export function regulationSlugs(dir = REGULATIONS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && statSync(join(dir, f)).isDirectory())
    .sort();
}

/** Absolute path of one part of one regulation's folder. */
export const partPath = (slug: string, part: Part, dir = REGULATIONS_DIR) => join(dir, slug, PART[part]);
