/**
 * Writes N synthetic regulation folders (made from the real ones in
 * content/regulations) into a directory, for the scale benchmark.
 *
 *   node scripts/generate-synthetic.ts <N> <dir> [--seed=1] [--with-real]
 *
 * Each is a whole folder <dir>/<slug>/ (peraturan.yaml, sumber.txt,
 * penilai-kinerja.yaml, gambar.yaml, gambar/, and any other part its
 * template has: see syntheticFolder). --with-real also copies the real
 * folders, so <dir> holds a whole site's content. Build with it:
 *   SK_CONTENT_DIR=<dir> SITE_DIST=/tmp/x npm run build
 * Every regulation passes the real validation; the directory must be empty or new.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadRegulations } from '../src/lib/load.ts';
import { generateSynthetic, syntheticFolder } from '../src/lib/synthetic/generate.ts';
import { REGULATIONS_DIR } from '../src/lib/regulation-folder.ts';
import type { Regulation } from '../src/lib/schema/regulation.ts';

export const USAGE = `Pemakaian: node scripts/generate-synthetic.ts <N> <direktori> [--seed=<bilangan>] [--with-real]
  N            jumlah peraturan sintetis, bilangan bulat 1..1000
  direktori    tempat menulis folder <slug>/ (harus kosong atau belum ada)
  --seed=S     benih acak (bawaan 1): benih sama, berkas sama
  --with-real  salin juga folder peraturan asli dari content/regulations`;

function usage(msg: string): never {
  console.error(`${msg}\n\n${USAGE}`);
  process.exit(2);
}

export interface Args {
  count: number;
  dir: string;
  seed: number;
  withReal: boolean;
}

export function parseArgs(argv: string[]): Args {
  const pos: string[] = [];
  let seed = 1;
  let withReal = false;
  for (const a of argv) {
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--seed=')) {
      seed = Number(a.slice(7));
      if (!Number.isInteger(seed) || seed < 0) usage(`Benih tidak sah: "${a.slice(7)}"`);
    } else if (a === '--with-real') withReal = true;
    else if (a.startsWith('-') && !/^-\d/.test(a)) usage(`Opsi tidak dikenal: ${a}`);
    else pos.push(a);
  }
  if (pos.length !== 2) usage(`Perlu tepat dua argumen (N dan direktori), diberi ${pos.length}`);
  const count = Number(pos[0]);
  if (!/^-?\d+$/.test(pos[0]!) || !Number.isInteger(count) || count <= 0) usage(`N harus bilangan bulat positif, bukan "${pos[0]}"`);
  if (count > 1000) usage(`N paling besar 1000, bukan ${count}`);
  return { count, dir: resolve(pos[1]!), seed, withReal };
}

/** Every file of a folder, by path inside it. */
function readFolder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/** Writes `count` synthetic folders into `dir`, made from the real regulations of `realDir`. Returns their slugs. */
export function writeSynthetic(count: number, dir: string, opts: { seed?: number; realDir?: string; real?: Regulation[] } = {}): string[] {
  const realDir = opts.realDir ?? REGULATIONS_DIR;
  const real = opts.real ?? loadRegulations(realDir);
  const templates = new Map(real.map((r) => [r.slug, readFolder(join(realDir, r.slug))]));
  const files = generateSynthetic(real, { count, seed: opts.seed ?? 1 });
  for (const f of files) {
    const src = real.find((r) => r.slug === f.from)!;
    for (const [path, text] of syntheticFolder(f, src, templates.get(src.slug)!)) {
      const target = join(dir, f.slug, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  return files.map((f) => f.slug);
}

if (import.meta.main) {
  const { count, dir, seed, withReal } = parseArgs(process.argv.slice(2));
  if (existsSync(dir) && readdirSync(dir).length) usage(`Direktori ${dir} tidak kosong`);
  mkdirSync(dir, { recursive: true });
  const real = loadRegulations(REGULATIONS_DIR);
  const t0 = performance.now();
  const slugs = writeSynthetic(count, dir, { seed, real });
  if (withReal) for (const r of real) cpSync(join(REGULATIONS_DIR, r.slug), join(dir, r.slug), { recursive: true });
  console.log(
    `${slugs.length} folder peraturan sintetis${withReal ? ` + ${real.length} asli` : ''} ditulis ke ${dir} (${Math.round(performance.now() - t0)} ms, benih ${seed})`,
  );
}
