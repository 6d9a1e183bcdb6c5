/**
 * Checks content/regulations before a build: schema, ids, cross-references,
 * and fidelity to the seeds when ../shared/seeds is present.
 *
 *   node scripts/check-content.ts [--fidelity] [slug ...]
 *
 * On any problem it prints file, path and message, removes dist/ (nothing
 * half-made is shipped) and exits 1.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRegulations } from '../src/lib/load.ts';
import { ContentError } from '../src/lib/validate.ts';
import { checkFidelity } from '../src/lib/fidelity.ts';
import { loadCatalogue } from '../src/lib/figures/load.ts';
import { canonicalFigures } from '../src/lib/figures/catalogue.ts';
import { loadCrosswalkGroups } from '../src/lib/figures/crosswalk.ts';
import { loadAlignment } from '../src/lib/compare/load.ts';
import { checkGuides } from '../src/lib/panduan/load.ts';
import { partPath } from '../src/lib/regulation-folder.ts';

const args = process.argv.slice(2);
const fidelity = args.includes('--fidelity');
const only = args.filter((a) => !a.startsWith('--'));
const fail = (msg: string) => {
  console.error(msg);
  rmSync(resolve(process.env.SITE_DIST ?? 'dist'), { recursive: true, force: true });
  process.exit(1);
};
let regs;
try {
  regs = loadRegulations();
} catch (e) {
  if (e instanceof ContentError) fail(e.message);
  throw e;
}
console.log(`OK: ${regs.length} peraturan valid (${regs.map((r) => r.slug).join(', ')})`);
try {
  const cat = loadCatalogue(regs);
  console.log(`OK: ${cat.figures.size} gambar valid, peta gambar untuk ${cat.maps.size} peraturan`);
  loadCrosswalkGroups(canonicalFigures(cat));
  const al = loadAlignment(undefined, regs);
  console.log(`OK: penyelarasan perbandingan valid (${al.topics.length} topik)`);
  const guides = checkGuides(regs, cat, al);
  if (guides.problems.length) throw new ContentError(guides.problems);
  console.log(`OK: ${guides.count} panduan valid, setiap kutipan ditemukan`);
} catch (e) {
  if (e instanceof ContentError) fail(e.message);
  throw e;
}
if (fidelity) {
  let bad = 0;
  for (const reg of regs) {
    if (only.length && !only.includes(reg.slug)) continue;
    const seedPath = resolve(partPath(reg.slug, 'sumber'));
    if (!existsSync(seedPath)) { console.log(`lewati ${reg.slug}: ${seedPath} tidak ada`); continue; }
    const r = checkFidelity(readFileSync(seedPath, 'utf8'), reg);
    const n = r.missing.length + r.invented.length + r.badRemovals.length + r.badNotes.length;
    bad += n;
    console.log(`\n== ${reg.slug}: ${r.missing.length} kalimat hilang, ${r.invented.length} teks tidak ada di sumber, ${r.badRemovals.length} penghapusan salah, ${r.badNotes.length} catatan salah`);
    for (const m of r.missing) console.log(`  HILANG: ${m.slice(0, 300)}`);
    for (const m of r.invented) console.log(`  TIDAK DI SUMBER [${m.where}]: ${m.text.slice(0, 300)}`);
    for (const m of r.badRemovals) console.log(`  PENGHAPUSAN SALAH baris ${m.baris}: ${m.teks}`);
    for (const m of r.badNotes) console.log(`  CATATAN SALAH [${m.target}]: ${m.asli}`);
  }
  if (bad) process.exit(1);
}
