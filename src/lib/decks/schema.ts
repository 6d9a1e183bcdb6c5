/**
 * Zod schema of a thematic deck (content/decks/<id>.yaml): a titled sequence
 * of figures for a trainer to present, either a range of canonical figures by
 * their number or an explicit list of figure ids. Regulation decks (one per
 * regulation, its Gambar in its own order) are derived, not written.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'teks tidak boleh kosong');
const figureId = z.string().regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/, 'id gambar seperti "kanonik-04" atau "klaten/setda"');

export const DeckDef = z
  .object({
    /** The deck's address: /presentasi/<id>/. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'id harus huruf kecil, angka dan "-", diawali huruf'),
    judul: text,
    ringkasan: text,
    /** Position in the list of decks (smaller first). */
    urutan: z.number().int().default(100),
    /** Other words a trainer may type in the address; used to find the nearest deck. */
    alias: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'alias huruf kecil, angka dan "-"')).default([]),
    /** Canonical figures by number, inclusive. */
    kanonik: z.object({ dari: z.number().int().positive(), sampai: z.number().int().positive() }).strict().optional(),
    /** Or: figures by id, in this order. */
    gambar: z.array(figureId).min(1, 'daftar gambar tidak boleh kosong').optional(),
  })
  .strict()
  .refine((d) => (d.kanonik ? 1 : 0) + (d.gambar ? 1 : 0) === 1, {
    message: 'sebutkan tepat satu: kanonik (rentang nomor) atau gambar (daftar id)',
    path: ['kanonik'],
  })
  .refine((d) => !d.kanonik || d.kanonik.dari <= d.kanonik.sampai, {
    message: 'kanonik.dari harus tidak lebih besar dari kanonik.sampai',
    path: ['kanonik', 'sampai'],
  });
export type DeckDef = z.infer<typeof DeckDef>;
