/**
 * Drafts content/regulations/<slug>/peraturan.yaml from the folder's text
 * extraction (sumber.txt).
 *
 *   npm run import-seeds -- [--force] <slug> [slug ...]
 *
 * The metadata comes from the folder's meta.yaml (hand-written, the fields of
 * `meta` in docs/data-format.md) or, when re-importing, from the existing
 * peraturan.yaml. The committed YAML is hand-checked and is the source of
 * truth: this script refuses to overwrite it unless --force is given.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseSeed } from '../src/lib/import/seed-parser.ts';
import { REGULATIONS_DIR, partPath, regulationSlugs } from '../src/lib/regulation-folder.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const wanted = args.filter((a) => !a.startsWith('--'));
const known = regulationSlugs();
if (!wanted.length) {
  console.error(`Sebutkan slug folder peraturan. Folder yang ada di ${relative(process.cwd(), REGULATIONS_DIR)}: ${known.join(', ')}`);
  process.exit(2);
}
let failed = false;
for (const slug of wanted) {
  const out = partPath(slug, 'peraturan');
  const src = partPath(slug, 'sumber');
  const metaFile = partPath(slug, 'peraturan').replace(/peraturan\.yaml$/, 'meta.yaml');
  if (!existsSync(src)) { console.error(`${relative(process.cwd(), src)}: berkas ekstraksi teks tidak ada`); failed = true; continue; }
  if (existsSync(out) && !force) { console.log(`lewati ${slug}: ${relative(process.cwd(), out)} sudah ada (pakai --force untuk menimpa)`); continue; }
  const meta = existsSync(metaFile)
    ? parse(readFileSync(metaFile, 'utf8'))
    : existsSync(out) ? (parse(readFileSync(out, 'utf8')) as { meta: unknown }).meta : undefined;
  if (!meta) { console.error(`${relative(process.cwd(), metaFile)}: metadata tidak ada (tulis meta.yaml: jenis, nomor, tahun, judul, daerah, ditetapkan, diundangkan, ...)`); failed = true; continue; }
  const draft = parseSeed(readFileSync(src, 'utf8'));
  const doc = orderKeys({ slug, meta, ...draft });
  writeFileSync(out, stringify(doc, { lineWidth: 0, blockQuote: 'literal' }));
  console.log(`tulis ${relative(process.cwd(), out)}`);
}
if (failed) process.exit(1);

/** Puts the keys of body nodes in reading order (kind, num, heading, text, ... children). */
function orderKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(orderKeys);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const order = ['kind', 'type', 'id', 'num', 'label', 'heading', 'term', 'abbr', 'text', 'children'];
    const keys = Object.keys(o).sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
    return Object.fromEntries(keys.map((k) => [k, orderKeys(o[k])]));
  }
  return v;
}
