/**
 * Builds the open-data JSON of one regulation: the text as data, every
 * provision with its id, citation and permalink, the JDIHN metadata block, and
 * the editorial notes apart from the text. Validated with the zod schema
 * before it is written: an invalid export stops the build with the regulation,
 * the element and the reason.
 */
import type { BodyNode, LampiranBlock, Regulation } from '../schema/regulation.ts';
import { buildView } from '../regulation-view.ts';
import { bodyLabel } from '../provisions.ts';
import { childId } from '../ids.ts';
import { provisionPath, regulationPath } from '../permalink.ts';
import { RegulationExport, type ExportNode } from './schema.ts';

export const EXPORT_LICENCE = {
  teks: 'Teks peraturan tidak dilindungi hak cipta (Undang-Undang Nomor 28 Tahun 2014 tentang Hak Cipta, Pasal 42).',
  catatan:
    'Catatan editorial, id, kutipan, gambar dan pemetaan adalah karya situs Sistem Kerja, dilisensikan CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.id).',
} as const;

/** How a permalink is written: absolute when the site's address is known, else from the site's root. */
export type LinkBase = { siteUrl?: string | undefined; base: string };
export const permalink = (lb: LinkBase, path: string): string => {
  const rel = `${lb.base.replace(/\/?$/, '/')}${path}`;
  return lb.siteUrl ? new URL(rel.replace(/^\//, ''), lb.siteUrl).href : rel;
};

export class ExportError extends Error {
  constructor(slug: string, what: string, issues: { path: PropertyKey[]; message: string }[]) {
    super(
      `Ekspor ${what} untuk peraturan "${slug}" tidak valid:\n${issues.map((i) => `  ${i.path.map(String).join('.') || '(akar)'}: ${i.message}`).join('\n')}`,
    );
    this.name = 'ExportError';
  }
}

export function exportRegulation(reg: Regulation, lb: LinkBase): RegulationExport {
  const view = buildView(reg);
  const link = (id: string) => permalink(lb, provisionPath(reg.slug, id));
  const cited = (id: string) => ({ id, citation: view.citation(id), permalink: link(id) });

  const nodes = (list: BodyNode[], parentId?: string): ExportNode[] => {
    let teks = 0;
    return list.map((n) => {
      if (n.kind === 'teks') teks += 1;
      const id = childId(parentId, n, teks);
      const out: ExportNode = {
        ...cited(id),
        kind: n.kind,
        num: n.num,
        label: bodyLabel(n) || undefined,
        heading: n.heading,
        text: n.text,
        term: n.term,
        abbr: n.abbr,
      };
      if (n.children?.length) out.children = nodes(n.children, id);
      return strip(out);
    });
  };
  const block = (b: LampiranBlock) => strip({ ...cited(b.id), ...b, id: b.id });
  const m = reg.meta;
  const doc = {
    $schema: permalink(lb, 'data/schema/peraturan.schema.json'),
    formatVersion: 1 as const,
    slug: reg.slug,
    title: view.title,
    shortTitle: view.shortTitle,
    permalink: permalink(lb, regulationPath(reg.slug)),
    lisensi: { ...EXPORT_LICENCE },
    meta: m,
    jdih: {
      tipeDokumen: 'Peraturan Perundang-undangan' as const,
      judul: view.title,
      teu: m.daerah.teu,
      nomor: m.nomor,
      tahun: m.tahun,
      bentuk: m.jenis,
      singkatanBentuk: m.singkatan,
      tempatPenetapan: m.ditetapkan.tempat,
      tanggalPenetapan: m.ditetapkan.tanggal,
      tempatPengundangan: m.diundangkan.tempat,
      tanggalPengundangan: m.diundangkan.tanggal,
      mulaiBerlaku: m.mulaiBerlaku.tanggal,
      sumber: m.sumber,
      subjek: m.subjek,
      status: m.status,
      bahasa: m.bahasa === 'id' ? 'Indonesia' : m.bahasa,
      lokasi: m.sumberResmi,
      bidangHukum: 'Hukum Administrasi Negara',
    },
    pembukaan: reg.pembukaan,
    konsiderans: {
      judulMenimbang: reg.judulMenimbang,
      judulMengingat: reg.judulMengingat,
      menimbang: reg.menimbang.map((k) => ({ ...cited(`menimbang__huruf-${k.label}`), label: k.label, text: k.text })),
      mengingat: reg.mengingat.map((k) => ({ ...cited(`mengingat__angka-${k.label}`), label: k.label, text: k.text })),
    },
    diktum: reg.diktum,
    batangTubuh: nodes(reg.batangTubuh),
    penutup: reg.penutup,
    lampiran: reg.lampiran.map((l) => strip({ ...cited(l.id), num: l.num, header: l.header, blocks: l.blocks.map(block) })),
    catatan: reg.catatan.map((n) => ({ ...n, targetCitation: view.citation(n.target) })),
    dihapus: reg.dihapus,
  };
  const parsed = RegulationExport.safeParse(doc);
  if (!parsed.success) throw new ExportError(reg.slug, 'JSON', parsed.error.issues);
  return parsed.data;
}

/** Drops undefined fields so the JSON holds only what the text has. */
function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
