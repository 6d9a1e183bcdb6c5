/**
 * Zod schemas for figures (Gambar) as data.
 *
 * A figure is a small graph: nodes (positions, groups, steps, letters,
 * decisions) and edges (lines of structure, performance, assignment, flow),
 * optionally arranged in lanes (one per actor) and phases (perencanaan,
 * pelaksanaan, evaluasi). Every node cites the provision(s) that say what it
 * draws: nothing is drawn that the text does not say.
 *
 * Two kinds of files:
 * - `diagrams/figures/<id>.yaml`: one figure (canonical ones are numbered
 *   like Batang's Gambar 1-34; a regulation's own real-unit charts live in
 *   `diagrams/figures/<slug>/`).
 * - `content/regulations/<slug>/gambar.yaml`: the map from each "Gambar N" of that
 *   regulation to a figure.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'teks tidak boleh kosong');
const localId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id harus huruf kecil, angka dan "-"');

/** A citation: a provision of one regulation, by its id on the regulation page. */
export const Cite = z
  .object({
    reg: z.string().regex(/^[a-z][a-z0-9-]*$/),
    id: z.string().min(1),
  })
  .strict();
export type Cite = z.infer<typeof Cite>;

export const FIGURE_KINDS = ['orgchart', 'assignment', 'flow', 'swimlane'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const NODE_SHAPES = ['jabatan', 'kelompok', 'proses', 'dokumen', 'keputusan', 'mulai', 'selesai', 'konsep'] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

export const ROLES = ['ppk', 'puo', 'pemilik', 'ketua'] as const;
export type Role = (typeof ROLES)[number];

export const FigureNode = z
  .object({
    id: localId,
    label: text,
    /** Smaller second line, e.g. "(Pejabat Level I)". */
    sub: z.string().optional(),
    shape: z.enum(NODE_SHAPES).default('proses'),
    /** Roles drawn as badges: Pejabat Penilai Kinerja, Pimpinan Unit Organisasi, Pemilik Kinerja, Ketua Tim. */
    roles: z.array(z.enum(ROLES)).default([]),
    /** Swimlane: the actor's lane; phase: the stage (perencanaan / pelaksanaan / evaluasi). */
    lane: localId.optional(),
    phase: localId.optional(),
    /** Order of a step within its phase (swimlane) or in the text (flow); used for the text equivalent. */
    step: z.number().int().positive().optional(),
    cite: z.array(Cite).min(1, 'setiap simpul wajib mengutip ketentuan yang mendasarinya'),
    /** Editorial note on this node (ours, not the law's): a label printed differently, a basis from another text. */
    catatan: z.string().optional(),
  })
  .strict();
export type FigureNode = z.infer<typeof FigureNode>;

export const EDGE_KINDS = ['struktur', 'kedudukan', 'kinerja', 'penugasan', 'alur', 'tembusan', 'kembali', 'pantau'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const FigureEdge = z
  .object({
    from: localId,
    to: localId,
    kind: z.enum(EDGE_KINDS).default('alur'),
    label: z.string().optional(),
    cite: z.array(Cite).optional(),
  })
  .strict();
export type FigureEdge = z.infer<typeof FigureEdge>;

export const Lane = z.object({ id: localId, label: text }).strict();

export const Figure = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/),
    kind: z.enum(FIGURE_KINDS),
    /** Canonical figures: the number in the national model as Batang numbers it (1-34). */
    nomor: z.number().int().positive().optional(),
    title: text,
    /** Our own short explanation of what the figure shows, in plain Indonesian. */
    summary: text,
    direction: z.enum(['TB', 'LR']).default('TB'),
    lanes: z.array(Lane).optional(),
    phases: z.array(Lane).optional(),
    nodes: z.array(FigureNode).min(1),
    edges: z.array(FigureEdge).default([]),
  })
  .strict();
export type Figure = z.infer<typeof Figure>;
export type FigureInput = z.input<typeof Figure>;

/**
 * How one node of a canonical figure is drawn for a regulation, when the
 * derivation from the aligned text is not enough: the regulation's own
 * provision ids, a label or sub-label as that regulation prints it, or
 * `hapus` when its text lacks the node (then `catatan` says so).
 */
export const NodeOverride = z
  .object({
    cite: z.array(z.string().min(1)).min(1).optional(),
    label: text.optional(),
    sub: z.string().optional(),
    hapus: z.literal(true).optional(),
    catatan: z.string().optional(),
  })
  .strict();
export type NodeOverride = z.infer<typeof NodeOverride>;

/** One "Gambar N" of a regulation and the figure that draws it. */
export const FigureMapEntry = z
  .object({
    /** The number as printed ("25"), or as evidently meant when the source prints none (then `catatan` says so). */
    nomor: z
      .string()
      .regex(
        /^(\d+[a-z]?(-\d+)?|tanpa-nomor-\d+)$/,
        'nomor harus berbentuk "25", "10-2" (nomor tercetak dua kali) atau "tanpa-nomor-1" (bagan tanpa nomor)',
      ),
    /** The figure block in the regulation's Lampiran; absent when the caption itself was lost. */
    block: z.string().optional(),
    /** The paragraph that refers to this figure, when there is no figure block. */
    rujukan: z.string().optional(),
    /** Caption as printed (or, when lost, our description in `catatan`). */
    figure: z.string().regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)?$/),
    /**
     * For a regulation's own chart: the canonical figure (kanonik-NN) whose
     * pattern it instantiates (a real unit's chart, or the regulation's own
     * version of a national procedure). The figure crosswalk groups by it.
     */
    pola: z
      .string()
      .regex(/^kanonik-\d+$/)
      .optional(),
    /** Per node of a canonical figure: how this regulation's text draws it (see NodeOverride). */
    simpul: z.record(localId, NodeOverride).optional(),
    catatan: z.string().optional(),
  })
  .strict();
export type FigureMapEntry = z.infer<typeof FigureMapEntry>;

export const FigureMap = z
  .object({
    /** Optional: the folder names the regulation; if given it must equal the folder name. */
    reg: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .optional(),
    gambar: z.array(FigureMapEntry),
  })
  .strict();
export type FigureMap = z.infer<typeof FigureMap>;
