/**
 * The search page in the browser: reads ?q= and the filters from the address,
 * plans the query (limits, spelling, abbreviations; src/lib/search/query.ts),
 * runs every alternative through Pagefind, merges the results and lists them
 * with their citation. Everything is loaded from this site.
 */
import { MIN_RESULTS, parseFilters, planQuery, type Alternative, type FilterSpec, type QueryPlan } from '../lib/search/query.ts';
import { Vocabulary } from '../lib/search/vocabulary.ts';
import {
  combine,
  definesQuery,
  diversify,
  ensureBody,
  favour,
  rerank,
  RERANK_DEPTH,
  type AlternativeRun,
  type Scored,
} from '../lib/search/rank.ts';
import { findJumps, type JumpRegulation } from '../lib/search/jump.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import type { SearchData } from '../lib/search/data.ts';
import { entryTag, HINT_ATTR } from '../lib/search/hints.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  locations: number[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindResponse | null>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
}

interface PagefindResponse {
  results: PagefindResult[];
  /** Result counts per filter value, ignoring the filters chosen. */
  totalFilters?: Record<string, Record<string, number>>;
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
  const saring = form.querySelector<HTMLDetailsElement>('#cari-saring')!;
  const saringJumlah = form.querySelector<HTMLElement>('#saring-jumlah')!;
  const status = root.querySelector<HTMLElement>('#cari-status')!;
  const pesan = root.querySelector<HTMLElement>('#cari-pesan')!;
  const langsung = root.querySelector<HTMLUListElement>('#cari-langsung')!;
  const list = root.querySelector<HTMLOListElement>('#cari-hasil')!;
  const more = root.querySelector<HTMLButtonElement>('#cari-lagi')!;
  const intro = [...root.querySelectorAll<HTMLElement>('[data-tanpa-kueri]')];
  const labels = (name: keyof typeof selects) =>
    new Map([...selects[name].options].filter((o) => o.value).map((o) => [o.value, o.dataset.label ?? o.textContent ?? o.value]));
  const specs: FilterSpec[] = (['peraturan', 'jenis', 'topik'] as const).map((name) => ({ name, values: labels(name) }));
  for (const sel of Object.values(selects)) for (const o of sel.options) o.dataset.label = o.textContent ?? '';

  // Load the engine and the page's data (vocabulary, citation targets) straight away, in parallel.
  const engine: Promise<Pagefind> = (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // No worker: the queries are small, and everything stays on the page (and under its CSP).
    // Titles count like body text, so short comparison pages do not outrank every provision.
    // The page's loading hints name the entry file with the index's tag (src/lib/search/hints.ts):
    // Pagefind then asks for that address (already on its way) instead of a new `?ts=` every time.
    const tag = entryTag([...document.querySelectorAll<HTMLLinkElement>(`link[${HINT_ATTR}]`)].map((l) => l.href));
    await pf.options({
      baseUrl: base,
      excerptLength: 30,
      excerptEllipsis: '…',
      noWorker: true,
      ranking: { metaWeights: { title: 1 } },
      ...(tag ? { metaCacheTag: tag } : {}),
    });
    await pf.init();
    performance.mark('cari:mesin');
    return pf;
  })();
  const siteData: Promise<SearchData | undefined> = fetch(`${base}cari/data.json`)
    .then((r) => (r.ok ? (r.json() as Promise<SearchData>) : undefined))
    .then((d) => (performance.mark('cari:data'), d))
    .catch(() => undefined);
  const vocab: Promise<Vocabulary | undefined> = siteData.then((d) => (d ? new Vocabulary(d.kosakata) : undefined));
  const jumpRegs: Promise<JumpRegulation[]> = siteData.then((d) => d?.peraturan ?? []);

  const cache = new Map<string, Promise<PagefindData>>();
  const data = (m: Scored<PagefindResult>) => {
    let p = cache.get(m.id);
    if (!p) cache.set(m.id, (p = m.item!.data()));
    return p;
  };
  /** The kind of every record (from filter-only searches, once): ranking by kind needs no record data. */
  let kindsOnce: Promise<Map<string, string>> | undefined;
  const kindsOf = (pf: Pagefind) =>
    (kindsOnce ??= (async () => {
      const m = new Map<string, string>();
      for (const k of ['pasal', 'definisi', 'lampiran', 'gambar', 'konsiderans', 'perbandingan']) {
        const r = await serial(() => pf.search(null, { filters: { jenis: [k] } }).catch(() => null));
        for (const x of r?.results ?? []) m.set(x.id, k);
      }
      performance.mark('cari:jenis');
      return m;
    })());
  // The kinds do not depend on the query: they start as soon as the engine has started, so their
  // filter chunk and their searches overlap the loading of the first query's index chunks.
  engine.then(
    (pf) => void kindsOf(pf),
    () => undefined,
  );

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
  const state = (v: 'mencari' | 'siap') => {
    root.dataset.keadaan = v;
    root.setAttribute('aria-busy', String(v === 'mencari'));
  };

  /** The filter button says how many filters are on; each option says how many results it has. */
  const showCounts = (counts: Record<string, Record<string, number>> | undefined) => {
    const on = Object.values(selects).filter((s) => s.value).length;
    saringJumlah.textContent = on ? ` (${on} aktif)` : '';
    for (const [name, sel] of Object.entries(selects)) {
      for (const o of sel.options) {
        if (!o.value) continue;
        const n = counts?.[name]?.[o.value];
        o.textContent = `${o.dataset.label}${n !== undefined ? ` (${n})` : ''}`;
      }
    }
  };

  async function search() {
    const my = ++run;
    state('mencari');
    try {
      await doSearch(my);
    } finally {
      if (my === run) state('siap');
    }
  }

  /** Pagefind calls one at a time: interleaved searches share the engine's state. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const p = queue.then(f, f);
    queue = p.catch(() => undefined);
    return p;
  };

  async function doSearch(my: number) {
    const [v, regs] = await Promise.all([vocab, jumpRegs]);
    const cited = findJumps(input.value, regs);
    // A regulation named in the query ("di klaten", "perbup pati", also misspelt: "klatn") filters
    // the results instead of being searched as a word.
    const first: QueryPlan = planQuery(input.value, v);
    const corrected = findJumps(first.terms.join(' '), regs);
    const named = [...new Set([...cited.named, ...corrected.named])];
    const nameWords = new Set([...cited.nameWords, ...corrected.nameWords]);
    const plan: QueryPlan = nameWords.size ? planQuery(input.value, v, nameWords) : first;
    const msgs = [...unknownFilters.map((u) => `Saringan “${u}” tidak dikenal dan diabaikan.`), ...plan.messages];
    list.replaceChildren();
    more.hidden = true;
    renderJumps(cited.jumps);
    for (const el of intro) el.hidden = plan.status === 'ok';
    if (plan.status !== 'ok') {
      showMessages(msgs);
      status.textContent = '';
      document.title = 'Cari ketentuan · Sistem Kerja';
      showCounts(undefined);
      return;
    }
    status.textContent = 'Mencari…';
    const chosen = currentFilters();
    const filters: Record<string, unknown> = { ...chosen };
    if (!chosen.peraturan && named.length && plan.terms.length) {
      filters.peraturan = named.length === 1 ? named : { any: named };
      const names = regs.filter((r) => named.includes(r.slug)).map((r) => r.short);
      msgs.push(`Dicari dalam ${names.join(' dan ')} saja, karena kata kuncinya menyebut peraturan itu.`);
    }
    let pf: Pagefind;
    try {
      pf = await engine;
    } catch {
      showMessages([...msgs, 'Indeks pencarian tidak dapat dimuat. Coba muat ulang halaman ini.']);
      status.textContent = '';
      return;
    }
    if (my !== run) return;
    const ids = (r: PagefindResponse | null) => new Set((r?.results ?? []).map((x) => x.id));
    /** At most this many exact-phrase searches per query (they only refine the order). */
    const MAX_PHRASES = 4;
    let counts: Record<string, Record<string, number>> | undefined;
    const runAll = async (alts: Alternative[]): Promise<AlternativeRun<PagefindResult>[]> => {
      // Index chunks load in parallel; the searches themselves run one after the other.
      // Only chunks are loaded here (Pagefind's own searches load theirs the same way, in
      // parallel), so this does not wait in the queue behind the kinds' searches.
      const words = [...new Set(alts.flatMap((a) => a.query.split(' ')))];
      await Promise.all(words.map((w) => pf.preload(w, { filters }).catch(() => undefined)));
      performance.mark('cari:potongan');
      let budget = MAX_PHRASES;
      const out: AlternativeRun<PagefindResult>[] = [];
      for (const alt of alts) {
        const phrases = alt.phrases.slice(0, Math.max(0, budget));
        budget -= phrases.length;
        const main = await serial(() => pf.search(alt.query, { filters }).catch(() => null));
        const found: PagefindResponse[] = [];
        for (const p of phrases) found.push((await serial(() => pf.search(`"${p}"`, { filters }).catch(() => null)))!);
        if (main?.totalFilters) {
          counts ??= {};
          for (const [name, vals] of Object.entries(main.totalFilters))
            for (const [val, n] of Object.entries(vals)) {
              const byName = (counts[name] ??= {});
              byName[val] = Math.max(byName[val] ?? 0, n);
            }
        }
        out.push({
          hits: (main?.results ?? []).map((x) => ({ id: x.id, score: x.score, item: x })),
          phraseHits: found.map(ids),
          weight: alt.weight,
        });
      }
      return out;
    };
    performance.mark('cari:mulai');
    const [runs, kinds] = await Promise.all([runAll(plan.alternatives), kindsOf(pf)]);
    performance.mark('cari:kueri');
    merged = combine(runs);
    const full = merged.length;
    const fullIds = new Set(merged.map((m) => m.id));
    // Too few results that contain every word: also those that miss one word, then single words.
    if (merged.length < MIN_RESULTS && plan.relaxed.length) {
      runs.push(...(await runAll(plan.relaxed)));
      merged = combine(runs);
      if (merged.length < MIN_RESULTS && plan.widened.length) {
        runs.push(...(await runAll(plan.widened)));
        merged = combine(runs);
      }
    }
    const partial = merged.length > full;
    // Rerank the first results by kind, favour regulations the query names, then spread the
    // first five over the regulations. Their data is needed to show them anyway.
    // Kinds first (Pasal, ayat and definitions over Lampiran paragraphs) over all the results, then
    // the first results' data, then definitions that do not define what was asked lose their lift.
    const kindMap = new Map(merged.map((m) => [m.id, kinds.get(m.id) ?? ''] as const));
    const scored = merged;
    merged = rerank(scored, kindMap, undefined, { figures: plan.figures });
    performance.mark('cari:longgar');
    const head = await Promise.all(merged.slice(0, RERANK_DEPTH).map(async (m) => [m.id, await data(m)] as const));
    performance.mark('cari:fragmen');
    const regOf = new Map(head.map(([id, d]) => [id, d.filters.peraturan?.[0]]));
    // Lampiran sections are long pages of many blocks; a Pasal's ayat are each their own answer.
    // (A Gambar is its own thing: a trainer looks for the chart, not the page.)
    const pageOf = new Map(head.filter(([, d]) => d.filters.jenis?.[0] === 'lampiran').map(([id, d]) => [id, d.url.split('#')[0]!]));
    const unlimited = new Set([...named, ...(chosen.peraturan ?? [])]);
    const inHead = new Set(head.map(([id]) => id));
    const defining = new Set(
      [...kindMap]
        .filter(
          ([id, k]) =>
            k === 'definisi' && (!inHead.has(id) || definesQuery(head.find(([h]) => h === id)![1].meta.konteks ?? '', plan.readings)),
        )
        .map(([id]) => id),
    );
    merged = rerank(scored, kindMap, defining, { figures: plan.figures });
    // Every result whose data is loaded comes before those not loaded yet: a definition that lost
    // its lift stays among them rather than a result that rose from further down taking its place,
    // which would cost one more round trip before the first page shows.
    const loaded = merged.filter((m) => inHead.has(m.id));
    const others = merged.filter((m) => !inHead.has(m.id));
    merged = diversify(favour(loaded, regOf, unlimited), regOf, unlimited, pageOf).concat(others);
    merged = ensureBody(merged, kindMap, fullIds);
    if (my !== run) return;
    shown = 0;
    showCounts(counts);
    if (plan.notes.length) msgs.push(`Dicari juga sebagai: ${plan.notes.join('; ')}.`);
    if (partial) {
      msgs.push(
        full === 0
          ? 'Tidak ada ketentuan yang memuat semua kata itu; di bawah ini ketentuan yang memuat sebagian besar kata.'
          : `Hanya ${full} ketentuan memuat semua kata itu; sesudahnya ketentuan yang memuat sebagian kata.`,
      );
    }
    showMessages(msgs);
    const what = `“${plan.terms.join(' ')}”`;
    const filtered = Object.keys(chosen).length > 0;
    document.title = `${plan.terms.join(' ')} · Cari ketentuan · Sistem Kerja`;
    if (merged.length === 0) {
      status.textContent = `Tidak ada ketentuan yang memuat ${what}${filtered ? ' dengan saringan yang dipilih' : ''}.`;
      showMessages([
        ...msgs,
        filtered
          ? 'Coba hapus saringan, pakai kata lain, atau kurangi jumlah kata.'
          : 'Coba kata lain atau kurangi jumlah kata. Singkatan seperti PPK, JF, OPD atau pokja dikenali.',
      ]);
      return;
    }
    await renderMore(my);
    performance.mark('cari:tampil');
    if (my !== run) return;
    status.textContent = `${merged.length} hasil untuk ${what}${partial ? ' (sebagian memuat sebagian kata)' : ''}${filtered ? ' (dengan saringan)' : ''}.`;
  }

  function renderJumps(jumps: { label: string; path: string }[]) {
    langsung.replaceChildren(
      ...jumps.map((j) => {
        const li = document.createElement('li');
        li.append(Object.assign(document.createElement('a'), { href: `${base}${j.path}`, textContent: `Langsung ke ${j.label}` }));
        return li;
      }),
    );
    langsung.hidden = jumps.length === 0;
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
    const overview = kind === 'Perbandingan';
    const url = sub && overview ? sub.url : d.url;
    const meta = document.createElement('p');
    meta.className = 'hasil-meta';
    meta.append(
      Object.assign(document.createElement('span'), { className: 'jenis', textContent: kind || 'Halaman' }),
      ' ',
      Object.assign(document.createElement('span'), {
        className: 'peraturan',
        textContent: d.meta.peraturan ?? 'Perbandingan kelima peraturan',
      }),
    );
    if (d.meta.catatan) {
      // The provision has editorial notes (ours, not the law): the same marker as on the reading page.
      meta.append(
        ' ',
        Object.assign(document.createElement('span'), {
          className: 'badge hasil-catatan',
          textContent: d.meta.catatan,
          title: d.meta.catatanRingkas ?? '',
        }),
      );
    }
    const h = document.createElement('h2');
    h.className = 'hasil-judul';
    const a = Object.assign(document.createElement('a'), { href: url, textContent: d.meta.title ?? d.url });
    a.dataset.rank = String(n);
    h.append(a);
    li.append(meta, h);
    if ((d.meta.konteks && !d.meta.konteks.startsWith('Definisi')) || (sub && overview)) {
      li.append(
        Object.assign(document.createElement('p'), { className: 'hasil-konteks', textContent: overview ? sub!.title : d.meta.konteks }),
      );
    }
    const ex = document.createElement('p');
    ex.className = 'hasil-kutipan';
    if (!overview && d.meta.awal) {
      for (const part of buildExcerpt(d.content, d.locations, Number(d.meta.awal), Number(d.meta.kata))) {
        ex.append(
          part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : document.createTextNode(part.text),
        );
      }
    } else {
      // Pagefind escapes the text and adds only <mark>; keep only those marks.
      ex.innerHTML = (sub && overview ? sub.excerpt : d.excerpt).replace(/<(?!\/?mark>)[^>]*>/g, '');
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

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      writeUrl(false);
      void search();
    }, 250);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    unknownFilters = [];
    writeUrl(true);
    // On a phone the keyboard closes and the results start right under the box.
    if (matchMedia('(max-width: 40rem)').matches) input.blur();
    void search();
  });
  for (const sel of Object.values(selects))
    sel.addEventListener('change', () => {
      unknownFilters = [];
      writeUrl(false);
      void search();
    });
  more.addEventListener('click', async () => {
    const before = shown;
    await renderMore(run);
    list.querySelectorAll<HTMLAnchorElement>('.hasil-judul a')[before]?.focus();
  });
  addEventListener('popstate', () => {
    readUrl();
    void search();
  });

  readUrl();
  if (Object.values(selects).some((s) => s.value)) saring.open = true;
  if (input.value.trim() || new URLSearchParams(location.search).has('q')) void search();
  else {
    if (unknownFilters.length) showMessages(unknownFilters.map((u) => `Saringan “${u}” tidak dikenal dan diabaikan.`));
    showCounts(undefined);
    state('siap');
  }
}
