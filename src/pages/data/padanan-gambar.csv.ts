import type { APIRoute } from 'astro';
import { loadRegulations } from '../../lib/load.ts';
import { catalogue, canonicalFigures } from '../../lib/figures/catalogue.ts';
import { figureCrosswalk, loadCrosswalkGroups } from '../../lib/figures/crosswalk.ts';
import { crosswalkCsv } from '../../lib/export/crosswalk-csv.ts';
import { linkBase } from '../../lib/export/site.ts';

export const GET: APIRoute = () => {
  const regs = loadRegulations();
  const cat = catalogue();
  const walk = figureCrosswalk(regs, cat, loadCrosswalkGroups(canonicalFigures(cat)));
  return new Response(crosswalkCsv(walk, regs, linkBase(import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
