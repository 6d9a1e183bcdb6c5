/**
 * Renders figures to PNG (and SVG, .mmd) for review, without building the site.
 *   node scripts/preview-figures.ts <out-dir> [figure-id ...]
 * With no ids, renders every figure in diagrams/figures and the regulations' own
 * charts; ids may also name a canonical figure as a regulation draws it ("pati/gambar-23").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegulations } from '../src/lib/load.ts';
import { loadCatalogue } from '../src/lib/figures/load.ts';
import { renderFigure, toPng } from '../src/lib/figures/render.ts';
import { ContentError } from '../src/lib/validate.ts';

const [out, ...ids] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/preview-figures.ts <out-dir> [figure-id ...]');
  process.exit(2);
}
let cat;
try {
  cat = loadCatalogue(loadRegulations());
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
mkdirSync(out, { recursive: true });
const wanted = ids.length ? ids : [...cat.figures.keys()];
for (const id of wanted) {
  const fig = cat.figures.get(id) ?? cat.instances.get(id);
  if (!fig) {
    console.error(`tidak ada gambar "${id}"`);
    process.exitCode = 1;
    continue;
  }
  const r = await renderFigure(fig);
  const base = join(out, id.replace(/\//g, '__'));
  writeFileSync(`${base}.svg`, r.svg);
  writeFileSync(`${base}.mmd`, r.mmd);
  writeFileSync(`${base}.png`, toPng(r.svg, 1.5));
  console.log(`${base}.png (${r.layout.width}x${r.layout.height})`);
}
