/**
 * Bootstraps content/regulations/<slug>.yaml from the seed text extractions.
 *
 *   npm run import-seeds -- [--force] [slug ...]
 *
 * The committed YAML is hand-checked and is the source of truth: this script
 * refuses to overwrite an existing file unless --force is given.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { parseSeed } from '../src/lib/import/seed-parser.ts';
import { SEED_META } from './seed-meta.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seeds = resolve(root, 'content/sources');
const args = process.argv.slice(2);
const force = args.includes('--force');
const wanted = args.filter((a) => !a.startsWith('--'));
const unknown = wanted.filter((w) => !SEED_META.some((m) => m.slug === w));
if (unknown.length) {
  console.error(`Tidak dikenal: ${unknown.join(', ')}. Pilihan: ${SEED_META.map((m) => m.slug).join(', ')}`);
  process.exit(2);
}
mkdirSync(resolve(root, 'content/regulations'), { recursive: true });
for (const entry of SEED_META) {
  if (wanted.length && !wanted.includes(entry.slug)) continue;
  const out = resolve(root, 'content/regulations', `${entry.slug}.yaml`);
  if (existsSync(out) && !force) {
    console.log(`lewati ${entry.slug}: ${out} sudah ada (pakai --force untuk menimpa)`);
    continue;
  }
  const raw = readFileSync(resolve(seeds, entry.meta.berkasSumber), 'utf8');
  const draft = parseSeed(raw);
  const doc = orderKeys({ slug: entry.slug, meta: entry.meta, ...draft });
  writeFileSync(out, stringify(doc, { lineWidth: 0, blockQuote: 'literal' }));
  console.log(`tulis ${out}`);
}

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
