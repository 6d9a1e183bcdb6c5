// Service worker of the presenter (scope: /presentasi/). A deck page sends the
// list of what it loaded (page, styles, scripts, PDF); all of it is kept so
// the deck opens and runs without a network. Pages are fetched fresh when the
// network answers within a few seconds, else served from the copy; hashed
// assets are served from the copy first. A deck address that does not exist
// gets the list of presentations (with the server's 404 status), whose script
// opens the nearest deck; offline, an address never saved gets the list too,
// and the list says the deck is not on this device instead of looping.
// The cache is named after the build (?v= in the registration): a redeploy
// starts a new cache and the old one is dropped on activate.
const VERSION = new URL(self.location.href).searchParams.get('v') || 'dev';
const CACHE = `sk-presentasi-${VERSION}`;
const SCOPE = new URL(self.registration.scope).pathname;
const NAV_TIMEOUT = 3500;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('sk-presentasi-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

const sameOrigin = (u) => {
  try {
    return new URL(u, self.location.href).origin === self.location.origin;
  } catch {
    return false;
  }
};
/** Cache key: the path without query or fragment (?slide=5 is the same page). */
const keyOf = (u) => new URL(u, self.location.href).pathname;

/** Addresses a page or a module needs: its scripts, stylesheets and icon, or its static imports. */
function needs(url, type, text) {
  const found = [];
  if (type.includes('html')) {
    for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.push(m[1]);
    for (const m of text.matchAll(/<link\b[^>]*\brel="(?:stylesheet|modulepreload|icon)"[^>]*\bhref="([^"]+)"/g)) found.push(m[1]);
  } else if (type.includes('javascript')) {
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.m?js)["']/g)) found.push(m[1]);
  }
  return found.map((u) => new URL(u, url).href).filter(sameOrigin);
}

/** Keeps every address and, two levels deep, what the pages and modules among them load. */
async function keep(urls) {
  const cache = await caches.open(CACHE);
  const seen = new Set();
  let ok = true;
  let queue = urls.filter(sameOrigin).map((u) => new URL(u, self.location.href).href);
  for (let depth = 0; depth < 3 && queue.length; depth++) {
    const nextQueue = [];
    await Promise.all(
      queue
        .filter((u) => !seen.has(keyOf(u)))
        .slice(0, 200)
        .map(async (u) => {
          seen.add(keyOf(u));
          try {
            const res = await fetch(u, { cache: 'no-cache' });
            if (!res.ok) {
              ok = false;
              return;
            }
            const type = res.headers.get('content-type') || '';
            if (/html|javascript/.test(type)) nextQueue.push(...needs(u, type, await res.clone().text()));
            await cache.put(keyOf(u), res);
          } catch {
            ok = false;
          }
        }),
    );
    queue = nextQueue;
  }
  return { ok, saved: seen.size };
}

self.addEventListener('message', (event) => {
  const msg = event.data;
  if (!msg || msg.type !== 'simpan' || !Array.isArray(msg.urls)) return;
  const port = event.ports && event.ports[0];
  event.waitUntil(
    keep(msg.urls).then((r) => {
      if (port) port.postMessage(r);
    }),
  );
});

const timeout = (ms) => new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));

async function page(event, url) {
  const cache = await caches.open(CACHE);
  const key = url.pathname;
  const network = fetch(event.request).then(async (res) => {
    if (res.ok && url.pathname.startsWith(SCOPE)) await cache.put(key, res.clone());
    return res;
  });
  event.waitUntil(network.catch(() => undefined));
  let res;
  try {
    res = await Promise.race([network, timeout(NAV_TIMEOUT)]);
  } catch {
    res = undefined;
  }
  if (res && res.ok) return res;
  // Gone from the server: forget the copy and say so (with the list, to find the nearest deck).
  if (res && (res.status === 404 || res.status === 410)) {
    await cache.delete(key);
    if (url.pathname.startsWith(SCOPE) && key !== SCOPE) {
      const index = (await cache.match(SCOPE)) || (await fetch(SCOPE).catch(() => undefined));
      if (index && index.ok) return new Response(index.body, { status: res.status, headers: index.headers });
    }
    return res;
  }
  const copy = await cache.match(key);
  if (copy) return copy;
  if (url.pathname.startsWith(SCOPE) && !res) {
    const index = await cache.match(SCOPE);
    if (index) return new Response(index.body, { status: 503, headers: index.headers });
  }
  if (res) return res;
  return new Response(
    '<!doctype html><html lang="id"><meta charset="utf-8"><title>Tanpa internet</title><p>Halaman ini belum tersimpan di perangkat dan internet tidak tersedia. Buka presentasi yang pernah dibuka sebelumnya, atau coba lagi nanti.</p></html>',
    { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}

async function asset(event, url) {
  const cache = await caches.open(CACHE);
  const key = url.pathname;
  const hashed = /\/_astro\//.test(url.pathname);
  const copy = await cache.match(key);
  if (copy && hashed) return copy;
  try {
    const res = await Promise.race([fetch(event.request), timeout(copy ? NAV_TIMEOUT : 60000)]);
    if (res.ok && res.status === 200) event.waitUntil(cache.put(key, res.clone()));
    return res;
  } catch (e) {
    if (copy) return copy;
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || !sameOrigin(req.url)) return;
  const url = new URL(req.url);
  if (req.mode === 'navigate') event.respondWith(page(event, url));
  else event.respondWith(asset(event, url));
});
