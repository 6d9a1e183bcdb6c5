/**
 * Path segments the site's own pages take, so that data may not: a regulation
 * slug is the first segment of its pages (/<slug>/), a deck id a segment under
 * /presentasi/, a comparison topic id a segment under /perbandingan/. A slug
 * "data" or a deck "sesi" would put two pages at one address. A unit test
 * (test/unit/reserved-segments.test.ts) derives the static segments from
 * src/pages and checks these lists cover them.
 */

/** Top-level segments: pages, generated folders (Pagefind, Astro's assets) and public files. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  '404',
  '_astro',
  'cari',
  'catatan',
  'data',
  'gambar',
  'glosarium',
  'js',
  'pagefind',
  'panduan',
  'penilai-kinerja',
  'perbandingan',
  'presentasi',
  'tentang',
]);

/** Segments under /presentasi/ that a deck id may not take (regulation slugs are checked apart). */
export const RESERVED_DECK_IDS: readonly string[] = ['gambar', 'kutipan', 'panduan', 'sesi'];

/** Segments under /perbandingan/ that a topic id may not take. */
export const RESERVED_TOPIC_IDS: readonly string[] = ['definisi', 'gambar', 'kekhasan', 'peraturan'];
