import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RESERVED_DECK_IDS, RESERVED_SLUGS, RESERVED_TOPIC_IDS } from '../../src/lib/reserved-segments.ts';
import { validateRegulation } from '../../src/lib/validate.ts';
import { ContentError } from '../../src/lib/validate.ts';
import { loadRegulations } from '../../src/lib/load.ts';
import { siteDecks } from '../../src/lib/decks/build.ts';
import { loadAlignment } from '../../src/lib/compare/load.ts';

/**
 * The fixed segments a folder of src/pages (or public/) serves at `<segment>/`: folders and page files (.astro, .md,
 * .mdx) that are not [params]. Endpoints such as sorotan.css.ts make files with an extension, which no id can take.
 */
const staticSegments = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((f) => !f.name.startsWith('[') && !/^index\./.test(f.name))
    .filter((f) => f.isDirectory() || /^[^.]+\.(astro|md|mdx)$/.test(f.name))
    .map((f) => f.name.replace(/\.(astro|md|mdx)$/, ''));

describe('reserved path segments cover the pages the site makes', () => {
  it('top level: every fixed page or folder of src/pages and public/, and the generated folders', () => {
    for (const s of [...staticSegments('src/pages'), ...staticSegments('public'), '_astro', 'pagefind'])
      expect(RESERVED_SLUGS.has(s), s).toBe(true);
  });
  it('under /presentasi/ and /perbandingan/', () => {
    for (const s of staticSegments(join('src/pages/presentasi'))) expect(RESERVED_DECK_IDS, s).toContain(s);
    for (const s of staticSegments(join('src/pages/perbandingan'))) expect(RESERVED_TOPIC_IDS, s).toContain(s);
  });
  it('the data takes none of them', () => {
    for (const r of loadRegulations()) expect(RESERVED_SLUGS.has(r.slug), r.slug).toBe(false);
    for (const d of siteDecks().decks) expect(RESERVED_DECK_IDS, d.id).not.toContain(d.id);
    for (const t of loadAlignment().topics) expect(RESERVED_TOPIC_IDS, t.id).not.toContain(t.id);
  });
  it('a regulation whose slug is a page of the site is refused, naming the field', () => {
    const reg = structuredClone(loadRegulations()[0]!) as { slug: string };
    reg.slug = 'data';
    try {
      validateRegulation(reg, 'content/regulations/data/peraturan.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContentError);
      expect((e as ContentError).problems).toContainEqual(
        expect.objectContaining({ path: 'slug', message: expect.stringContaining('sudah dipakai untuk halaman situs sendiri') }),
      );
    }
  });
});
