/**
 * Frontmatter of a guide (content/panduan/<id>.mdx). Validated by Astro's
 * content layer at build time and by `npm run check` before it, with file,
 * field and message.
 */
import { z } from 'zod';

export const AUDIENS = [
  'Pejabat Fungsional',
  'Pelaksana',
  'Ketua Tim',
  'Pejabat Penilai Kinerja',
  'Pimpinan Unit Organisasi',
  'Pengelola kepegawaian',
  'Pelatih',
] as const;

export const PanduanMeta = z
  .object({
    judul: z.string().trim().min(5, 'judul terlalu pendek'),
    ringkasan: z.string().trim().min(20, 'ringkasan terlalu pendek').max(300, 'ringkasan paling panjang 300 karakter'),
    /** Who the guide is for. */
    untuk: z.array(z.enum(AUDIENS)).min(1, 'sebutkan paling sedikit satu pembaca (untuk)'),
    /** Slugs of the regulations the guide covers (each must exist). */
    peraturan: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/)).min(1, 'sebutkan peraturan yang dibahas'),
    /** Position in the list of guides. */
    urutan: z.number().int().min(0),
    /** When and by whom the guide was checked against the provisions it cites. */
    ditinjau: z
      .object({
        // Astro's frontmatter parser reads an unquoted date as a Date; the check script reads it as text.
        tanggal: z.preprocess(
          (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
          z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus YYYY-MM-DD'),
        ),
        oleh: z.string().min(2),
      })
      .strict(),
    /** Related figures (canonical numbers), decks and a pre-filled checker link. */
    terkait: z
      .object({
        gambar: z.array(z.number().int().min(1).max(34)).default([]),
        presentasi: z.array(z.string()).default([]),
      })
      .strict()
      .default({ gambar: [], presentasi: [] }),
  })
  .strict();
export type PanduanMeta = z.infer<typeof PanduanMeta>;
