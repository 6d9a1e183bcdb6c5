/**
 * Loading hints for the search page, written into the built /cari/ page
 * after Pagefind has indexed the site (scripts/pagefind.ts): only then are
 * the names of Pagefind's metadata and the page script's chunks known.
 *
 * Without them the first query is a chain of round trips: the page, then its
 * script's chunks, then pagefind.js and data.json, then Pagefind's entry
 * file, then its metadata and WebAssembly. With them the browser asks for all
 * of those while it reads the page, in one round. The header search box of
 * every other page reads the same hints from /cari/ and prefetches them
 * (src/scripts/search-preload.ts).
 *
 * Pagefind fetches its entry file with `?ts=` and the time, so that no cache
 * ever serves it; with `metaCacheTag` it uses the given tag instead. The tag
 * here is the hash of the index's metadata, so a new index has a new entry
 * address, and the hosting revalidates the file anyway.
 */

/** What the hints are made of: Pagefind's files of the built index and the page script's chunks. */
export interface HintInput {
  /** The site's base path, ending in "/". */
  base: string;
  /** Pagefind's entry file (pagefind/pagefind-entry.json), parsed. */
  entry: { languages?: Record<string, { hash: string; wasm?: string }> };
  /** The chunks the page's module scripts import (site paths, e.g. "/_astro/x.js"). */
  chunks: string[];
}

export interface Hint {
  rel: 'preload' | 'modulepreload';
  href: string;
}

/** Attribute that marks the hints in the page (search.ts finds the entry's tag by it). */
export const HINT_ATTR = 'data-cari-muat';

/** The hints, in the order the page needs them. Fails when the entry file names no index. */
export function searchHints({ base, entry, chunks }: HintInput): Hint[] {
  const langs = Object.values(entry.languages ?? {});
  if (langs.length === 0) throw new Error('pagefind/pagefind-entry.json: tidak ada indeks bahasa (languages kosong).');
  const pf = `${base}pagefind/`;
  // One language is indexed (forceLanguage "id"); with several, the page's language would pick one.
  const lang = langs[0]!;
  return [
    ...chunks.map((href): Hint => ({ rel: 'modulepreload', href })),
    { rel: 'modulepreload', href: `${pf}pagefind.js` },
    { rel: 'preload', href: `${pf}pagefind-entry.json?ts=${encodeURIComponent(lang.hash)}` },
    { rel: 'preload', href: `${pf}pagefind.${lang.hash}.pf_meta` },
    { rel: 'preload', href: `${pf}wasm.${lang.wasm ?? 'unknown'}.pagefind` },
    { rel: 'preload', href: `${base}cari/data.json` },
  ];
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The hints as <link> elements. Fetched files are fetched with fetch() (CORS mode, same-origin credentials). */
export function hintLinks(hints: Hint[]): string {
  return hints
    .map((h) =>
      h.rel === 'modulepreload'
        ? `<link rel="modulepreload" href="${esc(h.href)}" ${HINT_ATTR}>`
        : `<link rel="preload" as="fetch" crossorigin href="${esc(h.href)}" ${HINT_ATTR}>`,
    )
    .join('');
}

/** The page with the hints at the end of its <head>, replacing hints written before. */
export function withHints(html: string, hints: Hint[]): string {
  const clean = html.replace(new RegExp(`<link [^>]*\\s${HINT_ATTR}>`, 'g'), '');
  if (!clean.includes('</head>')) throw new Error('halaman pencarian tidak memiliki </head>');
  return clean.replace('</head>', `${hintLinks(hints)}</head>`);
}

/** The module scripts a page loads (src of <script type="module" src>). */
export function moduleScripts(html: string): string[] {
  return [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*\btype="module"/g),
  ]
    .map((m) => m[1]!)
    .filter((v, i, a) => a.indexOf(v) === i);
}

/** The static imports of a bundled module ("./x.js", "/_astro/x.js"), as site paths relative to its own path. */
export function staticImports(code: string, path: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g)) {
    out.add(new URL(m[1]!, `http://x${path}`).pathname);
  }
  return [...out];
}

/**
 * What a page needs that another page can fetch ahead: its scripts, its stylesheets and its
 * loading hints (the header box's prefetch reads them from /cari/).
 */
export function pageAssets(html: string): string[] {
  const re = new RegExp(
    `<(?:script[^>]*\\ssrc|link[^>]*rel="stylesheet"[^>]*\\shref|link[^>]*\\shref(?=[^>]*\\s${HINT_ATTR}[\\s>]))="([^"]+)"`,
    'g',
  );
  return [
    ...new Set(
      [...html.matchAll(re)].map((m) =>
        m[1]!
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&amp;/g, '&'),
      ),
    ),
  ];
}

/** The tag of Pagefind's entry file in the hints of a page (for `metaCacheTag`), if any. */
export function entryTag(hrefs: string[]): string | undefined {
  for (const h of hrefs) {
    const m = /pagefind-entry\.json\?ts=([^&#]+)/.exec(h);
    if (m) return decodeURIComponent(m[1]!);
  }
  return undefined;
}
