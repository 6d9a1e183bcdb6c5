/**
 * Where a provision is read: the one place that turns (regulation, provision
 * id) into a site path. Every link to a provision (figures, comparison,
 * checker, search, decks, exports) goes through here, so that when a
 * provision moves to a smaller page only this module changes.
 *
 * Paths are relative to the site's base ("pati/#pasal-8__ayat-1"); callers
 * prefix `import.meta.env.BASE_URL` or the base they were given.
 */
export function provisionPath(slug: string, id: string): string {
  return `${slug}/#${id}`;
}

/** The whole-regulation page. */
export const regulationPath = (slug: string): string => `${slug}/`;
