/** The guide decks of the site, from content/panduan/*.mdx (frontmatter validated), cached for the build. */
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadRegulations } from '../load.ts';
import { readGuides } from '../panduan/load.ts';
import { splitFrontmatter } from '../panduan/check.ts';
import { PanduanMeta } from '../panduan/schema.ts';
import { siteDecks } from './build.ts';
import { figureLookup, guideDeck, type GuideDeck } from './guide-deck.ts';

let cached: GuideDeck[] | undefined;
export function siteGuideDecks(): GuideDeck[] {
  if (!cached) {
    const regs = loadRegulations();
    const figures = figureLookup(siteDecks().figures);
    cached = readGuides()
      .map((g) => {
        const r = PanduanMeta.safeParse(parseYaml(splitFrontmatter(g.text).front ?? ''));
        if (!r.success)
          throw new Error(`${g.file}: frontmatter tidak sah: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        return { id: basename(g.file, '.mdx'), meta: r.data, text: g.text };
      })
      .sort((a, b) => a.meta.urutan - b.meta.urutan || a.id.localeCompare(b.id))
      .map((g) => guideDeck(g, regs, figures));
  }
  return cached;
}
