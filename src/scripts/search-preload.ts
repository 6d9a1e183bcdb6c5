/**
 * Warms the search before it is asked: when the header search box gets
 * focus, a pointer or a touch, the browser prefetches what the search page
 * will need (its script and styles, Pagefind's engine, WebAssembly and
 * metadata, and /cari/data.json), so after Enter only the page itself and
 * the index chunks of the typed words are left to load. Prefetched files are
 * reused by the next page without revalidation for a few minutes. Once per
 * page; nothing happens without a header search box or on a slow-data
 * connection (Save-Data).
 */
const form = document.querySelector<HTMLFormElement>('form.site-search');
if (form) {
  const warm = () => {
    for (const t of ['focusin', 'pointerenter', 'touchstart'] as const) form.removeEventListener(t, warm);
    void prefetchSearch(new URL(form.action, location.href));
  };
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  if (!saveData) for (const t of ['focusin', 'pointerenter', 'touchstart'] as const) form.addEventListener(t, warm, { passive: true });
}

/** The part of Pagefind's entry file that names its WebAssembly and metadata files. */
interface PagefindEntry {
  languages?: Record<string, { hash: string; wasm: string }>;
}

function prefetch(href: string) {
  const url = new URL(href, location.href).href;
  const already = [...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement>('link[href], script[src]')].some(
    (el) => ('href' in el ? el.href : el.src) === url,
  );
  if (already) return;
  document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', href: url }));
}

async function prefetchSearch(page: URL) {
  const pagefind = new URL('../pagefind/', page);
  prefetch(new URL('pagefind.js', pagefind).href);
  prefetch(new URL('data.json', page).href);
  await Promise.all([
    // The search page's own script and styles (their names carry a content hash).
    fetch(page)
      .then((r) => (r.ok ? r.text() : ''))
      .then((html) => {
        for (const m of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="([^"]+)"/g)) prefetch(m[1]!);
      }),
    // Pagefind's WebAssembly and metadata, named in its entry file.
    fetch(new URL('pagefind-entry.json', pagefind))
      .then((r): Promise<PagefindEntry> => (r.ok ? (r.json() as Promise<PagefindEntry>) : Promise.resolve({})))
      .then((entry) => {
        for (const l of Object.values(entry.languages ?? {})) {
          prefetch(new URL(`wasm.${l.wasm}.pagefind`, pagefind).href);
          prefetch(new URL(`pagefind.${l.hash}.pf_meta`, pagefind).href);
        }
      }),
  ]).catch(() => undefined);
}
