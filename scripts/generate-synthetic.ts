/**
 * Writes N synthetic regulations (made from the real ones in
 * content/regulations) into a directory, for the scale benchmark.
 *
 *   node scripts/generate-synthetic.ts <N> <dir> [--seed=1] [--with-real]
 *
 * --with-real also copies the real regulations into <dir>, so the directory
 * holds a whole site's content (N synthetic + the real ones). Build with it:
 *   SK_CONTENT_DIR=<dir> astro build --outDir /tmp/x
 * Every file passes the real validation; the directory must be empty or new.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadRegulations } from '../src/lib/load.ts';
import { generateSynthetic } from '../src/lib/synthetic/generate.ts';

export const USAGE = `Pemakaian: node scripts/generate-synthetic.ts <N> <direktori> [--seed=<bilangan>] [--with-real]
  N            jumlah peraturan sintetis, bilangan bulat 1..1000
  direktori    tempat menulis <slug>.yaml (harus kosong atau belum ada)
  --seed=S     benih acak (bawaan 1): benih sama, berkas sama
  --with-real  salin juga peraturan asli dari content/regulations`;

function usage(msg: string): never {
  console.error(`${msg}\n\n${USAGE}`);
  process.exit(2);
}

export interface Args { count: number; dir: string; seed: number; withReal: boolean }

export function parseArgs(argv: string[]): Args {
  const pos: string[] = [];
  let seed = 1;
  let withReal = false;
  for (const a of argv) {
    if (a === '--help' || a === '-h') { console.log(USAGE); process.exit(0); }
    else if (a.startsWith('--seed=')) {
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

if (import.meta.main) {
  const { count, dir, seed, withReal } = parseArgs(process.argv.slice(2));
  if (existsSync(dir) && readdirSync(dir).length) usage(`Direktori ${dir} tidak kosong`);
  mkdirSync(dir, { recursive: true });
  const real = loadRegulations(join(process.cwd(), 'content', 'regulations'));
  const t0 = performance.now();
  const files = generateSynthetic(real, { count, seed });
  for (const f of files) writeFileSync(join(dir, `${f.slug}.yaml`), f.yaml);
  if (withReal) for (const r of real) copyFileSync(join(process.cwd(), 'content', 'regulations', `${r.slug}.yaml`), join(dir, `${r.slug}.yaml`));
  console.log(`${files.length} peraturan sintetis${withReal ? ` + ${real.length} asli` : ''} ditulis ke ${dir} (${Math.round(performance.now() - t0)} ms, benih ${seed})`);
}
