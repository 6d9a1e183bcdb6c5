/**
 * Comparison pages in the browser. Reads the reader's choice from the address
 * (?p=pati&p=klaten&a=pati&b=klaten; src/lib/compare/selection.ts), fetches
 * the chosen regulations that the pre-built page does not hold from their
 * comparison pages (/perbandingan/peraturan/<slug>/, rows id'd <topik>--<row>), shows the chosen
 * cells in the chosen order, highlights the word differences of pairs the
 * page did not pre-compute (src/lib/compare/mark.ts), keeps the choice in the
 * address, explains choices that make no sense, and unfolds long cells before
 * printing. Without this script the page shows its default selection and CSS
 * alone hides columns and highlights among them.
 */
import { markPair } from '../lib/compare/mark.ts';
import { MAX_CHOICE, MIN_CHOICE, parseSelection, selectionQuery, type Selection } from '../lib/compare/selection.ts';

const form = document.querySelector<HTMLFormElement>('form.cmp-controls');
if (form) init(form);

function init(form: HTMLFormElement): void {
  const root = form.closest<HTMLElement>('.cmp') ?? document.body;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="p"]')];
  const known = boxes.map((b) => b.value);
  const defaults = (form.dataset.defaults ?? '').split(' ').filter(Boolean);
  const fragments = form.dataset.fragments;
  const fragmentIds = form.dataset.fragmentIds ?? '';
  const selA = form.querySelector<HTMLSelectElement>('#beda-a');
  const selB = form.querySelector<HTMLSelectElement>('#beda-b');
  const nameOf = new Map(boxes.map((b) => [b.value, b.parentElement?.textContent?.trim() ?? b.value]));
  const status = document.createElement('p');
  status.className = 'cmp-status';
  status.setAttribute('role', 'status');
  form.appendChild(status);
  const loaded = new Set(defaults);
  const failed = new Set<string>();

  let sel: Selection = parseSelection(location.search, known, defaults);
  let notes = [...sel.notes];

  /** Adds one regulation's cells (and its column heading) from its comparison page. */
  async function load(slug: string): Promise<void> {
    if (loaded.has(slug) || failed.has(slug) || !fragments) return;
    try {
      const res = await fetch(`${fragments}${encodeURIComponent(slug)}/`);
      if (!res.ok) throw new Error(String(res.status));
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      for (const row of root.querySelectorAll<HTMLElement>('.cmp-row[id]')) {
        const sel = `.cell[data-reg="${CSS.escape(slug)}"]`;
        if (row.querySelector(sel)) continue;
        const cell = doc.getElementById(`${fragmentIds}${row.id}`)?.querySelector(sel);
        row.querySelector('.cells')?.appendChild(document.importNode(cell ?? missingCell(slug), true));
      }
      const head = root.querySelector('.cmp-head');
      if (head && !head.querySelector(`[data-reg="${CSS.escape(slug)}"]`)) {
        const h = document.createElement('div');
        h.className = 'hcell';
        h.dataset.reg = slug;
        h.textContent = nameOf.get(slug) ?? slug;
        head.appendChild(h);
      }
      loaded.add(slug);
    } catch {
      failed.add(slug);
      notes.push(`Ketentuan ${nameOf.get(slug) ?? slug} tidak dapat dimuat; coba muat ulang halaman.`);
    }
  }

  function missingCell(slug: string): HTMLElement {
    const d = document.createElement('div');
    d.className = 'cell none';
    d.dataset.reg = slug;
    d.textContent = `${nameOf.get(slug) ?? slug}: tidak ada data untuk butir ini.`;
    return d;
  }

  /** Shows the chosen cells in the chosen order, hides the others. */
  function arrange(): void {
    const order = new Map(sel.chosen.map((s, i) => [s, i]));
    for (const box of boxes) box.checked = order.has(box.value);
    for (const parent of root.querySelectorAll<HTMLElement>('.cells, .cmp-head')) {
      const items = [...parent.querySelectorAll<HTMLElement>(':scope > [data-reg]')];
      items.sort((x, y) => (order.get(x.dataset.reg!) ?? 99) - (order.get(y.dataset.reg!) ?? 99));
      for (const it of items) {
        it.hidden = !order.has(it.dataset.reg!);
        parent.appendChild(it);
      }
    }
    const others = form.querySelector<HTMLDetailsElement>('details.cmp-others');
    if (others && sel.chosen.some((s) => !defaults.includes(s))) others.open = true;
  }

  /** The highlight choices offer the regulations being compared. */
  function fillSelects(): void {
    if (!selA || !selB) return;
    const opts = (sel2: HTMLSelectElement, empty: boolean, value: string) => {
      sel2.replaceChildren();
      if (empty) sel2.appendChild(new Option('(tanpa sorotan)', ''));
      for (const s of sel.chosen) sel2.appendChild(new Option(nameOf.get(s) ?? s, s));
      sel2.value = value;
    };
    opts(selA, true, sel.a);
    opts(selB, false, sel.b);
  }

  function clearMarks(): void {
    for (const m of root.querySelectorAll('.dj')) m.replaceWith(...m.childNodes);
    for (const n of root.querySelectorAll('.beda-js')) n.remove();
    root.querySelectorAll('.lines').forEach((l) => l.normalize());
  }

  /** The text nodes of a cell that the build compares: provision lines, without their printed labels. */
  function textNodes(cell: Element): Text[] {
    const out: Text[] = [];
    for (const line of cell.querySelectorAll('.lines p.ln.text, .lines p.ln.heading, .lines p.ln.figure')) {
      const walk = document.createTreeWalker(line, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('.lbl') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walk.nextNode(); n; n = walk.nextNode()) out.push(n as Text);
    }
    return out;
  }

  /** Highlights a pair the page did not pre-compute (CSS handles pairs within the default selection). */
  function highlight(): void {
    clearMarks();
    const { a, b } = sel;
    if (!a || !b || a === b || (defaults.includes(a) && defaults.includes(b))) return;
    for (const row of root.querySelectorAll('.cmp-row')) {
      const ca = row.querySelector(`.cell[data-reg="${CSS.escape(a)}"]`);
      const cb = row.querySelector(`.cell[data-reg="${CSS.escape(b)}"]`);
      if (!ca?.querySelector('.lines') || !cb?.querySelector('.lines')) continue;
      const na = textNodes(ca);
      const nb = textNodes(cb);
      const m = markPair(
        na.map((n) => n.data),
        nb.map((n) => n.data),
      );
      if (!m) continue;
      const apply = (nodes: Text[], runs: typeof m.a, other: string) =>
        nodes.forEach((node, i) => {
          const rs = runs[i]!;
          if (!rs.some((r) => r.marked)) return;
          node.replaceWith(
            ...rs.map((r) => {
              if (!r.marked) return document.createTextNode(r.text);
              const s = document.createElement('span');
              s.className = 'd dj';
              s.dataset.no = other;
              s.textContent = r.text;
              return s;
            }),
          );
        });
      apply(na, m.a, b);
      apply(nb, m.b, a);
      const count = (cell: Element, n: number, other: string) => {
        const p = document.createElement('p');
        p.className = 'beda-n beda-js';
        p.textContent =
          n === 0 ? `Sama kata demi kata dengan ${nameOf.get(other) ?? other}.` : `${n} kata tidak ada di ${nameOf.get(other) ?? other}.`;
        cell.querySelector('.cell-reg')?.after(p);
      };
      count(ca, m.onlyA, b);
      count(cb, m.onlyB, a);
    }
  }

  function explain(): void {
    const msgs = [...notes];
    if (sel.chosen.length < MIN_CHOICE && !msgs.some((m) => m.includes('paling sedikit')))
      msgs.push(`Pilih paling sedikit ${MIN_CHOICE} peraturan untuk dibandingkan.`);
    status.textContent = msgs.join(' ');
  }

  function save(): void {
    const q = selectionQuery(sel, defaults);
    history.replaceState(null, '', location.pathname + (q ? `?${q}` : '') + location.hash);
  }

  async function render(): Promise<void> {
    form.setAttribute('aria-busy', 'true');
    await Promise.all(sel.chosen.map(load));
    sel = { ...sel, chosen: sel.chosen.filter((s) => loaded.has(s)) };
    arrange();
    fillSelects();
    highlight();
    explain();
    form.removeAttribute('aria-busy');
  }

  /** The choice as the form now says it: previously chosen first (keeping their order), then newly ticked ones. */
  function fromForm(): Selection {
    const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
    let chosen = [...sel.chosen.filter((s) => ticked.includes(s)), ...ticked.filter((s) => !sel.chosen.includes(s))];
    notes = [];
    if (chosen.length > MAX_CHOICE) {
      notes.push(`Paling banyak ${MAX_CHOICE} peraturan dibandingkan sekaligus; pilihan terakhir diabaikan.`);
      chosen = chosen.slice(0, MAX_CHOICE);
    }
    let a = selA?.value ?? '';
    let b = selB?.value ?? '';
    if (a && !chosen.includes(a)) a = chosen[0] ?? '';
    if (!chosen.includes(b)) b = chosen.find((s) => s !== a) ?? '';
    if (a && a === b) notes.push('Pilih dua peraturan yang berbeda untuk menyorot perbedaannya.');
    return { chosen, a, b, notes, fromAddress: true };
  }

  form.addEventListener('change', () => {
    sel = fromForm();
    save();
    void render();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    sel = fromForm();
    save();
    void render();
  });
  void render();

  const opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details.more:not([open])')) {
      d.open = true;
      opened.push(d);
    }
  });
  addEventListener('afterprint', () => {
    for (const d of opened.splice(0)) d.open = false;
  });
}
