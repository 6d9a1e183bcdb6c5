/**
 * Checks everything before anything is built (src/lib/content-check.ts):
 * UTF-8, the parts of each regulation folder, the regulations, checker rules,
 * figure catalogue and maps, comparison data and decks; and, with
 * --fidelity, the text against each folder's sumber.txt.
 *
 *   node scripts/check-content.ts [--fidelity] [slug ...]
 *
 * On any problem it lists every one (file, path, message), removes the built
 * site (SITE_DIST, default dist/: nothing half-made is shipped) and exits 1.
 */
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkFidelity } from '../src/lib/fidelity.ts';
import { partPath } from '../src/lib/regulation-folder.ts';
import { checkContent, formatReport } from '../src/lib/content-check.ts';
import { readText } from '../src/lib/text-file.ts';

const args = process.argv.slice(2);
const fidelity = args.includes('--fidelity');
const only = args.filter((a) => !a.startsWith('--'));
const report = checkContent();
for (const line of report.passed) console.log(line);
if (report.problems.length) {
  console.error(`\nPemeriksaan isi gagal. ${formatReport(report.problems)}\n`);
  rmSync(resolve(process.env.SITE_DIST ?? 'dist'), { recursive: true, force: true });
  process.exit(1);
}
const regs = report.regs;
if (fidelity) {
  let bad = 0;
  for (const reg of regs) {
    if (only.length && !only.includes(reg.slug)) continue;
    const seedPath = resolve(partPath(reg.slug, 'sumber'));
    if (!existsSync(seedPath)) {
      console.log(`lewati ${reg.slug}: ${seedPath} tidak ada`);
      continue;
    }
    const r = checkFidelity(readText(seedPath), reg);
    const n = r.missing.length + r.invented.length + r.badRemovals.length + r.badNotes.length;
    bad += n;
    console.log(
      `\n== ${reg.slug}: ${r.missing.length} kalimat hilang, ${r.invented.length} teks tidak ada di sumber, ${r.badRemovals.length} penghapusan salah, ${r.badNotes.length} catatan salah`,
    );
    for (const m of r.missing) console.log(`  HILANG: ${m.slice(0, 300)}`);
    for (const m of r.invented) console.log(`  TIDAK DI SUMBER [${m.where}]: ${m.text.slice(0, 300)}`);
    for (const m of r.badRemovals) console.log(`  PENGHAPUSAN SALAH baris ${m.baris}: ${m.teks}`);
    for (const m of r.badNotes) console.log(`  CATATAN SALAH [${m.target}]: ${m.asli}`);
  }
  if (bad) process.exit(1);
}
