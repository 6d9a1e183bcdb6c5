/**
 * Everything is checked before anything is built: every content file is
 * strict UTF-8, every regulation folder has its parts, and the regulation,
 * its checker rules, the figure catalogue and maps, the comparison data and
 * the decks pass their own loaders. Unlike the loaders (which stop at the
 * first stage that fails), this goes on past a bad regulation and returns
 * every problem, each with file, path and an Indonesian message.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Regulation } from './schema/regulation.ts';
import { ContentError, type Problem } from './validate.ts';
import { readRegulations } from './load.ts';
import { REGULATIONS_DIR, partPath, regulationSlugs } from './regulation-folder.ts';
import { utf8Problems } from './text-file.ts';
import { DIAGRAMS_DIR, loadCatalogue, type Catalogue } from './figures/load.ts';
import { canonicalFigures } from './figures/catalogue.ts';
import { loadCrosswalkGroups } from './figures/crosswalk.ts';
import { loadAturan } from './checker/load.ts';
import { ALIGNMENT_DIR, loadAlignment } from './compare/load.ts';
import { readLegacyAddresses } from './compare/legacy.ts';
import { DECKS_DIR, checkDecks, readDeckFiles } from './decks/load.ts';
import { PANDUAN_DIR, checkGuides } from './panduan/load.ts';
import type { Alignment } from './compare/validate.ts';

export interface CheckDirs {
  regulations?: string;
  diagrams?: string;
  alignment?: string;
  decks?: string;
  panduan?: string;
}

export interface CheckReport {
  /** Every problem found, in the order of the stages. */
  problems: Problem[];
  /** What passed, one line per stage ("OK: ..."). */
  passed: string[];
  /** The regulations that passed their own validation. */
  regs: Regulation[];
}

const TEXT_FILE = /\.(ya?ml|txt|json|mdx?)$/;

function textFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      if (f.startsWith('.')) return [];
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return textFiles(p);
      return TEXT_FILE.test(f) ? [p] : [];
    });
}

/** Parts of a folder that must exist whatever the text says (gambar.yaml is required only when the text mentions a Gambar). */
export function missingParts(slug: string, dir = REGULATIONS_DIR): Problem[] {
  const out: Problem[] = [];
  const rel = (p: string) => relative(process.cwd(), p);
  const need = [
    ['peraturan', `teks peraturan belum ada: buat peraturan.yaml (npm run import-seeds -- ${slug} menyusun drafnya dari sumber.txt)`],
    [
      'sumber',
      'ekstraksi teks sumber belum ada: simpan teks peraturan (UTF-8) sebagai sumber.txt; teks peraturan.yaml diperiksa terhadapnya',
    ],
    ['penilaiKinerja', 'aturan pemeriksa penilai kinerja belum ada: buat penilai-kinerja.yaml (lihat docs/checker.md)'],
  ] as const;
  for (const [part, message] of need) {
    const p = partPath(slug, part, dir);
    if (!existsSync(p)) out.push({ file: rel(p), path: '', message });
  }
  return out;
}

const collect = (f: () => void, into: Problem[]): boolean => {
  try {
    f();
    return true;
  } catch (e) {
    if (e instanceof ContentError) {
      into.push(...e.problems);
      return false;
    }
    throw e;
  }
};

/** Runs every check; never throws for bad content (only for a bug). */
export function checkContent(dirs: CheckDirs = {}): CheckReport {
  const regDir = dirs.regulations ?? REGULATIONS_DIR;
  const diagDir = dirs.diagrams ?? DIAGRAMS_DIR;
  const alignDir = dirs.alignment ?? ALIGNMENT_DIR;
  const deckDir = dirs.decks ?? DECKS_DIR;
  const guideDir = dirs.panduan ?? PANDUAN_DIR;
  const problems: Problem[] = [];
  const passed: string[] = [];

  // 1. Bytes: every content file is UTF-8.
  let files = 0;
  for (const p of [regDir, diagDir, alignDir, deckDir, guideDir].flatMap(textFiles)) {
    files++;
    problems.push(...utf8Problems(readFileSync(p), relative(process.cwd(), p)));
  }
  if (!problems.length) passed.push(`OK: ${files} berkas teks UTF-8 sah`);

  // 2. Folders: each has its parts (peraturan.yaml missing is reported by the loader below).
  const slugs = regulationSlugs(regDir);
  const partProblems = slugs.flatMap((s) => missingParts(s, regDir).filter((p) => !p.file.endsWith('peraturan.yaml')));
  problems.push(...partProblems);

  // 3. The regulations, each on its own.
  const { regs, problems: regProblems, broken } = readRegulations(regDir);
  problems.push(...regProblems);
  if (regs.length) passed.push(`OK: ${regs.length} peraturan valid (${regs.map((r) => r.slug).join(', ')})`);

  // Problems of the shared data that only say "this regulation is unknown" follow from a broken one: not repeated.
  const shared: Problem[] = [];
  const namesBroken = (p: Problem) =>
    broken.some(
      (s) => p.message.includes(`"${s}"`) || (new RegExp(`\\b${s}\\b`).test(p.message) && /tidak dikenal|tidak ada/.test(p.message)),
    );

  // 4. Figures: canonical figures, own charts, the map of every Gambar the text mentions.
  let cat: Catalogue | undefined;
  if (
    collect(() => {
      cat = loadCatalogue(regs, diagDir, regDir);
      loadCrosswalkGroups(canonicalFigures(cat));
    }, shared)
  ) {
    passed.push(`OK: ${cat!.figures.size} gambar valid, peta gambar untuk ${cat!.maps.size} peraturan`);
  }

  // 5. Checker rules, for the regulations that have a rules file (a missing one is reported in step 2).
  const withRules = regs.filter((r) => existsSync(partPath(r.slug, 'penilaiKinerja', regDir)));
  let rules = 0;
  if (
    collect(() => {
      rules = loadAturan(regDir, withRules).length;
    }, problems) &&
    withRules.length
  ) {
    passed.push(`OK: aturan pemeriksa penilai kinerja valid untuk ${rules} peraturan`);
  }

  // 6. Comparison data.
  let al: Alignment | undefined;
  collect(() => {
    al = loadAlignment(alignDir, regs, regDir);
    const unmapped = [...al.unmapped].filter(([, n]) => n > 0);
    passed.push(
      `OK: penyelarasan perbandingan valid (${al.topics.length} topik)${unmapped.length ? `; belum dipetakan: ${unmapped.map(([s, n]) => `${s} ${n} butir`).join(', ')}` : ''}`,
    );
  }, shared);
  readLegacyAddresses(
    regs.map((r) => r.slug),
    alignDir,
    shared,
  );

  // 7. Decks of the national model.
  const { decks, problems: deckProblems } = readDeckFiles(deckDir);
  shared.push(...deckProblems);
  if (cat) {
    const found = checkDecks(decks, regs, cat);
    shared.push(...found);
    if (!deckProblems.length && !found.length) passed.push(`OK: ${decks.length} presentasi valid`);
  }

  // 8. Guides: every quotation and citation found.
  if (cat && al) {
    const guides = checkGuides(regs, cat, al, guideDir);
    shared.push(...guides.problems);
    if (!guides.problems.length) passed.push(`OK: ${guides.count} panduan valid, setiap kutipan ditemukan`);
  }

  const dropped = shared.filter(namesBroken);
  problems.push(...shared.filter((p) => !namesBroken(p)));
  if (dropped.length) {
    problems.push({
      file: relative(process.cwd(), regDir),
      path: broken.join(', '),
      message: `${dropped.length} masalah lain pada data bersama hanya menyebut peraturan yang belum valid di atas; perbaiki peraturan itu dulu, lalu jalankan pemeriksaan lagi`,
    });
  }
  return { problems, passed, regs };
}

/** Problems grouped by file, for printing: "file" then one indented line per problem. */
export function formatReport(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines = [`${problems.length} masalah di ${byFile.size} berkas:`];
  for (const [file, ps] of byFile) {
    lines.push(`\n${file}`);
    for (const p of ps) lines.push(`  ${p.path || '(seluruh berkas)'}: ${p.message}`);
  }
  return lines.join('\n');
}
