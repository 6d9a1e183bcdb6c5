/**
 * The search page in the browser: reads ?q= and the filters from the address,
 * plans the query (limits, spelling, abbreviations; src/lib/search/query.ts),
 * runs every alternative through Pagefind, merges the results and lists them
 * with their citation. Everything is loaded from this site.
 */
import { parseFilters, planQuery, type Alternative, type FilterSpec, type QueryPlan } from '../lib/search/query.ts';
import { Vocabulary } from '../lib/search/vocabulary.ts';
import { combine, rerank, RERANK_DEPTH, type AlternativeRun, type Scored } from '../lib/search/rank.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
}

const PAGE = 10;
const root = document.querySelector<HTMLElement>('.cari');
if (root) main(root);

function main(root: HTMLElement) {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('#cari-form')!;
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const selects = {
    peraturan: form.querySelector<HTMLSelectElement>('#f-peraturan')!,
    jenis: form.querySelector<HTMLSelectElement>('#f-jenis')!,
    topik: form.querySelector<HTMLSelectElement>('#f-topik')!,
  };
  const status = root.querySelector<HTMLElement>('#cari-status')!;
  const pesan = root.querySelector<HTMLElement>('#cari-pesan')!;
  const list = root.querySelector<HTMLOListElement>('#cari-hasil')!;
  const more = root.querySelector<HTMLButtonElement>('#cari-lagi')!;
  const labels = (name: keyof typeof selects) =>
    new Map([...selects[name].options].filter((o) => o.value).map((o) => [o.value, o.textContent ?? o.value]));
  const specs: FilterSpec[] = (['peraturan', 'jenis', 'topik'] as const).map((name) => ({ name, values: labels(name) }));

  // Load the engine and the vocabulary straight away, in parallel.
  const engine: Promise<Pagefind> = (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // No worker: the queries are small, and everything stays on the page (and under its CSP).
    // Titles count like body text, so short comparison pages do not outrank every provision.
    await pf.options({ baseUrl: base, excerptLength: 26, excerptEllipsis: '…', noWorker: true, ranking: { metaWeights: { title: 1 } } });
    await pf.init();
    return pf;
  })();
  const vocab: Promise<Vocabulary | undefined> = fetch(`${base}cari/kosakata.txt`)
    .then((r) => (r.ok ? r.text() : ''))
    .then((t) => (t ? Vocabulary.parse(t) : undefined))
    .catch(() => undefined);

  const cache = new Map<string, Promise<PagefindData>>();
  const data = (m: Scored<PagefindResult>) => {
    let p = cache.get(m.id);
    if (!p) cache.set(m.id, (p = m.item!.data()));
    return p;
  };
  let run = 0;
  let merged: Scored<PagefindResult>[] = [];
  let shown = 0;
  let unknownFilters: string[] = [];

  const readUrl = () => {
    const p = new URLSearchParams(location.search);
    input.value = (p.get('q') ?? '').slice(0, 500);
    const parsed = parseFilters(p, specs);
    unknownFilters = parsed.unknown;
    for (const [name, sel] of Object.entries(selects)) sel.value = parsed.filters[name]?.[0] ?? '';
  };

  const currentFilters = (): Record<string, string[]> => {
    const f: Record<string, string[]> = {};
    for (const [name, sel] of Object.entries(selects)) if (sel.value) f[name] = [sel.value];
    return f;
  };

  const writeUrl = (push: boolean) => {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    for (const [name, sel] of Object.entries(selects)) if (sel.value) p.set(name, sel.value);
    const url = `${location.pathname}${p.toString() ? `?${p}` : ''}`;
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const showMessages = (msgs: string[]) => {
    pesan.replaceChildren(...msgs.map((m) => Object.assign(document.createElement('p'), { textContent: m })));
    pesan.hidden = msgs.length === 0;
  };

  /** Marks the page busy or done (tests and assistive tech can rely on the status when done). */
  const state = (v: 'mencari' | 'siap') => { root.dataset.keadaan = v; root.setAttribute('aria-busy', String(v === 'mencari')); };

  async function search() {
    const my = ++run;
    state('mencari');
    try {
      await doSearch(my);
    } finally {
      if (my === run) state('siap');
    }
  }

  async function doSearch(my: number) {
    const v = await vocab;
    const plan: QueryPlan = planQuery(input.value, v);
    const msgs = [...unknownFilters.map((u) => `Saringan “${u}” tidak dikenal dan diabaikan.`), ...plan.messages];
    list.replaceChildren();
    more.hidden = true;
    if (plan.status !== 'ok') {
      showMessages(msgs);
      status.textContent = '';
      document.title = 'Cari ketentuan · Sistem Kerja';
      return;
    }
    status.textContent = 'Mencari…';
    const filters = currentFilters();
    let pf: Pagefind;
    try {
      pf = await engine;
    } catch {
      showMessages([...msgs, 'Indeks pencarian tidak dapat dimuat. Coba muat ulang halaman ini.']);
      status.textContent = '';
      return;
    }
    const ids = (r: { results: PagefindResult[] } | null) => new Set((r?.results ?? []).map((x) => x.id));
    /** At most this many exact-phrase searches per query (they only refine the order). */
    const MAX_PHRASES = 4;
    const runAll = (alts: Alternative[]): Promise<AlternativeRun<PagefindResult>[]> => {
      let budget = MAX_PHRASES;
      return Promise.all(alts.map(async (alt) => {
        const phrases = alt.phrases.slice(0, Math.max(0, budget));
        budget -= phrases.length;
        const [main, ...found] = await Promise.all([
          pf.search(alt.query, { filters }).catch(() => null),
          ...phrases.map((p) => pf.search(`"${p}"`, { filters }).catch(() => null)),
        ]);
        return { hits: (main?.results ?? []).map((x) => ({ id: x.id, score: x.score, item: x })), phraseHits: found.map(ids), weight: alt.weight };
      }));
    };
    merged = combine(await runAll(plan.alternatives));
    let partial = false;
    if (merged.length === 0 && plan.relaxed.length) {
      merged = combine(await runAll(plan.relaxed));
      partial = merged.length > 0;
    }
    // Rerank the first results by kind; their data is needed to show them anyway.
    const head = await Promise.all(merged.slice(0, RERANK_DEPTH).map(async (m) => [m.id, await data(m)] as const));
    merged = rerank(merged, new Map(head.map(([id, d]) => [id, d.filters.jenis?.[0] ?? d.meta.jenis?.toLowerCase() ?? ''])));
    if (my !== run) return;
    shown = 0;
    if (plan.notes.length) msgs.push(`Dicari juga sebagai: ${plan.notes.join('; ')}.`);
    if (partial) msgs.push('Tidak ada ketentuan yang memuat semua kata itu; di bawah ini ketentuan yang memuat sebagian besar kata.');
    showMessages(msgs);
    const what = `“${plan.terms.join(' ')}”`;
    const filtered = Object.keys(filters).length > 0;
    document.title = `${plan.terms.join(' ')} · Cari ketentuan · Sistem Kerja`;
    if (merged.length === 0) {
      status.textContent = `Tidak ada ketentuan yang memuat ${what}${filtered ? ' dengan saringan yang dipilih' : ''}.`;
      showMessages([...msgs, filtered ? 'Coba hapus saringan, pakai kata lain, atau kurangi jumlah kata.' : 'Coba kata lain atau kurangi jumlah kata. Singkatan seperti PPK, JF, OPD atau pokja dikenali.']);
      return;
    }
    await renderMore(my);
    if (my !== run) return;
    status.textContent = `${merged.length} hasil untuk ${what}${partial ? ' (sebagian kata)' : ''}${filtered ? ' (dengan saringan)' : ''}.`;
  }

  async function renderMore(my: number) {
    const slice = merged.slice(shown, shown + PAGE);
    const loaded = await Promise.all(slice.map((m) => data(m)));
    if (my !== run) return;
    const first = shown;
    loaded.forEach((d, i) => list.appendChild(item(d, first + i + 1)));
    shown += slice.length;
    list.start = 1;
    more.hidden = shown >= merged.length;
  }

  function item(d: PagefindData, n: number): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'hasil';
    const kind = d.meta.jenis ?? (d.filters.jenis?.includes('perbandingan') ? 'Perbandingan' : '');
    const sub = d.sub_results?.find((s) => s.url.includes('#')) ?? undefined;
    const url = sub && kind === 'Perbandingan' ? sub.url : d.url;
    const meta = document.createElement('p');
    meta.className = 'hasil-meta';
    meta.append(
      Object.assign(document.createElement('span'), { className: 'jenis', textContent: kind || 'Halaman' }),
      ' ',
      Object.assign(document.createElement('span'), { className: 'peraturan', textContent: d.meta.peraturan ?? 'Perbandingan kelima peraturan' }),
    );
    const h = document.createElement('h2');
    h.className = 'hasil-judul';
    const a = Object.assign(document.createElement('a'), { href: url, textContent: d.meta.title ?? d.url });
    a.dataset.rank = String(n);
    h.append(a);
    li.append(meta, h);
    if (d.meta.konteks || (sub && kind === 'Perbandingan')) {
      li.append(Object.assign(document.createElement('p'), { className: 'hasil-konteks', textContent: d.meta.konteks ?? sub!.title }));
    }
    const ex = document.createElement('p');
    ex.className = 'hasil-kutipan';
    // Pagefind escapes the text and adds only <mark>; keep only those marks.
    ex.innerHTML = (sub && kind === 'Perbandingan' ? sub.excerpt : d.excerpt).replace(/<(?!\/?mark>)[^>]*>/g, '');
    // The indexed text starts with the citation ("Pasal 8 Perbup Batang 4/2024.") so that it can be
    // searched; it is already the title, so it is not repeated in the excerpt.
    if (d.meta.title) {
      stripLead(ex, `${d.meta.title.replace(' · ', ' ')}.`);
      if (d.meta.konteks?.startsWith('Definisi')) stripLead(ex, `${d.meta.konteks}.`);
    }
    li.append(ex);
    if (d.meta.kutipan) {
      const cite = document.createElement('p');
      cite.className = 'hasil-cite';
      cite.append(Object.assign(document.createElement('cite'), { textContent: d.meta.kutipan }));
      li.append(cite);
    }
    return li;
  }

  /** Removes `prefix` (and an ellipsis or spaces before it) from the start of an element's text, marks included. */
  function stripLead(el: HTMLElement, prefix: string) {
    const text = el.textContent ?? '';
    const lead = text.match(/^[…\s]*/)![0];
    if (!text.slice(lead.length).startsWith(prefix)) return;
    let remove = lead.length + prefix.length;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const n of nodes) {
      if (remove <= 0) break;
      const take = Math.min(remove, n.data.length);
      n.data = n.data.slice(take);
      remove -= take;
    }
    for (const m of el.querySelectorAll('mark')) if (!m.textContent) m.remove();
    const first = el.firstChild;
    if (first?.nodeType === Node.TEXT_NODE) (first as Text).data = (first as Text).data.replace(/^\s+/, '');
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => { writeUrl(false); void search(); }, 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    unknownFilters = [];
    writeUrl(true);
    void search();
  });
  for (const sel of Object.values(selects)) sel.addEventListener('change', () => { unknownFilters = []; writeUrl(false); void search(); });
  more.addEventListener('click', async () => {
    const before = shown;
    await renderMore(run);
    list.querySelectorAll<HTMLAnchorElement>('.hasil-judul a')[before]?.focus();
  });
  addEventListener('popstate', () => { readUrl(); void search(); });

  readUrl();
  if (input.value.trim() || new URLSearchParams(location.search).has('q')) void search();
  else {
    if (unknownFilters.length) showMessages(unknownFilters.map((u) => `Saringan “${u}” tidak dikenal dan diabaikan.`));
    state('siap');
  }
}
