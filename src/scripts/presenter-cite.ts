/**
 * The citation panel of the presenter: a click on a citation while presenting
 * shows the provision's exact words, its citation, its editorial notes and a
 * link to the full page, from /presentasi/kutipan/<slug>.json (written at
 * build time by src/lib/decks/quotes.ts and kept offline by the service
 * worker with the deck). No inline code, no style attributes.
 */
import type { QuoteEntry, QuoteFile } from '../lib/decks/quotes.ts';

export interface CitePanel {
  open(link: HTMLAnchorElement): Promise<void>;
  /** Closes the panel; false when it was not open. */
  close(): boolean;
  isOpen(): boolean;
}

/** Address of a regulation's quotes (the same as quotePath in src/lib/decks/quotes.ts, with the base). */
export const quoteUrl = (base: string, reg: string) => `${base}presentasi/kutipan/${reg}.json`;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

export function citePanel(root: HTMLElement, base: string, signal: AbortSignal): CitePanel {
  let panel = root.querySelector<HTMLElement>('.pres-cite');
  if (!panel) {
    panel = el('aside', 'pres-cite');
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', 'pres-cite-title');
    root.append(panel);
  }
  const box = panel;
  const files = new Map<string, Promise<QuoteFile>>();
  let from: HTMLAnchorElement | undefined;

  const load = (reg: string) => {
    let p = files.get(reg);
    if (!p) {
      p = fetch(quoteUrl(base, reg)).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<QuoteFile>;
      });
      p.catch(() => files.delete(reg));
      files.set(reg, p);
    }
    return p;
  };

  const head = (title: string) => {
    const h = el('div', 'pres-cite-head');
    const t = el('h2', 'pres-cite-title', title);
    t.id = 'pres-cite-title';
    t.tabIndex = -1;
    const x = el('button', 'pres-cite-close', '×');
    x.type = 'button';
    x.title = 'Tutup kutipan (Esc)';
    x.setAttribute('aria-label', 'Tutup kutipan');
    x.addEventListener('click', () => close(), { signal });
    h.append(t, x);
    return h;
  };

  const body = (q: QuoteEntry, file: QuoteFile, href: string) => {
    const frag = document.createDocumentFragment();
    frag.append(head(`${q.pin}, ${file.shortTitle}`));
    const quote = el('blockquote', 'pres-cite-quote');
    quote.cite = href;
    if (q.rows) {
      const wrap = el('div', 'table-scroll');
      wrap.tabIndex = 0;
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', `Tabel ${q.pin} (dapat digeser)`);
      const table = el('table');
      q.rows.forEach((r, i) => {
        const tr = el('tr');
        for (const c of r) tr.append(el(i < (q.headerRows ?? 0) ? 'th' : 'td', undefined, c));
        table.append(tr);
      });
      wrap.append(table);
      quote.append(wrap);
    } else {
      for (const l of q.lines) {
        const p = el('p', `d${Math.min(l.depth, 4)}`);
        if (l.label) p.append(el('span', 'lbl', `${l.label} `));
        p.append(l.text);
        quote.append(p);
      }
    }
    frag.append(quote);
    const cap = el('p', 'pres-cite-citation', q.citation);
    if (q.notes.length) {
      cap.append(' ');
      cap.append(el('span', 'pres-cite-marker', q.notes.length > 1 ? `Catatan editorial (${q.notes.length})` : 'Catatan editorial'));
    }
    frag.append(cap);
    if (q.notes.length) {
      const notes = el('div', 'pres-cite-notes');
      notes.append(el('h3', undefined, 'Catatan editorial (bukan bagian dari peraturan)'));
      const ul = el('ul');
      for (const n of q.notes) {
        const li = el('li');
        li.append(el('strong', undefined, `${n.pin}: `), n.text);
        ul.append(li);
      }
      notes.append(ul);
      frag.append(notes);
    }
    const more = el('p', 'pres-cite-more');
    const a = el('a', undefined, 'Buka ketentuan ini di halaman peraturan');
    a.href = href;
    more.append(a, el('span', 'pres-cite-hint', ' (halaman lengkap; perlu internet bila belum pernah dibuka)'));
    frag.append(more);
    return frag;
  };

  const show = (content: Node) => {
    box.replaceChildren(content);
    box.hidden = false;
    root.classList.add('cite-open');
    box.querySelector<HTMLElement>('.pres-cite-title')?.focus({ preventScroll: true });
  };

  async function open(link: HTMLAnchorElement) {
    const [reg, id] = (link.dataset.cite ?? '').split('#');
    if (!reg || !id) return;
    from = link;
    const frag = document.createDocumentFragment();
    frag.append(head(link.textContent?.trim() ?? ''), el('p', 'pres-cite-wait', 'Memuat kutipan…'));
    show(frag);
    try {
      const file = await load(reg);
      const q = file.quotes[id];
      if (!q) throw new Error('missing');
      if (from !== link) return;
      show(body(q, file, link.getAttribute('href') ?? `${base}${q.href}`));
    } catch {
      if (from !== link) return;
      const f = document.createDocumentFragment();
      f.append(
        head(link.textContent?.trim() ?? ''),
        el(
          'p',
          'pres-cite-wait',
          'Kutipan ketentuan ini belum tersimpan di perangkat dan internet tidak tersedia. Buka presentasi ini sekali saat tersambung internet agar kutipannya tersimpan.',
        ),
      );
      show(f);
    }
  }

  function close() {
    if (box.hidden) return false;
    box.hidden = true;
    box.replaceChildren();
    root.classList.remove('cite-open');
    const back = from;
    from = undefined;
    if (back && back.offsetParent) back.focus({ preventScroll: true });
    else root.focus({ preventScroll: true });
    return true;
  }

  return { open, close, isOpen: () => !box.hidden };
}
