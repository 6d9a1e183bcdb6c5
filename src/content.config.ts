import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PanduanMeta } from './lib/panduan/schema.ts';

/** Plain-language guides (content/panduan/*.mdx); their citations are checked by `npm run check`. */
const panduan = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/panduan' }),
  schema: PanduanMeta,
});

export const collections = { panduan };
