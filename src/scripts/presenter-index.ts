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
    id: a.dataset.deck!, alias: (a.dataset.alias ?? '').split(' ').filter(Boolean), href: a.getAttribute('href')!,
  }));
  const figures = [...document.querySelectorAll<HTMLAnchorElement>('a[data-figure]')].map((a) => ({ n: Number(a.dataset.figure), href: a.getAttribute('href')! }));
  // Served in place of another address (by the service worker): whatever was asked for does not exist as such.
  const stray = location.pathname !== `${base}presentasi/`;
  const q = new URLSearchParams(location.search);
  const keep = new URLSearchParams();
  for (const k of ['slide', 'langkah']) { const v = q.get(k); if (v) keep.set(k, v); }
  let href: string | undefined;
  let exact = false;
  if (req.figure !== undefined) {
    const n = nearestNumber(req.figure, figures.map((f) => f.n));
    href = figures.find((f) => f.n === n)?.href;
    exact = n === req.figure;
  } else if (req.deck) {
    const r = resolveDeck(req.deck, decks);
    href = r?.deck.href;
    exact = !!r?.exact;
  }
  if (href) {
    if (!exact || stray) keep.set('dari', req.raw);
    location.replace(`${href}${keep.size ? `?${keep}` : ''}${location.hash}`);
  }
}
