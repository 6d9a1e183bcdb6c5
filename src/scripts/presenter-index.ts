/**
 * The list of presentations also answers addresses that name no deck: it
 * sends /presentasi/?dek=<name>, and a mistyped deck address served from the
 * offline copy, on to the nearest deck (or canonical figure), keeping the
 * slide, and the deck page then says what happened.
 */
import { nearestNumber, readRequest, resolveDeck } from '../lib/decks/nav.ts';

const base = import.meta.env.BASE_URL;
const req = readRequest(location.pathname, location.search, base);
if (req) {
  const decks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-deck]')].map((a) => ({
    id: a.dataset.deck!,
    alias: (a.dataset.alias ?? '').split(' ').filter(Boolean),
    href: a.getAttribute('href')!,
  }));
  const figures = [...document.querySelectorAll<HTMLAnchorElement>('a[data-figure]')].map((a) => ({
    n: Number(a.dataset.figure),
    href: a.getAttribute('href')!,
  }));
  // Served in place of another address (by the service worker): whatever was asked for does not exist as such.
  const stray = location.pathname !== `${base}presentasi/`;
  const q = new URLSearchParams(location.search);
  const keep = new URLSearchParams();
  for (const k of ['slide', 'langkah']) {
    const v = q.get(k);
    if (v) keep.set(k, v);
  }
  let href: string | undefined;
  let exact = false;
  if (req.figure !== undefined) {
    const n = nearestNumber(
      req.figure,
      figures.map((f) => f.n),
    );
    href = figures.find((f) => f.n === n)?.href;
    exact = n === req.figure;
  } else if (req.deck) {
    const r = resolveDeck(req.deck, decks);
    href = r?.deck.href;
    exact = !!r?.exact;
  }
  const target = href ? new URL(href, location.href).pathname : undefined;
  if (href && stray && target === location.pathname) {
    // The service worker served this list in place of the very deck asked for: that deck is not
    // on this device and the network did not answer. Say so instead of sending the reader back.
    void showUnavailable(decks);
  } else if (href) {
    if (!exact || stray) keep.set('dari', req.raw);
    location.replace(`${href}${keep.size ? `?${keep}` : ''}${location.hash}`);
  }
}

async function showUnavailable(decks: { id: string; href: string }[]): Promise<void> {
  const notice = document.querySelector<HTMLElement>('.deck-notice');
  if (!notice) return;
  const saved = new Set<string>();
  try {
    for (const name of await caches.keys()) {
      if (!name.startsWith('sk-presentasi-')) continue;
      for (const r of await (await caches.open(name)).keys()) saved.add(new URL(r.url).pathname);
    }
  } catch {
    /* no Cache API: list nothing as available */
  }
  const available = decks.filter((d) => saved.has(new URL(d.href, location.href).pathname));
  notice.replaceChildren();
  const p = document.createElement('p');
  const status = (performance.getEntriesByType('navigation')[0] as (PerformanceNavigationTiming & { responseStatus?: number }) | undefined)
    ?.responseStatus;
  const gone = status === 404 || status === 410;
  p.textContent =
    (gone ? 'Presentasi ini tidak ada lagi di situs. ' : 'Presentasi ini belum tersimpan di perangkat ini, dan internet tidak tersedia. ') +
    (available.length
      ? gone
        ? 'Presentasi yang tersedia:'
        : 'Presentasi yang dapat dibuka tanpa internet:'
      : 'Belum ada presentasi yang tersimpan; buka presentasi saat tersambung ke internet agar tersimpan.');
  notice.append(p);
  if (available.length) {
    const ul = document.createElement('ul');
    for (const d of available) {
      const a = document.createElement('a');
      a.href = d.href;
      a.textContent = document.querySelector(`a[data-deck="${CSS.escape(d.id)}"]`)?.textContent ?? d.id;
      const li = document.createElement('li');
      li.append(a);
      ul.append(li);
    }
    notice.append(ul);
  }
  notice.hidden = false;
  notice.tabIndex = -1;
  notice.focus();
}
