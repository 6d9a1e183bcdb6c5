/**
 * Where a provision is read: the one place that turns (regulation, provision
 * id) into a site path. Every link to a provision (figures, comparison,
 * checker, search, decks, exports) goes through here.
 *
 * A provision is read on the smallest page that holds it: a Pasal and its
 * ayat/huruf/angka on the Pasal's page ("klaten/pasal-13/#pasal-13__ayat-1"),
 * a Lampiran block on its section's page ("klaten/lampiran/b-5/#..."); the
 * rest (konsiderans, BAB, Penutup) on the whole-regulation page, which also
 * keeps every old anchor working.
 *
 * The id -> page map of each regulation is registered once when the
 * regulations are loaded (src/lib/load.ts calls registerPages); this module
 * itself reads no files, so the browser scripts that render links can use it
 * too (without a registered map they link the whole-regulation page, which
 * always holds the provision). Paths are relative to the site's base;
 * callers prefix `import.meta.env.BASE_URL` or the base they were given.
 */
const pages = new Map<string, Readonly<Record<string, string>>>();

/** Registers a regulation's provision id -> page segment map (from pageSegments in reading-pages.ts). */
export function registerPages(slug: string, segments: Readonly<Record<string, string>>): void {
  pages.set(slug, segments);
}

/** Pure form: the path of a provision given its regulation's page map. */
export function provisionPathIn(segments: Readonly<Record<string, string>> | undefined, slug: string, id: string): string {
  const seg = segments && Object.hasOwn(segments, id) ? segments[id] : undefined;
  return `${slug}/${seg ?? ''}#${id}`;
}

export function provisionPath(slug: string, id: string): string {
  return provisionPathIn(pages.get(slug), slug, id);
}

/** The whole-regulation page (reading straight through, printing, every old anchor). */
export const regulationPath = (slug: string): string => `${slug}/`;

/**
 * Link resolver for a page that shows only some provisions: "#id" stays an
 * in-page anchor when the page holds id, otherwise it becomes the path of
 * the page that does.
 */
export function pageHref(base: string, slug: string, here: ReadonlySet<string>): (href: string) => string {
  return (href) => {
    if (!href.startsWith('#')) return href;
    const id = href.slice(1);
    return here.has(id) ? href : `${base}${provisionPath(slug, id)}`;
  };
}
