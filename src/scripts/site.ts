/**
 * Progressive enhancement for the reading pages; every page reads fine
 * without it.
 * - One delegated "Salin kutipan" control: when a provision is the page's
 *   target (its "#" permalink was followed or tapped), a single bar offers to
 *   copy its citation, wording and address. No per-provision buttons.
 *   On the whole-regulation page the offer of the Pasal's or Lampiran
 *   section's own page (shown by CSS on arrival) gets the target's anchor.
 * - Definitions in place: a defined term links to its definition in Pasal 1;
 *   with this script the definition opens in a popover beside the term
 *   (keyboard: Enter opens, Escape closes and returns focus to the term).
 */
import './search-preload.ts';
import { citationOf, clipboardText, wordingOf } from '../lib/cite-copy.ts';
import type { Definition } from '../lib/definitions.ts';

const reg = document.querySelector<HTMLElement>('[data-title]');

function liveRegion(): HTMLElement {
  const live = document.createElement('p');
  live.className = 'vh';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  document.body.appendChild(live);
  return live;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.className = 'vh';
    document.body.appendChild(ta);
    ta.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    ta.remove();
    return ok;
  }
}

/** The wording of a provision as shown: its labelled rows, without permalinks and editorial notes. */
function wording(el: HTMLElement): string {
  const clone = el.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.pin, .notes, .vh').forEach((n) => n.remove());
  const rows = [...clone.querySelectorAll<HTMLElement>('.row, .lead, h1, h2, h3, h4, h5, h6, tr, p')].filter(
    (r) => !r.parentElement?.closest('.row, tr'),
  );
  // A row's label and text are separate boxes on screen: join them with a space (a table row's cells with " | ").
  const line = (r: HTMLElement) =>
    r.children.length ? [...r.children].map((c) => c.textContent ?? '').join(r.matches('tr') ? ' | ' : ' ') : (r.textContent ?? '');
  return wordingOf(rows.length ? rows.map((r) => (r.matches('.row, tr') ? line(r) : (r.textContent ?? ''))) : [clone.textContent ?? '']);
}

/** The bar is made on the first arrival at a provision: a page read from the top does no work for it. */
function makeBar(title: string, current: () => HTMLElement | null): { bar: HTMLElement; label: HTMLElement } {
  const live = liveRegion();
  const bar = document.createElement('div');
  bar.className = 'cite-bar';
  bar.hidden = true;
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', 'Kutipan ketentuan');
  const label = document.createElement('span');
  label.className = 'cite-bar-pin';
  const btn = document.createElement('button');
  btn.type = 'button';
  btn.className = 'cite';
  btn.textContent = 'Salin kutipan';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'cite-close';
  close.setAttribute('aria-label', 'Tutup');
  close.textContent = '×';
  bar.append(label, btn, close);
  document.body.appendChild(bar);
  btn.addEventListener('click', async () => {
    const target = current();
    if (!target) return;
    const citation = citationOf(target.getAttribute('data-pin') ?? '', title, target.getAttribute('data-cite'));
    const url = new URL(`#${target.id}`, location.href).href;
    const ok = await copy(clipboardText(citation, wording(target), url));
    btn.setAttribute('data-copied', '');
    live.textContent = ok ? `Kutipan disalin: ${citation}` : `Salin manual: ${citation}`;
    setTimeout(() => btn.removeAttribute('data-copied'), 2000);
  });
  close.addEventListener('click', () => {
    bar.hidden = true;
  });
  return { bar, label };
}

function citeBar(title: string): void {
  let target: HTMLElement | null = null;
  let made: { bar: HTMLElement; label: HTMLElement } | undefined;
  const update = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id ? document.getElementById(id) : null;
    target = el?.hasAttribute('data-pin') ? el : null;
    // Whole-regulation page: the offer of the Pasal's or section's own page (shown by CSS) opens it at this provision.
    const own = el?.closest('section.pasal, .lsec')?.querySelector<HTMLAnchorElement>(':scope > .pasal-top > a.own, :scope > p.own > a');
    if (own && el) own.href = `${own.href.split('#')[0]}#${el.id}`;
    if (!target && !made) return;
    made ??= makeBar(title, () => target);
    made.bar.hidden = !target;
    if (target) made.label.textContent = target.getAttribute('data-pin') ?? '';
  };
  addEventListener('hashchange', update);
  update();
}

function definitionPopovers(url: string): void {
  if (!('showPopover' in HTMLElement.prototype)) return;
  let defs: Promise<Record<string, Definition>> | undefined;
  const load = (): Promise<Record<string, Definition>> =>
    (defs ??= fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, Definition>>) : {}))
      .catch(() => ({})));
  let opener: HTMLElement | null = null;
  // Made on the first tap on a term: nothing at load.
  let made: HTMLElement | undefined;
  const popover = (): HTMLElement => {
    if (made) return made;
    const pop = document.createElement('div');
    pop.className = 'def-pop';
    pop.setAttribute('popover', 'auto');
    pop.setAttribute('role', 'dialog');
    pop.setAttribute('aria-labelledby', 'def-pop-h');
    pop.tabIndex = -1;
    document.body.appendChild(pop);
    pop.addEventListener('toggle', (e) => {
      if ((e as ToggleEvent).newState === 'closed') opener?.focus();
    });
    pop.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') pop.hidePopover();
    });
    return (made = pop);
  };

  document.addEventListener('click', async (e) => {
    const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('a.x-term');
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    const id = decodeURIComponent(new URL(a.href).hash.slice(1));
    e.preventDefault();
    const d = (await load())[id];
    if (!d) {
      location.href = a.href;
      return;
    }
    opener = a;
    const pop = popover();
    const h = document.createElement('p');
    h.id = 'def-pop-h';
    h.className = 'def-pop-h';
    h.textContent = `${d.term}`;
    const text = document.createElement('p');
    text.textContent = d.text;
    const more = document.createElement('a');
    more.href = a.href;
    more.textContent = `Buka ${d.pin}`;
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'cite-close';
    close.setAttribute('aria-label', 'Tutup definisi');
    close.textContent = '×';
    close.addEventListener('click', () => pop.hidePopover());
    const foot = document.createElement('p');
    foot.append(more);
    pop.replaceChildren(close, h, text, foot);
    pop.showPopover();
    close.focus();
  });
}

if (reg) {
  citeBar(reg.getAttribute('data-title') ?? '');
  const defs = reg.getAttribute('data-defs');
  if (defs) definitionPopovers(defs);
}
