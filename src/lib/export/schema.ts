/**
 * The open-data JSON of one regulation (`/data/<slug>.json`), as a zod schema.
 * The published JSON Schema (`/data/schema/peraturan.schema.json`) is
 * generated from it with `z.toJSONSchema`, and every file is validated
 * against that schema in the tests, so the two cannot drift apart.
 *
 * Field names follow the site's data (`content/regulations/<slug>/peraturan.yaml`,
 * see docs/data-format.md); each provision adds its `citation` in the
 * conventional Indonesian form and its `permalink`.
 */
import { z } from 'zod';
import { Meta, EditorialNote, RemovedFurniture } from '../schema/regulation.ts';

const cited = {
  /** Permalink id, equal to the Akoma Ntoso eId and the HTML anchor. */
  id: z.string().regex(/^[a-z0-9-]+(__[a-z0-9-]+)*$/),
  /** Citation in the regulation's printed numbering. */
  citation: z.string().min(1),
  /** Where the provision is read on the site (absolute when the site's address is configured). */
  permalink: z.string().min(1),
};

export interface ExportNode {
  id: string;
  citation: string;
  permalink: string;
  kind: 'bab' | 'bagian' | 'paragraf' | 'pasal' | 'ayat' | 'huruf' | 'angka' | 'teks';
  num?: string | undefined;
  label?: string | undefined;
  heading?: string | undefined;
  text?: string | undefined;
  term?: string | undefined;
  abbr?: string | undefined;
  children?: ExportNode[] | undefined;
}

export const ExportNode: z.ZodType<ExportNode> = z
  .object({
    ...cited,
    kind: z.enum(['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'huruf', 'angka', 'teks']),
    num: z.string().optional(),
    /** The label as printed ("Pasal 11", "(1)", "a."). */
    label: z.string().optional(),
    heading: z.string().optional(),
    text: z.string().optional(),
    term: z.string().optional(),
    abbr: z.string().optional(),
    get children() {
      return z.array(ExportNode).optional();
    },
  })
  .strict()
  .meta({
    id: 'Ketentuan',
    description: 'Satu BAB, Bagian, Paragraf, Pasal, ayat, huruf, angka atau kalimat tanpa nomor dari batang tubuh.',
  });

export const ExportBlock = z
  .object({
    ...cited,
    type: z.enum(['heading', 'para', 'figure', 'table', 'letter', 'lines']),
    label: z.string().optional(),
    text: z.string().optional(),
    level: z.number().int().optional(),
    depth: z.number().int().optional(),
    bullet: z.boolean().optional(),
    /** Figures: the Gambar number and caption as printed (the drawing itself did not survive in the source). */
    gambar: z.string().optional(),
    /** What is printed between the Gambar number and the caption ("." or nothing). */
    tanda: z.string().optional(),
    caption: z.string().optional(),
    /** Tables: rows of cells as printed; the first `headerRows` rows are headers. */
    headerRows: z.number().int().optional(),
    rows: z.array(z.array(z.string())).optional(),
    /** Letter templates and verbatim lines. */
    title: z.string().optional(),
    lines: z.array(z.string()).optional(),
    role: z.string().optional(),
  })
  .strict()
  .meta({ id: 'BlokLampiran' });

const Konsiderans = z.object({ ...cited, label: z.string(), text: z.string() }).strict();

/** The fields JDIH portals exchange (JDIHN metadata), filled from the regulation's metadata. */
export const JdihMeta = z
  .object({
    tipeDokumen: z.literal('Peraturan Perundang-undangan'),
    judul: z.string(),
    teu: z.string(),
    nomor: z.string(),
    tahun: z.number().int(),
    bentuk: z.string(),
    singkatanBentuk: z.string(),
    tempatPenetapan: z.string(),
    tanggalPenetapan: z.string(),
    tempatPengundangan: z.string(),
    tanggalPengundangan: z.string(),
    mulaiBerlaku: z.string(),
    sumber: z.string(),
    subjek: z.array(z.string()),
    status: z.string(),
    bahasa: z.string(),
    lokasi: z.string(),
    bidangHukum: z.string(),
  })
  .strict();

export const ExportNote = EditorialNote.extend({
  /** Citation of the provision the note sits beside. */
  targetCitation: z.string(),
  lihat: z.array(z.string()).optional(),
}).passthrough();

export const RegulationExport = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    slug: z.string(),
    title: z.string(),
    shortTitle: z.string(),
    permalink: z.string(),
    /** What is law and what is ours: the licence statement of this file. */
    lisensi: z.object({ teks: z.string(), catatan: z.string() }).strict(),
    meta: Meta,
    jdih: JdihMeta,
    pembukaan: z.array(z.string()),
    konsiderans: z
      .object({
        /** The headings as printed ("Menimbang :", "Mengingat :"). */
        judulMenimbang: z.string(),
        menimbang: z.array(Konsiderans),
        judulMengingat: z.string(),
        mengingat: z.array(Konsiderans),
      })
      .strict(),
    diktum: z.array(z.string()),
    batangTubuh: z.array(ExportNode),
    penutup: z.array(z.string()),
    lampiran: z.array(
      z.object({ ...cited, num: z.string().optional(), header: z.array(z.string()), blocks: z.array(ExportBlock) }).strict(),
    ),
    /** Editorial notes: ours, never part of the law; each names the provision it sits beside. */
    catatan: z.array(ExportNote),
    /** Page furniture removed from the source extraction (page numbers, running heads). */
    dihapus: z.array(RemovedFurniture),
  })
  .strict()
  .meta({ id: 'Peraturan', title: 'Sistem Kerja: satu peraturan sebagai data' });
export type RegulationExport = z.infer<typeof RegulationExport>;

/** The JSON Schema (draft 2020-12) published at /data/schema/peraturan.schema.json. */
export function regulationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(RegulationExport, { target: 'draft-2020-12', cycles: 'ref' }) as Record<string, unknown>;
}
