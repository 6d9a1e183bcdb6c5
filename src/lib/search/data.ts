/** The search page's own data (vocabulary and citation targets), built with the site as /cari/data.json. */
import type { RegulationView } from '../regulation-view.ts';
import type { Alignment } from '../compare/validate.ts';
import { regulationRecords } from './records.ts';
import { vocabulary } from './vocabulary.ts';
import { jumpRegulation, type JumpRegulation } from './jump.ts';
import { ISTILAH } from './istilah.ts';

export interface SearchData {
  kosakata: string[];
  peraturan: JumpRegulation[];
}

export function searchData(views: RegulationView[], alignment: Alignment): SearchData {
  // Bad abbreviation data stops the build here (ISTILAH is validated when loaded).
  void ISTILAH;
  const records = views.flatMap((v) => regulationRecords(v, alignment));
  return {
    kosakata: vocabulary(records.flatMap((r) => [r.content, r.sekitar ?? ''])),
    peraturan: views.map(jumpRegulation),
  };
}
