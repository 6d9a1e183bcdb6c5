/**
 * The zod schema of the comparison data: the shared topics in
 * `content/alignment/` (which name no regulation), the figure crosswalk,
 * equivalent defined terms, and per regulation
 * `content/regulations/<slug>/perbandingan.yaml`: which of its provisions
 * answer each topic row, and what it has that others may not (kekhasan).
 *
 * Provision ids are the permalink ids of the regulation pages
 * (`pasal-8__ayat-1`, `lampiran__b__2-2`); the validation in
 * `src/lib/compare/validate.ts` checks that every id exists.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'teks tidak boleh kosong');
const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'id harus huruf kecil, angka dan "-"');
export const ProvisionId = z
  .string()
  .regex(/^[a-z0-9-]+(__[a-z0-9-]+)*$/, 'id ketentuan harus berbentuk "pasal-8__ayat-1" atau "lampiran__b__2"');

/**
 * One cell of the alignment: the provision ids of one regulation, or an
 * explicit statement that the regulation has nothing on this point.
 *   pati: [pasal-8__ayat-1]
 *   klaten: tidak-diatur
 *   bengkayang: { tidakDiatur: true, catatan: "...", lihat: [pasal-11] }
 */
export const AlignmentCell = z.union([
  z.array(ProvisionId).min(1, 'daftar id tidak boleh kosong; tulis "tidak-diatur" jika tidak ada ketentuannya'),
  z.literal('tidak-diatur'),
  z.literal('tidak-ada'),
  z
    .object({
      tidakDiatur: z.literal(true),
      /** Our own words: why there is no counterpart, or where the nearest provision is. */
      catatan: text.optional(),
      /** Related provisions of the same regulation that the note points to. */
      lihat: z.array(ProvisionId).optional(),
    })
    .strict(),
]);
export type AlignmentCell = z.infer<typeof AlignmentCell>;

/** One point of a shared topic; each regulation's folder says which of its provisions answer it. */
export const TopicRow = z
  .object({
    id: slug,
    /** Short heading of the point being compared, in our own words. */
    judul: text,
    /** Optional explanation in our own words. */
    catatan: text.optional(),
  })
  .strict();
export type TopicRow = z.infer<typeof TopicRow>;

export const Topic = z
  .object({
    id: slug,
    /** Position in the list of topics. */
    urutan: z.number().int().min(0),
    judul: text,
    /** What the topic is about and what to look for, in our own words. */
    ringkasan: text,
    /** Where in the regulations the topic lives. */
    bagian: z.enum(['batang-tubuh', 'lampiran']),
    baris: z.array(TopicRow).min(1, 'topik wajib punya paling sedikit satu baris'),
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

/* content/alignment/gambar.yaml (the figure crosswalk's groups) is read by src/lib/figures/crosswalk.ts. */

/** content/alignment/definisi.yaml: defined terms that are the same concept under different names. */
export const TermGroups = z
  .object({
    pengantar: text,
    setara: z
      .array(
        z
          .object({
            /** The name the matrix row is shown under. */
            judul: text,
            /** The terms as printed in Pasal 1 (compared without regard to case). */
            istilah: z.array(text).min(2),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type TermGroups = z.infer<typeof TermGroups>;

/**
 * A machine check of a feature: the text (in the batang tubuh, or anywhere),
 * the defined term, or a Lampiran block of that type. It must hold for the
 * regulation that claims the feature; it is run against every regulation, and
 * the page says which of them have it ("hanya di ..." only when that is true).
 */
export const UniquenessCheck = z
  .object({
    teks: text.optional(),
    lingkup: z.enum(['batang-tubuh', 'semua']).default('semua'),
    istilah: text.optional(),
    jenisBlok: z.enum(['letter', 'table']).optional(),
  })
  .strict()
  .refine(
    (c) => [c.teks, c.istilah, c.jenisBlok].filter(Boolean).length === 1,
    'cek harus berisi tepat satu dari teks, istilah atau jenisBlok',
  );

export type UniquenessCheck = z.infer<typeof UniquenessCheck>;

export const Distinctive = z
  .object({
    id: slug,
    judul: text,
    /** Our own words; every statement is backed by the provisions in `ketentuan`. */
    uraian: text,
    ketentuan: z.array(ProvisionId).min(1, 'setiap klaim wajib mengutip paling sedikit satu ketentuan'),
    /** Every check must hold in this regulation; the regulations where all hold "have" the feature. */
    cek: z.array(UniquenessCheck).min(1, 'setiap klaim kekhasan wajib punya paling sedikit satu cek'),
  })
  .strict();
export type Distinctive = z.infer<typeof Distinctive>;

/** content/alignment/kekhasan.yaml: the introduction of the page; the claims live in each regulation's folder. */
export const DistinctiveFile = z
  .object({
    pengantar: text,
  })
  .strict();
export type DistinctiveFile = z.infer<typeof DistinctiveFile>;

/**
 * content/regulations/<slug>/perbandingan.yaml:
 *   topik:
 *     penugasan:                   # topic id (content/alignment/topik/penugasan.yaml)
 *       jalur: [pasal-8__ayat-1]   # row id -> cell
 *       format: tidak-diatur
 *   kekhasan:
 *     - { id, judul, uraian, ketentuan, cek }
 * A topic or row left out is "belum dipetakan" (not yet mapped), which is not an error.
 */
export const RegulationComparison = z
  .object({
    topik: z.record(slug, z.record(slug, AlignmentCell)).default({}),
    kekhasan: z.array(Distinctive).default([]),
  })
  .strict();
export type RegulationComparison = z.infer<typeof RegulationComparison>;
