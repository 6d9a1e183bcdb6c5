/**
 * The zod schema for the rules of the "Siapa Pejabat Penilai Kinerja saya?"
 * checker: one file per regulation in `content/regulations/<slug>/penilai-kinerja.yaml`.
 *
 * The rules say what a regulation itself says (named units, kinds of unit,
 * patterns, Klaten's assessor tables, exceptions), and every statement names
 * the provision ids it comes from. Ids are checked against the regulation by
 * `src/lib/checker/load.ts`; this file only describes the shape.
 *
 * Field names are Indonesian, like the legal data: pola (pattern), unit,
 * penilai (Pejabat Penilai Kinerja), pimpinan (Pimpinan Unit Organisasi),
 * bacaan (a reading of the text), sumber (provision ids).
 */
import { z } from 'zod';

import { JABATAN, KELOMPOK_JABATAN, type Jabatan } from '../checker/jabatan.ts';

export { JABATAN, KELOMPOK_JABATAN, type Jabatan };

export const STATUS = ['jelas', 'bergantung', 'bertentangan', 'tidak-diatur'] as const;
export type Status = (typeof STATUS)[number];

/** A role that the checker resolves to the person it names for this pattern. */
export const PERAN = ['ppk', 'puo', 'ppk-puo'] as const;
export type Peran = (typeof PERAN)[number];

const key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kunci harus huruf kecil, angka dan "-"');
const teks = z.string().trim().min(1, 'teks tidak boleh kosong');
const sumber = z.array(z.string().min(1)).min(1, 'setiap aturan wajib menyebut sumbernya (id ketentuan)');

/** One reading of the text: who, with the provisions that say so. */
export const Bacaan = z
  .object({
    /** Key of an official in `pejabat`. */
    pejabat: key.optional(),
    /** A role resolved by the checker (the PPK or PUO of the pattern). */
    peran: z.enum(PERAN).optional(),
    /** Our own words added to the person (context, not the law). */
    keterangan: teks.optional(),
    /** When the reading applies (for status `bergantung`), in our words. */
    jika: teks.optional(),
    /** Restricts the reading to these answers to "where do you sit". */
    tempat: z.array(key).optional(),
    /** Restricts the reading to these positions (codes or groups from KELOMPOK_JABATAN). */
    jabatan: z.array(z.string()).optional(),
    /**
     * The route the reading describes (e.g. "langsung", "melalui-ppk"). Readings
     * with different routes are shown as a conflict even when they end at the same person.
     */
    jalur: key.optional(),
    /** The provision that is the specific rule for the units it names: the answer leads with it. */
    khusus: z.literal(true).optional(),
    sumber,
  })
  .strict()
  .refine((b) => (b.pejabat ? 1 : 0) + (b.peran ? 1 : 0) === 1, {
    message: 'bacaan harus menyebut tepat satu dari "pejabat" atau "peran"',
  });
export type Bacaan = z.infer<typeof Bacaan>;

/** One line of the answer (e.g. the Pejabat Penilai Kinerja). */
export const Baris = z
  .object({
    status: z.enum(STATUS).default('jelas'),
    bacaan: z.array(Bacaan).min(1),
    /** Our explanation: why it depends, why the readings conflict, why the text is silent. */
    penjelasan: teks.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.status === 'jelas' && b.bacaan.length !== 1 && !b.bacaan.every((x) => x.tempat)) {
      ctx.addIssue({
        code: 'custom',
        message: 'status "jelas" hanya boleh punya satu bacaan (atau bacaan yang masing-masing dibatasi "tempat")',
      });
    }
    if ((b.status === 'bertentangan' || b.status === 'bergantung') && b.bacaan.length < 2) {
      ctx.addIssue({ code: 'custom', message: `status "${b.status}" membutuhkan paling sedikit dua bacaan` });
    }
    if (b.status !== 'jelas' && !b.penjelasan) {
      ctx.addIssue({ code: 'custom', message: `status "${b.status}" wajib diberi penjelasan` });
    }
    if (b.status === 'bergantung' && b.bacaan.some((x) => !x.jika && !x.tempat)) {
      ctx.addIssue({ code: 'custom', message: 'setiap bacaan pada status "bergantung" wajib punya "jika" atau "tempat"' });
    }
  });
export type Baris = z.infer<typeof Baris>;
export type BarisInput = z.input<typeof Baris>;

/** An editorial remark of ours, with the provisions it points at. */
export const Catatan = z.object({ teks, sumber }).strict();
export type Catatan = z.infer<typeof Catatan>;

/** An answer option to "where do you sit?". */
export const TempatOpsi = z.object({ id: key, label: teks, petunjuk: teks.optional() }).strict();
export type TempatOpsi = z.infer<typeof TempatOpsi>;

/** Probolinggo: a JF whose kelas jabatan equals or exceeds the would-be assessor's. */
export const PengecualianKelas = z
  .object({
    /** The official the user compares their kelas jabatan with, as the text names it. */
    pembanding: teks,
    bacaan: Bacaan,
  })
  .strict();
export type PengecualianKelas = z.infer<typeof PengecualianKelas>;

/** A pattern of kedudukan and penugasan, as the Lampiran describes it. */
export const Pola = z
  .object({
    id: key,
    /** Our short title of the pattern. */
    judul: teks,
    /** The option label when a unit has several patterns and the user picks where they sit. */
    pilihan: teks.optional(),
    /** Where the pattern is described. */
    sumber,
    /** Lampiran figure blocks that draw the pattern. */
    gambar: z.array(z.string()).default([]),
    /** What the user is, inside the figure ("kotak ... di bawah ..."), in our words. */
    posisiGambar: teks.optional(),
    /** Options for "where do you sit" that some readings depend on. */
    tempat: z.array(TempatOpsi).optional(),
    /** Klaten: id of the assessor table that decides the Pejabat Penilai Kinerja. */
    tabel: key.optional(),
    penilai: Baris.optional(),
    pimpinan: Baris,
    pemberiTugas: Baris.optional(),
    /** Who coordinates the user's work like a ketua tim (a level 3 official). */
    koordinator: Baris.optional(),
    /** To whom results go, by the flow in the Lampiran ("hasil ... disampaikan kepada"). */
    hasil: Baris.optional(),
    /** Extra readings for whom a JF working alone reports to (added to the regulation's general rule). */
    laporIndividu: z.array(Bacaan).optional(),
    /** Extra readings for whom a ketua tim reports to. */
    laporKetua: z.array(Bacaan).optional(),
    pengecualianKelas: PengecualianKelas.optional(),
    catatan: z.array(Catatan).default([]),
  })
  .strict()
  .refine((p) => !!p.penilai !== !!p.tabel, { message: 'pola harus punya tepat satu dari "penilai" atau "tabel"' });
export type Pola = z.infer<typeof Pola>;

/** A named unit (or a kind of unit) the user can pick. */
export const Unit = z
  .object({
    id: key,
    /** The name as the regulation writes it (tidied only in case and spacing). */
    nama: teks,
    /** Group in the list of units (a key in `kelompok`). */
    kelompok: key,
    /** true: a kind of unit, not a unit the regulation names. */
    jenis: z.boolean().default(false),
    /** One pattern, or several when the text leaves the choice to where the user sits. */
    pola: z.array(key).min(1),
    /** The provisions that name the unit (or describe the kind). */
    sumber,
    /** Other names a user may search for. */
    alias: z.array(teks).default([]),
    /** The kind of unit across regulations (a key in content/checker/sinonim.yaml "padanan"), for search and comparison. */
    padanan: key.optional(),
    /** Replaces the pattern's Pejabat Penilai Kinerja when the text names one for this unit. */
    penilai: Baris.optional(),
    catatan: z.array(Catatan).default([]),
  })
  .strict();
export type Unit = z.infer<typeof Unit>;

/** One "Pejabat yang Dinilai" entry of a Klaten table cell. */
export const Dinilai = z
  .object({
    /** The words of the printed cell this entry stands for (must occur in the cell). */
    teks,
    /** Positions (codes or groups from KELOMPOK_JABATAN); absent for a structural official. */
    jabatan: z.array(z.string()).optional(),
    /** A structural official assessed here (e.g. "Kepala Subbagian"). */
    struktural: teks.optional(),
    /** Where the assessed sit (ids of the table's `tempat`); absent = anywhere in the unit. */
    tempat: z.array(key).optional(),
  })
  .strict()
  .refine((d) => !!d.jabatan !== !!d.struktural, { message: 'isi tepat satu dari "jabatan" atau "struktural"' });
export type Dinilai = z.infer<typeof Dinilai>;

/** One row of a Klaten assessor table. */
export const BarisTabel = z
  .object({
    /** Row number in the printed table, counting the header as 0. */
    baris: z.number().int().min(1),
    /** Key of the Penilai Kinerja in `pejabat`. */
    pejabat: key,
    dinilai: z.array(Dinilai).min(1),
    /** Other readings of this row's Penilai Kinerja when the Lampiran contradicts the table. */
    bacaanLain: z.array(Bacaan).optional(),
    penjelasan: teks.optional(),
    catatan: z.array(Catatan).default([]),
  })
  .strict()
  .refine((r) => !r.bacaanLain || !!r.penjelasan, { message: '"bacaanLain" wajib diberi penjelasan' });
export type BarisTabel = z.infer<typeof BarisTabel>;

export const Tabel = z
  .object({
    id: key,
    /** The table block in the Lampiran. */
    blok: z.string().min(1),
    /** Key of the Pemilik Kinerja / Pimpinan Unit Organisasi (first column). */
    pemilik: key,
    /** Options for "where do you sit"; empty when no entry of the table depends on it. */
    tempat: z.array(TempatOpsi).default([]),
    baris: z.array(BarisTabel).min(1),
    /**
     * Who holds each level of the regulation's general level rule (`jenjang`) at each place
     * ("_" = anywhere in the unit): used only where the table is silent on the user's position.
     */
    tingkat: z
      .record(z.string(), z.object({ jpt: key.optional(), administrator: key.optional(), pengawas: key.optional() }).strict())
      .optional(),
  })
  .strict();

/** A regulation's general rule placing Pejabat Fungsional by level (Klaten Lampiran huruf B). */
export const Jenjang = z
  .object({
    jabatan: z.array(z.string()).min(1),
    tingkat: z.enum(['jpt', 'administrator', 'pengawas']),
    /** How the rule is worded, in our words ("di bawah Administrator"). */
    label: teks,
    sumber,
  })
  .strict();
export type Jenjang = z.infer<typeof Jenjang>;
export type Tabel = z.infer<typeof Tabel>;

/** How a user can be assigned (penunjukan, pengajuan sukarela, within or across units). */
export const Penugasan = z
  .object({
    id: key,
    judul: teks,
    /** Our explanation in plain Indonesian (not the law's words). */
    teks,
    sumber,
    gambar: z.array(z.string()).default([]),
    /** Shown only for these units (ids in `unit`); absent = every unit. */
    unit: z.array(key).optional(),
  })
  .strict();
export type Penugasan = z.infer<typeof Penugasan>;

export const Aturan = z
  .object({
    slug: z.string().regex(/^[a-z][a-z0-9-]*$/),
    /** Our short introduction to how this regulation decides who assesses whom. */
    ringkasan: teks,
    /** Officials named in the answers: key -> label (the regulation's terms). */
    pejabat: z.record(key, teks),
    /** Groups for the list of units, in display order. */
    kelompok: z.array(z.object({ id: key, label: teks }).strict()).min(1),
    /** The general rules, cited when the text does not settle a question. */
    umum: z.object({ penilai: z.array(Bacaan).min(1), pimpinan: z.array(Bacaan).min(1) }).strict(),
    /** Who gives tasks, unless the pattern says more. */
    pemberiTugas: Baris,
    laporIndividu: z.array(Bacaan).min(1),
    laporAnggota: z.array(Bacaan).min(1),
    laporKetua: z.array(Bacaan).min(1),
    penugasan: z.array(Penugasan).min(1),
    /** Notes shown with every answer for this regulation. */
    catatan: z.array(Catatan).default([]),
    /** Note attached when a keterampilan level is matched through a "ke bawah" group. */
    keBawahCatatan: Catatan.optional(),
    tabel: z.array(Tabel).default([]),
    /** The general rule placing Pejabat Fungsional by level, applied where a table is silent. */
    jenjang: z.array(Jenjang).default([]),
    /** A combined official narrowed by the user's place: pejabat key -> tempat id -> pejabat key. */
    rinciTempat: z.record(key, z.record(key, key)).default({}),
    /** How the answer titles the Pimpinan Unit Organisasi line when the regulation uses another name too. */
    judulPimpinan: teks.optional(),
    pola: z.array(Pola).min(1),
    unit: z.array(Unit).min(1),
  })
  .strict();
export type Aturan = z.infer<typeof Aturan>;
