/**
 * The zod schema for one Peraturan Bupati / Peraturan Wali Kota on Sistem Kerja.
 *
 * One schema describes every regulation of this kind, so a new daerah is one
 * new YAML file in `content/regulations/`. Field names for legal parts keep
 * their legal names (menimbang, mengingat, pasal, ayat, huruf, angka, lampiran).
 *
 * Ids of the batang tubuh are derived from the numbering (see `ids.ts`), so
 * they are not stored; Lampiran blocks carry their id explicitly because
 * Lampiran numbering is not unique in the printed texts.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'teks tidak boleh kosong');
/** True when "YYYY-MM-DD" names a day of the calendar (no 2024-02-31, no month 13). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berbentuk YYYY-MM-DD')
  // A malformed string is reported once, by the regex above.
  .refine(
    (s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isCalendarDate(s),
    'tanggal tidak ada di kalender (bulan 01-12, hari sesuai bulannya; mis. tidak ada 31 Februari)',
  );
const lampiranId = z
  .string()
  .regex(/^lampiran(-[a-z0-9]+)?(__[a-z0-9-]+)*$/, 'id lampiran harus berbentuk "lampiran-i__a__1" (huruf kecil, angka, "-" dan "__")');

/** The kinds of editorial note (see docs/editorial-notes.md). */
export const NOTE_KINDS = ['artefak', 'salah-cetak', 'penomoran', 'pertentangan'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** An editorial note: ours, never part of the law. */
export const EditorialNote = z.object({
  /** Id of the provision or block the note sits beside. */
  target: z.string().min(1),
  /**
   * `artefak`: an extraction artefact we repaired (the data holds `bacaan`).
   * `salah-cetak`: a slip in the printed text, kept as printed (the data holds `asli`).
   * `penomoran`: a numbering or cross-reference slip (a number printed twice or skipped, a reference
   *   to the wrong Pasal, Gambar or butir), kept as printed (the data holds `asli`); `lihat` may name
   *   the provision(s) meant.
   * `pertentangan`: the provision contradicts another provision of the same regulation; `lihat`
   *   names the other provision(s). Both stand as printed; `asli` quotes the words in `target`.
   */
  jenis: z.enum(NOTE_KINDS),
  asli: z.string(),
  /** The repaired text (artefak) or the likely intent (salah-cetak, penomoran); empty for pertentangan. */
  bacaan: z.string().default(''),
  /** The other provision(s) involved (ids in the same regulation). Required for `pertentangan`. */
  lihat: z.array(z.string().min(1)).optional(),
  /** True when the finding is our reading of the text rather than a plain fact of the print. */
  tafsiran: z.boolean().optional(),
  alasan: text,
});
export type EditorialNote = z.infer<typeof EditorialNote>;

/** Page furniture removed from the seed (page numbers, continuation markers...). */
export const RemovedFurniture = z.object({
  baris: z.number().int().positive(),
  teks: z.string(),
  alasan: text,
});
export type RemovedFurniture = z.infer<typeof RemovedFurniture>;

export const LabelledText = z.object({ label: text, text });
export type LabelledText = z.infer<typeof LabelledText>;

export const BODY_KINDS = ['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'huruf', 'angka', 'teks'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export interface BodyNode {
  kind: BodyKind;
  /** Number as printed: "I" for a BAB, "Kesatu" for a Bagian, "11" for a Pasal, "1" for ayat (1), "a" for huruf a. */
  num?: string | undefined;
  /** The label as printed when it is not the usual form: "a)" or "1)" instead of "a." or "1.". */
  label?: string | undefined;
  /** Heading of a BAB, Bagian or Paragraf. */
  heading?: string | undefined;
  /** The provision's own words (for a list item, without its label). */
  text?: string | undefined;
  /** For the definitions of Pasal 1: the term defined, as it appears at the start of `text`. */
  term?: string | undefined;
  /** For a definition that introduces an abbreviation ("yang selanjutnya disingkat SPBE"). */
  abbr?: string | undefined;
  children?: BodyNode[] | undefined;
}

export const BodyNode: z.ZodType<BodyNode> = z.lazy(() =>
  z
    .object({
      kind: z.enum(BODY_KINDS),
      num: z.string().trim().min(1).optional(),
      label: z
        .string()
        .regex(/^(\(?[0-9a-z]+[.)])$/, 'label harus berbentuk "a)", "1)", "a." atau "1."')
        .optional(),
      heading: z.string().trim().min(1).optional(),
      text: z.string().trim().min(1).optional(),
      term: z.string().trim().min(1).optional(),
      abbr: z.string().trim().min(1).optional(),
      children: z.array(BodyNode).optional(),
    })
    .strict(),
);

export const LampiranBlock = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('heading'),
      id: lampiranId,
      label: z.string().optional(),
      text,
      level: z.number().int().min(1).max(4),
    })
    .strict(),
  z
    .object({
      type: z.literal('para'),
      id: lampiranId,
      label: z.string().optional(),
      bullet: z.boolean().optional(),
      text,
      depth: z.number().int().min(0).max(8),
    })
    .strict(),
  z
    .object({
      type: z.literal('figure'),
      id: lampiranId,
      /** The Gambar number as printed ("1", "20"); absent when the source prints no number. */
      gambar: z.string().optional(),
      /** What the source prints between the number and the caption ("." in "Gambar 5. ...", absent in "Gambar 14 ..."). */
      tanda: z.string().optional(),
      caption: z.string(),
      depth: z.number().int().min(0).max(8).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('table'),
      id: lampiranId,
      /** Number of leading rows that are header rows. */
      headerRows: z.number().int().min(0),
      rows: z.array(z.array(z.string())).min(1),
      depth: z.number().int().min(0).max(8).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('letter'),
      id: lampiranId,
      label: z.string().optional(),
      title: text,
      lines: z.array(z.string()).min(1),
    })
    .strict(),
  z
    .object({
      type: z.literal('lines'),
      id: lampiranId,
      /** What the verbatim lines are, e.g. "tanda tangan". */
      role: z.enum(['tanda-tangan', 'judul', 'lain']),
      lines: z.array(text).min(1),
    })
    .strict(),
]);
export type LampiranBlock = z.infer<typeof LampiranBlock>;

export const Lampiran = z
  .object({
    id: lampiranId,
    /** "I", "II" when the regulation numbers its Lampiran; absent for a single Lampiran. */
    num: z.string().optional(),
    /** The header lines as printed ("LAMPIRAN", "PERATURAN BUPATI PATI", "NOMOR 36 TAHUN 2023", ...). */
    header: z.array(text).min(1),
    blocks: z.array(LampiranBlock).min(1),
  })
  .strict();
export type Lampiran = z.infer<typeof Lampiran>;

const Official = z
  .object({
    tempat: text,
    tanggal: isoDate,
    /** The date exactly as printed, e.g. "29 pebruari 2024". */
    tanggalTertulis: text,
    penandatangan: text,
    jabatan: text,
  })
  .strict();

export const Meta = z
  .object({
    jenis: z.enum(['Peraturan Bupati', 'Peraturan Wali Kota']),
    singkatan: z.enum(['Perbup', 'Perwali']),
    nomor: text,
    tahun: z.number().int().min(1945).max(2100),
    /** The subject after "tentang", in title case as the JDIH portals write it. */
    judul: text,
    daerah: z
      .object({
        /** "Kabupaten Pati", "Kota Probolinggo". */
        nama: text,
        /** T.E.U. badan: the enacting body, e.g. "Kabupaten Pati". */
        teu: text,
        provinsi: text,
      })
      .strict(),
    ditetapkan: Official,
    diundangkan: Official,
    /** "Berita Daerah Kabupaten Pati Tahun 2023 Nomor 36". */
    sumber: text,
    mulaiBerlaku: z
      .object({
        tanggal: isoDate,
        /** The rule as printed in the closing Pasal. */
        ketentuan: text,
      })
      .strict(),
    status: z.enum(['Berlaku', 'Dicabut', 'Diubah']),
    bahasa: z.literal('id'),
    subjek: z.array(text).min(1),
    /** Where the official text is published (no URL is invented when the source gives none). */
    sumberResmi: text,
    /** Address of the official record or document (JDIH), only where it is known: never invented. */
    sumberResmiUrl: z.url({ protocol: /^https?$/, error: 'sumberResmiUrl harus alamat http(s)' }).optional(),
    /** When and against what the text on the site was last checked by a person. */
    diperiksa: z.object({ tanggal: isoDate, terhadap: text }).strict().optional(),
    /** The text extraction the data was encoded from, in the regulation's folder. */
    berkasSumber: z.string().regex(/^[\w.-]+\.txt$/),
  })
  .strict();
export type Meta = z.infer<typeof Meta>;

export const Regulation = z
  .object({
    /** URL segment naming the daerah: "pati", "probolinggo". */
    slug: z.string().regex(/^[a-z][a-z0-9-]*$/, 'slug harus huruf kecil, angka dan "-"'),
    meta: Meta,
    /** The opening lines as printed (kepala, judul, frasa, jabatan pembentuk). */
    pembukaan: z.array(text).min(1),
    /** The konsiderans headings as printed ("Menimbang :", "Mengingat :"). */
    judulMenimbang: text.default('Menimbang'),
    menimbang: z.array(LabelledText).min(1),
    judulMengingat: text.default('Mengingat'),
    mengingat: z.array(LabelledText).min(1),
    /** "MEMUTUSKAN:" and "Menetapkan : ..." as printed. */
    diktum: z.array(text).min(1),
    batangTubuh: z.array(BodyNode).min(1),
    /** Closing lines as printed: pengundangan, signatures, Berita Daerah number. */
    penutup: z.array(text).min(1),
    lampiran: z.array(Lampiran),
    catatan: z.array(EditorialNote),
    dihapus: z.array(RemovedFurniture),
  })
  .strict();
export type Regulation = z.infer<typeof Regulation>;
