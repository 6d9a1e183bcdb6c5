/**
 * Warms the search before it is asked: when the header search box gets
 * focus, a pointer or a touch, the browser prefetches what the search page
 * will need (its script, chunks and styles, Pagefind's engine, entry file,
 * WebAssembly and metadata, and /cari/data.json: the page's loading hints,
 * src/lib/search/hints.ts), so after Enter only the page itself and the
 * index chunks of the typed words are left to load. Prefetched files are
 * reused by the next page without revalidation for a few minutes. Once per
 * page; nothing happens without a header search box or on a slow-data
 * connection (Save-Data).
 */
import { pageAssets } from '../lib/search/hints.ts';

const form = document.querySelector<HTMLFormElement>('form.site-search');
if (form) {
  const warm = () => {
    for (const t of ['focusin', 'pointerenter', 'touchstart'] as const) form.removeEventListener(t, warm);
    void prefetchSearch(new URL(form.action, location.href));
  };
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  if (!saveData) for (const t of ['focusin', 'pointerenter', 'touchstart'] as const) form.addEventListener(t, warm, { passive: true });
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
  prefetch(new URL('../pagefind/pagefind.js', page).href);
  prefetch(new URL('data.json', page).href);
  // The search page's own script and styles (their names carry a content hash) and its loading
  // hints: the script's chunks and Pagefind's entry file, metadata and WebAssembly of this index
  // (src/lib/search/hints.ts), at the addresses the page will ask for.
  await fetch(page)
    .then((r) => (r.ok ? r.text() : ''))
    .then((html) => {
      for (const href of pageAssets(html)) prefetch(href);
    })
    .catch(() => undefined);
}
