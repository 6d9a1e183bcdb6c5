/**
 * Drafts content/regulations/<slug>/peraturan.yaml from the folder's text
 * extraction (sumber.txt).
 *
 *   npm run import-seeds -- [--force] <slug> [slug ...]
 *
 * The metadata comes from the folder's meta.yaml (hand-written, the fields of
 * `meta` in docs/data-format.md), or, when re-importing, from the existing
 * peraturan.yaml; failing both, it is drafted from the text's own opening
 * lines and penutup (src/lib/import/draft-meta.ts), each guessed value
 * marked with a "# TEBAKAN" comment to check. The committed YAML is hand-checked and is the source of
 * truth: this script refuses to overwrite it unless --force is given.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Document, parse } from 'yaml';
import { draftMeta } from '../src/lib/import/draft-meta.ts';
import { readText } from '../src/lib/text-file.ts';
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
  if (!existsSync(src)) {
    console.error(`${relative(process.cwd(), src)}: berkas ekstraksi teks tidak ada`);
    failed = true;
    continue;
  }
  if (existsSync(out) && !force) {
    console.log(`lewati ${slug}: ${relative(process.cwd(), out)} sudah ada (pakai --force untuk menimpa)`);
    continue;
  }
  const draft = parseSeed(readText(src));
  let meta = existsSync(metaFile)
    ? parse(readText(metaFile))
    : existsSync(out)
      ? (parse(readText(out)) as { meta: unknown }).meta
      : undefined;
  let guesses = new Map<string, string>();
  if (!meta) {
    const bodyText = JSON.stringify(draft.batangTubuh);
    ({ meta, guesses } = draftMeta(draft.pembukaan, draft.penutup, bodyText));
    console.log(
      `${slug}: meta.yaml tidak ada; metadata disusun dari kepala dan penutup teks (${guesses.size} tebakan ditandai "# TEBAKAN")`,
    );
  }
  const doc = new Document(orderKeys({ slug, meta, ...draft }));
  if (guesses.size) {
    doc.commentBefore = ' DRAF dari npm run import-seeds. Periksa setiap nilai bertanda TEBAKAN terhadap teks resmi, lalu hapus tandanya.';
    for (const [path, why] of guesses) {
      const node = doc.getIn(['meta', ...path.split('.')], true) as { comment?: string } | undefined;
      if (node && typeof node === 'object') node.comment = ` TEBAKAN: ${why}`;
    }
  }
  writeFileSync(out, doc.toString({ lineWidth: 0, blockQuote: 'literal' }));
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
