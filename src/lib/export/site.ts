/**
 * What the /data/ pages and endpoints need: the link base from the site's
 * configuration, the fixed generation date of a regulation's files
 * (reproducible builds: no clock), and the list of files per regulation.
 */
import type { Regulation } from '../schema/regulation.ts';
import { siteConfig } from '../site-config.ts';
import type { LinkBase } from './json.ts';
import { lampiranTables, tableCsvPath } from './csv.ts';

export const linkBase = (base: string): LinkBase => ({ siteUrl: siteConfig.siteUrl, base });

/** The date the AKN manifestation names: the latest date the data itself knows (never the clock). */
export function generatedDate(reg: Regulation): string {
  return [reg.meta.diundangkan.tanggal, reg.meta.diperiksa?.tanggal ?? ''].sort().at(-1)!;
}

export const jsonPath = (slug: string) => `data/${slug}.json`;
export const aknPath = (slug: string) => `data/${slug}.akn.xml`;
export const SCHEMA_PATH = 'data/schema/peraturan.schema.json';
export const DEFINITIONS_CSV_PATH = 'data/definisi.csv';
/** The checker's answers of one regulation (src/lib/export/penilai-csv.ts). */
export const penilaiCsvPath = (slug: string) => `data/${slug}/penilai-kinerja.csv`;
/** The figure crosswalk (src/lib/export/crosswalk-csv.ts). */
export const CROSSWALK_CSV_PATH = 'data/padanan-gambar.csv';

export interface DataFile {
  format: 'JSON' | 'Akoma Ntoso' | 'CSV';
  path: string;
  label: string;
}

export function regulationFiles(reg: Regulation): DataFile[] {
  return [
    { format: 'JSON', path: jsonPath(reg.slug), label: 'Seluruh teks, metadata JDIH dan catatan' },
    { format: 'Akoma Ntoso', path: aknPath(reg.slug), label: 'Akoma Ntoso 3.0 (XML)' },
    ...lampiranTables(reg).map((t, i) => ({
      format: 'CSV' as const,
      path: tableCsvPath(reg.slug, t.id),
      label: `Tabel ${i + 1} Lampiran`,
    })),
  ];
}
